"""The demo content in ``content/``: every file is valid, translations are
complete (or say what they leave in English and why) and are matched to the
source by key, and a broken file is reported by file and field."""

import re
import shutil
from pathlib import Path

import pytest
from wagtail.models import Locale

from home.demo.build import DemoBuilder
from home.demo.content import (
    CONTENT_DIR,
    LANGUAGES,
    SOURCE_LANGUAGE,
    Activity,
    Content,
    ContentError,
    Context,
    Lesson,
    LessonText,
    aligned,
    load,
    texts,
)
from home.demo.languages import translate, write_lesson

#: A lesson translated into every demo language.
LESSON = "lower-saxony-climate-camp-spokescouncil"


@pytest.fixture(scope="module")
def content() -> Content:
    return load()


@pytest.fixture
def copy(tmp_path) -> Path:
    """A copy of ``content/`` to break; errors name files under ``content/``."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    return root


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load(root)
    return caught.value.problems


def test_every_content_file_is_loaded(content):
    loaded = {
        item.folder / f"{code}.md"
        for items in content.collections.values()
        for item in items
        for code in (item.language, *item.translations)
    }
    files = set(CONTENT_DIR.glob("*/**/*.md"))

    assert files == loaded
    assert len(content["lessons"]) >= 40
    assert content.translated_lessons()[0] == LESSON


def test_every_translation_translates_each_field_or_says_why_not(content):
    checked = 0
    for items in content.collections.values():
        for item in items:
            for code, translation in item.translations.items():
                given = {
                    path for path, text in texts(translation, type(translation)) if text
                }
                for path, text in texts(item.source, type(translation)):
                    if text:
                        assert path in given or translation.untranslated.get(path), (
                            f"{item.folder.name}/{code}.md: {path}"
                        )
                        checked += 1
    assert checked > 1000


def test_every_demo_language_has_the_site_pages_and_terms(content):
    for code in LANGUAGES:
        for name in ("pages", "topics", "tactics", "audiences", "bottlenecks"):
            assert all(code in item.translations for item in content[name]), name
        assert len(content.translated_lessons()) >= 12


def test_the_source_of_a_lesson_written_in_swedish_is_its_swedish_file(content):
    written = [item for item in content["lessons"] if item.language == "sv"]

    assert written
    assert all(item.translations == {} for item in written)
    assert not (
        content.by_slug("lessons").keys()
        - {
            item.slug
            for item in content["lessons"]
            if item.language in (SOURCE_LANGUAGE, *LANGUAGES)
        }
    )


def test_a_missing_field_is_named_with_its_file(copy):
    edit(copy / "lessons" / LESSON / "en.md", "\nsummary: ", "\nsummry: ")

    assert problems(copy) == [
        f"content/lessons/{LESSON}/en.md: summary: field required",
        f"content/lessons/{LESSON}/en.md: summry: extra inputs are not permitted",
    ]


def test_a_missing_translated_field_is_named_by_its_key(copy):
    path = copy / "lessons" / LESSON / "sv.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"\n  duration: sex veckor före lägret", "", text), encoding="utf-8"
    )

    assert problems(copy) == [
        f"content/lessons/{LESSON}/sv.md: "
        "activities.affinity-groups-before-arrival.duration: missing (translate "
        "it, or list it under untranslated with the reason)"
    ]


def test_a_field_left_in_english_on_purpose_is_accepted(copy):
    path = copy / "lessons" / LESSON / "sv.md"
    edit(path, "\n  duration: sex veckor före lägret", "")
    edit(
        path,
        "---\n\n## problem",
        "untranslated:\n"
        "  activities.affinity-groups-before-arrival.duration: Checking the dates.\n"
        "---\n\n## problem",
    )

    translation = load(copy).by_slug("lessons")[LESSON].translations["sv"]

    assert "activities.affinity-groups-before-arrival.duration" in (
        translation.untranslated
    )


def test_a_key_the_source_does_not_have_is_an_error(copy):
    edit(
        copy / "lessons" / LESSON / "es.md",
        "key: affinity-groups-before-arrival",
        "key: affinity-groups-on-arrival",
    )

    found = problems(copy)

    name = f"content/lessons/{LESSON}/es.md"
    assert (
        f"{name}: activities.affinity-groups-on-arrival.title: "
        "no such field or key in en.md" in found
    )
    assert (
        f"{name}: activities.affinity-groups-before-arrival.title: missing "
        "(translate it, or list it under untranslated with the reason)"
    ) in found


def test_a_bad_type_or_choice_is_named_with_its_file(copy):
    movement = copy / "movements" / "saltmarsh-climate-camp" / "en.md"
    text = movement.read_text(encoding="utf-8")
    movement.write_text(
        re.sub(r"\nfounded: (\d+)", r"\nfounded: 'around \1'", text), encoding="utf-8"
    )
    edit(copy / "lessons" / LESSON / "en.md", "format: case_study", "format: essay")

    found = problems(copy)

    assert (
        "content/movements/saltmarsh-climate-camp/en.md: founded: input should be "
        "a valid integer"
    ) in found
    assert any(
        p.startswith(f"content/lessons/{LESSON}/en.md: format: must be one of")
        for p in found
    )


def test_paragraphs_must_pair_up_with_the_source(copy):
    path = copy / "lessons" / LESSON / "fr.md"
    text = path.read_text(encoding="utf-8")
    problem = text.index("## problem\n\n") + len("## problem\n\n")
    end = text.index("\n\n", problem)
    path.write_text(text[:end] + " " + text[end + 2 :], encoding="utf-8")

    assert problems(copy) == [
        f"content/lessons/{LESSON}/fr.md: problem: 1 paragraph(s) where en.md "
        "has 2 (paragraphs are translated one by one)"
    ]


def test_a_broken_yaml_file_and_an_unknown_slug_are_named(copy):
    edit(copy / "terms" / "topics" / "housing" / "sv.md", "name: ", "name: [")
    edit(
        copy / "campaigns" / "switch-your-bank" / "en.md",
        "\ntopics: [",
        "\ntopics: [no-such-topic, ",
    )

    found = problems(copy)

    assert any(
        p.startswith("content/terms/topics/housing/sv.md: line ") for p in found
    ), found
    # References are checked once every file is valid.
    edit(copy / "terms" / "topics" / "housing" / "sv.md", "name: [", "name: ")
    assert problems(copy) == [
        "content/campaigns/switch-your-bank/en.md: topics: no topic "
        "'no-such-topic' in content/"
    ]


def test_a_demo_members_language_is_the_language_of_its_file(content):
    members = content.by_slug("members")
    assert members["harbour-neighbours"].language == "ar"
    assert members["camp-kitchen-crew"].language == "en"


def test_a_demo_member_may_mark_done_only_steps_of_that_path(copy):
    edit(
        copy / "members" / "riders-heat-desk" / "en.md",
        "done: [volunteer-ladder-first-contact-to-organiser]",
        "done: [rent-strike-pledge-card]",
    )
    assert problems(copy) == [
        "content/members/riders-heat-desk/en.md: paths.done: no step of "
        "from-sign-up-to-organiser 'rent-strike-pledge-card' in content/"
    ]


def test_a_submission_needs_what_its_kind_needs_and_a_known_member(copy):
    path = copy / "submissions" / "heat-hub-volunteer-checklist" / "en.md"
    edit(path, "member: riders-heat-desk", "member: nobody-here")
    edit(path, "publisher: Riders' heat desk\n", "")
    found = problems(copy)
    assert len(found) == 1
    assert "a resource needs external_url, publisher and language" in found[0]
    edit(path, "language: en", "language: en\npublisher: Riders' heat desk")
    assert problems(copy) == [
        "content/submissions/heat-hub-volunteer-checklist/en.md: member: "
        "no member 'nobody-here' in content/"
    ]


def test_reordering_a_translations_items_changes_nothing(copy, content):
    path = copy / "lessons" / LESSON / "ar.md"
    text = path.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    head, rest = front.split("\nactivities:\n", 1)
    activities, after = re.split(r"\n(?=[a-z_]+:)", rest, maxsplit=1)
    items = re.split(r"\n(?=- key: )", activities)
    assert len(items) > 2
    reordered = "\n".join(reversed(items))
    path.write_text(
        f"{head}\nactivities:\n{reordered}\n{after}\n---\n{body}", encoding="utf-8"
    )

    before = content.by_slug("lessons")[LESSON]
    after_item = load(copy).by_slug("lessons")[LESSON]

    assert [a.key for a in after_item.translations["ar"].activities] == [
        a.key for a in reversed(before.translations["ar"].activities)
    ]
    assert aligned(after_item.source, after_item.translations["ar"]) == aligned(
        before.source, before.translations["ar"]
    )


def lesson_source() -> Lesson:
    step = {"description": "Plan it.", "duration": "", "materials": ""}
    return Lesson(
        title="Two steps",
        summary="A lesson with two steps.",
        format="case_study",
        result="worked",
        scale="local",
        countries=["SE"],
        problem="Nobody came.",
        activities=[
            Activity(key="map-the-site", title="Map the site", **step),
            Activity(key="walk-it-twice", title="Walk it twice", **step),
        ],
        outcomes="Everyone came.",
        context=Context(political="P.", coalition="C.", media="M.", legal="L."),
        topics=[],
        tactics=[],
        audiences=[],
        bottlenecks=[],
    )


@pytest.mark.django_db
def test_translated_steps_land_on_the_step_with_their_key(lesson_index):
    swedish = Locale.objects.get(language_code="sv")
    for page in (lesson_index.get_parent().specific, lesson_index):
        translate(page, swedish, lambda page: None)
    source = lesson_source()
    lesson = DemoBuilder(content=Content({})).lesson(lesson_index, "two-steps", source)
    lesson.save_revision().publish()
    # Listed in the opposite order to the English steps.
    translation = LessonText.model_validate(
        {
            "title": "Två steg",
            "activities": [
                {"key": "walk-it-twice", "title": "Gå igenom den två gånger"},
                {"key": "map-the-site", "title": "Kartlägg platsen"},
            ],
        }
    )

    page, created = translate(
        lesson, swedish, write_lesson(aligned(source, translation))
    )

    assert created
    assert [block.value["title"] for block in page.activities] == [
        "Kartlägg platsen",
        "Gå igenom den två gånger",
    ]
    # Fields the translation leaves out stay as in the source.
    assert page.summary == "A lesson with two steps."
