"""Demo learning paths: ordered routes through demo lessons and resources."""

PATHS = [
    {
        "slug": "plan-your-first-action-camp",
        "title": "Plan your first action camp",
        "summary": (
            "For a group that has never run a camp: how to decide together, keep "
            "the site safe, support people who are arrested and look after the "
            "core team."
        ),
        "hours": 6,
        "intro": (
            "Work through the steps in order over three evenings. Each lesson "
            "comes from a camp that really happened, including one that went wrong."
        ),
        "facilitator_notes": (
            "Start by asking who in the room has been to a camp before, and pair "
            "newcomers with them.\n\n"
            "After the misfire from west Sweden, ask the group what the warning "
            "signs were and when they would have noticed them."
        ),
        "steps": [
            {
                "slug": "lower-saxony-climate-camp-spokescouncil",
                "note": "How a large camp made decisions with hundreds of people.",
            },
            {
                "slug": "small-camp-spokescouncil-misfire-west-sweden",
                "note": "The same structure in a small camp, and why it failed.",
            },
            {
                "slug": "action-camp-site-plan-checklist",
                "note": "Use the checklist to draft your own site plan.",
            },
            {
                "slug": "two-day-legal-observer-course-germany",
                "note": "Decide who will train as legal observers before the camp.",
            },
            {
                "slug": "care-rota-feminist-climate-camp",
                "note": "Plan the care rota now, not on the third night.",
            },
        ],
    },
    {
        "slug": "from-sign-up-to-organiser",
        "title": "From sign-up to organiser: building a volunteer pipeline",
        "summary": (
            "For groups whose volunteers sign up and then disappear: a path from "
            "the first conversation to people who organise others."
        ),
        "hours": 4.5,
        "intro": (
            "These lessons follow one idea — a ladder of small, clear steps — as "
            "groups on three continents adapted it."
        ),
        "facilitator_notes": (
            "Bring your group's own sign-up numbers from the last six months. "
            "Compare them with the outcome signals in each lesson before "
            "choosing what to change."
        ),
        "steps": [
            {
                "slug": "volunteer-ladder-first-contact-to-organiser",
                "note": "The original ladder and the numbers behind it.",
            },
            {
                "slug": "whatsapp-volunteer-pipeline-sao-paulo-flood-brigades",
                "note": "The ladder rebuilt around a messaging app in a crisis.",
            },
            {
                "slug": "youth-climate-onboarding-trainers-misfire-east-africa",
                "note": "What happened when the trainers were stretched too thin.",
            },
            {
                "slug": "volunteer-onboarding-one-to-one-script",
                "note": "Practise the one-to-one script in pairs.",
            },
        ],
    },
    {
        "slug": "rent-strike-readiness",
        "title": "Rent strike readiness",
        "summary": (
            "For tenant organisers weighing a rent strike: how to tell whether a "
            "building is ready, and what happens when a strike starts too early."
        ),
        "hours": 3,
        "intro": (
            "Read the misfire first. It is the most useful warning in this path."
        ),
        "facilitator_notes": (
            "Keep the discussion practical: by the end, each participant should "
            "have a list of the buildings they know and how close each one is to "
            "the pledge threshold."
        ),
        "steps": [
            {
                "slug": "rent-strike-launched-too-early-madrid-block",
                "note": "What went wrong when the strike started too early.",
            },
            {
                "slug": "tenant-door-knock-script-rent-strike-readiness",
                "note": "The door-knocking script that came out of it.",
            },
            {
                "slug": "doorstep-pledge-count-rent-strike",
                "note": "Counting pledges on the doorstep before deciding.",
            },
            {
                "slug": "rent-strike-pledge-card",
                "note": "Adapt the pledge card for your building.",
            },
        ],
    },
]
