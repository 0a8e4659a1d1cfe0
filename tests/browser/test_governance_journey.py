"""Peer review in a real browser: a contributor writes and submits a lesson, a
peer reviewer (not the author) approves it, a coordinator signs it off, and an
anonymous visitor then finds it; a restricted lesson, through the same steps,
is found nowhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.roles import CONTRIBUTORS, COORDINATORS, PEER_REVIEWERS
from home.models import HomePage
from lessons.factories import LessonIndexPageFactory

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-only-passphrase"


@dataclass(frozen=True)
class ReviewSite:
    url: str
    index_id: int
    library_path: str


@pytest.fixture
def review_site(live_data, live_server) -> ReviewSite:
    """The lesson library, a group of trusted readers and one person per role."""
    index = LessonIndexPageFactory(parent=HomePage.objects.get())
    Group.objects.create(name="Legal team")
    users = get_user_model().objects
    for username, role in (
        ("writer", CONTRIBUTORS),
        ("reviewer", PEER_REVIEWERS),
        ("coordinator", COORDINATORS),
    ):
        user = users.create_user(username=username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=role))
    live_data.append("review_site")
    return ReviewSite(
        url=live_server.url, index_id=index.pk, library_path=f"/en/{index.slug}/"
    )


def sign_in(page, base: str, username: str) -> None:
    """Sign in at the admin's sign-in page, wherever it sends us."""
    page.context.clear_cookies()
    page.goto(f"{base}/admin/")
    page.get_by_label(re.compile(r"^(Username|Login)", re.I)).fill(username)
    page.get_by_label(re.compile(r"^Password", re.I)).fill(PASSWORD)
    page.get_by_role("button", name=re.compile(r"^Sign in$", re.I)).click()
    expect(page).to_have_url(f"{base}/admin/")


def footer_action(page, name: str) -> None:
    """Click an action of the editor's footer menu, opening the menu if needed."""
    button = page.get_by_role("button", name=name, exact=True)
    page.get_by_role("button", name="More actions").wait_for()
    if not button.is_visible():
        page.get_by_role("button", name="More actions").click()
    button.click()


def write_lesson(page, site: ReviewSite, title: str, restricted: bool) -> None:
    page.goto(f"{site.url}/admin/pages/add/lessons/lessonpage/{site.index_id}/")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill(title)
    page.get_by_role("textbox", name=re.compile(r"^Summary")).fill(
        "How we kept the blockade staffed through the night."
    )
    problem = page.locator('[data-contentpath="problem"] [contenteditable="true"]')
    problem.click()
    problem.press_sequentially("Nobody took the 2am shift.")
    # Draftail writes its field when it has settled; wait for that.
    expect(page.locator("#id_problem")).to_have_value(re.compile("2am shift"))
    if restricted:
        page.get_by_role("tab", name="Transparency & safety").click()
        page.get_by_label("Who can read this").select_option("restricted")
        page.get_by_label("Groups that can read it").select_option(label="Legal team")
    footer_action(page, "Submit to Peer review")
    expect(page.locator(".messages")).to_contain_text("submitted")


def approve(page, base: str, title: str, action: str = "Approve") -> None:
    """From the dashboard's review queue to the editor, approve, and see the
    lesson leave this person's queue."""
    page.goto(f"{base}/admin/")
    queue = page.locator("#review-queue-section")
    expect(queue).to_contain_text(title)
    queue.get_by_role("link", name=title).click()
    footer_action(page, action)
    expect(page).to_have_url(f"{base}/admin/")
    expect(page.locator("#review-queue-section")).to_have_count(0)


@pytest.mark.parametrize("restricted", [False, True], ids=["public", "restricted"])
def test_a_lesson_goes_through_peer_review_to_the_public(
    review_site, page, page_log, restricted
):
    site = review_site
    base = site.url
    title = "Night shifts at the blockade"

    # The contributor writes the lesson and submits it; they cannot publish.
    sign_in(page, base, "writer")
    write_lesson(page, site, title, restricted)
    expect(page.get_by_role("button", name="Publish", exact=True)).to_have_count(0)

    # Before review, the visitor finds nothing.
    page.context.clear_cookies()
    page.goto(f"{base}{site.library_path}")
    expect(page.get_by_role("main")).not_to_contain_text(title)

    # A peer reviewer approves; then a coordinator signs off, which publishes.
    sign_in(page, base, "reviewer")
    approve(page, base, title)
    sign_in(page, base, "coordinator")
    # The last step's approval publishes.
    approve(page, base, title, "Approve and Publish")

    # An anonymous visitor looks in the library, in search and on the home page.
    page.context.clear_cookies()
    if not restricted:
        page.goto(f"{base}/en/search/?q=blockade")
        expect(page.get_by_role("main")).to_contain_text(title)
        page.goto(f"{base}{site.library_path}")
        page.get_by_role("link", name=title).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
    else:
        for address in (site.library_path, "/en/search/?q=blockade", "/en/"):
            page.goto(f"{base}{address}")
            expect(page.get_by_role("main")).not_to_contain_text(title)
        response = page.goto(f"{base}{site.library_path}night-shifts-at-the-blockade/")
        assert response is not None
        expect(page.locator("body")).not_to_contain_text(title)
        sitemap = page.goto(f"{base}/sitemap.xml")
        assert sitemap is not None and "night-shifts" not in sitemap.text()

    # Nothing came from another host, in the admin or on the public site.
    assert page_log.foreign_requests() == []
    assert {"document", "stylesheet", "script"} <= page_log.resource_types()
    assert page_log.page_errors == []
