"""``manage.py seed_demo`` builds a complete, realistic data set, once."""

from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page, Revision
from wagtail_localize.models import Translation

from engagement.choices import Attendance, CampaignStatus, Commitment, EventFormat
from engagement.models import (
    CampaignPage,
    CampaignPartner,
    EventIndexPage,
    EventLesson,
    EventPage,
    GetInvolvedPage,
    MovementIndexPage,
    MovementProfilePage,
    Opportunity,
)
from home.demo import discussions as demo_discussions
from home.demo.content import LANGUAGES, load
from lessons.choices import LessonFormat, ResourceType, Result
from lessons.models import (
    AdoptionReport,
    Audience,
    Bottleneck,
    GlossaryTerm,
    LearningPathPage,
    LessonAdaptation,
    LessonIndexPage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
    Tactic,
    Topic,
)
from members.discussions import services as discussions
from members.discussions.models import ModerationEntry, Post, PostStatus, Thread
from members.mentoring import services as mentoring
from members.mentoring.models import MentoringProfile, Pairing, PairingStatus
from members.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module; each test reads it inside its own transaction."""
    with django_db_blocker.unblock():
        out = StringIO()
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        editor_groups = list(
            MovementProfilePage.objects.values_list("editor_group", flat=True)
        )
        ModerationEntry.objects.all().delete()
        Page.objects.filter(depth__gt=2).delete()
        # The other languages' home pages, which seed_demo translated.
        Page.objects.filter(depth=2).exclude(locale=Locale.get_default()).delete()
        Group.objects.filter(pk__in=editor_groups).delete()
        for model in (GlossaryTerm, Tactic, Topic, Audience, Bottleneck):
            model.objects.all().delete()
        get_user_model().objects.all().delete()


def snapshot() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "glossary": GlossaryTerm.objects.count(),
        "users": get_user_model().objects.count(),
        "adaptations": LessonAdaptation.objects.count(),
        "partners": CampaignPartner.objects.count(),
        "opportunities": Opportunity.objects.count(),
        "event lessons": EventLesson.objects.count(),
        "groups": Group.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "lessons with a movement": LessonPage.objects.filter(
            movement__isnull=False
        ).count(),
        "resources with a movement": ResourcePage.objects.filter(
            movement__isnull=False
        ).count(),
        "adoption reports": AdoptionReport.objects.count(),
        "reports turned into lessons": AdoptionReport.objects.filter(
            converted_to__isnull=False
        ).count(),
        "posts": Post.objects.count(),
        "mentoring profiles": MentoringProfile.objects.count(),
        "pairings": Pairing.objects.count(),
    }


def test_first_run_prints_the_admin_password_once(seeded):
    assert "password:" in seeded
    again = StringIO()
    call_command("seed_demo", stdout=again)
    assert "password:" not in again.getvalue()
    assert "changepassword admin" in again.getvalue()


def test_running_twice_changes_nothing(seeded):
    before = snapshot()
    out = StringIO()

    call_command("seed_demo", stdout=out)

    assert snapshot() == before
    assert "already complete" in out.getvalue()


def test_lessons_cover_every_format_result_and_tactic(seeded):
    lessons = LessonPage.objects.live()

    assert lessons.count() >= 40
    assert {lesson.format for lesson in lessons} == set(LessonFormat.values)
    assert {lesson.result for lesson in lessons} == set(Result.values)
    used = set(lessons.values_list("tactics__slug", flat=True))
    assert used == {item.slug for item in load()["tactics"]}


def test_lessons_carry_signals_and_context(seeded):
    from members.models import Submission

    # What members shared through the form carries only what they wrote, and
    # a draft made from a "we tried this" report only what the report said.
    shared = Submission.objects.exclude(page=None).values("page_id")
    converted = AdoptionReport.objects.exclude(converted_to=None).values(
        "converted_to_id"
    )
    lessons = LessonPage.objects.exclude(pk__in=shared).exclude(pk__in=converted)
    assert lessons.count() >= 30
    for lesson in lessons:
        assert lesson.outcome_signals.exists(), lesson.slug
        assert lesson.political_context and lesson.legal_context, lesson.slug
        assert len(lesson.activities) >= 1, lesson.slug


def test_at_least_five_lineage_chains(seeded):
    adapted = set(LessonAdaptation.objects.values_list("page_id", flat=True))
    sources = set(LessonAdaptation.objects.values_list("source_id", flat=True))
    # A chain is at least A → B → C: a lesson that adapts one that adapts another.
    middles = adapted & sources
    assert len(middles) >= 5


def test_resources_paths_and_glossary(seeded):
    resources = ResourcePage.objects.live()
    assert resources.count() >= 20
    topic_counts = Counter(resources.values_list("topics__slug", flat=True))
    assert len([slug for slug, n in topic_counts.items() if slug and n >= 1]) >= 6
    assert {r.resource_type for r in resources} == set(ResourceType.values)
    assert LearningPathPage.objects.live().count() == 3
    assert GlossaryTerm.objects.count() >= 25


def test_engagement_index_pages_are_in_the_menu(seeded):
    for model in (MovementIndexPage, GetInvolvedPage, EventIndexPage):
        page = model.objects.get(locale=Locale.get_default())
        assert page.live and page.show_in_menus, model.__name__


def test_movements_span_continents_and_languages(seeded):
    movements = MovementProfilePage.objects.live()

    assert movements.count() >= 8
    countries = {
        country.code for movement in movements for country in movement.countries
    }
    assert {"SE", "LB", "CO", "KE", "IN", "US"} <= countries
    languages = {code for movement in movements for code in movement.languages}
    assert {"ar", "es", "sv", "fr", "en"} <= languages
    assert all(movement.topics.exists() for movement in movements)
    assert movements.filter(show_contact=True).exclude(contact_email="").exists()


def test_each_movement_has_its_editor_group(seeded):
    index_pages = {
        page.pk
        for model in (LessonIndexPage, ResourceIndexPage, EventIndexPage)
        # Movement editors write in the source language.
        for page in model.objects.filter(locale=Locale.get_default())
    }
    for movement in MovementProfilePage.objects.all():
        assert movement.editor_group is not None, movement.slug
        pages = set(
            GroupPagePermission.objects.filter(group=movement.editor_group).values_list(
                "page_id", flat=True
            )
        )
        assert pages == index_pages | {movement.pk}, movement.slug


def test_campaigns_cover_every_status(seeded):
    campaigns = CampaignPage.objects.live()

    assert campaigns.count() >= 15
    assert set(campaigns.values_list("status", flat=True)) == set(CampaignStatus.values)
    finished = campaigns.filter(
        status__in=[CampaignStatus.WON, CampaignStatus.LOST, CampaignStatus.ENDED]
    )
    assert all(campaign.outcome_summary for campaign in finished)


def test_campaigns_have_other_movements_as_partners(seeded):
    partners = CampaignPartner.objects.select_related("page")

    assert partners.count() >= 5
    for partner in partners:
        assert partner.page.get_parent().pk != partner.movement_id


def test_the_demo_partners_have_accepted_so_they_are_shown(seeded):
    assert not CampaignPartner.objects.exclude(status="accepted").exists()


def test_opportunities_are_partly_expired_and_partly_current(seeded):
    today = timezone.localdate()
    opportunities = Opportunity.objects.all()
    current = Opportunity.objects.current()

    assert opportunities.count() >= 30
    assert opportunities.count() - current.count() >= 4
    assert current.count() >= 20
    assert current.filter(starts_on__gt=today).exists()
    assert current.filter(join_by__isnull=False).exists()
    assert set(opportunities.values_list("attendance", flat=True)) == set(
        Attendance.values
    )
    assert set(opportunities.values_list("commitment", flat=True)) == set(
        Commitment.values
    )
    online = opportunities.filter(attendance=Attendance.ONLINE)
    online_languages = {code for item in online for code in item.languages}
    assert {"ar", "es"} <= online_languages


def test_events_are_past_and_upcoming_online_and_in_person(seeded):
    now = timezone.now()
    events = EventPage.objects.live()

    assert events.count() >= 12
    assert events.filter(ends_at__lt=now).exists()
    assert events.filter(starts_at__gt=now).exists()
    assert set(events.values_list("format", flat=True)) == set(EventFormat.values)
    assert set(events.values_list("attendance", flat=True)) == set(Attendance.values)
    assert len(set(events.values_list("time_zone", flat=True))) >= 4
    assert not events.filter(organiser__isnull=True).exists()
    assert EventLesson.objects.values("page").distinct().count() == events.count()


def test_lessons_and_resources_name_their_movement(seeded):
    linked = LessonPage.objects.filter(movement__isnull=False)
    from_campaigns = linked.filter(source_campaign__isnull=False)

    assert linked.count() >= 20
    assert from_campaigns.count() >= 10
    for lesson in from_campaigns:
        assert lesson.source_campaign.get_parent().pk == lesson.movement_id
    # The links are in the latest revision too, so the next edit keeps them.
    for lesson in linked:
        revision = lesson.get_latest_revision_as_object()
        assert revision.movement_id == lesson.movement_id, lesson.slug
    assert ResourcePage.objects.filter(movement__isnull=False).count() >= 5


def test_demo_site_pages_render(seeded, client):
    for url in (
        "/en/",
        "/en/lessons/",
        "/en/resources/",
        "/en/paths/",
        "/en/glossary/",
        "/en/movements/",
        "/en/get-involved/",
        "/en/events/",
        "/en/events/past/",
    ):
        assert client.get(url).status_code == 200, url
    for lesson in LessonPage.objects.filter(sensitivity="public")[:10]:
        assert client.get(lesson.url).status_code == 200, lesson.url
    for model in (MovementProfilePage, CampaignPage, EventPage):
        for page in model.objects.live()[:5]:
            assert client.get(page.url).status_code == 200, page.url


def test_one_account_per_editorial_role(seeded):
    from home.demo.build import ROLE_ACCOUNTS

    for username, role in ROLE_ACCOUNTS:
        user = get_user_model().objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [role]
        assert not user.is_superuser


def test_a_lesson_waits_in_the_review_queue(seeded):
    from governance.review import review_queue
    from home.demo.build import IN_REVIEW_SLUG

    lesson = LessonPage.objects.get(slug=IN_REVIEW_SLUG)
    assert not lesson.live
    assert lesson.current_workflow_task.name == "Peer review"
    reviewer = get_user_model().objects.get(username="reviewer")
    items, total = review_queue(reviewer)
    # The contributor's lesson first, then what two demo members shared and
    # the draft a coordinator made from a "we tried this" report.
    assert [item.page.pk for item in items][0] == lesson.pk
    [report] = AdoptionReport.objects.exclude(converted_to=None)
    assert sorted(item.page.title for item in items[1:]) == sorted(
        [
            "A buddy system at the welcome tent",
            "Heat hub volunteer checklist",
            report.converted_to.title,
        ]
    )
    assert total == 4
    contributor = get_user_model().objects.get(username="contributor")
    assert lesson.current_workflow_task.get_actions(lesson, contributor) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_lessons_taxonomy_glossary_and_navigation_are_translated(seeded, code):
    locale = Locale.objects.get(language_code=code)
    english = Locale.get_default()
    lessons = LessonPage.objects.live().filter(locale=locale)
    translated = lessons.filter(
        translation_key__in=LessonPage.objects.filter(locale=english).values(
            "translation_key"
        )
    )
    assert translated.count() >= 12
    # Real wagtail-localize translations, which translators can open and sync.
    assert (
        Translation.objects.filter(
            target_locale=locale, source__specific_content_type__model="lessonpage"
        ).count()
        >= 12
    )
    sample = translated.get(slug=load().translated_lessons()[0])
    source = sample.get_translation(english)
    assert sample.title != source.title
    assert sample.problem != source.problem
    assert sample.countries == source.countries
    assert [s.result for s in sample.outcome_signals.all()] == [
        s.result for s in source.outcome_signals.all()
    ]
    assert [s.label for s in sample.outcome_signals.all()] != [
        s.label for s in source.outcome_signals.all()
    ]
    for model in (Topic, Tactic, Audience, Bottleneck, GlossaryTerm):
        assert model.objects.filter(locale=locale).count() == (
            model.objects.filter(locale=english).count()
        ), model.__name__
    home = Page.objects.get(depth=2, locale=locale)
    menu = home.get_children().live().in_menu()
    assert menu.count() >= 6
    assert all(page.locale_id == locale.pk for page in menu)


def test_lessons_written_in_swedish_and_arabic(seeded):
    originals = [
        lesson
        for lesson in LessonPage.objects.live().exclude(locale=Locale.get_default())
        if lesson.pk
        == LessonPage.objects.filter(translation_key=lesson.translation_key)
        .order_by("pk")
        .first()
        .pk
    ]
    languages = Counter(lesson.locale.language_code for lesson in originals)
    assert languages["sv"] + languages["ar"] >= 6
    assert languages["sv"] >= 1 and languages["ar"] >= 1


@pytest.mark.parametrize("code", LANGUAGES)
def test_translated_pages_render(seeded, client, code):
    assert client.get(f"/{code}/").status_code == 200
    assert client.get(f"/{code}/lessons/").status_code == 200
    for lesson in LessonPage.objects.live().filter(locale__language_code=code)[:5]:
        assert client.get(lesson.url).status_code == 200, lesson.url


def test_a_dozen_demo_members_have_lists_progress_and_rsvps(seeded):
    from members.models import Member, PathProgress, Rsvp, RsvpStatus, SavedList

    members = Member.objects.filter(user__groups=None, user__is_superuser=False)
    assert members.count() >= 12
    assert SavedList.objects.exclude(share_token=None).count() >= 3
    assert PathProgress.objects.exclude(finished_at=None).exists()
    assert PathProgress.objects.filter(finished_at=None).exists()
    # The small event is full, and the last to answer wait for a place.
    full = Rsvp.objects.filter(event__slug="camp-first-aid-refresher")
    assert full.filter(status=RsvpStatus.GOING).count() == 6
    assert full.filter(status=RsvpStatus.WAITING).count() == 1
    assert {m.language for m in members} >= {"en", "sv", "ar", "es", "fr"}


# --- Peer learning: "we tried this" reports, discussions, mentoring ---------
# (in this module, so the demo is built once for all of them)


def test_twenty_reports_with_misfires_and_mixed_results(seeded):
    reports = AdoptionReport.objects.all()
    assert reports.count() == 20
    results = Counter(reports.values_list("result", flat=True))
    assert results["misfire"] >= 2
    assert results["mixed"] >= 2
    assert reports.filter(member__isnull=True).count() == 0


def test_most_are_approved_a_couple_wait_and_a_couple_are_anonymised(seeded):
    statuses = Counter(AdoptionReport.objects.values_list("status", flat=True))
    assert statuses == {"approved": 18, "submitted": 2}
    assert AdoptionReport.objects.filter(anonymised=True).count() == 2
    assert (
        Notification.objects.filter(kind=NotificationKind.ADOPTION_APPROVED).count()
        == 18
    )


def test_one_report_became_a_draft_lesson_adapted_from_its_lesson(seeded):
    [report] = AdoptionReport.objects.filter(converted_to__isnull=False)
    draft = LessonPage.objects.get(pk=report.converted_to_id)
    assert not draft.live
    assert draft.adapted_from_links.get().source_id == report.lesson_id
    assert draft.current_workflow_state is not None


def test_the_lessons_show_their_tried_by_summary(seeded, client):
    lesson = LessonPage.objects.get(
        slug="doorstep-pledge-count-rent-strike", locale=Locale.get_default()
    )
    html = client.get(lesson.url).content.decode()
    assert "Tried by 3 groups: 1 worked, 1 mixed, 1 misfire" in html


def test_the_content_files_are_valid():
    found = demo_discussions.entries()
    assert len(found) >= 12
    assert {language for _slug, language, _data in found} >= {"en", "ar", "es"}


def test_a_dozen_lessons_in_three_languages_have_discussions(seeded):
    threads = Thread.objects.filter(posts__status=PostStatus.VISIBLE).distinct()
    assert threads.count() >= 12
    languages = set(threads.values_list("page__locale__language_code", flat=True))
    assert languages >= {"en", "ar", "es"}
    for thread in threads.select_related("page"):
        assert discussions.access(thread.page.specific, None).read


def test_replies_a_quote_a_hidden_post_and_one_waiting(seeded):
    assert Post.objects.filter(parent__isnull=False).count() >= 10
    assert Post.objects.filter(quoted__isnull=False).exists()
    hidden = Post.objects.get(status=PostStatus.HIDDEN)
    assert hidden.reports.count() == 3
    waiting = Post.objects.get(status=PostStatus.AWAITING)
    assert discussions.limits_for(waiting.author).posts_premoderated
    assert set(discussions.queue()) == {hidden, waiting}


def test_the_discussions_show_on_the_lesson_pages(seeded, client):
    thread = Thread.objects.get(
        page__slug="care-rota-feminist-climate-camp", page__locale__language_code="es"
    )
    text = client.get(thread.page.url).text
    assert "turnos de noche" in text
    assert 'dir="auto"' in text


def test_eight_offers_and_some_requests_in_several_languages(seeded):
    offers = MentoringProfile.objects.filter(kind="offer")
    requests = MentoringProfile.objects.filter(kind="request")
    assert offers.count() == 8
    assert requests.count() >= 3
    languages = {code for p in offers for code in p.languages}
    assert {"en", "ar", "sv", "es", "fr"} <= languages
    assert len({p.time_zone for p in offers}) >= 5
    assert all(mentoring.valid_time_zone(p.time_zone) for p in offers)
    assert all(p.topics.exists() for p in offers)


def test_three_pairings_two_active_one_proposed(seeded):
    statuses = sorted(Pairing.objects.values_list("status", flat=True))
    assert statuses == [
        PairingStatus.ACTIVE,
        PairingStatus.ACTIVE,
        PairingStatus.PROPOSED,
    ]
    assert not mentoring.due().exists()


def test_a_demo_request_has_suggested_mentors(seeded):
    request = MentoringProfile.objects.get(
        member__username="harbour-neighbours", kind="request"
    )
    assert mentoring.suggestions(request, mentoring.TermNames())


def test_the_demo_mentoring_pages_render(seeded, client):
    client.force_login(get_user_model().objects.get(username="harbour-neighbours"))
    for url in ("/en/my/mentoring/", "/ar/my/mentoring/", "/en/mentoring/"):
        assert client.get(url).status_code == 200
