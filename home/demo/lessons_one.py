"""Demo lessons, first half: camps, pipelines, legal support, money, homes and work."""

LESSONS = [
    {
        "slug": "lower-saxony-climate-camp-spokescouncil",
        "title": (
            "Consensus for 1,500 people: the spokescouncil at a Lower Saxony climate "
            "camp"
        ),
        "summary": (
            "How a regional climate camp used affinity groups, rotating spokes and "
            "fixed decision windows to agree a mass blockade in under three hours, and "
            "where the process team still broke down."
        ),
        "format": "case_study",
        "result": "worked",
        "scale": "regional",
        "countries": ["DE"],
        "started": "2019-03",
        "ended": "2019-08",
        "problem": (
            "Our camp had grown from about 400 people to almost 1,500 in three years. "
            "The old plenary took four hours to agree an action plan, the same twenty "
            "confident voices did the talking, and people who arrived that morning "
            "felt decisions were made without them.\n\n"
            "We were planning to block the rail line to a coal power station on day "
            "four. Decisions with real legal and physical risk had to be made by the "
            "people carrying that risk."
        ),
        "activities": [
            {
                "title": "Affinity groups before arrival",
                "description": (
                    "Everyone registered in an affinity group of 5 to 15 people before "
                    "travelling, with online matching for people coming alone and a "
                    "newcomers' barrio for anyone left over."
                ),
                "duration": "six weeks before the camp",
            },
            {
                "title": "Barrios and rotating spokes",
                "description": (
                    "Affinity groups clustered into 12 barrios, each sending a "
                    "speaking spoke and a listening spoke, rotating daily. The "
                    "listening spoke only reports back, which ended most 'that's not "
                    "what we agreed' arguments."
                ),
                "duration": "five days",
            },
            {
                "title": "Fixed decision windows",
                "description": (
                    "The council met twice a day for at most 90 minutes, with "
                    "proposals posted three hours before. Anything undecided went back "
                    "to the barrios, never into a longer meeting."
                ),
                "duration": "twice daily",
            },
            {
                "title": "Blocks only on principle",
                "description": (
                    "Anyone blocking had to name the shared principle at stake; "
                    "preferences became stand-asides or amendments. Both blocks raised "
                    "during the camp were upheld."
                ),
                "duration": "throughout",
            },
        ],
        "outcomes": (
            "The plan was agreed in under three hours, and about 1,100 people held the "
            "blockade for roughly nine hours. In the feedback survey (412 responses), "
            "71% said their affinity group had real influence, against 38% the year "
            "before.\n\n"
            "The process team of eight was still overloaded, and by day four three "
            "facilitators were working on almost no sleep. One barrio quietly stopped "
            "sending spokes after a row about the kitchen rota, and we only noticed on "
            "day three."
        ),
        "what_we_would_change": (
            "Recruit a second facilitation team for day three onward, and name someone "
            "to notice when a barrio goes quiet. Publish the guide in English and "
            "Turkish too; several barrios followed only through whispered translation."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Consensus is not a safety plan",
                "description": (
                    "Fast calls during the blockade (police advancing, someone hurt) "
                    "must be delegated in advance to a small tactical team. Never try "
                    "to reach consensus on the tracks."
                ),
            },
            {
                "risk": "medium",
                "title": "Spokes become a new elite",
                "description": (
                    "Without daily rotation the same articulate people fill the "
                    "council."
                ),
            },
        ],
        "context": {
            "political": (
                "Coal phase-out dates were contested nationally, and police wanted to "
                "look firm without looking brutal."
            ),
            "coalition": (
                "A regional climate justice alliance, local farmers and a church group "
                "that hosted the meadow but stayed out of the blockade."
            ),
            "media": (
                "Coverage focused on the blockade day, and a small press team shared "
                "only messages the council had agreed."
            ),
            "legal": (
                "Blocking a rail line can be a regulatory or criminal offence. The "
                "legal team briefed every evening, and observers went with every "
                "finger."
            ),
        },
        "topics": ["climate-justice"],
        "tactics": ["action-camp", "blockade"],
        "audiences": ["organisers", "coordinators"],
        "bottlenecks": ["decision-making", "burnout"],
        "tags": ["consensus", "spokescouncil", "affinity-groups"],
        "signals": [
            {
                "metric": "turnout",
                "label": "People taking part in the blockade day",
                "baseline": 650,
                "result": 1100,
                "unit": "people",
                "effect": "improved",
                "evidence": (
                    "Entry team counts at the fingers' departure points, using the "
                    "same method as the previous year."
                ),
                "factors": (
                    "Affinity groups formed before arrival, so people came committed."
                ),
            },
            {
                "metric": "other",
                "label": "Meeting time needed to agree the action plan",
                "baseline": 4,
                "result": 2.75,
                "unit": "hours",
                "effect": "improved",
                "evidence": "Facilitators' logs, previous year compared with this one.",
                "factors": "Proposals published in advance and hard time limits.",
            },
        ],
        "adapted_from": [],
        "related": ["two-day-legal-observer-course-germany"],
        "authors": [
            {
                "name": "Process working group of a climate camp in Lower Saxony",
                "anonymous": False,
            },
        ],
        "funding": (
            "No external funding; a sliding-scale participation fee and donations "
            "covered the camp's costs."
        ),
        "origin": (
            "Written by the process working group from its debrief notes and the camp "
            "feedback survey."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "small-camp-spokescouncil-misfire-west-sweden",
        "title": (
            "Too heavy for 300 people: copying a big camp's spokescouncil in western "
            "Sweden"
        ),
        "summary": (
            "We took a large camp's spokescouncil model and used it whole at a small "
            "camp. Meetings doubled, first-timers left, and we learned that the "
            "process has to fit the size of the group."
        ),
        "format": "tactic_guide",
        "result": "misfire",
        "scale": "local",
        "countries": ["SE"],
        "started": "2022-06",
        "ended": "2022-08",
        "problem": (
            "Our camp near Gothenburg opposed an expansion of fossil fuel "
            "infrastructure in the port. About 300 people came, many for the first "
            "time. We had read the Lower Saxony camp's account and adopted all of it: "
            "affinity groups, barrios, speaking and listening spokes, councils twice a "
            "day.\n\n"
            "We never asked whether a camp a fifth of that size needed any of it."
        ),
        "activities": [
            {
                "title": "Six barrios for 300 people",
                "description": (
                    "With so few groups, the council was a plenary with extra steps. "
                    "Each barrio meeting went over the same ground the council then "
                    "covered again."
                ),
                "duration": "days one to three",
            },
            {
                "title": "Affinity groups by counting off",
                "description": (
                    "Most people came alone or in pairs, so we formed groups on "
                    "arrival by counting off. Strangers gave their spoke no real "
                    "mandate."
                ),
                "duration": "day one",
            },
            {
                "title": "Double meetings",
                "description": (
                    "Meetings took three to four hours a day. The action group needed "
                    "fast answers and began deciding things in the kitchen tent, which "
                    "led to a row about legitimacy."
                ),
                "duration": "days one to three",
            },
            {
                "title": "The switch on day three",
                "description": (
                    "We moved to one 60-minute daily plenary with rotating facilitator "
                    "pairs, five-minute buzz rounds on each proposal, and a mandated "
                    "action team for tactics. Meetings got shorter, but the mood had "
                    "already soured."
                ),
                "duration": "days three to six",
            },
        ],
        "outcomes": (
            "The action went ahead: about 180 people blocked a port access road for "
            "six hours. But a third of the first-timers left before action day, the "
            "process was the top complaint in the follow-up survey, and two local "
            "groups said they would not co-organise again unless it changed.\n\n"
            "Spokescouncils are not bad. We imported a tool built for a problem we did "
            "not have."
        ),
        "what_we_would_change": (
            "Start with the smallest process that could work: a daily plenary with "
            "buzz groups and clear mandates for working groups. Add spokes only above "
            "about 150 active participants. Build affinity groups through local "
            "trainings in the months before, not in a field."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Copying a process wholesale",
                "description": (
                    "A model carries assumptions about size, experience and trust. "
                    "Write them down before adopting it."
                ),
            },
            {
                "risk": "low",
                "title": "Kitchen-tent decisions",
                "description": (
                    "When formal process is too slow, informal power fills the gap. "
                    "Give working groups explicit mandates."
                ),
            },
        ],
        "context": {
            "political": (
                "National elections were weeks away and energy prices dominated the "
                "debate, so the port expansion was sold as energy security."
            ),
            "coalition": (
                "A regional climate network, two nature-protection groups and a youth "
                "climate group. The nature groups stayed out of the blockade and found "
                "the meetings alienating."
            ),
            "media": "Local press gave the blockade a few paragraphs.",
            "legal": (
                "Road blockaders are usually removed and sometimes fined, but "
                "prosecutors elsewhere had recently tried heavier charges, which made "
                "first-timers cautious."
            ),
        },
        "topics": ["climate-justice"],
        "tactics": ["action-camp", "blockade"],
        "audiences": ["organisers", "trainers"],
        "bottlenecks": ["decision-making", "retention"],
        "tags": ["consensus", "camp", "facilitation"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "First-time participants still on site on action day",
                "baseline": 85,
                "result": 66,
                "unit": "%",
                "effect": "worsened",
                "evidence": (
                    "Registration list against action-day check-in; last year's "
                    "smaller gathering used the same method."
                ),
                "factors": "Long, repetitive meetings in groups of strangers.",
            },
            {
                "metric": "other",
                "label": "Average hours of meetings per participant per day",
                "baseline": 1.5,
                "result": 3.5,
                "unit": "hours",
                "effect": "worsened",
                "evidence": "Facilitators' daily logs.",
                "factors": "Barrios and council covered the same ground twice.",
            },
        ],
        "adapted_from": [
            {
                "slug": "lower-saxony-climate-camp-spokescouncil",
                "what_changed": (
                    "We took the whole spokescouncil model and shrank it to six "
                    "barrios, with affinity groups formed on arrival. The shrinking is "
                    "what failed: the structure only makes sense at scale."
                ),
            },
        ],
        "related": [],
        "authors": [
            {
                "name": "Facilitation team of a climate camp near Gothenburg",
                "anonymous": False,
            },
        ],
        "funding": (
            "Participants' donations and a small grant from a regional adult-education "
            "association for the trainings."
        ),
        "origin": (
            "Compiled from the facilitators' daily logs and an online survey (94 "
            "responses) a month after the camp."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "forest-blockade-camp-decision-training-victoria",
        "title": (
            "A 90-minute decision training for a forest blockade camp: consensus for "
            "strategy, mandates for emergencies"
        ),
        "summary": (
            "A newcomers' training at a forest blockade camp in Victoria on when to "
            "decide together and when to hand a call to a small mandated team. It "
            "draws on one European camp's success and another's misfire."
        ),
        "format": "training",
        "result": "worked",
        "scale": "regional",
        "countries": ["AU"],
        "started": "2023-01",
        "ended": "2023-04",
        "problem": (
            "Our camp stops native forest logging by blockading access tracks. People "
            "arrive in a trickle, so we cannot run a big process or teach our decision "
            "culture over a week.\n\n"
            "In fire season, or when machinery moves toward someone locked on, there "
            "is no time for a circle. Yet the summer before, the camp nearly split "
            "because a few long-termers made every call."
        ),
        "activities": [
            {
                "title": "Two kinds of decisions",
                "description": (
                    "Participants sort real examples from last season into decisions "
                    "that can wait a day (strategy, camp rules) and those that cannot "
                    "wait five minutes (fire, injury, machinery). Arguing over "
                    "borderline cases teaches the most."
                ),
                "duration": "15 minutes",
            },
            {
                "title": "Consensus for strategy",
                "description": (
                    "A role play of the evening circle: proposal, concerns, "
                    "amendments, then consent, stand aside or block. A block must name "
                    "a principle."
                ),
                "duration": "25 minutes",
            },
            {
                "title": "Mandates for emergencies",
                "description": (
                    "The tac team is three people chosen each morning who can call "
                    "people off the tracks or evacuate. In a drill, a trainer shouts a "
                    "fire warning and the team has two minutes to decide; the group "
                    "then reviews the call."
                ),
                "duration": "25 minutes",
            },
            {
                "title": "Size check and buddies",
                "description": (
                    "From the Swedish misfire: how many of us are here today? Under "
                    "about 40 we use one circle; above that, buzz groups first, never "
                    "barrios. Each newcomer gets a long-termer buddy for three days."
                ),
                "duration": "25 minutes",
            },
        ],
        "outcomes": (
            "We ran the training 14 times for about 160 people. In two real "
            "fire-warning evacuations, the tac team cleared the tracks in under ten "
            "minutes, and nobody called the decision illegitimate afterwards, unlike "
            "the summer before.\n\n"
            "Evening circles still dragged once the camp passed 50 people, and a few "
            "long-termers treated the tac team as a permanent role until we re-taught "
            "rotation mid-season."
        ),
        "what_we_would_change": (
            "Post the rotation rule and each day's tac team on the noticeboard. Write "
            "a 30-minute version for day visitors, who currently get nothing."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "A drill is not a fire plan",
                "description": (
                    "The training settles who decides, not what is safe. The fire plan "
                    "must come from people who know the country."
                ),
            },
            {
                "risk": "medium",
                "title": "Mandate creep",
                "description": (
                    "A team trusted with emergencies starts deciding other things "
                    "'because it was urgent'. Review its calls every evening."
                ),
            },
        ],
        "context": {
            "political": (
                "The state had set an end date for native forest logging, but logging "
                "continued in contested areas, so every week of delay counted."
            ),
            "coalition": (
                "We asked Traditional Owners' permission for the site; their views on "
                "blockades differed, and we never claimed their support."
            ),
            "media": "Media came only for lock-on arrests.",
            "legal": (
                "Entering a timber harvesting safety zone carries heavy fines, "
                "recently increased. Everyone locking on got a separate legal "
                "briefing."
            ),
        },
        "topics": ["climate-justice", "food-land"],
        "tactics": ["action-camp", "blockade", "training-of-trainers"],
        "audiences": ["trainers", "new-volunteers"],
        "bottlenecks": ["decision-making", "retention"],
        "tags": ["consensus", "fire-safety", "forest", "camp"],
        "signals": [
            {
                "metric": "other",
                "label": "Minutes to clear the tracks after an emergency call",
                "baseline": 25,
                "result": 9,
                "unit": "minutes",
                "effect": "improved",
                "evidence": (
                    "Tac team logs against last season's notes on one evacuation."
                ),
                "factors": (
                    "Drills made the call familiar, and nobody waited for a circle."
                ),
            },
            {
                "metric": "volunteer_retention",
                "label": "Newcomers still at camp after one week",
                "baseline": 40,
                "result": 58,
                "unit": "%",
                "effect": "improved",
                "evidence": "Camp sign-in book, this season against last.",
                "factors": "Buddies and a clear sense of how decisions are made.",
            },
        ],
        "adapted_from": [
            {
                "slug": "lower-saxony-climate-camp-spokescouncil",
                "what_changed": (
                    "We kept principled blocks and delegated tactical calls, but "
                    "dropped affinity groups and spokes, which a trickle of arrivals "
                    "cannot form."
                ),
            },
            {
                "slug": "small-camp-spokescouncil-misfire-west-sweden",
                "what_changed": (
                    "The Swedish misfire gave us the size check: start with one circle "
                    "and add structure only when the camp outgrows it."
                ),
            },
        ],
        "related": [],
        "authors": [
            {
                "name": "Trainers' collective at a forest blockade camp in Victoria",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; supporters donated food and fuel.",
        "origin": (
            "Written by the camp trainers from session notes and two end-of-season "
            "debriefs."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "volunteer-ladder-first-contact-to-organiser",
        "title": (
            "Template: a five-rung volunteer ladder with a first call within 48 hours"
        ),
        "summary": (
            "A fill-in template for moving sign-ups from first contact to organiser, "
            "built after a national climate campaign lost nearly all its online "
            "sign-ups before anyone spoke to them."
        ),
        "format": "template",
        "result": "worked",
        "scale": "national",
        "countries": ["US"],
        "started": "2020-09",
        "ended": "2021-06",
        "problem": (
            "After a big climate march we had 6,000 new sign-ups and no plan. Local "
            "groups got the lists weeks later, by which time people had forgotten "
            "signing up. Fewer than 3% ever came to a meeting.\n\n"
            "We needed a structure any local group could run without a staffer, with a "
            "clear next ask at every step."
        ),
        "activities": [
            {
                "title": "Rung 1: first contact",
                "description": (
                    "Script: 'Hi, it's [name] from [group]. You signed up at [event]. "
                    "What made you sign up?' Listen, then make one ask: the welcome "
                    "call on [date]. Log the result (reached, voicemail or wrong "
                    "number) and their reason."
                ),
                "duration": "within 48 hours",
            },
            {
                "title": "Rung 2: welcome call",
                "description": (
                    "A 45-minute video call every Tuesday with two hosts: the "
                    "campaign's story, introductions in threes, three concrete roles, "
                    "then questions. Ask people to pick one role and one date."
                ),
                "duration": "weekly",
            },
            {
                "title": "Rung 3: first task with a buddy",
                "description": (
                    "Every first task is done with someone: a phone-bank shift, a "
                    "stall or a door-knocking session. Fields: buddy, task, date, "
                    "follow-up booked."
                ),
                "duration": "weeks one to three",
            },
            {
                "title": "Rungs 4 and 5: team member, then organiser",
                "description": (
                    "Invite people into a standing team, with a one-to-one after their "
                    "third meeting. From month three, ask them to run a rung below "
                    "them and offer the one-day organiser training."
                ),
                "duration": "month one onward",
            },
        ],
        "outcomes": (
            "In the 23 groups that used the ladder for six months or more, the share "
            "of sign-ups reaching a first meeting rose from under 3% to about 14%, and "
            "210 people reached rung 5. Groups that skipped the 48-hour call did no "
            "better than before.\n\n"
            "Phone banking was the bottleneck because volunteers dreaded cold calls. "
            "It helped when the calls came from people who had signed up the same way "
            "a few months earlier."
        ),
        "what_we_would_change": (
            "Offer text-first contact for people who never answer unknown numbers, "
            "especially younger sign-ups. Track the ladder in one shared tool from day "
            "one; separate spreadsheets hid where people dropped out."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Call notes are personal data",
                "description": (
                    "Logs record why people care, such as a sick child or a lost job. "
                    "Limit access, delete notes after a year and never share lists "
                    "without consent."
                ),
            },
            {
                "risk": "low",
                "title": "A ladder, not a conveyor belt",
                "description": "Someone happy on rung 3 for two years is a success.",
            },
        ],
        "context": {
            "political": (
                "After the election, a lot of energy was looking for somewhere to go, "
                "and a federal climate bill gave people a reason to stay."
            ),
            "coalition": (
                "Two faith-based climate groups used the same ladder and adapted the "
                "welcome call for congregations."
            ),
            "media": (
                "Not a media tactic, but welcome call hosts were trained on the core "
                "message."
            ),
            "legal": (
                "Texting people who had opted in was allowed. We checked consent "
                "settings, because automated texts to people who have not opted in can "
                "break telecoms law."
            ),
        },
        "topics": ["climate-justice"],
        "tactics": ["volunteer-pipeline", "phone-banking"],
        "audiences": ["organisers", "new-volunteers"],
        "bottlenecks": ["recruitment", "retention"],
        "tags": ["onboarding", "volunteers", "script"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "Sign-ups who came to at least one meeting",
                "baseline": 2.8,
                "result": 14,
                "unit": "%",
                "effect": "improved",
                "evidence": (
                    "Sign-up lists matched against attendance in the 23 groups, before "
                    "and after."
                ),
                "factors": "Fast peer contact and one concrete ask per step.",
            },
            {
                "metric": "other",
                "label": "Median days from sign-up to first human contact",
                "baseline": 19,
                "result": 2,
                "unit": "days",
                "effect": "improved",
                "evidence": "Call logs in the shared tracker.",
                "factors": "Lists went straight to local callers.",
            },
        ],
        "adapted_from": [],
        "related": ["tenant-door-knock-script-rent-strike-readiness"],
        "authors": [
            {
                "name": "Volunteer engagement team of a national climate campaign",
                "anonymous": False,
            },
        ],
        "funding": (
            "Staff time was paid from small individual donations; the calling tool was "
            "free for non-profits."
        ),
        "origin": (
            "Written from the campaign's internal ladder guide and six months of "
            "tracking data."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "whatsapp-volunteer-pipeline-sao-paulo-flood-brigades",
        "title": (
            "From WhatsApp group to street brigade: a volunteer ladder in São Paulo's "
            "periphery"
        ),
        "summary": (
            "A flood-response and climate collective swapped one-to-one calls for "
            "voice notes, a mutual aid first task and street brigades. Recruitment "
            "soared, but most brigades faded once the rains stopped."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "local",
        "countries": ["BR"],
        "started": "2022-02",
        "ended": "2023-01",
        "problem": (
            "We work in a peripheral neighbourhood in the south of São Paulo, where "
            "floods hit hardest and most residents are Black and working-class. After "
            "a flood in early 2022, hundreds joined our WhatsApp groups offering help, "
            "and we had no way to turn that into a lasting group.\n\n"
            "A partner sent us a US volunteer ladder. It assumed time for video calls, "
            "phone credit for cold calls and a staffer with a database."
        ),
        "activities": [
            {
                "title": "Voice notes instead of calls",
                "description": (
                    "Nobody answers unknown numbers here. Within 48 hours, two "
                    "volunteers sent a voice note to the welcome group, asked people "
                    "to reply with one about their street, and invited them to "
                    "Saturday's activity."
                ),
                "duration": "48 hours",
            },
            {
                "title": "Mutual aid as the first task",
                "description": (
                    "The first rung became physical: sorting donations, mapping "
                    "blocked drains, cooking at the community kitchen. People met in "
                    "person before any meeting."
                ),
                "duration": "Saturdays",
            },
            {
                "title": "Street brigades",
                "description": (
                    "Brigades of five to ten people per street cleared drains, listed "
                    "elderly neighbours for evacuation and took complaints to the "
                    "sub-prefecture."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Conversation circle",
                "description": (
                    "Every second Saturday, a circle on why floods hit this "
                    "neighbourhood and not rich ones: land, race and where public "
                    "money goes."
                ),
                "duration": "fortnightly",
            },
        ],
        "outcomes": (
            "The welcome groups reached about 900 people, roughly 260 came at least "
            "once, and eleven brigades formed.\n\n"
            "Retention failed. When the rains stopped the urgency went, and many "
            "volunteers work two jobs; four brigades were active at year's end. The "
            "circle kept about 25 regulars, mostly women, who are now our core. A "
            "politician's staff also screenshotted and shared a 250-member group, "
            "showing how exposed members' numbers were."
        ),
        "what_we_would_change": (
            "Plan dry-season tasks from the start, such as school talks and budget "
            "hearings. Use announcement-only channels so members cannot see each "
            "other's numbers, and keep organising talk in small groups."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Phone numbers in big groups",
                "description": (
                    "Every member can see every number. Where militias or police "
                    "violence are a threat, that list is dangerous."
                ),
            },
            {
                "risk": "medium",
                "title": "Relief without politics",
                "description": (
                    "If the first task is pure relief, some people will only want "
                    "relief. Bring the 'why' into the task itself."
                ),
            },
        ],
        "context": {
            "political": (
                "Drainage budgets had been cut, and in an election year every party "
                "courted the neighbourhood."
            ),
            "coalition": (
                "A community kitchen, two evangelical churches with space and trust, "
                "and a university flood-mapping project. The churches and the circle "
                "did not always agree on how to talk about race."
            ),
            "media": (
                "Community media covered the brigades; television came only during "
                "floods and showed residents as victims."
            ),
            "legal": (
                "Drain clearing was tolerated, but we avoided anything the "
                "sub-prefecture could fine as unauthorised works."
            ),
        },
        "topics": ["climate-justice", "anti-racism"],
        "tactics": ["volunteer-pipeline", "mutual-aid"],
        "audiences": ["new-volunteers", "organisers"],
        "bottlenecks": ["retention", "digital-risk"],
        "tags": ["whatsapp", "floods", "onboarding", "brigades"],
        "signals": [
            {
                "metric": "turnout",
                "label": "People at one or more Saturday activities",
                "baseline": 30,
                "result": 260,
                "unit": "people",
                "effect": "improved",
                "evidence": (
                    "Community kitchen sign-in sheets against the previous year's "
                    "Saturdays."
                ),
                "factors": "Flood urgency and an easy first task.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Street brigades still active after ten months",
                "baseline": 11,
                "result": 4,
                "unit": "brigades",
                "effect": "worsened",
                "evidence": "Monthly check with each brigade contact.",
                "factors": "Urgency faded with the dry season.",
            },
        ],
        "adapted_from": [
            {
                "slug": "volunteer-ladder-first-contact-to-organiser",
                "what_changed": (
                    "We replaced the 48-hour phone call with voice notes and the "
                    "welcome video call with a mutual aid task, because calls did not "
                    "fit how people here live and pay for data."
                ),
            },
        ],
        "related": ["mutual-aid-migrant-domestic-workers-beirut"],
        "authors": [
            {
                "name": (
                    "Coordinating group of a flood-response and climate collective in "
                    "São Paulo"
                ),
                "anonymous": False,
            },
        ],
        "funding": (
            "Small grants from a Brazilian human rights fund, plus neighbourhood "
            "raffles and a feijoada."
        ),
        "origin": (
            "Recorded in a conversation circle with brigade contacts and transcribed "
            "by a volunteer."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "youth-climate-onboarding-trainers-misfire-east-africa",
        "title": (
            "Training young climate volunteers to onboard others: why it collapsed "
            "across two countries"
        ),
        "summary": (
            "We trained 48 young volunteers in Kenya and Uganda to onboard new members "
            "in their own chapters. Three months later nine were still doing it."
        ),
        "format": "training",
        "result": "misfire",
        "scale": "international",
        "countries": ["KE", "UG"],
        "started": "2023-05",
        "ended": "2023-12",
        "problem": (
            "Our youth climate network has chapters at universities and in towns "
            "across Kenya and in two Ugandan cities. Every welcome session depended on "
            "three people in the Nairobi office, so chapters waited weeks.\n\n"
            "We liked the São Paulo collective's approach of group onboarding with a "
            "practical first task, and decided to train chapter volunteers to run it "
            "themselves."
        ),
        "activities": [
            {
                "title": "Two-day training of trainers",
                "description": (
                    "Forty-eight volunteers from 16 chapters. Day one covered running "
                    "a welcome session, keeping a WhatsApp welcome group and designing "
                    "a first task (tree nursery, clean-up, school talk). Day two was "
                    "practice with feedback."
                ),
                "duration": "two days",
            },
            {
                "title": "Shared toolkit",
                "description": (
                    "Slides, a tracking form and voice-note scripts in English, "
                    "Kiswahili and Luganda."
                ),
                "duration": "one week",
            },
            {
                "title": "Monthly check-in calls",
                "description": (
                    "A call on the first Saturday of each month to share what had "
                    "happened."
                ),
                "duration": "monthly",
            },
            {
                "title": "First-task budgets",
                "description": (
                    "Each chapter got a small budget for its first practical task, "
                    "sent by mobile money."
                ),
                "duration": "three months",
            },
        ],
        "outcomes": (
            "After three months, nine of the 48 were still onboarding, and check-in "
            "calls had fallen from 30 people to five. In exit conversations people "
            "gave three reasons: exams and holidays emptied chapters, data for calls "
            "was expensive, and many trainers had been picked for their confidence at "
            "the training rather than their chapter's trust.\n\n"
            "The budgets made it worse. In two chapters the money became the reason to "
            "join, and accusations about spending split one chapter."
        ),
        "what_we_would_change": (
            "Let chapters choose their trainers, and train them in pairs. Plan around "
            "the academic year. Pay for trainers' data instead of giving cash for "
            "activities, and show every payment to the whole chapter."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Money changes motives",
                "description": (
                    "Where youth unemployment is high, even small sums can turn a "
                    "volunteer role into a competition. Tie money to real costs and "
                    "make it visible."
                ),
            },
            {
                "risk": "medium",
                "title": "Confidence is not trust",
                "description": (
                    "The loudest person at a training may not be the one their chapter "
                    "listens to."
                ),
            },
        ],
        "context": {
            "political": (
                "Cost-of-living protests in Kenya made gatherings tense, and some "
                "parents kept their children away from anything called activism."
            ),
            "coalition": (
                "A regional climate NGO funded the training. Its reports counted "
                "trainers trained, not people onboarded, so our first report looked "
                "like a success."
            ),
            "media": (
                "The funder posted about the training, and nobody followed up on what "
                "came after."
            ),
            "legal": (
                "Onboarding carried little legal risk, but Ugandan chapters avoided "
                "public first tasks because of restrictions on gatherings."
            ),
        },
        "topics": ["climate-justice"],
        "tactics": ["training-of-trainers", "volunteer-pipeline"],
        "audiences": ["trainers", "new-volunteers"],
        "bottlenecks": ["retention", "funding"],
        "tags": ["youth", "onboarding", "stipends"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": (
                    "Trained volunteers still running onboarding after three months"
                ),
                "baseline": 48,
                "result": 9,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Chapter reports and exit conversations with 22 trainers.",
                "factors": (
                    "Academic calendar, data costs and trainers chosen by us rather "
                    "than their chapters."
                ),
            },
            {
                "metric": "other",
                "label": "Median days from joining to a first welcome session",
                "baseline": 35,
                "result": 30,
                "unit": "days",
                "effect": "no_change",
                "evidence": "Sign-up dates compared with welcome session records.",
                "factors": (
                    "Most chapters never ran sessions, so the office stayed the "
                    "bottleneck."
                ),
            },
        ],
        "adapted_from": [
            {
                "slug": "whatsapp-volunteer-pipeline-sao-paulo-flood-brigades",
                "what_changed": (
                    "We kept group onboarding and the practical first task but tried "
                    "to spread them across 16 chapters through a training. The São "
                    "Paulo model grew from one place with a strong core; most of our "
                    "chapters had no core."
                ),
            },
        ],
        "related": ["volunteer-ladder-first-contact-to-organiser"],
        "authors": [
            {
                "name": "Programme team of a youth climate network in East Africa",
                "anonymous": False,
            },
        ],
        "funding": (
            "A grant from a regional climate NGO paid for the training, travel and "
            "task budgets."
        ),
        "origin": (
            "Written by the programme team after exit conversations with 22 of the "
            "trained volunteers."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "two-day-legal-observer-course-germany",
        "title": (
            "A two-day legal observer course for climate actions in northern Germany"
        ),
        "summary": (
            "The course our legal support team uses to train observers whose notes "
            "stand up in court and who stay out of the action."
        ),
        "format": "training",
        "result": "worked",
        "scale": "regional",
        "countries": ["DE"],
        "started": "2018-04",
        "ended": "2019-10",
        "problem": (
            "At our first camps, legal observers were participants' friends in bright "
            "vests with no training. Their notes were useless in court: no times, no "
            "unit numbers, opinion mixed with fact. Two observers were detained after "
            "stepping into a blockade to help someone.\n\n"
            "We needed observers a judge would believe, who knew the limits of their "
            "role and would not burn out on day one."
        ),
        "activities": [
            {
                "title": "Role and limits",
                "description": (
                    "What observers are for (documenting police conduct and arrests) "
                    "and what they are not (medics, negotiators, participants). We "
                    "spend an hour on the hardest part: not stepping in when you see "
                    "something awful."
                ),
                "duration": "half a day",
            },
            {
                "title": "Notes that stand up",
                "description": (
                    "Participants take notes on video from past actions. A lawyer then "
                    "reads them out as if in court and asks: what time, which unit, "
                    "did you see it or hear it? The standard is time, place, what "
                    "happened, who, identifying numbers and witnesses."
                ),
                "duration": "half a day",
            },
            {
                "title": "Field simulation",
                "description": (
                    "A simulated action in a park, with trainers playing police and "
                    "protesters. Observers work in pairs, keep radio contact and hand "
                    "in notes at the end."
                ),
                "duration": "half a day",
            },
            {
                "title": "After the action",
                "description": (
                    "Handing notes to the legal team, writing a clean statement within "
                    "24 hours, looking after yourself. New observers always do their "
                    "first action with an experienced partner."
                ),
                "duration": "half a day",
            },
        ],
        "outcomes": (
            "Over 18 months we trained 96 observers in six courses, and 22 observer "
            "pairs covered every finger at the 2019 camp. Observer statements were "
            "used in 14 later trials. In at least five, the judgment relied on an "
            "observer's timing of police warnings.\n\n"
            "We still lose people. About a third observe once and never return, "
            "because the role is lonely and can be upsetting."
        ),
        "what_we_would_change": (
            "Add an observers-only debrief after every action and a refresher each "
            "spring. Recruit more older people and law students, whom police treat "
            "differently, for better and for worse."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Observers can be arrested too",
                "description": (
                    "A vest gives no legal protection in Germany. Brief observers on "
                    "their own rights and make sure the legal team has their details."
                ),
            },
            {
                "risk": "medium",
                "title": "Notes can be seized",
                "description": (
                    "Write only what you would read aloud in court, and never write "
                    "participants' names."
                ),
            },
        ],
        "context": {
            "political": (
                "Several German states were expanding police powers, which raised the "
                "stakes of good documentation."
            ),
            "coalition": (
                "The camp's legal support team ran the course jointly with a regional "
                "association of progressive lawyers."
            ),
            "media": (
                "We kept observers away from journalists, because their credibility "
                "depends on not being spokespeople."
            ),
            "legal": (
                "Observers have no special legal status, and their notes can be "
                "demanded as evidence."
            ),
        },
        "topics": ["civic-space", "climate-justice"],
        "tactics": ["legal-observing", "training-of-trainers"],
        "audiences": ["legal-support", "trainers"],
        "bottlenecks": ["repression", "burnout"],
        "tags": ["legal-observers", "documentation", "court"],
        "signals": [
            {
                "metric": "other",
                "label": "Observer statements used as evidence in trials",
                "baseline": 0,
                "result": 14,
                "unit": "statements",
                "effect": "improved",
                "evidence": "Case records kept by the legal support team.",
                "factors": "Structured, timed notes written to a court standard.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Trained observers active at more than one action",
                "baseline": None,
                "result": 64,
                "unit": "%",
                "effect": "unclear",
                "evidence": "Observer rota records; we had no earlier baseline.",
                "factors": "The course helps, but the role stays lonely.",
            },
        ],
        "adapted_from": [],
        "related": [
            "lower-saxony-climate-camp-spokescouncil",
            "arrestee-support-desk-template-mass-action",
        ],
        "authors": [
            {
                "name": "Legal support team of a climate camp in Lower Saxony",
                "anonymous": False,
            },
            {
                "name": (
                    "Trainers' group of a regional progressive lawyers' association"
                ),
                "anonymous": False,
            },
        ],
        "funding": (
            "The lawyers' association and a camp solidarity fund shared the course "
            "costs."
        ),
        "origin": (
            "Compiled by the legal support team from course materials and trial "
            "outcomes."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "legal-observer-brigades-chile-protest-wave",
        "title": "Scaling legal observation during a national protest wave in Chile",
        "summary": (
            "Observer brigades grew from a dozen people to hundreds in weeks. Their "
            "records helped lawyers reach detainees fast, but the structure could not "
            "protect observers or keep them going."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "national",
        "countries": ["CL"],
        "started": "2019-10",
        "ended": "2020-03",
        "problem": (
            "When mass protests began in October 2019, our network of law students and "
            "human rights lawyers had about a dozen people who had ever observed a "
            "protest. Within days there were daily marches in every big city, "
            "thousands of detentions and many injuries from police weapons, including "
            "to eyes.\n\n"
            "Our course was adapted from a German one built for planned actions with "
            "known routes. Here there were no organisers, no routes and tear gas "
            "everywhere."
        ),
        "activities": [
            {
                "title": "Three-hour evening course",
                "description": (
                    "We cut the two-day course to three hours, taught in university "
                    "halls every evening: the role, notes, moving through tear gas, "
                    "and logging detentions by phone."
                ),
                "duration": "first month",
            },
            {
                "title": "Brigades with medics",
                "description": (
                    "Observers went out in fours with volunteer medics, because "
                    "injuries were constant and observers needed medical help within "
                    "reach."
                ),
                "duration": "daily",
            },
            {
                "title": "Detention tracking",
                "description": (
                    "A shared form per detention (time, place, unit, visible injuries, "
                    "police station). Volunteer lawyers took the list to stations and "
                    "filed habeas corpus petitions."
                ),
                "duration": "daily",
            },
            {
                "title": "Weekly counts",
                "description": (
                    "Anonymised weekly counts of documented detentions and injuries, "
                    "shared with the national human rights institution and the press."
                ),
                "duration": "weekly",
            },
        ],
        "outcomes": (
            "Brigades documented more than 2,300 detentions in Santiago. Lawyers often "
            "reached detainees while they were still being held.\n\n"
            "We could not protect observers. Several were hit by pellets or gas "
            "canisters, and some were detained in their vests. Note quality fell as we "
            "grew, and many notes lacked unit identifiers. By summer more than half "
            "the brigades had stopped from exhaustion, and we had no psychological "
            "support in place."
        ),
        "what_we_would_change": (
            "Train trainers before a crisis, not during one. Keep the short course but "
            "require a second outing alongside an experienced observer. Arrange peer "
            "support and psychologists from week one."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Vests are not protection",
                "description": (
                    "Observers were shot at and detained. Nobody should observe "
                    "without understanding that."
                ),
            },
            {
                "risk": "high",
                "title": "Detention lists are sensitive",
                "description": (
                    "Names and injuries must stay on encrypted devices, and only "
                    "anonymised counts should be published."
                ),
            },
        ],
        "context": {
            "political": (
                "The first weeks brought a state of emergency and curfews. A later "
                "agreement on a constitutional referendum changed the protests but did "
                "not end police violence."
            ),
            "coalition": (
                "Law student groups, lawyers, medic brigades and neighbourhood "
                "assemblies. Some assemblies saw neutral observers as fence-sitters."
            ),
            "media": (
                "Phone videos of police violence spread faster than our records, so "
                "our role became verifying rather than exposing."
            ),
            "legal": (
                "Habeas corpus petitions were the main tool. Filming police was legal, "
                "but observers reported phones seized and footage deleted."
            ),
        },
        "topics": ["civic-space"],
        "tactics": ["legal-observing", "training-of-trainers"],
        "audiences": ["legal-support", "coordinators"],
        "bottlenecks": ["repression", "burnout"],
        "tags": ["legal-observers", "protest-wave", "detentions"],
        "signals": [
            {
                "metric": "other",
                "label": "Trained observers available",
                "baseline": 12,
                "result": 640,
                "unit": "people",
                "effect": "improved",
                "evidence": "Attendance lists at the evening courses.",
                "factors": "Public outrage and a very short course.",
            },
            {
                "metric": "volunteer_retention",
                "label": "Observer brigades still active",
                "baseline": 85,
                "result": 38,
                "unit": "brigades",
                "effect": "worsened",
                "evidence": (
                    "Weekly brigade check-ins, peak in November against February."
                ),
                "factors": "Injuries, exhaustion and no psychological support.",
            },
        ],
        "adapted_from": [
            {
                "slug": "two-day-legal-observer-course-germany",
                "what_changed": (
                    "We cut the German two-day course to a three-hour evening session "
                    "and sent observers out with medics, because protests were daily, "
                    "unplanned and violent, and there was no time for simulations."
                ),
            },
        ],
        "related": [],
        "authors": [
            {
                "name": (
                    "Coordination of a volunteer legal observer network in Santiago"
                ),
                "anonymous": False,
            },
        ],
        "funding": (
            "At first none; later a human rights foundation paid for phone credit and "
            "first aid supplies."
        ),
        "origin": (
            "Written a year later from the network's shared records and a group "
            "reflection session."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "women-legal-observer-teams-feminist-marches-mexico",
        "title": (
            "Women and non-binary legal observer teams at feminist marches in Mexico "
            "City"
        ),
        "summary": (
            "How a feminist lawyers' collective fielded observer teams inside "
            "women-only blocs, with fixed roles, an encirclement protocol and a "
            "debrief the same night."
        ),
        "format": "tactic_guide",
        "result": "worked",
        "scale": "local",
        "countries": ["MX"],
        "started": "2021-01",
        "ended": "2023-03",
        "problem": (
            "At the 8 March and 25 November marches, police increasingly encircled "
            "groups of marchers, often the radical blocs, and held them for hours. "
            "Male observers from human rights groups cannot enter women-only "
            "contingents, so nobody was witnessing from inside.\n\n"
            "We took the Chilean brigades' short course and medics, and took their "
            "burnout warning seriously."
        ),
        "activities": [
            {
                "title": "Recruit inside the movement",
                "description": (
                    "Observers are women and non-binary people already trusted in "
                    "feminist collectives, trained in the collectives' own spaces."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Three hours plus a shadow march",
                "description": (
                    "The Chilean three-hour course, followed by one march shadowing an "
                    "experienced observer before anyone observes alone."
                ),
                "duration": "one month",
            },
            {
                "title": "Teams of five with fixed roles",
                "description": (
                    "Two note-takers, one person filming police only (never marchers' "
                    "faces), one medic and one runner linked to the hotline."
                ),
                "duration": "each march",
            },
            {
                "title": "Encirclement protocol",
                "description": (
                    "Note the time and units, count the people inside, ask whether "
                    "anyone is hurt or a minor, report to the hotline, and stay at the "
                    "edge to witness the release. The hotline calls lawyers and the "
                    "city ombudsman's office."
                ),
                "duration": "each march",
            },
            {
                "title": "Same-night debrief",
                "description": (
                    "Every team meets for an hour that night, with a psychologist from "
                    "a partner collective."
                ),
                "duration": "each march",
            },
        ],
        "outcomes": (
            "Across five marches we fielded up to 30 teams, and every encirclement we "
            "recorded had an observer at the edge. Average time held fell from over "
            "four hours to under two. We think that was partly because lawyers and "
            "ombudsman staff arrived faster. We filed 37 complaints; four led to "
            "formal recommendations, none to sanctions.\n\n"
            "Some radical blocs distrusted anyone filming, even when only police were "
            "filmed. We now negotiate with them before every march."
        ),
        "what_we_would_change": (
            "Agree in advance with each bloc who marches with it and what gets filmed. "
            "Recruit trans women deliberately, because early recruitment reached "
            "mostly cis women from legal collectives."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Filming can expose marchers",
                "description": (
                    "Film police only, and check footage before sharing it with anyone."
                ),
            },
            {
                "risk": "medium",
                "title": "Complaints rarely bring sanctions",
                "description": (
                    "Be honest that the main gains are the record and faster releases."
                ),
            },
        ],
        "context": {
            "political": (
                "Senior politicians repeatedly dismissed the marches, and the "
                "authorities described encirclement as crowd protection."
            ),
            "coalition": (
                "Feminist lawyers' collectives, mothers of femicide victims, a "
                "psychologists' collective and student groups."
            ),
            "media": (
                "Coverage focused on broken glass and painted monuments, and our "
                "encirclement records gave journalists a second story."
            ),
            "legal": (
                "Protest is constitutionally protected and encirclement has no clear "
                "legal basis, but observers can still be charged with obstruction."
            ),
        },
        "topics": ["feminism", "civic-space"],
        "tactics": ["legal-observing", "training-of-trainers"],
        "audiences": ["legal-support", "trainers"],
        "bottlenecks": ["repression", "media-attention"],
        "tags": ["legal-observers", "feminist-marches", "kettling"],
        "signals": [
            {
                "metric": "other",
                "label": "Average hours held in an encirclement",
                "baseline": 4.5,
                "result": 1.8,
                "unit": "hours",
                "effect": "improved",
                "evidence": "Observer logs from 2021 compared with 2022 and 2023.",
                "factors": (
                    "Witnesses at the edge and faster arrival of lawyers and ombudsman "
                    "staff."
                ),
            },
            {
                "metric": "policy_win",
                "label": "Complaints leading to a formal recommendation",
                "baseline": 0,
                "result": 4,
                "unit": "complaints",
                "effect": "improved",
                "evidence": "Ombudsman case records for our 37 complaints.",
                "factors": "Detailed notes; no sanctions followed.",
            },
        ],
        "adapted_from": [
            {
                "slug": "legal-observer-brigades-chile-protest-wave",
                "what_changed": (
                    "We kept the three-hour course and medics in every team, added a "
                    "shadow march and a same-night debrief, and made teams women and "
                    "non-binary only so they could march inside feminist blocs."
                ),
            },
        ],
        "related": [],
        "authors": [
            {"name": "Feminist lawyers' collective in Mexico City", "anonymous": False},
        ],
        "funding": (
            "No external funding; lawyers volunteered and a feminist fund paid for "
            "first aid kits and phone credit."
        ),
        "origin": (
            "Drafted by the collective's coordinators and reviewed by two teams who "
            "observed in 2023."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "arrestee-support-desk-template-mass-action",
        "title": (
            "Template: an arrestee support desk for mass actions with participants "
            "from several countries"
        ),
        "summary": (
            "The roles and checklist our support team uses, from bust cards to meeting "
            "every detainee at the police station door, with interpreters and a legal "
            "fund."
        ),
        "format": "template",
        "result": "worked",
        "scale": "international",
        "countries": ["FR", "BE", "DE"],
        "started": "2022-09",
        "ended": "2023-06",
        "problem": (
            "We support mass actions against industrial sites in France, with "
            "participants from Belgium, Germany and beyond. At one action, 120 people "
            "were detained across six police stations. Our four-person team had a "
            "paper phone list, no interpreters and no idea who had been released. Some "
            "foreign participants were let out at night in an unfamiliar town, without "
            "phones or money."
        ),
        "activities": [
            {
                "title": "Before: briefing and bust cards",
                "description": (
                    "Every participant gets a card with the hotline number (also "
                    "written on the arm) and the right to silence in French and their "
                    "own language. They are told to leave personal phones at home. The "
                    "desk registers affinity group contacts, not legal names."
                ),
                "duration": "two weeks before",
            },
            {
                "title": "During: the desk",
                "description": (
                    "Roles: two hotline staff, a tracker, a lawyer liaison and station "
                    "runners. Tracker fields: code name, affinity group, language, "
                    "medication needs, time and place of arrest, station."
                ),
                "duration": "action day",
            },
            {
                "title": "Interpreters on call",
                "description": (
                    "Volunteer interpreters for German, Dutch, English and Spanish who "
                    "can join a lawyer's call with a detainee."
                ),
                "duration": "action day and after",
            },
            {
                "title": "Station door support",
                "description": (
                    "Runners wait outside every station with water, food, a charged "
                    "phone and train money. Nobody walks out alone."
                ),
                "duration": "until last release",
            },
            {
                "title": "Follow-up",
                "description": (
                    "A legal fund for lawyers and fines, and a debrief call for "
                    "arrestees a week later that covers how people are coping, not "
                    "just their cases."
                ),
                "duration": "weeks after",
            },
        ],
        "outcomes": (
            "At the next two actions, all 87 and then all 143 detainees were met at "
            "the station door, including releases at 3 a.m. Detainees who needed an "
            "interpreter had one on their lawyer's call within about four hours. A "
            "solidarity appeal raised about €48,000 for the legal fund.\n\n"
            "The desk burned out. At one action our team worked 40 hours straight, so "
            "we now cap shifts at eight hours."
        ),
        "what_we_would_change": (
            "Recruit station runners locally before the action instead of relying on "
            "exhausted participants. Rehearse the tracker with a test scenario, "
            "because on the day nobody knew which column meant what."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Seized phones get searched",
                "description": (
                    "Leave personal phones at home and carry a cheap phone with only "
                    "the hotline number."
                ),
            },
            {
                "risk": "high",
                "title": "The tracker is a list of suspects",
                "description": (
                    "Use code names only, keep it on paper or an encrypted device, and "
                    "destroy it after the releases."
                ),
            },
            {
                "risk": "medium",
                "title": "Non-citizens face extra risk",
                "description": (
                    "Administrative consequences can follow an arrest, so brief "
                    "foreign participants separately."
                ),
            },
        ],
        "context": {
            "political": (
                "Ministers had publicly called some climate activists eco-terrorists, "
                "and police deployments at actions had grown."
            ),
            "coalition": (
                "The desk is shared by French legal teams, a Belgian anti-repression "
                "group and legal support from German camps."
            ),
            "media": (
                "The legal team gives no interviews during actions, to keep case "
                "details private."
            ),
            "legal": (
                "Police custody lasts up to 24 hours and can be extended to 48, with "
                "rights to a lawyer and an interpreter. Refusing to unlock a phone can "
                "itself be prosecuted."
            ),
        },
        "topics": ["civic-space", "digital-security"],
        "tactics": ["legal-observing", "mutual-aid"],
        "audiences": ["legal-support", "coordinators"],
        "bottlenecks": ["repression", "burnout"],
        "tags": ["arrestee-support", "jail-support", "hotline"],
        "signals": [
            {
                "metric": "other",
                "label": "Detainees met at the station door on release",
                "baseline": 60,
                "result": 100,
                "unit": "%",
                "effect": "improved",
                "evidence": (
                    "Tracker records compared with the earlier action's estimate."
                ),
                "factors": "Runners posted at every station and shift handovers.",
            },
            {
                "metric": "fundraising_efficiency",
                "label": "Legal fund raised per euro spent on the appeal",
                "baseline": None,
                "result": 24,
                "unit": "EUR per EUR spent",
                "effect": "improved",
                "evidence": (
                    "Appeal costs (printing, fees) compared with donations received."
                ),
                "factors": "Participants shared the appeal through their own networks.",
            },
        ],
        "adapted_from": [],
        "related": [
            "two-day-legal-observer-course-germany",
            "legal-observer-brigades-chile-protest-wave",
        ],
        "authors": [
            {
                "name": "Arrestee support team for mass climate actions in France",
                "anonymous": False,
            },
        ],
        "funding": (
            "A solidarity appeal among participants and supporting groups; no "
            "institutional funding."
        ),
        "origin": (
            "Written by the support team from its debrief notes after two actions."
        ),
        "sensitivity": "members",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "glasgow-university-divestment-staff-and-students",
        "title": (
            "Winning divestment at a university in Glasgow by organising staff as well "
            "as students"
        ),
        "summary": (
            "A student divestment group won a full fossil fuel exclusion once it "
            "mapped who decided and recruited staff union members. The lesson we took: "
            "students graduate, staff stay."
        ),
        "format": "case_study",
        "result": "worked",
        "scale": "local",
        "countries": ["GB"],
        "started": "2018-10",
        "ended": "2020-06",
        "problem": (
            "We ran a divestment petition for two years. Each year our core graduated, "
            "the new cohort started from scratch, and management waited us out with a "
            "review that never ended.\n\n"
            "Management's main argument was fiduciary duty: the endowment had to "
            "maximise returns. Nobody on our side could answer that in the room where "
            "it mattered."
        ),
        "activities": [
            {
                "title": "Map who decides",
                "description": (
                    "We found out which committee set investment policy, who sat on it "
                    "and when it met. Three members were elected staff and student "
                    "representatives we had never spoken to."
                ),
                "duration": "one month",
            },
            {
                "title": "Recruit staff",
                "description": (
                    "We went to the staff union branch. Lecturers in geosciences and "
                    "finance joined a working group, and a finance lecturer wrote a "
                    "briefing that answered the fiduciary argument using the "
                    "university's own risk reports."
                ),
                "duration": "three months",
            },
            {
                "title": "Week of action before the committee",
                "description": (
                    "Open-air lectures outside the finance office, a banner drop and a "
                    "teach-in on climate and the region's oil economy. It ended with "
                    "1,200 signatures handed to committee members by name."
                ),
                "duration": "one week",
            },
            {
                "title": "Hand over every year",
                "description": (
                    "Each outgoing coordinator shadowed a successor for a term, and "
                    "the staff working group kept the campaign's memory."
                ),
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "The committee voted to divest from fossil fuel companies over five years, "
            "and it used the staff briefing to justify the decision.\n\n"
            "We did not win on pensions. The commitment covered the endowment, not the "
            "much larger staff pension scheme, which is run jointly by many "
            "universities. That is the next fight, and it is harder."
        ),
        "what_we_would_change": (
            "Start with the decision map, not the petition. We spent a year collecting "
            "signatures nobody with power read."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Commitments without dates",
                "description": (
                    "Ask for a timeline and annual reporting. A promise to review "
                    "exposure is not divestment."
                ),
            },
            {
                "risk": "low",
                "title": "Student cycles",
                "description": (
                    "Plan handovers a term ahead, or the campaign restarts every "
                    "September."
                ),
            },
        ],
        "context": {
            "political": (
                "Scottish politics was arguing over North Sea oil jobs, so we had to "
                "present divestment as part of a just transition, not as hostile to "
                "workers."
            ),
            "coalition": (
                "The student group, the staff union branch and the student "
                "association, whose officers changed every year."
            ),
            "media": (
                "Local press framed it as a student win, which irritated staff who had "
                "done much of the work."
            ),
            "legal": (
                "Charity trustees must act in the charity's interest. The briefing "
                "showed climate risk is a financial risk, which gave them cover."
            ),
        },
        "topics": ["finance", "climate-justice"],
        "tactics": ["divestment", "coalition-building"],
        "audiences": ["organisers", "media-teams"],
        "bottlenecks": ["retention"],
        "tags": ["universities", "endowment", "staff-unions"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Share of the endowment under a fossil fuel exclusion",
                "baseline": 0,
                "result": 100,
                "unit": "%",
                "effect": "improved",
                "evidence": (
                    "The committee's published policy and the next annual investment "
                    "report."
                ),
                "factors": (
                    "The staff briefing answered the fiduciary argument from inside."
                ),
            },
            {
                "metric": "media_reach",
                "label": "News articles covering the decision",
                "baseline": None,
                "result": 23,
                "unit": "articles",
                "effect": "improved",
                "evidence": "Press cuttings collected by the student association.",
                "factors": "A clear decision date made the news easy to write.",
            },
        ],
        "adapted_from": [],
        "related": ["agm-shareholder-questions-coal-company-misfire"],
        "authors": [
            {
                "name": "Student divestment group at a university in Glasgow",
                "anonymous": False,
            },
            {
                "name": "Climate working group of a staff union branch",
                "anonymous": False,
            },
        ],
        "funding": "No external funding; the student association paid for printing.",
        "origin": (
            "Written jointly by former student coordinators and members of the staff "
            "working group."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "public-pension-divestment-retirees-union-locals",
        "title": "Pension fund divestment through retirees and union locals in Ontario",
        "summary": (
            "We took a university campaign's approach (map who decides, organise the "
            "people who stay) to a public-sector pension fund. We won a coal exclusion "
            "and climate targets, but not divestment from oil and gas."
        ),
        "format": "tactic_guide",
        "result": "mixed",
        "scale": "regional",
        "countries": ["CA"],
        "started": "2020-03",
        "ended": "2022-11",
        "problem": (
            "Our pension fund holds the savings of hundreds of thousands of "
            "public-sector workers, including billions in oil and gas. Unlike a "
            "university endowment, its board answers to sponsor organisations, unions "
            "among them, and its beneficiaries are the workers themselves.\n\n"
            "We had no students and no campus. We had retirees with time and union "
            "locals with votes."
        ),
        "activities": [
            {
                "title": "Map the governance",
                "description": (
                    "Following the Glasgow group, we mapped who appoints the board, "
                    "when sponsors meet and which union delegates sit on sponsor "
                    "bodies. It took three months of annual reports."
                ),
                "duration": "three months",
            },
            {
                "title": "Resolutions at union locals",
                "description": (
                    "Retirees and active members gave workplace presentations that "
                    "ended with one ask: a resolution calling on the union's sponsor "
                    "delegates to press for divestment."
                ),
                "duration": "eighteen months",
            },
            {
                "title": "Beneficiary letters",
                "description": (
                    "A template letter in which members state that, as beneficiaries, "
                    "they consider fossil fuel holdings a risk to their pensions."
                ),
                "duration": "ongoing",
            },
            {
                "title": "The annual meeting",
                "description": (
                    "We brought members to the fund's public annual meeting, where "
                    "they asked questions giving their name and local."
                ),
                "duration": "one day",
            },
            {
                "title": "Answer the jobs argument",
                "description": (
                    "After energy-sector locals objected, we added a just transition "
                    "clause to every resolution."
                ),
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "Forty-one locals passed resolutions. The fund adopted net zero by 2050, "
            "interim targets and a thermal coal exclusion. It did not divest from oil "
            "and gas, and its targets rely on engagement with companies we consider "
            "unwilling to change.\n\n"
            "The coalition paid a price. Two building trades locals opposed us "
            "publicly, and after their pressure one union leadership told its "
            "delegates to stay neutral."
        ),
        "what_we_would_change": (
            "Talk to energy-sector locals before going public. Pair the full demand "
            "with a shorter-term, measurable one, such as no new investment in oil and "
            "gas infrastructure."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Net zero is not divestment",
                "description": (
                    "Long-dated targets can absorb a campaign's energy without moving "
                    "money. Ask for near-term, checkable steps."
                ),
            },
            {
                "risk": "medium",
                "title": "Union solidarity cuts both ways",
                "description": (
                    "Other locals can block you through the same structures you use."
                ),
            },
        ],
        "context": {
            "political": (
                "The provincial government strongly backed extraction, and pension "
                "funds were courted as investors in pipelines."
            ),
            "coalition": (
                "Retiree climate groups, union locals, a shareholder advocacy NGO and "
                "faith groups. We clashed with trades unions, and with the NGO, which "
                "preferred engagement to divestment."
            ),
            "media": (
                "Business press reported the net zero pledge as the fund's own "
                "initiative, while labour press covered the resolutions."
            ),
            "legal": (
                "Trustees have strict fiduciary duties. A legal opinion showed they "
                "can and should weigh climate risk."
            ),
        },
        "topics": ["finance", "labour", "climate-justice"],
        "tactics": ["divestment", "coalition-building"],
        "audiences": ["coordinators", "tenants-workers"],
        "bottlenecks": ["coalition-friction"],
        "tags": ["pensions", "unions", "retirees"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Fossil fuel asset classes excluded by the fund",
                "baseline": 0,
                "result": 1,
                "unit": "exclusions",
                "effect": "improved",
                "evidence": "The fund's published responsible investment policy.",
                "factors": (
                    "Resolutions gave sponsor delegates a mandate; thermal coal was "
                    "the easiest concession."
                ),
            },
            {
                "metric": "turnout",
                "label": "Members attending the fund's annual meeting",
                "baseline": 35,
                "result": 220,
                "unit": "people",
                "effect": "improved",
                "evidence": (
                    "Our sign-in count compared with the fund's figure from the year "
                    "before."
                ),
                "factors": "Retirees phoned members local by local.",
            },
        ],
        "adapted_from": [
            {
                "slug": "glasgow-university-divestment-staff-and-students",
                "what_changed": (
                    "We copied the decision mapping and the idea of organising the "
                    "people who stay, but our 'staff' were retirees and union locals, "
                    "and our lever was sponsor delegates rather than a university "
                    "committee."
                ),
            },
        ],
        "related": [],
        "authors": [
            {"name": "Retiree climate action group in Ontario", "anonymous": False},
            {
                "name": "Climate committee of a public-sector union local",
                "anonymous": False,
            },
        ],
        "funding": (
            "Member dues and small donations; a union local paid for the legal opinion."
        ),
        "origin": (
            "Written from meeting notes and a two-hour review session with members."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "agm-shareholder-questions-coal-company-misfire",
        "title": (
            "Template and warning: shareholder questions at a coal company's AGM that "
            "nobody heard"
        ),
        "summary": (
            "Community groups bought single shares to question a dual-listed coal "
            "company at its AGMs in Johannesburg and London. Nothing changed. The "
            "question template works, but only with a campaign behind it."
        ),
        "format": "template",
        "result": "misfire",
        "scale": "international",
        "countries": ["ZA", "GB"],
        "started": "2022-01",
        "ended": "2022-08",
        "problem": (
            "Our community and environmental justice groups in Mpumalanga wanted to "
            "confront a coal company whose mines affect our air and water. It is "
            "listed in Johannesburg and London.\n\n"
            "We had read how the Ontario campaign spoke as members at the fund's "
            "annual meeting. We had no pension lever of our own, so we tried the "
            "nearest thing: buy one share each and ask questions at the AGM."
        ),
        "activities": [
            {
                "title": "Buy shares and arrange proxies",
                "description": (
                    "Nine members bought single shares through a broker. A UK ally "
                    "group arranged proxies for the London meeting."
                ),
                "duration": "two months",
            },
            {
                "title": "The question template",
                "description": (
                    "Each question had four parts: a fact from the company's own "
                    "reports, the impact on a named community, a yes-or-no question, "
                    "and a follow-up. 'Your annual report states [x]. Residents of "
                    "[town] report [y]. Will the board commit to [z] by [date]?'"
                ),
                "duration": "two weeks",
            },
            {
                "title": "Rehearsal",
                "description": "Two rehearsals, with a lawyer playing the chair.",
                "duration": "two evenings",
            },
            {
                "title": "The meetings",
                "description": (
                    "In Johannesburg the chair grouped our questions together and "
                    "answered with a general statement. In London our proxies asked "
                    "two questions and were referred to the sustainability report."
                ),
                "duration": "two days",
            },
        ],
        "outcomes": (
            "Nothing changed. We won no commitments and got two lines in one business "
            "paper. The members who attended felt humiliated by the brush-off, and "
            "shares, travel and data took a big bite of our budget.\n\n"
            "The template was sound. What failed was that we had no other pressure on "
            "the company: no investors on our side, no media plan and no story before "
            "the day."
        ),
        "what_we_would_change": (
            "Go to an AGM only as the last step of a campaign that has already built "
            "pressure through investors and the press. Co-file a resolution if "
            "possible, because a resolution forces a vote and a question does not."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "The chair controls the room",
                "description": (
                    "Expect grouped questions and stock answers, and prepare members "
                    "for it emotionally."
                ),
            },
            {
                "risk": "medium",
                "title": "Share registers are public",
                "description": (
                    "Members' names and addresses may be visible. Consider a nominee "
                    "account."
                ),
            },
        ],
        "context": {
            "political": (
                "Power cuts made coal look like energy security, while a transition "
                "finance deal with wealthy countries was being negotiated."
            ),
            "coalition": (
                "Two community groups, an environmental justice NGO and a UK "
                "shareholder activism group whose priority (climate targets) differed "
                "from ours (air, water, jobs)."
            ),
            "media": (
                "Business media ignored us, and community radio and word of mouth "
                "carried the story locally."
            ),
            "legal": (
                "Shareholders may attend and ask questions, but resolutions need a "
                "share threshold we did not meet."
            ),
        },
        "topics": ["finance", "climate-justice"],
        "tactics": ["shareholder-action"],
        "audiences": ["media-teams", "organisers"],
        "bottlenecks": ["media-attention", "funding"],
        "tags": ["agm", "coal", "shareholders"],
        "signals": [
            {
                "metric": "media_reach",
                "label": "Articles mentioning our questions",
                "baseline": None,
                "result": 2,
                "unit": "articles",
                "effect": "no_change",
                "evidence": "Media search in the month after the AGMs.",
                "factors": (
                    "No pre-briefing of journalists and no story beyond the meeting."
                ),
            },
            {
                "metric": "policy_win",
                "label": "Commitments won from the board",
                "baseline": 0,
                "result": 0,
                "unit": "commitments",
                "effect": "no_change",
                "evidence": "Company statements and AGM minutes.",
                "factors": "A single question carries no cost for the board.",
            },
        ],
        "adapted_from": [
            {
                "slug": "public-pension-divestment-retirees-union-locals",
                "what_changed": (
                    "We borrowed the idea of speaking as owners at an annual meeting. "
                    "But the Ontario members spoke for hundreds of beneficiaries and "
                    "union locals, while we were nine holders of one share each with "
                    "nothing behind us."
                ),
            },
        ],
        "related": ["glasgow-university-divestment-staff-and-students"],
        "authors": [
            {
                "name": "Community environmental justice forum in Mpumalanga",
                "anonymous": False,
            },
            {
                "name": "Shareholder activism working group in the UK",
                "anonymous": False,
            },
        ],
        "funding": (
            "A small environmental justice grant paid for the shares and travel."
        ),
        "origin": (
            "Written after a joint debrief call, with members' own accounts of the "
            "meetings."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "rent-strike-launched-too-early-madrid-block",
        "title": "A rent strike we launched too early: one building in Madrid",
        "summary": (
            "Nineteen of 64 households in a fund-owned building went on rent strike "
            "after a courtyard vote. The landlord used the split to start evictions. "
            "What we learned about thresholds."
        ),
        "format": "case_study",
        "result": "misfire",
        "scale": "local",
        "countries": ["ES"],
        "started": "2021-05",
        "ended": "2022-04",
        "problem": (
            "An investment fund bought the building, announced increases of 30 to 40% "
            "at renewal and stopped repairs. Our tenants' union section held "
            "assemblies in the courtyard, and anger was high. At the third assembly, a "
            "majority of those present voted to strike from the next month.\n\n"
            "A majority of those present meant 26 households out of 64."
        ),
        "activities": [
            {
                "title": "Assemblies and demands",
                "description": (
                    "Three assemblies over six weeks. The demands were to freeze "
                    "increases, carry out repairs and negotiate a collective lease."
                ),
                "duration": "six weeks",
            },
            {
                "title": "The vote",
                "description": (
                    "We voted in the courtyard without counting who was absent. Shift "
                    "workers, families with small children and two elderly tenants "
                    "heard about it afterwards."
                ),
                "duration": "one evening",
            },
            {
                "title": "Striking with 19",
                "description": (
                    "When the date came, 19 households withheld rent and paid it into "
                    "a union-held escrow account."
                ),
                "duration": "from month two",
            },
            {
                "title": "Legal defence",
                "description": (
                    "The union's lawyers prepared for eviction claims, and the escrow "
                    "showed good faith."
                ),
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "The fund refused to negotiate with a minority. Within three months it "
            "filed eviction claims against nine strikers, we think chosen because "
            "their leases were closest to expiry. Several paid up to stop the "
            "proceedings. In the end six households were still withholding, and two "
            "families left the building.\n\n"
            "The fund did repair the lift, and a few neighbours who had not struck "
            "negotiated slightly smaller increases on their own. We cannot say the "
            "strike caused either."
        ),
        "what_we_would_change": (
            "Never vote to strike in an assembly. Collect written pledges door to "
            "door, map lease end dates first, and strike only once two-thirds have "
            "signed. Build up through smaller joint actions so people learn to act "
            "together before risking their homes."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Risk falls on the most exposed",
                "description": (
                    "Landlords target tenants with short leases, arrears or insecure "
                    "status."
                ),
            },
            {
                "risk": "high",
                "title": "Escrow is not legal protection",
                "description": (
                    "Non-payment is grounds for eviction regardless of escrow. Get "
                    "local legal advice."
                ),
            },
        ],
        "context": {
            "political": (
                "A national housing law with rent caps was under negotiation, and "
                "landlords were raising rents before it took effect."
            ),
            "coalition": (
                "Our union section, the neighbourhood association and a tenants' union "
                "in another city whose advice to wait reached us too late."
            ),
            "media": (
                "A friendly newspaper covered the launch, and the fund then hardened "
                "its position in public."
            ),
            "legal": (
                "Non-payment can lead to fast eviction proceedings, and a legal "
                "defence delays them but rarely stops them."
            ),
        },
        "topics": ["housing"],
        "tactics": ["rent-strike"],
        "audiences": ["tenants-workers", "organisers"],
        "bottlenecks": ["decision-making", "repression"],
        "tags": ["rent-strike", "evictions", "thresholds"],
        "signals": [
            {
                "metric": "turnout",
                "label": "Households withholding rent",
                "baseline": 19,
                "result": 6,
                "unit": "households",
                "effect": "worsened",
                "evidence": "Escrow account records at the start and end.",
                "factors": "Eviction claims against strikers nearest to lease expiry.",
            },
            {
                "metric": "policy_win",
                "label": "Landlord agreeing to collective negotiation",
                "baseline": 0,
                "result": 0,
                "unit": "agreements",
                "effect": "no_change",
                "evidence": "The fund's letters to the union.",
                "factors": "A minority strike gave the fund no reason to talk.",
            },
        ],
        "adapted_from": [],
        "related": ["tenant-door-knock-script-rent-strike-readiness"],
        "authors": [
            {
                "name": (
                    "Tenants' union organising committee, Madrid neighbourhood section"
                ),
                "anonymous": False,
            },
        ],
        "funding": "Union dues; no external funding.",
        "origin": (
            "Written by the section's organising committee with four striking "
            "households."
        ),
        "sensitivity": "members",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "tenant-door-knock-script-rent-strike-readiness",
        "title": (
            "Template: a door-knock script and readiness test before any rent strike"
        ),
        "summary": (
            "A door-knock script, a pledge card and a three-part readiness test, "
            "adapted from a Madrid section's failed strike. We won repairs and a "
            "smaller rent rise without ever striking."
        ),
        "format": "template",
        "result": "worked",
        "scale": "local",
        "countries": ["GB"],
        "started": "2022-09",
        "ended": "2023-07",
        "problem": (
            "Tenants in a 180-flat block owned by a build-to-rent company faced a 7% "
            "rise and years of unanswered damp and mould complaints. Some wanted to "
            "strike at once. We had read the Madrid section's account of striking with "
            "a minority and did not want to repeat it."
        ),
        "activities": [
            {
                "title": "Map the building",
                "description": (
                    "Every flat, its lease end date, who we have spoken to and any "
                    "risks (arrears, visa status, disability). Kept on paper by two "
                    "people."
                ),
                "duration": "first month",
            },
            {
                "title": "Door-knock script",
                "description": (
                    "'Hi, I'm [name] from flat [number]. We're talking to every "
                    "neighbour about the damp and the rent rise. What's it been like "
                    "for you?' Listen for five minutes, then ask: 'Would you sign a "
                    "card saying you'll act with your neighbours if most of us agree?' "
                    "Never ask for a strike pledge at the first knock."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Readiness test",
                "description": (
                    "Before any strike ballot: two-thirds of homes have signed, every "
                    "floor has a contact, and we have already won at least one smaller "
                    "collective action."
                ),
                "duration": "checked monthly",
            },
            {
                "title": "Smaller escalations",
                "description": (
                    "Joint repair requests with photos, a deputation to the company, a "
                    "petition to ward councillors and a damp report to environmental "
                    "health."
                ),
                "duration": "months two to nine",
            },
            {
                "title": "Secret ballot of all households",
                "description": (
                    "If the test is passed, ballot every household, not an assembly."
                ),
                "duration": "not needed",
            },
        ],
        "outcomes": (
            "Over ten months we knocked on every door at least three times, and 131 of "
            "180 homes signed the pledge. We had met two of the three conditions when "
            "the company agreed to a repair programme and cut the rise to 3%. We never "
            "struck.\n\n"
            "We cannot know if the company would have moved anyway. That winter, an "
            "inspection and national outrage over a child's death from mould put "
            "pressure on every landlord."
        ),
        "what_we_would_change": (
            "Map languages from the start. About a fifth of households speak Polish, "
            "Urdu or Arabic at home, and our early English-only knocks reached only "
            "the already confident."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "A pledge is not a strike",
                "description": (
                    "Signing a card is easy. Test commitment with smaller actions "
                    "before asking people to risk their homes."
                ),
            },
            {
                "risk": "medium",
                "title": "The map is sensitive",
                "description": (
                    "Lease dates and immigration risks in the wrong hands help the "
                    "landlord. Keep the map on paper."
                ),
            },
        ],
        "context": {
            "political": (
                "A cost-of-living crisis, with a rent cap for social housing but none "
                "for private renters."
            ),
            "coalition": (
                "Our tenants' union branch, a local mosque that hosted meetings, and "
                "the ward councillors."
            ),
            "media": (
                "We stayed out of the media until the win, so the company could settle "
                "quietly."
            ),
            "legal": (
                "No-fault evictions were still legal in England, which is why we "
                "mapped lease dates before anything else."
            ),
        },
        "topics": ["housing"],
        "tactics": ["door-knocking", "rent-strike"],
        "audiences": ["tenants-workers", "new-volunteers"],
        "bottlenecks": ["recruitment"],
        "tags": ["door-knocking", "script", "pledge-cards"],
        "signals": [
            {
                "metric": "turnout",
                "label": "Homes that signed the pledge card",
                "baseline": 0,
                "result": 131,
                "unit": "homes",
                "effect": "improved",
                "evidence": "Pledge cards counted against the building map.",
                "factors": "Repeat knocks and listening first.",
            },
            {
                "metric": "policy_win",
                "label": "Annual rent increase",
                "baseline": 7,
                "result": 3,
                "unit": "%",
                "effect": "improved",
                "evidence": "The company's letter to all tenants.",
                "factors": (
                    "Collective pressure plus a national scandal about mould; we "
                    "cannot separate the two."
                ),
            },
        ],
        "adapted_from": [
            {
                "slug": "rent-strike-launched-too-early-madrid-block",
                "what_changed": (
                    "We took the Madrid section's own recommendations literally: "
                    "written pledges collected door to door, a two-thirds threshold, "
                    "lease dates mapped first and smaller actions before any strike."
                ),
            },
        ],
        "related": ["volunteer-ladder-first-contact-to-organiser"],
        "authors": [
            {
                "name": (
                    "Building committee of a tenants' union branch in Greater "
                    "Manchester"
                ),
                "anonymous": False,
            },
        ],
        "funding": "Branch dues; the union's regional fund paid for printing.",
        "origin": (
            "Written by the building committee from door-knock logs and meeting "
            "minutes."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "digital-security-land-defenders-red-tagging",
        "title": "Digital security for land defenders facing red-tagging",
        "summary": (
            "How a network of farmers' and indigenous land defenders changed its "
            "phones, chats and public profiles after members were publicly labelled as "
            "rebels. Some measures protected people; others were dropped within weeks."
        ),
        "format": "tactic_guide",
        "result": "mixed",
        "scale": "national",
        "countries": ["PH"],
        "started": "2021-03",
        "ended": "2022-12",
        "problem": (
            "Our members oppose the conversion of farmland and ancestral land for "
            "mining and plantations. Posters and social media pages named several of "
            "them as supporters of armed rebels. In other cases this kind of "
            "red-tagging has been followed by harassment, arrest on weak charges and "
            "worse.\n\n"
            "Organisers' phones held everything: contacts, meeting photos and chats "
            "with hundreds of members. Many public profiles showed faces at rallies, "
            "home villages and family members."
        ),
        "activities": [
            {
                "title": "Threat mapping before tools",
                "description": (
                    "Small-group sessions asking who might target us, what they want "
                    "and what they can get. The main risk turned out to be seized "
                    "phones and public profiles, not sophisticated hacking."
                ),
                "duration": "one month",
            },
            {
                "title": "Phone hygiene",
                "description": (
                    "Long PINs, device encryption, disappearing messages in organising "
                    "chats, and a travel phone with no contacts for checkpoints."
                ),
                "duration": "two months",
            },
            {
                "title": "Smaller chats",
                "description": (
                    "Large groups replaced by small cell groups, no membership lists "
                    "in chats, one contact per village."
                ),
                "duration": "two months",
            },
            {
                "title": "Profile clean-up with a buddy",
                "description": (
                    "Members reviewed their social media in pairs, removing rally "
                    "photos with faces, hiding family links and locking profiles."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Regional trainers",
                "description": (
                    "Two trainers per region, trained over three days, repeat the "
                    "sessions in local languages."
                ),
                "duration": "six months",
            },
        ],
        "outcomes": (
            "When police took two organisers' phones at a checkpoint in 2022, they "
            "were travel phones with nothing on them. We believe that protected dozens "
            "of people. After the clean-up, new tagging posts reused only old "
            "photos.\n\n"
            "Other measures did not stick. Disappearing messages frustrated farmers "
            "who used chats as records, and many groups switched them off. Long PINs "
            "became short again. Some older members share one phone across the "
            "household, which makes device security meaningless. Three of twelve "
            "regional trainers stopped after being tagged themselves."
        ),
        "what_we_would_change": (
            "Start from how people actually use phones. Keep records on paper in a "
            "safe place instead of asking people to give up chat history. Train "
            "trainers in pairs and protect their identities."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Tools cannot stop physical harm",
                "description": (
                    "Digital measures reduce what can be found. They do not protect "
                    "someone already named, so pair them with physical safety plans "
                    "and legal support."
                ),
            },
            {
                "risk": "high",
                "title": "Attendance lists are targets",
                "description": "Do not keep lists of who attended security trainings.",
            },
        ],
        "context": {
            "political": (
                "A broadly worded anti-terrorism law, and officials who publicly "
                "labelled activists as rebel fronts."
            ),
            "coalition": (
                "Farmers' associations, indigenous community organisations, a "
                "church-based human rights desk and an international digital security "
                "group that trained our first trainers."
            ),
            "media": (
                "We cut our media visibility on purpose. It cost some support and "
                "reduced exposure."
            ),
            "legal": (
                "Being labelled is not a crime, but labels have been used to justify "
                "warrants. Human rights lawyers accompanied members who were summoned."
            ),
        },
        "topics": ["digital-security", "civic-space", "food-land"],
        "tactics": ["training-of-trainers"],
        "audiences": ["organisers", "coordinators"],
        "bottlenecks": ["digital-risk", "repression"],
        "tags": ["red-tagging", "phones", "threat-modelling"],
        "signals": [
            {
                "metric": "other",
                "label": "Organisers carrying a clean travel phone when travelling",
                "baseline": 0,
                "result": 70,
                "unit": "%",
                "effect": "improved",
                "evidence": "Self-reports in regional check-ins.",
                "factors": "A concrete, cheap measure that fit existing habits.",
            },
            {
                "metric": "other",
                "label": (
                    "Organising chats still using disappearing messages after two "
                    "months"
                ),
                "baseline": None,
                "result": 35,
                "unit": "%",
                "effect": "unclear",
                "evidence": "Trainers' spot checks in their regions.",
                "factors": "People need chat history as a record.",
            },
        ],
        "adapted_from": [],
        "related": [],
        "authors": [
            {
                "name": "Security working group of a land defenders' network",
                "anonymous": True,
            },
        ],
        "funding": (
            "An international digital security organisation paid for phones and "
            "training costs."
        ),
        "origin": (
            "Written by the security working group and reviewed by two regional "
            "trainers, with place names and identifying details removed."
        ),
        "sensitivity": "restricted",
        "anonymised": True,
        "consent_confirmed": True,
    },
    {
        "slug": "mutual-aid-migrant-domestic-workers-beirut",
        "title": (
            "Mutual aid with migrant domestic workers abandoned during Lebanon's "
            "economic collapse"
        ),
        "summary": (
            "A volunteer network fed, housed and helped repatriate women abandoned by "
            "employers. The aid reached hundreds of women, but building a worker-led "
            "organisation proved much harder."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "local",
        "countries": ["LB"],
        "started": "2020-06",
        "ended": "2021-09",
        "problem": (
            "As the currency collapsed in 2020, employers began leaving migrant "
            "domestic workers outside their consulates, often without passports, wages "
            "or belongings. Under the sponsorship system a worker's legal status is "
            "tied to her employer, so without a release she cannot change jobs or "
            "leave without paying fines.\n\n"
            "We began as volunteers bringing food to women sleeping on a pavement. "
            "Within weeks we were looking for shelter for more than a hundred."
        ),
        "activities": [
            {
                "title": "Emergency response",
                "description": (
                    "Food, hygiene kits and phone credit, with shelter in rented flats "
                    "and volunteer homes."
                ),
                "duration": "first month",
            },
            {
                "title": "Community leads",
                "description": (
                    "Women from each community who had lived in the country for years "
                    "led intake. They knew who needed what and whom to trust."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Flights and fines",
                "description": (
                    "Diaspora and international crowdfunding for tickets and exit "
                    "fines, budgeted case by case."
                ),
                "duration": "fifteen months",
            },
            {
                "title": "Casework and accompaniment",
                "description": (
                    "Volunteer lawyers and NGOs handled passports and fines, and we "
                    "went with workers to offices."
                ),
                "duration": "ongoing",
            },
            {
                "title": "Workers' meetings",
                "description": (
                    "Weekly meetings where workers discussed demands: end sponsorship "
                    "and pay owed wages."
                ),
                "duration": "weekly",
            },
        ],
        "outcomes": (
            "Over 15 months we supported about 640 women with food and shelter and "
            "helped 310 get home. Crowdfunding raised far more than we expected, and "
            "because volunteers did the work, most of it went on tickets, rent and "
            "food.\n\n"
            "The organising was weaker. Most women wanted to go home, understandably, "
            "so the meetings lost their core as people left. Larger NGOs wanted case "
            "numbers while we wanted worker leadership. Several community leads burned "
            "out, and two felt used when donors treated volunteers, not them, as the "
            "face of the work."
        ),
        "what_we_would_change": (
            "Pay community leads from the start, because they were doing full-time "
            "jobs. Put them in front of donors and press, not foreign volunteers. Keep "
            "a separate budget for organising so it is not always what gets dropped."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Visibility can endanger workers",
                "description": (
                    "Photos and stories can expose women to employers and detention. "
                    "Anonymise by default."
                ),
            },
            {
                "risk": "medium",
                "title": "Aid can swallow organising",
                "description": (
                    "Emergencies always feel more urgent than meetings. Protect time "
                    "for the slower work."
                ),
            },
        ],
        "context": {
            "political": (
                "Economic collapse, the port explosion and political paralysis, while "
                "attempts to reform sponsorship had been blocked."
            ),
            "coalition": (
                "Informal volunteers, migrant community groups, feminist collectives "
                "and large NGOs and agencies handling repatriation."
            ),
            "media": (
                "International interest was intense in mid-2020 and faded within "
                "months."
            ),
            "legal": (
                "Workers without papers risk detention, and employers rarely face "
                "sanctions for abandonment."
            ),
        },
        "topics": ["migration", "feminism", "labour"],
        "tactics": ["mutual-aid", "coalition-building"],
        "audiences": ["organisers", "coordinators"],
        "bottlenecks": ["coalition-friction", "funding"],
        "tags": ["domestic-workers", "sponsorship", "repatriation"],
        "signals": [
            {
                "metric": "fundraising_efficiency",
                "label": "Share of funds spent directly on tickets, rent and food",
                "baseline": None,
                "result": 91,
                "unit": "%",
                "effect": "improved",
                "evidence": "Our shared accounts, checked by two volunteers.",
                "factors": "Unpaid volunteers and near-free crowdfunding platforms.",
            },
            {
                "metric": "other",
                "label": "Women helped to return home",
                "baseline": 0,
                "result": 310,
                "unit": "people",
                "effect": "improved",
                "evidence": "Intake records kept by community leads.",
                "factors": "Crowdfunding for tickets and fines.",
            },
        ],
        "adapted_from": [],
        "related": [
            "whatsapp-volunteer-pipeline-sao-paulo-flood-brigades",
            "occupied-school-housing-young-migrants-misfire",
        ],
        "authors": [
            {
                "name": "Volunteer coordination of a mutual aid network in Beirut",
                "anonymous": False,
            },
        ],
        "funding": (
            "Crowdfunding from individuals in the diaspora and abroad; no "
            "institutional grants."
        ),
        "origin": (
            "Gathered through interviews with volunteers and four community leads; "
            "names and individuals' nationalities removed."
        ),
        "sensitivity": "public",
        "anonymised": True,
        "consent_confirmed": True,
    },
    {
        "slug": "delivery-riders-heatwave-log-off-strike-delhi",
        "title": "A heatwave log-off strike by app delivery riders in Delhi",
        "summary": (
            "Delivery riders logged off for two afternoons during a heatwave and asked "
            "customers not to order. The company added rest points and heat warnings "
            "but kept the incentive targets that punish resting."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "regional",
        "countries": ["IN"],
        "started": "2024-04",
        "ended": "2024-08",
        "problem": (
            "In the heatwave, riders worked afternoons above 45°C. The app pays "
            "bonuses for hitting a daily order target, so resting costs money. Several "
            "riders fainted, and riders spoke of a colleague whose family believed he "
            "died of heatstroke.\n\n"
            "The apps class riders as 'partners', not employees, so there is no "
            "recognised union and no employer duty on heat."
        ),
        "activities": [
            {
                "title": "Zone groups",
                "description": (
                    "Organisers from a gig workers' association met riders where they "
                    "wait for orders and built WhatsApp groups by zone."
                ),
                "duration": "three weeks",
            },
            {
                "title": "Three demands",
                "description": (
                    "Shaded rest points with water, a heat pause with no penalty for "
                    "refusing orders from noon to 4 p.m. above 42°C, and lower targets "
                    "on heat days."
                ),
                "duration": "one week",
            },
            {
                "title": "Log-off afternoons",
                "description": (
                    "Riders in four zones logged off from noon to 4 p.m. on two days."
                ),
                "duration": "two afternoons",
            },
            {
                "title": "Customer boycott",
                "description": (
                    "We asked customers not to order during those hours and to tip "
                    "riders. A video of a thermometer on a rider's bike seat spread "
                    "widely."
                ),
                "duration": "two afternoons",
            },
            {
                "title": "Climate framing",
                "description": (
                    "With climate groups and public health researchers, we framed heat "
                    "as a climate justice issue at work."
                ),
                "duration": "ongoing",
            },
        ],
        "outcomes": (
            "About 1,800 riders logged off on the first day and about half as many on "
            "the second. The company announced shaded rest points at some hubs and an "
            "in-app heat advisory. It did not change targets, so riders still lose "
            "money by resting. Three organisers had their accounts blocked for a "
            "week.\n\n"
            "The climate framing brought media and allies, but some riders felt it "
            "turned them into symbols rather than workers with demands."
        ),
        "what_we_would_change": (
            "Focus on one winnable demand tied to pay. Build a strike fund first so "
            "riders can afford to log off."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Deactivation is dismissal",
                "description": (
                    "Account blocks are opaque and instant. Protect organisers' "
                    "accounts and document every block."
                ),
            },
            {
                "risk": "high",
                "title": "Heat kills",
                "description": "Never ask riders to demonstrate outdoors in peak heat.",
            },
        ],
        "context": {
            "political": (
                "One state had passed a gig workers' welfare law, and other states "
                "were debating their own."
            ),
            "coalition": (
                "A gig workers' association, youth climate groups and public health "
                "researchers who measured temperatures at hubs."
            ),
            "media": (
                "English-language media covered it widely; Hindi outlets, which riders "
                "actually read, far less."
            ),
            "legal": (
                "Riders have no recognised right to strike. Logging off is legally "
                "their choice, but deactivation rules are opaque."
            ),
        },
        "topics": ["labour", "climate-justice"],
        "tactics": ["strike", "boycott"],
        "audiences": ["tenants-workers", "media-teams"],
        "bottlenecks": ["repression"],
        "tags": ["gig-work", "heat", "platforms"],
        "signals": [
            {
                "metric": "turnout",
                "label": "Riders logged off, first day compared with second",
                "baseline": 1800,
                "result": 900,
                "unit": "riders",
                "effect": "worsened",
                "evidence": "Zone captains' counts from WhatsApp check-ins.",
                "factors": "Fear of deactivation and lost income.",
            },
            {
                "metric": "policy_win",
                "label": "Demands met by the company",
                "baseline": 0,
                "result": 1,
                "unit": "of 3 demands",
                "effect": "improved",
                "evidence": "Company announcement and riders' reports from hubs.",
                "factors": (
                    "Bad press during the heatwave; rest points were the cheapest "
                    "concession."
                ),
            },
        ],
        "adapted_from": [],
        "related": [],
        "authors": [
            {
                "name": (
                    "Delhi organising committee of an app-based workers' association"
                ),
                "anonymous": False,
            },
        ],
        "funding": (
            "Member contributions, plus a small labour rights grant for the "
            "researchers' thermometers."
        ),
        "origin": (
            "Written by the organising committee with riders' accounts collected at "
            "hubs."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "occupied-school-housing-young-migrants-misfire",
        "title": (
            "Occupying an empty school to house young migrants, and losing the young "
            "people's trust"
        ),
        "summary": (
            "Solidarity groups in western France occupied a vacant school to shelter "
            "young people whose age was disputed. The building was evicted after nine "
            "weeks, and the young people's own collective broke with us."
        ),
        "format": "tactic_guide",
        "result": "misfire",
        "scale": "local",
        "countries": ["FR"],
        "started": "2023-10",
        "ended": "2024-01",
        "problem": (
            "In our city, dozens of young people from West Africa were sleeping in "
            "parks because the department disputed that they were minors. While they "
            "appealed to the children's judge, they were refused adult shelter because "
            "they said they were minors, and refused child protection because the "
            "department said they were adults.\n\n"
            "Our solidarity collective, with a housing rights association and "
            "teachers' union members, occupied a school building that had been empty "
            "for two years."
        ),
        "activities": [
            {
                "title": "Taking the building",
                "description": (
                    "We went in on a Sunday with 40 supporters and 30 young people and "
                    "issued a public statement the same morning."
                ),
                "duration": "one day",
            },
            {
                "title": "Running the space",
                "description": (
                    "Committees for cooking, cleaning, security and legal work. "
                    "Supporters took most coordinating roles because 'the young people "
                    "need to focus on their cases'."
                ),
                "duration": "nine weeks",
            },
            {
                "title": "Legal casework",
                "description": (
                    "The association's lawyers handled each young person's appeal."
                ),
                "duration": "nine weeks",
            },
            {
                "title": "Negotiation",
                "description": (
                    "Supporters negotiated with the city for an alternative building."
                ),
                "duration": "six weeks",
            },
        ],
        "outcomes": (
            "We housed up to 74 young people for nine weeks. Then the owner won an "
            "expulsion order and police evicted at dawn. The city offered 20 emergency "
            "places for two weeks, and most of the young people went back to the "
            "streets or left for other cities.\n\n"
            "The worse failure was inside. The young people had no delegates in the "
            "negotiations. When the city offered 20 places, we accepted and chose who "
            "would go according to the strength of their legal cases. Their collective "
            "saw supporters deciding their lives, set up its own assembly and stopped "
            "working with us. We had reproduced the paternalism we were fighting."
        ),
        "what_we_would_change": (
            "Put the young people's delegates, with interpreters, in every negotiation "
            "from day one, and never decide on places without them. Plan for the "
            "eviction from the start: where people go and how we keep in touch."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Unequal legal risk",
                "description": (
                    "A 2023 law raised penalties for occupying buildings. Supporters "
                    "and young people face different risks, and an arrest can harm a "
                    "young person's case. Discuss this openly before entering."
                ),
            },
            {
                "risk": "high",
                "title": "Supporters' power",
                "description": (
                    "Whoever holds the keys, the money and the lawyers holds power. "
                    "Share it deliberately."
                ),
            },
        ],
        "context": {
            "political": (
                "A tougher national immigration bill was being debated, and the "
                "department was disputing more age assessments."
            ),
            "coalition": (
                "The solidarity collective, the housing association, teachers' union "
                "members and a parish that brought food. The association wanted quiet "
                "negotiation; the collective wanted public pressure."
            ),
            "media": (
                "Local press was sympathetic until a fight in the building was "
                "reported, after which coverage focused on security."
            ),
            "legal": (
                "The owner obtained an expulsion order through fast-track proceedings."
            ),
        },
        "topics": ["migration", "housing", "anti-racism"],
        "tactics": ["occupation", "coalition-building"],
        "audiences": ["organisers", "coordinators"],
        "bottlenecks": ["coalition-friction", "decision-making"],
        "tags": ["occupation", "young-migrants", "age-assessment"],
        "signals": [
            {
                "metric": "other",
                "label": (
                    "Young people with a bed: peak of the occupation vs one month "
                    "after eviction"
                ),
                "baseline": 74,
                "result": 9,
                "unit": "people",
                "effect": "worsened",
                "evidence": "Our lists and the young people's collective's own count.",
                "factors": "Eviction without a plan, and a temporary offer for 20.",
            },
            {
                "metric": "policy_win",
                "label": "Alternative building secured from the city",
                "baseline": 0,
                "result": 0,
                "unit": "buildings",
                "effect": "no_change",
                "evidence": "City council correspondence.",
                "factors": "The city waited for the eviction instead of negotiating.",
            },
        ],
        "adapted_from": [],
        "related": ["mutual-aid-migrant-domestic-workers-beirut"],
        "authors": [
            {
                "name": (
                    "Housing working group of a migrant solidarity collective in "
                    "western France"
                ),
                "anonymous": False,
            },
        ],
        "funding": "Supporters' donations and a parish food collection.",
        "origin": (
            "Written after a difficult reflection meeting; the young people's "
            "collective was invited to comment and declined."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "forum-theatre-gas-flaring-womens-health-training",
        "title": (
            "Forum theatre on gas flaring, women's health and environmental racism: a "
            "facilitator training"
        ),
        "summary": (
            "A four-day training for community facilitators in the Niger Delta to run "
            "forum theatre that links gas flaring, women's health and the double "
            "standards of oil companies. Audiences remembered the message."
        ),
        "format": "training",
        "result": "worked",
        "scale": "regional",
        "countries": ["NG"],
        "started": "2022-07",
        "ended": "2022-12",
        "problem": (
            "Gas flares burn day and night near many communities in our region. Women "
            "do most of the cooking, water-fetching and farming, and they talk about "
            "skin problems, miscarriages and coughing children. Men, chiefs and "
            "company liaison officers dominated public meetings about pollution, and "
            "women's experience rarely came up.\n\n"
            "We also wanted people to name the racism in it: flaring on this scale "
            "would not be tolerated where the companies have their head offices."
        ),
        "activities": [
            {
                "title": "Story circle (women only)",
                "description": (
                    "Participants share stories of flaring, health and work, and these "
                    "become the raw material for the play."
                ),
                "duration": "day one",
            },
            {
                "title": "Building the scene",
                "description": (
                    "Small groups turn one story into a five-minute scene that ends "
                    "badly, such as a woman's complaint ignored at a community "
                    "meeting."
                ),
                "duration": "day two",
            },
            {
                "title": "The joker role",
                "description": (
                    "Facilitators learn to stop the scene and invite audience members "
                    "to replace a character and try something different. They practise "
                    "handling chiefs and liaison officers in the audience."
                ),
                "duration": "day three",
            },
            {
                "title": "Market performance",
                "description": (
                    "Trainees perform in a market square while the training team "
                    "watches, followed by a debrief."
                ),
                "duration": "day four",
            },
            {
                "title": "Follow-up kit",
                "description": (
                    "A facilitator guide in Pidgin and two local languages, and a "
                    "three-question recall survey."
                ),
                "duration": "after the training",
            },
        ],
        "outcomes": (
            "We trained 28 facilitators, mostly women, who ran 46 performances in 19 "
            "communities over four months. Two weeks later, 62% of those surveyed "
            "could name a health effect of flaring, compared with 24% in communities "
            "with no performance.\n\n"
            "Local leaders who felt insulted stopped some performances, and in one "
            "community a liaison officer's supporters threatened a facilitator. We "
            "moved those performances to churches and women's meetings."
        ),
        "what_we_would_change": (
            "Visit leaders beforehand and invite them to play a character. End every "
            "performance with a concrete next step, such as a women's delegation to "
            "the local health office, or the energy drifts away."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Threats to facilitators",
                "description": (
                    "Never perform without community allies present, and have a way to "
                    "leave quickly."
                ),
            },
            {
                "risk": "medium",
                "title": "Reopening grief",
                "description": (
                    "Stories of miscarriage and sick children are painful. Offer "
                    "women-only spaces and never push anyone to share."
                ),
            },
        ],
        "context": {
            "political": (
                "International oil companies were selling onshore assets to local "
                "firms, which blurred responsibility for past pollution."
            ),
            "coalition": (
                "Women's groups, a regional environmental rights NGO, a university "
                "drama department and church women's fellowships."
            ),
            "media": (
                "Local radio broadcast two performances, and clips circulated in "
                "diaspora WhatsApp groups."
            ),
            "legal": (
                "Flaring is restricted by law but fines are widely seen as too low. "
                "Performances needed community leaders' permission, not the state's."
            ),
        },
        "topics": ["climate-justice", "feminism", "anti-racism"],
        "tactics": ["creative-action", "training-of-trainers"],
        "audiences": ["trainers", "media-teams"],
        "bottlenecks": ["media-attention"],
        "tags": ["forum-theatre", "gas-flaring", "womens-health"],
        "signals": [
            {
                "metric": "message_recall",
                "label": "People able to name a health effect of flaring",
                "baseline": 24,
                "result": 62,
                "unit": "%",
                "effect": "improved",
                "evidence": (
                    "Three-question survey two weeks after performances, compared with "
                    "similar communities without one (about 300 responses each)."
                ),
                "factors": "Scenes built from local women's own stories.",
            },
            {
                "metric": "turnout",
                "label": "Audience across all performances (estimate)",
                "baseline": None,
                "result": 5800,
                "unit": "people",
                "effect": "unclear",
                "evidence": "Facilitators' headcounts; markets make counting rough.",
                "factors": "Market days and church gatherings.",
            },
        ],
        "adapted_from": [],
        "related": [],
        "authors": [
            {
                "name": "Women's environmental justice collective in the Niger Delta",
                "anonymous": False,
            },
            {"name": "Forum theatre facilitation team", "anonymous": False},
        ],
        "funding": (
            "A women's rights fund paid for the training, and the university drama "
            "department donated trainers' time."
        ),
        "origin": (
            "Written by the training team from facilitation notes and the recall "
            "survey."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
]
