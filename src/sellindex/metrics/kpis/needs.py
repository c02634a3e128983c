"""What each KPI reads from the canonical tables, as feeds (`sources.feeds`), so that a check
before an import can say which KPIs an export can feed and why not the others.

`NEEDS` is to KPIs what `metrics.ssi.coverage.signal_feeds` is to the index's signals: every
group must be met, each by any one of its feeds. A test keeps it in step with the families.
"""

from __future__ import annotations

from sellindex.metrics.kpis.ads import ADS_KPIS
from sellindex.metrics.kpis.core import Kpi
from sellindex.metrics.kpis.engagement import ENGAGEMENT_KPIS
from sellindex.metrics.kpis.growth import GROWTH_KPIS
from sellindex.metrics.kpis.reps import REP_KPIS
from sellindex.metrics.kpis.social import SOCIAL_KPIS

Needs = tuple[tuple[str, ...], ...]

FAMILIES: dict[str, tuple[Kpi, ...]] = {
    "engagement": ENGAGEMENT_KPIS,
    "growth": GROWTH_KPIS,
    "advertising": ADS_KPIS,
    "social selling": SOCIAL_KPIS,
    "rep micro-metrics": REP_KPIS,
}
"""Every KPI family, by the name people use for it."""

_VIEWS = ("event:content_view:content",)
_ENGAGED = ("event:reaction:content", "event:comment:content", "event:share:content")
_JOINED = ("members.joined_at",)
_ACTIVE = ("event:*:actor",)
_SENT = ("event:message_sent:actor", "event:inmail_sent:actor")
_REPLIED = ("event:message_received:actor", "event:inmail_replied:actor")
_OWNED_LEADS = ("leads.owner_id",)
_LEAD_TOUCHES = ("touches.lead_id",)
_CLOSED = ("opportunities.outcome=won", "opportunities.outcome=lost")
_WON = ("opportunities.outcome=won",)
_LOST = ("opportunities.outcome=lost",)
_DEAL_TOUCHES = ("touches.opportunity_id", "touches.lead_id")
_ADS = ("ads",)

NEEDS: dict[str, Needs] = {
    # engagement: events on a piece of content
    "views": (_VIEWS,),
    "likes": (("event:reaction:content",),),
    "comments": (("event:comment:content",),),
    "shares": (("event:share:content",),),
    "engagement_rate": (_VIEWS, _ENGAGED),
    # growth: members by when they joined, and what they did
    "new_members": (_JOINED,),
    "members": (_JOINED,),
    "logins": (("event:login:actor",),),
    "logins_per_member": (("event:login:actor",), _JOINED),
    "active_members": (_ACTIVE,),
    "dau": (_ACTIVE,),
    "wau": (_ACTIVE,),
    "mau": (_ACTIVE,),
    "stickiness": (_ACTIVE,),
    # advertising: campaign days
    "impressions": (_ADS,),
    "clicks": (_ADS,),
    "conversions": (_ADS,),
    "spend": (_ADS,),
    "revenue": (_ADS,),
    "ctr": (_ADS,),
    "conversion_rate": (_ADS,),
    "cpc": (_ADS,),
    "cost_per_conversion": (_ADS,),
    "roi": (_ADS, ("ads.revenue",)),
    # social selling: network, followers, what others did on the member, conversations
    "new_connections": (("connections",),),
    "network_size": (("connections",),),
    "network_relevance": (("connections",),),
    "new_followers": (("event:follow:target",),),
    "followers": (("event:follow:target",),),
    "engagement_received": (
        ("event:reaction:target", "event:comment:target", "event:share:target"),
    ),
    "profile_views": (("event:profile_view:target",),),
    "profile_view_relevance": (("event:profile_view:target",),),
    "messages": (_SENT,),
    "calls": (("touches.channel=call",),),
    "conversations": (_SENT, _REPLIED),
    "counterparts_messaged": (_SENT,),
    "reply_rate": (_SENT, _REPLIED),
    # rep micro-metrics: leads, touches and deals of a CRM
    "leads_assigned": (_OWNED_LEADS,),
    "untouched_leads": (_OWNED_LEADS, _LEAD_TOUCHES),
    "speed_to_lead_median_h": (_OWNED_LEADS, _LEAD_TOUCHES),
    "speed_to_lead_p90_h": (_OWNED_LEADS, _LEAD_TOUCHES),
    "inbound_leads": (_OWNED_LEADS, ("leads.source",)),
    "inbound_qualified_share": (_OWNED_LEADS, ("leads.source",), ("leads.qualified_at",)),
    "qualified_leads": (_OWNED_LEADS, ("leads.qualified_at",)),
    "qualified_to_opportunity": (("leads.qualified_at",), ("leads.converted_opportunity_id",)),
    "opportunities": (("opportunities.owner_id",),),
    "lead_flow_share": (("opportunities.owner_id",), ("opportunities.lead_id",)),
    "won_deals": (_WON,),
    "lost_deals": (_LOST,),
    "win_rate": (_CLOSED,),
    "booked_revenue": (_WON, ("opportunities.amount",)),
    "avg_deal_size": (_WON, ("opportunities.amount",)),
    "sales_cycle_days": (_WON, ("opportunities.closed_at",)),
    "touches_to_win": (_WON, _DEAL_TOUCHES),
    "touches_to_loss": (_LOST, _DEAL_TOUCHES),
}
"""KPI name -> what it reads: a KPI whose needs an export leaves unmet has no value from it."""
