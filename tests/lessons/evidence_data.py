"""The evidence tests' scenario (dashboard, bottleneck pages, API), built
once per module, and builders.

The scenario (built once for the module), with what an anonymous visitor
counts:

======  =========  =====================  ===========  ========  ==========
lesson  tactics    bottleneck / audience  result       movement  cautions
======  =========  =====================  ===========  ========  ==========
L1      blockade   burnout / trainers     worked       M1        –
L2      blockade   burnout                worked       M1        –
L3      phonebank  burnout                misfire      –         –
L4      phonebank  venues                 mixed        –         high
L5      both       venues                 worked       –         low, high
L6      –          –                      worked       –         –
ANON    blockade   venues                 worked       M1        –
======  =========  =====================  ===========  ========  ==========

Not counted for anonymous visitors: MEMBERS (blockade, burnout, mixed;
members only), RESTRICTED (blockade, burnout, misfire; one group), DRAFT
(blockade, unpublished). L1 also exists in Swedish (counted once). Approved
reports: on L1's Swedish version (mixed, 2024) and on L3 (worked, with a
turnout figure 10 → 20); one on L2 is still waiting (not counted).

Turnout signals: L1 100 → 150 (+50 %), L2 200 → 300 (+50 %), L3 100 → 90
(−10 %), L5 50 → 100 (+100 %); L2 also has a media-reach signal without
figures ("unclear").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from engagement import factories as engagement
from home.demo.languages import translate, write_lesson
from home.models import HomePage
from lessons import factories
from lessons.models import LessonCaution, LessonOutcomeSignal, LessonPage
from tests.adoption_helpers import make_report
from tests.module_data import for_this_test, once_per_module


@dataclass
class Scenario:
    index: object
    l1: object
    l1_sv: object
    l3: object
    anonymised: object
    movement: object
    group: object


def signal(kind, before, after, effect):
    return LessonOutcomeSignal(
        metric_kind=kind,
        label=f"{kind} measured",
        baseline=None if before is None else Decimal(before),
        result=None if after is None else Decimal(after),
        effect=effect,
    )


def lesson(
    index,
    title,
    *,
    tactics=(),
    bottlenecks=(),
    audiences=(),
    signals=(),
    cautions=(),
    groups=None,
    **fields,
):
    page = factories.LessonPageFactory.build(title=title, **fields)
    page.tactics = list(tactics)
    page.bottlenecks = list(bottlenecks)
    page.audiences = list(audiences)
    page.outcome_signals = list(signals)
    page.cautions = [LessonCaution(risk_level=level, title=level) for level in cautions]
    if fields.get("sensitivity") == "restricted":
        page.restricted_to_groups = groups
    index.add_child(instance=page)
    page.save_revision().publish()
    return LessonPage.objects.get(pk=page.pk)


def build(home) -> Scenario:
    index = factories.LessonIndexPageFactory(parent=home)
    blockade = factories.TacticFactory(name="Blockade", slug="blockade")
    phonebank = factories.TacticFactory(name="Phone bank", slug="phonebank")
    burnout = factories.BottleneckFactory(name="Burnout", slug="burnout")
    venues = factories.BottleneckFactory(name="Securing venues", slug="venues")
    trainers = factories.AudienceFactory(name="Trainers", slug="trainers")
    directory = engagement.MovementIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(
        parent=directory, title="Riverside Tenants"
    )
    group = Group.objects.create(name="Legal team")

    l1 = lesson(
        index,
        "Blockade A",
        tactics=[blockade],
        bottlenecks=[burnout],
        audiences=[trainers],
        movement=movement,
        ended=date(2024, 5, 1),
        started=date(2024, 1, 1),
        signals=[signal("turnout", 100, 150, "improved")],
    )
    lesson(
        index,
        "Blockade B",
        tactics=[blockade],
        bottlenecks=[burnout],
        movement=movement,
        started=date(2025, 1, 1),
        ended=date(2025, 3, 1),
        signals=[
            signal("turnout", 200, 300, "improved"),
            signal("media_reach", None, None, "unclear"),
        ],
    )
    l3 = lesson(
        index,
        "Phone bank",
        tactics=[phonebank],
        bottlenecks=[burnout],
        result="misfire",
        started=date(2022, 1, 1),
        ended=date(2022, 6, 1),
        signals=[signal("turnout", 100, 90, "worsened")],
    )
    lesson(
        index,
        "Venue hunt",
        tactics=[phonebank],
        bottlenecks=[venues],
        result="mixed",
        cautions=["high"],
        started=date(2023, 2, 1),
    )
    lesson(
        index,
        "Both",
        tactics=[blockade, phonebank],
        bottlenecks=[venues],
        cautions=["low", "high"],
        started=date(2021, 1, 1),
        ended=date(2021, 2, 1),
        signals=[signal("turnout", 50, 100, "improved")],
    )
    lesson(index, "Plain", started=date(2020, 1, 1), ended=date(2020, 2, 1))
    anonymised = lesson(
        index,
        "Anonymous camp",
        tactics=[blockade],
        bottlenecks=[venues],
        movement=movement,
        anonymised=True,
        started=date(2023, 1, 1),
        ended=date(2023, 2, 1),
    )
    lesson(
        index,
        "Members blockade",
        tactics=[blockade],
        bottlenecks=[burnout],
        result="mixed",
        sensitivity="members",
    )
    lesson(
        index,
        "Restricted blockade",
        tactics=[blockade],
        bottlenecks=[burnout],
        result="misfire",
        sensitivity="restricted",
        groups=[group],
    )
    draft = lesson(index, "Draft blockade", tactics=[blockade], bottlenecks=[burnout])
    draft.unpublish()

    swedish = Locale.objects.get(language_code="sv")
    translate(home, swedish, lambda page: None)
    translate(index, swedish, lambda page: None)
    l1_sv, _new = translate(
        l1, swedish, write_lesson({"title": "Blockad A", "summary": "På svenska."})
    )
    reporter = make_user("reporter")
    make_report(l1_sv, reporter, result="mixed", started=date(2024, 9, 1))
    report = make_report(
        l3, reporter, result="worked", started=date(2023, 4, 1), signals=1
    )
    report.signals.update(before=Decimal(10), after=Decimal(20))
    make_report(
        LessonPage.objects.get(title="Blockade B"),
        reporter,
        result="misfire",
        status="submitted",
        started=date(2026, 1, 1),
    )
    return Scenario(index, l1, l1_sv, l3, anonymised, movement, group)


def make_user(username, groups=()):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.set(groups)
    return user


def build_once(django_db_blocker, tmp_path_factory):
    """For a module fixture: ``yield from build_once(...)``."""
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        yield media, build(home)


def for_test(built, settings) -> Scenario:
    media, data = built
    return for_this_test(data, media, settings)


def many_lessons(lesson_index, count: int) -> None:
    tactic = factories.TacticFactory(name="Blockade", slug="blockade")
    bottleneck = factories.BottleneckFactory(name="Burnout", slug="burnout")
    reporter = make_user(f"reporter-{count}")
    for n in range(count):
        page = lesson(
            lesson_index,
            f"Lesson {n}",
            tactics=[tactic],
            bottlenecks=[bottleneck],
            cautions=["high"],
            result=("worked", "mixed", "misfire")[n % 3],
            signals=[signal("turnout", 10 + n, 20 + n, "improved")],
        )
        make_report(page, reporter, signals=1)
