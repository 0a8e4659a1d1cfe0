"""French demo lessons: translations of English lessons."""

#: Translations of the English demo lessons, by slug.
LESSONS = {
    "lower-saxony-climate-camp-spokescouncil": {
        "title": "Le consensus à 1 500 personnes : le conseil des porte-parole d’un camp climat en Basse-Saxe",
        "summary": (
            "Comment un camp climat régional a misé sur les groupes affinitaires, des porte-parole "
            "qui tournent et des plages de décision fixes pour s’accorder sur un blocage de masse en "
            "moins de trois heures, et où l’équipe process a malgré tout craqué."
        ),
        "problem": (
            "En trois ans, notre camp était passé d’environ 400 personnes à près de 1 500. "
            "L’ancienne plénière mettait quatre heures à adopter un plan d’action, c’étaient toujours "
            "les vingt mêmes voix sûres d’elles qui parlaient, et les personnes arrivées le matin même "
            "avaient le sentiment que tout se décidait sans elles."
            "\n\n"
            "Nous prévoyions de bloquer, le quatrième jour, la voie ferrée qui alimente une centrale à "
            "charbon. Des décisions comportant de vrais risques juridiques et physiques devaient être "
            "prises par les personnes qui allaient justement porter ces risques."
        ),
        "activities": [
            {
                "title": "Des groupes affinitaires avant l’arrivée",
                "description": (
                    "Chacun·e s’inscrivait dans un groupe affinitaire de 5 à 15 personnes avant le "
                    "départ, avec une mise en relation en ligne pour les personnes venant seules et un "
                    "barrio des nouveaux·elles pour toutes celles et ceux qui restaient sans groupe."
                ),
                "duration": "six semaines avant le camp",
            },
            {
                "title": "Barrios et porte-parole tournant·es",
                "description": (
                    "Les groupes affinitaires se regroupaient en 12 barrios, qui envoyaient chacun une "
                    "personne pour parler et une personne pour écouter, avec une rotation chaque jour. "
                    "La personne à l’écoute se contente de rapporter au barrio ce qui a été dit, ce qui "
                    "a mis fin à la plupart des disputes du genre « ce n’est pas ce qu’on avait décidé »."
                ),
                "duration": "cinq jours",
            },
            {
                "title": "Des plages de décision fixes",
                "description": (
                    "Le conseil se réunissait deux fois par jour, 90 minutes au maximum, et les "
                    "propositions étaient affichées trois heures avant. Tout ce qui n’était pas tranché "
                    "repartait dans les barrios, jamais dans une réunion qui s’éternise."
                ),
                "duration": "deux fois par jour",
            },
            {
                "title": "On ne bloque que sur un principe",
                "description": (
                    "Toute personne qui bloquait devait nommer le principe commun en jeu ; les simples "
                    "préférences devenaient des mises en retrait ou des amendements. Les deux blocages "
                    "posés pendant le camp ont été reconnus comme fondés."
                ),
                "duration": "pendant tout le camp",
            },
        ],
        "outcomes": (
            "Le plan a été adopté en moins de trois heures, et environ 1 100 personnes ont tenu le "
            "blocage pendant à peu près neuf heures. Dans le questionnaire de retour (412 réponses), "
            "71 % estimaient que leur groupe affinitaire avait eu une influence réelle, contre 38 % "
            "l’année précédente."
            "\n\n"
            "L’équipe process, huit personnes, restait pourtant débordée et, au quatrième jour, trois "
            "facilitateur·ices tenaient quasiment sans sommeil. Un barrio a cessé sans bruit d’envoyer "
            "ses porte-parole après une dispute sur le planning de la cuisine, et nous ne nous en "
            "sommes aperçu·es que le troisième jour."
        ),
        "what_we_would_change": (
            "Recruter une deuxième équipe de facilitation pour prendre le relais à partir du troisième "
            "jour, et charger quelqu’un de repérer quand un barrio se fait silencieux. Publier aussi le "
            "guide en anglais et en turc : plusieurs barrios n’ont pu suivre que grâce à de la "
            "traduction chuchotée."
        ),
        "context": {
            "political": (
                "Le calendrier de sortie du charbon faisait débat au niveau national, et la police "
                "voulait paraître ferme sans paraître brutale."
            ),
            "coalition": (
                "Une alliance régionale pour la justice climatique, des paysan·nes du coin et un groupe "
                "paroissial qui prêtait la prairie mais restait en dehors du blocage."
            ),
            "media": (
                "La couverture médiatique s’est concentrée sur le jour du blocage, et une petite équipe "
                "presse ne relayait que les messages validés par le conseil."
            ),
            "legal": (
                "Bloquer une voie ferrée peut relever de l’infraction administrative ou pénale. "
                "L’équipe juridique faisait un point chaque soir, et des observateur·ices "
                "accompagnaient chaque doigt."
            ),
        },
        "cautions": [
            {
                "title": "Le consensus n’est pas un plan de sécurité",
                "description": (
                    "Les décisions à prendre dans l’urgence pendant le blocage (la police qui avance, "
                    "quelqu’un de blessé) doivent être déléguées à l’avance à une petite équipe "
                    "tactique. N’essayez jamais d’arriver à un consensus sur les rails."
                ),
            },
            {
                "title": "Les porte-parole deviennent une nouvelle élite",
                "description": (
                    "Sans rotation quotidienne, ce sont toujours les mêmes personnes à l’aise à l’oral "
                    "qui occupent le conseil."
                ),
            },
        ],
        "signals": [
            {
                "label": "Personnes ayant participé à la journée de blocage",
                "unit": "personnes",
                "evidence": (
                    "Comptages de l’équipe d’accueil aux points de départ des doigts, avec la même "
                    "méthode que l’année précédente."
                ),
                "factors": (
                    "Les groupes affinitaires s’étaient formés avant l’arrivée, si bien que les gens "
                    "venaient déjà engagés."
                ),
            },
            {
                "label": "Temps de réunion nécessaire pour adopter le plan d’action",
                "unit": "heures",
                "evidence": "Carnets de bord des facilitateur·ices, année précédente comparée à celle-ci.",
                "factors": "Propositions publiées à l’avance et limites de temps strictes.",
            },
        ],
        "funding": (
            "Aucun financement extérieur : une participation aux frais modulable selon les moyens et "
            "des dons ont couvert les coûts du camp."
        ),
        "origin": (
            "Rédigé par le groupe de travail process à partir de ses notes de bilan et du questionnaire "
            "de retour du camp."
        ),
    },
    "small-camp-spokescouncil-misfire-west-sweden": {
        "title": (
            "Trop lourd pour 300 personnes : copier le conseil des porte-parole d’un grand camp dans "
            "l’ouest de la Suède"
        ),
        "summary": (
            "Nous avons repris tel quel le conseil des porte-parole d’un grand camp pour l’appliquer à "
            "un petit. Les réunions ont doublé, les nouveaux·elles sont parti·es, et nous avons appris "
            "que le processus doit être taillé à la mesure du groupe."
        ),
        "problem": (
            "Notre camp, près de Göteborg, s’opposait à l’extension des infrastructures fossiles du "
            "port. Environ 300 personnes sont venues, dont beaucoup pour la première fois. Nous avions "
            "lu le récit du camp de Basse-Saxe et nous avions tout repris : groupes affinitaires, "
            "barrios, porte-parole qui parlent et porte-parole qui écoutent, conseils deux fois par jour."
            "\n\n"
            "Nous ne nous sommes jamais demandé si un camp cinq fois plus petit avait besoin de tout cela."
        ),
        "activities": [
            {
                "title": "Six barrios pour 300 personnes",
                "description": (
                    "Avec si peu de groupes, le conseil n’était qu’une plénière avec des étapes en plus. "
                    "Chaque réunion de barrio passait en revue les mêmes points, que le conseil "
                    "reprenait ensuite."
                ),
                "duration": "du premier au troisième jour",
            },
            {
                "title": "Des groupes affinitaires formés en se comptant",
                "description": (
                    "La plupart des gens venaient seuls ou à deux, alors nous avons formé les groupes à "
                    "l’arrivée en comptant « un, deux, trois… ». Entre inconnu·es, personne ne donnait "
                    "de vrai mandat à son ou sa porte-parole."
                ),
                "duration": "premier jour",
            },
            {
                "title": "Des réunions en double",
                "description": (
                    "Les réunions prenaient trois à quatre heures par jour. Le groupe action avait "
                    "besoin de réponses rapides et s’est mis à décider sous la tente cuisine, ce qui a "
                    "déclenché une dispute sur la légitimité."
                ),
                "duration": "du premier au troisième jour",
            },
            {
                "title": "Le changement de cap du troisième jour",
                "description": (
                    "Nous sommes passé·es à une seule plénière quotidienne de 60 minutes, animée par des "
                    "binômes de facilitation qui tournaient, avec cinq minutes d’échange en petits "
                    "groupes sur chaque proposition et une équipe action mandatée pour la tactique. Les "
                    "réunions ont raccourci, mais l’ambiance s’était déjà dégradée."
                ),
                "duration": "du troisième au sixième jour",
            },
        ],
        "outcomes": (
            "L’action a bien eu lieu : environ 180 personnes ont bloqué une route d’accès au port "
            "pendant six heures. Mais un tiers des nouveaux·elles sont parti·es avant le jour de "
            "l’action, le processus arrivait en tête des plaintes dans le questionnaire de suivi, et "
            "deux groupes locaux ont prévenu qu’ils ne co-organiseraient plus tant que rien ne "
            "changerait."
            "\n\n"
            "Les conseils de porte-parole ne sont pas mauvais en soi. Nous avons importé un outil "
            "conçu pour un problème que nous n’avions pas."
        ),
        "what_we_would_change": (
            "Commencer par le processus le plus léger qui puisse fonctionner : une plénière "
            "quotidienne avec des échanges en petits groupes et des mandats clairs pour les groupes de "
            "travail. N’ajouter des porte-parole qu’au-delà d’environ 150 participant·es actif·ves. "
            "Construire les groupes affinitaires lors de formations locales dans les mois qui "
            "précèdent, pas au milieu d’un champ."
        ),
        "context": {
            "political": (
                "Les élections nationales avaient lieu quelques semaines plus tard et le prix de "
                "l’énergie dominait le débat : l’extension du port était donc présentée comme une "
                "affaire de sécurité énergétique."
            ),
            "coalition": (
                "Un réseau climat régional, deux associations de protection de la nature et un groupe "
                "de jeunes pour le climat. Les associations naturalistes sont restées en dehors du "
                "blocage et se sont senties étrangères aux réunions."
            ),
            "media": "La presse locale a consacré quelques paragraphes au blocage.",
            "legal": (
                "Les personnes qui bloquent une route sont en général évacuées et parfois verbalisées, "
                "mais ailleurs, le parquet avait récemment tenté des poursuites plus lourdes, ce qui "
                "rendait les nouveaux·elles prudent·es."
            ),
        },
        "cautions": [
            {
                "title": "Copier un processus en bloc",
                "description": (
                    "Un modèle repose sur des présupposés quant à la taille du groupe, à son expérience "
                    "et à la confiance entre ses membres. Mettez-les par écrit avant de l’adopter."
                ),
            },
            {
                "title": "Les décisions prises sous la tente cuisine",
                "description": (
                    "Quand le processus formel est trop lent, le pouvoir informel s’engouffre dans le "
                    "vide. Donnez des mandats explicites aux groupes de travail."
                ),
            },
        ],
        "signals": [
            {
                "label": "Primo-participant·es encore sur place le jour de l’action",
                "unit": "%",
                "evidence": (
                    "Liste des inscriptions comparée au pointage du jour de l’action ; le rassemblement "
                    "plus petit de l’an dernier avait utilisé la même méthode."
                ),
                "factors": "Des réunions longues et répétitives dans des groupes d’inconnu·es.",
            },
            {
                "label": "Heures de réunion en moyenne par participant·e et par jour",
                "unit": "heures",
                "evidence": "Carnets de bord quotidiens des facilitateur·ices.",
                "factors": "Les barrios et le conseil traitaient deux fois les mêmes questions.",
            },
        ],
        "funding": (
            "Des dons des participant·es et une petite subvention d’une association régionale "
            "d’éducation populaire pour les formations."
        ),
        "origin": (
            "Compilé à partir des carnets de bord quotidiens des facilitateur·ices et d’un "
            "questionnaire en ligne (94 réponses) diffusé un mois après le camp."
        ),
    },
    "volunteer-ladder-first-contact-to-organiser": {
        "title": "Modèle : une échelle d’engagement en cinq échelons, avec un premier appel sous 48 heures",
        "summary": (
            "Un modèle à remplir pour accompagner les inscrit·es du premier contact jusqu’au rôle "
            "d’organisateur·ice, conçu après qu’une campagne climat nationale a perdu presque toutes "
            "ses inscriptions en ligne avant que quiconque ait parlé à ces personnes."
        ),
        "problem": (
            "Après une grande marche pour le climat, nous nous sommes retrouvé·es avec 6 000 nouvelles "
            "inscriptions et aucun plan. Les groupes locaux ont reçu les listes des semaines plus tard, "
            "quand les gens avaient déjà oublié s’être inscrits. Moins de 3 % sont venus ne serait-ce qu’à une réunion."
            "\n\n"
            "Il nous fallait une structure que n’importe quel groupe local puisse faire tourner sans "
            "salarié·e, avec une prochaine demande claire à chaque étape."
        ),
        "activities": [
            {
                "title": "Échelon 1 : le premier contact",
                "description": (
                    "Script : « Salut, c’est [prénom], de [groupe]. Tu t’es inscrit·e lors de "
                    "[événement]. Qu’est-ce qui t’a donné envie de t’inscrire ? » Écouter, puis faire une "
                    "seule demande : venir à l’appel d’accueil du [date]. Noter le résultat (joint·e, "
                    "messagerie ou mauvais numéro) et la raison de son inscription."
                ),
                "duration": "sous 48 heures",
            },
            {
                "title": "Échelon 2 : l’appel d’accueil",
                "description": (
                    "Une visio de 45 minutes tous les mardis, animée à deux : l’histoire de la campagne, "
                    "des présentations par groupes de trois, trois rôles concrets, puis les questions. "
                    "Demander à chacun·e de choisir un rôle et une date."
                ),
                "duration": "chaque semaine",
            },
            {
                "title": "Échelon 3 : une première tâche en binôme",
                "description": (
                    "Toute première tâche se fait avec quelqu’un : un créneau de phoning, un stand ou une "
                    "session de porte-à-porte. Champs à remplir : binôme, tâche, date, suivi programmé."
                ),
                "duration": "de la première à la troisième semaine",
            },
            {
                "title": "Échelons 4 et 5 : membre d’une équipe, puis organisateur·ice",
                "description": (
                    "Inviter les personnes à rejoindre une équipe permanente, avec un entretien "
                    "individuel après leur troisième réunion. À partir du troisième mois, leur demander "
                    "de prendre en charge l’échelon en dessous d’elles et leur proposer la formation "
                    "d’une journée à l’organisation."
                ),
                "duration": "à partir du premier mois",
            },
        ],
        "outcomes": (
            "Dans les 23 groupes qui ont utilisé l’échelle pendant six mois ou plus, la part des "
            "inscrit·es venu·es à une première réunion est passée de moins de 3 % à environ 14 %, et "
            "210 personnes ont atteint l’échelon 5. Les groupes qui ont fait l’impasse sur l’appel "
            "sous 48 heures n’ont pas fait mieux qu’avant."
            "\n\n"
            "Le phoning était le goulot d’étranglement, parce que les bénévoles redoutaient d’appeler "
            "des inconnu·es. Ça allait mieux quand les appels venaient de personnes qui s’étaient "
            "elles-mêmes inscrites de la même façon quelques mois plus tôt."
        ),
        "what_we_would_change": (
            "Proposer un premier contact par SMS aux personnes qui ne décrochent jamais aux numéros "
            "inconnus, surtout les plus jeunes. Suivre l’échelle dans un seul outil partagé dès le "
            "premier jour : les tableurs éparpillés cachaient l’endroit où les gens décrochaient."
        ),
        "context": {
            "political": (
                "Après l’élection, beaucoup d’énergie cherchait où se poser, et un projet de loi "
                "fédérale sur le climat donnait aux gens une raison de rester."
            ),
            "coalition": (
                "Deux groupes climat confessionnels ont utilisé la même échelle et adapté l’appel "
                "d’accueil à leurs communautés de fidèles."
            ),
            "media": (
                "Ce n’est pas une tactique médiatique, mais les personnes qui animaient l’appel "
                "d’accueil étaient formées au message central."
            ),
            "legal": (
                "Envoyer des SMS aux personnes qui avaient donné leur accord était autorisé. Nous avons "
                "vérifié les paramètres de consentement, car les SMS automatisés envoyés à des personnes "
                "qui n’ont pas donné leur accord peuvent enfreindre la loi sur les télécommunications."
            ),
        },
        "cautions": [
            {
                "title": "Les notes d’appel sont des données personnelles",
                "description": (
                    "Les fiches consignent ce qui pousse les gens à s’engager, comme un enfant malade ou "
                    "un emploi perdu. Restreignez l’accès, supprimez les notes au bout d’un an et ne "
                    "partagez jamais de listes sans consentement."
                ),
            },
            {
                "title": "Une échelle, pas un tapis roulant",
                "description": (
                    "Une personne qui se sent bien à l’échelon 3 pendant deux ans, c’est une réussite."
                ),
            },
        ],
        "signals": [
            {
                "label": "Inscrit·es venu·es à au moins une réunion",
                "unit": "%",
                "evidence": (
                    "Listes d’inscription croisées avec les présences dans les 23 groupes, avant et "
                    "après."
                ),
                "factors": "Un contact rapide entre pairs et une seule demande concrète par étape.",
            },
            {
                "label": "Nombre médian de jours entre l’inscription et le premier contact humain",
                "unit": "jours",
                "evidence": "Journaux d’appels dans l’outil de suivi partagé.",
                "factors": "Les listes partaient directement vers les appelant·es locaux·ales.",
            },
        ],
        "funding": (
            "Le temps salarié était payé grâce à de petits dons individuels ; l’outil d’appel était "
            "gratuit pour les associations."
        ),
        "origin": (
            "Rédigé à partir du guide interne de la campagne sur l’échelle d’engagement et de six mois "
            "de données de suivi."
        ),
    },
    "whatsapp-volunteer-pipeline-sao-paulo-flood-brigades": {
        "title": (
            "Du groupe WhatsApp à la brigade de rue : une échelle d’engagement dans la périphérie de "
            "São Paulo"
        ),
        "summary": (
            "Un collectif climat et de réponse aux inondations a remplacé les appels individuels par "
            "des messages vocaux, une première tâche d’entraide et des brigades de rue. Les recrues "
            "ont afflué, mais la plupart des brigades se sont éteintes une fois les pluies passées."
        ),
        "problem": (
            "Nous militons dans un quartier périphérique du sud de São Paulo, là où les inondations "
            "frappent le plus fort et où la majorité des habitant·es sont noir·es et issu·es des classes "
            "populaires. Après une inondation début 2022, des centaines de personnes ont rejoint nos "
            "groupes WhatsApp pour proposer leur aide, et nous n’avions aucun moyen d’en faire un "
            "collectif durable."
            "\n\n"
            "Une organisation partenaire nous a envoyé une échelle d’engagement venue des États-Unis. "
            "Elle supposait du temps pour des visios, du crédit téléphonique pour appeler des "
            "inconnu·es et un·e salarié·e avec une base de données."
        ),
        "activities": [
            {
                "title": "Des messages vocaux plutôt que des appels",
                "description": (
                    "Ici, personne ne décroche quand le numéro est inconnu. Sous 48 heures, deux "
                    "bénévoles envoyaient un message vocal dans le groupe d’accueil, demandaient aux gens "
                    "de répondre par un vocal sur leur rue et les invitaient à l’activité du samedi."
                ),
                "duration": "48 heures",
            },
            {
                "title": "L’entraide comme première tâche",
                "description": (
                    "Le premier échelon est devenu physique : trier les dons, cartographier les "
                    "caniveaux bouchés, cuisiner à la cuisine communautaire. Les gens se rencontraient "
                    "en vrai avant toute réunion."
                ),
                "duration": "le samedi",
            },
            {
                "title": "Des brigades de rue",
                "description": (
                    "Des brigades de cinq à dix personnes par rue dégageaient les caniveaux, recensaient "
                    "les voisin·es âgé·es à évacuer et portaient les plaintes à la sous-préfecture."
                ),
                "duration": "en continu",
            },
            {
                "title": "Le cercle de discussion",
                "description": (
                    "Un samedi sur deux, un cercle pour comprendre pourquoi les inondations frappent ce "
                    "quartier et pas les quartiers riches : le foncier, le racisme et la destination de "
                    "l’argent public."
                ),
                "duration": "tous les quinze jours",
            },
        ],
        "outcomes": (
            "Les groupes d’accueil ont touché environ 900 personnes, quelque 260 sont venues au moins "
            "une fois, et onze brigades se sont formées."
            "\n\n"
            "C’est la fidélisation qui a échoué. Quand les pluies se sont arrêtées, l’urgence est "
            "retombée, et beaucoup de bénévoles cumulent deux emplois : en fin d’année, quatre brigades "
            "étaient encore actives. Le cercle a gardé environ 25 habitué·es, surtout des femmes, qui "
            "forment aujourd’hui notre noyau. Par ailleurs, l’équipe d’un politicien a fait des "
            "captures d’écran d’un groupe de 250 membres et les a fait circuler, ce qui a montré à quel "
            "point les numéros des membres étaient exposés."
        ),
        "what_we_would_change": (
            "Prévoir dès le départ des tâches pour la saison sèche, comme des interventions dans les "
            "écoles ou les audiences publiques sur le budget. Utiliser des canaux de diffusion, où les "
            "membres ne voient pas les numéros les un·es des autres, et garder les discussions "
            "d’organisation pour les petits groupes."
        ),
        "context": {
            "political": (
                "Les budgets d’assainissement avaient été rabotés et, en pleine année électorale, tous "
                "les partis faisaient la cour au quartier."
            ),
            "coalition": (
                "Une cuisine communautaire, deux églises évangéliques qui avaient des locaux et la "
                "confiance des habitant·es, et un projet universitaire de cartographie des inondations. "
                "Les églises et le cercle n’étaient pas toujours d’accord sur la façon de parler du "
                "racisme."
            ),
            "media": (
                "Les médias communautaires ont couvert les brigades ; la télévision ne venait que "
                "pendant les inondations et montrait les habitant·es comme des victimes."
            ),
            "legal": (
                "Le nettoyage des caniveaux était toléré, mais nous évitions tout ce que la "
                "sous-préfecture aurait pu sanctionner comme des travaux non autorisés."
            ),
        },
        "cautions": [
            {
                "title": "Les numéros de téléphone dans les grands groupes",
                "description": (
                    "Chaque membre voit le numéro de tous les autres. Là où les milices ou les violences "
                    "policières sont une menace, cette liste est dangereuse."
                ),
            },
            {
                "title": "L’aide d’urgence sans la politique",
                "description": (
                    "Si la première tâche n’est que de l’aide d’urgence, certain·es ne voudront que de "
                    "l’aide d’urgence. Faites entrer le « pourquoi » dans la tâche elle-même."
                ),
            },
        ],
        "signals": [
            {
                "label": "Personnes venues à une activité du samedi ou plus",
                "unit": "personnes",
                "evidence": (
                    "Feuilles de présence de la cuisine communautaire, comparées aux samedis de l’année "
                    "précédente."
                ),
                "factors": "L’urgence des inondations et une première tâche facile.",
            },
            {
                "label": "Brigades de rue encore actives au bout de dix mois",
                "unit": "brigades",
                "evidence": "Point mensuel avec la personne contact de chaque brigade.",
                "factors": "L’urgence s’est estompée avec la saison sèche.",
            },
        ],
        "funding": (
            "De petites subventions d’un fonds brésilien pour les droits humains, plus des tombolas de "
            "quartier et une feijoada."
        ),
        "origin": (
            "Recueilli lors d’un cercle de discussion avec les personnes contact des brigades et "
            "retranscrit par une bénévole."
        ),
    },
    "two-day-legal-observer-course-germany": {
        "title": (
            "Une formation de deux jours pour observateur·ices juridiques lors des actions climat "
            "dans le nord de l’Allemagne"
        ),
        "summary": (
            "La formation qu’utilise notre équipe de soutien juridique pour former des "
            "observateur·ices dont les notes tiennent devant un tribunal et qui restent en dehors de "
            "l’action."
        ),
        "problem": (
            "Lors de nos premiers camps, les observateur·ices juridiques étaient des ami·es des "
            "participant·es, en gilet fluo et sans aucune formation. Leurs notes ne servaient à rien "
            "devant le tribunal : pas d’heures, pas de numéros d’unité, des opinions mêlées aux faits. "
            "Deux observateur·ices ont été interpellé·es après être entré·es dans un blocage pour aider "
            "quelqu’un."
            "\n\n"
            "Il nous fallait des observateur·ices qu’un·e juge croirait, qui connaissaient les limites "
            "de leur rôle et qui ne s’épuiseraient pas dès le premier jour."
        ),
        "activities": [
            {
                "title": "Le rôle et ses limites",
                "description": (
                    "Ce à quoi servent les observateur·ices (documenter le comportement de la police et "
                    "les interpellations) et ce qu’ils et elles ne sont pas (ni street medics, ni "
                    "négociateur·ices, ni participant·es). Nous passons une heure sur le plus difficile : "
                    "ne pas intervenir quand on voit quelque chose d’horrible."
                ),
                "duration": "une demi-journée",
            },
            {
                "title": "Des notes qui tiennent",
                "description": (
                    "Les participant·es prennent des notes à partir de vidéos d’actions passées. Un·e "
                    "avocat·e les lit ensuite à voix haute comme au tribunal et demande : à quelle "
                    "heure, quelle unité, l’avez-vous vu ou entendu dire ? La règle : l’heure, le lieu, "
                    "ce qui s’est passé, qui, les numéros d’identification et les témoins."
                ),
                "duration": "une demi-journée",
            },
            {
                "title": "Mise en situation sur le terrain",
                "description": (
                    "Une action simulée dans un parc, avec des formateur·ices qui jouent la police et "
                    "les manifestant·es. Les observateur·ices travaillent en binôme, restent en contact "
                    "radio et remettent leurs notes à la fin."
                ),
                "duration": "une demi-journée",
            },
            {
                "title": "Après l’action",
                "description": (
                    "Remettre ses notes à l’équipe juridique, rédiger une déclaration propre dans les "
                    "24 heures, prendre soin de soi. Les nouveaux·elles observateur·ices font toujours "
                    "leur première action avec un·e binôme expérimenté·e."
                ),
                "duration": "une demi-journée",
            },
        ],
        "outcomes": (
            "En 18 mois, nous avons formé 96 observateur·ices au fil de six sessions, et 22 binômes "
            "d’observation ont couvert chacun des doigts du camp de 2019. Les déclarations des "
            "observateur·ices ont servi dans 14 procès ultérieurs. Dans au moins cinq d’entre eux, le "
            "jugement s’est appuyé sur l’horodatage des sommations policières relevé par un·e "
            "observateur·ice."
            "\n\n"
            "Nous perdons encore du monde. Environ un tiers observent une fois et ne reviennent "
            "jamais, parce que le rôle est solitaire et peut être éprouvant."
        ),
        "what_we_would_change": (
            "Ajouter un débrief réservé aux observateur·ices après chaque action et une remise à "
            "niveau chaque printemps. Recruter davantage de personnes âgées et d’étudiant·es en "
            "droit, que la police traite différemment, pour le meilleur et pour le pire."
        ),
        "context": {
            "political": (
                "Plusieurs Länder allemands élargissaient les pouvoirs de la police, ce qui rendait une "
                "bonne documentation d’autant plus cruciale."
            ),
            "coalition": (
                "L’équipe de soutien juridique du camp animait la formation avec une association "
                "régionale d’avocat·es progressistes."
            ),
            "media": (
                "Nous tenions les observateur·ices à l’écart des journalistes, car leur crédibilité "
                "tient justement au fait qu’ils et elles ne sont pas porte-parole."
            ),
            "legal": (
                "Les observateur·ices n’ont aucun statut juridique particulier, et leurs notes peuvent "
                "être réclamées comme éléments de preuve."
            ),
        },
        "cautions": [
            {
                "title": "Les observateur·ices peuvent aussi être interpellé·es",
                "description": (
                    "En Allemagne, un gilet n’offre aucune protection juridique. Informez les "
                    "observateur·ices de leurs propres droits et assurez-vous que l’équipe juridique a "
                    "leurs coordonnées."
                ),
            },
            {
                "title": "Les notes peuvent être saisies",
                "description": (
                    "N’écrivez que ce que vous seriez prêt·e à lire à voix haute au tribunal, et "
                    "n’écrivez jamais le nom des participant·es."
                ),
            },
        ],
        "signals": [
            {
                "label": "Déclarations d’observateur·ices retenues comme preuves lors de procès",
                "unit": "déclarations",
                "evidence": "Dossiers tenus par l’équipe de soutien juridique.",
                "factors": "Des notes structurées et horodatées, rédigées selon les exigences d’un tribunal.",
            },
            {
                "label": "Observateur·ices formé·es actif·ves sur plus d’une action",
                "unit": "%",
                "evidence": (
                    "Plannings des observateur·ices ; nous n’avions pas de point de comparaison "
                    "antérieur."
                ),
                "factors": "La formation aide, mais le rôle reste solitaire.",
            },
        ],
        "funding": (
            "L’association d’avocat·es et une caisse de solidarité du camp se sont partagé les frais "
            "de la formation."
        ),
        "origin": (
            "Compilé par l’équipe de soutien juridique à partir des supports de formation et de "
            "l’issue des procès."
        ),
    },
    "legal-observer-brigades-chile-protest-wave": {
        "title": "Passer à l’échelle de l’observation juridique pendant une vague de contestation nationale au Chili",
        "summary": (
            "Les brigades d’observation sont passées d’une douzaine de personnes à plusieurs "
            "centaines en quelques semaines. Leurs relevés ont permis aux avocat·es de joindre "
            "rapidement les personnes détenues, mais la structure n’a pas su protéger les "
            "observateur·ices ni les faire tenir dans la durée."
        ),
        "problem": (
            "Quand les grandes manifestations ont commencé en octobre 2019, notre réseau "
            "d’étudiant·es en droit et d’avocat·es des droits humains comptait à peine une douzaine "
            "de personnes ayant déjà observé une manifestation. En quelques jours, il y avait des "
            "marches tous les jours dans toutes les grandes villes, des milliers d’arrestations et de "
            "nombreuses blessures dues aux armes de la police, y compris aux yeux."
            "\n\n"
            "Notre formation était adaptée d’un modèle allemand, conçu pour des actions planifiées "
            "aux parcours connus. Ici, il n’y avait ni organisateur·ices, ni parcours, et des gaz "
            "lacrymogènes partout."
        ),
        "activities": [
            {
                "title": "Une formation de trois heures en soirée",
                "description": (
                    "Nous avons ramené la formation de deux jours à trois heures, données chaque soir "
                    "dans des amphis universitaires : le rôle, la prise de notes, se déplacer dans les "
                    "gaz lacrymogènes et consigner les arrestations par téléphone."
                ),
                "duration": "premier mois",
            },
            {
                "title": "Des brigades avec des secouristes",
                "description": (
                    "Les observateur·ices sortaient par groupes de quatre avec des secouristes "
                    "bénévoles, parce que les blessures étaient incessantes et que les observateur·ices "
                    "avaient besoin d’une aide médicale à portée de main."
                ),
                "duration": "chaque jour",
            },
            {
                "title": "Le suivi des arrestations",
                "description": (
                    "Un formulaire partagé par arrestation (heure, lieu, unité, blessures visibles, "
                    "commissariat). Des avocat·es bénévoles apportaient la liste dans les commissariats "
                    "et déposaient des recours en habeas corpus."
                ),
                "duration": "chaque jour",
            },
            {
                "title": "Des bilans chiffrés hebdomadaires",
                "description": (
                    "Chaque semaine, des chiffres anonymisés sur les arrestations et les blessures "
                    "documentées, transmis à l’institution nationale des droits humains et à la presse."
                ),
                "duration": "chaque semaine",
            },
        ],
        "outcomes": (
            "Les brigades ont documenté plus de 2 300 arrestations à Santiago. Les avocat·es "
            "parvenaient souvent jusqu’aux personnes arrêtées alors qu’elles étaient encore détenues."
            "\n\n"
            "Nous n’avons pas su protéger les observateur·ices. Plusieurs ont été touché·es par des "
            "plombs ou des grenades lacrymogènes, et certain·es ont été arrêté·es en gilet. La qualité "
            "des notes a baissé à mesure que nous grandissions, et beaucoup de notes n’identifiaient "
            "pas les unités. À l’été, plus de la moitié des brigades avaient arrêté, épuisées, et nous "
            "n’avions mis en place aucun soutien psychologique."
        ),
        "what_we_would_change": (
            "Former des formateur·ices avant une crise, pas pendant. Garder la formation courte, mais "
            "exiger une deuxième sortie aux côtés d’un·e observateur·ice expérimenté·e. Organiser le "
            "soutien entre pairs et l’accès à des psychologues dès la première semaine."
        ),
        "context": {
            "political": (
                "Les premières semaines ont été marquées par l’état d’urgence et des couvre-feux. Un "
                "accord ultérieur sur un référendum constitutionnel a changé la nature des "
                "manifestations, mais n’a pas mis fin aux violences policières."
            ),
            "coalition": (
                "Des groupes d’étudiant·es en droit, des avocat·es, des brigades de secouristes et des "
                "assemblées de quartier. Certaines assemblées voyaient dans les observateur·ices "
                "neutres des gens qui refusaient de choisir leur camp."
            ),
            "media": (
                "Les vidéos de violences policières filmées au téléphone circulaient plus vite que nos "
                "relevés : notre rôle est donc devenu de vérifier plutôt que de révéler."
            ),
            "legal": (
                "Les recours en habeas corpus étaient l’outil principal. Filmer la police était légal, "
                "mais des observateur·ices ont signalé des téléphones saisis et des images effacées."
            ),
        },
        "cautions": [
            {
                "title": "Un gilet ne protège pas",
                "description": (
                    "On a tiré sur des observateur·ices et on les a arrêté·es. Personne ne devrait "
                    "observer sans l’avoir bien compris."
                ),
            },
            {
                "title": "Les listes d’arrestations sont sensibles",
                "description": (
                    "Les noms et les blessures doivent rester sur des appareils chiffrés, et seuls des "
                    "chiffres anonymisés doivent être publiés."
                ),
            },
        ],
        "signals": [
            {
                "label": "Observateur·ices formé·es disponibles",
                "unit": "personnes",
                "evidence": "Listes de présence aux formations du soir.",
                "factors": "L’indignation générale et une formation très courte.",
            },
            {
                "label": "Brigades d’observation encore actives",
                "unit": "brigades",
                "evidence": (
                    "Points hebdomadaires avec les brigades, pic de novembre comparé à février."
                ),
                "factors": "Les blessures, l’épuisement et l’absence de soutien psychologique.",
            },
        ],
        "funding": (
            "Au début, aucun ; par la suite, une fondation de défense des droits humains a payé le "
            "crédit téléphonique et le matériel de premiers secours."
        ),
        "origin": (
            "Rédigé un an plus tard à partir des relevés partagés du réseau et d’une séance de "
            "réflexion collective."
        ),
    },
    "women-legal-observer-teams-feminist-marches-mexico": {
        "title": (
            "Des équipes d’observatrices juridiques, femmes et personnes non binaires, dans les "
            "marches féministes de Mexico"
        ),
        "summary": (
            "Comment un collectif d’avocates féministes a déployé des équipes d’observation au sein "
            "des cortèges en non-mixité, avec des rôles fixes, un protocole en cas de nasse et un "
            "débrief le soir même."
        ),
        "problem": (
            "Lors des marches du 8 mars et du 25 novembre, la police nassait de plus en plus souvent "
            "des groupes de manifestantes, en particulier les blocs radicaux, et les retenait pendant "
            "des heures. Les observateurs masculins des organisations de droits humains ne peuvent "
            "pas entrer dans les cortèges en non-mixité : personne n’était donc témoin depuis "
            "l’intérieur."
            "\n\n"
            "Nous avons repris la formation courte et les secouristes des brigades chiliennes, et "
            "nous avons pris au sérieux leur mise en garde sur l’épuisement."
        ),
        "activities": [
            {
                "title": "Recruter au sein du mouvement",
                "description": (
                    "Les observatrices sont des femmes et des personnes non binaires qui ont déjà la "
                    "confiance des collectifs féministes, formées dans les propres lieux de ces "
                    "collectifs."
                ),
                "duration": "en continu",
            },
            {
                "title": "Trois heures de formation, plus une marche en doublure",
                "description": (
                    "La formation chilienne de trois heures, suivie d’une marche en doublure d’une "
                    "observatrice expérimentée avant que quiconque observe seule."
                ),
                "duration": "un mois",
            },
            {
                "title": "Des équipes de cinq aux rôles fixes",
                "description": (
                    "Deux preneuses de notes, une personne qui filme uniquement la police (jamais le "
                    "visage des manifestantes), une secouriste et une personne de liaison en lien avec "
                    "la ligne d’urgence."
                ),
                "duration": "à chaque marche",
            },
            {
                "title": "Le protocole en cas de nasse",
                "description": (
                    "Noter l’heure et les unités, compter les personnes à l’intérieur, demander si "
                    "quelqu’un est blessé ou mineur, prévenir la ligne d’urgence et rester en bordure "
                    "pour être témoin de la libération. La ligne d’urgence appelle les avocates et le "
                    "bureau de l’ombudsman de la ville."
                ),
                "duration": "à chaque marche",
            },
            {
                "title": "Le débrief du soir même",
                "description": (
                    "Chaque équipe se réunit une heure le soir même, avec une psychologue d’un collectif "
                    "partenaire."
                ),
                "duration": "à chaque marche",
            },
        ],
        "outcomes": (
            "Sur cinq marches, nous avons déployé jusqu’à 30 équipes, et chaque nasse que nous avons "
            "recensée avait une observatrice en bordure. La durée moyenne de rétention est passée de "
            "plus de quatre heures à moins de deux. Nous pensons que c’est en partie parce que les "
            "avocates et le personnel de l’ombudsman arrivaient plus vite. Nous avons déposé 37 "
            "plaintes ; quatre ont abouti à des recommandations officielles, aucune à des sanctions."
            "\n\n"
            "Certains blocs radicaux se méfiaient de toute personne qui filmait, même quand seule la "
            "police était filmée. Désormais, nous négocions avec eux avant chaque marche."
        ),
        "what_we_would_change": (
            "Convenir à l’avance avec chaque bloc de qui marche avec lui et de ce qui est filmé. "
            "Recruter délibérément des femmes trans, car le recrutement des débuts a surtout touché "
            "des femmes cis issues de collectifs juridiques."
        ),
        "context": {
            "political": (
                "Des responsables politiques de premier plan ont à plusieurs reprises méprisé les "
                "marches, et les autorités présentaient les nasses comme une mesure de protection de "
                "la foule."
            ),
            "coalition": (
                "Des collectifs d’avocates féministes, des mères de victimes de féminicide, un "
                "collectif de psychologues et des groupes étudiants."
            ),
            "media": (
                "La couverture se focalisait sur les vitrines brisées et les monuments tagués, et nos "
                "relevés sur les nasses ont offert aux journalistes un autre angle."
            ),
            "legal": (
                "Le droit de manifester est protégé par la Constitution et les nasses n’ont aucune base "
                "légale claire, mais les observatrices peuvent tout de même être poursuivies pour "
                "entrave."
            ),
        },
        "cautions": [
            {
                "title": "Filmer peut exposer les manifestantes",
                "description": (
                    "Ne filmez que la police, et vérifiez les images avant de les partager avec qui que "
                    "ce soit."
                ),
            },
            {
                "title": "Les plaintes aboutissent rarement à des sanctions",
                "description": (
                    "Soyez honnêtes : ce qu’on gagne surtout, ce sont les traces écrites et des "
                    "libérations plus rapides."
                ),
            },
        ],
        "signals": [
            {
                "label": "Durée moyenne de rétention dans une nasse",
                "unit": "heures",
                "evidence": "Relevés des observatrices de 2021 comparés à ceux de 2022 et 2023.",
                "factors": (
                    "Des témoins en bordure et l’arrivée plus rapide des avocates et du personnel de "
                    "l’ombudsman."
                ),
            },
            {
                "label": "Plaintes ayant abouti à une recommandation officielle",
                "unit": "plaintes",
                "evidence": "Dossiers de l’ombudsman pour nos 37 plaintes.",
                "factors": "Des notes détaillées ; aucune sanction n’a suivi.",
            },
        ],
        "funding": (
            "Aucun financement extérieur : les avocates étaient bénévoles et un fonds féministe a "
            "payé les trousses de premiers secours et le crédit téléphonique."
        ),
        "origin": (
            "Rédigé par les coordinatrices du collectif et relu par deux équipes qui ont observé en "
            "2023."
        ),
    },
    "tenant-door-knock-script-rent-strike-readiness": {
        "title": "Modèle : un script de porte-à-porte et un test de préparation avant toute grève des loyers",
        "summary": (
            "Un script de porte-à-porte, une carte d’engagement et un test de préparation en trois "
            "points, adaptés de la grève ratée d’une section madrilène. Nous avons obtenu des travaux "
            "et une hausse de loyer réduite sans jamais faire grève."
        ),
        "problem": (
            "Les locataires d’un immeuble de 180 logements, propriété d’une société d’investissement "
            "locatif, faisaient face à une hausse de 7 % et à des années de plaintes restées sans "
            "réponse pour l’humidité et les moisissures. Certain·es voulaient faire grève tout de "
            "suite. Nous avions lu le récit de la section madrilène, qui avait fait grève en étant "
            "minoritaire, et nous ne voulions pas refaire la même erreur."
        ),
        "activities": [
            {
                "title": "Cartographier l’immeuble",
                "description": (
                    "Chaque logement, la date de fin de son bail, les personnes à qui nous avons parlé "
                    "et les risques éventuels (impayés, titre de séjour, handicap). Tenu sur papier par "
                    "deux personnes."
                ),
                "duration": "premier mois",
            },
            {
                "title": "Le script de porte-à-porte",
                "description": (
                    "« Bonjour, je m’appelle [prénom], j’habite au [numéro]. On passe voir tous les "
                    "voisins au sujet de l’humidité et de la hausse de loyer. Et chez vous, comment ça "
                    "se passe ? » Écouter pendant cinq minutes, puis demander : « Est-ce que vous "
                    "signeriez une carte pour dire que vous agirez avec vos voisins si la plupart "
                    "d’entre nous sont d’accord ? » Ne jamais demander un engagement à faire grève dès "
                    "la première visite."
                ),
                "duration": "en continu",
            },
            {
                "title": "Le test de préparation",
                "description": (
                    "Avant tout vote sur une grève : deux tiers des foyers ont signé, chaque étage a "
                    "une personne contact, et nous avons déjà gagné au moins une action collective plus "
                    "modeste."
                ),
                "duration": "vérifié chaque mois",
            },
            {
                "title": "Une escalade par petites étapes",
                "description": (
                    "Des demandes de travaux groupées avec photos, une délégation auprès de la société, "
                    "une pétition aux élu·es du quartier et un signalement de l’humidité au service "
                    "d’hygiène de la ville."
                ),
                "duration": "du deuxième au neuvième mois",
            },
            {
                "title": "Un vote à bulletin secret de tous les foyers",
                "description": (
                    "Si le test est réussi, faire voter chaque foyer, pas une assemblée."
                ),
                "duration": "pas eu besoin",
            },
        ],
        "outcomes": (
            "En dix mois, nous avons frappé à chaque porte au moins trois fois, et 131 foyers sur 180 "
            "ont signé la carte d’engagement. Nous remplissions deux des trois conditions quand la "
            "société a accepté un programme de travaux et ramené la hausse à 3 %. Nous n’avons "
            "jamais fait grève."
            "\n\n"
            "Impossible de savoir si la société aurait cédé de toute façon. Cet hiver-là, une "
            "inspection et l’indignation nationale après la mort d’un enfant causée par les "
            "moisissures ont mis la pression sur tous les bailleurs."
        ),
        "what_we_would_change": (
            "Recenser les langues dès le début. Environ un cinquième des foyers parlent polonais, "
            "ourdou ou arabe à la maison, et nos premières tournées, uniquement en anglais, n’ont "
            "touché que les personnes qui étaient déjà à l’aise."
        ),
        "context": {
            "political": (
                "Une crise du coût de la vie, avec un plafonnement des loyers dans le logement social "
                "mais aucun pour les locataires du privé."
            ),
            "coalition": (
                "Notre section du syndicat de locataires, une mosquée du quartier qui accueillait les "
                "réunions, et les élu·es du quartier."
            ),
            "media": (
                "Nous sommes resté·es à l’écart des médias jusqu’à la victoire, pour que la société "
                "puisse céder sans faire de bruit."
            ),
            "legal": (
                "En Angleterre, les expulsions sans motif étaient encore légales, c’est pourquoi nous "
                "avons recensé les dates de fin de bail avant toute chose."
            ),
        },
        "cautions": [
            {
                "title": "Un engagement n’est pas une grève",
                "description": (
                    "Signer une carte, c’est facile. Testez l’engagement avec des actions plus modestes "
                    "avant de demander aux gens de risquer leur logement."
                ),
            },
            {
                "title": "La cartographie est sensible",
                "description": (
                    "Entre de mauvaises mains, les dates de bail et les risques liés au titre de séjour "
                    "font le jeu du bailleur. Gardez la cartographie sur papier."
                ),
            },
        ],
        "signals": [
            {
                "label": "Foyers ayant signé la carte d’engagement",
                "unit": "foyers",
                "evidence": "Cartes d’engagement comptées et rapportées à la cartographie de l’immeuble.",
                "factors": "Des visites répétées, et l’écoute d’abord.",
            },
            {
                "label": "Hausse annuelle du loyer",
                "unit": "%",
                "evidence": "Le courrier de la société à l’ensemble des locataires.",
                "factors": (
                    "La pression collective et un scandale national sur les moisissures ; impossible "
                    "de démêler les deux."
                ),
            },
        ],
        "funding": (
            "Les cotisations de la section ; la caisse régionale du syndicat a payé l’impression."
        ),
        "origin": (
            "Rédigé par le comité d’immeuble à partir des relevés du porte-à-porte et des comptes "
            "rendus de réunion."
        ),
    },
    "care-rota-feminist-climate-camp": {
        "title": (
            "Un planning du soin pour un camp d’action climat : nommer le travail invisible avant "
            "qu’il ne retombe sur les mêmes personnes"
        ),
        "summary": (
            "Notre collectif écoféministe a transformé le travail invisible d’un camp de cinq jours "
            "(cuisine, ménage, réconfort, garde d’enfants, soutien aux personnes arrêtées) en un "
            "planning visible avec un plafond d’heures, et l’équipe noyau a fini le camp sans que "
            "personne ne s’effondre."
        ),
        "problem": (
            "Lors de notre camp précédent, huit membres du noyau, presque toutes des femmes, ont "
            "cuisiné, fait le ménage, calmé les gens après la nasse policière et téléphoné à des "
            "parents inquiets, pendant que des hommes, surtout, planifiaient les actions et donnaient "
            "les interviews. Trois de ces huit personnes sont parties dans le mois qui a suivi."
            "\n\n"
            "Aucun de ces travaux ne figurait dans le moindre plan, si bien que personne ne les a vus "
            "avant qu’ils ne manquent."
        ),
        "activities": [
            {
                "title": "Faire l’inventaire du travail invisible",
                "description": (
                    "Nous avons listé toutes les tâches du dernier camp, y compris celles que personne "
                    "n’appelle du travail : réconforter, gérer les objets perdus, attendre devant le "
                    "commissariat, assurer les veilles de nuit."
                ),
                "duration": "une soirée",
            },
            {
                "title": "En faire des créneaux de planning",
                "description": (
                    "Les tâches sont devenues des créneaux de trois heures. À l’inscription, chaque "
                    "participant·e devait choisir deux créneaux. Le modèle comporte des colonnes pour la "
                    "tâche, le créneau, le nom, la personne remplaçante et un total d’heures par jour qui "
                    "ne doit dépasser six heures pour personne, préparation comprise."
                ),
                "duration": "deux semaines",
            },
            {
                "title": "Une équipe soin dotée d’une vraie autorité",
                "description": (
                    "Chaque roulement avait une personne référente soin, distincte de l’équipe action, "
                    "qui pouvait envoyer n’importe qui se reposer, y compris les membres du noyau."
                ),
                "duration": "semaine du camp",
            },
            {
                "title": "Une météo quotidienne et un signal stop",
                "description": (
                    "Vingt minutes chaque matin par groupe affinitaire, avec un signal convenu que "
                    "chacun·e pouvait utiliser pour dire « je suis à bout » sans avoir à s’expliquer."
                ),
                "duration": "semaine du camp",
            },
            {
                "title": "Un bilan avec les heures sur la table",
                "description": (
                    "Nous avons comparé le décompte des heures par personne et par genre avant de parler "
                    "des actions."
                ),
                "duration": "un après-midi",
            },
        ],
        "outcomes": (
            "Environ 310 personnes sont venues et 96 % des créneaux ont été pourvus. La plus longue "
            "journée de travail d’un·e membre du noyau est passée d’environ quatorze heures à huit. "
            "Les neuf membres du noyau ont tou·tes rempilé pour l’année suivante. Les hommes ont pris 52 % "
            "des créneaux de cuisine et de ménage, contre environ un cinquième auparavant."
            "\n\n"
            "La planification des actions restait dominée par des hommes expérimentés, et certain·es "
            "participant·es ont trouvé le planning bureaucratique. Le dernier jour, une poignée de "
            "créneaux n’ont pas été assurés."
        ),
        "what_we_would_change": (
            "La prochaine fois, nous appliquerions la même logique de roulement à la planification "
            "des actions et aux rôles médias, pas seulement au travail de soin, pour que les tâches "
            "visibles tournent elles aussi."
        ),
        "context": {
            "political": (
                "Un gouvernement national qui revenait sur ses objectifs climatiques a donné au camp une "
                "cible claire et de l’élan."
            ),
            "coalition": (
                "Des groupes de jeunes pour le climat ont co-organisé le camp ; nous tenions le volet "
                "soin et logistique."
            ),
            "media": (
                "Les médias se sont concentrés sur le blocage du port ; le travail de soin n’a jamais "
                "été mentionné, ce à quoi nous nous attendions."
            ),
            "legal": (
                "Le camp disposait d’une autorisation municipale ; le blocage, non, et le soutien aux "
                "personnes arrêtées faisait partie du planning."
            ),
        },
        "cautions": [
            {
                "title": "Un planning ne change pas une culture",
                "description": (
                    "Il déplace les tâches, pas la question de qui est écouté. Associez-le à une "
                    "facilitation qui répartit la parole."
                ),
            },
        ],
        "signals": [
            {
                "label": "Membres de l’équipe noyau encore actif·ves six mois après le camp",
                "unit": "personnes",
                "evidence": (
                    "Point de départ : cinq sur huit après le camp précédent. Résultat : neuf sur neuf."
                ),
                "factors": (
                    "Des heures plafonnées et une personne référente soin capable d’imposer du repos, "
                    "même aux membres du noyau."
                ),
            },
            {
                "label": "Part des créneaux de cuisine et de ménage assurés par des hommes",
                "unit": "%",
                "evidence": (
                    "Décompte à partir des feuilles de planning remplies ; le point de départ est notre "
                    "estimation de l’année précédente."
                ),
                "factors": (
                    "Les créneaux étaient choisis à l’inscription, avant que chacun·e ne retombe dans "
                    "ses rôles habituels."
                ),
            },
        ],
        "funding": (
            "Aucun financement extérieur : la participation aux frais, modulable selon les moyens, a "
            "couvert la nourriture et l’impression du planning."
        ),
        "origin": (
            "Rédigé par le groupe de travail soin à partir des feuilles de planning et du bilan "
            "d’après-camp."
        ),
    },
    "rotating-roles-climate-coalition": {
        "title": (
            "Faire tourner la coordination d’une coalition climat nationale pour en finir avec "
            "« toujours les mêmes »"
        ),
        "summary": (
            "Une coalition climat s’est inspirée du planning du soin d’un camp pour créer des rôles de "
            "coordination tournants, en binôme et à durée limitée, avec des méthodes d’assemblée "
            "féministes. La charge s’est répartie et plus de femmes sont devenues porte-parole, mais "
            "les décisions ont ralenti et deux groupes sont partis."
        ),
        "problem": (
            "Notre coalition d’une trentaine de groupes était dirigée dans les faits par cinq "
            "personnes, surtout des hommes de la capitale, qui donnaient aussi toutes les interviews. "
            "Les femmes prenaient les comptes rendus et s’occupaient de la logistique. Les groupes de "
            "province avaient l’impression d’être le public, et deux des cinq étaient au bord de "
            "l’effondrement."
        ),
        "activities": [
            {
                "title": "Recenser tout le travail de coordination, y compris la part invisible",
                "description": (
                    "En deux assemblées, nous avons listé chaque tâche, en reprenant la méthode "
                    "d’inventaire du planning du soin d’un camp : comptes rendus, relances, appels aux "
                    "membres mécontent·es, réservation de salles, presse."
                ),
                "duration": "un mois",
            },
            {
                "title": "Des rôles en binôme qui tournent tous les quatre mois",
                "description": (
                    "Chaque rôle revenait à un binôme : une personne expérimentée, une nouvelle, avec la "
                    "parité et au moins une personne extérieure à la capitale dans chaque binôme."
                ),
                "duration": "un an",
            },
            {
                "title": "Des méthodes d’assemblée féministes",
                "description": (
                    "Des tours de parole alternés selon le genre, des temps de parole limités et la "
                    "priorité à qui n’a pas encore parlé, des pratiques héritées des traditions "
                    "d’assemblée du mouvement féministe."
                ),
                "duration": "à chaque assemblée",
            },
            {
                "title": "Notes de passation et doublure",
                "description": (
                    "Deux semaines de chevauchement et une passation écrite à chaque rotation."
                ),
                "duration": "deux semaines par rotation",
            },
            {
                "title": "Bilan au bout d’un an",
                "description": (
                    "Une assemblée ouverte et un court questionnaire adressé à tous les groupes membres."
                ),
                "duration": "un mois",
            },
        ],
        "outcomes": (
            "Trente et une personnes ont occupé des rôles de coordination au cours de l’année, contre "
            "cinq auparavant. Les femmes et les personnes non binaires ont assuré environ 60 % des "
            "prises de parole dans les médias, contre environ 15 % avant. Aucune des personnes en "
            "poste n’a connu l’épuisement de la période précédente."
            "\n\n"
            "Mais les décisions ont ralenti. Quand des permis d’exploration pétrolière en mer ont été "
            "accordés, notre communiqué est sorti neuf jours plus tard, alors que l’actualité était "
            "depuis longtemps passée à autre chose. Deux groupes sont partis en qualifiant le processus "
            "d’interminable."
        ),
        "what_we_would_change": (
            "Nous garderions la rotation, mais nous créerions un petit binôme de réaction rapide, avec "
            "un mandat clair pour s’exprimer sous 48 heures et des comptes à rendre à l’assemblée "
            "suivante."
        ),
        "context": {
            "political": (
                "Avec la crise économique, le gouvernement voyait d’un bon œil les projets extractifs, "
                "sources de devises étrangères."
            ),
            "coalition": (
                "Les groupes membres allaient des assemblées de quartier aux ONG nationales avec "
                "salarié·es."
            ),
            "media": (
                "Les médias nationaux préféraient les visages connus ; les nouvelles et nouveaux "
                "porte-parole ont eu besoin d’accompagnement et de persévérance."
            ),
            "legal": (
                "Pas de risque juridique particulier pour la coordination elle-même ; certains groupes "
                "membres faisaient face à des poursuites liées à des manifestations."
            ),
        },
        "cautions": [
            {
                "title": "Le processus peut dévorer la réactivité",
                "description": (
                    "Un pouvoir partagé a besoin d’une voie rapide pour les décisions urgentes, sinon "
                    "on laisse passer le moment."
                ),
            },
        ],
        "signals": [
            {
                "label": "Personnes ayant occupé un rôle de coordination au cours de l’année",
                "unit": "personnes",
                "evidence": "Registre des rôles tenu par le binôme secrétariat.",
                "factors": "Des rôles en binôme et à durée limitée, plus faciles à accepter.",
            },
            {
                "label": (
                    "Part des prises de parole médiatiques assurées par des porte-parole femmes et non "
                    "binaires"
                ),
                "unit": "%",
                "evidence": "Décompte des interviews et conférences de presse relevées par le binôme médias.",
                "factors": "Règle de parité pour le rôle médias et accompagnement avant chaque interview.",
            },
            {
                "label": "Jours entre un événement majeur et un communiqué de la coalition",
                "unit": "jours",
                "evidence": "Dates des communiqués comparées aux dates des événements.",
                "factors": (
                    "Chaque communiqué passait en assemblée plénière ; personne n’avait de mandat pour "
                    "agir vite."
                ),
            },
        ],
        "funding": (
            "Aucun financement extérieur pour la coordination ; les groupes membres prenaient en "
            "charge les déplacements aux assemblées."
        ),
        "origin": (
            "Rédigé à partir de l’assemblée de bilan à un an et d’un questionnaire adressé aux groupes "
            "membres."
        ),
    },
    "die-in-critique-anti-racist-review": {
        "title": (
            "Après notre die-in sur les « réfugiés climatiques » qui s’est retourné contre nous : un "
            "atelier pour passer les actions créatives au crible"
        ),
        "summary": (
            "Notre groupe climat a organisé un die-in où des militant·es, pour la plupart blanc·hes, "
            "jouaient des « réfugiés climatiques » noyés. Des groupes de jeunes des diasporas l’ont "
            "dénoncé, la polémique a pris toute la place et nous avons perdu une organisation "
            "partenaire de la coalition. Voici l’atelier de relecture que nous avons construit ensuite."
        ),
        "problem": (
            "Nous étions six à préparer l’action, en dix jours. Personne dans le groupe de préparation "
            "n’avait connu la migration, ni directement ni dans sa famille. Nous nous sommes allongé·es "
            "sur la place dans des couvertures de survie, avec des pancartes sur les personnes qui "
            "fuient les inondations et la sécheresse. Les photos étaient saisissantes."
            "\n\n"
            "Deux jours plus tard, des groupes de jeunes des diasporas ont publié une lettre ouverte : "
            "nous nous étions servi·es de l’histoire de leurs familles comme d’un déguisement, sans "
            "demander l’avis de personne. Notre première réponse a été défensive, ce qui a aggravé les "
            "choses."
        ),
        "activities": [
            {
                "title": "Arrêter de se défendre et écouter",
                "description": (
                    "Nous avons demandé à rencontrer les groupes signataires de la lettre, selon leurs "
                    "conditions, sans leur demander de nous aider à réparer quoi que ce soit."
                ),
                "duration": "deux semaines",
            },
            {
                "title": "Présenter de vraies excuses",
                "description": (
                    "Des excuses publiques qui nomment ce que nous avons fait de mal, validées avec eux "
                    "avant publication."
                ),
                "duration": "une semaine",
            },
            {
                "title": "Construire un atelier de relecture de 90 minutes",
                "description": (
                    "Cinq questions pour toute action créative : qui est représenté, qui a décidé, à qui "
                    "cela profite, qui a donné son accord et qui porte le risque le jour J. Plus une "
                    "courte liste de signaux d’alerte, comme des déguisements représentant un groupe "
                    "absent de la préparation."
                ),
                "duration": "un mois",
            },
            {
                "title": "Le faire tourner dans tous les groupes action",
                "description": (
                    "Les groupes locaux réservaient l’atelier avant de préparer toute action théâtrale "
                    "ou visuelle. Nous avons formé six facilitateur·ices pour l’animer."
                ),
                "duration": "six mois",
            },
            {
                "title": "Rémunérer les conseils",
                "description": (
                    "Une ligne dans chaque budget d’action pour rémunérer la consultation des "
                    "communautés concernées, au lieu de leur demander du travail gratuit."
                ),
                "duration": "en continu",
            },
        ],
        "outcomes": (
            "L’action a été plus médiatisée que tout ce que nous avions fait jusque-là, avec environ "
            "34 articles, mais la plupart portaient sur la polémique. Un réseau de jeunes migrant·es a "
            "quitté notre coalition et n’est pas revenu. Les nouvelles inscriptions ont chuté pendant "
            "quelques mois."
            "\n\n"
            "Nous avons animé l’atelier quatorze fois. Deux actions ultérieures ont été co-construites "
            "dès le départ avec des groupes des diasporas et ont été bien reçues. Nous ne pouvons pas "
            "prouver que l’atelier a évité d’autres erreurs, seulement que les groupes se posent "
            "désormais ces questions."
        ),
        "what_we_would_change": (
            "L’atelier aurait dû exister avant l’action. Nous poserions aussi comme règle que personne "
            "ne peut être représenté dans une action sans être dans la pièce où elle se décide."
        ),
        "context": {
            "political": (
                "Le climat était en haut de l’agenda, tandis que les débats sur l’immigration étaient "
                "violents et souvent racistes."
            ),
            "coalition": (
                "Notre coalition comptait des groupes de jeunes migrant·es et des diasporas qui "
                "alertaient depuis longtemps sur le risque d’être utilisés comme symboles."
            ),
            "media": (
                "Les rédactions ont adoré les images ; les articles suivants portaient sur les "
                "militant·es climat et le racisme."
            ),
            "legal": (
                "Le die-in était une manifestation légale et déclarée ; il n’y a eu aucune conséquence "
                "juridique."
            ),
        },
        "cautions": [
            {
                "title": "Ne confiez pas la réparation aux personnes que vous avez blessées",
                "description": (
                    "Demandez-leur ce dont elles ont besoin, puis faites le travail vous-mêmes et "
                    "rémunérez les conseils que vous sollicitez."
                ),
            },
            {
                "title": "Une grille de questions ne remplace pas une relation",
                "description": (
                    "L’atelier aide, mais la confiance naît d’un partenariat dans la durée, pas de "
                    "formulaires."
                ),
            },
        ],
        "signals": [
            {
                "label": "Articles sur l’action, pour la plupart consacrés à la polémique",
                "unit": "articles",
                "evidence": (
                    "Veille médiatique pendant les trois semaines suivant l’action, classée selon le ton."
                ),
                "factors": (
                    "Des images sans l’accord des communautés représentées, puis une première réponse "
                    "défensive."
                ),
            },
            {
                "label": "Groupes membres de la coalition",
                "unit": "groupes",
                "evidence": "Liste des membres de la coalition.",
                "factors": "Un réseau de jeunes migrant·es s’est retiré après l’action.",
            },
        ],
        "funding": (
            "Aucun financement extérieur : l’atelier était animé par des bénévoles, et les frais de "
            "consultation provenaient des dons des membres."
        ),
        "origin": (
            "Rédigé par le groupe de préparation, puis relu par deux organisateur·ices de jeunes des "
            "diasporas, rémunéré·es pour leur temps."
        ),
    },
    "mutual-aid-medicine-exchange": {
        "title": "Une bourse aux médicaments de quartier pendant l’effondrement de la monnaie",
        "summary": (
            "Quand les pharmacies se sont vidées, des voisin·es ont monté une bourse qui faisait "
            "correspondre les médicaments donnés aux besoins des gens, avec une vérification par des "
            "pharmacien·nes bénévoles, puis l’ont étendue aux travailleuses domestiques migrantes "
            "restées sans employeur ni papiers."
        ),
        "problem": (
            "À mesure que la monnaie s’effondrait, les médicaments contre l’hypertension, le diabète "
            "et l’épilepsie ont disparu des pharmacies ou sont devenus inabordables. Les gens gardaient "
            "jalousement ce qu’ils avaient. Les travailleuses domestiques migrantes, dont certaines "
            "avaient été abandonnées par des employeurs qui gardaient leur passeport, n’avaient "
            "personne vers qui se tourner."
        ),
        "activities": [
            {
                "title": "Fixer des règles de sécurité avec les pharmacien·nes",
                "description": (
                    "Uniquement des médicaments scellés et non périmés ; un·e pharmacien·ne bénévole "
                    "vérifie chaque article ; rien qui exige une ordonnance sécurisée. Nous passions par "
                    "un dispensaire agréé pour rester dans les règles."
                ),
                "duration": "deux semaines",
            },
            {
                "title": "Ouvrir des points de dépôt de confiance",
                "description": (
                    "Une boulangerie et une salle communautaire, ouvertes chacune trois soirs par semaine."
                ),
                "duration": "dix mois",
            },
            {
                "title": "Faire correspondre les demandes, d’abord sur papier",
                "description": (
                    "Un registre papier à chaque point de dépôt et un seul tableur partagé, avec les "
                    "initiales uniquement. C’est le ou la pharmacien·ne de permanence qui faisait "
                    "correspondre les demandes."
                ),
                "duration": "dix mois",
            },
            {
                "title": "Toucher les travailleuses migrantes par leurs propres réseaux",
                "description": (
                    "Des organisatrices communautaires parmi les travailleuses domestiques relayaient "
                    "les demandes dans leurs langues, pour que les femmes sans papiers n’aient pas à se "
                    "présenter à un point de dépôt public."
                ),
                "duration": "huit mois",
            },
            {
                "title": "Faire des bénéficiaires des bénévoles",
                "description": (
                    "Toute personne qui avait reçu de l’aide était invitée, sans jamais subir de "
                    "pression, à assurer une permanence par mois."
                ),
                "duration": "en continu",
            },
        ],
        "outcomes": (
            "Environ 1 400 demandes sont arrivées en dix mois, et quelque 980 ont pu être satisfaites. Les "
            "colis envoyés par des proches à l’étranger étaient la principale source. Les "
            "pharmacien·nes ont repéré un lot de comprimés contrefaits avant qu’il ne soit distribué."
            "\n\n"
            "Le nombre de bénévoles est passé d’une soixantaine au plus fort à 25, souvent parce que "
            "les gens émigraient. La bourse a fermé quand l’approvisionnement s’est amélioré et que les "
            "bénévoles restant·es étaient épuisé·es."
        ),
        "what_we_would_change": (
            "Nous préparerions la fin dès le départ : qui reprend les contacts, et comment orienter "
            "ailleurs les personnes atteintes de maladies chroniques quand la bourse ferme."
        ),
        "context": {
            "political": (
                "L’État était absent ; les partis et les groupes religieux aidaient leurs propres "
                "communautés."
            ),
            "coalition": (
                "Des voisin·es, des pharmacien·nes bénévoles, une salle paroissiale et des "
                "organisatrices communautaires des travailleuses domestiques."
            ),
            "media": (
                "Nous avons évité les médias pour que les points de dépôt ne soient ni débordés ni "
                "pris pour cible."
            ),
            "legal": (
                "La distribution de médicaments est réglementée ; travailler avec un dispensaire agréé "
                "nous a permis de rester dans la légalité."
            ),
        },
        "cautions": [
            {
                "title": "La sécurité des médicaments",
                "description": (
                    "Sans un·e pharmacien·ne qui vérifie chaque article, une bourse peut faire circuler "
                    "des médicaments périmés ou contrefaits."
                ),
            },
            {
                "title": "Les données sur les personnes sans papiers",
                "description": (
                    "Ne conservez ni nom ni adresse des travailleuses sans papiers. Des initiales et une "
                    "personne contact suffisent."
                ),
            },
        ],
        "signals": [
            {
                "label": "Demandes de médicaments satisfaites",
                "unit": "demandes",
                "evidence": "Registres papier des deux points de dépôt, totalisés chaque mois.",
                "factors": "Les colis de la diaspora et des points de dépôt de confiance.",
            },
            {
                "label": "Bénévoles actif·ves",
                "unit": "personnes",
                "evidence": "Planning des permanences en début de mois.",
                "factors": (
                    "L’émigration, l’épuisement et les difficultés économiques des bénévoles eux-mêmes."
                ),
            },
        ],
        "funding": (
            "Aucun financement extérieur : les médicaments venaient de dons, pour la plupart de "
            "proches à l’étranger."
        ),
        "origin": (
            "Rédigé par deux coordinateur·ices après la fermeture, à partir des registres et d’une "
            "dernière rencontre des bénévoles."
        ),
    },
}

#: No lessons were written in French first.
ORIGINAL_LESSONS = []
