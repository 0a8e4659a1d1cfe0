"""Reads and checks the demo content in ``content/`` (see ``content/README.md``).

Every item is a folder with one file per language: Markdown with YAML front
matter. Short fields are in the front matter; fields that hold paragraphs are
``## name`` sections below it. The source file (``en.md``, or the one file of
an item first written in another language) holds everything; a translation
holds only text, and refers to list items (activities, cautions…) by their
``key``, never by their position.

:func:`load` validates every file and every cross-reference and raises
:class:`ContentError` listing each problem as ``file: field: message``, so
nothing half-checked reaches the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Generic, Literal, TypeVar

import yaml
from django.db import models
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from core.sensitivity import Sensitivity
from engagement.choices import Attendance, CampaignStatus, Commitment, EventFormat
from lessons.choices import (
    Effect,
    LessonFormat,
    MetricKind,
    ResourceType,
    Result,
    RiskLevel,
    Scale,
)

#: The folder the demo content lives in.
CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
#: The language demo items are written in unless their folder says otherwise.
SOURCE_LANGUAGE = "en"
#: The languages the demo is translated into, besides English.
LANGUAGES = ("sv", "ar", "es", "fr")
#: The vocabularies under ``content/terms/``, in the order they are created.
VOCABULARIES = ("topics", "tactics", "audiences", "bottlenecks", "glossary")
#: The pages of ``content/pages/``: the home page, the index pages under it
#: (their slugs) and the about page.
SITE_PAGES = (
    "home",
    "lessons",
    "resources",
    "paths",
    "glossary",
    "movements",
    "get-involved",
    "events",
    "about",
)
#: The name of the optional file that fixes the order a collection is built in.
ORDER_FILE = "order.yaml"

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.DOTALL)
_SECTION = re.compile(r"^## +(\S+) *$", re.MULTILINE)


class ContentError(Exception):
    """One or more content files are invalid; ``problems`` lists them all."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


# Field types ------------------------------------------------------------


def _choice(choices: type[models.TextChoices]):
    def check(value: str) -> str:
        if value not in choices.values:
            raise ValueError(f"must be one of {', '.join(choices.values)}")
        return value

    return Annotated[str, AfterValidator(check)]


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Key = Slug
Month = Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
Clock = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[a-z0-9]+)?$")]
Text = Annotated[str, StringConstraints(min_length=1)]
Number = int | float


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Keyed(Schema):
    """A list item that translations refer to by ``key``."""

    key: Key


def _unique_keys(items: list[Keyed]) -> list[Keyed]:
    seen = set()
    for item in items:
        if item.key in seen:
            raise ValueError(f"key {item.key!r} is used twice")
        seen.add(item.key)
    return items


def KeyedList(item: type[Keyed]):  # noqa: N802 - a type
    return Annotated[list[item], AfterValidator(_unique_keys)]


class Translation(Schema):
    """The text of an item in another language.

    Every field is optional in the schema; :func:`check_translation` then
    requires each one the source has text for, unless ``untranslated`` names
    it with the reason it stays in the source language.
    """

    untranslated: dict[str, Text] = Field(default_factory=dict)


# Taxonomy and glossary ---------------------------------------------------


class Term(Schema):
    name: Text
    description: str = ""


class TermText(Translation):
    name: str | None = None
    description: str | None = None


class GlossaryEntry(Schema):
    term: Text
    definition: Text


class GlossaryText(Translation):
    term: str | None = None
    definition: str | None = None


# Site pages --------------------------------------------------------------


class SitePage(Schema):
    """The home page, an index page or the about page."""

    title: Text
    intro: str = ""
    body: str = ""
    show_in_menus: bool = False


class SitePageText(Translation):
    title: str | None = None
    intro: str | None = None
    body: str | None = None


# Lessons -----------------------------------------------------------------


class Activity(Keyed):
    title: Text
    description: Text
    duration: str = ""
    materials: str = ""


class Caution(Keyed):
    risk: _choice(RiskLevel)
    title: Text
    description: Text


class Signal(Keyed):
    metric: _choice(MetricKind)
    label: Text
    baseline: Number | None = None
    result: Number | None = None
    unit: str = ""
    effect: _choice(Effect)
    evidence: str = ""
    factors: str = ""


class Adaptation(Schema):
    lesson: Slug
    what_changed: Text

    @property
    def key(self) -> str:
        return self.lesson


class Author(Schema):
    name: Text
    anonymous: bool = False


class Context(Schema):
    political: Text
    coalition: Text
    media: Text
    legal: Text


class Lesson(Schema):
    """A lesson; the slugs it names (terms, lessons, movement, campaign) are
    checked against the other folders by :func:`load`."""

    title: Text
    summary: Text
    format: _choice(LessonFormat)
    result: _choice(Result)
    scale: _choice(Scale)
    countries: list[Country]
    started: Month | None = None
    ended: Month | None = None
    problem: Text
    activities: KeyedList(Activity)
    outcomes: Text
    what_we_would_change: str = ""
    cautions: KeyedList(Caution) = []
    context: Context
    topics: list[Slug]
    tactics: list[Slug]
    audiences: list[Slug]
    bottlenecks: list[Slug]
    tags: list[Text] = []
    signals: KeyedList(Signal) = []
    adapted_from: list[Adaptation] = []
    related: list[Slug] = []
    authors: list[Author] = []
    funding: str = ""
    origin: str = ""
    sensitivity: _choice(Sensitivity) = Sensitivity.PUBLIC.value
    anonymised: bool = False
    consent_confirmed: bool = True
    #: The movement (and its campaign) the lesson was learned in.
    movement: Slug | None = None
    campaign: Slug | None = None

    @model_validator(mode="after")
    def _campaign_needs_movement(self) -> Lesson:
        if self.campaign and not self.movement:
            raise ValueError("campaign: needs movement as well")
        return self


class ActivityText(Keyed):
    title: str | None = None
    description: str | None = None
    duration: str | None = None
    materials: str | None = None


class CautionText(Keyed):
    title: str | None = None
    description: str | None = None


class SignalText(Keyed):
    label: str | None = None
    unit: str | None = None
    evidence: str | None = None
    factors: str | None = None


class AdaptationText(Schema):
    lesson: Slug
    what_changed: str | None = None

    @property
    def key(self) -> str:
        return self.lesson


class ContextText(Schema):
    political: str | None = None
    coalition: str | None = None
    media: str | None = None
    legal: str | None = None


class LessonText(Translation):
    title: str | None = None
    summary: str | None = None
    problem: str | None = None
    activities: KeyedList(ActivityText) = []
    outcomes: str | None = None
    what_we_would_change: str | None = None
    cautions: KeyedList(CautionText) = []
    context: ContextText = ContextText()
    signals: KeyedList(SignalText) = []
    adapted_from: list[AdaptationText] = []
    funding: str | None = None
    origin: str | None = None


class DraftLesson(Schema):
    """A lesson a demo contributor has submitted for review: only what they
    wrote so far (the rest is left to the factory, as for a new draft)."""

    title: Text
    summary: Text
    problem: Text
    activities: KeyedList(Activity)
    context: ContextText
    signals: KeyedList(Signal) = []
    #: The user name of the demo account that wrote it.
    author: Text


# Resources and learning paths ----------------------------------------------


class Resource(Schema):
    title: Text
    summary: Text
    resource_type: _choice(ResourceType)
    publisher: Text
    language: Language
    year: int | None = None
    topics: list[Slug]
    body: Text
    #: A file in the item's folder, uploaded as the resource's document.
    document: str | None = None
    external_url: str = ""
    movement: Slug | None = None


class PathStep(Schema):
    #: The lesson or resource, by slug.
    page: Slug
    note: Text

    @property
    def key(self) -> str:
        return self.page


class LearningPath(Schema):
    title: Text
    summary: Text
    hours: Number
    intro: Text
    facilitator_notes: Text
    steps: list[PathStep]


# Movements, campaigns and events -------------------------------------------


class Movement(Schema):
    title: Text
    summary: Text
    description: Text
    core_values: Text
    topics: list[Slug]
    countries: list[Country]
    languages: list[Language]
    founded: int
    website: str
    show_contact: bool = False
    contact_email: str = ""
    funding: Text


class Opportunity(Keyed):
    role: Text
    description: Text
    commitment: _choice(Commitment)
    attendance: _choice(Attendance)
    country: Country | Literal[""] = ""
    town: str = ""
    skills: list[str]
    languages: list[Language]
    #: Days from the day the demo is seeded (``-5``: five days before).
    starts_in: int | None = None
    ends_in: int | None = None
    join_by_in: int | None = None
    join_url: str = ""
    join_email: str = ""


class Campaign(Schema):
    movement: Slug
    title: Text
    summary: Text
    goals: Text
    status: _choice(CampaignStatus)
    started: Month | None = None
    #: For a campaign that has not started: days from the day of seeding.
    starts_in: int | None = None
    ended: Month | None = None
    countries: list[Country]
    topics: list[Slug]
    tactics: list[Slug]
    outcome: str = ""
    partners: list[Slug] = []
    opportunities: KeyedList(Opportunity) = []


class Event(Schema):
    title: Text
    summary: Text
    description: Text
    format: _choice(EventFormat)
    organiser: Slug
    time_zone: Text
    starts_in: int
    start_time: Clock
    ends_in: int | None = None
    end_time: Clock
    attendance: _choice(Attendance)
    online_url: str = ""
    venue: str = ""
    town: str = ""
    country: Country | Literal[""] = ""
    languages: list[Language]
    interpretation: list[Language] = []
    accessibility: Text
    capacity: int | None = None
    registration_url: str = ""
    topics: list[Slug]
    lessons: list[Slug]


# Members ---------------------------------------------------------------------


class SavedListEntry(Schema):
    name: Text
    #: Whether the list has a share link.
    shared: bool = False
    #: Lessons, resources, learning paths or events, by slug.
    items: list[Slug]


class PathProgressEntry(Schema):
    path: Slug
    #: The steps marked done, by the slug of their lesson or resource.
    done: list[Slug] = []


class RsvpEntry(Schema):
    event: Slug
    status: Literal["going", "interested"]
    share_name: bool = False


class DemoMember(Schema):
    """A demo member: the folder is the user name, the file's language the
    member's own (``content/members/<username>/<language>.md``)."""

    display_name: Text
    email_notifications: bool = True
    lists: list[SavedListEntry] = []
    paths: list[PathProgressEntry] = []
    rsvps: list[RsvpEntry] = []


class SharedStep(Schema):
    title: Text
    description: Text


class SharedCaution(Schema):
    text: Text
    risk: _choice(RiskLevel)


class MemberSubmission(Schema):
    """A lesson or resource a demo member shared from the public site and sent
    for review, built through the same code as the share form."""

    member: Slug
    kind: Literal["lesson", "resource"]
    title: Text
    summary: Text
    topics: list[Slug] = []
    # A lesson:
    problem: str = ""
    steps: list[SharedStep] = []
    outcomes: str = ""
    cautions: list[SharedCaution] = []
    context: ContextText = ContextText()
    countries: list[Country] = []
    tactics: list[Slug] = []
    result: _choice(Result) | Literal[""] = ""
    what_we_would_change: str = ""
    # A resource:
    external_url: str = ""
    publisher: str = ""
    language: Language | Literal[""] = ""
    resource_type: _choice(ResourceType) | Literal[""] = ""

    @model_validator(mode="after")
    def _what_each_kind_needs(self) -> MemberSubmission:
        if self.kind == "lesson" and not (self.problem and self.steps and self.result):
            raise ValueError("a lesson needs problem, steps and result")
        if self.kind == "resource" and not (
            self.external_url and self.publisher and self.language
        ):
            raise ValueError("a resource needs external_url, publisher and language")
        return self


# Items and collections -----------------------------------------------------

S = TypeVar("S", bound=Schema)
T = TypeVar("T", bound=Translation)


@dataclass(frozen=True)
class Item(Generic[S, T]):
    """One item: its source text and its translations, by language code."""

    slug: str
    language: str
    source: S
    translations: dict[str, T] = field(default_factory=dict)
    folder: Path | None = None


@dataclass(frozen=True)
class Collection:
    """What a folder of ``content/`` holds: its schema, and the schema of its
    translations (``None``: the items are not translated)."""

    folder: str
    source: type[Schema]
    translation: type[Translation] | None = None


COLLECTIONS: dict[str, Collection] = {
    "pages": Collection("pages", SitePage, SitePageText),
    **{
        vocabulary: Collection(f"terms/{vocabulary}", Term, TermText)
        for vocabulary in VOCABULARIES[:-1]
    },
    "glossary": Collection("terms/glossary", GlossaryEntry, GlossaryText),
    "lessons": Collection("lessons", Lesson, LessonText),
    "drafts": Collection("drafts", DraftLesson),
    "resources": Collection("resources", Resource),
    "paths": Collection("paths", LearningPath),
    "movements": Collection("movements", Movement),
    "campaigns": Collection("campaigns", Campaign),
    "events": Collection("events", Event),
    "members": Collection("members", DemoMember),
    "submissions": Collection("submissions", MemberSubmission),
}


@dataclass
class Content:
    """All demo content, each collection in the order it is built."""

    collections: dict[str, list[Item]]

    def __getitem__(self, name: str) -> list[Item]:
        return self.collections[name]

    def by_slug(self, name: str) -> dict[str, Item]:
        return {item.slug: item for item in self.collections[name]}

    def translated_lessons(self) -> list[str]:
        """The slugs of the lessons translated into every demo language."""
        return [
            item.slug
            for item in self["lessons"]
            if set(LANGUAGES) <= set(item.translations)
        ]


# Reading files -------------------------------------------------------------


def read(path: Path) -> dict[str, Any]:
    """The front matter of ``path`` with its ``## name`` sections merged in
    (``## context.legal`` sets ``context: {legal: …}``)."""
    match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError("must start with YAML front matter between '---' lines")
    front, body = match.groups()
    data = yaml.safe_load(front) or {}
    if not isinstance(data, dict):
        raise ValueError("the front matter must be a mapping of field: value")
    parts = _SECTION.split(body)
    if parts[0].strip():
        raise ValueError("text below the front matter must start with '## field'")
    for name, text in zip(parts[1::2], parts[2::2], strict=True):
        *parents, last = name.split(".")
        target = data
        for parent in parents:
            target = target.setdefault(parent, {})
            if not isinstance(target, dict):
                raise ValueError(f"## {name}: {parent} is not a group of fields")
        if last in target:
            raise ValueError(f"## {name}: given twice")
        target[last] = text.strip("\n")
    return data


def _location(loc: tuple, data: Any) -> str:
    """A pydantic error location as a dotted field path, with list items
    named by their key where they have one (``activities.site-visit.title``)."""
    parts = []
    for part in loc:
        if isinstance(part, int) and isinstance(data, list) and part < len(data):
            data = data[part]
            key = (
                data.get("key") or data.get("lesson")
                if isinstance(data, dict)
                else None
            )
            parts.append(str(key) if key else str(part))
            continue
        data = data.get(part) if isinstance(data, dict) else None
        parts.append(str(part))
    return ".".join(parts)


def parse(path: Path, schema: type[S], problems: list[str], name: str) -> S | None:
    """``path`` validated against ``schema``, or None with ``problems`` added
    (each named ``name: field: message``)."""
    try:
        data = read(path)
    except yaml.MarkedYAMLError as error:
        # The front matter starts on the file's second line.
        line = error.problem_mark.line + 2 if error.problem_mark else "?"
        problems.append(f"{name}: line {line}: {error.problem} (YAML syntax)")
        return None
    except (ValueError, yaml.YAMLError) as error:
        problems.append(f"{name}: {error}")
        return None
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        for detail in error.errors():
            where = _location(detail["loc"], data) or "(file)"
            message = detail["msg"]
            message = message[0].lower() + message[1:]
            message = message.removeprefix("value error, ")
            problems.append(f"{name}: {where}: {message}")
        return None


def ordered(folder: Path, problems: list[str], root: Path) -> list[Path]:
    """The item folders of ``folder``: those in its ``order.yaml`` first, in
    that order, then any others by name."""
    folders = {path.name: path for path in folder.iterdir() if path.is_dir()}
    names: list[str] = []
    order = folder / ORDER_FILE
    if order.exists():
        listed = yaml.safe_load(order.read_text(encoding="utf-8")) or []
        for slug in listed:
            if slug not in folders:
                problems.append(
                    f"{_name(order, root)}: {slug}: no such folder in "
                    f"{_name(folder, root)}"
                )
            elif slug not in names:
                names.append(slug)
    names += sorted(set(folders) - set(names))
    return [folders[name] for name in names if name in folders]


def _name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


# Translations ----------------------------------------------------------------


def texts(instance: BaseModel, shape: type[BaseModel], prefix: str = "") -> Iterator:
    """``(field path, text)`` for every text field of ``instance`` that
    ``shape`` (a translation schema) has, list items named by key."""
    for name, info in shape.model_fields.items():
        if name in ("untranslated", "key", "lesson") or not hasattr(instance, name):
            continue
        value = getattr(instance, name)
        path = f"{prefix}{name}"
        annotation = info.annotation
        item_shape = getattr(annotation, "__args__", (None,))[0]
        if isinstance(value, list):
            for item in value:
                yield from texts(item, item_shape, f"{path}.{item.key}.")
        elif isinstance(value, BaseModel):
            yield from texts(value, annotation, f"{path}.")
        else:
            yield path, value


def _paragraphs(text: str) -> int:
    return len([part for part in text.split("\n\n") if part.strip()])


def check_translation(
    source: Schema, translation: Translation, name: str, source_name: str
) -> list[str]:
    """What is wrong with ``translation`` of ``source``: unknown keys, missing
    text not declared untranslated, paragraphs that do not pair up."""
    shape = type(translation)
    original = dict(texts(source, shape))
    problems = []
    for path, text in texts(translation, shape):
        if path not in original:
            problems.append(f"{name}: {path}: no such field or key in {source_name}")
        elif text is None:
            continue
        elif path in translation.untranslated:
            problems.append(f"{name}: {path}: translated and listed as untranslated")
        elif not original[path]:
            problems.append(f"{name}: {path}: {source_name} has no text to translate")
        elif _paragraphs(text) != _paragraphs(original[path]):
            problems.append(
                f"{name}: {path}: {_paragraphs(text)} paragraph(s) where "
                f"{source_name} has {_paragraphs(original[path])} (paragraphs "
                "are translated one by one)"
            )
    given = {path for path, text in texts(translation, shape) if text}
    for path, text in original.items():
        if text and path not in given and path not in translation.untranslated:
            problems.append(
                f"{name}: {path}: missing (translate it, or list it under "
                "untranslated with the reason)"
            )
    for path in translation.untranslated:
        if path not in original:
            problems.append(
                f"{name}: untranslated.{path}: no such field or key in {source_name}"
            )
    return problems


def aligned(source: Schema, translation: Translation) -> dict[str, Any]:
    """The translated text as a dict shaped like the source: keyed lists in
    the source's order (``None`` for items without a translation), and no
    entry for a field left in the source language."""

    def shape(original: BaseModel, text: BaseModel | None) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if text is None:
            return values
        for name in type(text).model_fields:
            if name in ("untranslated", "key", "lesson"):
                continue
            value = getattr(text, name)
            if isinstance(value, list):
                by_key = {item.key: item for item in value}
                values[name] = [
                    shape(item, by_key.get(item.key)) if item.key in by_key else None
                    for item in getattr(original, name)
                ]
            elif isinstance(value, BaseModel):
                values[name] = shape(getattr(original, name), value)
            elif value:
                values[name] = value
        return values

    return shape(source, translation)


# Loading ---------------------------------------------------------------------


def load_collection(
    collection: Collection, root: Path, problems: list[str]
) -> list[Item]:
    folder = root / collection.folder
    if not folder.is_dir():
        problems.append(f"{_name(folder, root)}: missing folder")
        return []
    items = []
    for item_folder in ordered(folder, problems, root):
        files = {path.stem: path for path in sorted(item_folder.glob("*.md"))}
        if not files:
            problems.append(f"{_name(item_folder, root)}: no language files (xx.md)")
            continue
        for code in files:
            if code != SOURCE_LANGUAGE and code not in LANGUAGES:
                problems.append(
                    f"{_name(files[code], root)}: not a demo language "
                    f"({', '.join((SOURCE_LANGUAGE, *LANGUAGES))})"
                )
        if SOURCE_LANGUAGE in files:
            language = SOURCE_LANGUAGE
        elif len(files) == 1:
            # Written in another language first (and not translated yet).
            language = next(iter(files))
        else:
            problems.append(
                f"{_name(item_folder, root)}: has no {SOURCE_LANGUAGE}.md; an item "
                "first written in another language has only that language's file"
            )
            continue
        source_name = _name(files[language], root)
        source = parse(files[language], collection.source, problems, source_name)
        if source is None:
            continue
        translations = {}
        for code, path in files.items():
            if code == language or code not in LANGUAGES:
                continue
            name = _name(path, root)
            if collection.translation is None:
                problems.append(f"{name}: {collection.folder} are not translated")
                continue
            translation = parse(path, collection.translation, problems, name)
            if translation is None:
                continue
            found = check_translation(source, translation, name, files[language].name)
            problems += found
            if not found:
                translations[code] = translation
        items.append(
            Item(item_folder.name, language, source, translations, item_folder)
        )
    return items


def _check_references(content: Content, root: Path, problems: list[str]) -> None:
    """Every slug an item names exists in the collection it points into."""
    slugs = {name: set(content.by_slug(name)) for name in content.collections}
    english = {i.slug for i in content["lessons"] if i.language == SOURCE_LANGUAGE}
    pages = english | slugs["resources"]

    def check(item: Item, collection: str, field_name: str, wanted, known) -> None:
        values = [wanted] if isinstance(wanted, str) else wanted or []
        for value in values:
            if value and value not in known:
                file = item.folder / f"{item.language}.md"
                problems.append(
                    f"{_name(file, root)}: {field_name}: no {collection} "
                    f"{value!r} in content/"
                )

    for slug in SITE_PAGES:
        if slug not in slugs["pages"]:
            problems.append(f"{_name(root / 'pages' / slug, root)}: missing folder")
    for item in content["pages"]:
        if item.slug not in SITE_PAGES:
            problems.append(
                f"{_name(item.folder, root)}: not a page the demo builds "
                f"({', '.join(SITE_PAGES)})"
            )
    for item in content["lessons"]:
        lesson = item.source
        for vocabulary in VOCABULARIES[:-1]:
            check(
                item,
                vocabulary,
                vocabulary,
                getattr(lesson, vocabulary),
                slugs[vocabulary],
            )
        check(item, "lesson", "related", lesson.related, english)
        check(
            item,
            "lesson",
            "adapted_from",
            [link.lesson for link in lesson.adapted_from],
            english,
        )
        check(item, "movement", "movement", lesson.movement, slugs["movements"])
        check(item, "campaign", "campaign", lesson.campaign, slugs["campaigns"])
    for item in content["resources"]:
        check(item, "topic", "topics", item.source.topics, slugs["topics"])
        check(item, "movement", "movement", item.source.movement, slugs["movements"])
        if item.source.document and not (item.folder / item.source.document).is_file():
            check(item, "file", "document", item.source.document, set())
    for item in content["paths"]:
        check(
            item,
            "lesson or resource",
            "steps",
            [step.page for step in item.source.steps],
            pages,
        )
    for item in content["movements"]:
        check(item, "topic", "topics", item.source.topics, slugs["topics"])
    for item in content["campaigns"]:
        campaign = item.source
        check(item, "movement", "movement", campaign.movement, slugs["movements"])
        check(item, "movement", "partners", campaign.partners, slugs["movements"])
        check(item, "topic", "topics", campaign.topics, slugs["topics"])
        check(item, "tactic", "tactics", campaign.tactics, slugs["tactics"])
    for item in content["events"]:
        check(item, "movement", "organiser", item.source.organiser, slugs["movements"])
        check(item, "topic", "topics", item.source.topics, slugs["topics"])
        check(item, "lesson", "lessons", item.source.lessons, english)
    saveable = slugs["lessons"] | slugs["resources"] | slugs["paths"] | slugs["events"]
    steps = {
        path.slug: {step.page for step in path.source.steps}
        for path in content["paths"]
    }
    for item in content["members"]:
        for saved in item.source.lists:
            check(item, "page", f"lists.{saved.name}", saved.items, saveable)
        for progress in item.source.paths:
            check(item, "path", "paths", progress.path, slugs["paths"])
            check(
                item,
                f"step of {progress.path}",
                "paths.done",
                progress.done,
                steps.get(progress.path, set()),
            )
        events = [rsvp.event for rsvp in item.source.rsvps]
        check(item, "event", "rsvps", events, slugs["events"])
    for item in content["submissions"]:
        check(item, "member", "member", item.source.member, slugs["members"])
        check(item, "topic", "topics", item.source.topics, slugs["topics"])
        check(item, "tactic", "tactics", item.source.tactics, slugs["tactics"])


def load(root: Path = CONTENT_DIR) -> Content:
    """Every item under ``root``, validated; raises :class:`ContentError`."""
    problems: list[str] = []
    content = Content(
        {
            name: load_collection(collection, root, problems)
            for name, collection in COLLECTIONS.items()
        }
    )
    if not problems:
        _check_references(content, root, problems)
    if problems:
        raise ContentError(problems)
    return content
