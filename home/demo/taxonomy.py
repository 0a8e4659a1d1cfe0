"""Taxonomy for the demo data set: topics, tactics, audiences and bottlenecks.

Each entry is ``(slug, name, description)``. Lessons and resources in the other
demo modules refer to these by slug.
"""

TOPICS = [
    (
        "climate-justice",
        "Climate justice",
        "Action on the climate crisis that centres the people hit first and hardest.",
    ),
    (
        "housing",
        "Housing and tenants",
        "Tenant unions, eviction defence and the fight for homes as a right, not an asset.",
    ),
    (
        "labour",
        "Labour and workplace organising",
        "Building power at work: unions, strikes, and organising the unorganised.",
    ),
    (
        "feminism",
        "Feminism and gender justice",
        "Organising against patriarchy and for bodily autonomy, care and equal pay.",
    ),
    (
        "anti-racism",
        "Anti-racism",
        "Confronting racism in institutions, policing and our own movements.",
    ),
    (
        "digital-security",
        "Digital security",
        "Keeping organisers, sources and data safe from surveillance and leaks.",
    ),
    (
        "migration",
        "Migration and solidarity",
        "Standing with people on the move: rescue, sanctuary and the right to stay.",
    ),
    (
        "civic-space",
        "Democracy and civic space",
        "Defending the freedom to assemble, speak and organise.",
    ),
    (
        "finance",
        "Finance and divestment",
        "Moving money out of harm: divestment, shareholder pressure, public banks.",
    ),
    (
        "food-land",
        "Food and land",
        "Land access, farmworkers, food sovereignty and the commons.",
    ),
]

TACTICS = [
    (
        "action-camp",
        "Action camp",
        "A temporary camp where people live, train and take action together.",
    ),
    (
        "blockade",
        "Blockade",
        "Physically stopping a harmful operation with bodies, vehicles or structures.",
    ),
    (
        "divestment",
        "Divestment campaign",
        "Pressing an institution to sell its holdings in a harmful industry.",
    ),
    (
        "rent-strike",
        "Rent strike",
        "Tenants withholding rent together to force a landlord to negotiate.",
    ),
    (
        "legal-observing",
        "Legal observing",
        "Trained observers who document police conduct and arrests at actions.",
    ),
    (
        "volunteer-pipeline",
        "Volunteer pipeline",
        "A deliberate path that turns first contacts into committed organisers.",
    ),
    (
        "door-knocking",
        "Door knocking",
        "Face-to-face conversations at people's homes to listen and recruit.",
    ),
    (
        "phone-banking",
        "Phone banking",
        "Calling supporters or the public in coordinated shifts.",
    ),
    (
        "boycott",
        "Boycott",
        "Withdrawing custom from a company until it changes what it does.",
    ),
    ("strike", "Strike", "Withdrawing labour together to win demands."),
    (
        "occupation",
        "Occupation",
        "Taking and holding a space to make a demand impossible to ignore.",
    ),
    (
        "creative-action",
        "Creative action",
        "Theatre, art and humour that carry a message further than a placard.",
    ),
    (
        "mutual-aid",
        "Mutual aid",
        "People meeting each other's needs directly, building trust and power.",
    ),
    (
        "coalition-building",
        "Coalition building",
        "Joining forces with groups that share a goal but not always a method.",
    ),
    (
        "training-of-trainers",
        "Training of trainers",
        "Preparing people to run trainings themselves so skills spread.",
    ),
    (
        "shareholder-action",
        "Shareholder action",
        "Using shares and annual meetings to press companies from inside.",
    ),
]

AUDIENCES = [
    ("organisers", "Organisers", "People who plan campaigns and hold groups together."),
    (
        "new-volunteers",
        "New volunteers",
        "People taking their first steps into a movement.",
    ),
    (
        "trainers",
        "Trainers and facilitators",
        "People who run workshops and trainings.",
    ),
    (
        "legal-support",
        "Legal support teams",
        "Lawyers, legal observers and arrestee support.",
    ),
    (
        "media-teams",
        "Media and communications teams",
        "People who tell the campaign's story to the press and online.",
    ),
    (
        "coordinators",
        "Coordinators",
        "People who coordinate across groups, regions or a coalition.",
    ),
    (
        "tenants-workers",
        "Tenants and workers",
        "People organising where they live and work.",
    ),
]

BOTTLENECKS = [
    ("recruitment", "Recruitment", "Not enough new people are joining."),
    ("retention", "Retention", "People join, then drift away."),
    ("burnout", "Burnout", "The core group is exhausted and carrying too much."),
    (
        "repression",
        "Repression and legal risk",
        "Arrests, fines, surveillance or violence against participants.",
    ),
    (
        "coalition-friction",
        "Coalition friction",
        "Allies disagree about goals, methods or credit.",
    ),
    (
        "media-attention",
        "Media attention",
        "The campaign struggles to be seen or is framed badly.",
    ),
    ("funding", "Funding", "Money is short, unstable or comes with strings."),
    (
        "decision-making",
        "Decision-making",
        "The group cannot decide quickly or fairly.",
    ),
    (
        "digital-risk",
        "Digital risk",
        "Phones, accounts and data expose people to harm.",
    ),
]
