"""Nothing a writer, an editor or a visitor types is rendered as live markup.

Plain text (titles, summaries, glossary terms, taxonomy names, movement,
campaign, event and opportunity fields) is stored as typed and must come out
escaped. Rich text reaches the database through the editor's converter
(Draftail's content state, turned into HTML by Wagtail's whitelist), so the
hostile rich text here goes through exactly that path: a lesson is written
through the admin's own form, and other rich text through its field's editor
widget. Query strings are a visitor's input and go straight into the URL.

Responses are read with :class:`html.parser.HTMLParser`, which sees the tags
and attributes a browser would see; escaped text (``&lt;script&gt;``) is text,
and is expected to show up as such.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from engagement import factories as engagement
from engagement.models import (
    CampaignPage,
    EventLesson,
    EventPage,
    MovementProfilePage,
)
from home.models import HomePage, HomePageFeaturedLesson
from lessons import factories
from lessons.models import (
    GlossaryPage,
    LearningPathPage,
    LearningPathStep,
    LessonPage,
    ResourcePage,
)

pytestmark = pytest.mark.django_db

#: A script element, an attribute break-out with an event handler, and a
#: single-quoted attribute break-out: 75 characters, short enough for every
#: plain text field under test.
PAYLOAD = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>' onfocus='alert(1)"

#: A link target that runs script when followed.
JS_URL = "javascript:alert(1)"

#: Valid ``http(s)`` addresses that try to break out of the ``href`` attribute.
BREAKOUT_URL = 'https://example.org/?q="><script>alert(1)</script>'

#: The words around every hostile rich text, to prove it was rendered.
MARKER = "Walk it twice"

#: URL schemes a link or source may use; anything else (``javascript:``,
#: ``vbscript:``, ``data:``) is live script.
SAFE_SCHEMES = {"http", "https", "mailto", "tel", "ftp"}

#: Attributes that a browser follows or loads as a URL.
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcdoc",
}

#: Elements no public page has any business rendering.
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet"}


class MarkupAudit(HTMLParser):
    """Collects live markup that could run script, and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value and not safe_url(value):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "img" and values.get("src") == "x":
            self.problems.append("<img src=x>")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        if tag == "script":
            self._in_script = True
            if not (values.get("src") or "").startswith(settings.STATIC_URL):
                self.problems.append(f"<script {values}>")

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._in_script = False

    def handle_endtag(self, tag) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data) -> None:
        if self._in_script and data.strip():
            self.problems.append(f"inline script: {data[:60]!r}")
        self.text.append(data)


def safe_url(value: str) -> bool:
    cleaned = re.sub(r"[\x00-\x20\x7f-\xa0\s`]+", "", value).lower()
    match = re.match(r"^([a-z0-9][-+.a-z0-9]*):", cleaned)
    return match is None or match.group(1) in SAFE_SCHEMES


def audit(html: str) -> MarkupAudit:
    parser = MarkupAudit()
    parser.feed(html)
    parser.close()
    return parser


def assert_inert(response, *shown: str) -> None:
    """No live script markup in ``response``; each of ``shown`` appears as text."""
    html = response.content.decode()
    found = audit(html)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert not found.problems, "\n".join(found.problems)
    text = "".join(found.text)
    for string in shown:
        assert string in text, f"{string!r} is not shown as text"


@pytest.mark.parametrize(
    "html",
    [
        f"<p>{PAYLOAD}</p>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
        '<p onclick="alert(1)">x</p>',
        '<iframe src="https://evil.example/"></iframe>',
        "<script src=/static/../x.js></script><script>alert(1)</script>",
    ],
)
def test_the_audit_sees_live_markup(html):
    """The checker itself: each of these would run script in a browser."""
    assert audit(html).problems


def test_the_audit_reads_escaped_markup_as_text():
    from django.utils.html import escape

    found = audit(f'<p title="{escape(PAYLOAD)}">{escape(PAYLOAD)}</p>')

    assert not found.problems
    assert "".join(found.text) == PAYLOAD


# Hostile input through the editor --------------------------------------------


def content_state(*, url: str = JS_URL) -> str:
    """Draftail content state as a hostile client could post it: markup typed
    as text, a link to ``url``, and inline data the converter must ignore."""
    text = f"{PAYLOAD} {MARKER} click"
    link_at = text.index("click")
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "aaaaa",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [
                        {"offset": 0, "length": 8, "style": "BOLD"},
                    ],
                    "entityRanges": [{"offset": link_at, "length": 5, "key": 0}],
                    "data": {"onclick": "alert(1)"},
                },
                {
                    "key": "bbbbb",
                    "type": "atomic",
                    "depth": 0,
                    "text": " ",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 1, "key": 1}],
                    "data": {},
                },
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": url, "onclick": "alert(1)"},
                },
                "1": {
                    "type": "EMBED",
                    "mutability": "IMMUTABLE",
                    "data": {"url": "https://evil.example/embed", "html": PAYLOAD},
                },
            },
        }
    )


def editor_html(model, name: str, url: str = JS_URL) -> str:
    """What the field's own editor widget stores for a hostile content state."""
    widget = model._meta.get_field(name).formfield().widget
    return widget.value_from_datadict({name: content_state(url=url)}, {}, name)


HOSTILE_URLS = [
    JS_URL,
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_rich_text_editor_stores_no_script_links_or_handlers(url):
    stored = editor_html(LessonPage, "problem", url)

    found = audit(stored)
    assert not found.problems, "\n".join(found.problems)
    assert "<script" not in stored
    assert "<embed" not in stored
    assert MARKER in stored


def lesson_form(topic, movement, campaign) -> dict:
    """The admin's POST data for a lesson with a payload in every field."""
    rich = content_state()
    return nested_form_data(
        {
            "title": PAYLOAD,
            "slug": "hostile-lesson",
            "summary": PAYLOAD,
            "problem": rich,
            "activities": streamfield(
                [
                    (
                        "step",
                        {
                            "title": PAYLOAD,
                            "description": rich,
                            "duration": PAYLOAD,
                            "materials": PAYLOAD,
                        },
                    )
                ]
            ),
            "outcomes": rich,
            "what_we_would_change": rich,
            "political_context": rich,
            "coalition_context": rich,
            "media_context": rich,
            "legal_context": rich,
            "format": "case_study",
            "result": "worked",
            "scale": "local",
            "sensitivity": "public",
            "consent_confirmed": "on",
            "licence": "cc-by-sa-4.0",
            "topics": [topic.pk],
            "movement": movement.pk,
            "source_campaign": campaign.pk,
            "funding_disclosure": PAYLOAD,
            "origin_note": PAYLOAD,
            "search_description": PAYLOAD,
            "cautions": inline_formset(
                [{"risk_level": "high", "title": PAYLOAD, "description": PAYLOAD}]
            ),
            "outcome_signals": inline_formset(
                [
                    {
                        "metric_kind": "other",
                        "label": PAYLOAD,
                        "baseline": "1",
                        "result": "2",
                        "unit": "people",
                        "effect": "improved",
                        "evidence": PAYLOAD,
                        "likely_factors": PAYLOAD,
                    }
                ]
            ),
            "adapted_from_links": inline_formset([]),
            "related_links": inline_formset([]),
            "documents": inline_formset([]),
            "authors": inline_formset([{"name": PAYLOAD}]),
            "tagged_items": inline_formset([]),
        }
    )


@pytest.fixture
def hostile(
    client,
    django_user_model,
    home,
    lesson_index,
    resource_index,
    path_index,
    glossary_page,
):
    """Every page type, with payloads in every field a person can type into."""
    topic = factories.TopicFactory(name=PAYLOAD, slug="hostile-topic")
    for factory, slug in (
        (factories.TacticFactory, "hostile-tactic"),
        (factories.AudienceFactory, "hostile-audience"),
        (factories.BottleneckFactory, "hostile-bottleneck"),
    ):
        factory(name=PAYLOAD, slug=slug, description=PAYLOAD)
    factories.GlossaryTermFactory(
        term=PAYLOAD, slug="hostile-term", definition=f"{PAYLOAD}\n{PAYLOAD}"
    )
    glossary_page.intro = editor_html(GlossaryPage, "intro")
    glossary_page.save_revision().publish()

    movements = engagement.MovementIndexPageFactory(parent=home)
    finder = engagement.GetInvolvedPageFactory(parent=home)
    events = engagement.EventIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(
        parent=movements,
        title=PAYLOAD,
        slug="hostile-movement",
        summary=PAYLOAD,
        description=editor_html(MovementProfilePage, "description"),
        core_values=editor_html(MovementProfilePage, "core_values"),
        funding_disclosure=PAYLOAD,
        website=BREAKOUT_URL,
        topics=[topic],
    )
    campaign = engagement.CampaignPageFactory(
        parent=movement,
        title=f"{PAYLOAD} campaign",
        slug="hostile-campaign",
        summary=PAYLOAD,
        goals=editor_html(CampaignPage, "goals"),
        outcome_summary=editor_html(CampaignPage, "outcome_summary"),
        topics=[topic],
    )
    engagement.OpportunityFactory(
        page=campaign,
        role=PAYLOAD,
        description=PAYLOAD,
        town=PAYLOAD,
        join_url=BREAKOUT_URL,
    )

    admin = django_user_model.objects.create_superuser("editor", "e@x.org", "pw")
    client.force_login(admin)
    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form(topic, movement, campaign),
    )
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    lesson = LessonPage.objects.get(slug="hostile-lesson")
    lesson.tags.set([PAYLOAD])
    lesson.save_revision().publish()
    lesson.refresh_from_db()

    resource = factories.ResourcePageFactory(
        parent=resource_index,
        title=f"{PAYLOAD} resource",
        summary=PAYLOAD,
        publisher=PAYLOAD,
        body=editor_html(ResourcePage, "body"),
        external_url=BREAKOUT_URL,
        topics=[topic],
        movement=movement,
    )
    path = factories.LearningPathPageFactory(
        parent=path_index,
        title=f"{PAYLOAD} path",
        summary=PAYLOAD,
    )
    path.intro = editor_html(LearningPathPage, "intro")
    path.facilitator_notes = editor_html(LearningPathPage, "facilitator_notes")
    path.steps = [LearningPathStep(page=lesson, note=PAYLOAD)]
    path.save_revision().publish()

    event = engagement.EventPageFactory(
        parent=events,
        title=f"{PAYLOAD} event",
        slug="hostile-event",
        summary=PAYLOAD,
        attendance="in_person",
        venue=PAYLOAD,
        address=PAYLOAD,
        town=PAYLOAD,
        accessibility_notes=PAYLOAD,
        registration_url=BREAKOUT_URL,
        organiser=movement,
        topics=[topic],
        description=editor_html(EventPage, "description"),
    )
    event.related_lessons = [EventLesson(lesson=lesson)]
    event.save_revision().publish()

    home.intro = editor_html(HomePage, "intro")
    home.featured_lessons = [HomePageFeaturedLesson(lesson=lesson)]
    home.save_revision().publish()

    return {
        "home": home,
        "lesson": lesson,
        "library": lesson_index,
        "resources": resource_index,
        "resource": resource,
        "paths": path_index,
        "path": path,
        "glossary": glossary_page,
        "movements": movements,
        "movement": movement,
        "campaign": campaign,
        "finder": finder,
        "events": events,
        "event": event,
    }


def test_a_lesson_written_through_the_admin_renders_payloads_as_text(hostile, client):
    response = client.get(hostile["lesson"].url)

    assert response.status_code == 200
    assert_inert(response, PAYLOAD, MARKER)


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "library",
        "resources",
        "resource",
        "paths",
        "path",
        "glossary",
        "movements",
        "movement",
        "campaign",
        "finder",
        "events",
        "event",
    ],
)
def test_pages_render_payloads_in_every_field_as_text(hostile, client, name):
    response = client.get(hostile[name].url)

    assert response.status_code == 200
    assert_inert(response, PAYLOAD)


def test_rich_text_from_the_editor_renders_without_script(hostile, client):
    """Rich text of every page type (intro, description, goals, notes…)."""
    for name in ("home", "glossary", "movement", "campaign", "resource", "path"):
        assert_inert(client.get(hostile[name].url), MARKER)
    assert_inert(client.get(hostile["event"].url), MARKER)


def test_filtered_listings_render_taxonomy_names_as_text(hostile, client):
    for url in (
        f"{hostile['library'].url}?topic=hostile-topic&tactic=hostile-tactic",
        f"{hostile['library'].url}?audience=hostile-audience"
        "&bottleneck=hostile-bottleneck",
        f"{hostile['resources'].url}?topic=hostile-topic",
        f"{hostile['movements'].url}?topic=hostile-topic",
        f"{hostile['events'].url}?topic=hostile-topic",
        f"{hostile['finder'].url}?topic=hostile-topic",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response, PAYLOAD)


def test_search_results_render_titles_and_summaries_as_text(hostile, client):
    response = client.get("/en/search/", {"q": "alert"})

    assert response.context["result_count"] >= 1
    assert_inert(response, PAYLOAD)


def test_calendar_files_are_served_as_calendars_not_pages(hostile, client):
    for url in (
        f"{hostile['event'].url}calendar/",
        f"{hostile['events'].url}calendar/",
    ):
        response = client.get(url)

        assert response["Content-Type"].startswith("text/calendar")
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "alert(1)" in response.content.decode()


# A visitor's own input -----------------------------------------------------------


def visitor_urls() -> list[str]:
    hostile = {
        "/en/search/": ["q", "type", "page"],
        "/en/lessons/": [
            "q",
            "topic",
            "tactic",
            "audience",
            "bottleneck",
            "country",
            "format",
            "result",
            "risk",
            "movement",
            "ordering",
            "page",
        ],
        "/en/resources/": ["topic", "type", "language", "page"],
        "/en/movements/": ["topic", "country", "language", "page"],
        "/en/get-involved/": [
            "topic",
            "country",
            "attendance",
            "commitment",
            "language",
            "skill",
            "page",
        ],
        "/en/events/": ["format", "attendance", "language", "topic", "page"],
        "/en/events/past/": ["format", "page"],
    }
    return [
        f"{path}?{urlencode(dict.fromkeys(names, PAYLOAD))}"
        for path, names in hostile.items()
    ] + [f"/en/search/?{urlencode({'q': JS_URL})}"]


@pytest.fixture
def site_sections(home, lesson_index, resource_index):
    engagement.MovementIndexPageFactory(parent=home)
    engagement.GetInvolvedPageFactory(parent=home)
    engagement.EventIndexPageFactory(parent=home)


@pytest.mark.parametrize("url", visitor_urls())
def test_query_strings_come_back_as_text(site_sections, client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert_inert(response)


def test_a_search_query_is_echoed_as_text(site_sections, client):
    response = client.get("/en/search/", {"q": PAYLOAD})

    assert_inert(response, PAYLOAD)


def test_a_hostile_path_gets_the_plain_not_found_page(site_sections, client):
    response = client.get("/en/lessons/%3Cscript%3Ealert(1)%3C%2Fscript%3E/")

    assert response.status_code == 404
    assert_inert(response)


# Links typed into plain URL fields ----------------------------------------------


def url_fields() -> list[tuple[str, str]]:
    found = []
    for label in ("lessons", "engagement", "home", "governance", "moderation"):
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, models.URLField):
                    found.append((model._meta.label, field.name))
    return found


@pytest.mark.parametrize(("model", "name"), url_fields())
@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_url_fields_refuse_script_links(model, name, url):
    field = apps.get_model(model)._meta.get_field(name)

    with pytest.raises(ValidationError):
        field.clean(url, None)
    with pytest.raises(ValidationError):
        field.formfield(assume_scheme="https").clean(url)


# Translations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "translated",
    [
        "<script>alert(1)</script>",
        '<a onclick="alert(1)">x</a>',
        '<a href="javascript:alert(1)">x</a>',
        '<b onmouseover="alert(1)">x</b>',
        "<img src=x onerror=alert(1)>",
    ],
)
def test_a_translator_cannot_put_script_into_rich_text(translated):
    """wagtail-localize checks every translated rich-text segment: only inline
    tags, and no attributes (link targets come from the source text)."""
    from wagtail_localize.strings import StringValue

    with pytest.raises(ValueError):
        StringValue.from_translated_html(translated)
