"""Suggested matches: ranked by shared topics and tactics, a shared language
required, closer time zones and a fitting way of working first, with a
place left, never the member themselves, never inactive or blocked."""

from __future__ import annotations

import datetime

import pytest
from django.utils import translation

from members.mentoring import services
from members.mentoring.models import Mode, Pairing, PairingStatus, ProfileKind

from .helpers import make_member, make_profile, tactic, topic

pytestmark = pytest.mark.django_db

#: A winter's day, so that summer time does not move the offsets.
WINTER = datetime.datetime(2026, 1, 15, 12, tzinfo=datetime.UTC)


def request_of(user, **kwargs):
    return make_profile(user, ProfileKind.REQUEST, **kwargs)


def names():
    return services.TermNames()


def suggested(profile):
    return [m.profile.member.username for m in services.suggestions(profile, names())]


def test_hours_apart_goes_round_the_world_the_short_way():
    assert services.hours_apart("Europe/Stockholm", "Europe/Stockholm", WINTER) == 0
    assert services.hours_apart("Europe/Stockholm", "Africa/Cairo", WINTER) == 1
    assert services.hours_apart("Pacific/Auckland", "America/Bogota", WINTER) == 6
    assert services.hours_apart("Asia/Tokyo", "America/New_York", WINTER) == 10


def test_modes_fit_unless_one_wants_only_writing_and_the_other_only_talking():
    assert services.modes_fit(Mode.ASYNC, Mode.EITHER)
    assert services.modes_fit(Mode.LIVE, Mode.LIVE)
    assert not services.modes_fit(Mode.ASYNC, Mode.LIVE)


def test_score_counts_topics_over_tactics_and_needs_a_shared_language():
    housing, labour, strike = topic("Housing"), topic("Labour"), tactic("Strike")
    want = request_of(make_member("mentee"), topics=[housing, labour], tactics=[strike])
    two_topics = make_profile(make_member("a"), topics=[housing, labour])
    one_tactic = make_profile(make_member("b"), tactics=[strike])
    other_language = make_profile(
        make_member("c"), languages=["ar"], topics=[housing, labour]
    )
    first = services.score(want, two_topics, WINTER)
    second = services.score(want, one_tactic, WINTER)
    assert first[0] > second[0]
    assert first[1]["topics"] == {housing.translation_key, labour.translation_key}
    assert services.score(want, other_language, WINTER) is None


def test_closer_time_zones_rank_first_when_all_else_is_equal():
    want = request_of(make_member("mentee"), time_zone="Europe/Stockholm")
    make_profile(make_member("far"), time_zone="Asia/Tokyo")
    make_profile(make_member("near"), time_zone="Europe/Berlin")
    assert suggested(want) == ["near", "far"]


def test_incompatible_modes_are_not_suggested():
    want = request_of(make_member("mentee"), mode=Mode.LIVE)
    make_profile(make_member("writer"), mode=Mode.ASYNC)
    make_profile(make_member("talker"), mode=Mode.LIVE)
    assert suggested(want) == ["talker"]


def test_never_yourself_never_inactive_never_blocked_never_full():
    mentee = make_member("mentee")
    want = request_of(mentee)
    make_profile(mentee)  # their own offer
    make_profile(make_member("paused"), active=False)
    blocked = make_member("blocked")
    make_profile(blocked)
    blocked.is_active = False
    blocked.save()
    full = make_member("full")
    make_profile(full, capacity=1)
    Pairing.objects.create(
        mentor=full,
        mentee=make_member("someone"),
        proposed_by=full,
        status=PairingStatus.ACTIVE,
        ends_on=datetime.date(2030, 1, 1),
    )
    make_profile(make_member("open"), capacity=2)
    assert suggested(want) == ["open"]


def test_someone_with_an_open_pairing_already_is_not_suggested_again():
    mentee = make_member("mentee")
    want = request_of(mentee)
    mentor = make_member("mentor")
    offer = make_profile(mentor, capacity=3)
    assert suggested(want) == ["mentor"]
    services.propose(mentee, offer, 3)
    assert suggested(want) == []


def test_an_offer_is_suggested_the_requests_it_fits():
    mentor = make_member("mentor")
    offer = make_profile(mentor, languages=["ar", "en"])
    request_of(make_member("arabic"), languages=["ar"])
    request_of(make_member("swedish"), languages=["sv"])
    assert suggested(offer) == ["arabic"]


def test_the_reasons_say_why_it_matched():
    housing, labour = topic("Housing"), topic("Labour")
    want = request_of(
        make_member("mentee"),
        languages=["ar"],
        time_zone="Africa/Cairo",
        topics=[housing, labour],
    )
    make_profile(
        make_member("mentor"),
        languages=["ar", "fr"],
        time_zone="Europe/Stockholm",
        topics=[housing, labour],
    )
    [match] = services.suggestions(want, names(), now=WINTER)
    with translation.override("en"):
        assert match.reasons() == [
            "2 shared topics",
            "both speak Arabic",
            "1 hour apart",
        ]
    assert match.topics == ["Housing", "Labour"]
    assert match.spare == 1


def test_topics_are_shown_in_the_readers_language():
    from wagtail.models import Locale

    swedish, _created = Locale.objects.get_or_create(language_code="sv")
    housing = topic("Housing")
    translated = housing.copy_for_translation(swedish)
    translated.name = "Bostad"
    translated.save()
    want = request_of(make_member("mentee"), topics=[housing])
    # The mentor chose the Swedish term: it still matches the English one.
    make_profile(make_member("mentor"), topics=[translated])
    with translation.override("sv"):
        [match] = services.suggestions(want, services.TermNames())
        assert match.topics == ["Bostad"]
    with translation.override("en"):
        [match] = services.suggestions(want, services.TermNames())
        assert match.topics == ["Housing"]
