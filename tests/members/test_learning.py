"""Following a learning path: start, mark steps done (also read on paper),
finish, restart, continue where you left off; only readable steps count."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import PathProgress, StepDone
from tests.lessons.helpers import make_lesson

from .helpers import make_member, make_path, restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def steps(lesson_index):
    return [make_lesson(lesson_index, title=f"Step lesson {n}") for n in range(3)]


@pytest.fixture
def path(path_index, steps):
    return make_path(path_index, steps)


def mark(client, path, page, done=True):
    return client.post(
        f"/en/my/learning/{path.pk}/step/",
        {"page": page.pk, "done": "1" if done else "0", "next": path.url},
    )


def test_anonymous_visitors_are_asked_to_sign_in_to_track_progress(client, path):
    html = client.get(path.url).content.decode()

    assert "Sign in to track your progress" in html
    assert "Mark “Step lesson 0” as done" not in html


def test_a_member_starts_a_path_and_sees_every_step_to_mark(client, member, path):
    client.force_login(member)
    html = client.get(path.url).content.decode()
    assert "Start this path" in html
    assert html.count("as done</button>") == 3

    client.post(f"/en/my/learning/{path.pk}/", {"action": "start"})

    assert PathProgress.objects.filter(member=member, path=path).exists()
    assert "0 of 3 steps done" in client.get(path.url).content.decode()


def test_marking_a_step_starts_the_path_and_counts(client, member, path, steps):
    client.force_login(member)

    response = mark(client, path, steps[0])

    assert response.status_code == 302
    html = client.get(path.url).content.decode()
    assert "1 of 3 steps done" in html
    assert "Mark “Step lesson 0” as not done" in html


def test_the_last_step_finishes_the_path_and_undoing_reopens_it(
    client, member, path, steps
):
    client.force_login(member)
    for step in steps:
        mark(client, path, step)
    progress = PathProgress.objects.get(member=member)
    assert progress.finished_at is not None
    assert "finished on" in client.get(path.url).content.decode()

    mark(client, path, steps[1], done=False)

    progress.refresh_from_db()
    assert progress.finished_at is None


def test_restarting_clears_the_steps(client, member, path, steps):
    client.force_login(member)
    mark(client, path, steps[0])

    client.post(f"/en/my/learning/{path.pk}/", {"action": "restart"})

    assert not StepDone.objects.exists()
    assert "0 of 3 steps done" in client.get(path.url).content.decode()


def test_my_learning_continues_where_the_member_left_off(client, member, path, steps):
    client.force_login(member)
    mark(client, path, steps[0])

    html = client.get("/en/my/learning/").content.decode()

    assert "1 of 3 steps done" in html
    assert f'href="{steps[1].url}"' in html
    assert "Continue where you left off" in html


def test_a_step_that_is_not_on_the_path_or_not_readable_cannot_be_marked(
    client, member, path, lesson_index
):
    elsewhere = make_lesson(lesson_index, title="Not a step")
    client.force_login(member)

    assert mark(client, path, elsewhere).status_code == 404
    assert not StepDone.objects.exists()


def test_a_step_that_becomes_restricted_leaves_the_count(client, path, steps):
    group = Group.objects.create(name="Legal team")
    walker = make_member("walker")
    reader = make_member("reader", group)
    for person in (walker, reader):
        client.force_login(person)
        mark(client, path, steps[0])

    restrict(steps[0], group)

    client.force_login(walker)
    assert "0 of 2 steps done" in client.get(path.url).content.decode()
    learning = client.get("/en/my/learning/").content.decode()
    assert "0 of 2 steps done" in learning and "Step lesson 0" not in learning
    client.force_login(reader)
    assert "1 of 3 steps done" in client.get(path.url).content.decode()


def test_a_path_the_member_can_no_longer_read_leaves_my_learning(
    client, member, path, steps
):
    client.force_login(member)
    mark(client, path, steps[0])
    path.unpublish()

    assert "Camp path" not in client.get("/en/my/learning/").content.decode()


def queries_for(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_the_path_page_takes_the_same_queries_with_two_or_six_steps(
    client, member, lesson_index, path_index
):
    lessons = [make_lesson(lesson_index, title=f"Lesson {n}") for n in range(6)]
    short = make_path(path_index, lessons[:2], title="Short")
    long = make_path(path_index, lessons, title="Long")
    client.force_login(member)
    for path, done in ((short, lessons[:1]), (long, lessons[:4])):
        for lesson in done:
            mark(client, path, lesson)

    assert queries_for(client, short.url) == queries_for(client, long.url)


def test_my_learning_takes_the_same_queries_with_one_or_three_paths(
    client, member, lesson_index, path_index
):
    lessons = [make_lesson(lesson_index, title=f"Lesson {n}") for n in range(4)]
    paths = [make_path(path_index, lessons, title=f"Path {n}") for n in range(3)]
    client.force_login(member)
    mark(client, paths[0], lessons[0])
    one = queries_for(client, "/en/my/learning/")
    for path in paths[1:]:
        for lesson in lessons[:2]:
            mark(client, path, lesson)

    assert queries_for(client, "/en/my/learning/") == one
