"""Posts on restricted, members-only and anonymised pages reach nobody who may
not read them, in any channel: the page's HTML, the permanent links, the
API, site search, notifications and e-mail. The same posts show to those who
may read them, which proves each channel is wired to them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from governance.roles import MODERATORS
from members.discussions import services
from members.discussions.models import DiscussionSwitch, SwitchState
from members.models import Notification
from tests.governance.helpers import person
from tests.lessons.helpers import make_lesson

from .helpers import make_member, post

pytestmark = pytest.mark.django_db

SECRET = "Zanzibarquokka meeting point"


@pytest.fixture
def group(db):
    return Group.objects.create(name="Legal team")


@pytest.fixture
def pages(lesson_index, group):
    return {
        "restricted": make_lesson(
            lesson_index, title="Legal rota", sensitivity="restricted", groups=[group]
        ),
        "members": make_lesson(
            lesson_index, title="Members rota", sensitivity="members"
        ),
        "anonymised": make_lesson(lesson_index, title="Quiet rota", anonymised=True),
    }


def open_anonymised(page):
    DiscussionSwitch.objects.create(
        page=page, state=SwitchState.OPEN, set_by=person("coord", "Coordinators")
    )


@pytest.mark.parametrize("kind", ["restricted", "members"])
def test_posts_on_pages_an_outsider_may_not_read(client, pages, group, kind):
    page = pages[kind]
    insider = make_member("insider", groups=[group])
    question = post(insider, page, SECRET)
    outsiders = [None] if kind == "members" else [None, make_member("outsider")]
    permalink = reverse("members:discussions_permalink", args=[question.pk])
    for outsider in outsiders:
        client.logout()
        if outsider:
            client.force_login(outsider)
        assert SECRET not in client.get(page.url).text
        assert client.get(permalink).status_code == 404
        assert SECRET not in client.get(reverse("search"), {"q": "Zanzibarquokka"}).text
        assert not services.access(page, outsider).read
    client.logout()
    assert client.get(f"/api/v1/lessons/{page.pk}/discussion/").status_code == 404
    client.force_login(insider)
    assert SECRET in client.get(page.url).text
    assert client.get(permalink).status_code == 302
    # Posts are never in site search, even for those who may read them.
    assert SECRET not in client.get(reverse("search"), {"q": "Zanzibarquokka"}).text


def test_permalinks_of_unreadable_posts_are_not_found(client, pages):
    page = pages["members"]
    question = post(make_member("insider"), page, SECRET)
    response = client.get(reverse("members:discussions_permalink", args=[question.pk]))
    assert response.status_code == 404


def test_anonymised_pages_show_no_posts_anywhere_until_opened(
    client, pages, mailoutbox
):
    page = pages["anonymised"]
    member = make_member("member")
    with pytest.raises(PermissionError):
        post(member, page, SECRET)
    client.force_login(member)
    assert 'id="discussion"' not in client.get(page.url).text
    open_anonymised(page)
    post(member, page, SECRET)
    assert SECRET in client.get(page.url).text
    DiscussionSwitch.objects.filter(page=page).delete()
    assert SECRET not in client.get(page.url).text
    client.logout()
    assert client.get(f"/api/v1/lessons/{page.pk}/discussion/").status_code == 404


def test_no_notification_or_email_about_a_page_the_author_left(
    pages, group, mailoutbox, django_capture_on_commit_callbacks
):
    page = pages["restricted"]
    leaver = make_member("leaver", groups=[group])
    stayer = make_member("stayer", groups=[group])
    question = post(leaver, page, SECRET)
    leaver.groups.remove(group)
    with django_capture_on_commit_callbacks(execute=True):
        reply = post(stayer, page, "Reply", parent=question)
        services.hide(None, [question])
        services.approve(None, [question])
    assert not Notification.objects.filter(member=leaver).exists()
    assert all(SECRET not in m.body and "Legal rota" not in m.body for m in mailoutbox)
    assert reply.pk


def test_moderator_email_never_holds_the_post_or_the_page(
    pages, group, mailoutbox, django_capture_on_commit_callbacks
):
    person("mod", MODERATORS)
    page = pages["restricted"]
    newcomer = make_member("newcomer", trusted=False, groups=[group])
    with django_capture_on_commit_callbacks(execute=True):
        post(newcomer, page, SECRET)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    for text in (SECRET, "Legal rota", "Newcomer"):
        assert text not in message.subject + message.body
