"""Demo movements, campaigns, opportunities to join them, and events.

Every movement here is invented, and so is every campaign; people appear only as
groups and roles. Links point at example.org.

Campaign dates are months (``"2022-06"``), like the lessons' dates, except the
start of a campaign still being planned, which is a day offset (``"starts_in"``).
Opportunities and events are dated in days from the day the seed runs
(``"ends_in": -5`` is five days ago), so the demo always holds some that are
over and some that are current, whenever it is built.
"""

MOVEMENTS = [
    {
        "slug": "saltmarsh-climate-camp",
        "title": "Saltmarsh Climate Camp",
        "summary": (
            "A yearly climate action camp on the Swedish west coast, run by a "
            "feminist collective that treats care work as part of the action."
        ),
        "description": (
            "We began as a handful of affinity groups from Gothenburg and the "
            "coastal towns who wanted a camp close to home, within reach of the oil "
            "harbours and the gas plans on our own coast.\n\n"
            "Each summer a few hundred people live together for five days: they "
            "train, cook, decide and take action together. Between camps, working "
            "groups for care, process, site and outreach keep going, and the "
            "campaign against a gas import terminal runs all year."
        ),
        "core_values": (
            "Care is political work. It is shared out on a rota, not left to "
            "whoever notices.\n\n"
            "The people who carry the risk of an action make the decisions about it."
        ),
        "topics": ["climate-justice", "feminism"],
        "countries": ["SE"],
        "languages": ["sv", "en"],
        "founded": 2018,
        "website": "https://example.org/saltmarsh-climate-camp",
        "show_contact": True,
        "contact_email": "camp@example.org",
        "funding": (
            "Camp fees on a sliding scale, solidarity donations and a small grant "
            "from a church climate fund for the welcome tent. No money from "
            "companies or political parties."
        ),
    },
    {
        "slug": "heathland-climate-camp",
        "title": "Heathland Climate Camp",
        "summary": (
            "A regional climate camp and legal support network in Lower Saxony, "
            "known for mass blockades decided by spokescouncil."
        ),
        "description": (
            "The camp started on a borrowed field next to a coal line and grew to "
            "well over a thousand people a summer. Its process team and its legal "
            "support team now work all year round.\n\n"
            "Any climate group in the region can call on the legal observer pool, "
            "and the camp's decision-making trainings travel to other camps."
        ),
        "core_values": (
            "Decisions by consensus among affinity groups. Legal support for "
            "everyone who takes part, whatever happens to them."
        ),
        "topics": ["climate-justice", "civic-space"],
        "countries": ["DE"],
        "languages": ["de", "en"],
        "founded": 2015,
        "website": "https://example.org/heathland-climate-camp",
        "funding": (
            "Donations from participants and supporters, and the camp kitchen's "
            "takings. The legal support fund is kept separate and checked by two "
            "members every year."
        ),
    },
    {
        "slug": "stairways-neighbourhood-network",
        "title": "Stairways Neighbourhood Network",
        "summary": (
            "Neighbours in Beirut's old quarters meeting each other's needs "
            "directly, Lebanese residents and migrant workers alike."
        ),
        "description": (
            "The network grew out of building committees that shared food, "
            "medicine and generator power when the currency collapsed. It is named "
            "after the public stairways that connect our streets, where many of our "
            "first meetings took place.\n\n"
            "Today it runs cool rooms during summer power cuts, supports tenants in "
            "old-rent buildings and keeps a list of volunteers who can be called on "
            "when the next crisis comes."
        ),
        "core_values": (
            "Solidarity, not charity: the people we support run the work with us. "
            "Nobody is asked for papers."
        ),
        "topics": ["migration", "anti-racism", "housing"],
        "countries": ["LB"],
        "languages": ["ar", "fr", "en"],
        "founded": 2019,
        "website": "https://example.org/stairways-neighbourhood-network",
        "show_contact": True,
        "contact_email": "network@example.org",
        "funding": (
            "Neighbourhood donations and diaspora fundraising. A one-year grant "
            "from a regional foundation paid for the medicine exchange and has "
            "ended."
        ),
    },
    {
        "slug": "courtyard-tenants-federation",
        "title": "Courtyard Tenants Federation",
        "summary": (
            "Tenant unions in Spain, Britain and Poland that organise building by "
            "building and share what works across borders."
        ),
        "description": (
            "Member unions started in a Madrid neighbourhood section, on an estate "
            "in Greater Manchester and among municipal tenants in three Polish "
            "towns. They meet online every month and in person once a year.\n\n"
            "The federation trains door-knockers, keeps shared templates and, "
            "every winter, runs a joint campaign against evictions."
        ),
        "core_values": (
            "No action before the building is ready: we count pledges, not "
            "guesses. Tenants decide; organisers support."
        ),
        "topics": ["housing"],
        "countries": ["ES", "GB", "PL"],
        "languages": ["es", "en", "pl"],
        "founded": 2020,
        "website": "https://example.org/courtyard-tenants-federation",
        "funding": (
            "Members' dues on a sliding scale pay for everything, including a "
            "part-time organiser in each country. We take no money from housing "
            "companies."
        ),
    },
    {
        "slug": "ledger-climate-collective",
        "title": "Ledger Climate Collective",
        "summary": (
            "Students, staff, pensioners and savers moving money out of fossil "
            "fuels, in Britain, Norway, Canada and Japan."
        ),
        "description": (
            "The collective links divestment groups that found each other through "
            "a shared research guide. Some work on university endowments, some on "
            "pension funds, some on banks and insurers.\n\n"
            "We test tactics on each other's targets and write up the misfires as "
            "carefully as the wins."
        ),
        "core_values": (
            "Map who decides before choosing a tactic. Organise the people who "
            "stay, not only the people who pass through."
        ),
        "topics": ["finance", "climate-justice", "labour"],
        "countries": ["GB", "NO", "CA", "JP"],
        "languages": ["en", "nb", "fr", "ja"],
        "founded": 2014,
        "website": "https://example.org/ledger-climate-collective",
        "funding": (
            "Grants from two charitable climate foundations (about two thirds of "
            "the budget) and individual donations. The foundations have no say "
            "over our targets."
        ),
    },
    {
        "slug": "wetlands-and-water-assembly",
        "title": "Wetlands and Water Assembly",
        "summary": (
            "Campesino, fishing and highland associations in Colombia and Peru "
            "defending wetlands, rivers and springs from drainage and mining."
        ),
        "description": (
            "The assembly brings together associations that each defend their own "
            "water: a communal wetland on the Caribbean plains, springs above a "
            "proposed mine in the highlands, rivers used by fishing villages.\n\n"
            "It shares lawyers, trainers and restoration brigades, and meets as a "
            "full assembly once a year."
        ),
        "core_values": (
            "Water is a commons. Decisions are made in assemblies of the "
            "communities that depend on it."
        ),
        "topics": ["food-land", "climate-justice"],
        "countries": ["CO", "PE"],
        "languages": ["es"],
        "founded": 2011,
        "website": "https://example.org/wetlands-and-water-assembly",
        "funding": (
            "Contributions in money and in kind from member associations, and a "
            "grant for legal costs from an international solidarity fund."
        ),
    },
    {
        "slug": "street-observers-network",
        "title": "Street Observers Network",
        "summary": (
            "Volunteer legal observer teams in Mexico, Chile and Colombia who "
            "document police conduct at protests and get detainees help fast."
        ),
        "description": (
            "The network links observer brigades that formed during protest waves "
            "with a feminist lawyers' collective that fields women and non-binary "
            "teams at marches.\n\n"
            "It trains observers, keeps shared records and runs a debrief after "
            "every major protest day."
        ),
        "core_values": (
            "Observers observe: they stay out of the action so their records stay "
            "credible. Nobody observes alone, and nobody goes home without a "
            "debrief."
        ),
        "topics": ["civic-space", "feminism"],
        "countries": ["MX", "CL", "CO"],
        "languages": ["es", "en"],
        "founded": 2019,
        "website": "https://example.org/street-observers-network",
        "funding": (
            "Volunteer time. Printing and phone credit are paid for by lawyers' "
            "associations and small donations. No government funding."
        ),
    },
    {
        "slug": "creeks-womens-collective",
        "title": "Creeks Women's Environmental Justice Collective",
        "summary": (
            "Women in the Niger Delta's creek communities organising against gas "
            "flaring and for their health, with theatre as a main tool."
        ),
        "description": (
            "The collective started as a women's health circle in a fishing "
            "community near a flare site. It now trains community facilitators "
            "to run forum theatre that links flaring, health and the oil companies' "
            "double standards.\n\n"
            "It works with lawyers and researchers on health records, and with "
            "finance campaigners abroad who press the companies' investors."
        ),
        "core_values": (
            "The women most affected speak first and decide. Every play ends with "
            "the audience, not the actors."
        ),
        "topics": ["climate-justice", "feminism", "anti-racism"],
        "countries": ["NG"],
        "languages": ["en"],
        "founded": 2012,
        "website": "https://example.org/creeks-womens-collective",
        "funding": (
            "Member contributions, and project grants from two international "
            "women's funds for the theatre work."
        ),
    },
    {
        "slug": "savanna-youth-climate-network",
        "title": "Savanna Youth Climate Network",
        "summary": (
            "Youth climate chapters in Kenya, Uganda and Tanzania campaigning on "
            "heat, water and trees where young people live and study."
        ),
        "description": (
            "Chapters are run by young people in schools, colleges and "
            "neighbourhoods. After an onboarding programme that collapsed, the "
            "network moved to paid chapter coordinators and short, paired "
            "volunteer roles.\n\n"
            "Its next campaign asks for shade, water and heat plans in public "
            "schools."
        ),
        "core_values": (
            "Young people lead. Roles are small enough to fit around school and "
            "work, and nobody carries one alone."
        ),
        "topics": ["climate-justice", "civic-space"],
        "countries": ["KE", "UG", "TZ"],
        "languages": ["en", "sw"],
        "founded": 2019,
        "website": "https://example.org/savanna-youth-climate-network",
        "funding": (
            "A three-year grant from an international youth climate fund, and "
            "chapters' own fundraising."
        ),
    },
    {
        "slug": "capital-riders-collective",
        "title": "Capital Riders' Collective",
        "summary": (
            "App-based delivery riders in the Delhi region organising for safe "
            "work in extreme heat and fair pay from the platforms."
        ),
        "description": (
            "Riders started meeting at the hubs where they wait for orders. The "
            "collective now has committees in several hubs, a legal clinic that "
            "helps with deactivations and a heat campaign every summer.\n\n"
            "It works with customers too: many support riders once they know what "
            "the incentive targets do."
        ),
        "core_values": (
            "Riders decide. Nobody should have to choose between resting in the "
            "heat and losing a day's pay."
        ),
        "topics": ["labour", "climate-justice"],
        "countries": ["IN"],
        "languages": ["hi", "en"],
        "founded": 2021,
        "website": "https://example.org/capital-riders-collective",
        "funding": (
            "Riders' monthly contributions and support in kind from a labour "
            "rights legal clinic. No funding from platforms or political parties."
        ),
    },
    {
        "slug": "archipelago-land-reform-network",
        "title": "Archipelago Land Reform Network",
        "summary": (
            "Farming communities in Indonesia contesting plantation concessions "
            "on their land, and training their own people in digital safety."
        ),
        "description": (
            "The network links village farmers' unions that are contesting "
            "plantation concessions granted over land they have farmed for "
            "generations.\n\n"
            "Village trainers teach phone safety where phones are shared and the "
            "main risk is criminal charges built from chat screenshots."
        ),
        "core_values": (
            "Land to those who work it. Safety skills belong in the villages, not "
            "only with experts from the city."
        ),
        "topics": ["food-land", "digital-security", "civic-space"],
        "countries": ["ID"],
        "languages": ["id", "en"],
        "founded": 2008,
        "website": "https://example.org/archipelago-land-reform-network",
        "funding": (
            "Member unions' dues, and a grant from an international agrarian "
            "solidarity fund for the training programme."
        ),
    },
    {
        "slug": "lakeshore-tenants-union",
        "title": "Lakeshore Tenants Union",
        "summary": (
            "A union of tenants in more than forty buildings in the American "
            "Midwest, organising for repairs, rent control and a right to counsel."
        ),
        "description": (
            "The union began with one 140-unit building whose committee counted "
            "pledges door by door before starting a rent strike, and won. Other "
            "buildings asked for help and the union grew from there.\n\n"
            "Today it runs building committees, a court watch and a campaign for "
            "a right to a lawyer in eviction court."
        ),
        "core_values": (
            "Every building is run by its tenants. Organise in the languages "
            "tenants speak at home."
        ),
        "topics": ["housing", "anti-racism"],
        "countries": ["US"],
        "languages": ["en", "es"],
        "founded": 2016,
        "website": "https://example.org/lakeshore-tenants-union",
        "funding": (
            "Dues from members in over forty buildings. We have no external funding."
        ),
    },
]

CAMPAIGNS = [
    # Saltmarsh Climate Camp -------------------------------------------------
    {
        "movement": "saltmarsh-climate-camp",
        "slug": "harbour-camp-2022",
        "title": "Harbour camp 2022",
        "summary": (
            "A five-day climate camp by the harbour with a one-day blockade at the "
            "fuel depot's gate, and our first camp with a care rota."
        ),
        "goals": (
            "Bring 300 people together to train, live and take action against the "
            "expansion of the fuel depot.\n\n"
            "Run the camp so that the core team is still standing at the end."
        ),
        "status": "ended",
        "started": "2022-04",
        "ended": "2022-08",
        "countries": ["SE"],
        "topics": ["climate-justice", "feminism"],
        "tactics": ["action-camp", "blockade", "mutual-aid"],
        "outcome": (
            "The blockade held the gate for seven hours and the depot's expansion "
            "became a local election issue. The care rota worked; the spokescouncil "
            "we copied from a much bigger camp did not. We wrote up both."
        ),
        "partners": ["heathland-climate-camp"],
    },
    {
        "movement": "saltmarsh-climate-camp",
        "slug": "no-gas-terminal-on-the-west-coast",
        "title": "No gas terminal on the west coast",
        "summary": (
            "Stopping a planned import terminal for fossil gas in a west coast "
            "harbour, together with fishers, sailing clubs and neighbours."
        ),
        "goals": (
            "Get the municipality to withdraw the harbour lease before the "
            "terminal's permit hearing.\n\n"
            "Make the terminal a question every local candidate has to answer."
        ),
        "status": "active",
        "started": "2024-09",
        "countries": ["SE"],
        "topics": ["climate-justice"],
        "tactics": ["blockade", "creative-action", "coalition-building"],
        "partners": ["heathland-climate-camp", "ledger-climate-collective"],
        "opportunities": [
            {
                "role": "Kayak flotilla crew",
                "description": (
                    "Paddle in the flotilla that will ring the planned terminal "
                    "site on the day of the permit hearing. We provide kayaks, "
                    "safety boats and a training session the week before."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "SE",
                "town": "Gothenburg",
                "skills": ["logistics", "care"],
                "languages": ["sv", "en"],
                "starts_in": 20,
                "ends_in": 21,
                "join_by_in": 14,
                "join_email": "flotilla@example.org",
            },
            {
                "role": "Letters to the editor writing circle",
                "description": (
                    "Join a monthly online circle that drafts and edits letters "
                    "and opinion pieces for local papers. Beginners are welcome; "
                    "an experienced writer leads each session."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["writing"],
                "languages": ["sv"],
                "ends_in": 90,
                "join_url": "https://example.org/saltmarsh-climate-camp/writing-circle",
            },
            {
                "role": "Caller for the harbour hearing",
                "description": (
                    "Phone supporters from home to ask them to come to the "
                    "council's harbour hearing. Two evening shifts with a script "
                    "and a host on call."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["outreach"],
                "languages": ["sv"],
                "ends_in": -6,
                "join_email": "join@example.org",
            },
            {
                "role": "Researcher on the terminal's owners",
                "description": (
                    "Trace the companies, banks and insurers behind the terminal "
                    "from public filings, working with the Ledger Climate "
                    "Collective's research group. About three hours a week."
                ),
                "commitment": "weekly",
                "attendance": "online",
                "skills": ["research"],
                "languages": ["en", "sv"],
                "ends_in": 60,
                "join_email": "research@example.org",
            },
        ],
    },
    {
        "movement": "saltmarsh-climate-camp",
        "slug": "saltmarsh-camp-next-summer",
        "title": "Saltmarsh camp next summer",
        "summary": (
            "Our next camp, on a farm near the coast, with more room for "
            "first-timers, families and people who cannot risk arrest."
        ),
        "goals": (
            "Hold a camp for 400 people with a decision process that fits its "
            "size, a care rota from day one and roles for people who will not "
            "join the blockade."
        ),
        "status": "planning",
        "starts_in": 150,
        "countries": ["SE"],
        "topics": ["climate-justice", "feminism"],
        "tactics": ["action-camp", "training-of-trainers"],
        "opportunities": [
            {
                "role": "Site crew",
                "description": (
                    "Build the camp in the week before it opens: tents, water, "
                    "compost toilets and the welcome area. Food and a place to "
                    "sleep are provided."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "SE",
                "town": "Varberg",
                "skills": ["logistics"],
                "languages": ["sv", "en"],
                "starts_in": 140,
                "ends_in": 160,
                "join_email": "camp@example.org",
            },
            {
                "role": "Care rota coordinator",
                "description": (
                    "Plan the rota for cooking, cleaning, childcare and emotional "
                    "support with the care working group, online until the camp "
                    "and on site during it. Hours are capped."
                ),
                "commitment": "ongoing",
                "attendance": "both",
                "country": "SE",
                "town": "Gothenburg",
                "skills": ["care", "organising"],
                "languages": ["sv"],
                "ends_in": 160,
                "join_by_in": 45,
                "join_email": "camp@example.org",
            },
            {
                "role": "Interpreter at the welcome tent",
                "description": (
                    "Welcome people arriving at the camp and interpret the "
                    "introductions and the safety briefing. Shifts of four hours."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "SE",
                "town": "Varberg",
                "skills": ["translation"],
                "languages": ["ar", "sv", "en"],
                "starts_in": 150,
                "ends_in": 155,
                "join_by_in": 100,
                "join_email": "camp@example.org",
            },
        ],
    },
    # Heathland Climate Camp -------------------------------------------------
    {
        "movement": "heathland-climate-camp",
        "slug": "coal-line-blockade-2019",
        "title": "Coal line blockade 2019",
        "summary": (
            "The camp's largest action: a mass blockade of the rail line to a coal "
            "power station, agreed by a spokescouncil of 1,500 people."
        ),
        "goals": (
            "Stop coal deliveries to the power station for at least a day, and "
            "show that a camp this size can decide together in hours, not days."
        ),
        "status": "ended",
        "started": "2019-03",
        "ended": "2019-08",
        "countries": ["DE"],
        "topics": ["climate-justice", "civic-space"],
        "tactics": ["action-camp", "blockade", "legal-observing"],
        "outcome": (
            "About 1,200 people blocked the line for a day and a half and the "
            "plant cut its output. No policy changed; the decision process became "
            "what other groups asked us about."
        ),
    },
    {
        "movement": "heathland-climate-camp",
        "slug": "legal-observers-for-every-action",
        "title": "Legal observers for every action",
        "summary": (
            "A standing pool of trained legal observers that any climate group in "
            "the region can call on, trained on a two-day course."
        ),
        "goals": (
            "Every climate action in the region has trained observers whose notes "
            "hold up in court.\n\n"
            "Enough trainers that the course does not depend on one team."
        ),
        "status": "active",
        "started": "2018-04",
        "countries": ["DE"],
        "topics": ["civic-space", "climate-justice"],
        "tactics": ["legal-observing", "training-of-trainers"],
        "opportunities": [
            {
                "role": "Legal observer",
                "description": (
                    "Take the two-day course, then observe at one or two actions a "
                    "month. You always work in pairs with an experienced observer "
                    "at first."
                ),
                "commitment": "monthly",
                "attendance": "in_person",
                "country": "DE",
                "town": "Hanover",
                "skills": ["legal"],
                "languages": ["de"],
                "ends_in": 200,
                "join_by_in": 25,
                "join_url": "https://example.org/heathland-climate-camp/observers",
            },
            {
                "role": "Course co-trainer",
                "description": (
                    "Co-teach the observer course with a lawyer from the "
                    "progressive lawyers' association, in person or online. You "
                    "should have observed at five actions or more."
                ),
                "commitment": "monthly",
                "attendance": "both",
                "country": "DE",
                "town": "Hamburg",
                "skills": ["training", "legal"],
                "languages": ["de", "en"],
                "ends_in": 120,
                "join_email": "legal@example.org",
            },
            {
                "role": "Court support at the blockade trials",
                "description": (
                    "Sit in the public gallery and meet defendants at the door on "
                    "trial days, so nobody faces the court alone."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "DE",
                "town": "Lüneburg",
                "skills": ["care"],
                "languages": ["de"],
                "ends_in": -12,
                "join_email": "legal@example.org",
            },
        ],
    },
    {
        "movement": "heathland-climate-camp",
        "slug": "no-motorway-through-the-heath-forest",
        "title": "No motorway through the heath forest",
        "summary": (
            "A tree-sit and legal challenge against a motorway extension through "
            "an old heath forest, paused while a court reviews the plans."
        ),
        "goals": (
            "Have the planning approval for the motorway extension overturned, and "
            "keep the forest standing until it is."
        ),
        "status": "paused",
        "started": "2021-05",
        "countries": ["DE"],
        "topics": ["climate-justice", "food-land"],
        "tactics": ["occupation", "coalition-building"],
        "partners": ["saltmarsh-climate-camp"],
        "opportunities": [
            {
                "role": "Standby phone tree volunteer",
                "description": (
                    "Be on the list we call if clearing starts before the court "
                    "rules. You would call five other people and, if you can, come "
                    "to the forest."
                ),
                "commitment": "ongoing",
                "attendance": "online",
                "skills": ["organising"],
                "languages": ["de"],
                "join_email": "forest@example.org",
            },
        ],
    },
    # Stairways Neighbourhood Network ---------------------------------------
    {
        "movement": "stairways-neighbourhood-network",
        "slug": "neighbourhood-medicine-exchange",
        "title": "Neighbourhood medicine exchange",
        "summary": (
            "Matching donated medicines to neighbours who needed them, checked by "
            "volunteer pharmacists, while pharmacies stood empty."
        ),
        "goals": (
            "Get essential medicines to everyone in the neighbourhood who needs "
            "them, including migrant domestic workers left without employers or "
            "papers."
        ),
        "status": "ended",
        "started": "2021-05",
        "ended": "2022-03",
        "countries": ["LB"],
        "topics": ["migration", "anti-racism"],
        "tactics": ["mutual-aid", "volunteer-pipeline"],
        "outcome": (
            "The exchange answered more than two thousand requests before "
            "pharmacies restocked. We closed it on purpose, handing long-term "
            "patients to a clinic, rather than letting it fade."
        ),
    },
    {
        "movement": "stairways-neighbourhood-network",
        "slug": "cool-rooms-for-the-summer",
        "title": "Cool rooms for the summer",
        "summary": (
            "Shaded, powered rooms in neighbourhood buildings where older people, "
            "migrant workers and families can sit out the hottest hours during "
            "power cuts."
        ),
        "goals": (
            "Open a cool room within ten minutes' walk of every home in the "
            "quarter, with solar batteries so they stay cool when the grid is off."
        ),
        "status": "active",
        "started": "2024-06",
        "countries": ["LB"],
        "topics": ["climate-justice", "migration"],
        "tactics": ["mutual-aid", "coalition-building"],
        "partners": ["saltmarsh-climate-camp"],
        "opportunities": [
            {
                "role": "Cool room host",
                "description": (
                    "Open a cool room for an afternoon a week, welcome visitors, "
                    "hand out water and notice anyone who is unwell. A short "
                    "first-aid session is offered."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "LB",
                "town": "Beirut",
                "skills": ["care"],
                "languages": ["ar"],
                "ends_in": 75,
                "join_email": "rooms@example.org",
            },
            {
                "role": "Translator for the heat safety cards",
                "description": (
                    "Translate a set of eight short heat safety cards between "
                    "Arabic and English, from home. About four hours in all."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["translation"],
                "languages": ["ar", "en"],
                "ends_in": 30,
                "join_by_in": 10,
                "join_email": "rooms@example.org",
            },
            {
                "role": "Solar battery installer",
                "description": (
                    "Help a volunteer electrician fit solar panels and batteries "
                    "on the roofs of three cool-room buildings."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "LB",
                "town": "Beirut",
                "skills": ["tech", "logistics"],
                "languages": ["ar", "fr"],
                "ends_in": -20,
                "join_email": "rooms@example.org",
            },
            {
                "role": "Diaspora fundraising caller",
                "description": (
                    "Call supporters abroad once a month to keep the battery fund "
                    "going. You get a script, a list and a host on the line."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["fundraising", "outreach"],
                "languages": ["ar", "fr", "en"],
                "ends_in": 120,
                "join_url": "https://example.org/stairways-neighbourhood-network/callers",
            },
        ],
    },
    {
        "movement": "stairways-neighbourhood-network",
        "slug": "rent-freeze-for-the-old-buildings",
        "title": "Rent freeze for the old buildings",
        "summary": (
            "Tenants in old-rent buildings asking for a freeze while the rent law "
            "is rewritten, paused while the committees regroup."
        ),
        "goals": (
            "Win a freeze on rent rises in old-rent buildings until the new rent "
            "law protects long-standing tenants."
        ),
        "status": "paused",
        "started": "2023-03",
        "countries": ["LB"],
        "topics": ["housing", "migration"],
        "tactics": ["door-knocking", "coalition-building"],
        "partners": ["courtyard-tenants-federation"],
        "opportunities": [
            {
                "role": "Tenancy law researcher",
                "description": (
                    "Compare the draft rent law with the old one and write a "
                    "two-page summary for building committees, in Arabic or "
                    "French."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["research", "legal"],
                "languages": ["ar", "fr"],
                "ends_in": 45,
                "join_by_in": -2,
                "join_email": "network@example.org",
            },
            {
                "role": "Building survey volunteer",
                "description": (
                    "Visit old-rent buildings with a committee member to ask "
                    "tenants about rents, repairs and threats of eviction."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "LB",
                "town": "Beirut",
                "skills": ["outreach"],
                "languages": ["ar"],
                "starts_in": 40,
                "ends_in": 70,
                "join_email": "network@example.org",
            },
        ],
    },
    # Courtyard Tenants Federation -------------------------------------------
    {
        "movement": "courtyard-tenants-federation",
        "slug": "rent-strike-in-a-fund-owned-building",
        "title": "Rent strike in a fund-owned building",
        "summary": (
            "Households in a Madrid building owned by an investment fund went on "
            "rent strike against a rent rise and missing repairs."
        ),
        "goals": (
            "Force the fund to negotiate with the building's tenants over rents "
            "and repairs."
        ),
        "status": "lost",
        "started": "2021-05",
        "ended": "2022-04",
        "countries": ["ES"],
        "topics": ["housing"],
        "tactics": ["rent-strike"],
        "outcome": (
            "Nineteen of 64 households struck. The landlord started eviction cases "
            "against them and the strike ended without a deal; three families "
            "were rehoused with the section's help."
        ),
    },
    {
        "movement": "courtyard-tenants-federation",
        "slug": "repairs-before-rent-rises",
        "title": "Repairs before rent rises",
        "summary": (
            "Tenants on an estate in Greater Manchester demanding repairs to damp "
            "and heating before any rent rise."
        ),
        "goals": (
            "No rent rise until damp and heating are fixed, and a repair schedule "
            "tenants can hold the landlord to."
        ),
        "status": "won",
        "started": "2022-09",
        "ended": "2023-07",
        "countries": ["GB"],
        "topics": ["housing"],
        "tactics": ["door-knocking", "rent-strike"],
        "outcome": (
            "The landlord agreed a repair schedule and capped the rent rise at "
            "half what it had announced. The strike vote was ready; it never had "
            "to start."
        ),
    },
    {
        "movement": "courtyard-tenants-federation",
        "slug": "no-evictions-this-winter",
        "title": "No evictions this winter",
        "summary": (
            "A joint winter campaign in Spain, Britain and Poland: eviction watch, "
            "door-knocking on estates and pressure on councils for a moratorium."
        ),
        "goals": (
            "No family evicted into the cold in the neighbourhoods where our "
            "unions organise.\n\n"
            "A winter moratorium on evictions adopted by at least three councils."
        ),
        "status": "active",
        "started": "2024-10",
        "countries": ["ES", "GB", "PL"],
        "topics": ["housing"],
        "tactics": ["door-knocking", "phone-banking", "mutual-aid"],
        "partners": ["lakeshore-tenants-union", "stairways-neighbourhood-network"],
        "opportunities": [
            {
                "role": "Eviction watch responder",
                "description": (
                    "Be on call to go to a doorstep when an eviction is announced, "
                    "with other neighbours and a trained lead. Usually early "
                    "mornings."
                ),
                "commitment": "ongoing",
                "attendance": "in_person",
                "country": "ES",
                "town": "Madrid",
                "skills": ["care", "organising"],
                "languages": ["es"],
                "ends_in": 100,
                "join_email": "join@example.org",
            },
            {
                "role": "Door-knocker on the estates",
                "description": (
                    "Knock on doors with a partner on Saturday mornings to ask "
                    "tenants about arrears and eviction letters, using the "
                    "federation's script."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "GB",
                "town": "Manchester",
                "skills": ["outreach"],
                "languages": ["en"],
                "ends_in": 80,
                "join_url": "https://example.org/courtyard-tenants-federation/doors",
            },
            {
                "role": "Phone bank host",
                "description": (
                    "Host a weekly online phone bank: welcome callers, go through "
                    "the script and answer questions while they call."
                ),
                "commitment": "weekly",
                "attendance": "online",
                "skills": ["facilitation", "outreach"],
                "languages": ["es", "en"],
                "ends_in": 60,
                "join_by_in": 20,
                "join_email": "join@example.org",
            },
            {
                "role": "Interpreter at the tenants' assembly",
                "description": (
                    "Interpret between Polish and Ukrainian at an evening tenants' "
                    "assembly, so refugee families renting in the same blocks can "
                    "take part."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "PL",
                "town": "Łódź",
                "skills": ["translation"],
                "languages": ["pl", "uk"],
                "starts_in": 12,
                "ends_in": 12,
                "join_email": "join@example.org",
            },
            {
                "role": "Winter leaflet designer",
                "description": (
                    "Design the 'know your rights this winter' leaflet in three "
                    "language versions from the text we provide."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["design"],
                "languages": ["es", "pl", "en"],
                "ends_in": -9,
                "join_email": "join@example.org",
            },
        ],
    },
    # Ledger Climate Collective ----------------------------------------------
    {
        "movement": "ledger-climate-collective",
        "slug": "fossil-free-university-endowment",
        "title": "Fossil-free university endowment",
        "summary": (
            "Students and staff union members pressing a Glasgow university to "
            "exclude fossil fuel companies from its endowment."
        ),
        "goals": (
            "A full exclusion of fossil fuel companies from the endowment, with "
            "staff and students on the committee that checks it."
        ),
        "status": "won",
        "started": "2018-10",
        "ended": "2020-06",
        "countries": ["GB"],
        "topics": ["finance", "climate-justice"],
        "tactics": ["divestment", "coalition-building"],
        "outcome": (
            "The university court adopted a full exclusion, phased over three "
            "years. Staff members now sit on its responsible investment committee."
        ),
    },
    {
        "movement": "ledger-climate-collective",
        "slug": "insurer-underwriting-resolution",
        "title": "A resolution on an insurer's fossil fuel underwriting",
        "summary": (
            "A shareholder resolution asking a listed Norwegian insurer to stop "
            "underwriting and investing in new fossil fuel projects."
        ),
        "goals": (
            "Put fossil fuel underwriting on the insurer's AGM agenda and win "
            "enough votes to force a response."
        ),
        "status": "lost",
        "started": "2020-10",
        "ended": "2021-05",
        "countries": ["NO"],
        "topics": ["finance", "climate-justice"],
        "tactics": ["shareholder-action", "divestment"],
        "outcome": (
            "The resolution won under one per cent of the vote and almost no "
            "coverage. We should have built pressure outside the meeting first."
        ),
    },
    {
        "movement": "ledger-climate-collective",
        "slug": "public-pensions-off-coal",
        "title": "Public pensions off coal",
        "summary": (
            "Retirees and public-sector union locals in Ontario pressing their "
            "pension fund to divest from fossil fuels."
        ),
        "goals": (
            "Divestment from coal, oil and gas, and climate targets members can "
            "check every year."
        ),
        "status": "ended",
        "started": "2020-03",
        "ended": "2022-11",
        "countries": ["CA"],
        "topics": ["finance", "labour", "climate-justice"],
        "tactics": ["divestment", "coalition-building"],
        "outcome": (
            "The fund excluded thermal coal and adopted interim climate targets "
            "but kept its oil and gas holdings. We closed the campaign and moved "
            "members to the bank switching campaign."
        ),
    },
    {
        "movement": "ledger-climate-collective",
        "slug": "switch-your-bank",
        "title": "Switch your bank",
        "summary": (
            "Savers, unions and community groups moving their accounts away from "
            "banks that lend to new fossil fuel projects, and telling them why."
        ),
        "goals": (
            "Ten thousand accounts switched, counted publicly, and questions at "
            "the AGMs of the three largest lenders."
        ),
        "status": "active",
        "started": "2025-11",
        "countries": ["GB", "NO", "CA"],
        "topics": ["finance", "climate-justice"],
        "tactics": ["divestment", "boycott", "shareholder-action"],
        "partners": ["saltmarsh-climate-camp", "creeks-womens-collective"],
        "opportunities": [
            {
                "role": "Bank research volunteer",
                "description": (
                    "Read banks' annual reports and loan announcements to keep our "
                    "lender tables up to date. Training and a buddy are provided."
                ),
                "commitment": "weekly",
                "attendance": "online",
                "skills": ["research"],
                "languages": ["en", "nb"],
                "ends_in": 90,
                "join_email": "ledger@example.org",
            },
            {
                "role": "Writer of a workplace pension explainer",
                "description": (
                    "Write a short, plain explainer on how workers can ask where "
                    "their pension is invested, in English or French."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["writing", "communications"],
                "languages": ["en", "fr"],
                "ends_in": 40,
                "join_by_in": 15,
                "join_email": "ledger@example.org",
            },
            {
                "role": "AGM question coach",
                "description": (
                    "Prepare first-time shareholders to ask a question at a bank's "
                    "AGM: a rehearsal evening and the meeting itself."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "NO",
                "town": "Oslo",
                "skills": ["training"],
                "languages": ["nb", "en"],
                "starts_in": 25,
                "ends_in": 26,
                "join_by_in": 18,
                "join_email": "ledger@example.org",
            },
            {
                "role": "Data volunteer for the switch counter",
                "description": (
                    "Help build the public counter of switched accounts: a simple "
                    "form, a spreadsheet and a page that updates every night."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["tech"],
                "languages": ["en"],
                "ends_in": -30,
                "join_url": "https://example.org/ledger-climate-collective/counter",
            },
        ],
    },
    # Wetlands and Water Assembly --------------------------------------------
    {
        "movement": "wetlands-and-water-assembly",
        "slug": "save-the-communal-wetland",
        "title": "Save the communal wetland",
        "summary": (
            "A campesino association blocking the machines sent to drain a "
            "communal wetland for an agribusiness project."
        ),
        "goals": (
            "Stop the drainage and have the wetland recognised as a communal "
            "fishing and grazing commons."
        ),
        "status": "lost",
        "started": "2022-02",
        "ended": "2022-06",
        "countries": ["CO"],
        "topics": ["food-land"],
        "tactics": ["blockade", "legal-observing"],
        "partners": ["street-observers-network"],
        "outcome": (
            "The blockade held nine days before a violent clearance. The drainage "
            "was finished and four leaders face charges; their legal defence "
            "continues."
        ),
    },
    {
        "movement": "wetlands-and-water-assembly",
        "slug": "water-before-the-mine",
        "title": "Water before the mine",
        "summary": (
            "Highland communities in Peru asking how a proposed mine would share "
            "their water, on market days, in plays and at public hearings."
        ),
        "goals": (
            "No water licence for the mine until communities downstream have "
            "agreed how much water it may take."
        ),
        "status": "won",
        "started": "2019-04",
        "ended": "2020-02",
        "countries": ["PE"],
        "topics": ["food-land", "climate-justice"],
        "tactics": ["creative-action", "coalition-building"],
        "outcome": (
            "The regional authority refused the water licence after a hearing "
            "where the question from the plays was asked again and again."
        ),
    },
    {
        "movement": "wetlands-and-water-assembly",
        "slug": "wetland-restoration-brigades",
        "title": "Wetland restoration brigades",
        "summary": (
            "Volunteer brigades replanting drained wetland edges and keeping seed "
            "banks of native plants in Colombia and Peru."
        ),
        "goals": (
            "Restore what can be restored, and keep the knowledge and seeds to "
            "restore the rest when the land is won back."
        ),
        "status": "active",
        "started": "2023-01",
        "countries": ["CO", "PE"],
        "topics": ["food-land", "climate-justice"],
        "tactics": ["mutual-aid", "volunteer-pipeline"],
        "opportunities": [
            {
                "role": "Restoration brigade member",
                "description": (
                    "Join a brigade one Saturday a month to replant wetland edges "
                    "and clear drainage ditches. Boots and lunch provided."
                ),
                "commitment": "monthly",
                "attendance": "in_person",
                "country": "CO",
                "town": "Montería",
                "skills": ["logistics"],
                "languages": ["es"],
                "ends_in": 120,
                "join_email": "brigades@example.org",
            },
            {
                "role": "Seed bank keeper",
                "description": (
                    "Look after a community seed bank of native plants: drying, "
                    "labelling, storing and lending seed to brigades."
                ),
                "commitment": "ongoing",
                "attendance": "in_person",
                "country": "PE",
                "town": "Cusco",
                "skills": ["organising"],
                "languages": ["es"],
                "ends_in": 365,
                "join_email": "brigades@example.org",
            },
            {
                "role": "Fundraiser for the legal defence",
                "description": (
                    "Write appeals and grant applications for the defence of the "
                    "wetland blockade's leaders, working online with our lawyers."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["fundraising", "writing"],
                "languages": ["es", "en"],
                "ends_in": 50,
                "join_email": "brigades@example.org",
            },
            {
                "role": "Video editor for brigade stories",
                "description": (
                    "Edit three short videos from footage the brigades filmed on "
                    "their phones, with Spanish subtitles."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["design", "communications"],
                "languages": ["es"],
                "ends_in": -3,
                "join_email": "brigades@example.org",
            },
        ],
    },
    # Street Observers Network -----------------------------------------------
    {
        "movement": "street-observers-network",
        "slug": "observers-at-every-march",
        "title": "Observers at every march",
        "summary": (
            "Trained observer teams at every major protest in the cities where "
            "the network works, with a hotline and a debrief the same night."
        ),
        "goals": (
            "No detainee goes unaccounted for.\n\n"
            "Records of police conduct good enough for lawyers, journalists and "
            "human rights bodies to use."
        ),
        "status": "active",
        "started": "2019-10",
        "countries": ["MX", "CL", "CO"],
        "topics": ["civic-space", "feminism"],
        "tactics": ["legal-observing", "training-of-trainers"],
        "partners": ["wetlands-and-water-assembly"],
        "opportunities": [
            {
                "role": "Legal observer at a feminist march",
                "description": (
                    "Observe in a women and non-binary team inside the march, "
                    "after a half-day training the weekend before. Fixed roles and "
                    "a debrief that night."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "MX",
                "town": "Mexico City",
                "skills": ["legal"],
                "languages": ["es"],
                "starts_in": 15,
                "ends_in": 15,
                "join_by_in": 7,
                "join_email": "observers@example.org",
            },
            {
                "role": "Observer trainer",
                "description": (
                    "Run the observer training once a month, in person or online, "
                    "with a lawyer from the network."
                ),
                "commitment": "monthly",
                "attendance": "both",
                "country": "CL",
                "town": "Santiago",
                "skills": ["training", "legal"],
                "languages": ["es"],
                "ends_in": 150,
                "join_email": "observers@example.org",
            },
            {
                "role": "Night debrief listener",
                "description": (
                    "Join the online debrief after protest days to listen to "
                    "observers and note who needs follow-up support."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["care"],
                "languages": ["es"],
                "ends_in": 90,
                "join_email": "observers@example.org",
            },
            {
                "role": "Records clerk",
                "description": (
                    "Turn observers' notes into the shared records: dates, "
                    "places, badge numbers and detainees, on an encrypted system."
                ),
                "commitment": "weekly",
                "attendance": "online",
                "skills": ["research", "tech"],
                "languages": ["es", "en"],
                "ends_in": 120,
                "join_by_in": 30,
                "join_url": "https://example.org/street-observers-network/records",
            },
            {
                "role": "Translator of observer reports",
                "description": (
                    "Translate our quarterly report from Spanish into English for "
                    "international human rights bodies."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["translation"],
                "languages": ["es", "en"],
                "ends_in": 25,
                "join_email": "observers@example.org",
            },
        ],
    },
    # Creeks Women's Environmental Justice Collective -------------------------
    {
        "movement": "creeks-womens-collective",
        "slug": "flare-out-health-first",
        "title": "Flare-out: health first",
        "summary": (
            "Forum theatre, health records and investor pressure to end gas "
            "flaring near creek communities, starting with the sites nearest "
            "homes and schools."
        ),
        "goals": (
            "End routine flaring at the three sites nearest homes and schools.\n\n"
            "Free health checks for women and children living near flare sites."
        ),
        "status": "active",
        "started": "2022-07",
        "countries": ["NG"],
        "topics": ["climate-justice", "feminism", "anti-racism"],
        "tactics": ["creative-action", "training-of-trainers", "coalition-building"],
        "partners": ["ledger-climate-collective"],
        "opportunities": [
            {
                "role": "Forum theatre facilitator",
                "description": (
                    "Run forum theatre sessions in creek communities after the "
                    "four-day facilitator training. Travel costs are covered."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "NG",
                "town": "Port Harcourt",
                "skills": ["facilitation"],
                "languages": ["en"],
                "ends_in": 90,
                "join_by_in": 30,
                "join_email": "creeks@example.org",
            },
            {
                "role": "Health data volunteer",
                "description": (
                    "Help the research team organise anonymised health survey "
                    "data from three communities, online."
                ),
                "commitment": "monthly",
                "attendance": "online",
                "skills": ["research"],
                "languages": ["en"],
                "ends_in": 60,
                "join_email": "creeks@example.org",
            },
            {
                "role": "Community radio producer",
                "description": (
                    "Produce a weekly fifteen-minute radio slot with the women's "
                    "health circles, recorded in the communities."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "NG",
                "town": "Yenagoa",
                "skills": ["communications"],
                "languages": ["en"],
                "starts_in": 30,
                "ends_in": 120,
                "join_email": "creeks@example.org",
            },
        ],
    },
    # Savanna Youth Climate Network ------------------------------------------
    {
        "movement": "savanna-youth-climate-network",
        "slug": "chapter-mentors-programme",
        "title": "Chapter mentors programme",
        "summary": (
            "Training young volunteers in Kenya and Uganda to onboard new members "
            "in their own chapters."
        ),
        "goals": (
            "Every chapter able to welcome and train its own new members without "
            "waiting for the national team."
        ),
        "status": "ended",
        "started": "2023-05",
        "ended": "2023-12",
        "countries": ["KE", "UG"],
        "topics": ["climate-justice"],
        "tactics": ["training-of-trainers", "volunteer-pipeline"],
        "outcome": (
            "Nine of the 48 trained mentors were still onboarding people three "
            "months later. We replaced the programme with paid chapter "
            "coordinators and shorter, paired roles."
        ),
    },
    {
        "movement": "savanna-youth-climate-network",
        "slug": "heat-safe-schools",
        "title": "Heat-safe schools",
        "summary": (
            "A campaign for shade, drinking water and heat plans in public "
            "schools, led by students in Kenya, Uganda and Tanzania."
        ),
        "goals": (
            "Shade, drinking water and a heat plan in 100 public schools within "
            "two years, paid for by county and district budgets."
        ),
        "status": "planning",
        "starts_in": 45,
        "countries": ["KE", "UG", "TZ"],
        "topics": ["climate-justice", "civic-space"],
        "tactics": ["coalition-building", "creative-action"],
        "opportunities": [
            {
                "role": "School survey volunteer",
                "description": (
                    "Visit schools with a chapter member to measure classroom "
                    "temperatures and ask about water and shade."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "KE",
                "town": "Nairobi",
                "skills": ["research", "outreach"],
                "languages": ["en", "sw"],
                "starts_in": 50,
                "ends_in": 80,
                "join_by_in": 40,
                "join_email": "savanna@example.org",
            },
            {
                "role": "Launch call facilitator",
                "description": (
                    "Facilitate breakout rooms at the online launch of the "
                    "campaign, in Swahili or English."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["facilitation"],
                "languages": ["sw", "en"],
                "starts_in": 40,
                "ends_in": 45,
                "join_email": "savanna@example.org",
            },
            {
                "role": "Chapter coordinator",
                "description": (
                    "Coordinate a chapter for a year: a paid, part-time role with "
                    "a partner coordinator and monthly training."
                ),
                "commitment": "ongoing",
                "attendance": "both",
                "country": "UG",
                "town": "Kampala",
                "skills": ["organising"],
                "languages": ["en"],
                "ends_in": 200,
                "join_by_in": 30,
                "join_url": "https://example.org/savanna-youth-climate-network/coordinators",
            },
        ],
    },
    # Capital Riders' Collective ---------------------------------------------
    {
        "movement": "capital-riders-collective",
        "slug": "heat-pause-for-riders",
        "title": "Heat pause for riders",
        "summary": (
            "Delivery riders demanding paid rest in extreme heat, shaded rest "
            "points and incentive targets that do not punish resting."
        ),
        "goals": (
            "Paid heat pauses when the temperature passes 40°C, rest points with "
            "water at every hub, and no lost incentives for riders who rest."
        ),
        "status": "active",
        "started": "2024-04",
        "countries": ["IN"],
        "topics": ["labour", "climate-justice"],
        "tactics": ["strike", "boycott"],
        "opportunities": [
            {
                "role": "Hub volunteer with water and shade",
                "description": (
                    "Staff a shaded water point at a delivery hub during the "
                    "hottest hours and sign riders up to the collective."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "IN",
                "town": "Delhi",
                "skills": ["care", "logistics"],
                "languages": ["hi"],
                "ends_in": 40,
                "join_email": "riders@example.org",
            },
            {
                "role": "Designer for the customer pledge",
                "description": (
                    "Design shareable images asking customers not to order in the "
                    "hottest hours, in Hindi and English."
                ),
                "commitment": "one_off",
                "attendance": "online",
                "skills": ["design", "communications"],
                "languages": ["hi", "en"],
                "ends_in": 20,
                "join_by_in": 5,
                "join_email": "riders@example.org",
            },
            {
                "role": "Legal clinic volunteer",
                "description": (
                    "Help riders who have been deactivated prepare their appeals, "
                    "with the clinic's lawyers, one evening a month."
                ),
                "commitment": "monthly",
                "attendance": "in_person",
                "country": "IN",
                "town": "Gurugram",
                "skills": ["legal"],
                "languages": ["hi", "en"],
                "ends_in": 100,
                "join_email": "riders@example.org",
            },
        ],
    },
    # Archipelago Land Reform Network ----------------------------------------
    {
        "movement": "archipelago-land-reform-network",
        "slug": "no-concession-on-our-fields",
        "title": "No concession on our fields",
        "summary": (
            "Villages contesting a plantation concession granted over their "
            "fields, and keeping their members safe while they do."
        ),
        "goals": (
            "Have the concession revoked and the villages' land rights "
            "recognised.\n\n"
            "Nobody charged on the strength of their phone."
        ),
        "status": "active",
        "started": "2019-06",
        "countries": ["ID"],
        "topics": ["food-land", "digital-security"],
        "tactics": ["training-of-trainers", "occupation", "coalition-building"],
        "opportunities": [
            {
                "role": "Village phone safety trainer",
                "description": (
                    "After the trainer course, run phone safety sessions in your "
                    "own village, with visits from a regional trainer."
                ),
                "commitment": "monthly",
                "attendance": "in_person",
                "country": "ID",
                "town": "Jambi",
                "skills": ["tech", "training"],
                "languages": ["id"],
                "ends_in": 120,
                "join_email": "land@example.org",
            },
            {
                "role": "Remote digital security helpdesk",
                "description": (
                    "Answer village trainers' questions on a secure chat a few "
                    "hours a week, in Indonesian."
                ),
                "commitment": "weekly",
                "attendance": "online",
                "skills": ["tech"],
                "languages": ["id", "en"],
                "ends_in": 90,
                "join_by_in": 21,
                "join_email": "land@example.org",
            },
        ],
    },
    # Lakeshore Tenants Union ------------------------------------------------
    {
        "movement": "lakeshore-tenants-union",
        "slug": "repairs-first-rent-escrow",
        "title": "Repairs first: the rent escrow fight",
        "summary": (
            "A 140-unit building's tenants paying rent into escrow until the "
            "landlord fixed boilers, windows and pests."
        ),
        "goals": (
            "Repairs to boilers, windows and pests, a rent freeze, and the "
            "landlord recognising the tenants' association."
        ),
        "status": "won",
        "started": "2021-09",
        "ended": "2022-04",
        "countries": ["US"],
        "topics": ["housing"],
        "tactics": ["door-knocking", "rent-strike"],
        "outcome": (
            "With 112 of 140 households pledged, the committee paid rent into "
            "escrow for five months. The landlord settled: repairs, a two-year "
            "rent freeze and a recognised tenants' association."
        ),
    },
    {
        "movement": "lakeshore-tenants-union",
        "slug": "right-to-counsel",
        "title": "Right to counsel in eviction court",
        "summary": (
            "A campaign for every tenant facing eviction in the county to have a "
            "lawyer, built on a court watch and tenants' own testimony."
        ),
        "goals": (
            "A county ordinance guaranteeing a free lawyer to every tenant facing "
            "eviction, funded in next year's budget."
        ),
        "status": "active",
        "started": "2024-03",
        "countries": ["US"],
        "topics": ["housing", "anti-racism"],
        "tactics": ["phone-banking", "coalition-building", "door-knocking"],
        "partners": ["courtyard-tenants-federation"],
        "opportunities": [
            {
                "role": "Court watch volunteer",
                "description": (
                    "Sit in eviction court one morning a week and record how many "
                    "tenants have a lawyer and how their cases end."
                ),
                "commitment": "weekly",
                "attendance": "in_person",
                "country": "US",
                "town": "Milwaukee",
                "skills": ["legal", "research"],
                "languages": ["en", "es"],
                "ends_in": 100,
                "join_url": "https://example.org/lakeshore-tenants-union/court-watch",
            },
            {
                "role": "Bilingual phone banker",
                "description": (
                    "Call members in Spanish and English to ask them to testify "
                    "or write to county supervisors."
                ),
                "commitment": "weekly",
                "attendance": "online",
                "skills": ["outreach"],
                "languages": ["es", "en"],
                "ends_in": 45,
                "join_email": "join@example.org",
            },
            {
                "role": "Testimony writing coach",
                "description": (
                    "Help tenants write two-minute testimonies for the county "
                    "hearing, at an evening workshop in the union hall."
                ),
                "commitment": "one_off",
                "attendance": "in_person",
                "country": "US",
                "town": "Milwaukee",
                "skills": ["writing"],
                "languages": ["en"],
                "starts_in": 10,
                "ends_in": 10,
                "join_by_in": 8,
                "join_email": "join@example.org",
            },
        ],
    },
]

EVENTS = [
    {
        "slug": "spokescouncils-for-small-camps",
        "title": "Spokescouncils for small camps",
        "summary": (
            "A roundtable for camp process teams on fitting a decision structure "
            "to the size of the camp, with the teams from two camps that tried."
        ),
        "description": (
            "Facilitators from a camp of 1,500 and a camp of 300 compare what "
            "happened when they used the same spokescouncil model.\n\n"
            "Read the two lessons before you come; we start with questions."
        ),
        "format": "roundtable",
        "organiser": "saltmarsh-climate-camp",
        "time_zone": "Europe/Stockholm",
        "starts_in": -40,
        "start_time": "18:00",
        "end_time": "19:30",
        "attendance": "online",
        "languages": ["en"],
        "interpretation": ["sv"],
        "accessibility": (
            "Live captions in English. The recording is shared with registered "
            "participants only."
        ),
        "capacity": 60,
        "registration_url": "https://example.org/saltmarsh-climate-camp/spokescouncils",
        "topics": ["climate-justice"],
        "lessons": [
            "small-camp-spokescouncil-misfire-west-sweden",
            "lower-saxony-climate-camp-spokescouncil",
        ],
    },
    {
        "slug": "care-rota-training-for-camp-crews",
        "title": "Care rota training for camp crews",
        "summary": (
            "A one-day training for the people who will plan the care rota at "
            "next summer's camp and at other camps."
        ),
        "description": (
            "We go through the rota sheets, the cap on hours and the handover "
            "between shifts, and practise the difficult conversations.\n\n"
            "Lunch is provided."
        ),
        "format": "training",
        "organiser": "saltmarsh-climate-camp",
        "time_zone": "Europe/Stockholm",
        "starts_in": 24,
        "start_time": "10:00",
        "end_time": "16:00",
        "attendance": "in_person",
        "venue": "Community hall by the ferry terminal",
        "town": "Gothenburg",
        "country": "SE",
        "languages": ["sv"],
        "interpretation": ["en"],
        "accessibility": (
            "Step-free entrance and toilet; a quiet room; childcare on request "
            "when you register."
        ),
        "capacity": 30,
        "registration_url": "https://example.org/saltmarsh-climate-camp/care-training",
        "topics": ["feminism", "climate-justice"],
        "lessons": ["care-rota-feminist-climate-camp"],
    },
    {
        "slug": "legal-observer-course",
        "title": "Legal observer course",
        "summary": (
            "The two-day course for new legal observers at climate actions: what "
            "to watch, how to take notes that hold up, how to stay out of the action."
        ),
        "description": (
            "Day one covers the law and note-taking; day two is practice in the "
            "street with role-play and a debrief.\n\n"
            "You join the observer pool once you have completed both days."
        ),
        "format": "training",
        "organiser": "heathland-climate-camp",
        "time_zone": "Europe/Berlin",
        "starts_in": 35,
        "ends_in": 36,
        "start_time": "10:00",
        "end_time": "17:00",
        "attendance": "in_person",
        "venue": "Union education centre",
        "town": "Hanover",
        "country": "DE",
        "languages": ["de"],
        "accessibility": (
            "Step-free venue. Day two includes about two hours of walking; tell us "
            "if you need another role in the practice."
        ),
        "capacity": 24,
        "registration_url": "https://example.org/heathland-climate-camp/course",
        "topics": ["civic-space"],
        "lessons": ["two-day-legal-observer-course-germany"],
    },
    {
        "slug": "medicine-exchanges-what-we-would-keep",
        "title": "Medicine exchanges after the crisis: what we would keep",
        "summary": (
            "Coordinators of neighbourhood medicine exchanges compare how they "
            "started, how they checked medicines and how they closed."
        ),
        "description": (
            "A roundtable in the community hall, also streamed for people who "
            "cannot come. Pharmacists who volunteered join the second half."
        ),
        "format": "roundtable",
        "organiser": "stairways-neighbourhood-network",
        "time_zone": "Asia/Beirut",
        "starts_in": -25,
        "start_time": "17:00",
        "end_time": "19:00",
        "attendance": "both",
        "venue": "Stairways community hall",
        "town": "Beirut",
        "country": "LB",
        "online_url": "https://example.org/stairways-neighbourhood-network/live",
        "languages": ["ar"],
        "interpretation": ["en", "fr"],
        "accessibility": (
            "The hall is on the ground floor with one step at the entrance and a "
            "ramp on request. Fans and water; the generator runs all evening."
        ),
        "capacity": 50,
        "topics": ["migration", "anti-racism"],
        "lessons": ["mutual-aid-medicine-exchange"],
    },
    {
        "slug": "cool-rooms-monthly-hosts-call",
        "title": "Cool rooms: monthly call for hosts",
        "summary": (
            "The monthly call for cool room hosts and anyone who wants to become "
            "one: what is working, what is missing, who needs cover."
        ),
        "description": "Half an hour of updates, half an hour of questions.",
        "format": "online_call",
        "organiser": "stairways-neighbourhood-network",
        "time_zone": "Asia/Beirut",
        "starts_in": 9,
        "start_time": "19:00",
        "end_time": "20:00",
        "attendance": "online",
        "languages": ["ar"],
        "accessibility": "Audio only is fine; questions can also be sent in writing.",
        "registration_url": "https://example.org/stairways-neighbourhood-network/hosts-call",
        "topics": ["climate-justice", "migration"],
        "lessons": ["mutual-aid-medicine-exchange"],
    },
    {
        "slug": "field-visit-communal-wetland",
        "title": "Field visit to the communal wetland",
        "summary": (
            "A day on the drained wetland with the campesino association: what "
            "the blockade tried to protect, and what the brigades are restoring."
        ),
        "description": (
            "We walk the edge of the wetland with members of the association, "
            "visit a restoration site and end with a conversation about the "
            "legal defence."
        ),
        "format": "field_visit",
        "organiser": "wetlands-and-water-assembly",
        "time_zone": "America/Bogota",
        "starts_in": -60,
        "start_time": "07:00",
        "end_time": "15:00",
        "attendance": "in_person",
        "venue": "Association meeting house",
        "town": "Montería",
        "country": "CO",
        "languages": ["es"],
        "interpretation": ["en"],
        "accessibility": (
            "About two hours of walking on uneven, muddy ground; a vehicle can "
            "take people who cannot walk the route. Bring boots and water."
        ),
        "capacity": 25,
        "registration_url": "https://example.org/wetlands-and-water-assembly/visit",
        "topics": ["food-land"],
        "lessons": ["blockade-wetland-machinery-campesinos"],
    },
    {
        "slug": "water-defenders-regional-convening",
        "title": "Water defenders' regional convening",
        "summary": (
            "Three days for associations defending wetlands, rivers and springs "
            "across the region to share tactics, lawyers and plans."
        ),
        "description": (
            "Day one: what each association is facing. Day two: workshops on "
            "blockades and legal defence, creative action and restoration. Day "
            "three: the assembly agrees a joint plan for the coming year."
        ),
        "format": "convening",
        "organiser": "wetlands-and-water-assembly",
        "time_zone": "America/Bogota",
        "starts_in": 70,
        "ends_in": 72,
        "start_time": "09:00",
        "end_time": "18:00",
        "attendance": "in_person",
        "venue": "Teachers' union conference centre",
        "town": "Bogotá",
        "country": "CO",
        "languages": ["es"],
        "interpretation": ["en", "pt-br"],
        "accessibility": (
            "Travel support for delegates from rural associations; step-free "
            "venue; vegetarian meals; a childcare room all three days."
        ),
        "capacity": 120,
        "registration_url": "https://example.org/wetlands-and-water-assembly/convening",
        "topics": ["food-land", "climate-justice"],
        "lessons": [
            "street-theatre-water-and-mining",
            "blockade-wetland-machinery-campesinos",
        ],
    },
    {
        "slug": "observers-protest-season-review",
        "title": "Observers' call: protest season review",
        "summary": (
            "Observer teams from three countries look back on the protest season: "
            "records, detentions, and how the teams held up."
        ),
        "description": "Teams report for five minutes each, then we agree changes.",
        "format": "online_call",
        "organiser": "street-observers-network",
        "time_zone": "America/Mexico_City",
        "starts_in": -10,
        "start_time": "19:00",
        "end_time": "21:00",
        "attendance": "online",
        "languages": ["es"],
        "accessibility": "Automatic captions in Spanish; breaks every 45 minutes.",
        "capacity": 80,
        "registration_url": "https://example.org/street-observers-network/review",
        "topics": ["civic-space", "feminism"],
        "lessons": [
            "women-legal-observer-teams-feminist-marches-mexico",
            "legal-observer-brigades-chile-protest-wave",
        ],
    },
    {
        "slug": "forum-theatre-facilitator-training",
        "title": "Forum theatre facilitator training",
        "summary": (
            "Four days for new community facilitators: running forum theatre "
            "that links gas flaring, women's health and the companies' double "
            "standards."
        ),
        "description": (
            "Trainees practise with the collective's scenes and end by running a "
            "session for a real audience."
        ),
        "format": "training",
        "organiser": "creeks-womens-collective",
        "time_zone": "Africa/Lagos",
        "starts_in": 50,
        "ends_in": 53,
        "start_time": "09:30",
        "end_time": "16:30",
        "attendance": "in_person",
        "venue": "Women's centre",
        "town": "Port Harcourt",
        "country": "NG",
        "languages": ["en"],
        "accessibility": (
            "Transport from the creek communities is arranged; childcare on site; "
            "a rest room for breastfeeding mothers."
        ),
        "capacity": 20,
        "registration_url": "https://example.org/creeks-womens-collective/training",
        "topics": ["climate-justice", "feminism"],
        "lessons": ["forum-theatre-gas-flaring-womens-health-training"],
    },
    {
        "slug": "onboarding-that-lasts",
        "title": "Onboarding that lasts: a youth climate roundtable",
        "summary": (
            "Why our mentor programme collapsed, what replaced it, and what other "
            "youth networks have tried."
        ),
        "description": (
            "Former mentors speak first. Groups from other countries join online "
            "for the second hour."
        ),
        "format": "roundtable",
        "organiser": "savanna-youth-climate-network",
        "time_zone": "Africa/Nairobi",
        "starts_in": -90,
        "start_time": "14:00",
        "end_time": "17:00",
        "attendance": "both",
        "venue": "Youth centre",
        "town": "Nairobi",
        "country": "KE",
        "online_url": "https://example.org/savanna-youth-climate-network/live",
        "languages": ["sw"],
        "interpretation": ["en"],
        "accessibility": "Step-free venue; data bundles for online participants who ask.",
        "capacity": 40,
        "topics": ["climate-justice"],
        "lessons": [
            "youth-climate-onboarding-trainers-misfire-east-africa",
            "volunteer-ladder-first-contact-to-organiser",
        ],
    },
    {
        "slug": "heat-safe-schools-launch-call",
        "title": "Heat-safe schools: launch call",
        "summary": (
            "The online launch of the heat-safe schools campaign: the demands, the "
            "school survey and how chapters can take part."
        ),
        "description": "Breakout rooms in Swahili and English after the opening.",
        "format": "online_call",
        "organiser": "savanna-youth-climate-network",
        "time_zone": "Africa/Nairobi",
        "starts_in": 42,
        "start_time": "18:00",
        "end_time": "19:00",
        "attendance": "online",
        "languages": ["en", "sw"],
        "accessibility": "Live captions in English; slides sent a day ahead.",
        "registration_url": "https://example.org/savanna-youth-climate-network/launch",
        "topics": ["climate-justice", "civic-space"],
        "lessons": ["delivery-riders-heatwave-log-off-strike-delhi"],
    },
    {
        "slug": "riders-heat-hubs-field-visit",
        "title": "Riders' heat hubs: a field visit",
        "summary": (
            "An early-morning visit to two delivery hubs with the riders' "
            "committees: the rest points won, and what is still missing."
        ),
        "description": (
            "For unions, researchers and journalists who want to see the heat "
            "campaign on the ground. Riders lead the visit."
        ),
        "format": "field_visit",
        "organiser": "capital-riders-collective",
        "time_zone": "Asia/Kolkata",
        "starts_in": 18,
        "start_time": "06:30",
        "end_time": "10:00",
        "attendance": "in_person",
        "town": "Delhi",
        "country": "IN",
        "languages": ["hi"],
        "interpretation": ["en"],
        "accessibility": (
            "Mostly standing outdoors; the second hub is reached by shared "
            "auto-rickshaw, paid for by the collective."
        ),
        "capacity": 15,
        "registration_url": "https://example.org/capital-riders-collective/visit",
        "topics": ["labour", "climate-justice"],
        "lessons": ["delivery-riders-heatwave-log-off-strike-delhi"],
    },
    {
        "slug": "phone-safety-for-village-trainers",
        "title": "Phone safety for village trainers",
        "summary": (
            "An online refresher for village phone safety trainers: new threats, "
            "new questions from the villages, and practice in pairs."
        ),
        "description": "Bring the questions people asked you in your last session.",
        "format": "training",
        "organiser": "archipelago-land-reform-network",
        "time_zone": "Asia/Jakarta",
        "starts_in": -5,
        "start_time": "19:00",
        "end_time": "21:00",
        "attendance": "online",
        "languages": ["id"],
        "accessibility": "Works on a phone with a weak signal; audio only is fine.",
        "capacity": 35,
        "registration_url": "https://example.org/archipelago-land-reform-network/refresher",
        "topics": ["digital-security", "food-land"],
        "lessons": ["phone-hygiene-land-defenders", "digital-security-trainer-cohort"],
    },
    {
        "slug": "divestment-after-the-easy-wins",
        "title": "Divestment after the easy wins",
        "summary": (
            "Coal exclusions were the easy part. Campaigners from universities, "
            "pension funds and insurers discuss what it takes to move the rest."
        ),
        "description": (
            "Three short accounts, from a university, a pension fund and an "
            "insurer's AGM, then an open discussion."
        ),
        "format": "roundtable",
        "organiser": "ledger-climate-collective",
        "time_zone": "Europe/London",
        "starts_in": 30,
        "start_time": "17:00",
        "end_time": "18:30",
        "attendance": "online",
        "online_url": "https://example.org/ledger-climate-collective/roundtable",
        "languages": ["en"],
        "interpretation": ["fr", "nb"],
        "accessibility": "Live captions; the slides are sent to everyone who registers.",
        "capacity": 200,
        "registration_url": "https://example.org/ledger-climate-collective/register",
        "topics": ["finance", "climate-justice"],
        "lessons": [
            "glasgow-university-divestment-staff-and-students",
            "public-pension-divestment-retirees-union-locals",
            "shareholder-questions-insurer-agm",
        ],
    },
    {
        "slug": "tenant-organisers-convening",
        "title": "Tenant organisers' convening",
        "summary": (
            "The federation's yearly gathering: three days of workshops, building "
            "visits and planning for the winter campaign."
        ),
        "description": (
            "Workshops on pledge counts, door-knocking and phone banks, a visit to "
            "buildings organised by the Madrid section, and the federation "
            "assembly."
        ),
        "format": "convening",
        "organiser": "courtyard-tenants-federation",
        "time_zone": "Europe/Madrid",
        "starts_in": -120,
        "ends_in": -118,
        "start_time": "10:00",
        "end_time": "19:00",
        "attendance": "in_person",
        "venue": "Neighbourhood association hall",
        "town": "Madrid",
        "country": "ES",
        "languages": ["es", "en"],
        "interpretation": ["pl"],
        "accessibility": (
            "Step-free hall; hosted accommodation with members; travel bursaries "
            "for tenants on low incomes."
        ),
        "capacity": 90,
        "registration_url": "https://example.org/courtyard-tenants-federation/convening",
        "topics": ["housing"],
        "lessons": [
            "rent-strike-launched-too-early-madrid-block",
            "tenant-door-knock-script-rent-strike-readiness",
            "phonebank-tenant-assembly-followup",
        ],
    },
    {
        "slug": "court-watch-training",
        "title": "Court watch training",
        "summary": (
            "An evening training for new court watch volunteers: how eviction "
            "court works, what to record and how to support tenants in the hallway."
        ),
        "description": "In the union hall and online; bring a notebook.",
        "format": "training",
        "organiser": "lakeshore-tenants-union",
        "time_zone": "America/Chicago",
        "starts_in": 14,
        "start_time": "18:00",
        "end_time": "20:00",
        "attendance": "both",
        "venue": "Union hall",
        "town": "Milwaukee",
        "country": "US",
        "languages": ["en", "es"],
        "accessibility": (
            "Step-free entrance; Spanish and English in the room; dinner and "
            "childcare provided."
        ),
        "capacity": 40,
        "registration_url": "https://example.org/lakeshore-tenants-union/court-watch-training",
        "topics": ["housing", "anti-racism"],
        "lessons": ["doorstep-pledge-count-rent-strike"],
    },
]

#: Lessons shared by a movement, by lesson slug, with the campaign they were
#: learned in when there is one.
LESSON_LINKS = [
    {
        "lesson": "small-camp-spokescouncil-misfire-west-sweden",
        "movement": "saltmarsh-climate-camp",
        "campaign": "harbour-camp-2022",
    },
    {
        "lesson": "care-rota-feminist-climate-camp",
        "movement": "saltmarsh-climate-camp",
        "campaign": "harbour-camp-2022",
    },
    {
        "lesson": "lower-saxony-climate-camp-spokescouncil",
        "movement": "heathland-climate-camp",
        "campaign": "coal-line-blockade-2019",
    },
    {
        "lesson": "two-day-legal-observer-course-germany",
        "movement": "heathland-climate-camp",
        "campaign": "legal-observers-for-every-action",
    },
    {
        "lesson": "mutual-aid-medicine-exchange",
        "movement": "stairways-neighbourhood-network",
        "campaign": "neighbourhood-medicine-exchange",
    },
    {
        "lesson": "rent-strike-launched-too-early-madrid-block",
        "movement": "courtyard-tenants-federation",
        "campaign": "rent-strike-in-a-fund-owned-building",
    },
    {
        "lesson": "tenant-door-knock-script-rent-strike-readiness",
        "movement": "courtyard-tenants-federation",
        "campaign": "repairs-before-rent-rises",
    },
    {
        "lesson": "phonebank-tenant-assembly-followup",
        "movement": "courtyard-tenants-federation",
    },
    {
        "lesson": "glasgow-university-divestment-staff-and-students",
        "movement": "ledger-climate-collective",
        "campaign": "fossil-free-university-endowment",
    },
    {
        "lesson": "shareholder-questions-insurer-agm",
        "movement": "ledger-climate-collective",
        "campaign": "insurer-underwriting-resolution",
    },
    {
        "lesson": "public-pension-divestment-retirees-union-locals",
        "movement": "ledger-climate-collective",
        "campaign": "public-pensions-off-coal",
    },
    {
        "lesson": "agm-shareholder-questions-coal-company-misfire",
        "movement": "ledger-climate-collective",
    },
    {
        "lesson": "depositor-switch-regional-bank",
        "movement": "ledger-climate-collective",
    },
    {
        "lesson": "blockade-wetland-machinery-campesinos",
        "movement": "wetlands-and-water-assembly",
        "campaign": "save-the-communal-wetland",
    },
    {
        "lesson": "street-theatre-water-and-mining",
        "movement": "wetlands-and-water-assembly",
        "campaign": "water-before-the-mine",
    },
    {
        "lesson": "legal-observer-brigades-chile-protest-wave",
        "movement": "street-observers-network",
        "campaign": "observers-at-every-march",
    },
    {
        "lesson": "women-legal-observer-teams-feminist-marches-mexico",
        "movement": "street-observers-network",
        "campaign": "observers-at-every-march",
    },
    {
        "lesson": "forum-theatre-gas-flaring-womens-health-training",
        "movement": "creeks-womens-collective",
        "campaign": "flare-out-health-first",
    },
    {
        "lesson": "youth-climate-onboarding-trainers-misfire-east-africa",
        "movement": "savanna-youth-climate-network",
        "campaign": "chapter-mentors-programme",
    },
    {
        "lesson": "delivery-riders-heatwave-log-off-strike-delhi",
        "movement": "capital-riders-collective",
        "campaign": "heat-pause-for-riders",
    },
    {
        "lesson": "phone-hygiene-land-defenders",
        "movement": "archipelago-land-reform-network",
        "campaign": "no-concession-on-our-fields",
    },
    {
        "lesson": "doorstep-pledge-count-rent-strike",
        "movement": "lakeshore-tenants-union",
        "campaign": "repairs-first-rent-escrow",
    },
]

#: Resources shared by a movement: resource slug → movement slug.
RESOURCE_LINKS = {
    "legal-observer-field-handbook": "heathland-climate-camp",
    "policing-of-climate-camps-evaluation": "heathland-climate-camp",
    "action-camp-site-plan-checklist": "saltmarsh-climate-camp",
    "consensus-facilitation-cards": "saltmarsh-climate-camp",
    "rent-strike-pledge-card": "courtyard-tenants-federation",
    "divestment-campaign-research-guide": "ledger-climate-collective",
    "pension-shareholder-action-evaluation": "ledger-climate-collective",
    "community-seed-bank-guide": "wetlands-and-water-assembly",
    "know-your-rights-on-the-move-toolkit": "stairways-neighbourhood-network",
    "holding-the-door-eviction-defence-film": "lakeshore-tenants-union",
}
