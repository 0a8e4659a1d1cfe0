"""Spanish demo content: pages, taxonomy and glossary."""

PAGES = {
    "HomePage": {
        "title": "Praxis",
        "intro": (
            "Lecciones de los movimientos, escritas por quienes hicieron el "
            "trabajo: qué intentaron, qué pasó y qué cambiarían."
        ),
    },
    "LessonIndexPage": {
        "title": "Biblioteca de lecciones",
        "intro": (
            "Cada lección desglosa el problema, lo que hizo el grupo, lo que pasó "
            "y a qué hay que prestar atención, con notas sobre el contexto para "
            "que puedas valorar si funcionaría donde estás. Los tropiezos también "
            "están aquí."
        ),
    },
    "ResourceIndexPage": {
        "title": "Recursos",
        "intro": (
            "Guías, plantillas, informes y películas que a los movimientos les "
            "han resultado útiles, en colecciones por tema."
        ),
    },
    "LearningPathIndexPage": {
        "title": "Itinerarios de aprendizaje",
        "intro": (
            "Recorridos por la biblioteca que compañeras y compañeros han "
            "preparado para que un grupo los trabaje a lo largo de unas pocas "
            "sesiones."
        ),
    },
    "GlossaryPage": {
        "title": "Glosario",
        "intro": "Las palabras que usan quienes organizan, explicadas con sencillez.",
    },
    "MovementIndexPage": {
        "title": "Movimientos",
        "intro": (
            "Los movimientos y organizaciones que comparten aquí sus lecciones: "
            "en qué trabajan, dónde, en qué idiomas y qué campañas impulsan."
        ),
    },
    "GetInvolvedPage": {
        "title": "Participa",
        "intro": (
            "Roles que puedes asumir en campañas de toda la red, en línea o cerca "
            "de ti, para una tarde o a largo plazo."
        ),
    },
    "EventIndexPage": {
        "title": "Eventos",
        "intro": (
            "Mesas redondas, formaciones, encuentros, visitas de campo y llamadas "
            "en las que los movimientos aprenden entre sí. Los horarios se "
            "muestran en la zona horaria de cada evento."
        ),
    },
    "about": {
        "title": "Sobre Praxis",
        "intro": "Un bien común de conocimiento donde quienes enseñan son activistas.",
        "body": (
            "Los movimientos vuelven a aprender una y otra vez las mismas cosas: "
            "cómo planificar un campamento de acción, cómo crear un itinerario de "
            "voluntariado, cómo trabajar con observadores legales. Praxis recoge "
            "lo que han aprendido los grupos, en una forma que otro grupo pueda "
            "reutilizar.\n\n"
            "Cada lección pasa por una revisión entre pares antes de publicarse. "
            "Las lecciones que podrían poner a alguien en riesgo pueden "
            "compartirse solo con miembros, con grupos elegidos o de forma "
            "anónima."
        ),
    },
}

TAXONOMY = {
    "topics": {
        "climate-justice": (
            "Justicia climática",
            "Acción frente a la crisis climática que pone en el centro a quienes "
            "la sufren primero y con más fuerza.",
        ),
        "housing": (
            "Vivienda e inquilinato",
            "Sindicatos de inquilinas e inquilinos, defensa frente a los desalojos "
            "y la lucha por la vivienda como derecho, no como activo financiero.",
        ),
        "labour": (
            "Trabajo y organización sindical",
            "Construir poder en el trabajo: sindicatos, huelgas y organizar a "
            "quienes aún no están organizados.",
        ),
        "feminism": (
            "Feminismo y justicia de género",
            "Organizarse contra el patriarcado y por la autonomía corporal, los "
            "cuidados y la igualdad salarial.",
        ),
        "anti-racism": (
            "Antirracismo",
            "Enfrentar el racismo en las instituciones, en la actuación policial "
            "y en nuestros propios movimientos.",
        ),
        "digital-security": (
            "Seguridad digital",
            "Proteger a quienes organizan, a las fuentes y los datos frente a la "
            "vigilancia y las filtraciones.",
        ),
        "migration": (
            "Migración y solidaridad",
            "Acompañar a las personas en movimiento: rescate, refugio y el derecho "
            "a quedarse.",
        ),
        "civic-space": (
            "Democracia y espacio cívico",
            "Defender la libertad de reunirse, expresarse y organizarse.",
        ),
        "finance": (
            "Finanzas y desinversión",
            "Sacar el dinero de lo que hace daño: desinversión, presión "
            "accionarial, banca pública.",
        ),
        "food-land": (
            "Alimentación y tierra",
            "Acceso a la tierra, trabajo agrícola, soberanía alimentaria y bienes "
            "comunes.",
        ),
    },
    "tactics": {
        "action-camp": (
            "Campamento de acción",
            "Un campamento temporal donde la gente convive, se forma y actúa en "
            "conjunto.",
        ),
        "blockade": (
            "Bloqueo",
            "Detener físicamente una operación dañina con cuerpos, vehículos o "
            "estructuras.",
        ),
        "divestment": (
            "Campaña de desinversión",
            "Presionar a una institución para que venda sus participaciones en "
            "una industria dañina.",
        ),
        "rent-strike": (
            "Huelga de alquileres",
            "Inquilinas e inquilinos que dejan de pagar el alquiler en conjunto "
            "para obligar a la parte propietaria a negociar.",
        ),
        "legal-observing": (
            "Observación legal",
            "Personas formadas para documentar la actuación policial y las "
            "detenciones durante las acciones.",
        ),
        "volunteer-pipeline": (
            "Itinerario de voluntariado",
            "Un recorrido pensado para que los primeros contactos se conviertan "
            "en personas organizadoras comprometidas.",
        ),
        "door-knocking": (
            "Puerta a puerta",
            "Conversaciones cara a cara en los hogares para escuchar y sumar gente.",
        ),
        "phone-banking": (
            "Jornadas de llamadas",
            "Llamar a simpatizantes o al público en turnos coordinados.",
        ),
        "boycott": (
            "Boicot",
            "Dejar de comprarle a una empresa hasta que cambie lo que hace.",
        ),
        "strike": (
            "Huelga",
            "Dejar de trabajar de forma colectiva para conseguir reivindicaciones.",
        ),
        "occupation": (
            "Ocupación",
            "Tomar un espacio y mantenerlo para que una reivindicación sea "
            "imposible de ignorar.",
        ),
        "creative-action": (
            "Acción creativa",
            "Teatro, arte y humor que llevan un mensaje más lejos que una pancarta.",
        ),
        "mutual-aid": (
            "Apoyo mutuo",
            "Personas que cubren directamente las necesidades de las demás y así "
            "construyen confianza y poder.",
        ),
        "coalition-building": (
            "Construcción de coaliciones",
            "Unir fuerzas con grupos que comparten un objetivo, aunque no siempre "
            "un método.",
        ),
        "training-of-trainers": (
            "Formación de formadoras y formadores",
            "Preparar a personas para que impartan formaciones por su cuenta y "
            "así se extiendan los saberes.",
        ),
        "shareholder-action": (
            "Activismo accionarial",
            "Usar acciones y juntas de accionistas para presionar a las empresas "
            "desde dentro.",
        ),
    },
    "audiences": {
        "organisers": (
            "Personas organizadoras",
            "Quienes planifican campañas y mantienen unidos a los grupos.",
        ),
        "new-volunteers": (
            "Nuevas personas voluntarias",
            "Quienes dan sus primeros pasos en un movimiento.",
        ),
        "trainers": (
            "Formación y facilitación",
            "Quienes imparten talleres y formaciones.",
        ),
        "legal-support": (
            "Equipos de apoyo legal",
            "Abogadas y abogados, observadores legales y apoyo a personas detenidas.",
        ),
        "media-teams": (
            "Equipos de medios y comunicación",
            "Quienes cuentan la historia de la campaña a la prensa y en internet.",
        ),
        "coordinators": (
            "Personas coordinadoras",
            "Quienes coordinan entre grupos, regiones o una coalición.",
        ),
        "tenants-workers": (
            "Personas inquilinas y trabajadoras",
            "Personas que se organizan donde viven y donde trabajan.",
        ),
    },
    "bottlenecks": {
        "recruitment": (
            "Captación",
            "No se suma suficiente gente nueva.",
        ),
        "retention": (
            "Permanencia",
            "La gente se suma y luego se va alejando.",
        ),
        "burnout": (
            "Desgaste",
            "El núcleo del grupo está agotado y carga con demasiado.",
        ),
        "repression": (
            "Represión y riesgo legal",
            "Detenciones, multas, vigilancia o violencia contra quienes participan.",
        ),
        "coalition-friction": (
            "Roces en la coalición",
            "Las organizaciones aliadas no se ponen de acuerdo sobre objetivos, "
            "métodos o reconocimiento.",
        ),
        "media-attention": (
            "Atención mediática",
            "A la campaña le cuesta hacerse ver o se la presenta mal.",
        ),
        "funding": (
            "Financiación",
            "El dinero escasea, es inestable o viene con condiciones.",
        ),
        "decision-making": (
            "Toma de decisiones",
            "El grupo no logra decidir con rapidez ni de forma justa.",
        ),
        "digital-risk": (
            "Riesgo digital",
            "Los teléfonos, las cuentas y los datos exponen a las personas a "
            "sufrir daños.",
        ),
    },
}

GLOSSARY = {
    "action-camp": (
        "Campamento de acción",
        "Un campamento temporal donde la gente convive varios días para formarse, "
        "planificar y actuar, a menudo cerca del lugar contra el que resiste. Los "
        "campamentos combinan talleres, cocinas compartidas y toma de decisiones "
        "colectiva con la propia acción. Facilitan la entrada de quienes llegan "
        "por primera vez, que pueden aprender haciendo junto a personas con "
        "experiencia.",
    ),
    "affinity-group": (
        "Grupo de afinidad",
        "Un grupo pequeño, normalmente de cinco a quince personas, que se conocen "
        "y confían entre sí y participan en una acción como una unidad. Se "
        "reparten los roles de antemano, como la persona de apoyo o el contacto "
        "legal, y se cuidan mutuamente durante toda la acción. Los grupos de "
        "afinidad hacen que las acciones grandes sean más seguras y flexibles, "
        "porque las decisiones se pueden tomar rápido y a pequeña escala.",
    ),
    "arrestee-support": (
        "Apoyo a personas detenidas",
        "El trabajo de cuidar a las personas detenidas durante una acción o "
        "después. Suele incluir una línea telefónica, un registro de quién fue "
        "detenido y dónde, el contacto con abogados y equipos que esperan fuera "
        "de las comisarías para recibir a la gente cuando sale. Un buen apoyo a "
        "personas detenidas significa que nadie sale de la custodia sin "
        "compañía.",
    ),
    "base-building": (
        "Construcción de base",
        "Organización paciente y a largo plazo que hace crecer el número de "
        "personas que participan activamente, en lugar de movilizar una y otra "
        "vez a la misma gente que ya apoya. Se apoya en conversaciones uno a uno, "
        "en el desarrollo de liderazgos y en atender las necesidades inmediatas "
        "de la gente. Una base amplia es lo que permite a una campaña sobrevivir "
        "a los reveses y escalar cuando lo necesita.",
    ),
    "blockade": (
        "Bloqueo",
        "Una acción que detiene físicamente una operación dañina, por ejemplo "
        "sentándose en una carretera, encadenándose a unas puertas o rodeando "
        "maquinaria. Los bloqueos pueden durar minutos o meses. Suelen requerir "
        "una preparación legal cuidadosa, roles de apoyo y un mensaje claro "
        "sobre por qué se eligió ese lugar.",
    ),
    "bottleneck": (
        "Cuello de botella",
        "En Praxis, el obstáculo que en ese momento frena a un grupo, como la "
        "captación, el desgaste o el riesgo legal. Ponerle nombre al cuello de "
        "botella ayuda a encontrar lecciones de otros grupos que se enfrentaron "
        "al mismo problema. Es habitual que un grupo atraviese varios cuellos de "
        "botella a medida que crece una campaña.",
    ),
    "cascade-training": (
        "Formación en cascada",
        "Una forma de extender saberes en la que quienes han recibido una "
        "formación pasan a formar a otras personas, que a su vez forman a más "
        "gente. Depende de planes de sesión sencillos y bien documentados y del "
        "acompañamiento a quienes empiezan a formar. Bien hecha, permite que un "
        "movimiento crezca más rápido de lo que jamás podría un pequeño equipo "
        "de formación.",
    ),
    "consensus": (
        "Consenso",
        "Un proceso de toma de decisiones en el que un grupo busca una propuesta "
        "que todas las personas puedan aceptar, en lugar de votar. Quienes "
        "participan pueden estar de acuerdo, hacerse a un lado dejando constancia "
        "de sus reservas o bloquear una propuesta que consideran contraria a los "
        "principios del grupo. El consenso funciona mejor con una facilitación "
        "hábil y un plan alternativo claro para las decisiones urgentes.",
    ),
    "debrief": (
        "Sesión de balance",
        "Una conversación estructurada que se hace después de una acción, una "
        "reunión o una fase de campaña para repasar lo que ocurrió. Un formato "
        "habitual pregunta qué salió bien, qué fue difícil y qué cambiar la "
        "próxima vez, y deja espacio para cómo se siente la gente. Hacer balance "
        "con regularidad es una de las formas más sencillas de aprender como "
        "grupo y de detectar a tiempo el desgaste.",
    ),
    "divestment": (
        "Desinversión",
        "Vender inversiones en una industria dañina, como los combustibles "
        "fósiles o las armas, o negarse a tenerlas. Las campañas de desinversión "
        "presionan a instituciones como universidades, fondos de pensiones, "
        "organizaciones religiosas y ayuntamientos para que tomen esa decisión "
        "públicamente. Además de mover el dinero, buscan debilitar la "
        "legitimidad social de la industria señalada.",
    ),
    "escalation": (
        "Escalada",
        "Aumentar poco a poco la presión sobre un objetivo cuando las tácticas "
        "anteriores no han dado resultado, por ejemplo pasando de las recogidas "
        "de firmas a las acciones públicas y luego a la desobediencia civil. "
        "Planificar la escalada por etapas le da a la campaña margen para crecer "
        "y permite que quienes la apoyan den un paso más al ritmo que puedan "
        "sostener. Escalar demasiado rápido puede aislar a un grupo de su base.",
    ),
    "hand-signals": (
        "Señas con las manos",
        "Gestos sencillos que se usan en las reuniones para mostrar acuerdo, "
        "pedir la palabra o plantear una cuestión de procedimiento sin "
        "interrumpir. Ejemplos habituales son agitar los dedos para mostrar "
        "acuerdo en silencio y formar una T con las manos para una cuestión "
        "técnica. Los grupos deberían explicar sus señas al comienzo de cada "
        "reunión para que nadie que llegue por primera vez se quede fuera.",
    ),
    "legal-observer": (
        "Observador/a legal",
        "Una persona voluntaria con formación que observa y registra la "
        "actuación policial en las protestas sin participar en la acción. Anota "
        "horas, lugares, números de identificación de los agentes y detenciones, "
        "y sus notas pueden servir después para apoyar a la gente en los "
        "tribunales o en denuncias. Suele llevar chalecos o gorras bien visibles "
        "para que tanto la policía como quienes protestan puedan reconocerla.",
    ),
    "lineage": (
        "Genealogía",
        "En Praxis, el registro de cómo una lección o una táctica se adaptó a "
        "partir de otra anterior. Una lección puede nombrar las lecciones en las "
        "que se basó, para que quien la lea pueda seguir cómo viajó una idea "
        "entre lugares, movimientos y años. La genealogía reconoce a los grupos "
        "que abrieron camino y muestra qué adaptaciones funcionaron.",
    ),
    "misfire": (
        "Tropiezo",
        "En Praxis, una lección sobre una acción o un enfoque que no funcionó "
        "como se esperaba, escrita para que otras personas puedan aprender de "
        "ella. Los tropiezos se consideran un conocimiento valioso, no fracasos "
        "que haya que esconder. Un buen tropiezo explica qué esperaba el grupo, "
        "qué pasó en realidad y qué haría de otra manera.",
    ),
    "mutual-aid": (
        "Apoyo mutuo",
        "Personas que se organizan para cubrir directamente sus necesidades, por "
        "ejemplo compartiendo comida, cuidado infantil, transporte o dinero, "
        "desde la solidaridad y no desde la caridad. Las redes de apoyo mutuo "
        "suelen crecer en momentos de crisis y pueden convertirse en la base de "
        "una organización más amplia. Lo importante es la reciprocidad y las "
        "decisiones compartidas, no la división entre quien da y quien recibe.",
    ),
    "one-to-one": (
        "Conversación uno a uno",
        "Una conversación personal y planificada entre una persona organizadora "
        "y otra persona, normalmente cara a cara y de una media hora. Quien "
        "organiza escucha más de lo que habla, para entender qué le importa a "
        "la otra persona y qué podría aportar. Las conversaciones uno a uno son "
        "la pieza básica de la organización relacional en sindicatos, grupos de "
        "inquilinas e inquilinos y campañas comunitarias.",
    ),
    "outcome-signal": (
        "Señal de resultado",
        "En Praxis, una señal breve y concreta de que el enfoque de una lección "
        "tuvo efecto, como que más miembros sigan participando, que se gane una "
        "reivindicación o que cambie una política. Las señales de resultado "
        "ayudan a valorar cómo funcionó una táctica sin necesidad de una "
        "evaluación completa. Deben ser honestas sobre la escala y la "
        "incertidumbre.",
    ),
    "power-mapping": (
        "Mapeo de poder",
        "Un ejercicio en el que un grupo traza un mapa de las personas e "
        "instituciones que pueden satisfacer sus reivindicaciones y de quienes "
        "influyen en ellas. Cada actor se sitúa según cuánto poder tiene y en "
        "qué medida apoya la campaña o se opone a ella. El mapa ayuda a elegir "
        "objetivos, aliados y las vías de presión más prometedoras.",
    ),
    "rent-strike": (
        "Huelga de alquileres",
        "Inquilinas e inquilinos que dejan de pagar el alquiler de forma "
        "colectiva para obligar a la parte propietaria, o a veces a una "
        "autoridad pública, a atender sus reivindicaciones. Antes de una huelga "
        "suele haber un trabajo cuidadoso de organización y un umbral mínimo de "
        "compromisos, y muchos sindicatos piden a quienes hacen huelga que "
        "depositen el alquiler en una cuenta común de garantía. Como el riesgo "
        "de desalojo es real, la preparación legal es imprescindible.",
    ),
    "security-culture": (
        "Cultura de seguridad",
        "Los hábitos compartidos con los que un grupo protege a sus miembros y "
        "sus planes, como compartir la información sensible solo con quien la "
        "necesita y no especular sobre quién participó en una acción. Una buena "
        "cultura de seguridad es proporcional a los riesgos reales y se explica "
        "abiertamente a quienes llegan. Nunca debería convertirse en una excusa "
        "para la sospecha o la exclusión.",
    ),
    "spectrum-of-allies": (
        "Espectro de aliados",
        "Una herramienta de planificación que ordena a los grupos de la sociedad "
        "a lo largo de un semicírculo: desde los aliados activos, pasando por los "
        "aliados pasivos, los grupos neutrales y los oponentes pasivos, hasta los "
        "oponentes activos. Las campañas la usan para planificar cómo acercar "
        "cada grupo un paso más a su lado. Recuerda que ganar suele consistir en "
        "mover el centro, no en convencer a los oponentes más firmes.",
    ),
    "spokescouncil": (
        "Consejo de portavoces",
        "Una forma de que muchos grupos de afinidad o de trabajo tomen "
        "decisiones en conjunto. Cada grupo envía a una persona portavoz a un "
        "consejo donde se debaten las propuestas, y las personas portavoces "
        "consultan con sus grupos antes de dar su acuerdo. Permite que mucha "
        "gente decida por consenso sin que todo el mundo tenga que estar en la "
        "misma reunión.",
    ),
    "theory-of-change": (
        "Teoría del cambio",
        "La explicación explícita de un grupo sobre cómo se espera que sus "
        "acciones lleven al cambio que busca. Conecta las actividades con los "
        "resultados intermedios y con el objetivo final, y enuncia los supuestos "
        "que hay entre unos y otros. Ponerla por escrito ayuda a un grupo a "
        "comprobar si sus tácticas encajan de verdad con su estrategia.",
    ),
    "threat-model": (
        "Modelo de amenazas",
        "Una evaluación de qué necesita proteger un grupo, frente a quién, qué "
        "probabilidad hay de que sufra daños y qué gravedad tendrían. Ayuda a "
        "quienes organizan a elegir unas pocas medidas de seguridad realistas en "
        "lugar de intentar defenderse de todo. El modelo de amenazas debe "
        "revisarse cada vez que cambian el perfil o las tácticas de una campaña.",
    ),
}
