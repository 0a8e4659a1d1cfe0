"""Swedish demo content: pages, taxonomy and glossary."""

PAGES = {
    "HomePage": {
        "title": "Praxis",
        "intro": (
            "Lärdomar från rörelser, skrivna av dem som gjorde jobbet: vad de "
            "provade, vad som hände och vad de skulle göra annorlunda."
        ),
    },
    "LessonIndexPage": {
        "title": "Lärdomsbibliotek",
        "intro": (
            "Varje lärdom går igenom problemet, vad gruppen gjorde, vad som hände "
            "och vad man ska se upp med, med anteckningar om sammanhanget så att "
            "du kan bedöma om det skulle fungera där du är. Bakslagen finns också "
            "med här."
        ),
    },
    "ResourceIndexPage": {
        "title": "Resurser",
        "intro": (
            "Guider, mallar, rapporter och filmer som rörelser har haft nytta av, "
            "samlade efter ämne."
        ),
    },
    "LearningPathIndexPage": {
        "title": "Lärstigar",
        "intro": (
            "Vägar genom biblioteket som andra aktivister har satt ihop, för en "
            "grupp att arbeta sig igenom under några träffar."
        ),
    },
    "GlossaryPage": {
        "title": "Ordlista",
        "intro": "Ord som organisatörer använder, förklarade på vanlig svenska.",
    },
    "MovementIndexPage": {
        "title": "Rörelser",
        "intro": (
            "Rörelserna och organisationerna som delar med sig av sina lärdomar "
            "här: vad de arbetar med, var, på vilka språk och vilka kampanjer de "
            "driver."
        ),
    },
    "GetInvolvedPage": {
        "title": "Engagera dig",
        "intro": (
            "Roller du kan ta på dig i kampanjer runt om i nätverket, online "
            "eller nära dig, för en eftermiddag eller på lång sikt."
        ),
    },
    "EventIndexPage": {
        "title": "Evenemang",
        "intro": (
            "Rundabordssamtal, utbildningar, träffar, studiebesök och digitala "
            "möten där rörelser lär av varandra. Tiderna visas i varje evenemangs "
            "egen tidszon."
        ),
    },
    "about": {
        "title": "Om Praxis",
        "intro": "En kunskapsallmänning där aktivisterna är lärarna.",
        "body": (
            "Rörelser lär sig samma saker om och om igen: hur man planerar ett "
            "aktionsläger, bygger en engagemangstrappa för volontärer eller "
            "samarbetar med rättsobservatörer. Praxis samlar det som grupper har "
            "lärt sig, i en form som en annan grupp kan återanvända.\n\n"
            "Varje lärdom granskas av andra aktivister innan den publiceras. "
            "Lärdomar som kan utsätta människor för risker kan delas med enbart "
            "medlemmar, med utvalda grupper eller anonymt."
        ),
    },
}

TAXONOMY = {
    "topics": {
        "climate-justice": (
            "Klimaträttvisa",
            (
                "Kamp mot klimatkrisen som sätter de människor som drabbas först "
                "och hårdast i centrum."
            ),
        ),
        "housing": (
            "Boende och hyresgäster",
            (
                "Hyresgästorganisering, motstånd mot vräkningar och kampen för "
                "bostaden som en rättighet, inte en tillgång."
            ),
        ),
        "labour": (
            "Arbete och facklig organisering",
            (
                "Att bygga makt på jobbet: fack, strejker och att organisera de "
                "oorganiserade."
            ),
        ),
        "feminism": (
            "Feminism och könsrättvisa",
            (
                "Organisering mot patriarkatet och för kroppsligt "
                "självbestämmande, omsorg och lika lön."
            ),
        ),
        "anti-racism": (
            "Antirasism",
            (
                "Att bekämpa rasism i institutioner, hos polisen och i våra egna "
                "rörelser."
            ),
        ),
        "digital-security": (
            "Digital säkerhet",
            "Att skydda organisatörer, källor och data mot övervakning och läckor.",
        ),
        "migration": (
            "Migration och solidaritet",
            (
                "Att stå sida vid sida med människor på flykt: räddningsinsatser, "
                "fristäder och rätten att stanna."
            ),
        ),
        "civic-space": (
            "Demokrati och civilsamhällets utrymme",
            "Att försvara friheten att samlas, uttrycka sig och organisera sig.",
        ),
        "finance": (
            "Finans och divestering",
            (
                "Att flytta pengar bort från skadlig verksamhet: divestering, "
                "påtryckningar som aktieägare, offentliga banker."
            ),
        ),
        "food-land": (
            "Mat och mark",
            "Tillgång till mark, lantarbetare, matsuveränitet och allmänningar.",
        ),
    },
    "tactics": {
        "action-camp": (
            "Aktionsläger",
            (
                "Ett tillfälligt läger där människor bor, tränar och genomför "
                "aktioner tillsammans."
            ),
        ),
        "blockade": (
            "Blockad",
            (
                "Att fysiskt stoppa en skadlig verksamhet med kroppar, fordon "
                "eller konstruktioner."
            ),
        ),
        "divestment": (
            "Divesteringskampanj",
            "Att pressa en institution att sälja sina innehav i en skadlig bransch.",
        ),
        "rent-strike": (
            "Hyresstrejk",
            (
                "Hyresgäster som tillsammans håller inne hyran för att tvinga "
                "hyresvärden till förhandlingsbordet."
            ),
        ),
        "legal-observing": (
            "Rättsobservation",
            (
                "Utbildade observatörer som dokumenterar polisens agerande och "
                "gripanden vid aktioner."
            ),
        ),
        "volunteer-pipeline": (
            "Engagemangstrappa",
            (
                "En genomtänkt väg som gör första kontakter till engagerade "
                "organisatörer."
            ),
        ),
        "door-knocking": (
            "Dörrknackning",
            "Samtal ansikte mot ansikte hemma hos folk, för att lyssna och rekrytera.",
        ),
        "phone-banking": (
            "Ringkampanj",
            "Att ringa sympatisörer eller allmänheten i samordnade pass.",
        ),
        "boycott": (
            "Bojkott",
            "Att sluta handla av ett företag tills det ändrar sitt agerande.",
        ),
        "strike": (
            "Strejk",
            "Att gemensamt lägga ner arbetet för att vinna krav.",
        ),
        "occupation": (
            "Ockupation",
            "Att ta och hålla en plats för att göra ett krav omöjligt att ignorera.",
        ),
        "creative-action": (
            "Kreativ aktion",
            "Teater, konst och humor som för ut ett budskap längre än ett plakat.",
        ),
        "mutual-aid": (
            "Ömsesidig hjälp",
            (
                "Människor som tillgodoser varandras behov direkt och bygger "
                "tillit och makt."
            ),
        ),
        "coalition-building": (
            "Koalitionsbygge",
            "Att gå samman med grupper som delar ett mål men inte alltid en metod.",
        ),
        "training-of-trainers": (
            "Utbildning av utbildare",
            (
                "Att förbereda människor på att själva hålla utbildningar, så att "
                "kunskapen sprids."
            ),
        ),
        "shareholder-action": (
            "Aktieägaraktivism",
            "Att använda aktier och årsstämmor för att pressa företag inifrån.",
        ),
    },
    "audiences": {
        "organisers": (
            "Organisatörer",
            "Människor som planerar kampanjer och håller ihop grupper.",
        ),
        "new-volunteers": (
            "Nya volontärer",
            "Människor som tar sina första steg in i en rörelse.",
        ),
        "trainers": (
            "Utbildare och processledare",
            "Människor som håller i workshoppar och utbildningar.",
        ),
        "legal-support": (
            "Juridiska stödgrupper",
            "Jurister, rättsobservatörer och stöd till gripna.",
        ),
        "media-teams": (
            "Medie- och kommunikationsgrupper",
            "Människor som berättar kampanjens historia för pressen och på nätet.",
        ),
        "coordinators": (
            "Samordnare",
            (
                "Människor som samordnar mellan grupper, regioner eller inom en "
                "koalition."
            ),
        ),
        "tenants-workers": (
            "Hyresgäster och arbetare",
            "Människor som organiserar sig där de bor och arbetar.",
        ),
    },
    "bottlenecks": {
        "recruitment": (
            "Rekrytering",
            "För få nya ansluter sig.",
        ),
        "retention": (
            "Att behålla folk",
            "Folk ansluter sig och glider sedan bort.",
        ),
        "burnout": (
            "Utbrändhet",
            "Kärngruppen är utmattad och bär för mycket.",
        ),
        "repression": (
            "Repression och juridiska risker",
            "Gripanden, böter, övervakning eller våld mot deltagare.",
        ),
        "coalition-friction": (
            "Friktion i koalitionen",
            "Allierade är oense om mål, metoder eller vem som ska få äran.",
        ),
        "media-attention": (
            "Medieuppmärksamhet",
            "Kampanjen har svårt att synas eller framställs på fel sätt.",
        ),
        "funding": (
            "Finansiering",
            "Pengarna räcker inte, är osäkra eller kommer med villkor.",
        ),
        "decision-making": (
            "Beslutsfattande",
            "Gruppen kan inte fatta beslut snabbt eller rättvist.",
        ),
        "digital-risk": (
            "Digitala risker",
            "Telefoner, konton och data utsätter människor för fara.",
        ),
    },
}

GLOSSARY = {
    "action-camp": (
        "Aktionsläger",
        (
            "Ett tillfälligt läger där människor bor tillsammans i flera dagar "
            "för att träna, planera och genomföra aktioner, ofta nära den plats "
            "de gör motstånd mot. Lägren kombinerar workshoppar, gemensamma kök "
            "och kollektivt beslutsfattande med själva aktionen. De sänker "
            "tröskeln för nya, som kan lära sig genom att göra saker tillsammans "
            "med mer erfarna aktivister."
        ),
    ),
    "affinity-group": (
        "Bikupa",
        (
            "En liten grupp människor, oftast fem till femton, som känner och "
            "litar på varandra och deltar i en aktion som en enhet; kallas också "
            "affinitetsgrupp. Medlemmarna kommer överens om roller i förväg, till "
            "exempel stödperson eller juridisk kontakt, och tar hand om varandra "
            "hela tiden. Bikupor gör stora aktioner säkrare och mer flexibla, "
            "eftersom beslut kan fattas snabbt i liten skala."
        ),
    ),
    "arrestee-support": (
        "Stöd till gripna",
        (
            "Arbetet med att ta hand om människor som grips under eller efter en "
            "aktion. Det brukar omfatta en telefonlinje, en logg över vilka som "
            "har gripits och var, kontakt med advokater och grupper som väntar "
            "utanför polisstationer för att möta folk när de släpps. Bra stöd "
            "till gripna betyder att ingen lämnar arresten ensam."
        ),
    ),
    "base-building": (
        "Basbygge",
        (
            "Tålmodig, långsiktig organisering som ökar antalet människor som är "
            "aktivt engagerade, i stället för att mobilisera samma sympatisörer "
            "om och om igen. Det bygger på enskilda samtal, ledarskapsutveckling "
            "och på att möta människors omedelbara behov. En bred bas är det som "
            "gör att en kampanj klarar motgångar och kan trappa upp när det "
            "behövs."
        ),
    ),
    "blockade": (
        "Blockad",
        (
            "En aktion som fysiskt stoppar en skadlig verksamhet, till exempel "
            "genom att sitta på en väg, låsa fast sig vid grindar eller omringa "
            "maskiner. Blockader kan pågå i minuter eller i månader. De kräver "
            "oftast noggranna juridiska förberedelser, stödroller och ett tydligt "
            "budskap om varför just den här platsen valdes."
        ),
    ),
    "bottleneck": (
        "Flaskhals",
        (
            "I Praxis: hindret som just nu håller tillbaka en grupp, till exempel "
            "rekrytering, utbrändhet eller juridiska risker. Att sätta namn på "
            "flaskhalsen hjälper folk att hitta lärdomar från andra som har haft "
            "samma problem. En grupp tar sig ofta igenom flera flaskhalsar medan "
            "en kampanj växer."
        ),
    ),
    "cascade-training": (
        "Kaskadutbildning",
        (
            "Ett sätt att sprida kunskap där de som har gått en utbildning i sin "
            "tur utbildar andra, som sedan utbildar ännu fler. Det förutsätter "
            "enkla, väldokumenterade upplägg för varje pass och stöd till nya "
            "utbildare. Görs det bra kan en rörelse växa snabbare än en liten "
            "grupp utbildare någonsin skulle klara."
        ),
    ),
    "consensus": (
        "Konsensus",
        (
            "En beslutsprocess där en grupp letar efter ett förslag som alla kan "
            "acceptera, i stället för att rösta. Deltagarna kan instämma, stå åt "
            "sidan och få sina invändningar noterade, eller blockera ett förslag "
            "som de anser bryter mot gruppens principer. Konsensus fungerar bäst "
            "med skicklig processledning och en tydlig reservlösning för "
            "brådskande beslut."
        ),
    ),
    "debrief": (
        "Debriefing",
        (
            "Ett strukturerat samtal efter en aktion, ett möte eller en "
            "kampanjfas där gruppen ser tillbaka på vad som hände. Ett vanligt "
            "upplägg är att fråga vad som gick bra, vad som var svårt och vad man "
            "ska ändra till nästa gång, och att ge utrymme för hur folk mår. "
            "Regelbundna debriefingar är ett av de enklaste sätten att lära sig "
            "som grupp och att upptäcka utbrändhet tidigt."
        ),
    ),
    "divestment": (
        "Divestering",
        (
            "Att sälja, eller vägra äga, investeringar i en skadlig bransch som "
            "fossila bränslen eller vapen. Divesteringskampanjer pressar "
            "institutioner som universitet, pensionsfonder, trossamfund och "
            "kommuner att fatta det beslutet offentligt. Utöver att flytta pengar "
            "vill de försvaga den utpekade branschens samhälleliga legitimitet."
        ),
    ),
    "escalation": (
        "Eskalering",
        (
            "Att gradvis öka trycket på en måltavla när tidigare taktiker inte "
            "har gett resultat, till exempel genom att gå från namninsamlingar "
            "till offentliga aktioner och vidare till civil olydnad. En planerad "
            "eskaleringstrappa ger en kampanj utrymme att växa och låter "
            "sympatisörer kliva fram i en takt de klarar. Den som eskalerar för "
            "snabbt kan tappa kontakten med sin bas."
        ),
    ),
    "hand-signals": (
        "Handtecken",
        (
            "Enkla gester som används på möten för att visa att man håller med, "
            "be om ordet eller ta upp en processfråga utan att avbryta. Vanliga "
            "exempel är att vifta med fingrarna för att tyst instämma och att "
            "forma ett T med händerna för en teknisk fråga. Grupper bör förklara "
            "sina tecken i början av varje möte så att nya inte hamnar utanför."
        ),
    ),
    "legal-observer": (
        "Rättsobservatör",
        (
            "En utbildad volontär som iakttar och dokumenterar polisens agerande "
            "vid protester utan att själv delta i aktionen. Observatörerna "
            "antecknar tider, platser, polisernas tjänstenummer och gripanden, "
            "och anteckningarna kan senare stödja människor i domstol eller i "
            "anmälningar. De bär oftast synliga västar eller mössor så att både "
            "polis och demonstranter kan känna igen dem."
        ),
    ),
    "lineage": (
        "Släktträd",
        (
            "I Praxis: uppgifterna om hur en lärdom eller taktik har anpassats "
            "från en tidigare. En lärdom kan ange vilka lärdomar den byggde "
            "vidare på, så att läsarna kan följa hur en idé har vandrat mellan "
            "platser, rörelser och år. Släktträdet ger erkännande åt grupperna "
            "som gick först och visar vilka anpassningar som fungerade."
        ),
    ),
    "misfire": (
        "Bakslag",
        (
            "I Praxis: en lärdom om en aktion eller ett arbetssätt som inte "
            "fungerade som man hade hoppats, nedskriven så att andra kan lära sig "
            "av den. Bakslag ses som värdefull kunskap, inte som misslyckanden "
            "att gömma undan. En bra beskrivning av ett bakslag förklarar vad "
            "gruppen förväntade sig, vad som faktiskt hände och vad den skulle "
            "göra annorlunda."
        ),
    ),
    "mutual-aid": (
        "Ömsesidig hjälp",
        (
            "Människor som organiserar sig för att direkt tillgodose varandras "
            "behov, till exempel genom att dela mat, barnpassning, transporter "
            "eller pengar, utifrån solidaritet snarare än välgörenhet. Nätverk "
            "för ömsesidig hjälp växer ofta fram under en kris och kan bli en "
            "grund för bredare organisering. Tyngdpunkten ligger på ömsesidighet "
            "och gemensamma beslut, inte på givare och mottagare."
        ),
    ),
    "one-to-one": (
        "Enskilt samtal",
        (
            "Ett planerat, personligt samtal mellan en organisatör och en annan "
            "person, oftast ansikte mot ansikte och ungefär en halvtimme långt. "
            "Organisatören lyssnar mer än hen pratar, för att förstå vad personen "
            "brinner för och vad hen kan bidra med. Enskilda samtal är "
            "grundstenen i relationell organisering i fack, hyresgästgrupper och "
            "lokala kampanjer."
        ),
    ),
    "outcome-signal": (
        "Resultatsignal",
        (
            "I Praxis: ett kort, konkret tecken på att arbetssättet i en lärdom "
            "hade effekt, till exempel att fler medlemmar stannade kvar, att ett "
            "krav vanns eller att en policy ändrades. Resultatsignaler hjälper "
            "läsarna att bedöma hur en taktik fungerade utan att det krävs en "
            "fullständig utvärdering. De bör vara ärliga om omfattning och "
            "osäkerhet."
        ),
    ),
    "power-mapping": (
        "Maktkartläggning",
        (
            "En övning där en grupp kartlägger de personer och institutioner som "
            "kan gå med på gruppens krav, och dem som påverkar dem. Varje aktör "
            "placeras efter hur mycket makt den har och hur mycket den stöder "
            "eller motarbetar kampanjen. Kartan hjälper gruppen att välja "
            "måltavlor, allierade och de mest lovande vägarna för påtryckningar."
        ),
    ),
    "rent-strike": (
        "Hyresstrejk",
        (
            "När hyresgäster gemensamt håller inne hyran för att tvinga en "
            "hyresvärd, eller ibland en myndighet, att gå med på deras krav. "
            "Strejker föregås oftast av noggrann organisering och en gräns för "
            "hur många som måste lova att delta, och många hyresgästföreningar "
            "ber strejkande hyresgäster att betala in hyran på ett gemensamt "
            "spärrat konto. Eftersom risken för vräkning är verklig är juridiska "
            "förberedelser helt avgörande."
        ),
    ),
    "security-culture": (
        "Säkerhetskultur",
        (
            "De gemensamma vanor som en grupp har för att skydda sina medlemmar "
            "och planer, till exempel att bara dela känslig information med dem "
            "som behöver den och att inte spekulera om vilka som deltog i en "
            "aktion. En bra säkerhetskultur står i proportion till de verkliga "
            "riskerna och förklaras öppet för nya. Den får aldrig bli en ursäkt "
            "för misstänksamhet eller utestängning."
        ),
    ),
    "spectrum-of-allies": (
        "Spektrum av allierade",
        (
            "Ett planeringsverktyg som placerar grupper i samhället längs en "
            "halvcirkel, från aktiva allierade via passiva allierade, neutrala "
            "grupper och passiva motståndare till aktiva motståndare. Kampanjer "
            "använder det för att planera hur varje grupp ska flyttas ett steg "
            "närmare deras sida. Det påminner om att seger oftast handlar om att "
            "flytta mitten, inte om att omvända de hårdaste motståndarna."
        ),
    ),
    "spokescouncil": (
        "Talespersonsråd",
        (
            "Ett sätt för många bikupor eller arbetsgrupper att fatta beslut "
            "tillsammans. Varje grupp skickar en talesperson till ett råd där "
            "förslag diskuteras, och talespersonerna stämmer av med sina grupper "
            "innan de säger ja. Det gör att väldigt många människor kan använda "
            "konsensus utan att alla behöver sitta i samma möte."
        ),
    ),
    "theory-of-change": (
        "Förändringsteori",
        (
            "En grupps uttalade förklaring av hur dess aktioner förväntas leda "
            "till den förändring den vill se. Den kopplar ihop aktiviteter med "
            "delmål och med det slutliga målet, och redovisar antagandena "
            "däremellan. Att skriva ner en förändringsteori hjälper en grupp att "
            "pröva om taktikerna verkligen passar strategin."
        ),
    ),
    "threat-model": (
        "Hotmodell",
        (
            "En bedömning av vad en grupp behöver skydda, mot vem, hur sannolik "
            "skada är och hur allvarlig den skulle bli. Den hjälper organisatörer "
            "att välja några få realistiska säkerhetsåtgärder i stället för att "
            "försöka skydda sig mot allt. En hotmodell bör ses över varje gång en "
            "kampanjs profil eller taktiker förändras."
        ),
    ),
}
