"""Hand-written data archives in the shapes real archives take (2018 and 2024-2026), built
from strings: the people are made up, the quirks are the real ones.

2024-2026: a `Notes:` preamble above the Connections header, six date formats, `\\"` escapes in
Comments, multi-line posts in Shares with each line in doubled quotes, a sponsored message, a
connection who hides their data, a name with a comma, every field of messages quoted, mixed
line endings and a last line without a newline, file names with spaces, underscores and a
`_<digits>` suffix. 2018: Connections and Messages without URLs and with `1/8/18, 6:14 PM`
dates, Shares, Search Queries and Logins in UTF-16 with tabs and every field quoted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

OWNER_URL = "https://www.linkedin.com/in/dana-reyes-42"
ANN = "https://www.linkedin.com/in/ann-lee-1"

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing. You will only see email addresses for connections who have allowed it."\n'
    "\n"
)

ARCHIVE_2024 = {
    "Connections.csv": PREAMBLE
    + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    + f"Ann,Lee,{ANN},,Acme Corp,VP of Sales,08 Jan 2018\n"
    + "Bo,Chan,https://www.linkedin.com/in/bochan,bo@example.com,"
    + '"Zenith, Inc.",Account Manager,12 Jan 2024\n'
    + "Cy,Diaz,https://www.linkedin.com/in/cy-diaz/,,Orbit Labs,Chief Executive Officer,"
    + "03 Feb 2023\n"
    + 'Eve,"Moss, PhD",https://www.linkedin.com/in/evemoss,,Acme Corp,Sales Director,'
    + "15 Mar 2024\n"
    + ",,,,,,27 Jul 2018\n",
    "Invitations.csv": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
    + f'Dana Reyes,Eve Moss,"3/12/24, 11:20 AM",,OUTGOING,{OWNER_URL},'
    + "https://www.linkedin.com/in/evemoss\r\n"
    + 'Dana Reyes,Finn Hart,"3/14/24, 09:05 AM","Hello Finn, let us connect",OUTGOING,'
    + f"{OWNER_URL},https://www.linkedin.com/in/finn-hart\r\n"
    + 'Gil Ray,Dana Reyes,"3/01/24, 04:30 PM",,INCOMING,https://www.linkedin.com/in/gilray,'
    + f"{OWNER_URL}\r\n",
    "messages.csv": (
        '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
        '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n'
        f'"2-abc","","Dana Reyes","{OWNER_URL}","Ann Lee","{ANN}",'
        '"2024-03-20 15:09:26 UTC","","Hi Ann, a quick question","INBOX",""\n'
        f'"2-abc","","Ann Lee","{ANN}","Dana Reyes","{OWNER_URL}",'
        '"2024-03-20 16:00:00 UTC","","Sure, ask","INBOX",""\n'
        f'"2-abc","","Ann Lee","{ANN}","Dana Reyes","{OWNER_URL}",'
        '"2024-03-20 16:05:10 UTC","","Anything else?","INBOX",""\n'
        '"2-def","","Bo Chan","https://www.linkedin.com/in/bochan","Dana Reyes",'
        f'"{OWNER_URL}","2024-03-21 09:00:00 UTC","","A cold pitch","INBOX",""\n'
        f'"2-def","","Dana Reyes","{OWNER_URL}","Bo Chan",'
        '"https://www.linkedin.com/in/bochan","2024-03-21 10:00:00 UTC","","No thanks","INBOX",""\n'
        '"2-spn","Sponsored Conversation","LinkedIn Member","","Dana Reyes",'
        f'"{OWNER_URL}","2024-03-22 08:00:00 UTC","","<p>Try <b>Premium</b></p>","INBOX",""\n'
        f'"2-ghi","","Dana Reyes","{OWNER_URL}","Cy Diaz",'
        '"https://www.linkedin.com/in/cy-diaz","2024-03-23 10:00:00 UTC","","","INBOX",""'
    ),
    "Shares.csv": "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n"
    + "2024-03-17 18:03:34,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001,"
    + '"""Big news today""\n""""\n""We shipped, finally""\n",,,MEMBER_NETWORK\n'
    + "2024-03-18 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7002,,"
    + "https://www.linkedin.com/feed/update/urn:li:activity:6999,,MEMBER_NETWORK\n",
    "Comments.csv": "Date,Link,Message\n"
    + "2024-03-19 12:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7010,"
    + '"I said \\"yes\\", of course"\n'
    + "2024-03-19 12:30:00,https://www.linkedin.com/feed/update/urn:li:activity:7011,"
    + "Great point\n",
    "Reactions.csv": "Date,Type,Link\n"
    + "2024-03-19 13:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:7010\n"
    + "2024-03-19 13:00:41,PRAISE,https://www.linkedin.com/feed/update/urn:li:activity:7012"
    + "?commentUrn=urn%3Ali%3Acomment%3A1\n",
    "SearchQueries.csv": "Time,Search Query\n2024/03/16 11:05:54 UTC,vp sales fintech\n",
    "Endorsement_Received_Info.csv": "Endorsement Date,Skill Name,Endorser First Name,"
    + "Endorser Last Name,Endorser Public Url,Endorsement Status\n"
    + "2024/03/02 10:00:00 UTC,Negotiation,Ann,Lee,www.linkedin.com/in/ann-lee-1,ACCEPTED\n"
    + "2024/03/03 10:00:00 UTC,SaaS,Cy,Diaz,www.linkedin.com/in/cy-diaz,REJECTED\n",
    "Company Follows.csv": "Organization,Followed On\nAcme Corp,Wed Mar 13 18:51:14 UTC 2024\n",
    "Member_Follows_1.csv": "Date,Status,FullName\n2024-03-17 18:03:34,Active,Ann Lee\n",
    "Profile.csv": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,"
    + "Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    + 'Dana,Reyes,,,Mar 7,Helping fintechs sell,"Ten years in sales, mostly SaaS",'
    + 'Financial Services,,"Lisbon, Portugal",,,\n',
    "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
    + "Acme Corp,Director of Sales,,Lisbon,Jan 2022,\n"
    + "Zenith Inc,Account Executive,,Lisbon,2019,Dec 2021\n",
    "Skills.csv": "Name\nNegotiation\nSaaS\nCRM\nForecasting\nProspecting\n",
    "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
    + "Nova SBE,2010,2014,,MSc,\n",
    "Recommendations_Received.csv": "First Name,Last Name,Company,Job Title,Text,"
    + "Creation Date,Status\n"
    + 'Cy,Diaz,Orbit Labs,CEO,"Dana is great","03/01/24, 10:00 AM",VISIBLE\n',
    "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\n"
    + "dana@old.example,Yes,No,\nDana.Reyes@acme.example,Yes,Yes,\n",
    "Registration.csv": "Registered At,Registration Ip,Subscription Types\n"
    + "2012/05/04 09:00:00 UTC,10.0.0.1,Basic\n",
    "Votes.csv": "Date,Link,OptionText\n2024-03-19 13:00:00,https://x.example/p,Yes\n",
}
"""A Complete archive of 2024-2026 (with Registration and Email Addresses)."""

COMPLETE_ONLY_FILES = (
    "messages.csv",
    "Shares.csv",
    "Comments.csv",
    "Reactions.csv",
    "SearchQueries.csv",
    "Logins.csv",
)
"""The files only the Complete part of an archive holds: the owner's own activity."""

BASIC_2024 = {
    name: text
    for name, text in ARCHIVE_2024.items()
    if name not in (*COMPLETE_ONLY_FILES, "Votes.csv")
}
"""The Basic part of the same owner's archive: profile, network, endorsements, follows,
registration, no activity of their own."""


def utf16_tabs(rows: list[list[str]]) -> bytes:
    """A 2018 file: UTF-16LE with a byte order mark, tab-separated, every field quoted."""
    text = "\r\n".join("\t".join(f'"{v}"' for v in row) for row in rows) + "\r\n"
    return b"\xff\xfe" + text.encode("utf-16-le")


ARCHIVE_2018: dict[str, str | bytes] = {
    "Connections.csv": "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    + 'Ann,Lee,,Acme Corp,Sales Manager,"1/8/18, 6:14 PM"\n'
    + 'Hal,Ng,hal@example.org,Nimbus,CTO,"12/24/17, 9:05 AM"\n',
    "Messages.csv": "From,To,Date,Subject,Content,Direction,Folder\n"
    + 'Dana Reyes,Ann Lee,"1/9/18, 10:15 AM",Hello,Good to connect,OUTGOING,INBOX\n'
    + 'Ann Lee,Dana Reyes,"1/9/18, 11:00 AM",RE: Hello,"Likewise, Dana",INCOMING,INBOX\n'
    + 'Hal Ng,Dana Reyes,"1/10/18, 8:00 AM",Intro,Hi there,INCOMING,INBOX\n',
    "Shares.csv": utf16_tabs(
        [
            ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl"],
            [
                "2018-01-05 10:00:00",
                "https://www.linkedin.com/feed/update/urn:li:activity:600",
                "Hello 2018",
                "",
                "",
            ],
        ]
    ),
    "Search Queries.csv": utf16_tabs(
        [["Time", "Search Query"], ["2018/01/06 09:00:00 UTC", "cto berlin"]]
    ),
    "Logins.csv": utf16_tabs(
        [
            ["Login Date", "IP Address", "User Agent", "Login Type"],
            ["Mon Jan 08 09:00:00 UTC 2018", "10.0.0.2", "Mozilla", "WEB"],
            ["Tue Jan 09 09:00:00 UTC 2018", "10.0.0.2", "Mozilla", "WEB"],
        ]
    ),
    "Profile.csv": "First Name,Last Name,Maiden Name,Headline,Summary,Industry,Location\n"
    + "Dana,Reyes,,Sales at Zenith,,Financial Services,Lisbon\n",
}


def write_folder(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode()
        (folder / name).write_bytes(data)
    return folder


def write_zip(path: Path, files: dict[str, str | bytes], inner: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(inner + name, content)
    return path
