"""``/<lang>/my/tokens/``: a member makes, lists and revokes the personal
access tokens of the members' API; a token is shown once, only its digest kept."""

from __future__ import annotations

import pytest

from members.api.auth import digest
from members.api.tokens import MAX_TOKENS, create_token
from members.models import AccessToken

pytestmark = pytest.mark.django_db

URL = "/en/my/tokens/"


@pytest.fixture
def signed_in(client, member):
    client.force_login(member)
    return client


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_new_token_is_shown_once_and_only_its_digest_kept(signed_in, member):
    made = signed_in.post(URL, {"label": "My phone"})
    token = made.context["new_token"]
    again = signed_in.get(URL)

    assert made.status_code == 200
    assert "Copy it now" in made.content.decode()
    row = AccessToken.objects.get(member=member)
    assert (row.label, row.digest) == ("My phone", digest(token))
    assert token not in again.content.decode()
    assert "My phone" in again.content.decode()


def test_the_new_token_reads_the_api(signed_in, client):
    token = signed_in.post(URL, {"label": "Script"}).context["new_token"]
    client.logout()

    response = client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert response.status_code == 200


def test_a_label_is_required(signed_in):
    response = signed_in.post(URL, {"label": "  "})

    assert response.status_code == 400
    assert response.context["form"].errors["label"]
    assert not AccessToken.objects.exists()


def test_a_member_may_hold_at_most_ten_tokens(signed_in, member):
    for number in range(MAX_TOKENS):
        create_token(member, f"Token {number}")

    response = signed_in.post(URL, {"label": "One more"})

    assert response.status_code == 400
    assert AccessToken.objects.filter(member=member).count() == MAX_TOKENS
    assert "Revoke one" in response.content.decode()


def test_a_revoked_token_is_gone(signed_in, member):
    row, _token = create_token(member, "Old laptop")

    response = signed_in.post(f"/en/my/tokens/{row.pk}/revoke/")

    assert response.status_code == 302
    assert not AccessToken.objects.exists()


def test_another_members_token_cannot_be_revoked(signed_in, django_user_model):
    other = django_user_model.objects.create_user(username="other", password="pw")
    row, _token = create_token(other, "Theirs")

    response = signed_in.post(f"/en/my/tokens/{row.pk}/revoke/")

    assert response.status_code == 404
    assert AccessToken.objects.filter(pk=row.pk).exists()


def test_revoking_takes_a_post(signed_in, member):
    row, _token = create_token(member, "Laptop")

    assert signed_in.get(f"/en/my/tokens/{row.pk}/revoke/").status_code == 405


@pytest.mark.parametrize("count", [1, 5])
def test_the_page_costs_the_same_queries_however_many_tokens(
    signed_in, member, count, django_assert_max_num_queries
):
    for number in range(count):
        create_token(member, f"Token {number}")
    signed_in.get(URL)

    with django_assert_max_num_queries(8):
        response = signed_in.get(URL)

    assert len(response.context["tokens"]) == count
