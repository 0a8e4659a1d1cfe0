"""Demo resource library and glossary for the Praxis knowledge commons."""

RESOURCES = [
    {
        "slug": "legal-observer-field-handbook",
        "title": "Legal observer field handbook",
        "summary": (
            "A pocket-sized handbook for trained legal observers: what to watch, "
            "how to take notes that hold up later, and how to stay neutral and safe "
            "during a protest."
        ),
        "resource_type": "guide",
        "publisher": "Legal support collective of a climate camp",
        "language": "en",
        "year": 2022,
        "topics": ["civic-space", "anti-racism"],
        "body": (
            "The handbook takes a new legal observer through a full shift: the "
            "briefing before the action, what to carry, where to stand, and how to "
            "hand over notes at the end of the day. It explains the difference "
            "between observing and intervening, and why observers stay out of the "
            "action itself so that their notes remain credible.\n\n"
            "The central chapter is about note-taking. It sets out a simple format "
            "for every incident: the time, the exact place, what officers did and "
            "said, identification numbers on uniforms and vehicles, and the names "
            "arrested people call out. A section on profiling at stops and searches "
            "gives prompts for recording who was singled out and on what stated "
            "grounds.\n\n"
            "It is written for people who have completed a half-day training and "
            "want something to reread the night before an action. Groups adapting "
            "it should replace the legal summary at the back with the rules of their "
            "own country and have it checked by a lawyer who supports the movement."
        ),
    },
    {
        "slug": "action-camp-site-plan-checklist",
        "title": "Action camp site plan checklist",
        "summary": (
            "A printable checklist for the site team of an action camp, covering "
            "water, toilets, fire safety, access routes, the welcome tent and quiet "
            "areas, to work through before the first participants arrive."
        ),
        "resource_type": "template",
        "publisher": "Site crew of a regional climate action camp",
        "language": "en",
        "year": 2019,
        "topics": ["climate-justice", "civic-space"],
        "body": (
            "This checklist brings together what a site team needs to have in place "
            "before a camp opens: water and sanitation, fire and first-aid points, "
            "emergency access, a welcome area, step-free routes and spaces for rest. "
            "It ends with a short section on taking the camp down and leaving the "
            "land in good shape.\n\n"
            "It is meant for the small crew that arrives days ahead of everyone "
            "else. The crew that wrote it recommends walking the whole site with a "
            "printed map and the checklist in hand, ticking items off together "
            "rather than dividing them up, so that everyone knows where the fire "
            "points and the emergency route are.\n\n"
            "The numbers on the list, such as toilets per person and litres of "
            "water per day, are starting points drawn from three camps of between "
            "two hundred and a thousand people. Adjust them to your climate, the "
            "length of the camp and the local rules on temporary gatherings."
        ),
        "document": {
            "filename": "action-camp-site-plan-checklist.txt",
            "content": (
                "ACTION CAMP SITE PLAN CHECKLIST\n"
                "Camp name: ____________  Dates: ____________\n"
                "Expected number of people: ______  Site team contact: ____________\n"
                "\n"
                "BEFORE ARRIVAL\n"
                "[ ] Agreement with the landowner, or occupation plan, decided and recorded\n"
                "[ ] Site map drawn with north, entrances, slopes and wet ground marked\n"
                "[ ] Two vehicle access routes found; one kept clear for emergencies\n"
                "[ ] Nearest hospital and late-opening pharmacy marked on the map\n"
                "\n"
                "WATER AND SANITATION\n"
                "[ ] Drinking water: at least 5 litres per person per day planned\n"
                "[ ] Handwashing station next to every toilet block and kitchen\n"
                "[ ] Compost toilets: one per 25 people, away from water and kitchens\n"
                "[ ] Plan agreed for grey water, rubbish and recycling\n"
                "\n"
                "SAFETY\n"
                "[ ] Fire points with extinguisher and sand at least every 50 metres\n"
                "[ ] First-aid tent near the main path, signed and lit at night\n"
                "[ ] Emergency meeting point agreed and announced at every welcome\n"
                "[ ] Night watch rota drawn up and posted at the info point\n"
                "\n"
                "PEOPLE\n"
                "[ ] Welcome tent at the entrance with site map and camp agreements\n"
                "[ ] Step-free route from parking to welcome, kitchen and toilets\n"
                "[ ] Quiet area, and a separate space for families with children\n"
                "[ ] Legal support and wellbeing teams have clearly marked tents\n"
                "\n"
                "LEAVING\n"
                "[ ] Take-down crew and leave-no-trace date agreed\n"
                "[ ] Site walked with the landowner or neighbours after take-down\n"
            ),
        },
    },
    {
        "slug": "rent-strike-pledge-card",
        "title": "Rent strike pledge card template",
        "summary": (
            "A two-sided pledge card that tenants sign to join a rent strike only "
            "once an agreed share of their neighbours has signed too, with space "
            "for the demands and the escrow arrangement."
        ),
        "resource_type": "template",
        "publisher": "Tenant union of a large housing estate",
        "language": "en",
        "year": 2021,
        "topics": ["housing"],
        "body": (
            "The card turns a frightening individual decision into a conditional, "
            "collective one. Each tenant pledges to withhold rent only when a "
            "threshold of households in the building has signed, so nobody is left "
            "striking alone. One side lists the union's demands; the other side "
            "holds the pledge, contact details and the escrow promise.\n\n"
            "Organisers use it at the end of a door-knocking conversation, never as "
            "an opening. Signed cards are sensitive: keep them on paper in a safe "
            "place, track only a running count in shared documents, and never let "
            "the landlord see who has signed. Paying withheld rent into a union "
            "escrow account shows good faith and keeps households from falling into "
            "debt.\n\n"
            "Rent strikes carry a real risk of eviction proceedings. Before "
            "circulating the card, get advice from a tenants' rights lawyer on the "
            "rules where you live and change the wording to match."
        ),
        "document": {
            "filename": "rent-strike-pledge-card.txt",
            "content": (
                "RENT STRIKE PLEDGE CARD\n"
                "[Building or estate name]\n"
                "\n"
                "SIDE ONE: OUR DEMANDS\n"
                "We, the tenants of [building], demand that [landlord]:\n"
                "1. [Demand one, e.g. repair the heating in every flat by a fixed date]\n"
                "2. [Demand two, e.g. cancel this year's rent increase]\n"
                "3. [Demand three, e.g. recognise our tenant union and meet it monthly]\n"
                "\n"
                "SIDE TWO: MY PLEDGE\n"
                "I pledge to withhold my rent together with my neighbours, ONLY when\n"
                "[number] percent of households in [building] have signed this card.\n"
                "Until then, I keep paying my rent as usual.\n"
                "\n"
                "During the strike I will pay my rent into the union escrow account\n"
                "every month, so the money is ready when we win.\n"
                "\n"
                "The union committee will:\n"
                "- tell me when the threshold is reached, before any rent is withheld\n"
                "- keep this card private and never share it with the landlord\n"
                "- arrange legal advice for every striking household\n"
                "\n"
                "Name: ______________________   Flat number: ________\n"
                "Phone or preferred contact: ______________________\n"
                "Languages spoken at home: ________________________\n"
                "Signature: _________________   Date: ____________\n"
                "\n"
                "Collected by (organiser initials): ______\n"
                "[ ] Tenant has had a one-to-one conversation about the risks\n"
                "[ ] Tenant has received the union's rights sheet\n"
            ),
        },
    },
    {
        "slug": "volunteer-onboarding-one-to-one-script",
        "title": "Volunteer onboarding one-to-one script",
        "summary": (
            "A conversation guide for the first half-hour one-to-one with a new "
            "volunteer: listen to their story, explain the campaign honestly, and "
            "agree one concrete next step."
        ),
        "resource_type": "template",
        "publisher": "Organising team of a hospitality workers' union branch",
        "language": "en",
        "year": 2023,
        "topics": ["labour", "housing"],
        "body": (
            "Many people sign up and are never contacted again. This script "
            "structures the first real conversation so that a new volunteer is "
            "heard, understands what the campaign is trying to win, and leaves with "
            "a date in their diary. It is divided into five timed parts, from "
            "welcome to the ask, with a short after-meeting routine.\n\n"
            "It was written in a union branch but has been used unchanged by tenant "
            "groups, because the shape of a good one-to-one is the same anywhere: "
            "the organiser listens for most of the time and connects the campaign "
            "to what the person already cares about.\n\n"
            "Treat it as a guide to practise with, not something to read aloud. "
            "Role-play it in pairs before using it for real, and log the agreed next "
            "step in your volunteer tracker within a day, while the details are "
            "fresh."
        ),
        "document": {
            "filename": "volunteer-onboarding-one-to-one-script.txt",
            "content": (
                "ONE-TO-ONE ONBOARDING SCRIPT (about 30 minutes)\n"
                "\n"
                "Before you meet\n"
                "- Read what the volunteer wrote on the sign-up form.\n"
                "- Choose a quiet place. Bring a notebook, not a laptop.\n"
                "\n"
                "1. Welcome (3 minutes)\n"
                "\"Thanks for making the time. I'd like to hear about you first,\n"
                "then tell you what we're working on.\"\n"
                "\n"
                "2. Their story (10 minutes)\n"
                "- What brought you to us now?\n"
                "- What would you change at work (or at home) if you could?\n"
                "- Have you been part of a group or campaign before? How was it?\n"
                "Listen more than you talk. Note the words they use for what angers them.\n"
                "\n"
                "3. Our campaign (7 minutes)\n"
                "- Explain in two minutes what we want to win and why now.\n"
                "- Connect it to something they told you in part 2.\n"
                "- Be honest about what it asks of people and what the risks are.\n"
                "\n"
                "4. Their place in it (5 minutes)\n"
                '- "Which of these sounds most like you?" Offer two or three real roles.\n'
                "- Ask how much time they can realistically give next month.\n"
                "\n"
                "5. The ask (5 minutes)\n"
                "- Agree ONE concrete next step with a date: a meeting, a shift, a training.\n"
                '- "Who else should be having this conversation with us?"\n'
                "- Say who will contact them next, and when.\n"
                "\n"
                "After the meeting (within 24 hours)\n"
                "- Log the next step and their interests in the volunteer tracker.\n"
                "- Send a short thank-you message that repeats the date of the next step.\n"
            ),
        },
    },
    {
        "slug": "divestment-campaign-research-guide",
        "title": "Divestment campaign research guide: follow your institution's money",
        "summary": (
            "Step-by-step guidance for student, faith and council campaigners on "
            "finding out where an institution invests, who decides, and which "
            "documents and deadlines give a campaign leverage."
        ),
        "resource_type": "guide",
        "publisher": "Research working group of a student fossil-free network",
        "language": "en",
        "year": 2020,
        "topics": ["finance", "climate-justice"],
        "body": (
            "The guide starts with the paper trail: annual accounts, investment "
            "policies, fund manager reports and minutes of finance committees. It "
            "shows how to read a list of holdings, how to spot money placed in "
            "pooled funds, and how to use public information requests where an "
            "institution is covered by them.\n\n"
            "A second part turns the research into strategy. It walks through a "
            "power map of the people who actually decide on investments, such as an "
            "investment committee, trustees or a governing board, and builds a "
            "calendar of their meetings, policy reviews and reporting dates so the "
            "campaign can time its asks.\n\n"
            "It is written for research teams of two or three people supporting a "
            "wider campaign. The authors stress keeping a source log for every "
            "figure and never overstating numbers: one wrong claim can cost a "
            "campaign its credibility with the very committee it is trying to move."
        ),
    },
    {
        "slug": "threat-model-worksheet",
        "title": "Digital security threat-model worksheet for campaign groups",
        "summary": (
            "A one-hour group exercise that helps a campaign decide what it needs to "
            "protect, from whom, and which few security habits are worth the effort."
        ),
        "resource_type": "template",
        "publisher": "Digital security trainers' collective",
        "language": "en",
        "year": 2022,
        "topics": ["digital-security", "civic-space"],
        "body": (
            "Groups often respond to surveillance fears with a long list of tools "
            "nobody ends up using. This worksheet reverses the order: first agree "
            "what you are protecting and who might want it, then rate likelihood "
            "and harm, and only then choose a handful of habits for the highest "
            "risks.\n\n"
            "It is designed for a whole group to fill in together during a meeting, "
            "with one person facilitating and one writing. No technical knowledge is "
            "needed. The last step asks the group to write down the risks it has "
            "decided to accept, so that those choices are made openly rather than by "
            "default.\n\n"
            "Set a review date at the top and repeat the exercise when the campaign "
            "changes tactics, gains public attention or faces legal action. Keep the "
            "completed worksheet itself somewhere safe, since it describes your "
            "weak points."
        ),
        "document": {
            "filename": "threat-model-worksheet.txt",
            "content": (
                "THREAT MODEL WORKSHEET\n"
                "Group: ______________   Date: __________   Review again on: __________\n"
                "\n"
                "STEP 1. WHAT DO WE NEED TO PROTECT?\n"
                "List information and things that would hurt people if lost or exposed.\n"
                "(member list, action plans, sources, donors, phones, shared accounts)\n"
                "1. ____________________________\n"
                "2. ____________________________\n"
                "3. ____________________________\n"
                "\n"
                "STEP 2. WHO MIGHT WANT IT?\n"
                "For each item: who could want it, and what could they realistically do?\n"
                "(police, private security, a hostile company, online harassers)\n"
                "____________________________________________________________\n"
                "\n"
                "STEP 3. HOW LIKELY, HOW BAD?\n"
                "Rate each pair: likelihood 1-3 and harm 1-3.\n"
                "Item        | Who         | Likelihood | Harm | Score (L x H)\n"
                "____________|_____________|____________|______|______________\n"
                "____________|_____________|____________|______|______________\n"
                "\n"
                "STEP 4. WHAT WILL WE DO?\n"
                "For the three highest scores only, pick habits we will actually keep.\n"
                "Examples: disappearing messages in the action chat, sign-up list kept\n"
                "offline, two-factor login on every shared account, phones left outside\n"
                "planning meetings.\n"
                "Habit 1: ____________________ Owner: ________ By when: ________\n"
                "Habit 2: ____________________ Owner: ________ By when: ________\n"
                "Habit 3: ____________________ Owner: ________ By when: ________\n"
                "\n"
                "STEP 5. WHAT ARE WE ACCEPTING?\n"
                "Risks we have decided not to address, and why:\n"
                "____________________________________________________________\n"
            ),
        },
    },
    {
        "slug": "consensus-facilitation-cards",
        "title": "Consensus decision-making facilitation cards",
        "summary": (
            "A deck of printable cards for facilitators and participants: the stages "
            "of a consensus process, common hand signals, and prompts for handling "
            "blocks, dominant voices and running out of time."
        ),
        "resource_type": "toolkit",
        "publisher": "Facilitation working group of a feminist collective",
        "language": "en",
        "year": 2018,
        "topics": ["feminism", "climate-justice"],
        "body": (
            "The toolkit condenses a two-day facilitation training into five cards "
            "that fit in a pocket. They cover the stages of reaching a decision, the "
            "hand signals most groups use, how to test for agreement, what to do "
            "when a few voices dominate, and options when a meeting runs out of "
            "time.\n\n"
            "The collective that made the cards wanted meetings where people who are "
            "usually talked over get heard, so several prompts focus on the order of "
            "speaking and on naming patterns of domination kindly but directly. The "
            "cards have since been used in climate action camps, where large, mixed "
            "groups need to decide quickly.\n\n"
            "Print a set for each facilitation team and a copy of the hand-signals "
            "card for every participant. Explain the signals at the start of each "
            "meeting, even if most people already know them."
        ),
        "document": {
            "filename": "consensus-facilitation-cards.txt",
            "content": (
                "CONSENSUS FACILITATION CARDS\n"
                "Print, cut along the lines and laminate. One set per facilitation team.\n"
                "----------------------------------------\n"
                "CARD 1: THE STAGES\n"
                "1. Introduce the question and why it needs deciding today.\n"
                "2. Open discussion: needs, concerns, ideas.\n"
                "3. Look for a proposal that meets the main concerns.\n"
                "4. Discuss and amend the proposal.\n"
                "5. Test for agreement: agree, stand aside or block.\n"
                "6. Confirm the decision, who does what, and by when.\n"
                "----------------------------------------\n"
                "CARD 2: HAND SIGNALS\n"
                "Raised hand: I want to speak (join the queue).\n"
                "Raised index finger: direct response to the last point.\n"
                "Hands forming a T: technical point (time, process, access).\n"
                "Waving fingers: I agree with what is being said.\n"
                "----------------------------------------\n"
                "CARD 3: TESTING FOR AGREEMENT\n"
                '"Are there concerns we have not heard yet?"\n'
                '"Is anyone standing aside? Would you like your reasons noted?"\n'
                '"Is there a block?" Remind the group that a block means the proposal\n'
                'breaks our shared principles, not "I would prefer another option".\n'
                "----------------------------------------\n"
                "CARD 4: WHEN A FEW VOICES DOMINATE\n"
                "- Use a go-round: everyone speaks once before anyone speaks twice.\n"
                "- Give priority in the queue to people who have not spoken yet.\n"
                "- Split into pairs for three minutes, then hear from each pair.\n"
                "- Name the pattern kindly and ask the group how to handle it.\n"
                "----------------------------------------\n"
                "CARD 5: WHEN TIME RUNS OUT\n"
                "- Is there a smaller decision we can make now?\n"
                "- Can a small group draft a proposal and bring it back?\n"
                "- Do we have a fallback rule agreed in advance?\n"
            ),
        },
    },
    {
        "slug": "media-spokesperson-briefing-template",
        "title": "Media spokesperson briefing template",
        "summary": (
            "A one-page brief the media team fills in before every action, so "
            "spokespeople go into interviews with three messages, a true human "
            "story, rehearsed answers to hard questions and clear limits."
        ),
        "resource_type": "template",
        "publisher": "Media team of a migrant solidarity network",
        "language": "en",
        "year": 2021,
        "topics": ["migration", "civic-space"],
        "body": (
            "The brief fits on a single page so it can be read on the way to an "
            "interview. It asks the media team to write the story in two printable "
            "sentences, agree three messages, prepare for the questions the group "
            "dreads, and plan phrases that bring the conversation back to what "
            "matters.\n\n"
            "It was developed by a network whose spokespeople often have direct "
            "experience of detention or deportation. For that reason it includes a "
            "section on limits: the spokesperson decides which parts of their story "
            "are shared, whether they can be named or filmed, and when an interview "
            "ends. The media team's job is to protect those choices, not to push for "
            "more personal detail.\n\n"
            "Fill it in together with the spokesperson, not for them, and rehearse "
            "the hard questions aloud at least once. Afterwards, use the last "
            "section to log the outlet and any promises made to the reporter."
        ),
        "document": {
            "filename": "media-spokesperson-briefing.txt",
            "content": (
                "SPOKESPERSON BRIEFING\n"
                "Action or event: ______________________  Date and time: ____________\n"
                "Spokesperson (role): ______________  Media contact on the day: ______\n"
                "\n"
                "1. WHAT IS HAPPENING (two sentences a reporter could print)\n"
                "______________________________________________________________\n"
                "\n"
                "2. OUR THREE MESSAGES\n"
                "   1. The problem: ___________________________________________\n"
                "   2. Who is responsible: ____________________________________\n"
                "   3. What we want, and by when: _____________________________\n"
                "\n"
                "3. THE HUMAN STORY\n"
                "A short, true example of the problem. Include only details the person\n"
                "concerned has agreed to share, in the words they chose.\n"
                "______________________________________________________________\n"
                "\n"
                "4. HARD QUESTIONS AND OUR ANSWERS\n"
                'Q: "Isn\'t this illegal or disruptive?"  A: ____________________\n'
                'Q: "Who funds you?"                     A: ____________________\n'
                "Q: __________________________________   A: ____________________\n"
                "\n"
                "5. BRIDGES BACK TO OUR MESSAGES\n"
                '"What really matters here is..."   "The bigger question is..."\n'
                "\n"
                "6. LIMITS\n"
                "Topics the spokesperson will not discuss: _______________________\n"
                "Named or filmed?  [ ] yes  [ ] first name only  [ ] no  [ ] voice only\n"
                "The interview ends if: _________________________________________\n"
                "\n"
                "7. AFTER THE INTERVIEW\n"
                "Outlet: ____________  Reporter's role: ____________\n"
                "Main questions asked and any promises made: ____________________\n"
            ),
        },
    },
    {
        "slug": "arrestee-support-hotline-protocol",
        "title": "Arrestee support hotline protocol",
        "summary": (
            "What a small team needs to run a support phone line during a mass "
            "action: a call script, an arrestee log, hourly checks, shift handover "
            "and steps for meeting people on release."
        ),
        "resource_type": "toolkit",
        "publisher": "Arrestee support team of a national anti-racism mobilisation",
        "language": "en",
        "year": 2023,
        "topics": ["civic-space", "anti-racism"],
        "body": (
            "The protocol covers the hotline from the moment the first call comes in "
            "until the last person is released. It includes a short call script, the "
            "columns of the arrestee log, a list of hourly checks, a handover "
            "routine between shifts, and guidance for the teams who wait outside "
            "police stations.\n\n"
            "It was written after a mobilisation where many of those detained were "
            "young people of colour who had been stopped on their way to or from the "
            "protest, some of them not taking part at all. The protocol therefore "
            "asks operators to log every detention reported to them, without "
            "judging whether the person was 'really' an activist, and to prioritise "
            "medical and access needs and contact with family.\n\n"
            "It suits teams of four to ten people working in shifts. Test the phone "
            "line before the day, share the number widely so people can write it on "
            "their arm in marker, and agree with your lawyers how long the log will "
            "be kept."
        ),
        "document": {
            "filename": "arrestee-support-hotline-protocol.txt",
            "content": (
                "ARRESTEE SUPPORT HOTLINE PROTOCOL\n"
                "Hotline number (participants write it on their arm): [hotline number]\n"
                "Shift: ______ to ______  Operators: ____________  Legal contact: ______\n"
                "\n"
                "ANSWERING A CALL\n"
                '"Hello, this is the support line. Are you safe to talk right now?"\n'
                "1. Ask who is calling: the arrested person, a witness, a friend or relative.\n"
                "2. Write down exactly what they say. Do not guess or fill gaps.\n"
                "3. Never ask what anyone did before the arrest.\n"
                "4. Tell the caller what happens next and when they will hear from us.\n"
                "\n"
                "ARRESTEE LOG (one line per person)\n"
                "Name given | Time and place of arrest | Where taken | Medical or access needs\n"
                "Who to inform | Lawyer requested? | Released (time) | Met on release by\n"
                "\n"
                "EVERY HOUR\n"
                "[ ] Call the police station(s) to confirm who is held there\n"
                "[ ] Pass new names and locations to the legal contact\n"
                "[ ] Update release teams with expected release times\n"
                "\n"
                "RELEASE SUPPORT\n"
                "- Send two people to each station where anyone is held.\n"
                "- Bring water, food, a phone charger, travel money and warm clothes.\n"
                "- Ask how the person is before asking what happened.\n"
                "- Offer to write down their account while it is fresh, for the lawyers.\n"
                "\n"
                "SHIFT HANDOVER\n"
                "[ ] Log is up to date and readable by someone who was not there\n"
                "[ ] Open tasks written down with who is doing them\n"
                "[ ] Outgoing operator has had a short debrief with someone\n"
                "\n"
                "AFTER THE ACTION\n"
                "Keep the log only as long as the lawyers need it, then delete it.\n"
            ),
        },
    },
    {
        "slug": "coalition-memorandum-of-understanding",
        "title": "Coalition memorandum of understanding template",
        "summary": (
            "A fill-in agreement for groups forming a coalition: the shared goal, "
            "what each partner brings, how decisions are made, use of names and "
            "logos, money, and how to leave on good terms."
        ),
        "resource_type": "template",
        "publisher": "Coordinating committee of a migrant workers' rights coalition",
        "language": "en",
        "year": 2020,
        "topics": ["labour", "migration"],
        "body": (
            "Coalitions often fall out over things nobody discussed at the start: "
            "who can speak for the group, whose logo goes first, who holds the "
            "money. This template puts those questions on paper while relations are "
            "still good, in eight short sections that a group of delegates can fill "
            "in during one meeting.\n\n"
            "It comes from a coalition of unions, community centres and migrant-led "
            "associations with very different sizes and resources. The section on "
            "what each partner keeps was added so that smaller groups could join "
            "without fearing they would be absorbed or spoken over by larger "
            "ones.\n\n"
            "The memorandum is a political agreement, not a legal contract. Take a "
            "draft back to each partner's own decision-making body before signing, "
            "and put the review date in everyone's calendar."
        ),
        "document": {
            "filename": "coalition-memorandum-of-understanding.txt",
            "content": (
                "MEMORANDUM OF UNDERSTANDING\n"
                "between [Group A], [Group B] and [Group C]\n"
                "for the [campaign name] coalition\n"
                "\n"
                "1. SHARED GOAL\n"
                "Together we aim to: ______________________________ by [date].\n"
                "\n"
                "2. WHAT EACH PARTNER BRINGS\n"
                "[Group A]: ______________________ (e.g. members for actions, legal expertise)\n"
                "[Group B]: ______________________\n"
                "[Group C]: ______________________\n"
                "\n"
                "3. WHAT EACH PARTNER KEEPS\n"
                "Each group keeps its own name, positions and work outside this campaign.\n"
                "No partner speaks for the others without their agreement.\n"
                "\n"
                "4. HOW WE DECIDE\n"
                "Coordinating group: one delegate per partner, meeting every [frequency].\n"
                "Decisions by [consensus / two-thirds majority].\n"
                "Urgent decisions between meetings: [who decides, how they report back].\n"
                "\n"
                "5. NAMES, LOGOS AND PUBLIC STATEMENTS\n"
                "Joint statements are approved by all delegates within [number] hours.\n"
                "No reply within that time counts as [agreement / objection].\n"
                "\n"
                "6. MONEY AND RESOURCES\n"
                "Shared costs are split: ________________  Funds held by: ____________\n"
                "Fundraising in the coalition's name is approved by: ________________\n"
                "\n"
                "7. DISAGREEMENTS\n"
                "First, delegates talk directly. Second, a facilitated meeting.\n"
                "Third, a partner may leave under section 8.\n"
                "\n"
                "8. LEAVING AND ENDING\n"
                "A partner may leave with [number] weeks' written notice.\n"
                "This agreement is reviewed on [date] and ends on [date] unless renewed.\n"
                "\n"
                "Signed on behalf of (role in each group):\n"
                "[Group A] ______________  [Group B] ______________  [Group C] ______________\n"
            ),
        },
    },
    {
        "slug": "burnout-and-care-check-in-guide",
        "title": "Burnout and care check-in guide for organising teams",
        "summary": (
            "A short guide to running regular care check-ins in a campaign team: "
            "spotting early signs of burnout, sharing the load, and treating rest as "
            "a collective responsibility rather than a private one."
        ),
        "resource_type": "guide",
        "publisher": "Care working group of a feminist strike assembly",
        "language": "en",
        "year": 2021,
        "topics": ["feminism"],
        "body": (
            "The guide describes two simple routines. A ten-minute round at the "
            "start of each meeting asks everyone how they are arriving and whether "
            "anything limits what they can take on this week. A longer monthly "
            "check-in looks at workload: who is carrying which tasks, who has said "
            "yes to too much, and what can be dropped, shared or postponed.\n\n"
            "It argues that burnout is mostly a problem of how work is organised, "
            "and that care work in movements, like elsewhere, tends to fall on the "
            "same few people. It suggests a visible role map, rotating demanding "
            "roles, planned weeks without meetings, and a list of early warning "
            "signs such as missed sleep, irritability and quietly dropping out of "
            "chats.\n\n"
            "The check-ins are not therapy and should not pressure anyone to share "
            "more than they want. The guide ends with advice on when to suggest "
            "outside support and how to keep a place open for someone who steps "
            "back for a while."
        ),
    },
    {
        "slug": "holding-the-door-eviction-defence-film",
        "title": "Holding the door: an eviction defence training film",
        "summary": (
            "A 25-minute training film that follows a neighbourhood eviction defence "
            "network from the first phone alert to the morning the bailiffs arrive, "
            "with built-in pauses for group discussion."
        ),
        "resource_type": "video",
        "publisher": "Neighbourhood eviction defence network",
        "language": "en",
        "year": 2019,
        "topics": ["housing", "anti-racism"],
        "body": (
            "The film mixes scenes re-enacted by network members, interviews with "
            "tenants who have faced eviction, and a short animation explaining the "
            "stages of the legal process. It shows the alert system, the visit to "
            "the household, the phone tree, and how people gather peacefully at the "
            "door on the day.\n\n"
            "Tenants in the film describe how evictions in their area fell hardest "
            "on Black and migrant families, and how the network had to earn trust "
            "by following the lead of the affected household rather than turning "
            "each eviction into a protest on its own terms.\n\n"
            "It is made for group screenings in tenant unions and community "
            "centres. Chapter markers indicate four discussion pauses, and the "
            "accompanying facilitator notes suggest questions for each. Subtitles "
            "are available in several languages."
        ),
    },
    {
        "slug": "policing-of-climate-camps-evaluation",
        "title": "Watching the watchers: an evaluation of policing at three climate camps",
        "summary": (
            "A report by legal observers and camp participants analysing stops, "
            "searches, arrests and surveillance across three climate camps, with "
            "recommendations for future camp legal teams."
        ),
        "resource_type": "report",
        "publisher": "Legal observer network for climate actions",
        "language": "en",
        "year": 2017,
        "topics": ["climate-justice", "civic-space"],
        "body": (
            "The report draws on observer notebooks, an anonymous survey of camp "
            "participants and the later outcomes of the cases brought against them. "
            "It compares how policing developed over the three camps, from the first "
            "day's searches at the entrances to the handling of the main actions.\n\n"
            "Its main findings are that most arrests never led to charges, that "
            "blanket searches at camp entrances discouraged newcomers more than they "
            "prevented any action, and that participants of colour reported being "
            "stopped more often. It also documents officers filming people at close "
            "range in ways that participants found intimidating.\n\n"
            "The closing chapter sets out recommendations for legal teams: brief "
            "everyone on search powers at the welcome tent, place observers at "
            "entrances from the first day, and collect participant accounts "
            "systematically so patterns can be shown rather than only asserted."
        ),
    },
    {
        "slug": "secure-messaging-comparison",
        "title": "Secure messaging apps compared: a maintained comparison table",
        "summary": (
            "A link to a regularly updated comparison, kept by volunteer "
            "technologists, of messaging apps organisers use, rating encryption, "
            "metadata collection, disappearing messages and group features."
        ),
        "resource_type": "link",
        "publisher": "Volunteer digital rights collective",
        "language": "en",
        "year": 2024,
        "topics": ["digital-security"],
        "body": (
            "The linked page is a single table that lists common messaging apps in "
            "rows and the properties organisers care about in columns: whether "
            "encryption is on by default, what metadata the provider keeps, whether "
            "a phone number is required, whether messages can disappear, and how "
            "large groups can be.\n\n"
            "Each rating links to a plain-language explanation, and the table notes "
            "when each entry was last checked. Look at that date before relying on "
            "a rating, because apps change their features and policies often.\n\n"
            "Use it together with a threat model rather than instead of one. No app "
            "protects the messages on a phone that has been seized while unlocked, "
            "and the best choice is often the secure app your members will actually "
            "install."
        ),
    },
    {
        "slug": "vi-bor-kvar-renovation-eviction-report",
        "title": "Vi bor kvar: hyresgäster mot renovräkning",
        "summary": (
            "A report from a suburban tenants' association on how residents of a "
            "large post-war estate resisted renovations that would have sharply "
            "raised their rents, and what the campaign won and lost."
        ),
        "resource_type": "report",
        "publisher": "Local tenants' association on a suburban housing estate",
        "language": "sv",
        "year": 2018,
        "topics": ["housing", "migration"],
        "body": (
            "The title means 'We are staying'. 'Renovräkning', a word formed from "
            "renovation and eviction, describes upgrades that push rents beyond "
            "what existing tenants can pay. The report tells how residents of an "
            "estate built in the public housing drive of the 1960s and 1970s "
            "organised when their landlord announced a renovation programme.\n\n"
            "Most residents were born outside the country and more than twenty "
            "languages were spoken on the estate. The association recruited "
            "door-knockers from each language community, held residents' meetings "
            "with interpretation, and encouraged tenants not to sign individual "
            "consent forms so that the landlord had to negotiate with them "
            "collectively.\n\n"
            "The campaign won a choice of lighter renovation options and a phased "
            "rent increase, but did not stop the programme. The original is in "
            "Swedish; an English summary and a translated chapter on multilingual "
            "organising are included."
        ),
    },
    {
        "slug": "community-seed-bank-guide",
        "title": "Guía práctica de bancos de semillas comunitarios",
        "summary": (
            "A practical guide to setting up and running a community seed bank: "
            "collecting, drying, storing and lending local varieties, and keeping "
            "records that protect growers' knowledge."
        ),
        "resource_type": "guide",
        "publisher": "Network of small farmers and community gardens",
        "language": "es",
        "year": 2020,
        "topics": ["food-land"],
        "body": (
            "The title means 'A practical guide to community seed banks'. It covers "
            "choosing which varieties to save, harvesting seed at the right moment, "
            "drying and cleaning it, simple germination tests, and storing seed in "
            "cool, dry conditions with cheap materials such as glass jars and "
            "dried rice.\n\n"
            "A large section deals with running the bank as a commons. Members "
            "borrow seed at planting time and return more after harvest, and each "
            "variety has a record card noting where it came from, who has grown it "
            "and what it is good for. The guide explains how to write these cards "
            "so that the knowledge of older growers is credited and not lost.\n\n"
            "It is written for community gardens, rural cooperatives and schools "
            "starting a seed bank from scratch. Illustrated step-by-step pages can "
            "be printed and pinned up in a shared shed or meeting room."
        ),
    },
    {
        "slug": "know-your-rights-on-the-move-toolkit",
        "title": "Know your rights on the move: phone safety and border toolkit",
        "summary": (
            "A peer-education toolkit for people on the move, first written in "
            "Arabic, on keeping phones and documents safe and on basic rights at "
            "borders and in asylum interviews."
        ),
        "resource_type": "toolkit",
        "publisher": "Migrant solidarity collective with refugee peer educators",
        "language": "ar",
        "year": 2022,
        "topics": ["migration", "digital-security"],
        "body": (
            "Peer educators who had made the journey themselves wrote this toolkit "
            "in Arabic, based on the questions they were asked most often in "
            "reception centres. It combines session plans for small group "
            "workshops with a pocket card on phone safety and interview rights that "
            "people can carry.\n\n"
            "The phone safety part explains why phones may be searched at borders, "
            "how to keep copies of important documents where they can be reached "
            "from any device, and why it helps to memorise two phone numbers. The "
            "rights part gives general principles for interviews and points to "
            "separate country sheets that local groups keep up to date.\n\n"
            "Use it in sessions led by peers, with printed cards to hand out at the "
            "end. The card below is the English version; local groups fill in their "
            "own support line and legal advice details before printing."
        ),
        "document": {
            "filename": "phone-safety-pocket-card.txt",
            "content": (
                "PHONE SAFETY AND RIGHTS POCKET CARD\n"
                "(Fold in three. Keep it separate from your phone.)\n"
                "\n"
                "BEFORE YOU TRAVEL\n"
                "- Learn two phone numbers by heart: someone you trust and a support line.\n"
                "- Photograph your documents. Keep copies you can reach from any phone,\n"
                "  and give a copy to someone you trust.\n"
                "- Remove photos, chats and contacts that could put you or others at risk.\n"
                "- Lock your screen with a number code, not only a fingerprint or face.\n"
                "- Turn off location history in your apps.\n"
                "\n"
                "IF YOUR PHONE IS TAKEN OR SEARCHED\n"
                "- Stay calm. Ask for a written record if one can be given.\n"
                "- Remember the time, the place and the officer's uniform or badge.\n"
                "- When you can, tell your contacts so they can change passwords.\n"
                "\n"
                "IN AN INTERVIEW\n"
                "- You can ask for an interpreter in a language you understand well.\n"
                "- If you do not understand a question, say so. Do not guess.\n"
                "- You can ask for a break.\n"
                "- Ask for a copy of what was written down and check it before signing.\n"
                "\n"
                "SUPPORT LINE: [filled in by the local group]\n"
                "LEGAL ADVICE: [type of service and opening hours, filled in locally]\n"
                "\n"
                "These are general principles. Check the country sheet for where you are.\n"
            ),
        },
    },
    {
        "slug": "hotel-housekeepers-strike-film",
        "title": "Behind the clean sheets: hotel housekeepers on strike",
        "summary": (
            "A 40-minute documentary about hotel housekeepers, most of them migrant "
            "women, who organised against room quotas and outsourcing and won "
            "direct employment after a months-long strike."
        ),
        "resource_type": "video",
        "publisher": "Strike committee of hotel housekeepers with a community film collective",
        "language": "en",
        "year": 2023,
        "topics": ["labour", "feminism", "migration"],
        "body": (
            "The film follows the strike from its first quiet meetings in a staff "
            "canteen to the picket lines outside the hotel. Housekeepers explain "
            "the room quotas that made them work unpaid hours, and how outsourcing "
            "to an agency left them without a clear employer to negotiate with.\n\n"
            "It pays close attention to how the strike was organised around the "
            "lives of the workers: picket shifts planned around school hours, "
            "shared childcare during meetings, and materials in the five languages "
            "spoken on the housekeeping team. The strikers also describe the moments "
            "when the strike nearly collapsed and what kept it going.\n\n"
            "A screening pack with discussion questions makes it suitable for union "
            "education sessions, feminist reading groups and migrant worker centres. "
            "The workers chose how they appear on screen, and some are filmed only "
            "from behind."
        ),
    },
    {
        "slug": "land-access-farm-start-directory",
        "title": "Land access and farm-start directory",
        "summary": (
            "A link to a volunteer-maintained directory of land trusts, farm "
            "incubators, tool libraries and community-supported agriculture schemes "
            "for people trying to start growing food."
        ),
        "resource_type": "link",
        "publisher": "Food sovereignty alliance of growers and land campaigners",
        "language": "en",
        "year": 2024,
        "topics": ["food-land"],
        "body": (
            "The linked directory lists organisations that help new growers get "
            "onto land: community land trusts, farm incubators that rent small plots "
            "with shared infrastructure, tool libraries, and community-supported "
            "agriculture schemes looking for growers. Entries can be filtered by "
            "region and by the kind of help offered.\n\n"
            "It is aimed at people without family land or savings, who are often "
            "shut out of farming by land prices. Each entry says whether the "
            "organisation is community-run and what it asks of growers in return, "
            "such as rent, labour or a share of the harvest.\n\n"
            "Entries are submitted by the organisations themselves and checked once "
            "a year, so contact details can go out of date. Confirm terms directly "
            "before making plans, and suggest corrections through the directory's "
            "feedback form."
        ),
    },
    {
        "slug": "pension-shareholder-action-evaluation",
        "title": "Our pensions, our questions: a year of shareholder action at annual meetings",
        "summary": (
            "An evaluation of a campaign in which public sector workers used "
            "shareholdings and their pension scheme to ask questions at annual "
            "general meetings and press trustees to vote against fossil fuel "
            "expansion."
        ),
        "resource_type": "report",
        "publisher": "Pension campaign group of public sector union members",
        "language": "en",
        "year": 2021,
        "topics": ["finance", "labour"],
        "body": (
            "Over one year, union members bought single shares or obtained proxy "
            "votes in several energy companies held by their pension fund, attended "
            "the annual general meetings and asked prepared questions about "
            "expansion plans. At the same time they wrote to and met the trustees "
            "who decide how the fund votes.\n\n"
            "The report is candid about the results. Questions asked by workers "
            "whose retirement depends on the fund drew more press attention than "
            "earlier protests outside, and trustees agreed to publish their voting "
            "record. All the resolutions the campaign supported were still lost, and "
            "one question was written so technically that the company answered it "
            "without conceding anything.\n\n"
            "It closes with recommendations for other pension campaigns and an "
            "appendix of question templates, a timeline for the meeting season and "
            "a checklist for members attending their first annual meeting."
        ),
    },
]

GLOSSARY = [
    {
        "term": "Action camp",
        "slug": "action-camp",
        "definition": (
            "A temporary camp where people live together for several days to "
            "train, plan and take action, often close to the site they are "
            "resisting. Camps combine workshops, shared kitchens and collective "
            "decision-making with the action itself. They lower the threshold for "
            "newcomers, who can learn by doing alongside experienced people."
        ),
    },
    {
        "term": "Affinity group",
        "slug": "affinity-group",
        "definition": (
            "A small group of people, usually five to fifteen, who know and trust "
            "each other and take part in an action as a unit. Members agree roles "
            "in advance, such as a support person or a legal contact, and look "
            "after each other throughout. Affinity groups make large actions safer "
            "and more flexible because decisions can be made quickly on a small "
            "scale."
        ),
    },
    {
        "term": "Arrestee support",
        "slug": "arrestee-support",
        "definition": (
            "The work of looking after people who are arrested during or after an "
            "action. It usually includes a phone line, a log of who was detained "
            "and where, contact with lawyers, and teams who wait outside police "
            "stations to meet people on release. Good arrestee support means no one "
            "leaves custody alone."
        ),
    },
    {
        "term": "Base building",
        "slug": "base-building",
        "definition": (
            "Patient, long-term organising that grows the number of people who are "
            "actively involved, rather than mobilising the same supporters again "
            "and again. It relies on one-to-ones, leadership development and "
            "meeting people's immediate needs. A broad base is what lets a campaign "
            "survive setbacks and escalate when it needs to."
        ),
    },
    {
        "term": "Blockade",
        "slug": "blockade",
        "definition": (
            "An action that physically stops a harmful operation, for example by "
            "sitting in a road, locking on to gates or surrounding machinery. "
            "Blockades can last minutes or months. They usually need careful legal "
            "preparation, support roles and a clear message about why this site was "
            "chosen."
        ),
    },
    {
        "term": "Bottleneck",
        "slug": "bottleneck",
        "definition": (
            "In Praxis, the obstacle that is currently holding a group back, such "
            "as recruitment, burnout or legal risk. Naming the bottleneck helps "
            "people find lessons from others who faced the same problem. A group "
            "often works through several bottlenecks as a campaign grows."
        ),
    },
    {
        "term": "Cascade training",
        "slug": "cascade-training",
        "definition": (
            "A way of spreading skills in which people who have been trained go on "
            "to train others, who in turn train more people. It depends on simple, "
            "well-documented session plans and on support for new trainers. Done "
            "well, it lets a movement grow faster than a small team of trainers "
            "ever could."
        ),
    },
    {
        "term": "Consensus",
        "slug": "consensus",
        "definition": (
            "A decision-making process in which a group looks for a proposal that "
            "everyone can accept, instead of taking a vote. Participants can agree, "
            "stand aside with their concerns noted, or block a proposal they believe "
            "breaks the group's principles. Consensus works best with skilled "
            "facilitation and a clear fallback for urgent decisions."
        ),
    },
    {
        "term": "Debrief",
        "slug": "debrief",
        "definition": (
            "A structured conversation held after an action, meeting or campaign "
            "phase to look back on what happened. A common format asks what went "
            "well, what was hard and what to change next time, and leaves room for "
            "how people are feeling. Regular debriefs are one of the simplest ways "
            "to learn as a group and to notice burnout early."
        ),
    },
    {
        "term": "Divestment",
        "slug": "divestment",
        "definition": (
            "Selling, or refusing to hold, investments in a harmful industry such "
            "as fossil fuels or weapons. Divestment campaigns press institutions "
            "like universities, pension funds, faith bodies and councils to make "
            "that decision publicly. Beyond moving money, they aim to weaken the "
            "social licence of the targeted industry."
        ),
    },
    {
        "term": "Escalation",
        "slug": "escalation",
        "definition": (
            "Gradually increasing pressure on a target when earlier tactics have "
            "not produced a result, for example moving from petitions to public "
            "actions to civil disobedience. A planned escalation ladder gives a "
            "campaign room to grow and lets supporters step up at a pace they can "
            "manage. Escalating too fast can cut a group off from its base."
        ),
    },
    {
        "term": "Hand signals",
        "slug": "hand-signals",
        "definition": (
            "Simple gestures used in meetings to show agreement, ask to speak or "
            "raise a process point without interrupting. Common examples are "
            "waving fingers to agree silently and forming a T with the hands for a "
            "technical point. Groups should explain their signals at the start of "
            "each meeting so newcomers are not left out."
        ),
    },
    {
        "term": "Legal observer",
        "slug": "legal-observer",
        "definition": (
            "A trained volunteer who watches and records police conduct at "
            "protests without taking part in the action. Observers note times, "
            "places, officer identification numbers and arrests, and their notes "
            "can later support people in court or in complaints. They usually wear "
            "visible bibs or hats so that both police and protesters can recognise "
            "them."
        ),
    },
    {
        "term": "Lineage",
        "slug": "lineage",
        "definition": (
            "In Praxis, the record of how a lesson or tactic was adapted from an "
            "earlier one. A lesson can name the lessons it built on, so readers can "
            "trace how an idea travelled between places, movements and years. "
            "Lineage credits the groups who went first and shows which adaptations "
            "worked."
        ),
    },
    {
        "term": "Misfire",
        "slug": "misfire",
        "definition": (
            "In Praxis, a lesson about an action or approach that did not work as "
            "hoped, written up so that others can learn from it. Misfires are "
            "treated as valuable knowledge, not as failures to hide. A good misfire "
            "explains what the group expected, what actually happened and what it "
            "would do differently."
        ),
    },
    {
        "term": "Mutual aid",
        "slug": "mutual-aid",
        "definition": (
            "People organising to meet each other's needs directly, such as sharing "
            "food, childcare, transport or money, on the basis of solidarity rather "
            "than charity. Mutual aid networks often grow during a crisis and can "
            "become a foundation for wider organising. The emphasis is on "
            "reciprocity and shared decisions rather than on givers and receivers."
        ),
    },
    {
        "term": "One-to-one",
        "slug": "one-to-one",
        "definition": (
            "A planned, personal conversation between an organiser and one other "
            "person, usually face to face and lasting around half an hour. The "
            "organiser listens more than they speak, to understand what the person "
            "cares about and what they might bring. One-to-ones are the basic "
            "building block of relational organising in unions, tenant groups and "
            "community campaigns."
        ),
    },
    {
        "term": "Outcome signal",
        "slug": "outcome-signal",
        "definition": (
            "In Praxis, a short, concrete sign that a lesson's approach had an "
            "effect, such as more members staying involved, a demand won or a "
            "policy changed. Outcome signals help readers judge how a tactic "
            "performed without needing a full evaluation. They should be honest "
            "about scale and uncertainty."
        ),
    },
    {
        "term": "Power mapping",
        "slug": "power-mapping",
        "definition": (
            "An exercise in which a group charts the people and institutions that "
            "can grant its demands, and those who influence them. Each actor is "
            "placed according to how much power they hold and how far they support "
            "or oppose the campaign. The map helps a group choose targets, allies "
            "and the most promising routes for pressure."
        ),
    },
    {
        "term": "Rent strike",
        "slug": "rent-strike",
        "definition": (
            "Tenants collectively withholding rent to force a landlord, or "
            "sometimes a public authority, to meet their demands. Strikes are "
            "usually preceded by careful organising and a pledge threshold, and "
            "many unions ask striking tenants to pay their rent into a shared "
            "escrow account. Because the risk of eviction is real, legal "
            "preparation is essential."
        ),
    },
    {
        "term": "Security culture",
        "slug": "security-culture",
        "definition": (
            "The shared habits a group uses to protect its members and plans, such "
            "as sharing sensitive information only with those who need it and not "
            "speculating about who took part in an action. Good security culture is "
            "proportionate to real risks and is explained openly to newcomers. It "
            "should never become an excuse for suspicion or exclusion."
        ),
    },
    {
        "term": "Spectrum of allies",
        "slug": "spectrum-of-allies",
        "definition": (
            "A planning tool that arranges groups in society along a semicircle "
            "from active allies, through passive allies, neutral groups and passive "
            "opponents, to active opponents. Campaigns use it to plan how to move "
            "each group one step closer to their side. It is a reminder that "
            "winning usually means shifting the middle, not converting the "
            "strongest opponents."
        ),
    },
    {
        "term": "Spokescouncil",
        "slug": "spokescouncil",
        "definition": (
            "A way for many affinity groups or working groups to make decisions "
            "together. Each group sends a spokesperson to a council where proposals "
            "are discussed, and spokespeople check back with their groups before "
            "agreeing. It lets large numbers of people use consensus without "
            "everyone being in the same meeting."
        ),
    },
    {
        "term": "Theory of change",
        "slug": "theory-of-change",
        "definition": (
            "A group's explicit explanation of how its actions are expected to lead "
            "to the change it wants. It links activities to intermediate outcomes "
            "and to the final goal, and states the assumptions in between. Writing "
            "one down helps a group test whether its tactics actually fit its "
            "strategy."
        ),
    },
    {
        "term": "Threat model",
        "slug": "threat-model",
        "definition": (
            "An assessment of what a group needs to protect, from whom, how likely "
            "harm is and how serious it would be. It helps organisers choose a few "
            "realistic security measures instead of trying to defend against "
            "everything. A threat model should be reviewed whenever a campaign's "
            "profile or tactics change."
        ),
    },
]
