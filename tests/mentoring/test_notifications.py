"""What members are told about mentoring, in the site and by e-mail: the
kinds, a link to their mentoring page, and never a contact detail, a message
or the other person's name."""

from __future__ import annotations

import pytest
from django.core import mail

from members.mentoring import services
from members.mentoring.models import ProfileKind
from members.models import Notification

from .helpers import CONTACT, MESSAGE, make_member, make_profile

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://praxis.example"


def test_no_contact_message_or_name_in_any_notification_or_email(
    client, django_capture_on_commit_callbacks
):
    mentor = make_member("mentor", display_name="Rania Secretname")
    mentee = make_member("mentee", display_name="Tomas Hiddenname")
    offer = make_profile(mentor, contact=f"{CONTACT}-mentor")
    make_profile(mentee, ProfileKind.REQUEST, contact=f"{CONTACT}-mentee")
    with django_capture_on_commit_callbacks(execute=True):
        first = services.propose(mentee, offer, 3, message=MESSAGE)
    with django_capture_on_commit_callbacks(execute=True):
        services.decline(mentor, first)
    with django_capture_on_commit_callbacks(execute=True):
        pairing = services.propose(mentor, mentee.mentoring_profiles.get(), 3)
    with django_capture_on_commit_callbacks(execute=True):
        services.accept(mentee, pairing)
    with django_capture_on_commit_callbacks(execute=True):
        services.end_by_member(mentee, pairing)
    kinds = sorted(Notification.objects.values_list("kind", flat=True))
    assert kinds == sorted(
        [
            "mentor_request",
            "pairing_declined",
            "mentor_request",
            "pairing_started",
            "pairing_started",
            "pairing_ended",
        ]
    )
    assert len(mail.outbox) == 6
    # Each is greeted by their own name, never told the other's.
    other_name = {
        mentor.email: "Hiddenname",
        mentee.email: "Secretname",
    }
    for message in mail.outbox:
        text = message.subject + message.body
        secrets = (CONTACT, MESSAGE, other_name[message.to[0]])
        assert not any(secret in text for secret in secrets), text
        assert "https://praxis.example/en/my/mentoring/" in message.body
    for user in (mentor, mentee):
        client.force_login(user)
        body = client.get("/en/my/notifications/").content.decode()
        secrets = (CONTACT, MESSAGE, other_name[user.email])
        assert not any(secret in body for secret in secrets)
        assert 'href="/en/my/mentoring/"' in body
    assert not any(n.comment for n in Notification.objects.all())
