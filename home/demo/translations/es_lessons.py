"""Spanish demo lessons: translations of English lessons."""

LESSONS = {}

LESSONS["lower-saxony-climate-camp-spokescouncil"] = {
    "title": "Consenso para 1500 personas: el consejo de portavoces de un campamento climático en Baja Sajonia",
    "summary": (
        "Cómo un campamento climático regional usó grupos de afinidad, portavocías rotativas y "
        "ventanas fijas de decisión para acordar un bloqueo masivo en menos de tres horas, y dónde "
        "el equipo de proceso terminó desbordado igualmente."
    ),
    "problem": (
        "En tres años, nuestro campamento había pasado de unas 400 personas a casi 1500. La vieja "
        "asamblea plenaria tardaba cuatro horas en acordar un plan de acción, hablaban siempre las "
        "mismas veinte voces seguras de sí mismas, y quienes llegaban esa misma mañana sentían que "
        "las decisiones se tomaban sin contar con ellos."
        "\n\n"
        "Planeábamos bloquear el día cuatro la vía férrea que abastece a una central de carbón. Las "
        "decisiones con riesgos legales y físicos reales tenían que tomarlas las personas que iban "
        "a asumir esos riesgos."
    ),
    "activities": [
        {
            "title": "Grupos de afinidad antes de llegar",
            "description": (
                "Todo el mundo se inscribía en un grupo de afinidad de 5 a 15 personas antes de "
                "viajar; quienes venían solos se emparejaban en línea, y para quien quedara suelto "
                "había un barrio de recién llegados."
            ),
            "duration": "seis semanas antes del campamento",
        },
        {
            "title": "Barrios y portavocías rotativas",
            "description": (
                "Los grupos de afinidad se agruparon en 12 barrios, y cada uno enviaba una persona "
                "portavoz que hablaba y otra que escuchaba, con rotación diaria. La portavoz que "
                "escucha solo informa de vuelta a su barrio, y eso acabó con la mayoría de las "
                "discusiones del tipo «eso no es lo que acordamos»."
            ),
            "duration": "cinco días",
        },
        {
            "title": "Ventanas fijas de decisión",
            "description": (
                "El consejo se reunía dos veces al día durante 90 minutos como máximo, y las "
                "propuestas se publicaban tres horas antes. Lo que quedaba sin decidir volvía a los "
                "barrios, nunca a una reunión más larga."
            ),
            "duration": "dos veces al día",
        },
        {
            "title": "Vetos solo por cuestiones de principio",
            "description": (
                "Quien vetaba tenía que nombrar el principio común que estaba en juego; las simples "
                "preferencias se convertían en abstenciones o enmiendas. Los dos vetos planteados "
                "durante el campamento se mantuvieron."
            ),
            "duration": "todo el campamento",
        },
    ],
    "outcomes": (
        "El plan se acordó en menos de tres horas, y unas 1100 personas sostuvieron el bloqueo "
        "durante aproximadamente nueve horas. En la encuesta de evaluación (412 respuestas), el 71 % "
        "dijo que su grupo de afinidad había tenido una influencia real, frente al 38 % del año "
        "anterior."
        "\n\n"
        "El equipo de proceso, de ocho personas, siguió sobrecargado, y para el día cuatro tres "
        "facilitadoras trabajaban casi sin dormir. Un barrio dejó de enviar portavoces sin decir "
        "nada tras una pelea por el turno de cocina, y no nos dimos cuenta hasta el día tres."
    ),
    "what_we_would_change": (
        "Reclutar un segundo equipo de facilitación a partir del día tres y designar a alguien "
        "encargado de notar cuándo un barrio se queda en silencio. Publicar la guía también en "
        "inglés y en turco: varios barrios solo pudieron seguir el proceso gracias a la traducción "
        "susurrada."
    ),
    "context": {
        "political": (
            "Las fechas del cierre del carbón estaban en plena disputa a nivel nacional, y la "
            "policía quería mostrarse firme sin parecer brutal."
        ),
        "coalition": (
            "Una alianza regional por la justicia climática, agricultores de la zona y un grupo "
            "parroquial que cedió el prado pero no participó en el bloqueo."
        ),
        "media": (
            "La cobertura se centró en el día del bloqueo, y un pequeño equipo de prensa solo "
            "difundió los mensajes acordados por el consejo."
        ),
        "legal": (
            "Bloquear una vía férrea puede constituir una infracción administrativa o un delito. "
            "El equipo legal daba una sesión informativa cada noche, y había observadores "
            "acompañando a cada columna."
        ),
    },
    "cautions": [
        {
            "title": "El consenso no es un plan de seguridad",
            "description": (
                "Las decisiones rápidas durante el bloqueo (la policía avanza, alguien sale herido) "
                "deben delegarse de antemano en un pequeño equipo táctico. Nunca intenten alcanzar "
                "un consenso sobre las vías."
            ),
        },
        {
            "title": "Las portavocías se convierten en una nueva élite",
            "description": (
                "Sin rotación diaria, el consejo se llena siempre de las mismas personas con "
                "facilidad de palabra."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personas que participaron el día del bloqueo",
            "unit": "personas",
            "evidence": (
                "Recuentos del equipo de entrada en los puntos de salida de las columnas, con el "
                "mismo método que el año anterior."
            ),
            "factors": (
                "Los grupos de afinidad se formaron antes de llegar, así que la gente vino ya "
                "comprometida."
            ),
        },
        {
            "label": "Tiempo de reunión necesario para acordar el plan de acción",
            "unit": "horas",
            "evidence": "Registros de las facilitadoras, comparando el año anterior con este.",
            "factors": "Propuestas publicadas con antelación y límites de tiempo estrictos.",
        },
    ],
    "funding": (
        "Sin financiación externa: una cuota de participación escalonada según posibilidades y las "
        "donaciones cubrieron los gastos del campamento."
    ),
    "origin": (
        "Escrito por el grupo de trabajo de proceso a partir de sus notas de evaluación y de la "
        "encuesta de valoración del campamento."
    ),
}

LESSONS["small-camp-spokescouncil-misfire-west-sweden"] = {
    "title": "Demasiado pesado para 300 personas: copiar el consejo de portavoces de un gran campamento en el oeste de Suecia",
    "summary": (
        "Tomamos el modelo de consejo de portavoces de un campamento grande y lo aplicamos tal cual "
        "en uno pequeño. Las reuniones se duplicaron, la gente que venía por primera vez se fue, y "
        "aprendimos que el proceso tiene que ajustarse al tamaño del grupo."
    ),
    "problem": (
        "Nuestro campamento, cerca de Gotemburgo, se oponía a una ampliación de la infraestructura "
        "de combustibles fósiles en el puerto. Vinieron unas 300 personas, muchas por primera vez. "
        "Habíamos leído el relato del campamento de Baja Sajonia y lo adoptamos entero: grupos de "
        "afinidad, barrios, portavoces que hablan y portavoces que escuchan, consejos dos veces al "
        "día."
        "\n\n"
        "Nunca nos preguntamos si un campamento de la quinta parte de ese tamaño necesitaba algo "
        "de todo eso."
    ),
    "activities": [
        {
            "title": "Seis barrios para 300 personas",
            "description": (
                "Con tan pocos grupos, el consejo era una asamblea plenaria con pasos de más. Cada "
                "reunión de barrio repasaba los mismos temas que luego el consejo volvía a tratar."
            ),
            "duration": "días uno a tres",
        },
        {
            "title": "Grupos de afinidad por numeración",
            "description": (
                "La mayoría llegó sola o en pareja, así que formamos los grupos al llegar, "
                "contando en voz alta. Entre desconocidos, nadie le daba a su portavoz un mandato "
                "real."
            ),
            "duration": "día uno",
        },
        {
            "title": "Reuniones por partida doble",
            "description": (
                "Las reuniones ocupaban de tres a cuatro horas al día. El grupo de acción "
                "necesitaba respuestas rápidas y empezó a decidir cosas en la carpa de la cocina, "
                "lo que desató una pelea sobre la legitimidad."
            ),
            "duration": "días uno a tres",
        },
        {
            "title": "El cambio del día tres",
            "description": (
                "Pasamos a una sola asamblea diaria de 60 minutos con parejas de facilitación "
                "rotativas, rondas de cinco minutos en grupos pequeños sobre cada propuesta y un "
                "equipo de acción con mandato para las tácticas. Las reuniones se acortaron, pero "
                "el ambiente ya se había enrarecido."
            ),
            "duration": "días tres a seis",
        },
    ],
    "outcomes": (
        "La acción se llevó a cabo: unas 180 personas bloquearon durante seis horas una vía de "
        "acceso al puerto. Pero un tercio de quienes venían por primera vez se fue antes del día "
        "de la acción, el proceso fue la queja principal en la encuesta posterior, y dos grupos "
        "locales dijeron que no volverían a coorganizar a menos que cambiara."
        "\n\n"
        "Los consejos de portavoces no son malos. Importamos una herramienta pensada para un "
        "problema que nosotros no teníamos."
    ),
    "what_we_would_change": (
        "Empezar por el proceso más sencillo que pueda funcionar: una asamblea diaria con "
        "discusión en grupos pequeños y mandatos claros para los grupos de trabajo. Añadir "
        "portavocías solo por encima de unas 150 personas participando activamente. Formar los "
        "grupos de afinidad mediante talleres locales en los meses previos, no en medio de un "
        "prado."
    ),
    "context": {
        "political": (
            "Faltaban pocas semanas para las elecciones generales y los precios de la energía "
            "dominaban el debate, así que la ampliación del puerto se vendió como una cuestión de "
            "seguridad energética."
        ),
        "coalition": (
            "Una red climática regional, dos grupos de protección de la naturaleza y un grupo "
            "juvenil por el clima. Los grupos de conservación no participaron en el bloqueo y las "
            "reuniones les resultaron ajenas."
        ),
        "media": "La prensa local le dedicó al bloqueo unos pocos párrafos.",
        "legal": (
            "A quienes bloquean carreteras normalmente se les desaloja y a veces se les multa, "
            "pero en otros lugares la fiscalía había intentado hacía poco imputar cargos más "
            "graves, lo que volvió cautelosa a la gente que participaba por primera vez."
        ),
    },
    "cautions": [
        {
            "title": "Copiar un proceso al por mayor",
            "description": (
                "Todo modelo lleva implícitos supuestos sobre el tamaño, la experiencia y la "
                "confianza. Pónganlos por escrito antes de adoptarlo."
            ),
        },
        {
            "title": "Decisiones en la carpa de la cocina",
            "description": (
                "Cuando el proceso formal es demasiado lento, el poder informal ocupa el hueco. "
                "Den a los grupos de trabajo mandatos explícitos."
            ),
        },
    ],
    "signals": [
        {
            "label": "Participantes primerizos que seguían en el campamento el día de la acción",
            "unit": "%",
            "evidence": (
                "Lista de inscripción cotejada con el registro del día de la acción; el encuentro "
                "del año pasado, más pequeño, usó el mismo método."
            ),
            "factors": "Reuniones largas y repetitivas en grupos de desconocidos.",
        },
        {
            "label": "Promedio de horas de reunión por participante y día",
            "unit": "horas",
            "evidence": "Registros diarios de las personas facilitadoras.",
            "factors": "Los barrios y el consejo trataban los mismos temas dos veces.",
        },
    ],
    "funding": (
        "Donaciones de participantes y una pequeña subvención de una asociación regional de "
        "educación de personas adultas para los talleres."
    ),
    "origin": (
        "Elaborado a partir de los registros diarios de las personas facilitadoras y de una "
        "encuesta en línea (94 respuestas) realizada un mes después del campamento."
    ),
}

LESSONS["volunteer-ladder-first-contact-to-organiser"] = {
    "title": "Plantilla: una escalera de voluntariado de cinco peldaños con una primera llamada en menos de 48 horas",
    "summary": (
        "Una plantilla para rellenar que ayuda a llevar a las personas inscritas desde el primer "
        "contacto hasta el rol de organizadoras, creada después de que una campaña climática "
        "nacional perdiera casi todas sus inscripciones en línea antes de que nadie hablara con "
        "ellas."
    ),
    "problem": (
        "Tras una gran marcha por el clima teníamos 6000 inscripciones nuevas y ningún plan. Los "
        "grupos locales recibieron las listas semanas después, cuando la gente ya ni se acordaba "
        "de haberse apuntado. Menos del 3 % llegó a venir alguna vez a una reunión."
        "\n\n"
        "Necesitábamos una estructura que cualquier grupo local pudiera poner en marcha sin "
        "personal contratado, con una siguiente petición clara en cada paso."
    ),
    "activities": [
        {
            "title": "Peldaño 1: primer contacto",
            "description": (
                "Guion: «Hola, soy [nombre], de [grupo]. Te apuntaste en [evento]. ¿Qué te animó a "
                "apuntarte?». Escuchar y luego hacer una sola petición: la llamada de bienvenida "
                "del [fecha]. Anotar el resultado (contactada, buzón de voz o número equivocado) y "
                "su motivo."
            ),
            "duration": "en menos de 48 horas",
        },
        {
            "title": "Peldaño 2: llamada de bienvenida",
            "description": (
                "Una videollamada de 45 minutos cada martes con dos personas anfitrionas: la "
                "historia de la campaña, presentaciones en grupos de tres, tres roles concretos y "
                "luego preguntas. Pedir a cada persona que elija un rol y una fecha."
            ),
            "duration": "semanal",
        },
        {
            "title": "Peldaño 3: primera tarea en pareja",
            "description": (
                "Toda primera tarea se hace acompañada: un turno de llamadas, una mesa informativa "
                "o una jornada de puerta a puerta. Campos: compañero o compañera, tarea, fecha, "
                "seguimiento agendado."
            ),
            "duration": "semanas uno a tres",
        },
        {
            "title": "Peldaños 4 y 5: miembro de un equipo y después organizadora",
            "description": (
                "Invitar a la gente a un equipo estable, con una conversación individual después "
                "de su tercera reunión. A partir del tercer mes, pedirles que se encarguen de un "
                "peldaño inferior y ofrecerles la formación de organización de un día."
            ),
            "duration": "a partir del primer mes",
        },
    ],
    "outcomes": (
        "En los 23 grupos que usaron la escalera durante seis meses o más, la proporción de "
        "inscritos que llegaba a una primera reunión pasó de menos del 3 % a cerca del 14 %, y 210 "
        "personas alcanzaron el peldaño 5. Los grupos que se saltaron la llamada de las 48 horas no "
        "mejoraron en nada."
        "\n\n"
        "Las llamadas fueron el cuello de botella, porque al voluntariado le aterraba llamar en "
        "frío. Ayudó que las llamadas las hicieran personas que se habían apuntado de la misma "
        "manera unos meses antes."
    ),
    "what_we_would_change": (
        "Ofrecer un primer contacto por mensaje de texto a quienes nunca contestan números "
        "desconocidos, sobre todo a las personas inscritas más jóvenes. Hacer el seguimiento de la "
        "escalera en una sola herramienta compartida desde el primer día; las hojas de cálculo "
        "separadas ocultaban en qué punto se perdía la gente."
    ),
    "context": {
        "political": (
            "Después de las elecciones había mucha energía buscando dónde canalizarse, y un "
            "proyecto de ley federal sobre el clima le dio a la gente un motivo para quedarse."
        ),
        "coalition": (
            "Dos grupos climáticos de base religiosa usaron la misma escalera y adaptaron la "
            "llamada de bienvenida para sus congregaciones."
        ),
        "media": (
            "No era una táctica de comunicación, pero las personas anfitrionas de la llamada de "
            "bienvenida recibieron formación sobre el mensaje central."
        ),
        "legal": (
            "Estaba permitido enviar mensajes a quienes habían dado su consentimiento. Revisamos "
            "la configuración de consentimiento, porque los mensajes automáticos a personas que "
            "no lo han dado pueden infringir la ley de telecomunicaciones."
        ),
    },
    "cautions": [
        {
            "title": "Las notas de las llamadas son datos personales",
            "description": (
                "Los registros recogen por qué le importa el tema a la gente, como un hijo enfermo "
                "o un empleo perdido. Limiten el acceso, borren las notas pasado un año y nunca "
                "compartan listas sin consentimiento."
            ),
        },
        {
            "title": "Una escalera, no una cinta transportadora",
            "description": "Alguien que está a gusto en el peldaño 3 durante dos años es un éxito.",
        },
    ],
    "signals": [
        {
            "label": "Personas inscritas que vinieron al menos a una reunión",
            "unit": "%",
            "evidence": (
                "Listas de inscripción cotejadas con la asistencia en los 23 grupos, antes y "
                "después."
            ),
            "factors": "Contacto rápido entre pares y una sola petición concreta en cada paso.",
        },
        {
            "label": "Mediana de días entre la inscripción y el primer contacto humano",
            "unit": "días",
            "evidence": "Registros de llamadas en el sistema de seguimiento compartido.",
            "factors": "Las listas iban directamente a las personas que llamaban en cada localidad.",
        },
    ],
    "funding": (
        "El tiempo del personal se pagó con pequeñas donaciones individuales; la herramienta de "
        "llamadas era gratuita para organizaciones sin fines de lucro."
    ),
    "origin": (
        "Redactado a partir de la guía interna de la escalera de la campaña y de seis meses de "
        "datos de seguimiento."
    ),
}

LESSONS["whatsapp-volunteer-pipeline-sao-paulo-flood-brigades"] = {
    "title": "Del grupo de WhatsApp a la brigada de calle: una escalera de voluntariado en la periferia de São Paulo",
    "summary": (
        "Un colectivo climático y de respuesta a inundaciones cambió las llamadas individuales por "
        "notas de voz, una primera tarea de apoyo mutuo y brigadas de calle. La incorporación de "
        "gente se disparó, pero la mayoría de las brigadas se fue apagando cuando pararon las "
        "lluvias."
    ),
    "problem": (
        "Trabajamos en un barrio periférico de la zona sur de São Paulo, donde las inundaciones "
        "golpean con más fuerza y la mayoría de la población es negra y de clase trabajadora. Tras "
        "una inundación a principios de 2022, cientos de personas se sumaron a nuestros grupos de "
        "WhatsApp ofreciendo ayuda, y no teníamos forma de convertir eso en un grupo duradero."
        "\n\n"
        "Una organización aliada nos mandó una escalera de voluntariado de Estados Unidos. Daba "
        "por hecho que había tiempo para videollamadas, saldo para llamar en frío y una persona "
        "contratada con una base de datos."
    ),
    "activities": [
        {
            "title": "Notas de voz en lugar de llamadas",
            "description": (
                "Aquí nadie contesta números desconocidos. En menos de 48 horas, dos voluntarias "
                "mandaban una nota de voz al grupo de bienvenida, pedían a la gente que respondiera "
                "con otra sobre su calle y la invitaban a la actividad del sábado."
            ),
            "duration": "48 horas",
        },
        {
            "title": "El apoyo mutuo como primera tarea",
            "description": (
                "El primer peldaño pasó a ser físico: clasificar donaciones, mapear alcantarillas "
                "tapadas, cocinar en la olla comunitaria. La gente se conocía en persona antes de "
                "cualquier reunión."
            ),
            "duration": "los sábados",
        },
        {
            "title": "Brigadas de calle",
            "description": (
                "Brigadas de cinco a diez personas por calle destapaban alcantarillas, hacían "
                "listas de vecinos mayores para evacuarlos y llevaban las quejas a la "
                "subprefectura."
            ),
            "duration": "de forma continua",
        },
        {
            "title": "Rueda de conversación",
            "description": (
                "Un sábado sí y otro no, una rueda para hablar de por qué las inundaciones golpean "
                "a este barrio y no a los barrios ricos: la tierra, la raza y adónde va el dinero "
                "público."
            ),
            "duration": "cada quince días",
        },
    ],
    "outcomes": (
        "Los grupos de bienvenida llegaron a unas 900 personas, alrededor de 260 vinieron al menos "
        "una vez y se formaron once brigadas."
        "\n\n"
        "La permanencia fracasó. Cuando pararon las lluvias se fue la urgencia, y mucha gente "
        "voluntaria tiene dos trabajos; a fin de año quedaban cuatro brigadas activas. La rueda "
        "mantuvo a unas 25 personas habituales, en su mayoría mujeres, que hoy son nuestro núcleo. "
        "Además, el equipo de un político hizo capturas de pantalla de un grupo de 250 miembros y "
        "las difundió, lo que dejó ver lo expuestos que estaban los números de sus integrantes."
    ),
    "what_we_would_change": (
        "Planificar desde el principio tareas para la temporada seca, como charlas en escuelas y "
        "audiencias sobre el presupuesto. Usar canales solo de avisos para que los miembros no "
        "puedan ver los números de los demás, y llevar las conversaciones de organización en "
        "grupos pequeños."
    ),
    "context": {
        "political": (
            "Se habían recortado los presupuestos de drenaje, y en pleno año electoral todos los "
            "partidos cortejaban al barrio."
        ),
        "coalition": (
            "Una olla comunitaria, dos iglesias evangélicas con espacio y la confianza del barrio, "
            "y un proyecto universitario de mapeo de inundaciones. Las iglesias y la rueda no "
            "siempre estaban de acuerdo sobre cómo hablar de raza."
        ),
        "media": (
            "Los medios comunitarios cubrieron las brigadas; la televisión solo venía durante las "
            "inundaciones y mostraba a la gente del barrio como víctimas."
        ),
        "legal": (
            "La limpieza de alcantarillas se toleraba, pero evitábamos cualquier cosa que la "
            "subprefectura pudiera multar como obra no autorizada."
        ),
    },
    "cautions": [
        {
            "title": "Números de teléfono en grupos grandes",
            "description": (
                "Cada miembro puede ver todos los números. Donde hay amenaza de milicias o de "
                "violencia policial, esa lista es peligrosa."
            ),
        },
        {
            "title": "Ayuda sin política",
            "description": (
                "Si la primera tarea es solo asistencia, habrá gente que solo quiera asistencia. "
                "Lleven el «por qué» a la tarea misma."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personas que participaron en una o más actividades de los sábados",
            "unit": "personas",
            "evidence": (
                "Hojas de registro de la olla comunitaria comparadas con los sábados del año "
                "anterior."
            ),
            "factors": "La urgencia de las inundaciones y una primera tarea sencilla.",
        },
        {
            "label": "Brigadas de calle todavía activas a los diez meses",
            "unit": "brigadas",
            "evidence": "Consulta mensual con el contacto de cada brigada.",
            "factors": "La urgencia se desvaneció con la temporada seca.",
        },
    ],
    "funding": (
        "Pequeñas subvenciones de un fondo brasileño de derechos humanos, además de rifas en el "
        "barrio y una feijoada."
    ),
    "origin": (
        "Recogido en una rueda de conversación con los contactos de las brigadas y transcrito por "
        "una voluntaria."
    ),
}

LESSONS["two-day-legal-observer-course-germany"] = {
    "title": "Un curso de dos días de observación legal para acciones climáticas en el norte de Alemania",
    "summary": (
        "El curso que usa nuestro equipo de apoyo legal para formar a observadoras y observadores "
        "cuyas notas se sostengan ante un tribunal y que se mantengan al margen de la acción."
    ),
    "problem": (
        "En nuestros primeros campamentos, los observadores legales eran amistades de los "
        "participantes, con chalecos llamativos y sin ninguna formación. Sus notas no servían de "
        "nada ante un tribunal: sin horas, sin números de unidad, con opiniones mezcladas con "
        "hechos. Dos observadores fueron detenidos después de meterse en un bloqueo para ayudar a "
        "alguien."
        "\n\n"
        "Necesitábamos observadores a los que un juez creyera, que conocieran los límites de su "
        "papel y que no se quemaran el primer día."
    ),
    "activities": [
        {
            "title": "El papel y sus límites",
            "description": (
                "Para qué sirve la observación (documentar la actuación policial y las "
                "detenciones) y para qué no (no es atención sanitaria, ni negociación, ni "
                "participación en la acción). Dedicamos una hora a lo más difícil: no intervenir "
                "cuando ves algo terrible."
            ),
            "duration": "medio día",
        },
        {
            "title": "Notas que se sostengan",
            "description": (
                "Las personas participantes toman notas a partir de vídeos de acciones anteriores. "
                "Después, un abogado las lee en voz alta como si estuviera en un juicio y pregunta: "
                "¿a qué hora?, ¿qué unidad?, ¿lo viste o lo oíste? El estándar es: hora, lugar, qué "
                "pasó, quién, números de identificación y testigos."
            ),
            "duration": "medio día",
        },
        {
            "title": "Simulacro de campo",
            "description": (
                "Una acción simulada en un parque, con formadores que hacen de policía y de "
                "manifestantes. Los observadores trabajan en parejas, mantienen contacto por radio "
                "y entregan sus notas al final."
            ),
            "duration": "medio día",
        },
        {
            "title": "Después de la acción",
            "description": (
                "Entregar las notas al equipo legal, redactar una declaración limpia en menos de "
                "24 horas, cuidarse. Quienes observan por primera vez siempre hacen su primera "
                "acción con una compañera o compañero con experiencia."
            ),
            "duration": "medio día",
        },
    ],
    "outcomes": (
        "En 18 meses formamos a 96 observadores en seis cursos, y 22 parejas de observación "
        "cubrieron todas las columnas del campamento de 2019. Las declaraciones de los "
        "observadores se usaron en 14 juicios posteriores. En al menos cinco, la sentencia se "
        "apoyó en el registro horario que un observador había hecho de los avisos policiales."
        "\n\n"
        "Seguimos perdiendo gente. Alrededor de un tercio observa una vez y no vuelve, porque el "
        "papel es solitario y puede resultar angustiante."
    ),
    "what_we_would_change": (
        "Añadir una sesión de cierre solo para observadores después de cada acción y un curso de "
        "repaso cada primavera. Reclutar a más personas mayores y estudiantes de Derecho, a "
        "quienes la policía trata de otra manera, para bien y para mal."
    ),
    "context": {
        "political": (
            "Varios estados federados alemanes estaban ampliando las competencias policiales, lo "
            "que hacía todavía más importante una buena documentación."
        ),
        "coalition": (
            "El equipo de apoyo legal del campamento organizó el curso junto con una asociación "
            "regional de abogadas y abogados progresistas."
        ),
        "media": (
            "Mantuvimos a los observadores alejados de los periodistas, porque su credibilidad "
            "depende de no ser portavoces."
        ),
        "legal": (
            "Los observadores no tienen ningún estatus legal especial, y se les pueden exigir sus "
            "notas como prueba."
        ),
    },
    "cautions": [
        {
            "title": "A los observadores también los pueden detener",
            "description": (
                "En Alemania, un chaleco no da ninguna protección legal. Informen a los "
                "observadores sobre sus propios derechos y asegúrense de que el equipo legal tenga "
                "sus datos."
            ),
        },
        {
            "title": "Las notas pueden ser incautadas",
            "description": (
                "Escriban solo lo que leerían en voz alta ante un tribunal, y nunca anoten los "
                "nombres de los participantes."
            ),
        },
    ],
    "signals": [
        {
            "label": "Declaraciones de observadores usadas como prueba en juicios",
            "unit": "declaraciones",
            "evidence": "Registros de casos que lleva el equipo de apoyo legal.",
            "factors": "Notas estructuradas y con horas, redactadas con criterio judicial.",
        },
        {
            "label": "Observadores formados que participaron en más de una acción",
            "unit": "%",
            "evidence": (
                "Registros de los turnos de observación; no teníamos una línea de base anterior."
            ),
            "factors": "El curso ayuda, pero el papel sigue siendo solitario.",
        },
    ],
    "funding": (
        "La asociación de abogados y un fondo de solidaridad del campamento se repartieron los "
        "costes del curso."
    ),
    "origin": (
        "Elaborado por el equipo de apoyo legal a partir de los materiales del curso y de los "
        "resultados de los juicios."
    ),
}

LESSONS["legal-observer-brigades-chile-protest-wave"] = {
    "title": "Ampliar la observación legal durante una ola nacional de protestas en Chile",
    "summary": (
        "Las brigadas de observación pasaron de una docena de personas a cientos en pocas "
        "semanas. Sus registros ayudaron a que los abogados llegaran rápido a las personas "
        "detenidas, pero la estructura no pudo proteger a las observadoras ni sostenerlas en el "
        "tiempo."
    ),
    "problem": (
        "Cuando empezaron las protestas masivas en octubre de 2019, nuestra red de estudiantes de "
        "Derecho y abogados de derechos humanos contaba con una docena de personas que alguna vez "
        "habían observado una protesta. En cuestión de días había marchas diarias en todas las "
        "grandes ciudades, miles de detenciones y muchas lesiones causadas por armas policiales, "
        "incluidas lesiones oculares."
        "\n\n"
        "Nuestro curso era una adaptación de uno alemán, pensado para acciones planificadas con "
        "recorridos conocidos. Aquí no había organizadores, ni recorridos, y había gas "
        "lacrimógeno por todas partes."
    ),
    "activities": [
        {
            "title": "Curso vespertino de tres horas",
            "description": (
                "Redujimos el curso de dos días a tres horas, impartido cada tarde en aulas "
                "universitarias: el papel, las notas, cómo moverse entre el gas lacrimógeno y cómo "
                "registrar detenciones por teléfono."
            ),
            "duration": "primer mes",
        },
        {
            "title": "Brigadas con equipos de salud",
            "description": (
                "Los observadores salían en grupos de cuatro junto con brigadistas de salud "
                "voluntarios, porque las lesiones eran constantes y los observadores necesitaban "
                "tener atención médica al alcance."
            ),
            "duration": "a diario",
        },
        {
            "title": "Seguimiento de detenciones",
            "description": (
                "Un formulario compartido por cada detención (hora, lugar, unidad, lesiones "
                "visibles, comisaría). Abogados voluntarios llevaban la lista a las comisarías y "
                "presentaban recursos de amparo."
            ),
            "duration": "a diario",
        },
        {
            "title": "Recuentos semanales",
            "description": (
                "Recuentos semanales anonimizados de las detenciones y lesiones documentadas, "
                "compartidos con la institución nacional de derechos humanos y con la prensa."
            ),
            "duration": "semanal",
        },
    ],
    "outcomes": (
        "Las brigadas documentaron más de 2300 detenciones en Santiago. A menudo los abogados "
        "lograban llegar a las personas detenidas mientras todavía estaban retenidas."
        "\n\n"
        "No pudimos proteger a los observadores. Varios recibieron impactos de perdigones o de "
        "cartuchos de gas, y algunos fueron detenidos con el chaleco puesto. La calidad de las "
        "notas cayó a medida que crecíamos, y muchas no identificaban la unidad. Para el verano, "
        "más de la mitad de las brigadas lo había dejado por agotamiento, y no teníamos ningún "
        "apoyo psicológico en marcha."
    ),
    "what_we_would_change": (
        "Formar a formadores antes de una crisis, no durante ella. Mantener el curso corto, pero "
        "exigir una segunda salida acompañada de un observador con experiencia. Organizar apoyo "
        "entre pares y contar con psicólogas desde la primera semana."
    ),
    "context": {
        "political": (
            "Las primeras semanas trajeron estado de emergencia y toques de queda. Un acuerdo "
            "posterior para un plebiscito constitucional cambió las protestas, pero no acabó con "
            "la violencia policial."
        ),
        "coalition": (
            "Agrupaciones de estudiantes de Derecho, abogados, brigadas de salud y asambleas "
            "territoriales. Algunas asambleas veían a los observadores neutrales como gente que "
            "no se mojaba."
        ),
        "media": (
            "Los vídeos de violencia policial grabados con teléfonos circulaban más rápido que "
            "nuestros registros, así que nuestro papel pasó a ser verificar más que denunciar."
        ),
        "legal": (
            "Los recursos de amparo eran la herramienta principal. Grabar a la policía era legal, "
            "pero los observadores denunciaron que les quitaban el teléfono y les borraban las "
            "grabaciones."
        ),
    },
    "cautions": [
        {
            "title": "Los chalecos no protegen",
            "description": (
                "A los observadores les dispararon y los detuvieron. Nadie debería observar sin "
                "entender eso."
            ),
        },
        {
            "title": "Las listas de detenciones son sensibles",
            "description": (
                "Los nombres y las lesiones deben quedarse en dispositivos cifrados, y solo deben "
                "publicarse recuentos anonimizados."
            ),
        },
    ],
    "signals": [
        {
            "label": "Observadores formados disponibles",
            "unit": "personas",
            "evidence": "Listas de asistencia a los cursos vespertinos.",
            "factors": "La indignación pública y un curso muy breve.",
        },
        {
            "label": "Brigadas de observación todavía activas",
            "unit": "brigadas",
            "evidence": (
                "Consultas semanales a las brigadas: el pico de noviembre comparado con febrero."
            ),
            "factors": "Lesiones, agotamiento y falta de apoyo psicológico.",
        },
    ],
    "funding": (
        "Al principio, ninguna; más tarde, una fundación de derechos humanos pagó el saldo "
        "telefónico y los insumos de primeros auxilios."
    ),
    "origin": (
        "Escrito un año después a partir de los registros compartidos de la red y de una sesión "
        "de reflexión colectiva."
    ),
}

LESSONS["women-legal-observer-teams-feminist-marches-mexico"] = {
    "title": "Equipos de observación legal de mujeres y personas no binarias en las marchas feministas de la Ciudad de México",
    "summary": (
        "Cómo una colectiva de abogadas feministas desplegó equipos de observación dentro de los "
        "bloques separatistas, con roles fijos, un protocolo ante encapsulamientos y una sesión de "
        "cierre esa misma noche."
    ),
    "problem": (
        "En las marchas del 8 de marzo y del 25 de noviembre, la policía encapsulaba cada vez más "
        "a grupos de manifestantes, a menudo a los bloques más radicales, y los retenía durante "
        "horas. Los observadores hombres de los organismos de derechos humanos no pueden entrar en "
        "los contingentes separatistas, así que nadie estaba siendo testigo desde dentro."
        "\n\n"
        "Tomamos el curso corto y el acompañamiento médico de las brigadas chilenas, y nos "
        "tomamos en serio su advertencia sobre el desgaste."
    ),
    "activities": [
        {
            "title": "Reclutar dentro del movimiento",
            "description": (
                "Las observadoras son mujeres y personas no binarias que ya cuentan con la "
                "confianza de las colectivas feministas, y se forman en los propios espacios de "
                "esas colectivas."
            ),
            "duration": "de forma continua",
        },
        {
            "title": "Tres horas más una marcha de acompañamiento",
            "description": (
                "El curso chileno de tres horas, seguido de una marcha acompañando a una "
                "observadora con experiencia antes de que nadie observe por su cuenta."
            ),
            "duration": "un mes",
        },
        {
            "title": "Equipos de cinco con roles fijos",
            "description": (
                "Dos personas que toman notas, una que graba solo a la policía (nunca la cara de "
                "las manifestantes), una de atención médica y una mensajera conectada con la línea "
                "de emergencia."
            ),
            "duration": "en cada marcha",
        },
        {
            "title": "Protocolo ante encapsulamientos",
            "description": (
                "Anotar la hora y las unidades, contar a las personas que quedan dentro, preguntar "
                "si hay alguien herido o menor de edad, avisar a la línea de emergencia y quedarse "
                "en el borde para presenciar la liberación. La línea de emergencia llama a las "
                "abogadas y a la comisión de derechos humanos de la ciudad."
            ),
            "duration": "en cada marcha",
        },
        {
            "title": "Sesión de cierre la misma noche",
            "description": (
                "Cada equipo se reúne una hora esa noche, con una psicóloga de una colectiva "
                "aliada."
            ),
            "duration": "en cada marcha",
        },
    ],
    "outcomes": (
        "A lo largo de cinco marchas llegamos a desplegar hasta 30 equipos, y en todos los "
        "encapsulamientos que registramos hubo una observadora en el borde. El tiempo medio de "
        "retención bajó de más de cuatro horas a menos de dos. Creemos que en parte fue porque las "
        "abogadas y el personal de la comisión de derechos humanos llegaban antes. Presentamos 37 "
        "quejas; cuatro terminaron en recomendaciones formales y ninguna en sanciones."
        "\n\n"
        "Algunos bloques radicales desconfiaban de cualquiera que grabara, aunque solo se grabara "
        "a la policía. Ahora lo negociamos con ellos antes de cada marcha."
    ),
    "what_we_would_change": (
        "Acordar de antemano con cada bloque quién marcha con él y qué se graba. Reclutar "
        "deliberadamente a mujeres trans, porque al principio el reclutamiento llegó sobre todo a "
        "mujeres cis de colectivas jurídicas."
    ),
    "context": {
        "political": (
            "Políticos de alto nivel menospreciaron las marchas una y otra vez, y las autoridades "
            "presentaban los encapsulamientos como una forma de proteger a la multitud."
        ),
        "coalition": (
            "Colectivas de abogadas feministas, madres de víctimas de feminicidio, una colectiva "
            "de psicólogas y grupos estudiantiles."
        ),
        "media": (
            "La cobertura se centraba en los vidrios rotos y los monumentos pintados, y nuestros "
            "registros de encapsulamientos les dieron a los periodistas una segunda historia."
        ),
        "legal": (
            "La protesta está protegida por la Constitución y el encapsulamiento no tiene una base "
            "legal clara, pero aun así a las observadoras se les puede acusar de obstrucción."
        ),
    },
    "cautions": [
        {
            "title": "Grabar puede exponer a las manifestantes",
            "description": (
                "Graben solo a la policía, y revisen el material antes de compartirlo con nadie."
            ),
        },
        {
            "title": "Las quejas rara vez traen sanciones",
            "description": (
                "Sean honestas: los principales logros son el registro y que las liberaciones "
                "sean más rápidas."
            ),
        },
    ],
    "signals": [
        {
            "label": "Promedio de horas de retención en un encapsulamiento",
            "unit": "horas",
            "evidence": "Registros de las observadoras de 2021 comparados con los de 2022 y 2023.",
            "factors": (
                "Testigos en el borde y llegada más rápida de las abogadas y del personal de la "
                "comisión de derechos humanos."
            ),
        },
        {
            "label": "Quejas que terminaron en una recomendación formal",
            "unit": "quejas",
            "evidence": (
                "Expedientes de la comisión de derechos humanos sobre nuestras 37 quejas."
            ),
            "factors": "Notas detalladas; no hubo sanciones.",
        },
    ],
    "funding": (
        "Sin financiación externa: las abogadas trabajaron como voluntarias y un fondo feminista "
        "pagó los botiquines de primeros auxilios y el saldo telefónico."
    ),
    "origin": (
        "Redactado por las coordinadoras de la colectiva y revisado por dos equipos que "
        "observaron en 2023."
    ),
}

LESSONS["tenant-door-knock-script-rent-strike-readiness"] = {
    "title": "Plantilla: un guion de puerta a puerta y una prueba de preparación antes de cualquier huelga de alquileres",
    "summary": (
        "Un guion de puerta a puerta, una tarjeta de compromiso y una prueba de preparación en "
        "tres partes, adaptados a partir de la huelga fallida de una sección de Madrid. Logramos "
        "reparaciones y una subida de alquiler menor sin llegar nunca a la huelga."
    ),
    "problem": (
        "Los inquilinos de un edificio de 180 viviendas, propiedad de una empresa de vivienda "
        "construida para alquilar, se enfrentaban a una subida del 7 % y a años de quejas sin "
        "respuesta por la humedad y el moho. Había quien quería ir a la huelga de inmediato. "
        "Habíamos leído el relato de la sección de Madrid sobre su huelga hecha en minoría y no "
        "queríamos repetirlo."
    ),
    "activities": [
        {
            "title": "Mapear el edificio",
            "description": (
                "Cada vivienda, la fecha de fin de su contrato, con quién hemos hablado y los "
                "riesgos que pueda haber (atrasos en el pago, situación migratoria, discapacidad). "
                "Lo llevan en papel dos personas."
            ),
            "duration": "primer mes",
        },
        {
            "title": "Guion de puerta a puerta",
            "description": (
                "«Hola, soy [nombre], del piso [número]. Estamos hablando con todos los vecinos "
                "sobre la humedad y la subida del alquiler. ¿Cómo lo están viviendo ustedes?». "
                "Escuchar durante cinco minutos y luego preguntar: «¿Firmarían una tarjeta que "
                "diga que actuarán junto con sus vecinos si la mayoría estamos de acuerdo?». Nunca "
                "pedir un compromiso de huelga en la primera visita."
            ),
            "duration": "de forma continua",
        },
        {
            "title": "Prueba de preparación",
            "description": (
                "Antes de cualquier votación de huelga: dos tercios de los hogares han firmado, "
                "cada planta tiene un contacto y ya hemos ganado al menos una acción colectiva más "
                "pequeña."
            ),
            "duration": "revisada cada mes",
        },
        {
            "title": "Escaladas más pequeñas",
            "description": (
                "Solicitudes conjuntas de reparación con fotos, una delegación ante la empresa, "
                "una petición a los concejales del distrito y una denuncia por humedad ante el "
                "servicio municipal de salud ambiental."
            ),
            "duration": "meses dos a nueve",
        },
        {
            "title": "Votación secreta de todos los hogares",
            "description": (
                "Si se supera la prueba, votan todos los hogares, no una asamblea."
            ),
            "duration": "no fue necesaria",
        },
    ],
    "outcomes": (
        "En diez meses llamamos a cada puerta al menos tres veces, y 131 de los 180 hogares "
        "firmaron la tarjeta de compromiso. Cumplíamos dos de las tres condiciones cuando la "
        "empresa aceptó un programa de reparaciones y redujo la subida al 3 %. Nunca llegamos a "
        "la huelga."
        "\n\n"
        "No podemos saber si la empresa habría cedido de todos modos. Ese invierno, una "
        "inspección y la indignación nacional por la muerte de un niño a causa del moho "
        "presionaron a todos los caseros."
    ),
    "what_we_would_change": (
        "Mapear los idiomas desde el principio. Alrededor de una quinta parte de los hogares "
        "habla polaco, urdu o árabe en casa, y nuestras primeras visitas, solo en inglés, llegaron "
        "únicamente a quienes ya se sentían seguros."
    ),
    "context": {
        "political": (
            "Una crisis del coste de la vida, con un tope a los alquileres de la vivienda social "
            "pero ninguno para quienes alquilan en el mercado privado."
        ),
        "coalition": (
            "Nuestra sección del sindicato de inquilinos, una mezquita del barrio que acogió las "
            "reuniones y los concejales del distrito."
        ),
        "media": (
            "Nos mantuvimos fuera de los medios hasta la victoria, para que la empresa pudiera "
            "llegar a un acuerdo sin ruido."
        ),
        "legal": (
            "En Inglaterra todavía eran legales los desalojos sin causa justificada, y por eso lo "
            "primero que mapeamos fueron las fechas de fin de contrato."
        ),
    },
    "cautions": [
        {
            "title": "Un compromiso no es una huelga",
            "description": (
                "Firmar una tarjeta es fácil. Pongan a prueba el compromiso con acciones más "
                "pequeñas antes de pedirle a la gente que arriesgue su casa."
            ),
        },
        {
            "title": "El mapa es sensible",
            "description": (
                "En malas manos, las fechas de fin de contrato y los riesgos migratorios le sirven "
                "al casero. Guarden el mapa en papel."
            ),
        },
    ],
    "signals": [
        {
            "label": "Hogares que firmaron la tarjeta de compromiso",
            "unit": "hogares",
            "evidence": "Tarjetas de compromiso contadas y cotejadas con el mapa del edificio.",
            "factors": "Visitas repetidas y escuchar primero.",
        },
        {
            "label": "Subida anual del alquiler",
            "unit": "%",
            "evidence": "La carta de la empresa a todos los inquilinos.",
            "factors": (
                "La presión colectiva más un escándalo nacional por el moho; no podemos separar "
                "una cosa de la otra."
            ),
        },
    ],
    "funding": (
        "Las cuotas de la sección; el fondo regional del sindicato pagó la impresión."
    ),
    "origin": (
        "Escrito por el comité del edificio a partir de los registros del puerta a puerta y de "
        "las actas de las reuniones."
    ),
}

LESSONS["care-rota-feminist-climate-camp"] = {
    "title": "Un cuadrante de cuidados para un campamento de acción climática: nombrar el trabajo invisible antes de que recaiga en las mismas personas",
    "summary": (
        "Nuestra colectiva feminista por el clima convirtió el trabajo invisible de un campamento "
        "de cinco días (cocinar, limpiar, consolar, cuidar a niñas y niños, apoyar a personas "
        "detenidas) en un cuadrante de turnos visible con un tope de horas, y el equipo central "
        "terminó el campamento sin que nadie se derrumbara."
    ),
    "problem": (
        "En nuestro campamento anterior, ocho personas del núcleo, casi todas mujeres, cocinaron, "
        "limpiaron, calmaron a la gente después del encapsulamiento policial y llamaron a padres "
        "y madres preocupados, mientras que sobre todo hombres planificaban las acciones y daban "
        "entrevistas. Tres de esas ocho lo dejaron antes de un mes."
        "\n\n"
        "Nada de ese trabajo figuraba en ningún plan, así que nadie lo vio hasta que faltó."
    ),
    "activities": [
        {
            "title": "Inventariar el trabajo invisible",
            "description": (
                "Hicimos una lista de todas las tareas del último campamento, incluidas las que "
                "nadie llama trabajo: consolar, objetos perdidos, esperar fuera de la comisaría, "
                "la guardia nocturna."
            ),
            "duration": "una tarde",
        },
        {
            "title": "Convertirlo en turnos",
            "description": (
                "Las tareas se convirtieron en turnos de tres horas. Para inscribirse, cada "
                "participante tenía que elegir dos turnos. La plantilla tiene columnas para la "
                "tarea, el turno, el nombre, la persona suplente y un total diario de horas que no "
                "puede pasar de seis para nadie, planificación incluida."
            ),
            "duration": "dos semanas",
        },
        {
            "title": "Un equipo de cuidados con autoridad real",
            "description": (
                "Cada turno tenía una persona responsable de cuidados, distinta del equipo de "
                "acción, que podía mandar a descansar a cualquiera, incluidas las personas del "
                "núcleo."
            ),
            "duration": "semana del campamento",
        },
        {
            "title": "Ronda diaria y una señal de alto",
            "description": (
                "Veinte minutos cada mañana por grupo de afinidad, con una señal acordada que "
                "cualquiera podía usar para decir «estoy al límite» sin dar explicaciones."
            ),
            "duration": "semana del campamento",
        },
        {
            "title": "Evaluación con las horas sobre la mesa",
            "description": (
                "Comparamos el recuento de horas por persona y por género antes de hablar de las "
                "acciones."
            ),
            "duration": "una tarde",
        },
    ],
    "outcomes": (
        "Vinieron unas 310 personas y se cubrió el 96 % de los turnos. La jornada más larga de "
        "cualquier persona del núcleo bajó de unas catorce horas a ocho. Las nueve personas del "
        "núcleo siguieron un año más. Los hombres cubrieron el 52 % de los turnos de cocina y "
        "limpieza, frente a aproximadamente una quinta parte antes."
        "\n\n"
        "La planificación de las acciones siguió dominada por hombres con experiencia, y a "
        "algunas participantes el cuadrante les pareció burocrático. El último día hubo unos "
        "pocos turnos a los que no se presentó nadie."
    ),
    "what_we_would_change": (
        "La próxima vez aplicaríamos la misma lógica de turnos a la planificación de acciones y a "
        "los roles de prensa, no solo al trabajo de cuidados, para que también roten las tareas "
        "visibles."
    ),
    "context": {
        "political": (
            "Un gobierno nacional que daba marcha atrás en sus objetivos climáticos le dio al "
            "campamento un blanco claro e impulso."
        ),
        "coalition": (
            "Grupos juveniles por el clima coorganizaron el campamento; nosotras nos encargamos "
            "de los cuidados y la logística."
        ),
        "media": (
            "Los medios se centraron en el bloqueo del puerto; el trabajo de cuidados nunca se "
            "mencionó, como esperábamos."
        ),
        "legal": (
            "El campamento tenía un permiso municipal; el bloqueo no, y el apoyo a las personas "
            "detenidas formaba parte del cuadrante."
        ),
    },
    "cautions": [
        {
            "title": "Un cuadrante no es un cambio de cultura",
            "description": (
                "Redistribuye las tareas, no a quién se escucha. Acompáñenlo de una facilitación "
                "que reparta la palabra."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personas del núcleo todavía activas seis meses después del campamento",
            "unit": "personas",
            "evidence": (
                "Línea de base: cinco de ocho tras el campamento anterior. Resultado: nueve de "
                "nueve."
            ),
            "factors": (
                "Horas con tope y una responsable de cuidados que podía imponer el descanso, "
                "incluso a las personas del núcleo."
            ),
        },
        {
            "label": "Proporción de turnos de cocina y limpieza cubiertos por hombres",
            "unit": "%",
            "evidence": (
                "Contado a partir de las hojas de turnos completadas; la línea de base es nuestra "
                "estimación del año anterior."
            ),
            "factors": (
                "Los turnos se elegían al inscribirse, antes de que la gente se acomodara en sus "
                "roles de siempre."
            ),
        },
    ],
    "funding": (
        "Sin financiación externa: las cuotas del campamento, escalonadas según posibilidades, "
        "cubrieron la comida y la impresión del cuadrante."
    ),
    "origin": (
        "Escrito por el grupo de trabajo de cuidados a partir de las hojas de turnos y de la "
        "evaluación posterior al campamento."
    ),
}

LESSONS["rotating-roles-climate-coalition"] = {
    "title": "Rotar la coordinación de una coalición climática nacional para romper con el problema de «siempre las mismas personas»",
    "summary": (
        "Una coalición climática convirtió el cuadrante de cuidados de un campamento en roles de "
        "coordinación rotativos, en parejas y por tiempo limitado, con métodos de asamblea "
        "feministas. La carga se repartió y más mujeres pasaron a ser portavoces, pero las "
        "decisiones se hicieron más lentas y dos grupos se fueron."
    ),
    "problem": (
        "Nuestra coalición, de unos treinta grupos, la dirigían en la práctica cinco personas, "
        "sobre todo hombres de la capital, que además daban todas las entrevistas. Las mujeres "
        "hacían las actas y la logística. Los grupos de provincias se sentían como público, y dos "
        "de esas cinco personas estaban al borde del colapso."
    ),
    "activities": [
        {
            "title": "Mapear todo el trabajo de coordinación, incluida la parte invisible",
            "description": (
                "A lo largo de dos asambleas hicimos una lista de todas las tareas, tomando "
                "prestado el método de inventario del cuadrante de cuidados de un campamento: "
                "actas, perseguir respuestas, llamar a miembros molestos, reservar salas, prensa."
            ),
            "duration": "un mes",
        },
        {
            "title": "Roles en pareja que rotan cada cuatro meses",
            "description": (
                "Cada rol lo asumía una pareja: una persona con experiencia y otra nueva, con "
                "paridad de género y al menos una persona de fuera de la capital en cada pareja."
            ),
            "duration": "un año",
        },
        {
            "title": "Métodos de asamblea feministas",
            "description": (
                "Turnos de palabra alternados por género, límites de tiempo y una regla según la "
                "cual quien aún no ha hablado va primero, tomados de las tradiciones asamblearias "
                "del movimiento feminista."
            ),
            "duration": "en cada asamblea",
        },
        {
            "title": "Notas de traspaso y acompañamiento",
            "description": (
                "Dos semanas de solapamiento y un traspaso por escrito en cada rotación."
            ),
            "duration": "dos semanas por rotación",
        },
        {
            "title": "Revisión al cabo de un año",
            "description": (
                "Una asamblea abierta y una breve encuesta a todos los grupos miembros."
            ),
            "duration": "un mes",
        },
    ],
    "outcomes": (
        "Treinta y una personas ocuparon roles de coordinación durante el año, frente a cinco "
        "antes. Las mujeres y las personas no binarias protagonizaron alrededor del 60 % de las "
        "apariciones en medios, frente a aproximadamente el 15 %. Nadie que ocupara un rol "
        "reportó el agotamiento del periodo anterior."
        "\n\n"
        "Pero las decisiones se hicieron más lentas. Cuando se aprobaron los permisos de "
        "exploración petrolera en alta mar, nuestro comunicado salió nueve días después, mucho "
        "después de que la noticia hubiera pasado. Dos grupos se fueron y describieron el proceso "
        "como interminable."
    ),
    "what_we_would_change": (
        "Mantendríamos la rotación, pero crearíamos una pequeña pareja de respuesta rápida con un "
        "mandato claro para pronunciarse en menos de 48 horas y que rinda cuentas ante la "
        "siguiente asamblea."
    ),
    "context": {
        "political": (
            "La crisis económica hacía que el gobierno viera con buenos ojos los proyectos "
            "extractivos como fuente de divisas."
        ),
        "coalition": (
            "Los grupos miembros iban desde asambleas de barrio hasta ONG nacionales con personal "
            "contratado."
        ),
        "media": (
            "Los medios nacionales preferían las caras conocidas; las nuevas portavoces "
            "necesitaron preparación y perseverancia."
        ),
        "legal": (
            "La coordinación en sí no suponía ningún riesgo legal particular; algunos grupos "
            "miembros enfrentaban cargos por protestar."
        ),
    },
    "cautions": [
        {
            "title": "El proceso puede comerse la rapidez",
            "description": (
                "Compartir el poder requiere una vía rápida para las decisiones urgentes; si no, "
                "se pierde el momento."
            ),
        },
    ],
    "signals": [
        {
            "label": "Personas que ocuparon roles de coordinación durante el año",
            "unit": "personas",
            "evidence": "Registro de roles que lleva la pareja de secretaría.",
            "factors": (
                "Los roles en pareja y por tiempo limitado hacían más fácil decir que sí."
            ),
        },
        {
            "label": "Proporción de apariciones en medios de portavoces mujeres y no binarias",
            "unit": "%",
            "evidence": (
                "Recuento de entrevistas y actos de prensa registrados por la pareja de medios."
            ),
            "factors": (
                "Regla de paridad en el rol de medios y preparación antes de cada entrevista."
            ),
        },
        {
            "label": "Días entre un acontecimiento importante y un comunicado de la coalición",
            "unit": "días",
            "evidence": (
                "Fechas de los comunicados comparadas con las fechas de los acontecimientos."
            ),
            "factors": (
                "Cada comunicado pasaba por una asamblea plenaria; nadie tenía mandato para "
                "actuar con rapidez."
            ),
        },
    ],
    "funding": (
        "Sin financiación externa para la coordinación; los grupos miembros cubrían los viajes a "
        "las asambleas."
    ),
    "origin": (
        "Redactado a partir de la asamblea de revisión al cabo de un año y de una encuesta a los "
        "grupos miembros."
    ),
}

LESSONS["die-in-critique-anti-racist-review"] = {
    "title": "Después de que nuestro die-in de «refugiados climáticos» nos saliera mal: un taller para revisar acciones creativas",
    "summary": (
        "Nuestro grupo climático organizó un die-in en el que activistas, en su mayoría blancos, "
        "representaban a «refugiados climáticos» ahogados. Grupos de jóvenes de la diáspora lo "
        "denunciaron, la polémica se convirtió en la noticia y perdimos a una organización aliada "
        "de la coalición. Este es el taller de revisión que construimos después."
    ),
    "problem": (
        "Seis personas planificamos la acción en diez días. Nadie en el grupo de planificación "
        "había migrado ni tenía familiares que lo hubieran hecho. Nos tumbamos en la plaza "
        "envueltos en mantas térmicas, con carteles sobre personas que huían de inundaciones y "
        "sequías. Las fotografías eran impactantes."
        "\n\n"
        "Dos días después, grupos de jóvenes de la diáspora publicaron una carta abierta: "
        "habíamos usado las historias de sus familias como disfraz, sin preguntarle a nadie. "
        "Nuestra primera respuesta fue defensiva, y eso lo empeoró."
    ),
    "activities": [
        {
            "title": "Dejar de defendernos y escuchar",
            "description": (
                "Pedimos reunirnos con los grupos que escribieron la carta, en sus términos, y no "
                "les pedimos que nos ayudaran a arreglar nada."
            ),
            "duration": "dos semanas",
        },
        {
            "title": "Pedir perdón como es debido",
            "description": (
                "Una disculpa pública que nombraba lo que hicimos mal, acordada con ellos antes de "
                "publicarla."
            ),
            "duration": "una semana",
        },
        {
            "title": "Construir un taller de revisión de 90 minutos",
            "description": (
                "Cinco preguntas para cualquier acción creativa: a quién se representa, quién lo "
                "decidió, quién se beneficia, quién dio su consentimiento y quién carga con el "
                "riesgo ese día. Además, una breve lista de señales de alarma, como disfraces que "
                "representan a un grupo que no está presente en la planificación."
            ),
            "duration": "un mes",
        },
        {
            "title": "Hacerlo con cada grupo de acción",
            "description": (
                "Los grupos locales reservaban el taller antes de planificar cualquier acción "
                "teatral o de imagen. Formamos a seis facilitadoras para impartirlo."
            ),
            "duration": "seis meses",
        },
        {
            "title": "Pagar por el asesoramiento",
            "description": (
                "Una partida en cada presupuesto de acción para pagar a las comunidades afectadas "
                "por la consulta, en lugar de pedirles trabajo gratuito."
            ),
            "duration": "de forma continua",
        },
    ],
    "outcomes": (
        "La acción tuvo más cobertura que cualquier otra cosa que hubiéramos hecho, unos 34 "
        "artículos, pero la mayoría trataba de la polémica. Una red de jóvenes migrantes dejó "
        "nuestra coalición y no ha vuelto. Las nuevas inscripciones cayeron durante unos meses."
        "\n\n"
        "Impartimos el taller catorce veces. Dos acciones posteriores se codiseñaron desde el "
        "principio con grupos de la diáspora y fueron bien recibidas. No podemos demostrar que el "
        "taller haya evitado otros errores; solo que ahora los grupos se hacen esas preguntas."
    ),
    "what_we_would_change": (
        "El taller debería haber existido antes de la acción. También estableceríamos como regla "
        "que no se puede representar a nadie en una acción a menos que esté en la sala "
        "decidiéndola."
    ),
    "context": {
        "political": (
            "El clima ocupaba un lugar destacado en la agenda, mientras que los debates sobre "
            "migración eran duros y a menudo racistas."
        ),
        "coalition": (
            "Nuestra coalición incluía grupos de jóvenes migrantes y de la diáspora que llevaban "
            "tiempo advirtiendo de que se les usaba como símbolos."
        ),
        "media": (
            "A los editores les encantaron las imágenes; las noticias posteriores trataban de "
            "activistas climáticos y racismo."
        ),
        "legal": (
            "El die-in fue una manifestación legal y comunicada a las autoridades; no hubo "
            "consecuencias legales."
        ),
    },
    "cautions": [
        {
            "title": "No le encarguen la reparación a la gente a la que hicieron daño",
            "description": (
                "Pregunten qué necesitan, hagan ustedes el trabajo y paguen por cualquier "
                "asesoramiento que reciban."
            ),
        },
        {
            "title": "Una lista de verificación no es una relación",
            "description": (
                "El taller ayuda, pero la confianza nace de alianzas a largo plazo, no de "
                "formularios."
            ),
        },
    ],
    "signals": [
        {
            "label": "Artículos sobre la acción, la mayoría sobre la polémica",
            "unit": "artículos",
            "evidence": (
                "Seguimiento de medios durante las tres semanas posteriores a la acción, "
                "clasificado por tono."
            ),
            "factors": (
                "Imágenes sin el consentimiento de las comunidades representadas y, después, una "
                "primera respuesta defensiva."
            ),
        },
        {
            "label": "Grupos miembros de la coalición",
            "unit": "grupos",
            "evidence": "Lista de miembros de la coalición.",
            "factors": "Una red de jóvenes migrantes se retiró después de la acción.",
        },
    ],
    "funding": (
        "Sin financiación externa: el taller lo impartieron voluntarias, y los honorarios de las "
        "consultas salieron de las donaciones de los miembros."
    ),
    "origin": (
        "Escrito por el grupo de planificación y revisado después por dos organizadores jóvenes "
        "de la diáspora, a quienes se les pagó por su tiempo."
    ),
}

LESSONS["mutual-aid-medicine-exchange"] = {
    "title": "Un intercambio vecinal de medicamentos durante el derrumbe de la moneda",
    "summary": (
        "Cuando las farmacias se quedaron vacías, el vecindario montó un intercambio que hacía "
        "llegar los medicamentos donados a quienes los necesitaban, revisados por farmacéuticas "
        "voluntarias, y lo extendió a las trabajadoras domésticas migrantes que se habían quedado "
        "sin empleadores o sin papeles."
    ),
    "problem": (
        "A medida que se derrumbaba la moneda, los medicamentos para la presión arterial, la "
        "diabetes y la epilepsia desaparecieron de las farmacias o se volvieron inasequibles. La "
        "gente acaparaba lo que tenía. Las trabajadoras domésticas migrantes, algunas abandonadas "
        "por empleadores que se quedaron con sus pasaportes, no tenían a quién acudir."
    ),
    "activities": [
        {
            "title": "Fijar normas de seguridad con farmacéuticas",
            "description": (
                "Solo medicamentos precintados y sin caducar; una farmacéutica voluntaria revisa "
                "cada artículo; nada que requiera receta controlada. Trabajamos a través de un "
                "dispensario registrado para cumplir la normativa."
            ),
            "duration": "dos semanas",
        },
        {
            "title": "Abrir puntos de entrega en los que la gente confíe",
            "description": (
                "Una panadería y un salón comunitario, cada uno abierto tres tardes por semana."
            ),
            "duration": "diez meses",
        },
        {
            "title": "Emparejar solicitudes primero en papel",
            "description": (
                "Un libro de registro en papel en cada punto y una sola hoja de cálculo "
                "compartida, solo con iniciales. La farmacéutica de turno emparejaba las "
                "solicitudes."
            ),
            "duration": "diez meses",
        },
        {
            "title": "Llegar a las trabajadoras migrantes a través de sus propias redes",
            "description": (
                "Organizadoras comunitarias entre las trabajadoras domésticas transmitían las "
                "solicitudes en sus idiomas, para que las mujeres sin papeles no tuvieran que ir "
                "a un punto de entrega público."
            ),
            "duration": "ocho meses",
        },
        {
            "title": "Convertir a quienes reciben ayuda en voluntarias",
            "description": (
                "A cualquiera que recibía ayuda se le invitaba, sin presionar nunca, a hacer un "
                "turno al mes."
            ),
            "duration": "de forma continua",
        },
    ],
    "outcomes": (
        "En diez meses llegaron unas 1400 solicitudes y se atendieron alrededor de 980. La "
        "principal fuente fueron los paquetes que enviaban familiares desde el extranjero. Las "
        "farmacéuticas detectaron un lote de pastillas falsificadas antes de que se repartiera."
        "\n\n"
        "El voluntariado pasó de unas sesenta personas en el momento de mayor actividad a 25, "
        "muchas de ellas porque emigraron. El intercambio cerró cuando mejoró el abastecimiento y "
        "las voluntarias que quedaban estaban agotadas."
    ),
    "what_we_would_change": (
        "Planificaríamos el cierre desde el principio: quién hereda los contactos y cómo se "
        "deriva a las personas con enfermedades crónicas cuando el intercambio cierra."
    ),
    "context": {
        "political": (
            "El Estado estaba ausente; los partidos y los grupos religiosos ofrecían ayuda a sus "
            "propias comunidades."
        ),
        "coalition": (
            "Vecinas y vecinos, farmacéuticas voluntarias, un salón parroquial y organizadoras "
            "comunitarias de las trabajadoras domésticas."
        ),
        "media": (
            "Evitamos la cobertura mediática para que los puntos de entrega no se vieran "
            "desbordados ni se convirtieran en blanco de ataques."
        ),
        "legal": (
            "La distribución de medicamentos está regulada; trabajar con un dispensario "
            "registrado nos mantuvo dentro de la ley."
        ),
    },
    "cautions": [
        {
            "title": "Seguridad de los medicamentos",
            "description": (
                "Sin una farmacéutica que revise cada artículo, un intercambio puede hacer "
                "circular medicamentos caducados o falsificados."
            ),
        },
        {
            "title": "Datos sobre personas indocumentadas",
            "description": (
                "No guarden nombres ni direcciones de trabajadoras sin papeles. Bastan las "
                "iniciales y una persona de contacto."
            ),
        },
    ],
    "signals": [
        {
            "label": "Solicitudes de medicamentos atendidas",
            "unit": "solicitudes",
            "evidence": (
                "Libros de registro en papel de los dos puntos de entrega, sumados cada mes."
            ),
            "factors": "Los paquetes de la diáspora y puntos de entrega de confianza.",
        },
        {
            "label": "Voluntarias y voluntarios activos",
            "unit": "personas",
            "evidence": "Cuadrante de turnos a principios de cada mes.",
            "factors": (
                "La emigración, el agotamiento y las propias dificultades económicas de las "
                "personas voluntarias."
            ),
        },
    ],
    "funding": (
        "Sin financiación externa: los medicamentos procedían de donaciones, sobre todo de "
        "familiares en el extranjero."
    ),
    "origin": (
        "Escrito por dos coordinadoras tras el cierre, a partir de los libros de registro y de un "
        "último encuentro del voluntariado."
    ),
}

ORIGINAL_LESSONS = []
