"""Word lists the world draws from: industries, regions, names, titles, products."""

from __future__ import annotations

INDUSTRIES: tuple[str, ...] = (
    "Information Technology & Services",
    "Financial Services",
    "Staffing & Recruiting",
    "Computer Software",
    "Hospital & Health Care",
    "Marketing & Advertising",
    "Construction",
    "Retail",
    "Real Estate",
    "Telecommunications",
    "Management Consulting",
    "Insurance",
    "Banking",
    "Education Management",
    "Automotive",
    "Oil & Energy",
    "Higher Education",
    "Accounting",
    "Pharmaceuticals",
    "Logistics & Supply Chain",
    "Hospitality",
    "Government Administration",
    "Food & Beverages",
    "Biotechnology",
    "Legal Services",
    "Media Production",
    "Electrical & Electronic Manufacturing",
    "Nonprofit Organization Management",
    "Mechanical or Industrial Engineering",
    "Renewables & Environment",
)
"""Ordered from the largest to the smallest; sizes follow a Zipf-like law over this order."""

REGIONS: tuple[str, ...] = (
    "North America",
    "Europe",
    "Asia Pacific",
    "Latin America",
    "Middle East & Africa",
)
REGION_WEIGHTS = (0.38, 0.30, 0.17, 0.09, 0.06)

FIRST_NAMES: tuple[str, ...] = (
    "Ada", "Aiko", "Alex", "Amara", "Ana", "Arjun", "Ben", "Bianca", "Carlos", "Chen", "Chloe",
    "Daniel", "Dmitri", "Elena", "Emma", "Fatima", "Felix", "Grace", "Hannah", "Hiro", "Ines",
    "Isaac", "Jamal", "Jana", "Javier", "Julia", "Kai", "Karin", "Leila", "Liam", "Lucas", "Maya",
    "Mei", "Mohammed", "Nadia", "Noah", "Olga", "Omar", "Priya", "Rafael", "Rosa", "Sam", "Sara",
    "Sofia", "Tariq", "Theo", "Uma", "Victor", "Wei", "Yara", "Yusuf", "Zoe",
)  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Adams", "Ahmed", "Alvarez", "Andersen", "Bauer", "Brown", "Chen", "Costa", "Das", "Dubois",
    "Evans", "Fischer", "Garcia", "Gupta", "Hansen", "Ito", "Ivanova", "Jensen", "Kim", "Kowalski",
    "Kumar", "Larsen", "Lee", "Lopez", "Martin", "Meyer", "Moreau", "Nakamura", "Nguyen", "Novak",
    "Okafor", "Olsen", "Patel", "Petrov", "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Smith",
    "Suzuki", "Tanaka", "Taylor", "Tremblay", "Wang", "Weber", "Williams", "Wong", "Yilmaz",
    "Zhang",
)  # fmt: skip

COMPANY_STEMS: tuple[str, ...] = (
    "Acme", "Apex", "Arbor", "Atlas", "Beacon", "Blue", "Bright", "Cedar", "Clear", "Crest",
    "Delta", "Ever", "Falcon", "First", "Global", "Granite", "Harbor", "Horizon", "Iron", "Key",
    "Lumen", "Meridian", "North", "Nova", "Oak", "Orbit", "Peak", "Pine", "Prime", "Quantum",
    "River", "Silver", "Summit", "Terra", "True", "Union", "Vertex", "Vista", "West", "Zenith",
)  # fmt: skip
COMPANY_SUFFIXES: tuple[str, ...] = (
    "bridge", "field", "gate", "line", "point", "stone", "wave", "works", "ridge", "view",
)  # fmt: skip
COMPANY_KINDS: tuple[str, ...] = (
    "Systems", "Group", "Partners", "Labs", "Holdings", "Solutions", "Industries", "Co",
)  # fmt: skip

TITLES_BY_SENIORITY: tuple[tuple[str, ...], ...] = (
    ("Analyst", "Engineer", "Specialist", "Consultant", "Coordinator", "Associate"),
    ("Manager", "Team Lead", "Engineering Manager", "Product Manager", "Project Manager",
     "Operations Manager"),
    ("Director", "Director of Operations", "Director of Engineering", "Director of Marketing",
     "Director of Finance", "Head of Product"),
    ("Vice President", "VP Engineering", "VP Marketing", "VP Operations", "VP Finance",
     "VP Product"),
    ("Chief Executive Officer", "Chief Technology Officer", "Chief Financial Officer",
     "Chief Operating Officer", "Chief Marketing Officer", "Founder"),
)  # fmt: skip
"""Six titles per seniority level, in the order of `schema.SENIORITIES`."""

SELLER_TITLES: tuple[tuple[str, ...], ...] = (
    ("Account Executive", "Sales Development Representative", "Account Manager",
     "Business Development Representative", "Enterprise Account Executive", "Inside Sales Rep"),
    ("Sales Manager", "Regional Sales Manager", "Team Lead, Sales", "Sales Team Lead",
     "Manager, Account Executives", "Inside Sales Manager"),
)  # fmt: skip

PRODUCTS: tuple[str, ...] = ("Starter", "Professional", "Enterprise Suite", "Analytics Add-on")
PRODUCT_WEIGHTS = (0.35, 0.35, 0.15, 0.15)
PRODUCT_PRICE = (0.5, 1.0, 2.5, 0.7)
"""Deal size multiplier of each product."""

CAMPAIGN_OBJECTIVES: tuple[str, ...] = (
    "brand_awareness",
    "website_visits",
    "engagement",
    "lead_generation",
    "conversions",
)
OPPORTUNITY_STAGES: tuple[str, ...] = (
    "prospecting",
    "qualification",
    "proposal",
    "negotiation",
)
"""Open stages in order; a closed deal then enters `closed_won` or `closed_lost`."""
