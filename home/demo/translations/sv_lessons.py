"""Swedish demo lessons: translations and lessons written in Swedish."""

LESSONS = {}

LESSONS["lower-saxony-climate-camp-spokescouncil"] = {
    "title": "Konsensus för 1 500 personer: talespersonsrådet på ett klimatläger i Niedersachsen",
    "summary": (
        "Hur ett regionalt klimatläger använde affinitetsgrupper, roterande talespersoner "
        "och fasta beslutsfönster för att enas om en massblockad på under tre timmar – och "
        "var processgruppen ändå gick på knäna."
    ),
    "problem": (
        "Vårt läger hade på tre år vuxit från omkring 400 till nästan 1 500 deltagare. Det "
        "gamla stormötet behövde fyra timmar för att enas om en aktionsplan, samma tjugo "
        "självsäkra röster stod för pratandet, och de som kom samma morgon kände att besluten "
        "fattades över huvudet på dem.\n\n"
        "Vi planerade att blockera järnvägen till ett kolkraftverk på dag fyra. Beslut med "
        "verklig juridisk och fysisk risk måste fattas av dem som skulle bära den risken."
    ),
    "activities": [
        {
            "title": "Affinitetsgrupper redan före ankomst",
            "description": (
                "Alla anmälde sig i en affinitetsgrupp på 5–15 personer innan de reste. Den som "
                "kom ensam matchades ihop med andra på nätet, och de som ändå blev över fick "
                "plats i ett eget barrio för nykomlingar."
            ),
            "duration": "sex veckor före lägret",
        },
        {
            "title": "Barrios och roterande talespersoner",
            "description": (
                "Affinitetsgrupperna samlades i 12 barrios, som vart och ett skickade en talande "
                "och en lyssnande representant, med nya personer varje dag. Den lyssnande "
                "representanten gör inget annat än att återrapportera, och det satte stopp för "
                "de flesta grälen av typen ”men det var inte det vi kom överens om”."
            ),
            "duration": "fem dagar",
        },
        {
            "title": "Fasta beslutsfönster",
            "description": (
                "Rådet sammanträdde två gånger om dagen i högst 90 minuter, och förslagen "
                "anslogs tre timmar innan. Det som inte blev avgjort gick tillbaka till "
                "barriona, aldrig vidare till ett längre möte."
            ),
            "duration": "två gånger om dagen",
        },
        {
            "title": "Veto bara av principskäl",
            "description": (
                "Den som lade in veto måste säga vilken gemensam princip som stod på spel; "
                "önskemål fick i stället bli att stå åt sidan eller ett ändringsförslag. Båda "
                "vetona som lades under lägret stod sig."
            ),
            "duration": "hela lägret",
        },
    ],
    "outcomes": (
        "Planen var klar på under tre timmar, och omkring 1 100 personer höll blockaden i "
        "ungefär nio timmar. I utvärderingsenkäten (412 svar) uppgav 71 % att deras "
        "affinitetsgrupp hade haft verkligt inflytande, mot 38 % året innan.\n\n"
        "Processgruppen på åtta personer var ändå överbelastad, och på dag fyra arbetade tre "
        "av facilitatorerna i princip utan sömn. Ett barrio slutade i tysthet att skicka "
        "representanter efter ett bråk om köksschemat, och det märkte vi först på dag tre."
    ),
    "what_we_would_change": (
        "Rekrytera ett andra faciliteringsteam som tar över från dag tre, och ge någon i "
        "uppdrag att lägga märke till när ett barrio tystnar. Ge också ut guiden på engelska "
        "och turkiska; flera barrios hängde bara med tack vare viskningstolkning."
    ),
    "context": {
        "political": (
            "Datumen för kolutfasningen var omstridda på nationell nivå, och polisen ville "
            "verka bestämd utan att verka brutal."
        ),
        "coalition": (
            "En regional allians för klimaträttvisa, bönder från trakten och en kyrklig grupp "
            "som upplät ängen men höll sig utanför blockaden."
        ),
        "media": (
            "Bevakningen kretsade kring blockaddagen, och en liten pressgrupp förde bara ut "
            "budskap som rådet hade ställt sig bakom."
        ),
        "legal": (
            "Att blockera en järnväg kan bestraffas som en administrativ förseelse eller som "
            "brott. Juristgruppen höll genomgång varje kväll, och observatörer följde med "
            "varje finger."
        ),
    },
    "cautions": [
        {
            "title": "Konsensus är ingen säkerhetsplan",
            "description": (
                "Snabba beslut under blockaden (polisen rycker fram, någon skadas) måste i förväg "
                "delegeras till en liten taktisk grupp. Försök aldrig nå konsensus ute på spåret."
            ),
        },
        {
            "title": "Talespersonerna blir en ny elit",
            "description": (
                "Utan daglig rotation fylls rådet av samma välformulerade personer."
            ),
        },
    ],
    "signals": [
        {
            "label": "Deltagare på blockaddagen",
            "unit": "personer",
            "evidence": (
                "Räkning av insläppsgruppen vid fingrarnas startpunkter, med samma metod som "
                "året innan."
            ),
            "factors": (
                "Affinitetsgrupperna bildades före ankomst, så folk kom redan engagerade."
            ),
        },
        {
            "label": "Mötestid för att enas om aktionsplanen",
            "unit": "timmar",
            "evidence": "Facilitatorernas loggar, förra året jämfört med i år.",
            "factors": "Förslag som publicerades i förväg och fasta tidsgränser.",
        },
    ],
    "funding": (
        "Ingen extern finansiering; en deltagaravgift efter förmåga och frivilliga gåvor "
        "täckte lägrets kostnader."
    ),
    "origin": (
        "Skriven av processarbetsgruppen utifrån anteckningarna från vårt utvärderingsmöte "
        "och lägrets enkät."
    ),
}

LESSONS["small-camp-spokescouncil-misfire-west-sweden"] = {
    "title": "För tungt för 300 personer: när vi kopierade ett stort lägers talespersonsråd i Västsverige",
    "summary": (
        "Vi tog talespersonsrådet från ett stort läger och använde det rakt av på ett litet "
        "läger. Mötestiden fördubblades, förstagångsdeltagare åkte hem, och vi lärde oss att "
        "processen måste passa gruppens storlek."
    ),
    "problem": (
        "Vårt läger utanför Göteborg riktade sig mot en utbyggnad av den fossila "
        "infrastrukturen i hamnen. Ungefär 300 personer kom, många för första gången. Vi hade "
        "läst berättelsen från lägret i Niedersachsen och tog över alltihop: affinitetsgrupper, "
        "barrios, talande och lyssnande representanter och råd två gånger om dagen.\n\n"
        "Vi frågade oss aldrig om ett läger som var en femtedel så stort behövde något av det."
    ),
    "activities": [
        {
            "title": "Sex barrios för 300 personer",
            "description": (
                "Med så få grupper blev rådet ett stormöte med extra steg. Varje barriomöte "
                "tuggade igenom samma frågor som rådet sedan tuggade igenom en gång till."
            ),
            "duration": "dag ett till tre",
        },
        {
            "title": "Affinitetsgrupper genom avräkning",
            "description": (
                "De flesta kom ensamma eller två och två, så vi bildade grupper vid ankomsten "
                "genom att räkna av folk. Främlingar gav inte sin representant något verkligt "
                "mandat."
            ),
            "duration": "dag ett",
        },
        {
            "title": "Dubbla möten",
            "description": (
                "Mötena tog tre till fyra timmar om dagen. Aktionsgruppen behövde snabba svar "
                "och började fatta beslut i kökstältet, vilket ledde till ett bråk om "
                "legitimitet."
            ),
            "duration": "dag ett till tre",
        },
        {
            "title": "Omläggningen på dag tre",
            "description": (
                "Vi gick över till ett enda stormöte på 60 minuter om dagen med roterande "
                "facilitatorpar, bikupor på fem minuter kring varje förslag och en aktionsgrupp "
                "med mandat att besluta om taktiken. Mötena blev kortare, men stämningen hade "
                "redan surnat."
            ),
            "duration": "dag tre till sex",
        },
    ],
    "outcomes": (
        "Aktionen blev av: omkring 180 personer blockerade en tillfartsväg till hamnen i sex "
        "timmar. Men en tredjedel av förstagångsdeltagarna åkte hem före aktionsdagen, "
        "processen var det vanligaste klagomålet i uppföljningsenkäten, och två lokala grupper "
        "sa att de inte skulle arrangera något tillsammans med oss igen om inte processen "
        "ändrades.\n\n"
        "Talespersonsråd är inget dåligt verktyg. Vi importerade ett verktyg som var byggt för "
        "ett problem vi inte hade."
    ),
    "what_we_would_change": (
        "Börja med den minsta process som kan fungera: ett dagligt stormöte med bikupor och "
        "tydliga mandat för arbetsgrupperna. Inför talespersoner först när det är fler än "
        "ungefär 150 aktiva deltagare. Bygg affinitetsgrupper genom lokala utbildningar under "
        "månaderna innan, inte ute på en åker."
    ),
    "context": {
        "political": (
            "Det var bara några veckor kvar till riksdagsvalet och energipriserna dominerade "
            "debatten, så hamnutbyggnaden såldes in som en fråga om energisäkerhet."
        ),
        "coalition": (
            "Ett regionalt klimatnätverk, två naturskyddsföreningar och en klimatgrupp för "
            "unga. Naturskyddsföreningarna höll sig utanför blockaden och kände sig "
            "främmande inför mötena."
        ),
        "media": "Lokalpressen gav blockaden några rader.",
        "legal": (
            "Den som blockerar en väg blir oftast bortburen och ibland bötfälld, men åklagare "
            "på andra håll hade nyligen prövat tyngre brottsrubriceringar, vilket gjorde "
            "förstagångsdeltagarna försiktiga."
        ),
    },
    "cautions": [
        {
            "title": "Att kopiera en process rakt av",
            "description": (
                "En modell bär på antaganden om storlek, erfarenhet och tillit. Skriv ner dem "
                "innan ni tar den i bruk."
            ),
        },
        {
            "title": "Beslut i kökstältet",
            "description": (
                "När den formella processen är för långsam fyller informell makt tomrummet. Ge "
                "arbetsgrupperna uttryckliga mandat."
            ),
        },
    ],
    "signals": [
        {
            "label": "Förstagångsdeltagare som fortfarande var kvar på aktionsdagen",
            "unit": "%",
            "evidence": (
                "Anmälningslistan jämförd med incheckningen på aktionsdagen; förra årets mindre "
                "träff använde samma metod."
            ),
            "factors": "Långa möten som upprepade sig, i grupper av främlingar.",
        },
        {
            "label": "Genomsnittlig mötestid per deltagare och dag",
            "unit": "timmar",
            "evidence": "Facilitatorernas dagliga loggar.",
            "factors": "Barriona och rådet gick igenom samma frågor två gånger.",
        },
    ],
    "funding": (
        "Gåvor från deltagarna och ett litet bidrag från ett regionalt studieförbund till "
        "utbildningarna."
    ),
    "origin": (
        "Sammanställd utifrån facilitatorernas dagliga loggar och en webbenkät (94 svar) en "
        "månad efter lägret."
    ),
}

LESSONS["volunteer-ladder-first-contact-to-organiser"] = {
    "title": "Mall: en engagemangstrappa i fem steg, med ett första samtal inom 48 timmar",
    "summary": (
        "En mall att fylla i för att ta nyanmälda hela vägen från första kontakt till "
        "organisatör. Den togs fram sedan en nationell klimatkampanj hade tappat nästan alla "
        "som anmält sig på nätet innan någon ens hunnit prata med dem."
    ),
    "problem": (
        "Efter en stor klimatmarsch hade vi 6 000 nyanmälda och ingen plan. Lokalgrupperna "
        "fick listorna flera veckor senare, och då hade folk glömt att de anmält sig. Färre än "
        "3 % kom någonsin till ett möte.\n\n"
        "Vi behövde en struktur som vilken lokalgrupp som helst kunde driva utan anställda, "
        "med en tydlig nästa fråga i varje steg."
    ),
    "activities": [
        {
            "title": "Steg 1: första kontakten",
            "description": (
                "Manus: ”Hej, det är [namn] från [grupp]. Du anmälde dig på [evenemang]. Vad fick "
                "dig att anmäla dig?” Lyssna, och be sedan om en enda sak: att komma på "
                "välkomstsamtalet den [datum]. Logga utfallet (nådd, röstbrevlåda eller fel "
                "nummer) och personens skäl."
            ),
            "duration": "inom 48 timmar",
        },
        {
            "title": "Steg 2: välkomstsamtal",
            "description": (
                "Ett videomöte på 45 minuter varje tisdag med två värdar: kampanjens berättelse, "
                "presentationer tre och tre, tre konkreta roller och sedan frågor. Be alla välja "
                "en roll och ett datum."
            ),
            "duration": "varje vecka",
        },
        {
            "title": "Steg 3: första uppgiften tillsammans med en fadder",
            "description": (
                "Ingen gör sin första uppgift ensam: ett pass i telefonbanken, ett "
                "informationsbord eller en runda med dörrknackning. Fält: fadder, uppgift, datum, "
                "uppföljning bokad."
            ),
            "duration": "vecka ett till tre",
        },
        {
            "title": "Steg 4 och 5: gruppmedlem, sedan organisatör",
            "description": (
                "Bjud in folk till en fast arbetsgrupp, med ett enskilt samtal efter deras "
                "tredje möte. Från månad tre ber ni dem ansvara för ett steg längre ner i "
                "trappan och erbjuder endagsutbildningen för organisatörer."
            ),
            "duration": "från månad ett",
        },
    ],
    "outcomes": (
        "I de 23 grupper som använde trappan i sex månader eller längre steg andelen "
        "nyanmälda som kom till ett första möte från under 3 % till omkring 14 %, och 210 "
        "personer nådde steg 5. Grupper som hoppade över samtalet inom 48 timmar lyckades "
        "inte bättre än tidigare.\n\n"
        "Telefonbanken var flaskhalsen, eftersom volontärerna drog sig för att ringa kalla "
        "samtal. Det hjälpte när samtalen kom från personer som själva hade anmält sig på "
        "samma sätt några månader tidigare."
    ),
    "what_we_would_change": (
        "Erbjud sms som första kontakt för dem som aldrig svarar på okända nummer, särskilt "
        "yngre nyanmälda. Följ trappan i ett och samma delade verktyg från första dagen; "
        "separata kalkylark dolde var folk föll bort."
    ),
    "context": {
        "political": (
            "Efter valet fanns det mycket energi som letade efter ett sammanhang, och ett "
            "federalt klimatlagförslag gav folk ett skäl att stanna kvar."
        ),
        "coalition": (
            "Två trosbaserade klimatgrupper använde samma trappa och anpassade "
            "välkomstsamtalet för församlingar."
        ),
        "media": (
            "Ingen medietaktik, men värdarna för välkomstsamtalen utbildades i kampanjens "
            "kärnbudskap."
        ),
        "legal": (
            "Det var tillåtet att sms:a personer som hade samtyckt till det. Vi kontrollerade "
            "samtyckesinställningarna, eftersom automatiska sms till personer som inte har "
            "samtyckt kan bryta mot telekomlagstiftningen."
        ),
    },
    "cautions": [
        {
            "title": "Samtalsanteckningar är personuppgifter",
            "description": (
                "Loggarna visar varför folk engagerar sig, till exempel ett sjukt barn eller ett "
                "förlorat jobb. Begränsa åtkomsten, radera anteckningarna efter ett år och dela "
                "aldrig listor utan samtycke."
            ),
        },
        {
            "title": "En trappa, inte ett löpande band",
            "description": "Den som trivs på steg 3 i två år är en framgång.",
        },
    ],
    "signals": [
        {
            "label": "Nyanmälda som kom till minst ett möte",
            "unit": "%",
            "evidence": (
                "Anmälningslistor jämförda med närvaron i de 23 grupperna, före och efter."
            ),
            "factors": (
                "Snabb kontakt från andra volontärer och en konkret förfrågan per steg."
            ),
        },
        {
            "label": "Mediantid i dagar från anmälan till första kontakt med en människa",
            "unit": "dagar",
            "evidence": "Samtalsloggarna i det delade uppföljningsverktyget.",
            "factors": "Listorna gick direkt till lokala ringare.",
        },
    ],
    "funding": (
        "Personaltiden betalades med små gåvor från privatpersoner; ringverktyget var gratis "
        "för ideella organisationer."
    ),
    "origin": (
        "Skriven utifrån kampanjens interna guide till trappan och sex månaders "
        "uppföljningsdata."
    ),
}

LESSONS["whatsapp-volunteer-pipeline-sao-paulo-flood-brigades"] = {
    "title": "Från WhatsApp-grupp till gatubrigad: en engagemangstrappa i São Paulos periferi",
    "summary": (
        "Ett kollektiv som arbetar med översvämningar och klimat bytte ut enskilda samtal mot "
        "röstmeddelanden, en första uppgift i ömsesidig hjälp och gatubrigader. Rekryteringen "
        "tog fart, men de flesta brigaderna tynade bort när regnen upphörde."
    ),
    "problem": (
        "Vi verkar i en stadsdel i periferin i södra São Paulo, där översvämningarna slår "
        "hårdast och där de flesta som bor här är svarta och tillhör arbetarklassen. Efter en "
        "översvämning i början av 2022 gick hundratals med i våra WhatsApp-grupper och "
        "erbjöd sin hjälp, och vi hade inget sätt att göra det till en bestående grupp.\n\n"
        "En partner skickade oss en engagemangstrappa från USA. Den förutsatte att folk hade "
        "tid för videomöten, pengar på telefonen för kalla samtal och en anställd med en "
        "databas."
    ),
    "activities": [
        {
            "title": "Röstmeddelanden i stället för samtal",
            "description": (
                "Här svarar ingen på okända nummer. Inom 48 timmar skickade två volontärer ett "
                "röstmeddelande till välkomstgruppen, bad folk svara med ett eget om sin gata "
                "och bjöd in dem till lördagens aktivitet."
            ),
            "duration": "48 timmar",
        },
        {
            "title": "Ömsesidig hjälp som första uppgift",
            "description": (
                "Det första steget blev praktiskt: sortera insamlade saker, kartlägga igensatta "
                "dagvattenbrunnar, laga mat i folkköket. Folk träffades på riktigt innan det "
                "blev något möte."
            ),
            "duration": "lördagar",
        },
        {
            "title": "Gatubrigader",
            "description": (
                "Brigader på fem till tio personer per gata rensade brunnar, listade äldre "
                "grannar inför en evakuering och lämnade klagomål till stadsdelsförvaltningen."
            ),
            "duration": "löpande",
        },
        {
            "title": "Samtalscirkel",
            "description": (
                "Varannan lördag en cirkel om varför översvämningarna drabbar just den här "
                "stadsdelen och inte de rika: mark, rasism och vart de offentliga pengarna går."
            ),
            "duration": "varannan vecka",
        },
    ],
    "outcomes": (
        "Välkomstgrupperna nådde omkring 900 personer, ungefär 260 kom minst en gång och elva "
        "brigader bildades.\n\n"
        "Att behålla folket misslyckades vi med. När regnen upphörde försvann känslan av att "
        "det brådskade, och många volontärer har två jobb; vid årets slut var fyra brigader "
        "aktiva. Cirkeln behöll ett 25-tal trogna deltagare, mest kvinnor, som i dag är vår "
        "kärna. Dessutom tog en politikers medarbetare skärmdumpar av en grupp med 250 "
        "medlemmar och spred dem, vilket visade hur utsatta medlemmarnas nummer var."
    ),
    "what_we_would_change": (
        "Planera in uppgifter för torrperioden från början, som att prata i skolor och gå på "
        "budgetutfrågningar. Använd kanaler där bara administratörerna kan skriva, så att "
        "medlemmarna inte ser varandras nummer, och håll organiseringssnacket i små grupper."
    ),
    "context": {
        "political": (
            "Anslagen till dagvatten och avvattning hade skurits ned, och under valåret "
            "uppvaktade alla partier stadsdelen."
        ),
        "coalition": (
            "Ett folkkök, två evangelikala kyrkor med lokaler och förtroende hos de boende, och "
            "ett universitetsprojekt som kartlade översvämningar. Kyrkorna och cirkeln var inte "
            "alltid överens om hur man ska prata om rasism."
        ),
        "media": (
            "De boendes egna lokalmedier bevakade brigaderna; tv kom bara när det var "
            "översvämning och visade invånarna som offer."
        ),
        "legal": (
            "Att rensa brunnar tolererades, men vi undvek allt som stadsdelsförvaltningen kunde "
            "ge böter för som otillåtna arbeten."
        ),
    },
    "cautions": [
        {
            "title": "Telefonnummer i stora grupper",
            "description": (
                "Alla medlemmar kan se allas nummer. Där miliser eller polisvåld är ett hot är "
                "den listan farlig."
            ),
        },
        {
            "title": "Hjälp utan politik",
            "description": (
                "Om den första uppgiften bara är nödhjälp kommer en del bara att vilja hålla på "
                "med nödhjälp. Väv in frågan om varför i själva uppgiften."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personer som var med på minst en lördagsaktivitet",
            "unit": "personer",
            "evidence": "Folkkökets närvarolistor jämförda med förra årets lördagar.",
            "factors": "Det akuta läget efter översvämningen och en enkel första uppgift.",
        },
        {
            "label": "Gatubrigader som fortfarande var aktiva efter tio månader",
            "unit": "brigader",
            "evidence": "Månatlig avstämning med varje brigads kontaktperson.",
            "factors": "Känslan av att det brådskade ebbade ut med torrperioden.",
        },
    ],
    "funding": (
        "Små bidrag från en brasiliansk människorättsfond, plus lotterier i stadsdelen och en "
        "feijoada."
    ),
    "origin": (
        "Nedtecknad i en samtalscirkel med brigadernas kontaktpersoner och transkriberad av en "
        "volontär."
    ),
}

LESSONS["two-day-legal-observer-course-germany"] = {
    "title": "En tvådagarskurs för juridiska observatörer vid klimataktioner i norra Tyskland",
    "summary": (
        "Kursen som vår juridiska stödgrupp använder för att utbilda observatörer vars "
        "anteckningar håller i rätten och som själva håller sig utanför aktionen."
    ),
    "problem": (
        "På våra första läger var de juridiska observatörerna deltagarnas kompisar i "
        "reflexvästar, helt utan utbildning. Deras anteckningar gick inte att använda i "
        "rätten: inga klockslag, inga enhetsnummer, åsikter blandade med fakta. Två "
        "observatörer greps efter att ha klivit in i en blockad för att hjälpa någon.\n\n"
        "Vi behövde observatörer som en domare skulle tro på, som kände till gränserna för sin "
        "roll och som inte skulle köra slut på sig redan första dagen."
    ),
    "activities": [
        {
            "title": "Roll och gränser",
            "description": (
                "Vad observatörer är till för (att dokumentera polisens agerande och gripanden) "
                "och vad de inte är (sjukvårdare, förhandlare, deltagare). Vi lägger en timme på "
                "det svåraste: att inte ingripa när man ser något förfärligt."
            ),
            "duration": "en halv dag",
        },
        {
            "title": "Anteckningar som håller",
            "description": (
                "Deltagarna antecknar medan de tittar på filmer från tidigare aktioner. Sedan "
                "läser en jurist upp anteckningarna som i en rättssal och frågar: vilken tid, "
                "vilken enhet, såg du det eller hörde du det? Standarden är tid, plats, vad som "
                "hände, vem, identifieringsnummer och vittnen."
            ),
            "duration": "en halv dag",
        },
        {
            "title": "Fältövning",
            "description": (
                "En simulerad aktion i en park, där utbildarna spelar poliser och demonstranter. "
                "Observatörerna arbetar i par, håller radiokontakt och lämnar in sina "
                "anteckningar när övningen är slut."
            ),
            "duration": "en halv dag",
        },
        {
            "title": "Efter aktionen",
            "description": (
                "Att lämna över anteckningarna till juristgruppen, skriva en ren redogörelse "
                "inom 24 timmar och ta hand om sig själv. Nya observatörer gör alltid sin första "
                "aktion tillsammans med en erfaren partner."
            ),
            "duration": "en halv dag",
        },
    ],
    "outcomes": (
        "Under 18 månader utbildade vi 96 observatörer på sex kurser, och 22 observatörspar "
        "täckte samtliga fingrar på lägret 2019. Observatörernas redogörelser användes i 14 "
        "senare rättegångar. I minst fem av dem vilade domen på en observatörs tidsangivelser "
        "för polisens varningar.\n\n"
        "Vi tappar fortfarande folk. Ungefär en tredjedel observerar en gång och kommer aldrig "
        "tillbaka, eftersom rollen är ensam och kan vara omskakande."
    ),
    "what_we_would_change": (
        "Inför ett eget eftersnack bara för observatörerna efter varje aktion och en "
        "repetitionskurs varje vår. Rekrytera fler äldre och fler juriststudenter, som polisen "
        "behandlar annorlunda, på gott och ont."
    ),
    "context": {
        "political": (
            "Flera tyska delstater höll på att utöka polisens befogenheter, vilket gjorde god "
            "dokumentation ännu viktigare."
        ),
        "coalition": (
            "Lägrets juridiska stödgrupp höll kursen tillsammans med en regional förening för "
            "progressiva jurister."
        ),
        "media": (
            "Vi höll observatörerna borta från journalister, eftersom deras trovärdighet hänger "
            "på att de inte är talespersoner."
        ),
        "legal": (
            "Observatörer har ingen särskild rättslig ställning, och deras anteckningar kan "
            "krävas in som bevis."
        ),
    },
    "cautions": [
        {
            "title": "Även observatörer kan gripas",
            "description": (
                "En väst ger inget rättsligt skydd i Tyskland. Gå igenom observatörernas egna "
                "rättigheter med dem och se till att juristgruppen har deras uppgifter."
            ),
        },
        {
            "title": "Anteckningar kan beslagtas",
            "description": (
                "Skriv bara sådant du skulle kunna läsa upp i rätten, och skriv aldrig "
                "deltagarnas namn."
            ),
        },
    ],
    "signals": [
        {
            "label": "Observatörers redogörelser som använts som bevis i rättegångar",
            "unit": "redogörelser",
            "evidence": "Ärendeförteckningen som den juridiska stödgruppen för.",
            "factors": (
                "Strukturerade anteckningar med klockslag, skrivna för att hålla i domstol."
            ),
        },
        {
            "label": "Utbildade observatörer som varit aktiva vid mer än en aktion",
            "unit": "%",
            "evidence": "Observatörsschemat; vi hade inget tidigare jämförelsevärde.",
            "factors": "Kursen hjälper, men rollen förblir ensam.",
        },
    ],
    "funding": (
        "Juristföreningen och en solidaritetsfond för lägret delade på kurskostnaderna."
    ),
    "origin": (
        "Sammanställd av den juridiska stödgruppen utifrån kursmaterialet och utfallen i "
        "rättegångarna."
    ),
}

LESSONS["legal-observer-brigades-chile-protest-wave"] = {
    "title": "Juridisk observation i stor skala under en nationell protestvåg i Chile",
    "summary": (
        "Observatörsbrigaderna växte från ett dussintal personer till flera hundra på några "
        "veckor. Deras dokumentation hjälpte jurister att snabbt nå de gripna, men strukturen "
        "kunde varken skydda observatörerna eller hålla dem kvar i längden."
    ),
    "problem": (
        "När massprotesterna bröt ut i oktober 2019 hade vårt nätverk av juriststudenter och "
        "människorättsjurister ett dussintal personer som någon gång hade observerat en "
        "demonstration. Inom några dagar gick det marscher varje dag i alla större städer, "
        "tusentals människor greps och många skadades av polisens vapen, bland annat i "
        "ögonen.\n\n"
        "Vår kurs byggde på en tysk förlaga som var gjord för planerade aktioner med kända "
        "vägar. Här fanns inga arrangörer, inga vägar och tårgas överallt."
    ),
    "activities": [
        {
            "title": "Kvällskurs på tre timmar",
            "description": (
                "Vi kortade tvådagarskursen till tre timmar och höll den i universitetens "
                "hörsalar varje kväll: rollen, anteckningar, att ta sig fram genom tårgas och "
                "att registrera gripanden via telefonen."
            ),
            "duration": "första månaden",
        },
        {
            "title": "Brigader med sjukvårdare",
            "description": (
                "Observatörerna gick ut fyra och fyra tillsammans med frivilliga sjukvårdare, "
                "eftersom det hela tiden skadades folk och observatörerna behövde ha sjukvård "
                "inom räckhåll."
            ),
            "duration": "varje dag",
        },
        {
            "title": "Uppföljning av gripanden",
            "description": (
                "Ett gemensamt formulär för varje gripande (tid, plats, enhet, synliga skador, "
                "polisstation). Frivilliga jurister tog med listan till polisstationerna och "
                "lämnade in habeas corpus-ansökningar."
            ),
            "duration": "varje dag",
        },
        {
            "title": "Sammanställningar varje vecka",
            "description": (
                "Anonymiserade veckosiffror över dokumenterade gripanden och skador, som vi "
                "delade med den nationella människorättsinstitutionen och med pressen."
            ),
            "duration": "varje vecka",
        },
    ],
    "outcomes": (
        "Brigaderna dokumenterade mer än 2 300 gripanden i Santiago. Juristerna nådde ofta de "
        "gripna medan de fortfarande satt kvar hos polisen.\n\n"
        "Vi kunde inte skydda observatörerna. Flera träffades av hagel eller gasgranater, och "
        "några greps trots sina västar. Kvaliteten på anteckningarna sjönk i takt med att vi "
        "växte, och i många saknades uppgift om vilken enhet det gällde. Till sommaren hade "
        "mer än hälften av brigaderna lagt av på grund av utmattning, och vi hade inget "
        "psykologiskt stöd på plats."
    ),
    "what_we_would_change": (
        "Utbilda utbildare före en kris, inte mitt i den. Behåll den korta kursen, men kräv "
        "ett andra pass tillsammans med en erfaren observatör. Ordna kamratstöd och psykologer "
        "från första veckan."
    ),
    "context": {
        "political": (
            "De första veckorna präglades av undantagstillstånd och utegångsförbud. En senare "
            "överenskommelse om en folkomröstning om ny grundlag förändrade protesterna men "
            "gjorde inte slut på polisvåldet."
        ),
        "coalition": (
            "Juriststudentgrupper, jurister, sjukvårdsbrigader och kvartersstämmor. En del av "
            "stämmorna såg neutrala observatörer som folk som vägrade ta ställning."
        ),
        "media": (
            "Mobilfilmer av polisvåld spreds snabbare än vår dokumentation, så vår roll blev "
            "att verifiera snarare än att avslöja."
        ),
        "legal": (
            "Habeas corpus-ansökningar var det viktigaste verktyget. Det var lagligt att filma "
            "polisen, men observatörer berättade om telefoner som beslagtogs och filmer som "
            "raderades."
        ),
    },
    "cautions": [
        {
            "title": "Västar är inget skydd",
            "description": (
                "Observatörer blev beskjutna och gripna. Ingen ska observera utan att ha "
                "förstått det."
            ),
        },
        {
            "title": "Listor över gripna är känsliga",
            "description": (
                "Namn och skador ska bara finnas på krypterade enheter, och bara anonymiserade "
                "sammanställningar bör publiceras."
            ),
        },
    ],
    "signals": [
        {
            "label": "Tillgängliga utbildade observatörer",
            "unit": "personer",
            "evidence": "Närvarolistor från kvällskurserna.",
            "factors": "Den allmänna upprördheten och en mycket kort kurs.",
        },
        {
            "label": "Observatörsbrigader som fortfarande var aktiva",
            "unit": "brigader",
            "evidence": (
                "Avstämningar med brigaderna varje vecka, toppen i november jämförd med "
                "februari."
            ),
            "factors": "Skador, utmattning och inget psykologiskt stöd.",
        },
    ],
    "funding": (
        "I början ingen alls; senare betalade en människorättsstiftelse för samtalstid och "
        "förbandsmaterial."
    ),
    "origin": (
        "Skriven ett år senare utifrån nätverkets gemensamma dokumentation och ett gemensamt "
        "reflektionsmöte."
    ),
}

LESSONS["women-legal-observer-teams-feminist-marches-mexico"] = {
    "title": "Observatörsteam av kvinnor och ickebinära på feministiska marscher i Mexico City",
    "summary": (
        "Hur ett feministiskt juristkollektiv skickade ut observatörsteam inne i de "
        "separatistiska kvinnoblocken, med fasta roller, en rutin för inringningar och ett "
        "eftersnack samma kväll."
    ),
    "problem": (
        "Vid marscherna den 8 mars och den 25 november ringade polisen allt oftare in grupper "
        "av demonstranter, ofta de radikala blocken, och höll dem kvar i flera timmar. Manliga "
        "observatörer från människorättsorganisationer kan inte gå in i de separatistiska "
        "kvinnotågen, så det fanns ingen som kunde vittna inifrån.\n\n"
        "Vi tog över de chilenska brigadernas korta kurs och sjukvårdare, och vi tog deras "
        "varning för utbrändhet på allvar."
    ),
    "activities": [
        {
            "title": "Rekrytera inifrån rörelsen",
            "description": (
                "Observatörerna är kvinnor och ickebinära som redan har förtroende i de "
                "feministiska kollektiven, och de utbildas i kollektivens egna lokaler."
            ),
            "duration": "löpande",
        },
        {
            "title": "Tre timmar plus en skuggmarsch",
            "description": (
                "Den chilenska kursen på tre timmar, följd av en marsch där man skuggar en "
                "erfaren observatör innan man observerar på egen hand."
            ),
            "duration": "en månad",
        },
        {
            "title": "Team på fem med fasta roller",
            "description": (
                "Två som antecknar, en som bara filmar polisen (aldrig demonstranternas "
                "ansikten), en sjukvårdare och en springare som håller kontakten med "
                "jourtelefonen."
            ),
            "duration": "varje marsch",
        },
        {
            "title": "Rutin vid inringning",
            "description": (
                "Notera tid och enheter, räkna hur många som är instängda, fråga om någon är "
                "skadad eller minderårig, rapportera till jourtelefonen och stanna vid kanten "
                "för att bevittna när de släpps. Jourtelefonen ringer jurister och stadens "
                "människorättsombudsman."
            ),
            "duration": "varje marsch",
        },
        {
            "title": "Eftersnack samma kväll",
            "description": (
                "Varje team träffas en timme samma kväll, tillsammans med en psykolog från ett "
                "kollektiv vi samarbetar med."
            ),
            "duration": "varje marsch",
        },
    ],
    "outcomes": (
        "Under fem marscher hade vi upp till 30 team ute, och vid varje inringning som vi "
        "dokumenterade fanns en observatör vid kanten. Den genomsnittliga tiden folk hölls "
        "kvar sjönk från över fyra timmar till under två. Vi tror att det delvis berodde på att "
        "jurister och personal från ombudsmannen kom fram snabbare. Vi lämnade in 37 "
        "anmälningar; fyra ledde till formella rekommendationer, ingen till sanktioner.\n\n"
        "Vissa radikala block misstrodde alla som filmade, även när det bara var polisen som "
        "filmades. Nu förhandlar vi med dem inför varje marsch."
    ),
    "what_we_would_change": (
        "Kom överens med varje block i förväg om vem som går med dem och vad som filmas. "
        "Rekrytera transkvinnor medvetet, eftersom rekryteringen i början mest nådde "
        "ciskvinnor från juridiska kollektiv."
    ),
    "context": {
        "political": (
            "Ledande politiker avfärdade gång på gång marscherna, och myndigheterna beskrev "
            "inringningarna som ett sätt att skydda folkmassan."
        ),
        "coalition": (
            "Feministiska juristkollektiv, mödrar till offer för feminicid, ett "
            "psykologkollektiv och studentgrupper."
        ),
        "media": (
            "Bevakningen handlade om krossat glas och nedklottrade monument, och vår "
            "dokumentation av inringningarna gav journalisterna en annan berättelse att "
            "följa."
        ),
        "legal": (
            "Rätten att demonstrera är skyddad i grundlagen och inringningar saknar tydlig "
            "rättslig grund, men observatörer kan ändå åtalas för att ha hindrat polisen."
        ),
    },
    "cautions": [
        {
            "title": "Filmning kan utsätta demonstranter",
            "description": (
                "Filma bara polisen, och gå igenom materialet innan ni delar det med någon."
            ),
        },
        {
            "title": "Anmälningar leder sällan till sanktioner",
            "description": (
                "Var ärliga med att de stora vinsterna är dokumentationen och att folk släpps "
                "snabbare."
            ),
        },
    ],
    "signals": [
        {
            "label": "Genomsnittlig tid kvarhållen i en inringning",
            "unit": "timmar",
            "evidence": "Observatörernas loggar från 2021 jämförda med 2022 och 2023.",
            "factors": (
                "Vittnen vid kanten och att jurister och personal från ombudsmannen kom fram "
                "snabbare."
            ),
        },
        {
            "label": "Anmälningar som ledde till en formell rekommendation",
            "unit": "anmälningar",
            "evidence": "Ombudsmannens ärendeakter för våra 37 anmälningar.",
            "factors": "Detaljerade anteckningar; inga sanktioner följde.",
        },
    ],
    "funding": (
        "Ingen extern finansiering; juristerna arbetade ideellt och en feministisk fond "
        "betalade förbandslådor och samtalstid."
    ),
    "origin": (
        "Utkastet skrevs av kollektivets samordnare och granskades av två team som "
        "observerade 2023."
    ),
}

LESSONS["tenant-door-knock-script-rent-strike-readiness"] = {
    "title": "Mall: manus för dörrknackning och ett beredskapstest innan det blir tal om hyresstrejk",
    "summary": (
        "Ett manus för dörrknackning, ett löfteskort och ett beredskapstest i tre delar, "
        "anpassade efter en Madridsektions misslyckade strejk. Vi vann reparationer och en "
        "lägre hyreshöjning utan att någonsin strejka."
    ),
    "problem": (
        "Hyresgästerna i ett hus med 180 lägenheter, som ägdes av ett bolag som bygger för att "
        "hyra ut, stod inför en hyreshöjning på 7 % och flera års obesvarade klagomål på fukt "
        "och mögel. En del ville strejka direkt. Vi hade läst Madridsektionens berättelse om "
        "att strejka med en minoritet bakom sig och ville inte göra om det."
    ),
    "activities": [
        {
            "title": "Kartlägg huset",
            "description": (
                "Varje lägenhet, när kontraktet löper ut, vem vi har pratat med och eventuella "
                "risker (hyresskulder, uppehållsstatus, funktionsnedsättning). Förs på papper av "
                "två personer."
            ),
            "duration": "första månaden",
        },
        {
            "title": "Manus för dörrknackning",
            "description": (
                "”Hej, jag heter [namn] och bor i lägenhet [nummer]. Vi pratar med alla grannar "
                "om fukten och hyreshöjningen. Hur har det varit för dig?” Lyssna i fem minuter "
                "och fråga sedan: ”Vill du skriva under ett kort om att du agerar tillsammans med "
                "grannarna om de flesta av oss är överens?” Be aldrig om ett strejklöfte första "
                "gången du knackar på."
            ),
            "duration": "löpande",
        },
        {
            "title": "Beredskapstest",
            "description": (
                "Innan det blir någon strejkomröstning: två tredjedelar av hushållen har skrivit "
                "under, varje våningsplan har en kontaktperson, och vi har redan vunnit minst en "
                "mindre kollektiv aktion."
            ),
            "duration": "stäms av varje månad",
        },
        {
            "title": "Mindre upptrappningar",
            "description": (
                "Gemensamma felanmälningar med foton, en delegation till bolaget, en "
                "namninsamling till områdets kommunpolitiker och en anmälan om fukten till "
                "miljö- och hälsoskyddsförvaltningen."
            ),
            "duration": "månad två till nio",
        },
        {
            "title": "Sluten omröstning bland alla hushåll",
            "description": (
                "Om testet är uppfyllt röstar samtliga hushåll, inte ett stormöte."
            ),
            "duration": "behövdes aldrig",
        },
    ],
    "outcomes": (
        "Under tio månader knackade vi på varje dörr minst tre gånger, och 131 av 180 hushåll "
        "skrev under löfteskortet. Vi hade uppfyllt två av de tre villkoren när bolaget gick "
        "med på ett reparationsprogram och sänkte höjningen till 3 %. Vi strejkade aldrig.\n\n"
        "Vi kan inte veta om bolaget hade gett med sig ändå. Den vintern satte en inspektion "
        "och den nationella upprördheten efter att ett barn dött av mögel press på alla "
        "hyresvärdar."
    ),
    "what_we_would_change": (
        "Kartlägg språken från början. Ungefär en femtedel av hushållen pratar polska, urdu "
        "eller arabiska hemma, och när vi i början bara knackade på engelska nådde vi bara dem "
        "som redan kände sig säkra."
    ),
    "context": {
        "political": (
            "En dyrtidskris, med hyrestak för sociala bostäder men inget för dem som hyr "
            "privat."
        ),
        "coalition": (
            "Vår lokalavdelning av hyresgästfacket, en moské i området som lånade ut lokaler "
            "till mötena, och områdets kommunpolitiker."
        ),
        "media": (
            "Vi höll oss borta från medierna tills vi hade vunnit, så att bolaget kunde göra "
            "upp i tysthet."
        ),
        "legal": (
            "Uppsägningar utan skäl (”no-fault evictions”) var fortfarande lagliga i England, "
            "och därför kartlade vi kontraktsdatumen före allt annat."
        ),
    },
    "cautions": [
        {
            "title": "Ett löfte är ingen strejk",
            "description": (
                "Det är lätt att skriva under ett kort. Pröva engagemanget med mindre aktioner "
                "innan ni ber folk riskera sina hem."
            ),
        },
        {
            "title": "Kartan är känslig",
            "description": (
                "Kontraktsdatum och migrationsrisker i fel händer hjälper hyresvärden. Håll "
                "kartan på papper."
            ),
        },
    ],
    "signals": [
        {
            "label": "Hushåll som skrev under löfteskortet",
            "unit": "hushåll",
            "evidence": "Löfteskorten räknade och jämförda med kartan över huset.",
            "factors": "Upprepade knackningar och att vi lyssnade först.",
        },
        {
            "label": "Årlig hyreshöjning",
            "unit": "%",
            "evidence": "Bolagets brev till alla hyresgäster.",
            "factors": (
                "Kollektiv press plus en nationell skandal om mögel; vi kan inte skilja de två "
                "åt."
            ),
        },
    ],
    "funding": "Medlemsavgifter till avdelningen; fackets regionala fond betalade tryckningen.",
    "origin": (
        "Skriven av husgruppen utifrån loggarna från dörrknackningen och mötesprotokollen."
    ),
}

LESSONS["care-rota-feminist-climate-camp"] = {
    "title": (
        "Ett omsorgsschema för ett klimatläger: synliggör det osynliga arbetet innan det "
        "hamnar på samma personer"
    ),
    "summary": (
        "Vårt feministiska klimatkollektiv gjorde om det osynliga arbetet på ett "
        "femdagarsläger (matlagning, städning, tröst, barnpassning, stöd till gripna) till ett "
        "synligt schema med ett tak för antalet timmar – och kärngruppen tog sig igenom lägret "
        "utan att någon rasade ihop."
    ),
    "problem": (
        "På vårt förra läger var det åtta personer i kärngruppen, nästan alla kvinnor, som "
        "lagade mat, städade, lugnade folk efter polisens inringning och ringde oroliga "
        "föräldrar, medan det mest var män som planerade aktioner och ställde upp på "
        "intervjuer. Tre av de åtta hoppade av inom en månad.\n\n"
        "Inget av det arbetet fanns med i någon plan, så ingen såg det förrän det saknades."
    ),
    "activities": [
        {
            "title": "Inventera det osynliga arbetet",
            "description": (
                "Vi listade alla uppgifter från förra lägret, även sådana som ingen kallar "
                "arbete: att trösta, hittegods, att vänta utanför polisstationen, nattvakt."
            ),
            "duration": "en kväll",
        },
        {
            "title": "Gör om uppgifterna till schemapass",
            "description": (
                "Uppgifterna blev pass på tre timmar. Vid anmälan måste alla deltagare välja två "
                "pass. Mallen har kolumner för uppgift, pass, namn, reserv och en daglig "
                "timsumma som inte får överstiga sex timmar för någon, planering inräknad."
            ),
            "duration": "två veckor",
        },
        {
            "title": "En omsorgsgrupp med verkligt mandat",
            "description": (
                "Varje skift hade en omsorgsansvarig, skild från aktionsgruppen, som kunde "
                "skicka vem som helst att vila, även folk i kärngruppen."
            ),
            "duration": "lägerveckan",
        },
        {
            "title": "Daglig incheckning och en stoppsignal",
            "description": (
                "Tjugo minuter varje morgon i affinitetsgrupperna, med en överenskommen signal "
                "som vem som helst kunde använda för att säga ”jag är vid min gräns” utan att "
                "behöva förklara sig."
            ),
            "duration": "lägerveckan",
        },
        {
            "title": "Utvärdering med timmarna på bordet",
            "description": (
                "Vi jämförde timsummorna per person och per kön innan vi pratade om aktionerna."
            ),
            "duration": "en eftermiddag",
        },
    ],
    "outcomes": (
        "Omkring 310 personer kom och 96 % av schemapassen blev bemannade. Den längsta "
        "arbetsdagen för någon i kärngruppen kortades från runt fjorton timmar till åtta. Alla "
        "nio i kärngruppen var kvar året därpå. Män tog 52 % av passen i köket och städningen, "
        "jämfört med ungefär en femtedel tidigare.\n\n"
        "Aktionsplaneringen dominerades fortfarande av erfarna män, och en del deltagare "
        "tyckte att schemat var byråkratiskt. Till en handfull pass dök ingen upp på sista "
        "dagen."
    ),
    "what_we_would_change": (
        "Nästa gång skulle vi använda samma schemalogik för aktionsplaneringen och "
        "medierollerna, inte bara för omsorgsarbetet, så att även de synliga uppgifterna "
        "roterar."
    ),
    "context": {
        "political": (
            "En regering som skrotade klimatmål gav lägret en tydlig måltavla och medvind."
        ),
        "coalition": (
            "Klimatgrupper för unga var medarrangörer; vi höll i omsorgen och logistiken."
        ),
        "media": (
            "Medierna fokuserade på hamnblockaden; omsorgsarbetet nämndes aldrig, vilket vi "
            "hade räknat med."
        ),
        "legal": (
            "Lägret hade tillstånd från kommunen; blockaden hade det inte, och stödet till "
            "gripna ingick i schemat."
        ),
    },
    "cautions": [
        {
            "title": "Ett schema är ingen kulturförändring",
            "description": (
                "Det flyttar uppgifter, inte vem som blir lyssnad på. Kombinera det med en "
                "facilitering som fördelar ordet."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personer i kärngruppen som fortfarande var aktiva sex månader efter lägret",
            "unit": "personer",
            "evidence": (
                "Utgångsläge: fem av åtta efter förra lägret. Resultat: nio av nio."
            ),
            "factors": (
                "Tak för antalet timmar och en omsorgsansvarig som kunde se till att folk "
                "vilade, även i kärngruppen."
            ),
        },
        {
            "label": "Andel av passen i kök och städning som gjordes av män",
            "unit": "%",
            "evidence": (
                "Räknat från de ifyllda schemabladen; utgångsläget är vår uppskattning från "
                "året innan."
            ),
            "factors": (
                "Passen valdes vid anmälan, innan folk hade hunnit fastna i invanda roller."
            ),
        },
    ],
    "funding": (
        "Ingen extern finansiering; lägeravgifter efter förmåga täckte maten och tryckningen "
        "av schemat."
    ),
    "origin": (
        "Skriven av omsorgsarbetsgruppen utifrån schemabladen och utvärderingen efter lägret."
    ),
}

LESSONS["rotating-roles-climate-coalition"] = {
    "title": (
        "Roterande samordning i en nationell klimatkoalition, för att komma åt problemet med "
        "”det är alltid samma personer”"
    ),
    "summary": (
        "En klimatkoalition gjorde om ett omsorgsschema från ett läger till roterande, "
        "tidsbegränsade samordningsroller i par, med metoder från feministiska stormöten. "
        "Bördan fördelades och fler kvinnor blev talespersoner, men besluten tog längre tid "
        "och två grupper lämnade."
    ),
    "problem": (
        "Vår koalition på ungefär trettio grupper sköttes i praktiken av fem personer, mest "
        "män från huvudstaden, som också gjorde alla intervjuer. Kvinnorna skrev protokollen "
        "och skötte logistiken. Grupperna ute i provinserna kände sig som publik, och två av "
        "de fem var nära att gå in i väggen."
    ),
    "activities": [
        {
            "title": "Kartlägg allt samordningsarbete, även det osynliga",
            "description": (
                "Under två stormöten listade vi alla uppgifter, med inventeringsmetoden lånad "
                "från ett omsorgsschema på ett läger: protokoll, att jaga svar, att ringa "
                "upprörda medlemmar, att boka lokaler, presskontakter."
            ),
            "duration": "en månad",
        },
        {
            "title": "Roller i par som roterar var fjärde månad",
            "description": (
                "Varje roll gick till ett par, en erfaren och en ny, med jämn könsfördelning och "
                "minst en person från en annan ort än huvudstaden i varje par."
            ),
            "duration": "ett år",
        },
        {
            "title": "Metoder från feministiska stormöten",
            "description": (
                "Talarlistor som växlar mellan kön, tidsgränser och en regel om att den som inte "
                "har pratat går först – hämtat från den feministiska rörelsens tradition av "
                "stormöten."
            ),
            "duration": "varje stormöte",
        },
        {
            "title": "Överlämningsanteckningar och skuggning",
            "description": (
                "Två veckors överlappning och en skriftlig överlämning vid varje rotation."
            ),
            "duration": "två veckor per rotation",
        },
        {
            "title": "Utvärdering efter ett år",
            "description": "Ett öppet stormöte och en kort enkät till alla medlemsgrupper.",
            "duration": "en månad",
        },
    ],
    "outcomes": (
        "Trettioen personer hade samordningsroller under året, jämfört med fem tidigare. "
        "Kvinnor och ickebinära stod för omkring 60 % av framträdandena i medierna, upp från "
        "ungefär 15 %. Ingen som hade en roll rapporterade den utmattning som präglat tiden "
        "innan.\n\n"
        "Men besluten tog längre tid. När tillstånd för oljeprospektering till havs "
        "godkändes kom vårt uttalande nio dagar senare, långt efter att nyheten hade svalnat. "
        "Två grupper lämnade och beskrev processen som ändlös."
    ),
    "what_we_would_change": (
        "Vi skulle behålla rotationen men inrätta ett litet snabbinsatspar med tydligt mandat "
        "att uttala sig inom 48 timmar, som står till svars inför nästa stormöte."
    ),
    "context": {
        "political": (
            "Den ekonomiska krisen gjorde utvinningsprojekt populära hos regeringen som en "
            "källa till utländsk valuta."
        ),
        "coalition": (
            "Medlemsgrupperna sträckte sig från kvartersstämmor till nationella organisationer "
            "med anställd personal."
        ),
        "media": (
            "De nationella medierna föredrog välkända ansikten; nya talespersoner behövde "
            "coachning och envishet."
        ),
        "legal": (
            "Ingen särskild rättslig risk med själva samordningen; vissa medlemsgrupper var "
            "åtalade för protestaktioner."
        ),
    },
    "cautions": [
        {
            "title": "Processen kan äta upp snabbheten",
            "description": (
                "Delad makt behöver en snabbfil för brådskande beslut, annars går tillfället "
                "förlorat."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personer med samordningsroller under året",
            "unit": "personer",
            "evidence": "Rollregistret som sekretariatsparet förde.",
            "factors": "Tidsbegränsade roller i par gjorde det lättare att säga ja.",
        },
        {
            "label": "Andel framträdanden i medierna av talespersoner som är kvinnor eller ickebinära",
            "unit": "%",
            "evidence": "Intervjuer och pressaktiviteter som medieparet räknade och loggade.",
            "factors": (
                "Regel om jämn fördelning i medierollen och coachning före varje intervju."
            ),
        },
        {
            "label": "Dagar från en stor händelse till ett uttalande från koalitionen",
            "unit": "dagar",
            "evidence": "Datumen för uttalandena jämförda med datumen för händelserna.",
            "factors": (
                "Varje uttalande gick till ett fullt stormöte; ingen hade mandat att agera "
                "snabbt."
            ),
        },
    ],
    "funding": (
        "Ingen extern finansiering för samordningen; medlemsgrupperna stod för resorna till "
        "stormötena."
    ),
    "origin": (
        "Skriven utifrån utvärderingsstämman efter ett år och en enkät till medlemsgrupperna."
    ),
}

LESSONS["die-in-critique-anti-racist-review"] = {
    "title": (
        "När vår die-in om ”klimatflyktingar” slog bakut: en workshop för att granska "
        "kreativa aktioner"
    ),
    "summary": (
        "Vår klimatgrupp arrangerade en die-in där mest vita aktivister spelade drunknade "
        "”klimatflyktingar”. Ungdomsgrupper från diasporan sa ifrån offentligt, kontroversen "
        "blev själva nyheten och vi förlorade en samarbetspartner i koalitionen. Här är "
        "granskningsworkshopen vi byggde upp efteråt."
    ),
    "problem": (
        "Sex av oss planerade aktionen på tio dagar. Ingen i planeringsgruppen hade själv "
        "migrerat eller hade familj som hade gjort det. Vi låg på torget i räddningsfiltar med "
        "skyltar om människor på flykt undan översvämningar och torka. Bilderna blev "
        "slagkraftiga.\n\n"
        "Två dagar senare publicerade ungdomsgrupper från diasporan ett öppet brev: vi hade "
        "använt deras familjers berättelser som utklädnad, utan att fråga någon. Vårt första "
        "svar var defensivt, och det gjorde saken värre."
    ),
    "activities": [
        {
            "title": "Sluta försvara er och lyssna",
            "description": (
                "Vi bad att få träffa grupperna som hade skrivit brevet, på deras villkor, och "
                "bad dem inte om hjälp att ställa något till rätta."
            ),
            "duration": "två veckor",
        },
        {
            "title": "Be om ursäkt ordentligt",
            "description": (
                "En offentlig ursäkt som sa rakt ut vad vi hade gjort fel, och som vi stämde av "
                "med dem innan den publicerades."
            ),
            "duration": "en vecka",
        },
        {
            "title": "Bygg en granskningsworkshop på 90 minuter",
            "description": (
                "Fem frågor för varje kreativ aktion: vem skildras, vem har bestämt, vem gynnas, "
                "vem har gett sitt samtycke och vem bär risken på dagen. Plus en kort lista med "
                "varningssignaler, till exempel kostymer som ska föreställa en grupp som inte är "
                "med i planeringen."
            ),
            "duration": "en månad",
        },
        {
            "title": "Kör den med varje aktionsgrupp",
            "description": (
                "Lokalgrupperna bokade workshopen innan de planerade någon teater- eller "
                "bildaktion. Vi utbildade sex facilitatorer som kunde hålla i den."
            ),
            "duration": "sex månader",
        },
        {
            "title": "Betala för råd",
            "description": (
                "En post i varje aktionsbudget för att betala berörda grupper för att konsultera "
                "dem, i stället för att be om gratis arbete."
            ),
            "duration": "löpande",
        },
    ],
    "outcomes": (
        "Aktionen fick mer uppmärksamhet än något vi hade gjort tidigare, omkring 34 "
        "artiklar, men de flesta handlade om kontroversen. Ett nätverk för unga migranter "
        "lämnade vår koalition och har inte kommit tillbaka. Nyanmälningarna minskade under "
        "några månader.\n\n"
        "Vi höll workshopen fjorton gånger. Två senare aktioner utformades tillsammans med "
        "diasporagrupper från början och togs emot väl. Vi kan inte visa att workshopen har "
        "förhindrat andra misstag, bara att grupperna numera ställer frågorna."
    ),
    "what_we_would_change": (
        "Workshopen borde ha funnits före aktionen. Vi skulle också göra det till en regel att "
        "ingen får skildras i en aktion om de inte själva sitter med i rummet och fattar "
        "besluten."
    ),
    "context": {
        "political": (
            "Klimatet stod högt på dagordningen, medan migrationsdebatten var hård och ofta "
            "rasistisk."
        ),
        "coalition": (
            "I vår koalition fanns ungdomsgrupper med migrant- och diasporabakgrund som länge "
            "hade varnat för att bli använda som symboler."
        ),
        "media": (
            "Redaktionerna älskade bilderna; uppföljningarna handlade om klimataktivister och "
            "rasism."
        ),
        "legal": (
            "Die-in-aktionen var en laglig, anmäld demonstration och fick inga rättsliga "
            "följder."
        ),
    },
    "cautions": [
        {
            "title": "Lägg inte reparationsarbetet på dem ni har sårat",
            "description": (
                "Fråga vad de behöver, gör sedan jobbet själva och betala för de råd ni tar emot."
            ),
        },
        {
            "title": "En checklista är ingen relation",
            "description": (
                "Workshopen hjälper, men tillit växer fram ur långsiktigt samarbete, inte ur "
                "formulär."
            ),
        },
    ],
    "signals": [
        {
            "label": "Artiklar om aktionen, de flesta om kontroversen",
            "unit": "artiklar",
            "evidence": (
                "Medieövervakning i tre veckor efter aktionen, kodad efter tonläge."
            ),
            "factors": (
                "Bilder utan samtycke från de grupper som skildrades, och sedan ett defensivt "
                "första svar."
            ),
        },
        {
            "label": "Medlemsgrupper i koalitionen",
            "unit": "grupper",
            "evidence": "Koalitionens medlemslista.",
            "factors": "Ett nätverk för unga migranter drog sig ur efter aktionen.",
        },
    ],
    "funding": (
        "Ingen extern finansiering; workshopen hölls av volontärer, och arvodena för "
        "konsultationerna betalades med medlemmarnas gåvor."
    ),
    "origin": (
        "Skriven av planeringsgruppen och sedan granskad av två organisatörer från "
        "diasporans ungdomsgrupper, som fick betalt för sin tid."
    ),
}

LESSONS["mutual-aid-medicine-exchange"] = {
    "title": "Ett läkemedelsutbyte i grannskapet under valutakollapsen",
    "summary": (
        "När apoteken gapade tomma startade grannar ett utbyte som matchade skänkta läkemedel "
        "med människor som behövde dem, kontrollerat av frivilliga farmaceuter, och utvidgade "
        "det till migrerande hushållsarbetare som stod utan arbetsgivare och utan papper."
    ),
    "problem": (
        "När valutan kollapsade försvann läkemedel mot högt blodtryck, diabetes och epilepsi "
        "från apoteken eller blev omöjliga att betala. Folk hamstrade det de hade. Migrerande "
        "hushållsarbetare, en del övergivna av arbetsgivare som behöll deras pass, hade ingen "
        "att vända sig till."
    ),
    "activities": [
        {
            "title": "Sätt säkerhetsregler tillsammans med farmaceuter",
            "description": (
                "Bara obrutna förpackningar som inte har gått ut; en frivillig farmaceut "
                "kontrollerar varje förpackning; inget som kräver särskilt recept. Vi arbetade "
                "via en registrerad läkemedelsutlämning för att hålla oss inom reglerna."
            ),
            "duration": "två veckor",
        },
        {
            "title": "Öppna inlämningsställen som folk litar på",
            "description": (
                "Ett bageri och en samlingslokal, som vardera hade öppet tre kvällar i veckan."
            ),
            "duration": "tio månader",
        },
        {
            "title": "Matcha förfrågningar på papper först",
            "description": (
                "En liggare på papper vid varje inlämningsställe och ett enda gemensamt "
                "kalkylark med bara initialer. Förfrågningarna matchades av den farmaceut som "
                "hade passet."
            ),
            "duration": "tio månader",
        },
        {
            "title": "Nå migrantarbetare genom deras egna nätverk",
            "description": (
                "Organisatörer bland hushållsarbetarna förde vidare förfrågningar på sina egna "
                "språk, så att kvinnor utan papper inte behövde visa sig vid ett offentligt "
                "inlämningsställe."
            ),
            "duration": "åtta månader",
        },
        {
            "title": "Gör mottagare till volontärer",
            "description": (
                "Alla som fått hjälp bjöds in, men pressades aldrig, att ta ett pass i månaden."
            ),
            "duration": "löpande",
        },
    ],
    "outcomes": (
        "Omkring 1 400 förfrågningar kom in under tio månader och ungefär 980 kunde matchas. "
        "Paket som släktingar skickade från utlandet var den största källan. Farmaceuterna "
        "upptäckte ett parti förfalskade tabletter innan det delades ut.\n\n"
        "Antalet volontärer sjönk från ett sextiotal när det var som mest till 25, många av dem "
        "för att de emigrerade. Utbytet lades ner när tillgången blev bättre och de volontärer "
        "som var kvar var utmattade."
    ),
    "what_we_would_change": (
        "Vi skulle planera avslutningen från början: vem som tar över kontakterna, och hur "
        "människor med kroniska sjukdomar slussas vidare när utbytet stänger."
    ),
    "context": {
        "political": (
            "Staten lyste med sin frånvaro; partier och religiösa samfund hjälpte sina egna."
        ),
        "coalition": (
            "Grannar, frivilliga farmaceuter, en församlingslokal och organisatörer bland "
            "hushållsarbetarna."
        ),
        "media": (
            "Vi undvek medieuppmärksamhet så att inlämningsställena inte skulle bli överrusade "
            "eller måltavlor."
        ),
        "legal": (
            "Utdelning av läkemedel är reglerad; samarbetet med en registrerad "
            "läkemedelsutlämning höll oss inom lagen."
        ),
    },
    "cautions": [
        {
            "title": "Läkemedelssäkerhet",
            "description": (
                "Utan en farmaceut som kontrollerar varje förpackning kan ett utbyte sprida "
                "utgångna eller förfalskade läkemedel."
            ),
        },
        {
            "title": "Uppgifter om papperslösa",
            "description": (
                "Spara inga namn eller adresser till arbetare utan papper. Initialer och en "
                "kontaktperson räcker."
            ),
        },
    ],
    "signals": [
        {
            "label": "Matchade läkemedelsförfrågningar",
            "unit": "förfrågningar",
            "evidence": (
                "Pappersliggarna vid båda inlämningsställena, summerade varje månad."
            ),
            "factors": "Paket från diasporan och inlämningsställen som folk litade på.",
        },
        {
            "label": "Aktiva volontärer",
            "unit": "personer",
            "evidence": "Passchemat i början av varje månad.",
            "factors": (
                "Utvandring, utmattning och volontärernas egna ekonomiska svårigheter."
            ),
        },
    ],
    "funding": (
        "Ingen extern finansiering; läkemedlen var gåvor, mest från släktingar utomlands."
    ),
    "origin": (
        "Skriven av två samordnare efter nedläggningen, utifrån liggarna och en sista träff "
        "med volontärerna."
    ),
}

ORIGINAL_LESSONS = [
    {
        "slug": "renovrakning-hyresgaster-miljonprogrammet",
        "title": "Skriv inte på i dörren: hyresgäster mot renovräkning i ett miljonprogramsområde",
        "summary": (
            "När ett privat fastighetsbolag aviserade renoveringar med hyreshöjningar på upp "
            "till 55 % organiserade vi oss trapphus för trapphus, på sex språk, och vägrade "
            "skriva på. Vi vann ett billigare renoveringsalternativ och en mycket starkare "
            "förening, men förlorade i hyresnämnden om två av husen och tappade ett sextiotal "
            "hushåll på vägen."
        ),
        "format": "case_study",
        "result": "mixed",
        "scale": "local",
        "countries": ["SE"],
        "started": "2021-02",
        "ended": "2023-05",
        "problem": (
            "Vårt område består av sex hus med sammanlagt 420 lägenheter, byggda 1969. Ett "
            "privat fastighetsbolag köpte husen 2019, och våren 2021 fick alla hushåll ett "
            "brev om ”upprustning”: stambyte, nya kök och badrum, nya fönster och inglasade "
            "balkonger. Hyran skulle höjas med mellan 40 och 55 %. Många här är pensionärer, "
            "ensamstående föräldrar eller har låga inkomster, och vi räknade med att ungefär "
            "en tredjedel av hushållen inte skulle ha råd att bo kvar.\n\n"
            "Bolagets personal knackade redan dörr för att samla in underskrifter på "
            "godkännanden, ofta hos äldre och hos hushåll som inte läser svenska så bra. Vår "
            "lokala hyresgästförening hade 35 betalande hushåll, inga kontaktpersoner i "
            "trapphusen och en styrelse på fem personer som alla hade svenska som förstaspråk."
        ),
        "activities": [
            {
                "title": "Trapphusombud och en karta över husen",
                "description": (
                    "Vi delade upp området i 38 trapphus och letade upp ett ombud i varje: "
                    "någon som bor där, känner grannarna och kan ta ett samtal på rätt språk. "
                    "Kartan (vem vi har pratat med, på vilket språk, om bolaget har varit där, "
                    "om någon redan har skrivit på) fördes på papper av två personer i "
                    "styrelsen."
                ),
                "duration": "de första två månaderna",
            },
            {
                "title": "Dörrknackning på sex språk",
                "description": (
                    "Vi översatte manuset till arabiska, somaliska, tigrinja, finska och "
                    "turkiska och knackade i par där minst en av oss talade hushållets språk. "
                    "Vi öppnade alltid med en fråga, inte ett budskap: ”Har du fått brevet om "
                    "renoveringen? Vad tänker du om det?” Först efteråt sa vi det viktigaste: "
                    "att ingen behöver skriva på något i dörren, och att bolaget inte får höja "
                    "standarden i lägenheten utan ditt godkännande eller ett beslut i "
                    "hyresnämnden."
                ),
                "duration": "mars till juni 2021",
            },
            {
                "title": "Ett upprop i stället för ett strejklöfte",
                "description": (
                    "I stället för löfteskort samlade vi in ett gemensamt upprop: ”Vi skriver "
                    "inte på förrän vi själva får välja renoveringsnivå.” Det var ett löfte "
                    "som folk kunde hålla, och det gav oss en siffra att visa både bolaget och "
                    "den regionala hyresgästföreningen."
                ),
                "duration": "april till september 2021",
            },
            {
                "title": "Rättighetsträffar i kvarterslokalen",
                "description": (
                    "Varannan torsdag höll en jurist från den regionala hyresgästföreningen en "
                    "träff om hyreslagen, evakueringslägenheter och vad hyresnämnden väger in. "
                    "Det fanns tolkar, barnpassning och fika, och den som hade varit med en "
                    "gång fick i uppdrag att ta med en granne nästa gång."
                ),
                "duration": "varannan vecka i ett år",
            },
            {
                "title": "Ett eget förslag på renoveringsnivå",
                "description": (
                    "Tillsammans med en pensionerad byggnadsingenjör som bor i området tog vi "
                    "fram ett alternativ: stambyte och nödvändigt underhåll, men inga nya kök "
                    "och badrum för den som inte ville ha det. Förslaget lämnades till bolaget "
                    "och till den regionala föreningen, som förhandlar hyrorna, med uppropets "
                    "underskrifter bifogade."
                ),
                "duration": "hösten 2021",
            },
        ],
        "outcomes": (
            "295 av 420 hushåll, 70 %, skrev under uppropet. Efter ett års dragkamp erbjöd "
            "bolaget en valbar basnivå med stambyte och underhåll, där hyran höjdes med i "
            "snitt 12 % i stället för 48 %. Ungefär två tredjedelar av hushållen valde "
            "basnivån. Den lokala föreningen växte från 35 till 210 betalande hushåll, och "
            "styrelsen har i dag sju ledamöter, varav fyra har ett annat förstaspråk än "
            "svenska.\n\n"
            "I två av husen hade bolaget hunnit samla många underskrifter innan vi kom igång. "
            "Där ansökte bolaget hos hyresnämnden och fick rätt, och alla fick full standard "
            "och full hyreshöjning. Ett 58-tal hushåll flyttade under evakueringen och kom "
            "aldrig tillbaka, och vi vet inte hur många av dem som gjorde det för att de inte "
            "hade råd. Relationen till den regionala föreningen blev ansträngd: de boende "
            "upplevde att hyresförhandlingen fördes över deras huvuden, och regionen tyckte "
            "att vi gick förbi förhandlingsordningen."
        ),
        "what_we_would_change": (
            "Börja innan brevet kommer. Bolaget hade knackat i två hus innan vi ens hade ett "
            "trapphusombud där, och där förlorade vi. Vi skulle också bjuda in den regionala "
            "föreningen till husmötena från första dagen, med en skriftlig överenskommelse om "
            "hur de boende får vara med i förhandlingen, och ordna eget stöd för hushåll som "
            "evakueras så att de inte tappar kontakten med området."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "Kartan är en lista över sårbara hushåll",
                "description": (
                    "Den visar vem som är äldre, vem som har hyresskulder och vem som inte "
                    "läser svenska. Hamnar den hos bolaget blir den en lista över vilka dörrar "
                    "man ska knacka på först. Håll den på papper och hos få personer."
                ),
            },
            {
                "risk": "medium",
                "title": "Ett upprop binder ingen",
                "description": (
                    "Det är varje hushålls eget godkännande eller nej som räknas, och bolaget "
                    "kan alltid gå till hyresnämnden. Var ärliga med det, så att ingen tror att "
                    "uppropet i sig skyddar dem."
                ),
            },
            {
                "risk": "medium",
                "title": "Grannar som tolkar",
                "description": (
                    "Den som tolkar får höra om skulder, sjukdomar och familjeförhållanden. Kom "
                    "överens om tystnadsplikt, och låt aldrig barn tolka åt sina föräldrar."
                ),
            },
        ],
        "context": {
            "political": (
                "Bostadsbristen var akut och hyresfrågan het inför valet 2022. Renovräkningar "
                "hade uppmärksammats i flera städer, och lagändringen 2019 hade stärkt "
                "hyresgästernas ställning, åtminstone på papperet."
            ),
            "coalition": (
                "Den lokala föreningen, den regionala hyresgästföreningen, en moské och en "
                "församling i området som lånade ut lokaler, och ett nätverk av "
                "hyresgästgrupper från andra miljonprogramsområden som hade gått igenom samma "
                "sak."
            ),
            "media": (
                "Lokaltidningen och lokalradion rapporterade flera gånger om uppropet. Boende "
                "var själva talespersoner, men den som framträdde med namn fick räkna med en "
                "hård ton i kommentarsfälten."
            ),
            "legal": (
                "Enligt hyreslagen (12 kap. jordabalken) krävs hyresgästens godkännande eller "
                "hyresnämndens tillstånd för standardhöjande åtgärder. Den nya hyran förhandlas "
                "mellan hyresvärden och hyresgästorganisationen enligt förhandlingsordningen, "
                "inte med varje hushåll för sig."
            ),
        },
        "topics": ["housing"],
        "tactics": ["door-knocking", "coalition-building"],
        "audiences": ["tenants-workers", "organisers"],
        "bottlenecks": ["recruitment", "coalition-friction"],
        "tags": ["renovräkning", "miljonprogrammet", "hyresnämnden", "flerspråkigt"],
        "signals": [
            {
                "metric": "policy_win",
                "label": "Genomsnittlig hyreshöjning för hushåll som valde basnivån",
                "baseline": 48,
                "result": 12,
                "unit": "%",
                "effect": "improved",
                "evidence": (
                    "Bolagets första besked jämfört med hyresavierna efter renoveringen, för "
                    "112 hushåll som lämnade kopior till föreningen."
                ),
                "factors": (
                    "Uppropet, trapphusombuden och ett färdigt alternativ att förhandla om."
                ),
            },
            {
                "metric": "other",
                "label": "Betalande medlemshushåll i den lokala föreningen",
                "baseline": 35,
                "result": 210,
                "unit": "hushåll",
                "effect": "improved",
                "evidence": "Medlemsregistret i februari 2021 och i maj 2023.",
                "factors": (
                    "Dörrknackning på hushållens egna språk och träffar som grannar bjöd in "
                    "varandra till."
                ),
            },
            {
                "metric": "other",
                "label": "Hushåll som flyttade under evakueringen och inte kom tillbaka",
                "baseline": None,
                "result": 58,
                "unit": "hushåll",
                "effect": "worsened",
                "evidence": (
                    "Trapphusombudens listor jämförda med bolagets lista över återinflyttade. "
                    "Vi vet inte varför alla flyttade."
                ),
                "factors": (
                    "Lång evakuering, full hyreshöjning i två av husen och inget eget stöd "
                    "från föreningen under evakueringen."
                ),
            },
        ],
        "adapted_from": [
            {
                "slug": "tenant-door-knock-script-rent-strike-readiness",
                "what_changed": (
                    "Vi tog över kartläggningen av huset och manuset för dörrknackning, men "
                    "bytte löfteskortet mot ett upprop om att inte skriva på, eftersom vårt "
                    "maktmedel inte var en strejk utan hushållens rätt att säga nej till "
                    "standardhöjningar. Manuset översattes till fem språk, och vi lade till "
                    "ombud i varje trapphus."
                ),
            }
        ],
        "related": [],
        "authors": [
            {
                "name": "Styrelsen i en lokal hyresgästförening i ett miljonprogramsområde",
                "anonymous": False,
            }
        ],
        "funding": (
            "Medlemsavgifterna till den lokala föreningen; den regionala hyresgästföreningen "
            "betalade tolkar och tryck av översatta flygblad."
        ),
        "origin": (
            "Skriven av föreningens styrelse utifrån protokollen och ett utvärderingsmöte med "
            "trapphusombuden våren 2023."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "juridiskt-stod-gruvprotest-sapmi",
        "title": (
            "Juridiskt stöd på samiska villkor: observatörer och stödgrupp vid en gruvprotest "
            "i Sápmi"
        ),
        "summary": (
            "En koalition av samiska organisationer och klimatgrupper byggde upp en juridisk "
            "stödgrupp och en pool av observatörer för sex veckors protester mot provborrningar "
            "på renbetesmark. Observatörernas anteckningar bidrog till att 9 av 17 åtalade "
            "friades, och det var samebyn, inte klimatgrupperna, som satte ramarna."
        ),
        "format": "case_study",
        "result": "worked",
        "scale": "regional",
        "countries": ["SE", "NO"],
        "started": "2022-03",
        "ended": "2023-09",
        "problem": (
            "Våren 2022 fick ett prospekteringsbolag klartecken att provborra på renbetesmark "
            "som en sameby använder under vårflytten och kalvningen. Samebyn och samiska "
            "ungdomsorganisationer kallade till protest, och klimatgrupper från södra Sverige "
            "och från Norge ville ansluta. Det fanns ingen juridisk beredskap: vid tidigare "
            "protester i området hade folk burits bort, fått strafförelägganden på posten och "
            "stått ensamma inför rättegången, ibland i en tingsrätt många mil hemifrån.\n\n"
            "Två saker var svårare än i de utbildningsmodeller vi hittade. Samiska deltagare "
            "bor kvar i små samhällen där gruvfrågan delar byar och släkter, och många ville "
            "inte synas på någon bild alls. Och klimataktivister söderifrån hade en tendens att "
            "ta över planeringen med sina egna metoder, på mark som inte var deras."
        ),
        "activities": [
            {
                "title": "Samebyn sätter ramarna",
                "description": (
                    "Innan någon utbildning hölls kom koalitionen överens om att samebyn och de "
                    "samiska organisationerna bestämmer var, när och hur protesterna sker. Inga "
                    "aktioner i kalvningslandet, inga fordon på myrarna, och ingen uttalar sig i "
                    "medierna om samiska frågor utan att själv vara same. Den juridiska "
                    "stödgruppen arbetade inom de ramarna, inte tvärtom."
                ),
                "duration": "två månader före den första protesten",
            },
            {
                "title": "En kortare kurs med samiska observatörer",
                "description": (
                    "Vi utgick från den tyska tvådagarskursen men gjorde den till en och en "
                    "halv dag i en samisk kulturlokal, med fältövningen på en skogsbilväg i "
                    "stället för i en park. Vi rekryterade medvetet samiska observatörer, så att "
                    "minst en i varje par kunde nord- eller lulesamiska och visste vem som var "
                    "vem i byn utan att behöva skriva ner det."
                ),
                "duration": "tre kurshelger",
            },
            {
                "title": "Tidsstämplade anteckningar och inga ansikten",
                "description": (
                    "Observatörerna antecknade tid, plats och polisens enhet, och framför allt "
                    "exakt vad polisen sa varje gång de uppmanade folk att lämna platsen. De "
                    "filmade bara polisen och maskinerna, aldrig deltagarnas ansikten, och "
                    "lämnade anteckningarna till stödgruppen samma kväll."
                ),
                "duration": "sex veckor",
            },
            {
                "title": "Stöd hela vägen till rättegången",
                "description": (
                    "Stödgruppen förde en kontaktlista som bara två personer hade tillgång till. "
                    "Vi hjälpte den som fått strafföreläggande att bestrida det om hen ville, "
                    "ordnade försvarare och samåkning till tingsrätten, och såg till att "
                    "observatörerna kunde vittna."
                ),
                "duration": "ett år",
            },
            {
                "title": "Dokumentation av trakasserier",
                "description": (
                    "Observatörerna dokumenterade också hot och rasistiska glåpord mot samiska "
                    "deltagare, både på plats och i sociala medier, och hjälpte de drabbade att "
                    "polisanmäla om de själva ville."
                ),
                "duration": "sex veckor och efteråt",
            },
        ],
        "outcomes": (
            "Vi hade observatörer på plats under samtliga 23 protestdagar. Polisen bar bort 64 "
            "personer vid sammanlagt nio tillfällen. 31 fick strafföreläggande för ohörsamhet "
            "mot ordningsmakten; 17 bestred och åtalades, och 9 av dem friades i tingsrätten, "
            "i de flesta fall för att observatörernas anteckningar visade att polisens "
            "uppmaning att lämna platsen inte hade gått att höra eller inte hade getts alls. "
            "Provborrningen försenades med ungefär en månad men genomfördes.\n\n"
            "Trakasserierna fick vi inget gehör för. Av 14 polisanmälningar om hot och "
            "hatbrott ledde ingen till åtal. Spänningarna i koalitionen försvann inte heller: "
            "två klimatgrupper tyckte att ramarna var för försiktiga och genomförde en egen "
            "aktion utanför överenskommelsen. Det skadade förtroendet, och samebyn deltog inte "
            "i de gemensamma mötena på tre veckor."
        ),
        "what_we_would_change": (
            "Vi skulle skriva ner ramarna, och vad som händer om någon bryter mot dem, innan de "
            "första grupperna söderifrån kom, inte efter den första konflikten. Vi skulle "
            "också knyta en jurist med kunskap om urfolksrätt till stödgruppen från början, "
            "och planera för trakasserierna lika noga som för polisen."
        ),
        "cautions": [
            {
                "risk": "high",
                "title": "En lista över samiska deltagare är farlig",
                "description": (
                    "I små samhällen där gruvfrågan delar byar kan en läckt lista kosta någon "
                    "jobbet, grannsämjan eller mer än så. Spara så lite som möjligt, på "
                    "krypterade enheter, och radera allt när rättsprocesserna är över."
                ),
            },
            {
                "risk": "medium",
                "title": "Solidaritet som tar över",
                "description": (
                    "Tillresta aktivister kan vilja mer och snabbare än de som bor kvar när alla "
                    "andra har åkt hem. De som bär de långsiktiga konsekvenserna ska sätta "
                    "ramarna."
                ),
            },
            {
                "risk": "medium",
                "title": "Observatörer är inte neutrala i allas ögon",
                "description": (
                    "Boende som ville ha gruvan såg observatörerna som en del av protesten. Var "
                    "tydliga med vad rollen är, men lova inget skydd som västen inte ger."
                ),
            },
        ],
        "context": {
            "political": (
                "Regeringen talade om grön industri och kritiska metaller för omställningen, "
                "vilket gjorde gruvorna till en klimatfråga åt båda hållen. Samiska "
                "organisationer och FN-organ hade länge kritiserat hur samers rättigheter "
                "hanteras när gruvtillstånd prövas."
            ),
            "coalition": (
                "En sameby, två samiska ungdomsorganisationer, klimatgrupper från Sverige och "
                "Norge, en lokal naturskyddsförening och ett nätverk av jurister som arbetade "
                "ideellt. De norska deltagarna hade erfarenhet av protester mot vindkraft på "
                "renbetesmark."
            ),
            "media": (
                "Rikstäckande medier kom bara de dagar polisen bar bort folk. Samiska medier "
                "följde protesten hela tiden och var de som bäst förstod renskötselns villkor. "
                "Bara samiska talespersoner uttalade sig om samiska frågor."
            ),
            "legal": (
                "Allmänna sammankomster kräver tillstånd enligt ordningslagen, men spontana "
                "protester tolereras ofta. Den som inte lyder polisens uppmaning att lämna "
                "platsen kan dömas för ohörsamhet mot ordningsmakten, vanligen till dagsböter. "
                "Observatörer har ingen särskild rättslig ställning."
            ),
        },
        "topics": ["climate-justice", "anti-racism", "civic-space"],
        "tactics": ["legal-observing", "blockade", "coalition-building"],
        "audiences": ["legal-support", "coordinators"],
        "bottlenecks": ["repression", "coalition-friction"],
        "tags": ["sápmi", "gruvor", "urfolksrätt", "observatörer"],
        "signals": [
            {
                "metric": "other",
                "label": "Åtalade för ohörsamhet mot ordningsmakten som friades",
                "baseline": None,
                "result": 9,
                "unit": "personer",
                "effect": "improved",
                "evidence": (
                    "Tingsrättens domar för de 17 som bestred sina strafförelägganden, "
                    "sammanställda av stödgruppen."
                ),
                "factors": (
                    "Tidsstämplade anteckningar om polisens uppmaningar och observatörer som "
                    "kunde vittna."
                ),
            },
            {
                "metric": "other",
                "label": "Samiska observatörer i observatörspoolen",
                "baseline": 1,
                "result": 11,
                "unit": "personer",
                "effect": "improved",
                "evidence": "Passchemat före den första kurshelgen och efter den tredje.",
                "factors": (
                    "Kurserna hölls i en samisk lokal, och rekryteringen gick via samiska "
                    "nätverk."
                ),
            },
            {
                "metric": "other",
                "label": "Polisanmälningar om hot och hatbrott som ledde till åtal",
                "baseline": None,
                "result": 0,
                "unit": "anmälningar",
                "effect": "no_change",
                "evidence": "Stödgruppens uppföljning av de 14 anmälningarna.",
                "factors": (
                    "Svårt att identifiera avsändare på nätet och låg prioritet hos polisen."
                ),
            },
        ],
        "adapted_from": [
            {
                "slug": "two-day-legal-observer-course-germany",
                "what_changed": (
                    "Vi kortade kursen till en och en halv dag, flyttade fältövningen till en "
                    "skogsbilväg, rekryterade samiska observatörer medvetet och lade till "
                    "dokumentation av trakasserier. Framför allt arbetade stödgruppen inom "
                    "ramar som samebyn satte."
                ),
            }
        ],
        "related": [],
        "authors": [
            {
                "name": (
                    "Den juridiska stödgruppen i en koalition av samiska organisationer och "
                    "klimatgrupper"
                ),
                "anonymous": False,
            }
        ],
        "funding": (
            "Ett litet bidrag från en stiftelse för mänskliga rättigheter och insamlingar i "
            "klimatrörelsen, som bland annat betalade resorna till tingsrätten. Juristerna "
            "arbetade ideellt."
        ),
        "origin": (
            "Skriven av den juridiska stödgruppen tillsammans med två samiska observatörer, "
            "utifrån anteckningar, domar och ett utvärderingsmöte. Samebyn har läst texten och "
            "godkänt att den publiceras."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
    {
        "slug": "studiecirkel-folkhogskola-klimatorganisatorer",
        "title": (
            "Studiecirkeln som organisatörsskola: folkbildning för nya klimatorganisatörer"
        ),
        "summary": (
            "Ett klimatnätverk och en folkhögskola byggde en utbildning för nya organisatörer "
            "kring en kurshelg och åtta träffar i lokala studiecirklar. Tre av fyra deltagare "
            "var fortfarande aktiva ett år senare. Men modellen nådde mest redan engagerade "
            "studenter, och rapporteringen till studieförbundet krockade med säkerhetstänket."
        ),
        "format": "training",
        "result": "worked",
        "scale": "regional",
        "countries": ["SE"],
        "started": "2022-08",
        "ended": "2024-05",
        "problem": (
            "Efter skolstrejkerna och de stora klimatmarscherna hade vårt nätverk många "
            "lokalgrupper men få som kunde hålla ihop dem. Våra helgutbildningar gav energi men "
            "inte mycket mer: de flesta som gick dem var borta ett halvår senare, och de som "
            "blev kvar hade ingen att ringa när det kärvade i gruppen.\n\n"
            "Vi ville ha något som pågick längre än en helg, som gick att genomföra på vilken "
            "ort som helst utan att vi skickade ut utbildare, och som byggde relationer mellan "
            "deltagarna. Folkbildningen hade redan ett sådant format: studiecirkeln."
        ),
        "activities": [
            {
                "title": "Kurshelg på folkhögskolan",
                "description": (
                    "Folkhögskolan höll en kort kurs från fredag till söndag: organiseringens "
                    "grunder, att leda ett möte, enskilda samtal, maktanalys och hur man tar "
                    "hand om sig själv och gruppen. Kost och logi ingick, och resebidrag gjorde "
                    "att deltagare från glesbygden kunde komma."
                ),
                "duration": "en helg per termin",
            },
            {
                "title": "Åtta cirkelträffar på hemorten",
                "description": (
                    "Efter helgen bildade deltagarna studiecirklar på tre till åtta personer "
                    "nära där de bodde, med ett studiematerial i åtta delar. Varje träff "
                    "slutade med ett konkret organiseringsuppdrag till nästa gång, till exempel "
                    "att ha tre enskilda samtal eller leda lokalgruppens möte."
                ),
                "duration": "åtta veckor",
            },
            {
                "title": "Cirkelledare från förra omgången",
                "description": (
                    "Cirkelledarna var deltagare från förra omgången som hade gått en extra dag "
                    "om att leda samtal utan att föreläsa. Studieförbundet utbildade dem i "
                    "folkbildningens grunder och stod för studiematerialet."
                ),
                "duration": "en dag per termin",
            },
            {
                "title": "Gemensam avslutning",
                "description": (
                    "Efter åtta veckor träffades alla cirklar i regionen en lördag, berättade "
                    "om sina uppdrag och planerade nästa termin tillsammans. Där rekryterades "
                    "nästa omgångs cirkelledare."
                ),
                "duration": "en dag",
            },
        ],
        "outcomes": (
            "Under fyra terminer gick 146 personer kurshelgen och 118 fullföljde en cirkel. "
            "Ett år efter sin cirkel var 74 % av dem vi nådde fortfarande aktiva i en "
            "lokalgrupp, mot omkring 30 % efter våra tidigare helgutbildningar. "
            "Cirkeldeltagare startade sex nya lokalgrupper, och 22 blev själva cirkelledare."
            "\n\n"
            "Modellen nådde mest dem som redan stod nära rörelsen: studenter och unga vuxna "
            "med högskoleutbildning, nästan alla vita och födda i Sverige. De två cirklarna i "
            "förorter, där vi hade hoppats mest, lade ner efter halva tiden. Rapporteringen "
            "till studieförbundet blev också en stridsfråga: för statsbidraget krävs "
            "deltagarlistor med personnummer, och flera som hade varit med i civil olydnad "
            "ville inte lämna sina."
        ),
        "what_we_would_change": (
            "Vi skulle bygga cirklar tillsammans med föreningar som redan finns i förorterna, "
            "med deras egna cirkelledare och på deras villkor, i stället för att bjuda in till "
            "vår kurshelg och hoppas att folk kommer. Vi skulle också reda ut rapporteringen "
            "med studieförbundet före första träffen och erbjuda ett sätt att delta utan att "
            "registreras, även om det kostar bidrag."
        ),
        "cautions": [
            {
                "risk": "medium",
                "title": "Deltagarlistor är personuppgifter",
                "description": (
                    "En lista med personnummer visar vem som är med i en aktivistgrupp, och när "
                    "den skickas vidare har ni inte längre kontroll över den. Prata öppet om "
                    "det, och låt den som inte vill registreras vara med ändå."
                ),
            },
            {
                "risk": "low",
                "title": "En cirkel är ingen lokalgrupp",
                "description": (
                    "En cirkel som trivs ihop kan bli ett trevligt umgänge som aldrig "
                    "organiserar någon annan. Det är uppdragen mellan träffarna som gör "
                    "skillnaden."
                ),
            },
            {
                "risk": "medium",
                "title": "Folkbildningens ramar",
                "description": (
                    "Studieförbundet har egna regler och kan inte stå bakom planering av lagbrott. "
                    "Diskutera gärna civil olydnad i cirkeln, men håll aktionsplaneringen i "
                    "lokalgruppen."
                ),
            },
        ],
        "context": {
            "political": (
                "Under perioden skar regeringen ner anslagen till studieförbunden, och "
                "debatten om demokrativillkor i folkbildningen skärptes. Klimatet hade halkat "
                "ner på dagordningen efter valet 2022."
            ),
            "coalition": (
                "Ett klimatnätverk med ett tjugotal lokalgrupper, en folkhögskola med "
                "hållbarhetsprofil och ett studieförbund som organiserade och rapporterade "
                "cirklarna."
            ),
            "media": (
                "Ingen medietaktik. Studiematerialet hade ett avsnitt om att prata med lokala "
                "medier, och några cirklar skrev debattartiklar i lokaltidningen som uppdrag."
            ),
            "legal": (
                "Inga särskilda rättsliga risker med själva utbildningen. Studieförbundet "
                "krävde att cirkelträffarna inte användes för att planera lagbrott, och det "
                "respekterade vi genom att hålla aktionsplaneringen i lokalgrupperna."
            ),
        },
        "topics": ["climate-justice"],
        "tactics": ["training-of-trainers", "volunteer-pipeline"],
        "audiences": ["new-volunteers", "trainers", "organisers"],
        "bottlenecks": ["retention", "recruitment"],
        "tags": ["folkbildning", "studiecirkel", "folkhögskola", "organisatörer"],
        "signals": [
            {
                "metric": "volunteer_retention",
                "label": "Deltagare som fortfarande var aktiva i en lokalgrupp ett år efter cirkeln",
                "baseline": 30,
                "result": 74,
                "unit": "%",
                "effect": "improved",
                "evidence": (
                    "Vi ringde alla deltagare ett år efter deras cirkel och nådde 97 av 118. "
                    "Jämförelsesiffran kommer från en liknande uppföljning av "
                    "helgutbildningarna 2019–2021."
                ),
                "factors": (
                    "Åtta veckors träffar med samma människor och konkreta uppdrag mellan "
                    "träffarna."
                ),
            },
            {
                "metric": "other",
                "label": "Nya lokalgrupper startade av cirkeldeltagare",
                "baseline": None,
                "result": 6,
                "unit": "lokalgrupper",
                "effect": "improved",
                "evidence": "Nätverkets register över lokalgrupper.",
                "factors": (
                    "Deltagare från orter utan lokalgrupp fick stöd av sin cirkel att starta "
                    "en."
                ),
            },
            {
                "metric": "other",
                "label": "Förortscirklar som fullföljdes, av dem som startade",
                "baseline": 2,
                "result": 0,
                "unit": "cirklar",
                "effect": "worsened",
                "evidence": (
                    "Två cirklar startade; ingen av dem genomförde alla åtta träffarna."
                ),
                "factors": (
                    "Rekryteringen gick via vår kurshelg i stället för via föreningar som redan "
                    "fanns i områdena."
                ),
            },
        ],
        "adapted_from": [],
        "related": [],
        "authors": [
            {
                "name": (
                    "Utbildningsgruppen i ett klimatnätverk, tillsammans med kursansvariga på "
                    "en folkhögskola"
                ),
                "anonymous": False,
            }
        ],
        "funding": (
            "Folkhögskolan finansierade kurshelgerna inom sitt statsbidrag för korta kurser, "
            "studieförbundet stod för cirkelledarutbildningen och studiematerialet, och "
            "nätverket betalade resebidragen med gåvor från medlemmarna."
        ),
        "origin": (
            "Skriven av nätverkets utbildningsgrupp utifrån uppföljningssamtalen, "
            "cirkelledarnas anteckningar och en utvärderingsdag med cirkelledare från alla fyra "
            "terminerna."
        ),
        "sensitivity": "public",
        "anonymised": False,
        "consent_confirmed": True,
    },
]
