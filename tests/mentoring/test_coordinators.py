"""The coordinators' admin view of pairings: who, status and dates, never
contact details or messages; "End pairing" tells both. Only Coordinators
and superusers; other admin users get 403, members without the admin are
sent to its sign-in."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from governance import roles
from members.mentoring import services
from members.mentoring.models import Pairing, PairingStatus
from members.models import Notification, NotificationKind
from tests.governance.helpers import person

from .helpers import CONTACT, MESSAGE, make_member, make_profile

pytestmark = pytest.mark.django_db

LIST = "/admin/mentoring/pairings/"


@pytest.fixture
def active():
    mentor = make_member("mentor", display_name="Rania")
    mentee = make_member("mentee", display_name="Tomas")
    offer = make_profile(mentor, contact=f"{CONTACT}-mentor")
    pairing = services.propose(mentee, offer, 3, message=MESSAGE)
    services.accept(mentor, pairing)
    Notification.objects.all().delete()
    return pairing


def test_the_role_holds_the_permission():
    group = Group.objects.get(name=roles.COORDINATORS)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_pairing", "change_pairing"} <= codenames
    for name in (roles.MODERATORS, roles.CONTRIBUTORS, roles.PEER_REVIEWERS):
        other = Group.objects.get(name=name)
        assert not other.permissions.filter(codename__endswith="_pairing").exists()


def test_coordinators_see_who_status_and_dates_but_no_contact(client, active):
    client.force_login(person("coordinator", roles.COORDINATORS))
    assert reverse("mentoring_admin_pairings") == LIST
    response = client.get(LIST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Rania" in body and "Tomas" in body and "active" in body
    assert CONTACT not in body and MESSAGE not in body
    assert client.get(LIST, {"status": "ended"}).content.decode().count("Rania") == 0


def test_ending_a_pairing_tells_both(client, active):
    client.force_login(person("coordinator", roles.COORDINATORS))
    response = client.post(reverse("mentoring_admin_end", args=[active.pk]))
    assert response.status_code == 302
    assert Pairing.objects.get().status == PairingStatus.ENDED
    told = set(
        Notification.objects.filter(kind=NotificationKind.PAIRING_ENDED).values_list(
            "member__username", flat=True
        )
    )
    assert told == {"mentor", "mentee"}


def test_superusers_may_too(client, active, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    assert client.get(LIST).status_code == 200


@pytest.mark.parametrize("role", [roles.MODERATORS, roles.CONTRIBUTORS])
def test_other_admin_users_get_403(client, active, role):
    client.force_login(person("someone", role))
    assert client.get(LIST).status_code == 403
    assert (
        client.post(reverse("mentoring_admin_end", args=[active.pk])).status_code == 403
    )
    assert Pairing.objects.get().status == PairingStatus.ACTIVE


def test_members_without_the_admin_never_reach_it(client, active):
    client.force_login(make_member("member"))
    response = client.get(LIST)
    assert response.status_code in (302, 403)
    assert "Rania" not in response.content.decode()
    client.post(reverse("mentoring_admin_end", args=[active.pk]))
    assert Pairing.objects.get().status == PairingStatus.ACTIVE


def test_the_menu_item_shows_for_coordinators_only(client):
    client.force_login(person("coordinator", roles.COORDINATORS))
    assert LIST in client.get("/admin/").content.decode()
    client.force_login(person("moderator", roles.MODERATORS))
    assert LIST not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("count", [2, 12])
def test_the_list_has_a_constant_query_budget(
    client, django_assert_max_num_queries, count
):
    for n in range(count):
        mentor = make_member(f"mentor{n}")
        services.propose(make_member(f"mentee{n}"), make_profile(mentor), 3)
    client.force_login(person("coordinator", roles.COORDINATORS))
    client.get(LIST)
    with django_assert_max_num_queries(25):
        assert client.get(LIST).status_code == 200
