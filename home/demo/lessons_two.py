"""Demo lessons, second half: turnout, finance, strikes, occupations, care, security and land."""

LESSONS = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "doorstep-pledge-count-rent-strike",
        "title": "Doorstep pledge counts: how we knew our building was ready for a rent strike",
        "summary": (
            "A tenants' committee in a 140-unit building used structured doorstep conversations "
            "and a written pledge count to decide when to start a rent strike, instead of guessing "
            "from who turned up to meetings."
        ),
        "format": "tactic_guide",
        "result": "worked",
        "scale": "local",
        "countries": ["US"],
        "started": "2021-09",
        "ended": "2022-04",
        "problem": (
            "Our landlord announced a 14% rent increase after two winters of broken heating. Meetings "
            "drew about twenty people out of 140 units, and the loudest voices decided what 'the building' "
            "thought."
            "\n\n"
            "Striking with a minority would have left a few households exposed to eviction. We needed an "
            "honest count of who was really in, floor by floor, in English, Spanish and Cantonese."
        ),
        "activities": [
            {
                "title": "Map every unit",
                "description": (
                    "A wall chart with one box per unit, the language spoken and known repair problems. "
                    "Each floor got a captain who lived on it."
                ),
                "duration": "one week",
            },
            {
                "title": "Train pairs in a ten-minute conversation",
                "description": (
                    "Pairs practised: ask about repairs and listen, share your own story, then ask for one "
                    "concrete commitment. After each door they rated the tenant from 1 (signed pledge) to "
                    "4 (opposed). We role-played the polite 'maybe' until nobody wrote it down as a yes."
                ),
                "duration": "two evenings",
            },
            {
                "title": "Knock in waves and go back",
                "description": (
                    "Saturday mornings and weeknight evenings, in pairs that spoke the tenant's language. "
                    "Most pledges came on the second or third visit."
                ),
                "duration": "seven weeks",
            },
            {
                "title": "Agree the threshold before counting",
                "description": (
                    "An assembly agreed in advance: no strike below 60% of units with a written pledge, and "
                    "all withheld rent goes into escrow. Fixing the number first stopped later arguments."
                ),
                "duration": "one meeting",
            },
            {
                "title": "Launch and keep counting",
                "description": (
                    "We recounted weekly and visited anyone whose escrow payment was late before rumours spread."
                ),
                "duration": "ten weeks",
            },
        ],
        "outcomes": (
            "We reached 88 signed pledges (63%) after seven weeks. In the first month 81 units paid into "
            "escrow. After ten weeks the landlord's agent came to the table: the increase was cut to 4% "
            "and a dated repair schedule was signed. One eviction case was filed against a striker and "
            "withdrawn as part of the settlement."
            "\n\n"
            "Early ratings were inflated because volunteers wanted good news, two households dropped out "
            "after a threatening letter, and shift workers were hard to reach at any hour."
        ),
        "what_we_would_change": (
            "We would start counting much earlier, before anyone talks about a date, and we would add "
            "short phone follow-ups for night-shift workers we had already met at the door."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Unequal risk",
                "description": (
                    "Tenants with vouchers or insecure immigration status carry more risk. Ask, never "
                    "pressure, and offer roles that do not involve withholding rent."
                ),
            },
        ],
        "context": {
            "political": "The city had weak rent regulation and a council that avoided tenant issues before elections.",
            "coalition": "A citywide tenant union lent a trainer; a legal aid clinic reviewed our escrow plan.",
            "media": "We stayed out of the press until launch day so the landlord could not pick off organisers early.",
            "legal": (
                "There is no general right to withhold rent in our state. Our lawyer advised documented "
                "escrow and repair records so that any eviction case could be defended on habitability."
            ),
        },
        "topics": ["housing"],
        "tactics": ["door-knocking", "rent-strike"],
        "audiences": ["tenants-workers", "new-volunteers"],
        "bottlenecks": ["recruitment"],
        "tags": ["pledge count", "escrow", "multilingual"],
        "signals": [
            {
                "metric": "turnout",
                "label": "Units committed to the strike (meeting attendance before, signed pledges after)",
                "baseline": 20,
                "result": 88,
                "unit": "units",
                "effect": "improved",
                "evidence": "Wall chart and signed pledge forms, checked against the unit list.",
                "factors": "Repeat visits in the tenant's own language and a threshold agreed in advance.",
            },
        ],
        "adapted_from": [],
        "related": [
            "phonebank-tenant-assembly-followup",
            "strike-ballot-phonebank-health-workers",
        ],
        "authors": [
            {
                "name": "Organising committee of a tenants' association in a 140-unit building",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; the citywide tenant union lent printed materials and a trainer.",
        "origin": "Written by the committee at a debrief six months after the settlement, using the wall chart and escrow records.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "digital-security-trainer-cohort",
        "title": "A six-month cohort to grow digital security trainers inside movements, not outside them",
        "summary": (
            "Instead of inviting outside experts for one-off lectures, a network of civic groups trained "
            "eighteen of its own organisers to become digital security trainers, with teach-back practice "
            "and peer review."
        ),
        "format": "training",
        "result": "worked",
        "scale": "national",
        "countries": ["KR"],
        "started": "2019-03",
        "ended": "2019-09",
        "problem": (
            "After police obtained subscriber data and chat logs in a case against labour organisers, "
            "every group wanted a digital security training. The few experts available gave jargon-heavy "
            "lectures, left, and nothing changed. There was nobody to ask a week later when a phone was "
            "lost or a chat group leaked."
            "\n\n"
            "Demand was far beyond what three or four specialists could meet, and they did not know "
            "how our groups actually worked."
        ),
        "activities": [
            {
                "title": "Recruit through groups, not individuals",
                "description": (
                    "Each member group nominated one person and promised them four hours a month for "
                    "training work. We accepted 18 people from 11 groups, at least half of them women."
                ),
                "duration": "one month",
            },
            {
                "title": "Start from the group's own threat model",
                "description": (
                    "Over four weekend sessions, participants mapped what their own group protects, from "
                    "whom, and what happens if it leaks. Tools came only after that, and only the ones "
                    "that answered a real risk."
                ),
                "duration": "two months",
            },
            {
                "title": "Teach-back with a peer observer",
                "description": (
                    "Each participant ran a 90-minute session for their own group while another cohort "
                    "member observed with a short feedback form. We discussed the forms together."
                ),
                "duration": "two months",
            },
            {
                "title": "Write one shared curriculum",
                "description": (
                    "Modules, slides and handouts in plain Korean, owned by the network and reviewed every "
                    "quarter so outdated advice gets removed."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Monthly peer call",
                "description": "A standing call for questions, incidents and corrections, with one specialist on hand.",
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "Sixteen of eighteen finished the cohort. In the following year they ran 74 sessions for "
            "roughly 900 people, against nine expert-led sessions the year before. Twelve were still "
            "training a year later."
            "\n\n"
            "Advanced problems, such as a possibly compromised phone, still needed specialists. Two trainers "
            "repeated outdated advice about a messaging app for months before the quarterly review caught it."
        ),
        "what_we_would_change": (
            "We would pay trainers a small stipend from the start and set up a named specialist on call, "
            "so cohort members are never alone with a question beyond their depth."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "False confidence",
                "description": "A short course can make people feel safe when they are not. Teach the limits of every tool.",
            },
            {
                "risk": "low",
                "title": "Stale material",
                "description": "Apps and laws change. Without a review date, a curriculum quietly becomes wrong.",
            },
        ],
        "context": {
            "political": "Labour and civic groups faced investigations in which phone records were central evidence.",
            "coalition": "Eleven groups shared the work; larger unions offered rooms, smaller groups brought most trainers.",
            "media": "We kept the project low-profile and published only the curriculum.",
            "legal": (
                "Investigators can obtain subscriber information from carriers with little oversight, so the "
                "training focused on what data exists and who holds it."
            ),
        },
        "topics": ["digital-security"],
        "tactics": ["training-of-trainers"],
        "audiences": ["trainers"],
        "bottlenecks": ["digital-risk"],
        "tags": ["threat modelling", "curriculum", "peer review"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "Cohort trainers still running sessions twelve months later",
                "baseline": None,
                "result": 12,
                "unit": "trainers",
                "effect": "improved",
                "evidence": "Session log kept by the network coordinator.",
                "factors": "Groups protected their trainer's time, and the monthly call kept people connected.",
            },
            {
                "metric": "other",
                "label": "Digital security sessions run per year",
                "baseline": 9,
                "result": 74,
                "unit": "sessions",
                "effect": "improved",
                "evidence": "Expert sessions counted from the previous year's reports; cohort sessions from the log.",
                "factors": "More trainers, and sessions inside existing group meetings rather than special events.",
            },
        ],
        "adapted_from": [],
        "related": [
            "phone-hygiene-land-defenders",
            "legal-observer-training-campus-protests",
        ],
        "authors": [
            {
                "name": "Coordinating group of a digital security trainers' network",
                "anonymous": False,
            },
        ],
        "funding": "A small grant from a domestic human rights foundation covered venues and meals; trainers were unpaid.",
        "origin": "Compiled from feedback forms, the session log and a closing workshop with the cohort.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "care-rota-feminist-climate-camp",
        "title": "A care rota for a climate action camp: naming the invisible work before it lands on the same people",
        "summary": (
            "Our feminist climate collective turned the unseen work of a five-day camp (cooking, cleaning, "
            "comforting, childcare, arrestee support) into a visible rota with a cap on hours, and the core "
            "team finished the camp without anyone collapsing."
        ),
        "format": "template",
        "result": "worked",
        "scale": "local",
        "countries": ["SE"],
        "started": "2022-04",
        "ended": "2022-08",
        "problem": (
            "At our previous camp, eight core members, nearly all women, cooked, cleaned, calmed people after "
            "the police kettle and phoned worried parents, while mostly men planned actions and gave interviews. "
            "Three of the eight left within a month."
            "\n\n"
            "None of that work appeared in any plan, so nobody saw it until it was missing."
        ),
        "activities": [
            {
                "title": "Inventory the invisible work",
                "description": (
                    "We listed every task from the last camp, including ones nobody calls work: comforting, "
                    "lost property, waiting outside the police station, night watch."
                ),
                "duration": "one evening",
            },
            {
                "title": "Turn it into rota blocks",
                "description": (
                    "Tasks became three-hour blocks. Registration required every participant to pick two "
                    "blocks. The template has columns for task, block, name, backup and a daily hours total "
                    "that may not pass six hours for anyone, planning included."
                ),
                "duration": "two weeks",
            },
            {
                "title": "A care team with real authority",
                "description": (
                    "Each shift had a care lead, separate from the action team, who could send anyone, "
                    "including core members, to rest."
                ),
                "duration": "camp week",
            },
            {
                "title": "Daily check-in and a stop signal",
                "description": (
                    "Twenty minutes every morning by affinity group, with an agreed signal anyone could use "
                    "to say 'I am at my limit' without explaining."
                ),
                "duration": "camp week",
            },
            {
                "title": "Debrief with the hours on the table",
                "description": "We compared the hours tally by person and by gender before talking about the actions.",
                "duration": "one afternoon",
            },
        ],
        "outcomes": (
            "About 310 people came and 96% of rota blocks were filled. The longest day any core member "
            "worked dropped from around fourteen hours to eight. All nine core members stayed on for the "
            "next year. Men took 52% of kitchen and cleaning blocks, up from roughly a fifth."
            "\n\n"
            "Action planning was still dominated by experienced men, and some participants found the rota "
            "bureaucratic. A handful of blocks had no-shows on the last day."
        ),
        "what_we_would_change": (
            "Next time we would apply the same rota logic to action planning and media roles, not only to "
            "care work, so the visible jobs rotate too."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "A rota is not a culture change",
                "description": "It shifts tasks, not who is listened to. Pair it with facilitation that shares the floor.",
            },
        ],
        "context": {
            "political": "A national government rolling back climate targets gave the camp a clear target and momentum.",
            "coalition": "Youth climate groups co-organised; we held the care and logistics side.",
            "media": "Media focused on the port blockade; the care work was never mentioned, which we expected.",
            "legal": "The camp had a municipal permit; the blockade did not, and arrestee support was part of the rota.",
        },
        "topics": ["feminism", "climate-justice"],
        "tactics": ["action-camp"],
        "audiences": ["organisers", "coordinators"],
        "bottlenecks": ["burnout"],
        "tags": ["care work", "rota", "camp"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "Core team members still active six months after the camp",
                "baseline": 5,
                "result": 9,
                "unit": "people",
                "effect": "improved",
                "evidence": "Baseline: five of eight after the previous camp. Result: nine of nine.",
                "factors": "Capped hours and a care lead who could enforce rest, even on core members.",
            },
            {
                "metric": "other",
                "label": "Share of kitchen and cleaning blocks done by men",
                "baseline": 20,
                "result": 52,
                "unit": "%",
                "effect": "improved",
                "evidence": "Counted from the filled rota sheets; the baseline is our estimate from the year before.",
                "factors": "Blocks were chosen at registration, before people settled into familiar roles.",
            },
        ],
        "adapted_from": [],
        "related": ["rotating-roles-climate-coalition", "rescue-crew-rest-and-debrief"],
        "authors": [
            {
                "name": "Care working group of a feminist climate collective",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; camp fees on a sliding scale covered food and the rota printing.",
        "origin": "Written by the care working group from the rota sheets and the post-camp debrief.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "shareholder-questions-insurer-agm",
        "title": "We bought shares to question an insurer about fossil fuels at its AGM. Nobody was listening.",
        "summary": (
            "A climate finance group bought a handful of shares in a listed insurer to table a resolution "
            "on fossil fuel underwriting and investments. It won under 1% of the vote and almost no "
            "coverage. Here is what we would do differently."
        ),
        "format": "tactic_guide",
        "result": "misfire",
        "scale": "national",
        "countries": ["NO"],
        "started": "2020-10",
        "ended": "2021-05",
        "problem": (
            "The insurer advertised itself as green while insuring and investing in oil and gas expansion. "
            "Two years of letters got polite replies and no change. We wanted to raise the issue inside the "
            "company, where management could not simply ignore it."
        ),
        "activities": [
            {
                "title": "Buy shares",
                "description": "Ten members each bought one share, enough to attend, speak and request an agenda item.",
                "duration": "two weeks",
            },
            {
                "title": "Draft and submit a proposal",
                "description": (
                    "We wrote a resolution asking for a phase-out plan for new fossil fuel underwriting and "
                    "submitted it before the deadline for the notice of meeting."
                ),
                "duration": "two months",
            },
            {
                "title": "Prepare questions",
                "description": "Five short questions on specific clients and dates, rehearsed so each fitted in one minute.",
                "duration": "three weeks",
            },
            {
                "title": "Attend and go to press",
                "description": "Members attended the hybrid meeting, asked the questions, and we sent a press release the same day.",
                "duration": "one day",
            },
        ],
        "outcomes": (
            "The board recommended a vote against. The resolution got 0.6% of votes cast. We had never spoken "
            "to the large asset managers who held most of the shares, so they followed the board. One trade "
            "publication covered it; national media did not. Months later the company's sustainability "
            "report cited 'constructive dialogue with shareholder activists' as evidence of engagement."
        ),
        "what_we_would_change": (
            "The real audience was a dozen institutional investors, not the room. We would spend the six "
            "months before the meeting finding one of them to co-file and frame the ask as financial risk, "
            "and we would only file when we knew the vote would make news."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Your presence can be used as greenwash",
                "description": "A company can cite dialogue with activists as proof it listens. Decide in advance how you will respond.",
            },
            {
                "risk": "low",
                "title": "A low vote becomes the story",
                "description": "A tiny result can be read as proof that investors disagree with you.",
            },
        ],
        "context": {
            "political": "Climate finance was debated nationally, but mostly about the state's own funds, not private insurers.",
            "coalition": "We acted alone. Environmental groups with investor contacts were busy with other campaigns.",
            "media": "Journalists saw shareholder resolutions as routine unless large investors were involved.",
            "legal": (
                "Any shareholder may attend, ask questions and request an agenda item in writing in good time "
                "before the notice of meeting; the board may still recommend against it."
            ),
        },
        "topics": ["finance", "climate-justice"],
        "tactics": ["shareholder-action", "divestment"],
        "audiences": ["media-teams", "organisers"],
        "bottlenecks": ["media-attention"],
        "tags": ["agm", "insurance", "resolution"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Votes cast in favour of the resolution",
                "baseline": None,
                "result": 0.6,
                "unit": "%",
                "effect": "no_change",
                "evidence": "Published voting results from the AGM minutes.",
                "factors": "No institutional investor was approached before the meeting.",
            },
            {
                "metric": "media_reach",
                "label": "News articles mentioning the resolution",
                "baseline": None,
                "result": 1,
                "unit": "articles",
                "effect": "no_change",
                "evidence": "Media monitoring for two weeks after the AGM.",
                "factors": "No news hook beyond the meeting itself, and no big investor voices.",
            },
        ],
        "adapted_from": [],
        "related": ["depositor-switch-regional-bank"],
        "authors": [
            {
                "name": "Finance working group of a climate action network",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; members paid for their own shares.",
        "origin": "Written by the working group a year after the AGM, from minutes, vote results and media monitoring.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "phonebank-tenant-assembly-followup",
        "title": "Phoning tenants we had never met: why our call script for a housing assembly fell flat",
        "summary": (
            "We adapted a doorstep pledge-count method into a phone script to turn out municipal tenants "
            "from three towns for a regional housing assembly. Cold lists produced polite yeses, a half-empty "
            "hall and a burnt-out phone team."
        ),
        "format": "template",
        "result": "misfire",
        "scale": "regional",
        "countries": ["PL"],
        "started": "2023-02",
        "ended": "2023-04",
        "problem": (
            "Municipal tenants in three towns faced rent revisions and years of unrepaired damp. We wanted an "
            "assembly big enough to impress the councils, but our groups were small and the towns far apart."
            "\n\n"
            "We had 1,150 phone numbers from a petition collected two years earlier."
        ),
        "activities": [
            {
                "title": "Adapt the doorstep script for the phone",
                "description": (
                    "We shortened the doorstep conversation to four minutes: ask about damp and rent, listen, "
                    "then ask 'Will you come on Saturday the 25th?'. Callers rated each answer from 1 to 4. "
                    "The template has fields for the name, town, problem mentioned, rating and a callback time."
                ),
                "duration": "one week",
            },
            {
                "title": "Recruit an online phone team",
                "description": "Fourteen volunteers, most of them students new to the movement, joined evening video-call sessions.",
                "duration": "two weeks",
            },
            {
                "title": "Call the list",
                "description": (
                    "Over three weeks we dialled every number. About 38% answered; 210 people said yes. "
                    "Many numbers were dead or belonged to people who had moved."
                ),
                "duration": "three weeks",
            },
            {
                "title": "Remind by text",
                "description": "Everyone who said yes got a text reminder the day before.",
                "duration": "one day",
            },
        ],
        "outcomes": (
            "47 tenants came, fewer than the 60 at the previous assembly, which we had promoted with leaflets "
            "only. About half of those present came through existing tenant groups, not the calls. The 1-to-4 "
            "rating was meaningless on the phone: you cannot see the hesitation behind a yes. Many people "
            "assumed an unknown number was a scam or a sales call."
            "\n\n"
            "The phone team shrank from fourteen to four. Hearing 'yes, sure' and then seeing an empty room "
            "made volunteers feel they had failed."
        ),
        "what_we_would_change": (
            "Phones are for following up with people you have already met, not for first contact. We would "
            "knock in one block per town first, then call only those people, and we would warn new volunteers "
            "honestly about what cold calling feels like."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Stale lists",
                "description": "Petition data ages fast. Check consent and freshness before you build a campaign on it.",
            },
            {
                "risk": "medium",
                "title": "Burning new volunteers",
                "description": "Putting newcomers on the hardest, least rewarding task is a fast way to lose them.",
            },
        ],
        "context": {
            "political": "Councils were cutting housing budgets and blamed central government for rent revisions.",
            "coalition": "Three small tenant groups shared the assembly; only one had experience of phone work.",
            "media": "Local papers promised coverage if the assembly was large; after the turnout they did not come.",
            "legal": "Calling supporters who had signed a petition was allowed, but the old consent wording was vague.",
        },
        "topics": ["housing"],
        "tactics": ["phone-banking", "volunteer-pipeline"],
        "audiences": ["new-volunteers", "tenants-workers"],
        "bottlenecks": ["retention"],
        "tags": ["call script", "turnout", "cold calling"],
        "signals": [
            {
                "metric": "turnout",
                "label": "Tenants at the regional assembly",
                "baseline": 60,
                "result": 47,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Sign-in sheet at the door, compared with the previous assembly's sheet.",
                "factors": "Cold numbers, no prior relationship, and scam-call fatigue.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Phone bank volunteers still active after three weeks",
                "baseline": 14,
                "result": 4,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Attendance at the evening call sessions.",
                "factors": "Low answer rates and a gap between promises and turnout demoralised the team.",
            },
        ],
        "adapted_from": [
            {
                "slug": "doorstep-pledge-count-rent-strike",
                "what_changed": (
                    "We kept the structured conversation and the 1-to-4 rating but moved it from doorsteps to "
                    "the phone because our tenants were spread over three towns. That removed exactly the "
                    "face-to-face trust that made the method work."
                ),
            },
        ],
        "related": [
            "doorstep-pledge-count-rent-strike",
            "strike-ballot-phonebank-health-workers",
        ],
        "authors": [
            {
                "name": "Coordinating group of a regional municipal tenants' alliance",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; a member union lent its video-call account.",
        "origin": "Written from call sheets, the sign-in list and an exit conversation with the volunteers who left.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "phone-hygiene-land-defenders",
        "title": "Phone safety sessions for village land defenders, taught by people from the villages",
        "summary": (
            "We adapted a trainer-cohort model from city civic groups for farming communities contesting a "
            "plantation concession, where phones are shared, signal is weak and the main risk is criminal "
            "charges built from chat screenshots."
        ),
        "format": "training",
        "result": "mixed",
        "scale": "regional",
        "countries": ["ID"],
        "started": "2020-08",
        "ended": "2021-06",
        "problem": (
            "Farmers in several villages were resisting a plantation concession on land they had worked for "
            "generations. Police took leaders' phones, and screenshots from village chat groups were used to "
            "bring charges under speech and electronic information laws."
            "\n\n"
            "City trainings relied on slides, online tools and jargon. People nodded and changed nothing."
        ),
        "activities": [
            {
                "title": "Let village meetings choose trainers",
                "description": (
                    "Six villages chose nine trainers, four of them women, because women's phones are often "
                    "the shared family phone and they knew how it was used."
                ),
                "duration": "one month",
            },
            {
                "title": "Five habits, printed on cards",
                "description": (
                    "Screen lock; disappearing messages in action groups; a separate group for logistics; "
                    "photos of bulldozers and boundary markers backed up to a trusted contact; and a plan for "
                    "what to do if a phone is seized. Cards were printed in the local language, no internet needed."
                ),
                "duration": "two months",
            },
            {
                "title": "Practice at a regional gathering",
                "description": "Three days of rehearsal, each trainer teaching one session with feedback.",
                "duration": "three days",
            },
            {
                "title": "Village sessions where people already meet",
                "description": (
                    "Short sessions after farmer group meetings and prayers, changing phone settings together."
                ),
                "duration": "three months",
            },
            {
                "title": "Monthly follow-up visits",
                "description": "Trainers spot-checked leaders' phones, with permission, and fixed settings that had been undone.",
                "duration": "six months",
            },
        ],
        "outcomes": (
            "Around 260 people took part in six villages. Screen locks on leaders' phones rose from about a "
            "third to three in four at spot-checks, and four of seven action chat groups switched on "
            "disappearing messages."
            "\n\n"
            "The limits were hard. When two farmers were detained, one unlocked his phone at the police post "
            "under pressure; habits do not protect against coercion. On shared phones, children reset locks. "
            "Five of the nine trainers stopped during harvest and did not restart."
        ),
        "what_we_would_change": (
            "We would plan around the farming calendar, and we would talk about structure, not only habits: "
            "what should never be on a phone at all, and who needs to know what."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Habits do not survive coercion",
                "description": "Prepare people for seizure and pressure, and keep sensitive information off phones in the first place.",
            },
            {
                "risk": "medium",
                "title": "Shared devices",
                "description": "A lock helps little when a whole family uses one phone. Ask who uses it first.",
            },
        ],
        "context": {
            "political": "Local officials backed the concession, and land defenders were often framed as obstructing development.",
            "coalition": "A regional agrarian reform network connected the villages; a legal aid institute took the criminal cases.",
            "media": "We avoided publicity about the trainings themselves.",
            "legal": "Speech and electronic information laws have been used widely against land defenders and critics.",
        },
        "topics": ["digital-security", "food-land"],
        "tactics": ["training-of-trainers"],
        "audiences": ["trainers", "organisers"],
        "bottlenecks": ["digital-risk", "repression"],
        "tags": ["offline", "shared phones", "rural"],
        "signals": [
            {
                "metric": "other",
                "label": "Leaders' phones with a screen lock at spot-check",
                "baseline": 34,
                "result": 76,
                "unit": "%",
                "effect": "improved",
                "evidence": "Voluntary spot-checks of about 40 leaders' phones before and after the sessions.",
                "factors": "Hands-on sessions with trusted neighbours rather than outside lecturers.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Village trainers still running sessions after six months",
                "baseline": None,
                "result": 4,
                "unit": "trainers",
                "effect": "unclear",
                "evidence": "Trainers' own reports at the follow-up visits.",
                "factors": "Harvest season and unpaid time; we did not plan around either.",
            },
        ],
        "adapted_from": [
            {
                "slug": "digital-security-trainer-cohort",
                "what_changed": (
                    "We kept training people from inside the groups and the teach-back practice, but replaced "
                    "the tool-heavy curriculum with five habits on printed cards, worked fully offline, and let "
                    "village meetings choose trainers instead of organisations."
                ),
            },
        ],
        "related": [
            "digital-security-trainer-cohort",
            "blockade-wetland-machinery-campesinos",
        ],
        "authors": [
            {
                "name": "Training team of a regional agrarian reform network",
                "anonymous": False,
            },
        ],
        "funding": "A small grant from an international digital rights fund paid for printing, travel and the gathering.",
        "origin": "Written from trainers' visit notes and a review meeting held in one of the villages.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "rotating-roles-climate-coalition",
        "title": "Rotating the coordination of a national climate coalition to break the 'always the same people' problem",
        "summary": (
            "A climate coalition turned a camp care rota into rotating, paired, time-limited coordination roles, "
            "using feminist assembly methods. The load spread and more women became spokespeople, but decisions "
            "slowed and two groups left."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "national",
        "countries": ["AR"],
        "started": "2021-03",
        "ended": "2022-06",
        "problem": (
            "Our coalition of about thirty groups was run in practice by five people, mostly men from the capital, "
            "who also did every interview. Women did the minutes and logistics. Provincial groups felt like an "
            "audience, and two of the five were close to collapse."
        ),
        "activities": [
            {
                "title": "Map all coordination work, including the invisible part",
                "description": (
                    "Over two assemblies we listed every task, borrowing the inventory method from a camp care "
                    "rota: minutes, chasing replies, phoning upset members, booking rooms, press."
                ),
                "duration": "one month",
            },
            {
                "title": "Paired roles that rotate every four months",
                "description": (
                    "Each role went to a pair: one experienced, one new, with gender parity and at least one "
                    "person from outside the capital in every pair."
                ),
                "duration": "one year",
            },
            {
                "title": "Feminist assembly methods",
                "description": (
                    "Speaking lists alternating by gender, time caps, and a rule that whoever has not spoken "
                    "goes first, taken from the assembly traditions of the feminist movement."
                ),
                "duration": "every assembly",
            },
            {
                "title": "Handover notes and shadowing",
                "description": "Two weeks of overlap and a written handover at every rotation.",
                "duration": "two weeks per rotation",
            },
            {
                "title": "Review after a year",
                "description": "An open assembly and a short survey of all member groups.",
                "duration": "one month",
            },
        ],
        "outcomes": (
            "Thirty-one people held coordination roles during the year, compared with five before. Women and "
            "non-binary people made about 60% of media appearances, up from roughly 15%. Nobody in a role "
            "reported the exhaustion of the previous period."
            "\n\n"
            "But decisions slowed. When offshore oil exploration permits were approved, our statement came out "
            "nine days later, long after the news cycle. Two groups left, describing the process as endless."
        ),
        "what_we_would_change": (
            "We would keep rotation but create a small rapid-response pair with a clear mandate to speak within "
            "48 hours, accountable to the next assembly."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Process can eat speed",
                "description": "Shared power needs a fast lane for urgent decisions or you lose the moment.",
            },
        ],
        "context": {
            "political": "Economic crisis made extraction projects popular with government as a source of foreign currency.",
            "coalition": "Member groups ranged from neighbourhood assemblies to national NGOs with staff.",
            "media": "National media preferred familiar faces; new spokespeople needed coaching and persistence.",
            "legal": "No particular legal risk for coordination itself; some member groups faced protest charges.",
        },
        "topics": ["feminism", "climate-justice"],
        "tactics": ["coalition-building"],
        "audiences": ["coordinators"],
        "bottlenecks": ["decision-making", "burnout"],
        "tags": ["rotation", "assemblies", "spokespeople"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "People holding coordination roles during the year",
                "baseline": 5,
                "result": 31,
                "unit": "people",
                "effect": "improved",
                "evidence": "Role register kept by the secretariat pair.",
                "factors": "Paired, time-limited roles made it easier to say yes.",
            },
            {
                "metric": "other",
                "label": "Share of media appearances by women and non-binary spokespeople",
                "baseline": 15,
                "result": 60,
                "unit": "%",
                "effect": "improved",
                "evidence": "Count of interviews and press events logged by the media pair.",
                "factors": "Parity rule in the media role and coaching before each interview.",
            },
            {
                "metric": "other",
                "label": "Days from a major event to a coalition statement",
                "baseline": 2,
                "result": 9,
                "unit": "days",
                "effect": "worsened",
                "evidence": "Dates of statements compared with the dates of the events.",
                "factors": "Every statement went to a full assembly; nobody had a mandate to act fast.",
            },
        ],
        "adapted_from": [
            {
                "slug": "care-rota-feminist-climate-camp",
                "what_changed": (
                    "We took the inventory of invisible work and the idea of capped, rotating blocks from a camp "
                    "rota and applied it to year-round coalition coordination, with paired roles instead of "
                    "three-hour shifts."
                ),
            },
        ],
        "related": ["care-rota-feminist-climate-camp", "rescue-crew-rest-and-debrief"],
        "authors": [
            {
                "name": "Coordination team of a national climate justice coalition",
                "anonymous": False,
            },
        ],
        "funding": "No external funding for coordination; member groups covered travel to assemblies.",
        "origin": "Written from the one-year review assembly and a survey of member groups.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 8
    {
        "slug": "depositor-switch-regional-bank",
        "title": "Moving our accounts away from a regional bank that lends to coal: a pledge campaign the bank never noticed",
        "summary": (
            "Learning from a failed AGM resolution elsewhere, we combined shareholder questions at a regional "
            "bank with a depositor pledge to switch accounts. After a year, 140 accounts had moved and the bank "
            "never had to respond."
        ),
        "format": "case_study",
        "result": "misfire",
        "scale": "regional",
        "countries": ["JP"],
        "started": "2021-04",
        "ended": "2022-06",
        "problem": (
            "A regional bank was a lead lender for expanding a coal power station on our coast. Fishing families "
            "and parents worried about air quality. The bank is part of daily life here: salaries, pensions and "
            "the town hall all run through it."
        ),
        "activities": [
            {
                "title": "Shareholder presence without a resolution",
                "description": (
                    "Having read that a resolution mostly reached an empty room, we did not file one. Six "
                    "members who already held shares prepared questions for the AGM."
                ),
                "duration": "two months",
            },
            {
                "title": "Depositor pledge cards",
                "description": "At markets and school events we asked people to pledge to move their account. Target: 1,000.",
                "duration": "nine months",
            },
            {
                "title": "A place to move to",
                "description": "A local credit cooperative agreed to help switchers and explain its lending.",
                "duration": "ongoing",
            },
            {
                "title": "Questions at the AGM and delivery of pledges",
                "description": "We asked our questions and handed the pledge list to the investor relations office.",
                "duration": "one day",
            },
        ],
        "outcomes": (
            "We collected 390 pledges, but only about 140 accounts actually moved. The bank answered our AGM "
            "questions with prepared lines about 'transition finance', and its lending policy did not change. "
            "The local paper, which carries the bank's advertising, did not report on it."
            "\n\n"
            "Switching cost people far more than signing: pensions, mortgages and salary payments are tied to "
            "the account, and in a small town being seen as a troublemaker matters. The expansion was later "
            "shelved for economic reasons; we cannot honestly claim any part in that."
        ),
        "what_we_would_change": (
            "We would target institutions, such as the town council, a school fund or the fishing cooperative, "
            "whose deposits the bank would notice, rather than asking individuals to carry the cost alone."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "The ask costs more than it looks",
                "description": "Moving a bank account is a real burden for older and low-income people. Do not measure loyalty by it.",
            },
            {
                "risk": "low",
                "title": "Social visibility",
                "description": "In small communities, public pledges can strain relationships with neighbours who work at the bank.",
            },
        ],
        "context": {
            "political": "National policy still treated coal as part of the energy mix, with talk of co-firing as a solution.",
            "coalition": "Fishing families, parents' groups and a national climate finance NGO that gave research support.",
            "media": "Regional media depended on the bank as an advertiser and sponsor.",
            "legal": "Shareholders may attend and ask questions; filing a proposal requires a minimum holding we did not have.",
        },
        "topics": ["finance", "climate-justice"],
        "tactics": ["divestment", "shareholder-action", "boycott"],
        "audiences": ["organisers"],
        "bottlenecks": ["recruitment"],
        "tags": ["banking", "coal", "pledges"],
        "signals": [
            {
                "metric": "other",
                "label": "Accounts actually moved (target was 1,000)",
                "baseline": None,
                "result": 140,
                "unit": "accounts",
                "effect": "unclear",
                "evidence": "Switch confirmations counted by the credit cooperative and self-reports.",
                "factors": "Pensions and salaries tied to the bank; social pressure in a small town.",
            },
            {
                "metric": "policy_win",
                "label": "Changes to the bank's coal lending policy",
                "baseline": 0,
                "result": 0,
                "unit": "changes",
                "effect": "no_change",
                "evidence": "Bank's published policies and integrated reports before and after.",
                "factors": "Deposits moved were too small to matter to the bank.",
            },
        ],
        "adapted_from": [
            {
                "slug": "shareholder-questions-insurer-agm",
                "what_changed": (
                    "We kept a shareholder presence at the AGM but dropped the resolution, because a tiny vote "
                    "had become the story elsewhere, and added a depositor pledge so pressure came from customers too."
                ),
            },
        ],
        "related": [
            "shareholder-questions-insurer-agm",
            "boycott-supermarket-tomato-wages",
        ],
        "authors": [
            {"name": "Residents' climate group in a coastal town", "anonymous": False},
        ],
        "funding": "No external funding; printing was paid by member donations.",
        "origin": "Written by the group after it wound the campaign down, with input from the credit cooperative.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 9
    {
        "slug": "strike-ballot-phonebank-health-workers",
        "title": "Phone banking for a strike ballot: delegates calling the colleagues they work beside",
        "summary": (
            "A health workers' union trained workplace delegates to phone their own colleagues during a strike "
            "ballot, using a tenant call script but calling only people they already knew. Turnout rose from "
            "41% to 78%."
        ),
        "format": "training",
        "result": "worked",
        "scale": "national",
        "countries": ["NZ"],
        "started": "2022-05",
        "ended": "2022-08",
        "problem": (
            "In the last ballot only 41% of members voted. The employer used that to say strike support was a "
            "minority view. Members work rotating shifts across many hospitals and clinics, so meetings reach "
            "the same small group every time."
        ),
        "activities": [
            {
                "title": "Build call lists by workplace",
                "description": (
                    "Every member was assigned to a delegate from their own ward or department. No one was "
                    "called by a stranger."
                ),
                "duration": "one week",
            },
            {
                "title": "Two-hour delegate training",
                "description": (
                    "Delegates practised an open question about staffing and pay, listening, and two closing "
                    "questions: 'Have you voted?' and 'When will you vote?'. We role-played the hard answer, "
                    "'I can't afford to strike', and how to talk about hardship support honestly."
                ),
                "duration": "three evenings",
            },
            {
                "title": "Call in shift-friendly windows",
                "description": "Calls at shift changes and on days off, never during a shift.",
                "duration": "three weeks",
            },
            {
                "title": "Track votes cast, not promises",
                "description": (
                    "Returning officer figures by workplace were shared daily, so organisers could move callers "
                    "to the departments lagging behind."
                ),
                "duration": "three weeks",
            },
            {
                "title": "Second call for the undecided",
                "description": "Three days before the close, delegates called everyone who had not yet voted.",
                "duration": "three days",
            },
        ],
        "outcomes": (
            "Turnout reached 78%, with 86% voting yes. Two 24-hour strikes went ahead with life-preserving "
            "services agreed, and the employer returned with an improved offer that members accepted. Forty of "
            "fifty-two trained delegates made calls, and active delegates nearly doubled."
            "\n\n"
            "Night staff were under-reached, and three members complained they felt pressured by repeat calls."
        ),
        "what_we_would_change": (
            "We would recruit night-shift delegates first and set a clear rule: two calls at most, and stop when "
            "someone says they have decided."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Pressure inside a workplace",
                "description": "A colleague's call carries weight. Respect a no, and keep ballots secret.",
            },
        ],
        "context": {
            "political": "Staffing shortages after the pandemic made pay and safe staffing front-page issues.",
            "coalition": "Patients' groups and other health unions backed the claim publicly.",
            "media": "High public sympathy for health workers, but media repeated the employer's turnout argument.",
            "legal": (
                "A secret ballot of affected members is required before a strike, and health services need "
                "extended notice and agreed life-preserving services."
            ),
        },
        "topics": ["labour"],
        "tactics": ["phone-banking", "strike", "volunteer-pipeline"],
        "audiences": ["tenants-workers", "organisers"],
        "bottlenecks": ["decision-making"],
        "tags": ["ballot", "delegates", "shift work"],
        "signals": [
            {
                "metric": "turnout",
                "label": "Ballot turnout among members",
                "baseline": 41,
                "result": 78,
                "unit": "%",
                "effect": "improved",
                "evidence": "Returning officer's certified results for this and the previous ballot.",
                "factors": "Calls from colleagues, daily tracking of actual votes, and a second call.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Active workplace delegates",
                "baseline": 21,
                "result": 40,
                "unit": "delegates",
                "effect": "improved",
                "evidence": "Delegate register six months after the ballot.",
                "factors": "The training gave delegates a concrete task and a visible result.",
            },
        ],
        "adapted_from": [
            {
                "slug": "phonebank-tenant-assembly-followup",
                "what_changed": (
                    "The tenants' experience showed that cold calls produce polite yeses. We kept their call "
                    "structure but had every member called by someone from their own workplace, and we "
                    "counted votes cast rather than promises."
                ),
            },
        ],
        "related": [
            "phonebank-tenant-assembly-followup",
            "heatwave-walkout-logistics-warehouse",
        ],
        "authors": [
            {
                "name": "Organising staff and delegate committee of a health workers' union",
                "anonymous": False,
            },
        ],
        "funding": "Paid from union membership dues; delegates' time was unpaid.",
        "origin": "Written from the call tracker, ballot results and a delegate debrief.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 10
    {
        "slug": "surveillance-aware-neighbourhood-circles",
        "title": "Keeping a neighbourhood support network going under surveillance",
        "summary": (
            "A neighbourhood network supporting detainees' families and people who had lost work reorganised "
            "from one big chat group into small, loosely linked circles with few digital traces. It kept going, "
            "more slowly, and one circle was still exposed."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "local",
        "countries": ["EG"],
        "started": "2020-11",
        "ended": None,
        "problem": (
            "The network began as one messaging group with more than two hundred members: food, rent help, "
            "visits to families of people in detention. When one member's phone was taken at a checkpoint, "
            "the whole membership list was on it. Two members were questioned, and the group froze."
            "\n\n"
            "We had to decide whether to stop, or to find a way of helping each other that did not put "
            "everyone on one screen."
        ),
        "activities": [
            {
                "title": "Stop and take stock",
                "description": (
                    "We closed the big group and listed what information existed, where it was stored and "
                    "who could lose it."
                ),
                "duration": "two weeks",
            },
            {
                "title": "Split into circles",
                "description": (
                    "Circles of five to seven people who already trust each other, each with one link person. "
                    "Members know their own circle and their link, nothing more."
                ),
                "duration": "one month",
            },
            {
                "title": "Borrow phone habits, add structure",
                "description": (
                    "From a land defenders' training we took habit cards and a seizure plan. We added rules: "
                    "no lists on phones, cash and paper where possible, and a plain everyday explanation "
                    "for every meeting."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Prepare for detention",
                "description": (
                    "Each circle knows a lawyer to contact and what families should do in the first hours "
                    "after someone is taken."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Review in person, rarely",
                "description": "Link people meet a few times a year in ordinary social settings to adjust the rules.",
                "duration": "quarterly",
            },
        ],
        "outcomes": (
            "The network still supports around sixty families, and there has been no second mass exposure. "
            "But help is slower: a request now takes about a week instead of a day. Bringing in new members is "
            "very hard, and active membership fell to about 45."
            "\n\n"
            "One circle was exposed when its link person was detained for unrelated reasons. It paused for "
            "three months. The others were not affected, which is what the structure was for."
        ),
        "what_we_would_change": (
            "We would have split earlier, before anything happened, and agreed a slow, careful way to bring "
            "in new members rather than almost closing the door."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "No structure makes you safe",
                "description": "Circles limit the damage of one seizure. They do not prevent arrest. Never promise safety.",
            },
            {
                "risk": "medium",
                "title": "Isolation",
                "description": "Small circles can become lonely and inward. Build in care, not only security.",
            },
        ],
        "context": {
            "political": "Open civic activity was heavily restricted, and charity outside registered bodies was viewed with suspicion.",
            "coalition": "Informal ties only; formal links with organisations would have increased risk.",
            "media": "We avoided all publicity.",
            "legal": "Broad laws on protest and association, and pretrial detention that can be renewed for long periods.",
        },
        "topics": ["civic-space", "digital-security"],
        "tactics": ["mutual-aid"],
        "audiences": ["organisers", "legal-support"],
        "bottlenecks": ["repression", "digital-risk"],
        "tags": ["surveillance", "circles", "security culture"],
        "signals": [
            {
                "metric": "other",
                "label": "Days from a request for help to support delivered",
                "baseline": 1,
                "result": 7,
                "unit": "days",
                "effect": "worsened",
                "evidence": "Link people's estimates, compared at a review meeting.",
                "factors": "Requests now pass through link people instead of one open group.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Active members (original chat group, then circles)",
                "baseline": 210,
                "result": 45,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Count of circle members reported by link people.",
                "factors": "Fear after the questioning, and deliberately slow recruitment.",
            },
        ],
        "adapted_from": [
            {
                "slug": "phone-hygiene-land-defenders",
                "what_changed": (
                    "We took the habit cards and seizure plan from a land defenders' training, but because habits "
                    "fail under pressure we changed the structure too, so one seized phone exposes only a few people."
                ),
            },
        ],
        "related": ["phone-hygiene-land-defenders", "mutual-aid-medicine-exchange"],
        "authors": [
            {"name": "Members of a neighbourhood support network", "anonymous": True},
        ],
        "funding": "No external funding; members and neighbours contribute in cash.",
        "origin": "Gathered in conversation with link people and written up by a trusted intermediary, with identifying details removed.",
        "sensitivity": "restricted",
        "anonymised": True,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 11
    {
        "slug": "rescue-crew-rest-and-debrief",
        "title": "Rest and debrief rules for volunteer rescue crews and their shore-side sanctuary teams",
        "summary": (
            "A civil search-and-rescue group turned ideas from climate organising (rotating paired roles, capped "
            "hours) into binding rules on rotations, rest and debriefs for crews at sea and volunteers hosting "
            "people ashore. Volunteer return rates nearly doubled."
        ),
        "format": "template",
        "result": "worked",
        "scale": "international",
        "countries": ["IT"],
        "started": "2022-09",
        "ended": "2024-10",
        "problem": (
            "Our crews are volunteers from many countries on rotations of two to three weeks. Some rotations "
            "include recovering bodies. After 2023, ships were assigned distant ports immediately after each "
            "rescue, so crews spent days in transit with survivors and their own memories."
            "\n\n"
            "Ashore, the small team that finds housing and legal help for people after disembarkation worked "
            "all year without a break. Few volunteers came back for a second rotation, and coordinators were "
            "the last to admit they were exhausted."
        ),
        "activities": [
            {
                "title": "Cap rotations and make rest mandatory",
                "description": (
                    "No one sails more than two rotations in a row; three months ashore after any rotation with "
                    "deaths. Shore volunteers get one full week off in every six."
                ),
                "duration": "policy, reviewed yearly",
            },
            {
                "title": "Debrief within 72 hours",
                "description": (
                    "After any critical incident, a trained peer runs a structured debrief, and every crew member "
                    "is offered sessions with a psychologist who knows maritime rescue."
                ),
                "duration": "after each incident",
            },
            {
                "title": "Paired coordination roles",
                "description": (
                    "Borrowed from a climate coalition: ship and shore coordinators work in pairs and rotate every "
                    "six months with a written handover and overlap."
                ),
                "duration": "six-month cycles",
            },
            {
                "title": "Buddies for first-time crew",
                "description": "Every new volunteer is paired with someone who has sailed before, on board and for a month after.",
                "duration": "one rotation plus a month",
            },
            {
                "title": "The template",
                "description": (
                    "A one-page form per person per rotation: days worked, incidents, debrief date, rest due, "
                    "buddy, and a free line for 'anything you want the coordinators to know'."
                ),
                "duration": "every rotation",
            },
        ],
        "outcomes": (
            "Over two seasons the share of volunteers returning for a second rotation rose from 28% to 51%. "
            "Coordinators took real leave for the first time in years."
            "\n\n"
            "The rules cost money and missions: the psychologist, extra travel and larger crews stretched the "
            "budget, and we sailed one mission fewer per season. Some experienced crew resented being kept "
            "ashore and said so."
        ),
        "what_we_would_change": (
            "We would involve the shore sanctuary team from the beginning; the first version of the rules only "
            "covered crews, and the people housing survivors felt forgotten."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Debriefs are not therapy",
                "description": "Peer debriefs help, but people with lasting symptoms need professional care. Budget for it.",
            },
            {
                "risk": "medium",
                "title": "Rest rules feel like distrust",
                "description": "Explain that rest protects the mission, not only the person, or veterans will resist.",
            },
        ],
        "context": {
            "political": "Government policy treated rescue ships as a problem, with assigned distant ports and detentions of vessels.",
            "coalition": "We share information with other rescue groups, a hotline network and shore-side solidarity groups.",
            "media": "Coverage peaks around shipwrecks and ship detentions; crews are often asked to speak when most exhausted.",
            "legal": "Administrative detentions and fines under rules limiting rescue operations; our lawyers handle each case.",
        },
        "topics": ["migration"],
        "tactics": ["volunteer-pipeline", "mutual-aid"],
        "audiences": ["coordinators", "new-volunteers"],
        "bottlenecks": ["burnout", "retention"],
        "tags": ["rescue", "debrief", "rest policy"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "Volunteers returning for a second rotation",
                "baseline": 28,
                "result": 51,
                "unit": "%",
                "effect": "improved",
                "evidence": "Crew database, two seasons before and two seasons after the rules.",
                "factors": "Mandatory rest, debriefs and buddies for first-time crew.",
            },
        ],
        "adapted_from": [
            {
                "slug": "rotating-roles-climate-coalition",
                "what_changed": (
                    "We applied paired, rotating coordination roles to ship and shore coordinators, and added "
                    "what a rescue context needs that a coalition does not: mandatory rest after incidents and "
                    "trained peer debriefs."
                ),
            },
        ],
        "related": [
            "care-rota-feminist-climate-camp",
            "rotating-roles-climate-coalition",
        ],
        "authors": [
            {
                "name": "Crew welfare team of a civil search-and-rescue organisation",
                "anonymous": False,
            },
        ],
        "funding": "Paid from small private donations to the rescue organisation.",
        "origin": "Written by the welfare team from crew records and two annual volunteer surveys.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 12
    {
        "slug": "boycott-supermarket-tomato-wages",
        "title": "A consumer boycott over tomato pickers' pay: what allies abroad could and could not do",
        "summary": (
            "A farmworkers' association in southern Italy and consumer groups in Germany boycotted a supermarket "
            "chain's own-brand tinned tomatoes. The chain ended reverse auctions, pickers' pay barely moved, and "
            "the coalition nearly split over credit."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "international",
        "countries": ["IT", "DE"],
        "started": "2018-06",
        "ended": "2019-11",
        "problem": (
            "Migrant pickers, many from West Africa, were paid by the crate, lost part of it to gangmasters for "
            "transport, and lived in informal settlements without water. Farmers blamed processors; processors "
            "blamed supermarkets, whose reverse auctions pushed prices down twice."
            "\n\n"
            "Workers had little leverage on a single farm. The chain selling the tomatoes abroad was a pressure "
            "point we could reach."
        ),
        "activities": [
            {
                "title": "Workers decide the demands",
                "description": (
                    "Assemblies in the settlements set three asks: no reverse auctions, a supplier pay standard "
                    "with monitoring, and transport without gangmasters."
                ),
                "duration": "two months",
            },
            {
                "title": "Build an evidence file with consent",
                "description": "Pay records and photos, with faces blurred and each worker deciding what could be used.",
                "duration": "six weeks",
            },
            {
                "title": "Boycott in two countries",
                "description": (
                    "Consumer groups in Germany and Italy asked shoppers to skip one chain's own-brand tinned "
                    "tomatoes, with leafleting outside stores and an online pledge."
                ),
                "duration": "eight months",
            },
            {
                "title": "Press tour with worker spokespeople",
                "description": "Two pickers travelled to Germany to speak at press events and shareholder-facing meetings.",
                "duration": "ten days",
            },
            {
                "title": "Negotiate",
                "description": "The chain met the coalition three times; workers attended every meeting.",
                "duration": "four months",
            },
        ],
        "outcomes": (
            "The chain committed to end reverse auctions for its own-brand tomatoes and to require suppliers to "
            "comply with the law against illegal labour intermediation. There was no independent monitoring. "
            "Workers reported the crate rate rising only slightly on some farms."
            "\n\n"
            "Coverage was wide, but in Germany most articles quoted the consumer NGO, not the workers. The "
            "association threatened to withdraw. We then agreed a protocol: workers speak first, and partners "
            "name the association in every statement."
        ),
        "what_we_would_change": (
            "We would agree credit, spokespeople and monitoring before launch, and we would not accept a "
            "commitment without independent checks on the farms."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Retaliation against visible workers",
                "description": "Pickers who speak out can lose work. Protect identities and plan support for spokespeople.",
            },
            {
                "risk": "medium",
                "title": "Allies abroad take the spotlight",
                "description": "Better-funded partners attract media by default. Agree a credit protocol in writing.",
            },
        ],
        "context": {
            "political": "Migration politics were hostile; pickers' precarious status made them easy to blame and hard to protect.",
            "coalition": "A farmworkers' association, two consumer groups and a small farmers' cooperative that wanted fair prices.",
            "media": "German media liked the supply-chain angle; Italian national media framed it mainly as a crime story.",
            "legal": "A 2016 law strengthened penalties for illegal labour intermediation, but enforcement in the fields was patchy.",
        },
        "topics": ["food-land", "labour", "anti-racism"],
        "tactics": ["boycott", "coalition-building"],
        "audiences": ["media-teams", "coordinators"],
        "bottlenecks": ["coalition-friction"],
        "tags": ["supply chain", "farmworkers", "credit"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Retail commitments to end reverse auctions for own-brand tomatoes",
                "baseline": 0,
                "result": 1,
                "unit": "commitments",
                "effect": "improved",
                "evidence": "Written commitment published by the chain.",
                "factors": "Reputational risk in the German market during the boycott.",
            },
            {
                "metric": "media_reach",
                "label": "Press articles in Italy and Germany",
                "baseline": 4,
                "result": 63,
                "unit": "articles",
                "effect": "improved",
                "evidence": "Media log kept by the consumer groups, compared with the previous season.",
                "factors": "Worker spokespeople in person and a clear supply-chain story.",
            },
            {
                "metric": "other",
                "label": "Median crate rate reported by pickers",
                "baseline": 3.5,
                "result": 4.0,
                "unit": "EUR per crate",
                "effect": "unclear",
                "evidence": "Pay reports from about 80 workers in two seasons; small and self-selected.",
                "factors": "The commitment covered buying practice, not wages; no monitoring on farms.",
            },
        ],
        "adapted_from": [],
        "related": [
            "depositor-switch-regional-bank",
            "die-in-critique-anti-racist-review",
        ],
        "authors": [
            {"name": "Farmworkers' association in southern Italy", "anonymous": False},
            {"name": "Campaign team of a German consumer group", "anonymous": False},
        ],
        "funding": "The consumer groups paid for travel and printing from member donations; the association had no funding.",
        "origin": "Written jointly at a review meeting a year after the commitment, in Italian and translated.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 13
    {
        "slug": "heatwave-walkout-logistics-warehouse",
        "title": "Stopping work in a heatwave: how a warehouse crew used the right to refuse dangerous work",
        "summary": (
            "In a parcel warehouse with no cooling, workers logged temperatures and then stopped work together on "
            "the hottest afternoon, citing the right to refuse imminent danger. They won water, fans and breaks; "
            "four organisers on agency contracts were not renewed."
        ),
        "format": "tactic_guide",
        "result": "mixed",
        "scale": "local",
        "countries": ["TR"],
        "started": "2023-06",
        "ended": "2023-09",
        "problem": (
            "In July the sorting floor reached 38 to 40 degrees by mid-afternoon. People fainted. Half the workers "
            "were on agency contracts, and the union had no recognition, so a lawful strike through collective "
            "bargaining was not possible."
        ),
        "activities": [
            {
                "title": "Keep a heat log",
                "description": (
                    "Cheap thermometers at six stations, readings and photos every two hours, and a record of "
                    "every fainting or dizziness incident."
                ),
                "duration": "three weeks",
            },
            {
                "title": "Form a quiet committee",
                "description": "Eleven workers across all shifts, both direct and agency, meeting outside the site.",
                "duration": "two weeks",
            },
            {
                "title": "Request in writing",
                "description": "A letter with the log to management and the safety committee, asking for measures by a date.",
                "duration": "one week",
            },
            {
                "title": "Stop together",
                "description": (
                    "On the first afternoon above 37 degrees after the deadline, the sorting lines stopped and "
                    "gathered in the shaded loading bay, citing the legal right to stop work in serious and "
                    "imminent danger. A lawyer from a labour rights association stayed on the phone."
                ),
                "duration": "four hours",
            },
            {
                "title": "Negotiate on the spot and follow up",
                "description": "Management met the committee that evening; we checked every promise daily for a month.",
                "duration": "one month",
            },
        ],
        "outcomes": (
            "Within two days there were fans, water coolers and a fifteen-minute break every two hours above 32 "
            "degrees, agreed in writing. Fainting incidents fell sharply. Ventilation of the building itself "
            "never changed."
            "\n\n"
            "At the end of the month four committee members on agency contracts were not renewed. The company "
            "denied any link. Union membership rose from 30 to 85 after the stoppage, then fell back to about 50."
        ),
        "what_we_would_change": (
            "We would put only direct employees in visible roles, prepare a hardship fund before acting, and file "
            "a complaint with the labour inspectorate before the stoppage so there is an official record."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Agency workers are the easiest to remove",
                "description": "Non-renewal needs no reason. Protect precarious workers from visible leadership roles.",
            },
            {
                "risk": "medium",
                "title": "Keep the stoppage about safety",
                "description": "The legal right covers imminent danger, not pay. Mixing demands weakens the defence.",
            },
        ],
        "context": {
            "political": "Strong pressure on unions in private logistics; long procedures for recognition.",
            "coalition": "A labour rights association gave legal advice; the sector union gave cautious support.",
            "media": "We did not seek media, which would have exposed workers. A local news site reported it later.",
            "legal": (
                "The occupational safety law lets workers stop work when facing serious and imminent danger; "
                "strikes outside collective bargaining are unlawful and can lead to dismissal."
            ),
        },
        "topics": ["labour", "climate-justice"],
        "tactics": ["strike"],
        "audiences": ["tenants-workers"],
        "bottlenecks": ["repression"],
        "tags": ["heat", "logistics", "health and safety"],
        "signals": [
            {
                "metric": "other",
                "label": "Fainting or heat-illness incidents recorded per month",
                "baseline": 7,
                "result": 1,
                "unit": "incidents",
                "effect": "improved",
                "evidence": "Committee heat log for July, compared with August.",
                "factors": "Water, fans and breaks, though August was slightly cooler.",
            },
            {
                "metric": "policy_win",
                "label": "Written heat measures agreed with management",
                "baseline": 0,
                "result": 1,
                "unit": "agreements",
                "effect": "improved",
                "evidence": "Signed notice posted in the break room.",
                "factors": "The heat log and a stoppage that shut the sorting lines at peak time.",
            },
        ],
        "adapted_from": [],
        "related": [
            "strike-ballot-phonebank-health-workers",
            "occupation-closed-garment-factory",
        ],
        "authors": [
            {
                "name": "Workers' committee at a parcel sorting warehouse",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; thermometers were bought by the committee.",
        "origin": "Written by the committee with the labour rights association, from the heat log and meeting notes.",
        "sensitivity": "members",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 14
    {
        "slug": "occupation-closed-garment-factory",
        "title": "Occupying our garment factory after the owner left without paying us",
        "summary": (
            "When a foreign-owned garment factory closed overnight owing three months' wages, about 120 women "
            "workers occupied it so the machines could not be taken away, and held it for fourteen weeks until "
            "back pay was settled."
        ),
        "format": "case_study",
        "result": "worked",
        "scale": "local",
        "countries": ["TN"],
        "started": "2021-01",
        "ended": "2021-05",
        "problem": (
            "One morning the gates were locked and the owner had left the country. We were owed three months' "
            "wages and social security contributions had not been paid. A truck came the next day for the machines."
            "\n\n"
            "The machines and stock were the only thing of value left to pay us. Court cases take years, and "
            "most of us had no savings."
        ),
        "activities": [
            {
                "title": "Stay inside",
                "description": (
                    "We refused to leave and blocked the truck. Within two days we had shifts guarding the gates "
                    "and an inventory of every machine, signed by a bailiff."
                ),
                "duration": "first 48 hours",
            },
            {
                "title": "Build shifts around our lives",
                "description": (
                    "Three shifts a day organised around school hours and childcare. Night shifts were covered "
                    "by larger groups, with relatives supporting outside the gate."
                ),
                "duration": "fourteen weeks",
            },
            {
                "title": "Feed the occupation",
                "description": (
                    "Neighbours, market traders and other factories' workers brought food. A solidarity box at "
                    "the gate paid for transport for the women who lived furthest away."
                ),
                "duration": "fourteen weeks",
            },
            {
                "title": "Run the legal route at the same time",
                "description": (
                    "With the union's regional office we filed with the labour inspectorate and asked the court "
                    "to freeze the assets."
                ),
                "duration": "twelve weeks",
            },
            {
                "title": "Negotiate the sale",
                "description": "Talks with the regional authorities and the buyer of the assets, with workers at the table.",
                "duration": "four weeks",
            },
        ],
        "outcomes": (
            "The machines never left. The court froze the assets, and the sale paid three months' back wages to "
            "118 workers, plus part of the severance owed."
            "\n\n"
            "The cost was high. Many women faced pressure from their families to stop spending nights away, and "
            "others had to take new jobs. By the end only about forty were still taking shifts. The lesson is "
            "anonymised because several of us fear being refused work by other factories."
        ),
        "what_we_would_change": (
            "We would set up a hardship fund in the first week and ask other unions for it directly, so fewer "
            "women had to leave the occupation for money."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Selling stock can turn against you",
                "description": "Selling goods to fund an occupation may be treated as theft. Get legal advice first.",
            },
            {
                "risk": "medium",
                "title": "Blacklisting",
                "description": "Visible leaders may be refused work elsewhere in the industry. Share public roles.",
            },
        ],
        "context": {
            "political": "Foreign-owned factories closing without paying was a recurring problem, and authorities wanted it to stay quiet.",
            "coalition": "The union's regional office, neighbours and workers from nearby factories.",
            "media": "Regional radio covered it sympathetically; national media came only after the court order.",
            "legal": "Back wages have priority in liquidation, but only if the assets are still there when the court acts.",
        },
        "topics": ["labour", "feminism"],
        "tactics": ["occupation", "mutual-aid"],
        "audiences": ["tenants-workers", "legal-support"],
        "bottlenecks": ["funding"],
        "tags": ["garment", "wage theft", "women workers"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Workers paid their full back wages",
                "baseline": 0,
                "result": 118,
                "unit": "workers",
                "effect": "improved",
                "evidence": "Payment list from the sale, checked by the union office.",
                "factors": "The machines stayed on site until the court could act.",
            },
            {
                "metric": "other",
                "label": "Workers still taking occupation shifts",
                "baseline": 120,
                "result": 40,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Shift lists kept at the gate.",
                "factors": "No income, family pressure and new jobs elsewhere.",
            },
        ],
        "adapted_from": [],
        "related": [
            "heatwave-walkout-logistics-warehouse",
            "mutual-aid-medicine-exchange",
        ],
        "authors": [
            {
                "name": "Occupation committee of a garment factory's workers",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; food and transport came from neighbours and other workers.",
        "origin": "Recorded in a group conversation with the committee after the settlement, then read back to them.",
        "sensitivity": "public",
        "anonymised": True,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 15
    {
        "slug": "street-theatre-water-and-mining",
        "title": "Market-day street theatre about water and a mine, in Quechua and Spanish",
        "summary": (
            "A youth theatre group in the highlands performed short plays on market days about how a proposed mine "
            "would use water. A week later, people who had seen a play remembered the key question far more often "
            "than people who had only received a leaflet."
        ),
        "format": "tactic_guide",
        "result": "worked",
        "scale": "regional",
        "countries": ["PE"],
        "started": "2019-04",
        "ended": "2019-10",
        "problem": (
            "The company's information sessions were polished and well attended. Our leaflets went unread, and the "
            "environmental impact study, with its aquifer models, was impossible to follow. Many older residents "
            "speak Quechua first, and anyone who questioned the mine risked being called against development."
        ),
        "activities": [
            {
                "title": "Listen before writing",
                "description": (
                    "We spent a month with irrigation committees collecting stories about dry years and springs "
                    "that disappeared."
                ),
                "duration": "one month",
            },
            {
                "title": "Write for one question",
                "description": (
                    "Twelve-minute plays with a single message: 'In the dry season, where will the water for "
                    "our fields come from?'. Bilingual, with a talking water jug that everyone remembered."
                ),
                "duration": "three weeks",
            },
            {
                "title": "Perform where people already are",
                "description": "Weekly markets in eight towns, placed next to the busiest stalls, never on a stage.",
                "duration": "four months",
            },
            {
                "title": "End with a conversation and a date",
                "description": (
                    "After each play an irrigation committee member took questions and announced the date of the "
                    "public hearing on the impact study."
                ),
                "duration": "each performance",
            },
            {
                "title": "Measure recall",
                "description": (
                    "A week later, volunteers asked market-goers one open question about the mine and noted "
                    "whether they mentioned water in the dry season."
                ),
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "We gave 23 performances to roughly 3,000 people. In our short street survey, 61% of people who had "
            "seen a play named the water question, against 18% of those who had only had a leaflet. About 400 "
            "people came to the public hearing, compared with 120 at the previous one."
            "\n\n"
            "The survey was small (about 180 people) and not random. The company later hired its own theatre "
            "group, and supporters of the mine interrupted one performance."
        ),
        "what_we_would_change": (
            "We would train local young people in each town to perform, so the plays could continue after our "
            "group moved on."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Performers become targets",
                "description": "Young performers can be harassed. Perform in groups and agree who speaks to officials.",
            },
        ],
        "context": {
            "political": "Regional authorities favoured the mine as a source of jobs and royalties.",
            "coalition": "Irrigation committees, a rural women's federation and a regional environmental NGO.",
            "media": "Regional radio covered the plays; national media came only when the hearing was disrupted.",
            "legal": "Public hearings on impact studies are required, but communities have little influence on the decision.",
        },
        "topics": ["food-land", "climate-justice"],
        "tactics": ["creative-action"],
        "audiences": ["media-teams", "new-volunteers"],
        "bottlenecks": ["media-attention"],
        "tags": ["street theatre", "water", "bilingual"],
        "signals": [
            {
                "metric": "message_recall",
                "label": "Residents who named the dry-season water question a week later",
                "baseline": 18,
                "result": 61,
                "unit": "%",
                "effect": "improved",
                "evidence": "Street survey of about 180 market-goers; baseline is those who had only received a leaflet.",
                "factors": "A single memorable question, performed in the audience's own language.",
            },
            {
                "metric": "turnout",
                "label": "Residents at the public hearing on the impact study",
                "baseline": 120,
                "result": 400,
                "unit": "people",
                "effect": "improved",
                "evidence": "Attendance list of the hearing, compared with the previous hearing.",
                "factors": "The date was announced at every performance by trusted irrigation leaders.",
            },
        ],
        "adapted_from": [],
        "related": [
            "die-in-critique-anti-racist-review",
            "blockade-wetland-machinery-campesinos",
        ],
        "authors": [
            {
                "name": "Youth theatre collective from a highland province",
                "anonymous": False,
            },
        ],
        "funding": "A small grant from a regional environmental NGO covered transport and costumes.",
        "origin": "Written by the collective from performance notes and survey sheets.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 16
    {
        "slug": "die-in-critique-anti-racist-review",
        "title": "After our 'climate refugees' die-in backfired: a workshop for reviewing creative actions",
        "summary": (
            "Our climate group staged a die-in where mostly white activists played drowned 'climate refugees'. "
            "Diaspora youth groups called it out, the story became the controversy, and we lost a coalition "
            "partner. This is the review workshop we built afterwards."
        ),
        "format": "training",
        "result": "misfire",
        "scale": "national",
        "countries": ["NO"],
        "started": "2019-10",
        "ended": "2020-06",
        "problem": (
            "Six of us planned the action in ten days. Nobody in the planning group had migrated or had family "
            "who had. We lay on the square in emergency blankets with signs about people fleeing floods and "
            "drought. The photographs were striking."
            "\n\n"
            "Two days later diaspora youth groups published an open letter: we had used their families' stories "
            "as a costume, without asking anyone. Our first reply was defensive, which made it worse."
        ),
        "activities": [
            {
                "title": "Stop defending and listen",
                "description": (
                    "We asked to meet the groups who wrote the letter, on their terms, and did not ask them to "
                    "help us fix anything."
                ),
                "duration": "two weeks",
            },
            {
                "title": "Apologise properly",
                "description": "A public apology naming what we did wrong, agreed with them before publishing.",
                "duration": "one week",
            },
            {
                "title": "Build a 90-minute review workshop",
                "description": (
                    "Five questions for any creative action: who is depicted, who decided, who benefits, who "
                    "consented, and who carries the risk on the day. Plus a short list of red flags, such as "
                    "costumes representing a group not present in the planning."
                ),
                "duration": "one month",
            },
            {
                "title": "Run it with every action group",
                "description": (
                    "Local groups booked the workshop before planning any theatre or image action. We trained "
                    "six facilitators to run it."
                ),
                "duration": "six months",
            },
            {
                "title": "Pay for advice",
                "description": "A line in every action budget to pay affected communities for consultation, not ask for free labour.",
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "The action got more coverage than anything we had done, about 34 articles, but most were about the "
            "controversy. A migrant youth network left our coalition and has not returned. New sign-ups dropped "
            "for a few months."
            "\n\n"
            "We ran the workshop fourteen times. Two later actions were co-designed with diaspora groups from "
            "the start and were well received. We cannot show the workshop prevented other mistakes, only that "
            "groups now ask the questions."
        ),
        "what_we_would_change": (
            "The workshop should have existed before the action. We would also make it a rule that nobody can be "
            "represented in an action unless they are in the room deciding it."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Do not hand the repair work to the people you hurt",
                "description": "Ask what they need, then do the work yourselves and pay for any advice you take.",
            },
            {
                "risk": "low",
                "title": "A checklist is not a relationship",
                "description": "The workshop helps, but trust comes from long-term partnership, not from forms.",
            },
        ],
        "context": {
            "political": "Climate was high on the agenda, while migration debates were harsh and often racist.",
            "coalition": "Our coalition included migrant and diaspora youth groups who had long warned of being used as symbols.",
            "media": "Editors loved the images; the follow-up stories were about climate activists and racism.",
            "legal": "The die-in was a lawful, notified demonstration; there were no legal consequences.",
        },
        "topics": ["anti-racism", "climate-justice", "migration"],
        "tactics": ["creative-action", "coalition-building"],
        "audiences": ["trainers", "organisers"],
        "bottlenecks": ["coalition-friction", "media-attention"],
        "tags": ["representation", "review", "apology"],
        "signals": [
            {
                "metric": "media_reach",
                "label": "Articles about the action, most of them about the controversy",
                "baseline": None,
                "result": 34,
                "unit": "articles",
                "effect": "worsened",
                "evidence": "Media monitoring for three weeks after the action, coded by tone.",
                "factors": "Images without consent from the communities depicted, then a defensive first reply.",
            },
            {
                "metric": "other",
                "label": "Member groups in the coalition",
                "baseline": 9,
                "result": 8,
                "unit": "groups",
                "effect": "worsened",
                "evidence": "Coalition membership list.",
                "factors": "A migrant youth network withdrew after the action.",
            },
        ],
        "adapted_from": [],
        "related": [
            "street-theatre-water-and-mining",
            "boycott-supermarket-tomato-wages",
        ],
        "authors": [
            {
                "name": "Action planning group of a youth climate movement",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; the workshop was run by volunteers, and consultation fees came from member donations.",
        "origin": "Written by the planning group, then reviewed by two diaspora youth organisers who were paid for their time.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 17
    {
        "slug": "mutual-aid-medicine-exchange",
        "title": "A neighbourhood medicine exchange during the currency collapse",
        "summary": (
            "When pharmacies ran empty, neighbours set up an exchange that matched donated medicines to people who "
            "needed them, checked by volunteer pharmacists, and extended it to migrant domestic workers left "
            "without employers or papers."
        ),
        "format": "tactic_guide",
        "result": "worked",
        "scale": "local",
        "countries": ["LB"],
        "started": "2021-05",
        "ended": "2022-03",
        "problem": (
            "As the currency collapsed, medicines for blood pressure, diabetes and epilepsy disappeared from "
            "pharmacies or became unaffordable. People hoarded what they had. Migrant domestic workers, some "
            "abandoned by employers who kept their passports, had no one to ask."
        ),
        "activities": [
            {
                "title": "Set safety rules with pharmacists",
                "description": (
                    "Only sealed, in-date medicines; a volunteer pharmacist checks every item; nothing that needs "
                    "a controlled prescription. We worked through a registered dispensary to stay within the rules."
                ),
                "duration": "two weeks",
            },
            {
                "title": "Open drop-off points people trust",
                "description": "A bakery and a community hall, each open three evenings a week.",
                "duration": "ten months",
            },
            {
                "title": "Match requests on paper first",
                "description": (
                    "A paper ledger at each point and one shared spreadsheet with initials only. Requests were "
                    "matched by the pharmacist on duty."
                ),
                "duration": "ten months",
            },
            {
                "title": "Reach migrant workers through their own networks",
                "description": (
                    "Community organisers among domestic workers passed on requests in their languages, so "
                    "women without papers did not have to come to a public drop-off point."
                ),
                "duration": "eight months",
            },
            {
                "title": "Turn recipients into volunteers",
                "description": "Anyone who received help was invited, never pressured, to take one shift a month.",
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "About 1,400 requests came in over ten months and around 980 were matched. Parcels sent by relatives "
            "abroad were the biggest source. Pharmacists caught one batch of counterfeit tablets before it was "
            "handed out."
            "\n\n"
            "Volunteers went from about sixty at the peak to 25, many of them because they emigrated. The "
            "exchange closed when supplies improved and the remaining volunteers were exhausted."
        ),
        "what_we_would_change": (
            "We would plan the ending from the start: who inherits the contacts, and how people with chronic "
            "illness are referred on when the exchange closes."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Medicine safety",
                "description": "Without a pharmacist checking every item, an exchange can spread expired or fake medicines.",
            },
            {
                "risk": "medium",
                "title": "Data about undocumented people",
                "description": "Keep no names or addresses of workers without papers. Initials and a contact person are enough.",
            },
        ],
        "context": {
            "political": "The state was absent; parties and religious groups offered aid to their own communities.",
            "coalition": "Neighbours, volunteer pharmacists, a parish hall and domestic workers' community organisers.",
            "media": "We avoided coverage so that the drop-off points were not overwhelmed or targeted.",
            "legal": "Distribution of medicines is regulated; working with a registered dispensary kept us within the law.",
        },
        "topics": ["migration", "anti-racism"],
        "tactics": ["mutual-aid", "volunteer-pipeline"],
        "audiences": ["new-volunteers", "coordinators"],
        "bottlenecks": ["retention"],
        "tags": ["medicine", "crisis", "domestic workers"],
        "signals": [
            {
                "metric": "other",
                "label": "Medicine requests matched",
                "baseline": None,
                "result": 980,
                "unit": "requests",
                "effect": "improved",
                "evidence": "Paper ledgers at both drop-off points, totalled monthly.",
                "factors": "Diaspora parcels and trusted drop-off points.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Active volunteers",
                "baseline": 60,
                "result": 25,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Shift rota at the start of each month.",
                "factors": "Emigration, exhaustion and volunteers' own economic hardship.",
            },
        ],
        "adapted_from": [],
        "related": [
            "surveillance-aware-neighbourhood-circles",
            "occupation-closed-garment-factory",
        ],
        "authors": [
            {
                "name": "Volunteer coordinators of a neighbourhood medicine exchange",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; medicines came from donations, mostly from relatives abroad.",
        "origin": "Written by two coordinators after closing, from the ledgers and a final volunteer gathering.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 18
    {
        "slug": "legal-observer-training-campus-protests",
        "title": "Training legal observers for student fee protests, and what they could not prevent",
        "summary": (
            "Lawyers and student organisers trained legal observers, who trained more observers, to document "
            "arrests during fee protests. Documentation helped locate detained students quickly, but observers "
            "were harassed and arrests did not fall."
        ),
        "format": "training",
        "result": "mixed",
        "scale": "national",
        "countries": ["UG"],
        "started": "2019-09",
        "ended": "2020-02",
        "problem": (
            "Students protesting fee increases at public universities were arrested, some held for days without "
            "families knowing where. Protests were often declared unlawful for lack of notice, and many students "
            "did not know their rights on arrest or whom to call."
        ),
        "activities": [
            {
                "title": "Core training by human rights lawyers",
                "description": (
                    "Two days for 40 students: rights on arrest, the 48-hour rule for bringing someone before a "
                    "court, what to record (time, place, unit, vehicle, injuries), and personal safety."
                ),
                "duration": "two days",
            },
            {
                "title": "Train the trainers",
                "description": (
                    "Twelve of the 40 ran half-day sessions for observers at four campuses, using the same "
                    "forms and role plays."
                ),
                "duration": "six weeks",
            },
            {
                "title": "An observer kit",
                "description": (
                    "A paper form, the hotline number written on the arm, and a buddy. We first used bright vests, "
                    "then dropped them because they made observers targets."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Hotline and lawyer roster",
                "description": "During protests, a hotline passed reports to lawyers on call, who went to police stations.",
                "duration": "each protest",
            },
            {
                "title": "Debrief and report",
                "description": "After each protest, observers compared notes and the lawyers compiled a public report.",
                "duration": "one week per protest",
            },
        ],
        "outcomes": (
            "Observers documented 148 arrests. The legal team located about 90% of detained students within a day, "
            "compared with around 30% before, and most were released on police bond within the legal time limit. "
            "The report was cited by a parliamentary committee."
            "\n\n"
            "Arrests did not fall, and fees were not reversed. Five observers were themselves detained, and "
            "phones were taken. Some students saw observers as spies until the trainers explained their role in "
            "halls of residence."
        ),
        "what_we_would_change": (
            "We would train observers from outside the student body, such as young lawyers and clergy, so the "
            "observers are less easily treated as protesters."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Observers can be arrested too",
                "description": "Being an observer is no protection. Have lawyers ready for observers as well as protesters.",
            },
            {
                "risk": "medium",
                "title": "Notes are evidence both ways",
                "description": "Forms can be seized. Record police conduct, not the names of protesters.",
            },
        ],
        "context": {
            "political": "Fee increases at public universities and an approaching election made authorities quick to suppress protest.",
            "coalition": "Student unions, a human rights lawyers' network and a legal aid clinic.",
            "media": "National media reported arrests but rarely followed what happened to those detained.",
            "legal": (
                "Public meetings require prior notification under the public order law; the constitution requires "
                "a detained person to be brought before a court within 48 hours."
            ),
        },
        "topics": ["civic-space"],
        "tactics": ["legal-observing", "training-of-trainers"],
        "audiences": ["legal-support", "trainers"],
        "bottlenecks": ["repression"],
        "tags": ["legal observers", "students", "arrests"],
        "signals": [
            {
                "metric": "other",
                "label": "Detained students located by the legal team within 24 hours",
                "baseline": 30,
                "result": 90,
                "unit": "%",
                "effect": "improved",
                "evidence": "Hotline log compared with lawyers' notes from earlier protests.",
                "factors": "Observers recorded vehicle and unit details, so lawyers knew which station to visit.",
            },
            {
                "metric": "other",
                "label": "Observers detained while observing",
                "baseline": 0,
                "result": 5,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Observer debrief records.",
                "factors": "Observers were students themselves and easily treated as protesters.",
            },
        ],
        "adapted_from": [],
        "related": [
            "digital-security-trainer-cohort",
            "blockade-wetland-machinery-campesinos",
        ],
        "authors": [
            {
                "name": "Legal support team of a student rights network",
                "anonymous": False,
            },
        ],
        "funding": "A human rights lawyers' network covered the core training; the student network paid for printing.",
        "origin": "Written from the hotline log, observer forms and the lawyers' public report.",
        "sensitivity": "members",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 19
    {
        "slug": "small-donor-mobile-money-drive",
        "title": "Monthly mobile money pledges from small donors: our sign-up script and follow-up calendar",
        "summary": (
            "A civic accountability group reduced its dependence on one foreign grant by asking supporters for "
            "small monthly gifts by mobile money, with personal phone follow-ups. After a year, about 1,100 donors "
            "covered a quarter of core costs."
        ),
        "format": "template",
        "result": "worked",
        "scale": "national",
        "countries": ["GH"],
        "started": "2022-01",
        "ended": "2023-01",
        "problem": (
            "About 80% of our budget came from one foreign funder who was shifting priorities. Officials "
            "dismissed our budget monitoring as foreign-funded. Our supporters care, but most have small, "
            "irregular incomes."
        ),
        "activities": [
            {
                "title": "Make the ask fit incomes",
                "description": "Three monthly tiers: 10, 20 and 50 cedis. We led with 20 and always mentioned 10.",
                "duration": "two weeks",
            },
            {
                "title": "Sign up at events and on radio",
                "description": (
                    "Volunteers took names and numbers on paper at town meetings and during radio call-in shows. "
                    "The template's sign-up sheet has name, number, tier, preferred language and best time to call."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Welcome call within 48 hours",
                "description": (
                    "A volunteer calls each new donor: thank them, confirm the mobile money set-up step by step, "
                    "and ask why they gave. The answers went into our monthly messages."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Report back every month",
                "description": "A short text or voice note in English, Twi or Ewe on what the money did: one meeting, one finding.",
                "duration": "monthly",
            },
            {
                "title": "Follow-up calendar",
                "description": (
                    "A thank-you call each quarter, a call to anyone who missed two payments, and a yearly "
                    "invitation to a donors' open meeting."
                ),
                "duration": "quarterly",
            },
        ],
        "outcomes": (
            "By the end of the year about 1,100 people were giving every month. The cost of raising each cedi fell "
            "from about 0.45 at fundraising events to 0.12. Small donors covered 24% of core costs, and the share "
            "from the foreign grant fell to about 55%. Being able to say 'our members fund us' changed how "
            "officials spoke to us."
            "\n\n"
            "About 30% of donors lapsed within six months. Transfer fees and confusion about a new levy on "
            "electronic transfers put some people off. Reconciling payments by hand took a volunteer two days a month."
        ),
        "what_we_would_change": (
            "We would budget for reconciliation software from the start and call lapsed donors sooner, after one "
            "missed payment rather than two."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Phone numbers are sensitive",
                "description": "A donor list is a list of supporters. Store it securely and never share it with partners.",
            },
            {
                "risk": "low",
                "title": "Small donors need more contact, not less",
                "description": "The monthly report-back is what keeps them giving; do not skip it when busy.",
            },
        ],
        "context": {
            "political": "Civil society groups faced claims that they served foreign interests.",
            "coalition": "Community radio stations gave free airtime; local assemblies' watchdog groups shared sign-ups.",
            "media": "Radio call-in shows were our main channel, far more than social media.",
            "legal": "Registered organisations may raise funds publicly; we publish annual accounts to stay credible.",
        },
        "topics": ["civic-space"],
        "tactics": ["phone-banking", "volunteer-pipeline"],
        "audiences": ["organisers", "media-teams"],
        "bottlenecks": ["funding"],
        "tags": ["small donors", "mobile money", "radio"],
        "signals": [
            {
                "metric": "fundraising_efficiency",
                "label": "Cost to raise one cedi",
                "baseline": 0.45,
                "result": 0.12,
                "unit": "GHS per GHS raised",
                "effect": "improved",
                "evidence": "Finance records for events in the previous year and the monthly giving programme.",
                "factors": "Recurring gifts and volunteer calls instead of venue-heavy events.",
            },
            {
                "metric": "other",
                "label": "Share of core costs covered by small donors",
                "baseline": 3,
                "result": 24,
                "unit": "%",
                "effect": "improved",
                "evidence": "Audited annual accounts.",
                "factors": "About 1,100 monthly donors by the end of the year.",
            },
        ],
        "adapted_from": [],
        "related": [
            "doorstep-pledge-count-rent-strike",
            "legal-observer-training-campus-protests",
        ],
        "authors": [
            {
                "name": "Fundraising team of a civic budget-monitoring group",
                "anonymous": False,
            },
        ],
        "funding": "The first year's costs were covered by the existing grant; the programme now pays for itself.",
        "origin": "Written by the fundraising team from the donor spreadsheet and audited accounts.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    # ------------------------------------------------------------------ 20
    {
        "slug": "blockade-wetland-machinery-campesinos",
        "title": "Blocking the machines at the wetland: a blockade that held nine days and then lost everything",
        "summary": (
            "A campesino association blocked the road used by machinery draining a communal wetland for an "
            "agribusiness project. It held for nine days, then ended with a violent clearance, criminal charges "
            "against leaders, and the drainage finished."
        ),
        "format": "case_study",
        "result": "misfire",
        "scale": "local",
        "countries": ["CO"],
        "started": "2022-02",
        "ended": "2022-03",
        "problem": (
            "For generations families fished and grazed animals on a seasonal wetland treated as common land. "
            "An agribusiness company fenced part of it and brought in machinery to dig drainage channels. Our "
            "complaints to the authorities went unanswered."
        ),
        "activities": [
            {
                "title": "Decide in assembly",
                "description": "One night's assembly decided to block the only road for the machinery, starting the next morning.",
                "duration": "one night",
            },
            {
                "title": "Hold the road",
                "description": "About 150 people in rotating shifts, with a communal kitchen and tarpaulins.",
                "duration": "nine days",
            },
            {
                "title": "Invite legal observers",
                "description": "A regional human rights network sent observers who documented the police presence.",
                "duration": "from day three",
            },
            {
                "title": "Ask for dialogue",
                "description": "We asked the regional authorities for a dialogue table. One was promised but never met.",
                "duration": "nine days",
            },
        ],
        "outcomes": (
            "On day nine riot police cleared the road. Eleven people were injured. Three leaders now face charges "
            "of obstructing a public road. The drainage was finished within three weeks. Coverage outside the "
            "region was almost nil, and local news framed it as a road closure."
            "\n\n"
            "We blocked before we had a legal case, outside allies or a negotiation channel, so nothing could "
            "protect the blockade once the authorities decided to end it. A legal action to protect the wetland "
            "was filed afterwards and is still pending."
        ),
        "what_we_would_change": (
            "Build the legal case, the allies and the media story first, so that a blockade can buy time for them "
            "to work. A blockade with nothing behind it only buys time for the other side."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Criminal charges for leaders",
                "description": "Blocking roads is a criminal offence. Prepare lawyers and support for leaders before the first day.",
            },
            {
                "risk": "high",
                "title": "Violent clearance",
                "description": "Plan for clearance: first aid, documentation, and who leaves first to protect the elderly and children.",
            },
        ],
        "context": {
            "political": "Land conflicts over common lands were common, and local authorities were close to agribusiness.",
            "coalition": "The association acted alone at first; outside allies arrived only after the clearance.",
            "media": "Regional media covered traffic disruption; national media did not cover it at all.",
            "legal": "The criminal code penalises obstruction of public roads; claims over common land move very slowly through courts.",
        },
        "topics": ["food-land"],
        "tactics": ["blockade", "legal-observing"],
        "audiences": ["legal-support", "organisers"],
        "bottlenecks": ["repression", "media-attention"],
        "tags": ["wetland", "common land", "campesinos"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Drainage works halted or reversed",
                "baseline": 0,
                "result": 0,
                "unit": "decisions",
                "effect": "no_change",
                "evidence": "Site visits after the clearance and official replies to our complaints.",
                "factors": "No legal action or negotiation was in place to make use of the blockade.",
            },
            {
                "metric": "other",
                "label": "Leaders facing criminal charges",
                "baseline": 0,
                "result": 3,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Court records held by the association's lawyer.",
                "factors": "The blockade was cleared and leaders were identified from police video.",
            },
        ],
        "adapted_from": [],
        "related": ["phone-hygiene-land-defenders", "street-theatre-water-and-mining"],
        "authors": [
            {"name": "Board of a campesino association", "anonymous": False},
        ],
        "funding": "No external funding; food for the blockade came from member families.",
        "origin": "Written with the help of the human rights network that sent observers, from their report and an assembly.",
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
]
