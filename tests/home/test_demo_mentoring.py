"""The demo's mentoring: eight offers and a few requests across the demo
members in several languages and time zones, and three pairings (two
active, one proposed)."""

from __future__ import annotations

import pytest

from home.demo.build import DemoBuilder
from members.mentoring import services
from members.mentoring.models import MentoringProfile, Pairing, PairingStatus
from tests.module_data import once_per_module

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory):
        report = DemoBuilder().build()
        yield report


def test_eight_offers_and_some_requests_in_several_languages(demo):
    offers = MentoringProfile.objects.filter(kind="offer")
    requests = MentoringProfile.objects.filter(kind="request")
    assert offers.count() == 8
    assert requests.count() >= 3
    languages = {code for p in offers for code in p.languages}
    assert {"en", "ar", "sv", "es", "fr"} <= languages
    assert len({p.time_zone for p in offers}) >= 5
    assert all(services.valid_time_zone(p.time_zone) for p in offers)
    assert all(p.topics.exists() for p in offers)


def test_three_pairings_two_active_one_proposed(demo):
    statuses = sorted(Pairing.objects.values_list("status", flat=True))
    assert statuses == [
        PairingStatus.ACTIVE,
        PairingStatus.ACTIVE,
        PairingStatus.PROPOSED,
    ]
    assert not services.due().exists()


def test_a_demo_request_has_suggested_mentors(demo):
    request = MentoringProfile.objects.get(
        member__username="harbour-neighbours", kind="request"
    )
    assert services.suggestions(request, services.TermNames())


def test_building_again_adds_nothing(demo):
    before = (MentoringProfile.objects.count(), Pairing.objects.count())
    DemoBuilder().build()
    assert (MentoringProfile.objects.count(), Pairing.objects.count()) == before


def test_the_demo_mentoring_pages_render(demo, client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="harbour-neighbours"))
    for url in ("/en/my/mentoring/", "/ar/my/mentoring/", "/en/mentoring/"):
        assert client.get(url).status_code == 200
