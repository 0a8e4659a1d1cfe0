"""French demo content: pages, taxonomy and glossary."""

PAGES = {
    "HomePage": {
        "title": "Praxis",
        "intro": (
            "Les leçons des mouvements, écrites par les personnes qui ont fait le "
            "travail : ce qu’elles ont tenté, ce qui s’est passé, ce qu’elles "
            "changeraient."
        ),
    },
    "LessonIndexPage": {
        "title": "Bibliothèque de leçons",
        "intro": (
            "Chaque leçon décortique le problème, ce que le groupe a fait, ce qui s’est "
            "passé et les points de vigilance, avec des notes de contexte pour que vous "
            "puissiez juger si cela marcherait chez vous. Les ratés y ont aussi leur "
            "place."
        ),
    },
    "ResourceIndexPage": {
        "title": "Ressources",
        "intro": (
            "Guides, modèles, rapports et films que des mouvements ont trouvés utiles, "
            "rangés en collections par thème."
        ),
    },
    "LearningPathIndexPage": {
        "title": "Parcours d’apprentissage",
        "intro": (
            "Des itinéraires à travers la bibliothèque, composés par des pairs, qu’un "
            "groupe peut suivre en quelques séances."
        ),
    },
    "GlossaryPage": {
        "title": "Glossaire",
        "intro": "Les mots qu’on emploie quand on s’organise, expliqués simplement.",
    },
    "MovementIndexPage": {
        "title": "Mouvements",
        "intro": (
            "Les mouvements et organisations qui partagent ici leurs leçons : ce sur "
            "quoi ils travaillent, où, dans quelles langues, et les campagnes qu’ils "
            "mènent."
        ),
    },
    "GetInvolvedPage": {
        "title": "S’engager",
        "intro": (
            "Des rôles à prendre dans les campagnes du réseau, en ligne ou près de chez "
            "vous, le temps d’un après-midi ou sur la durée."
        ),
    },
    "EventIndexPage": {
        "title": "Événements",
        "intro": (
            "Tables rondes, formations, rencontres, visites de terrain et réunions en "
            "ligne où les mouvements apprennent les uns des autres. Les horaires sont "
            "indiqués dans le fuseau horaire de chaque événement."
        ),
    },
    "about": {
        "title": "À propos de Praxis",
        "intro": (
            "Un commun de savoirs où ce sont les militantes et les militants qui "
            "enseignent."
        ),
        "body": (
            "Les mouvements réapprennent sans cesse les mêmes choses : comment organiser "
            "un camp d’action, mettre en place un parcours d’engagement bénévole, "
            "travailler avec des observateurs juridiques. Praxis rassemble ce que les "
            "groupes ont appris, sous une forme qu’un autre groupe peut réutiliser.\n\n"
            "Chaque leçon est relue par des pairs avant d’être publiée. Les leçons qui "
            "pourraient mettre des personnes en danger peuvent être partagées avec les "
            "seuls membres, avec des groupes choisis, ou de façon anonyme."
        ),
    },
}

TAXONOMY = {
    "topics": {
        "climate-justice": (
            "Justice climatique",
            (
                "Agir face à la crise climatique en plaçant au centre les personnes "
                "touchées en premier et le plus durement."
            ),
        ),
        "housing": (
            "Logement et locataires",
            (
                "Syndicats de locataires, lutte contre les expulsions et combat pour un "
                "logement qui soit un droit, pas un placement."
            ),
        ),
        "labour": (
            "Travail et organisation syndicale",
            (
                "Construire du pouvoir au travail : syndicats, grèves, et organisation "
                "de celles et ceux qui ne sont pas encore organisés."
            ),
        ),
        "feminism": (
            "Féminisme et justice de genre",
            (
                "S’organiser contre le patriarcat et pour le droit à disposer de son "
                "corps, le soin et l’égalité salariale."
            ),
        ),
        "anti-racism": (
            "Antiracisme",
            (
                "Combattre le racisme dans les institutions, dans la police et dans nos "
                "propres mouvements."
            ),
        ),
        "digital-security": (
            "Sécurité numérique",
            (
                "Protéger militants, sources et données contre la surveillance et les "
                "fuites."
            ),
        ),
        "migration": (
            "Migrations et solidarité",
            (
                "Être aux côtés des personnes exilées : sauvetage, refuge et droit de "
                "rester."
            ),
        ),
        "civic-space": (
            "Démocratie et espace civique",
            "Défendre la liberté de se réunir, de s’exprimer et de s’organiser.",
        ),
        "finance": (
            "Finance et désinvestissement",
            (
                "Retirer l’argent de ce qui fait du tort : désinvestissement, pression "
                "des actionnaires, banques publiques."
            ),
        ),
        "food-land": (
            "Alimentation et terres",
            (
                "Accès à la terre, ouvriers agricoles, souveraineté alimentaire et "
                "communs."
            ),
        ),
    },
    "tactics": {
        "action-camp": (
            "Camp d’action",
            "Un camp temporaire où l’on vit, se forme et agit ensemble.",
        ),
        "blockade": (
            "Blocage",
            (
                "Arrêter physiquement une activité nuisible avec des corps, des "
                "véhicules ou des structures."
            ),
        ),
        "divestment": (
            "Campagne de désinvestissement",
            (
                "Faire pression sur une institution pour qu’elle vende ses "
                "participations dans une industrie nuisible."
            ),
        ),
        "rent-strike": (
            "Grève des loyers",
            (
                "Des locataires qui cessent ensemble de payer leur loyer pour forcer un "
                "propriétaire à négocier."
            ),
        ),
        "legal-observing": (
            "Observation juridique",
            (
                "Des personnes formées qui documentent les agissements de la police et "
                "les interpellations pendant les actions."
            ),
        ),
        "volunteer-pipeline": (
            "Parcours d’engagement bénévole",
            (
                "Un chemin pensé pour transformer les premiers contacts en militantes et "
                "militants engagés."
            ),
        ),
        "door-knocking": (
            "Porte-à-porte",
            "Des conversations en face à face chez les gens, pour écouter et recruter.",
        ),
        "phone-banking": (
            "Phoning",
            (
                "Appeler des sympathisants ou le grand public lors de permanences "
                "téléphoniques coordonnées."
            ),
        ),
        "boycott": (
            "Boycott",
            (
                "Cesser d’acheter à une entreprise jusqu’à ce qu’elle change ses "
                "pratiques."
            ),
        ),
        "strike": (
            "Grève",
            "Arrêter le travail ensemble pour faire aboutir des revendications.",
        ),
        "occupation": (
            "Occupation",
            (
                "Prendre et tenir un lieu pour rendre une revendication impossible à "
                "ignorer."
            ),
        ),
        "creative-action": (
            "Action créative",
            (
                "Du théâtre, de l’art et de l’humour qui portent un message plus loin "
                "qu’une pancarte."
            ),
        ),
        "mutual-aid": (
            "Entraide",
            (
                "Des personnes qui répondent directement aux besoins les unes des "
                "autres, et construisent ainsi confiance et pouvoir."
            ),
        ),
        "coalition-building": (
            "Construction de coalitions",
            (
                "S’allier avec des groupes qui partagent un objectif, mais pas toujours "
                "une méthode."
            ),
        ),
        "training-of-trainers": (
            "Formation de formateurs",
            (
                "Préparer des personnes à animer elles-mêmes des formations, pour que "
                "les savoir-faire se diffusent."
            ),
        ),
        "shareholder-action": (
            "Activisme actionnarial",
            (
                "Utiliser des actions et les assemblées générales pour faire pression "
                "sur les entreprises de l’intérieur."
            ),
        ),
    },
    "audiences": {
        "organisers": (
            "Organisateurs",
            "Les personnes qui préparent les campagnes et font tenir les groupes.",
        ),
        "new-volunteers": (
            "Nouveaux bénévoles",
            "Les personnes qui font leurs premiers pas dans un mouvement.",
        ),
        "trainers": (
            "Formateurs et animateurs",
            "Les personnes qui animent des ateliers et des formations.",
        ),
        "legal-support": (
            "Équipes de soutien juridique",
            "Avocats, observateurs juridiques et soutien aux personnes arrêtées.",
        ),
        "media-teams": (
            "Équipes médias et communication",
            (
                "Les personnes qui racontent l’histoire de la campagne à la presse et en "
                "ligne."
            ),
        ),
        "coordinators": (
            "Coordinateurs",
            (
                "Les personnes qui assurent la coordination entre groupes, entre régions "
                "ou au sein d’une coalition."
            ),
        ),
        "tenants-workers": (
            "Locataires et travailleurs",
            (
                "Les personnes qui s’organisent là où elles vivent et là où elles "
                "travaillent."
            ),
        ),
    },
    "bottlenecks": {
        "recruitment": (
            "Recrutement",
            "Trop peu de nouvelles personnes nous rejoignent.",
        ),
        "retention": (
            "Fidélisation",
            "Les gens arrivent, puis s’éloignent peu à peu.",
        ),
        "burnout": (
            "Épuisement militant",
            "Le noyau dur est à bout et porte trop de choses.",
        ),
        "repression": (
            "Répression et risque juridique",
            "Arrestations, amendes, surveillance ou violences contre les participants.",
        ),
        "coalition-friction": (
            "Tensions dans la coalition",
            (
                "Les alliés ne s’entendent pas sur les objectifs, les méthodes ou le "
                "mérite à s’attribuer."
            ),
        ),
        "media-attention": (
            "Visibilité médiatique",
            "La campagne peine à se faire voir, ou elle est mal présentée.",
        ),
        "funding": (
            "Financement",
            "L’argent manque, est instable ou vient avec des conditions.",
        ),
        "decision-making": (
            "Prise de décision",
            "Le groupe n’arrive pas à décider vite ou de façon équitable.",
        ),
        "digital-risk": (
            "Risque numérique",
            "Téléphones, comptes et données exposent des personnes à des dangers.",
        ),
    },
}

GLOSSARY = {
    "action-camp": (
        "Camp d’action",
        (
            "Un camp temporaire où des personnes vivent ensemble pendant plusieurs jours "
            "pour se former, préparer et mener des actions, souvent près du site contre "
            "lequel elles luttent. Les camps associent ateliers, cuisines collectives et "
            "prise de décision collective à l’action elle-même. Ils facilitent l’arrivée "
            "des nouvelles personnes, qui apprennent sur le tas aux côtés de militants "
            "expérimentés."
        ),
    ),
    "affinity-group": (
        "Groupe affinitaire",
        (
            "Un petit groupe de personnes, en général de cinq à quinze, qui se "
            "connaissent, se font confiance et participent à une action comme une seule "
            "unité. Ses membres se répartissent les rôles à l’avance, par exemple une "
            "personne de soutien ou un contact juridique, et veillent les uns sur les "
            "autres du début à la fin. Les groupes affinitaires rendent les grandes "
            "actions plus sûres et plus souples, car les décisions peuvent se prendre "
            "rapidement à petite échelle."
        ),
    ),
    "arrestee-support": (
        "Soutien aux personnes arrêtées",
        (
            "Le travail qui consiste à prendre soin des personnes arrêtées pendant ou "
            "après une action. Il comprend en général une ligne téléphonique, un "
            "registre indiquant qui a été interpellé et où, le lien avec des avocats, et "
            "des équipes qui attendent devant les commissariats pour accueillir les "
            "personnes à leur sortie. Un bon soutien, c’est l’assurance que personne ne "
            "ressort seul de détention."
        ),
    ),
    "base-building": (
        "Construction de la base",
        (
            "Un travail d’organisation patient, sur le long terme, qui fait grandir le "
            "nombre de personnes activement impliquées au lieu de mobiliser encore et "
            "toujours les mêmes sympathisants. Il repose sur les rencontres "
            "individuelles, le développement du leadership et la réponse aux besoins "
            "immédiats des gens. C’est une base large qui permet à une campagne de "
            "survivre aux revers et de monter en pression quand il le faut."
        ),
    ),
    "blockade": (
        "Blocage",
        (
            "Une action qui arrête physiquement une activité nuisible, par exemple en "
            "s’asseyant sur une route, en s’enchaînant à des grilles ou en encerclant "
            "des machines. Un blocage peut durer quelques minutes ou plusieurs mois. Il "
            "demande en général une préparation juridique soignée, des rôles de soutien "
            "et un message clair sur les raisons du choix de ce site."
        ),
    ),
    "bottleneck": (
        "Frein",
        (
            "Dans Praxis, l’obstacle qui bloque un groupe à un moment donné, comme le "
            "recrutement, l’épuisement militant ou le risque juridique. Nommer ce frein "
            "aide à trouver les leçons d’autres groupes qui ont affronté le même "
            "problème. Un groupe en rencontre souvent plusieurs, les uns après les "
            "autres, à mesure qu’une campagne grandit."
        ),
    ),
    "cascade-training": (
        "Formation en cascade",
        (
            "Une façon de diffuser des savoir-faire : les personnes formées en forment "
            "d’autres, qui en forment d’autres à leur tour. Cela suppose des déroulés de "
            "séance simples et bien documentés, et un accompagnement des nouveaux "
            "formateurs. Bien menée, elle permet à un mouvement de grandir bien plus "
            "vite que ne le pourrait une petite équipe de formation."
        ),
    ),
    "consensus": (
        "Consensus",
        (
            "Un mode de prise de décision dans lequel un groupe cherche une proposition "
            "que tout le monde peut accepter, au lieu de voter. Chaque personne peut "
            "donner son accord, se mettre en retrait en faisant noter ses réserves, ou "
            "bloquer une proposition qu’elle juge contraire aux principes du groupe. Le "
            "consensus fonctionne mieux avec une facilitation expérimentée et une "
            "solution de repli claire pour les décisions urgentes."
        ),
    ),
    "debrief": (
        "Débrief",
        (
            "Un temps d’échange structuré, après une action, une réunion ou une phase de "
            "campagne, pour revenir sur ce qui s’est passé. Un format courant demande ce "
            "qui a bien marché, ce qui a été difficile et ce qu’il faudrait changer la "
            "prochaine fois, en laissant de la place au ressenti de chacun. Des débriefs "
            "réguliers sont l’un des moyens les plus simples d’apprendre en groupe et de "
            "repérer tôt l’épuisement."
        ),
    ),
    "divestment": (
        "Désinvestissement",
        (
            "Vendre ses placements dans une industrie nuisible, comme les énergies "
            "fossiles ou l’armement, ou refuser d’en détenir. Les campagnes de "
            "désinvestissement poussent des institutions comme les universités, les "
            "caisses de retraite, les organisations religieuses ou les collectivités "
            "locales à prendre cette décision publiquement. Au-delà de l’argent déplacé, "
            "elles cherchent à affaiblir la légitimité sociale de l’industrie visée."
        ),
    ),
    "escalation": (
        "Escalade",
        (
            "Augmenter progressivement la pression sur une cible quand les tactiques "
            "précédentes n’ont rien donné, par exemple en passant des pétitions aux "
            "actions publiques, puis à la désobéissance civile. Une échelle d’escalade "
            "planifiée donne à une campagne de la marge pour grandir et permet aux "
            "sympathisants de s’impliquer davantage à un rythme qu’ils peuvent tenir. "
            "Une escalade trop rapide peut couper un groupe de sa base."
        ),
    ),
    "hand-signals": (
        "Signes de la main",
        (
            "Des gestes simples utilisés en réunion pour exprimer son accord, demander "
            "la parole ou soulever un point de procédure sans couper la parole. Parmi "
            "les plus courants : agiter les doigts pour approuver en silence, et former "
            "un T avec les mains pour un point technique. Les groupes devraient "
            "expliquer leurs signes au début de chaque réunion, pour que les nouvelles "
            "personnes ne soient pas laissées de côté."
        ),
    ),
    "legal-observer": (
        "Observateur juridique",
        (
            "Une personne bénévole formée qui observe et consigne le comportement de la "
            "police lors des manifestations, sans prendre part à l’action. Les "
            "observateurs notent les heures, les lieux, les numéros d’identification des "
            "agents et les interpellations ; leurs notes peuvent ensuite appuyer des "
            "personnes devant la justice ou dans des plaintes. Ils portent en général "
            "des chasubles ou des casquettes bien visibles, pour que la police comme les "
            "manifestants puissent les reconnaître."
        ),
    ),
    "lineage": (
        "Filiation",
        (
            "Dans Praxis, la trace de la manière dont une leçon ou une tactique a été "
            "adaptée d’une autre, plus ancienne. Une leçon peut citer celles sur "
            "lesquelles elle s’appuie, pour que l’on puisse suivre le chemin d’une idée "
            "d’un lieu, d’un mouvement et d’une année à l’autre. La filiation rend "
            "justice aux groupes qui ont ouvert la voie et montre quelles adaptations "
            "ont fonctionné."
        ),
    ),
    "misfire": (
        "Raté",
        (
            "Dans Praxis, une leçon sur une action ou une approche qui n’a pas "
            "fonctionné comme on l’espérait, rédigée pour que d’autres puissent en tirer "
            "des enseignements. Les ratés sont considérés comme un savoir précieux, pas "
            "comme des échecs à cacher. Un bon récit de raté explique ce que le groupe "
            "attendait, ce qui s’est réellement passé et ce qu’il ferait autrement."
        ),
    ),
    "mutual-aid": (
        "Entraide",
        (
            "Des personnes qui s’organisent pour répondre directement aux besoins les "
            "unes des autres, en partageant nourriture, garde d’enfants, transport ou "
            "argent, sur la base de la solidarité plutôt que de la charité. Les réseaux "
            "d’entraide se développent souvent en temps de crise et peuvent devenir le "
            "socle d’une organisation plus large. L’accent est mis sur la réciprocité et "
            "les décisions partagées, plutôt que sur la séparation entre donateurs et "
            "bénéficiaires."
        ),
    ),
    "one-to-one": (
        "Rencontre individuelle",
        (
            "Une conversation personnelle et préparée entre une personne qui organise et "
            "une autre personne, en général en face à face et pendant une demi-heure "
            "environ. L’organisateur écoute plus qu’il ne parle, pour comprendre ce qui "
            "compte pour la personne et ce qu’elle pourrait apporter. Les rencontres "
            "individuelles sont la brique de base de l’organisation relationnelle dans "
            "les syndicats, les associations de locataires et les campagnes de quartier."
        ),
    ),
    "outcome-signal": (
        "Indicateur de résultat",
        (
            "Dans Praxis, un signe bref et concret que l’approche décrite dans une leçon "
            "a eu un effet : davantage de membres qui restent impliqués, une "
            "revendication obtenue ou une politique modifiée, par exemple. Les "
            "indicateurs de résultat aident à juger de l’efficacité d’une tactique sans "
            "avoir besoin d’une évaluation complète. Ils doivent être honnêtes sur "
            "l’ampleur des effets et les incertitudes."
        ),
    ),
    "power-mapping": (
        "Cartographie du pouvoir",
        (
            "Un exercice dans lequel un groupe recense les personnes et les institutions "
            "capables de satisfaire ses revendications, ainsi que celles qui les "
            "influencent. Chaque acteur est placé selon le pouvoir qu’il détient et "
            "selon son degré de soutien ou d’opposition à la campagne. La carte aide le "
            "groupe à choisir ses cibles, ses alliés et les voies de pression les plus "
            "prometteuses."
        ),
    ),
    "rent-strike": (
        "Grève des loyers",
        (
            "Des locataires qui cessent collectivement de payer leur loyer pour obliger "
            "un propriétaire, ou parfois une autorité publique, à satisfaire leurs "
            "revendications. Une grève est en général précédée d’un travail "
            "d’organisation minutieux et d’un seuil d’engagements à atteindre, et de "
            "nombreux syndicats de locataires demandent aux grévistes de verser leur "
            "loyer sur un compte séquestre commun. Comme le risque d’expulsion est réel, "
            "la préparation juridique est indispensable."
        ),
    ),
    "security-culture": (
        "Culture de la sécurité",
        (
            "Les habitudes partagées qu’un groupe adopte pour protéger ses membres et "
            "ses projets, comme ne transmettre les informations sensibles qu’aux "
            "personnes qui en ont besoin et ne pas spéculer sur qui a participé à une "
            "action. Une bonne culture de la sécurité est proportionnée aux risques "
            "réels et expliquée ouvertement aux nouvelles personnes. Elle ne doit jamais "
            "servir de prétexte à la méfiance ou à l’exclusion."
        ),
    ),
    "spectrum-of-allies": (
        "Spectre des alliés",
        (
            "Un outil de planification qui répartit les groupes de la société sur un "
            "demi-cercle, des alliés actifs aux opposants actifs, en passant par les "
            "alliés passifs, les groupes neutres et les opposants passifs. Les campagnes "
            "s’en servent pour prévoir comment rapprocher chaque groupe d’un cran de "
            "leur camp. Il rappelle que gagner, c’est en général faire bouger le milieu, "
            "pas convertir les adversaires les plus farouches."
        ),
    ),
    "spokescouncil": (
        "Conseil des porte-parole",
        (
            "Une manière, pour de nombreux groupes affinitaires ou groupes de travail, "
            "de prendre des décisions ensemble. Chaque groupe envoie une personne "
            "porte-parole à un conseil où les propositions sont discutées, et les "
            "porte-parole consultent leur groupe avant de donner leur accord. Cela "
            "permet à un grand nombre de personnes de fonctionner au consensus sans que "
            "tout le monde soit dans la même réunion."
        ),
    ),
    "theory-of-change": (
        "Théorie du changement",
        (
            "L’explication, formulée clairement par un groupe, de la manière dont ses "
            "actions doivent mener au changement qu’il veut obtenir. Elle relie les "
            "activités aux résultats intermédiaires et à l’objectif final, et énonce les "
            "hypothèses qui les relient. La mettre par écrit aide un groupe à vérifier "
            "si ses tactiques correspondent vraiment à sa stratégie."
        ),
    ),
    "threat-model": (
        "Modèle de menace",
        (
            "Une analyse de ce qu’un groupe doit protéger, face à qui, de la probabilité "
            "qu’un tort survienne et de sa gravité. Elle aide à choisir quelques mesures "
            "de sécurité réalistes au lieu d’essayer de se protéger de tout. Un modèle "
            "de menace doit être revu chaque fois que la visibilité ou les tactiques "
            "d’une campagne changent."
        ),
    ),
}
