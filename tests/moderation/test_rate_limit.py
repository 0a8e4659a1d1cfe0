"""Public forms are rate-limited per client IP and per form, counting POSTs."""

from __future__ import annotations

import pytest

from core.public_forms import DEFAULT_RATE, public_form_rate, rate_limit_wait
from moderation.models import ConcernReport

from .helpers import report_data, report_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rate(settings):
    settings.PRAXIS_PUBLIC_FORM_RATE = "3/5m"


def post(client, lesson, ip="10.0.0.1", **data):
    return client.post(report_url(lesson), report_data(**data), REMOTE_ADDR=ip)


def test_fourth_post_within_five_minutes_is_refused(client, lesson):
    for _ in range(3):
        assert post(client, lesson).status_code == 302

    response = post(client, lesson, message="A fourth report")

    assert response.status_code == 429
    html = response.content.decode()
    assert "Please wait a few minutes and try again" in html
    assert 'class="error-summary" role="alert"' in html
    assert "A fourth report" in html  # the person's input is kept
    assert int(response["Retry-After"]) > 0
    assert ConcernReport.objects.count() == 3


def test_another_ip_can_still_post(client, lesson):
    for _ in range(4):
        post(client, lesson)

    assert post(client, lesson, ip="10.0.0.2").status_code == 302
    assert ConcernReport.objects.count() == 4


def test_invalid_and_trapped_posts_count_too(client, lesson):
    post(client, lesson, message="")
    post(client, lesson, website="http://spam")
    post(client, lesson)

    assert post(client, lesson).status_code == 429
    assert ConcernReport.objects.count() == 1


def test_reading_the_form_does_not_count(client, lesson):
    for _ in range(5):
        client.get(report_url(lesson), REMOTE_ADDR="10.0.0.1")

    assert post(client, lesson).status_code == 302


def test_limit_applies_across_pages(client, lesson, lesson_index):
    from tests.lessons.helpers import make_lesson

    other = make_lesson(lesson_index, title="Another lesson")
    for _ in range(3):
        post(client, lesson)

    assert post(client, other).status_code == 429


def test_rate_is_read_at_call_time(client, lesson, settings):
    settings.PRAXIS_PUBLIC_FORM_RATE = "1/5m"
    post(client, lesson)

    assert post(client, lesson).status_code == 429


def test_default_rate(settings):
    del settings.PRAXIS_PUBLIC_FORM_RATE

    assert public_form_rate() == DEFAULT_RATE == "3/5m"


def test_limit_is_per_form(rf):
    def request():
        return rf.post("/", REMOTE_ADDR="10.0.0.9")

    for _ in range(3):
        assert rate_limit_wait(request(), "moderation.report") == 0
    assert rate_limit_wait(request(), "moderation.report") > 0

    assert rate_limit_wait(request(), "translations.request") == 0


def test_only_posts_are_counted(rf):
    for _ in range(5):
        assert rate_limit_wait(rf.get("/", REMOTE_ADDR="10.0.0.9"), "form") == 0
