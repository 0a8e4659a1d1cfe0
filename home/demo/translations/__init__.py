"""Demo content in the other languages.

Each language has two modules, named by its code:

``<code>_terms.py``
    ``PAGES``: the home page, the index pages and the about page, by model name
    (``"HomePage"``, ``"LessonIndexPage"``… and ``"about"``), each a dict of
    ``title``, ``intro`` and, for ``about``, ``body``.
    ``TAXONOMY``: ``{"topics" | "tactics" | "audiences" | "bottlenecks":
    {slug: (name, description)}}``.
    ``GLOSSARY``: ``{slug: (term, definition)}``.

``<code>_lessons.py``
    ``LESSONS``: translations of English demo lessons, by slug. Each is a dict
    with ``title``, ``summary``, ``problem``, ``activities`` (a list of
    ``title``/``description``/``duration`` dicts, in the English order),
    ``outcomes``, ``what_we_would_change``, ``context`` (``political``,
    ``coalition``, ``media``, ``legal``), ``cautions`` (``title``/``description``),
    ``signals`` (``label``/``unit``/``evidence``/``factors``), ``funding`` and
    ``origin``. Paragraphs are separated by a blank line, as in English, and
    there are as many of them.
    ``ORIGINAL_LESSONS``: lessons written in this language, in the shape of
    :data:`home.demo.lessons_one.LESSONS`.

A missing module or entry simply means that part stays untranslated.
"""

#: The translated lessons: every language translates these.
TRANSLATED_LESSONS = [
    "lower-saxony-climate-camp-spokescouncil",
    "small-camp-spokescouncil-misfire-west-sweden",
    "volunteer-ladder-first-contact-to-organiser",
    "whatsapp-volunteer-pipeline-sao-paulo-flood-brigades",
    "two-day-legal-observer-course-germany",
    "legal-observer-brigades-chile-protest-wave",
    "women-legal-observer-teams-feminist-marches-mexico",
    "tenant-door-knock-script-rent-strike-readiness",
    "care-rota-feminist-climate-camp",
    "rotating-roles-climate-coalition",
    "die-in-critique-anti-racist-review",
    "mutual-aid-medicine-exchange",
]

#: The languages demo content is translated into, besides English.
LANGUAGES = ["sv", "ar", "es", "fr"]
