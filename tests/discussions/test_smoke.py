import pytest

from .helpers import post

pytestmark = pytest.mark.django_db


def test_smoke(client, lesson, ana, ben):
    question = post(ana, lesson, "How do we *start*?")
    post(ben, lesson, "Talk to neighbours.", parent=question)
    client.force_login(ben)
    text = client.get(lesson.url).text
    assert "How do we <em>start</em>?" in text
    assert "Talk to neighbours." in text
    response = client.get(lesson.url + f"?quote={question.pk}")
    assert "&gt; How do we *start*?" in response.text
