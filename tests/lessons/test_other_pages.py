"""Resources, learning paths and the glossary on the public site."""

import pytest

from lessons import factories
from lessons.models import LearningPathStep

from .helpers import make_lesson

pytestmark = pytest.mark.django_db


def test_resource_library_filters_by_collection_and_type(client, resource_index):
    housing = factories.TopicFactory(name="Housing", slug="housing")
    factories.ResourcePageFactory(
        parent=resource_index, title="Pledge card", topics=[housing]
    )
    factories.ResourcePageFactory(
        parent=resource_index, title="Film", resource_type="video"
    )

    by_topic = client.get(f"{resource_index.url}?topic=housing")
    by_type = client.get(f"{resource_index.url}?type=video")

    assert [r.title for r in by_topic.context["resources"]] == ["Pledge card"]
    assert [r.title for r in by_type.context["resources"]] == ["Film"]


def test_resource_page_names_its_language(client, resource_index):
    resource = factories.ResourcePageFactory(parent=resource_index, language="ar")

    html = client.get(resource.url).content.decode()

    assert 'lang="ar"' in html
    assert "العربيّة" in html or "العربية" in html


def test_members_resource_is_hidden_from_visitors(client, resource_index):
    resource = factories.ResourcePageFactory(
        parent=resource_index, title="Members guide", sensitivity="members"
    )

    response = client.get(resource.url)
    assert response.status_code == 302
    assert "login" in response.url
    assert "Members guide" not in client.get(resource_index.url).content.decode()


def test_learning_path_shows_steps_in_order_and_hides_restricted_ones(
    client, path_index, lesson_index, resource_index
):
    first = make_lesson(lesson_index, title="First lesson")
    hidden = make_lesson(lesson_index, title="Hidden lesson", sensitivity="members")
    resource = factories.ResourcePageFactory(parent=resource_index, title="Handout")
    path = factories.LearningPathPageFactory.build(title="Camp path")
    path.steps = [
        LearningPathStep(page=first, note="Start here"),
        LearningPathStep(page=hidden),
        LearningPathStep(page=resource),
    ]
    path_index.add_child(instance=path)

    response = client.get(path.url)

    html = response.content.decode()
    assert [step.item.title for step in response.context["steps"]] == [
        "First lesson",
        "Handout",
    ]
    assert "Hidden lesson" not in html
    assert "Start here" in html


def test_learning_path_index_lists_paths(client, path_index):
    factories.LearningPathPageFactory(parent=path_index, title="Pipeline path")

    assert "Pipeline path" in client.get(path_index.url).content.decode()


def test_glossary_groups_terms_a_to_z(client, glossary_page):
    for term in ("Spokescouncil", "Affinity group", "Action camp", "Blockade"):
        factories.GlossaryTermFactory(term=term, definition=f"About {term}.")

    response = client.get(glossary_page.url)

    letters = [
        (letter, [t.term for t in terms])
        for letter, terms in response.context["letters"]
    ]
    assert letters == [
        ("A", ["Action camp", "Affinity group"]),
        ("B", ["Blockade"]),
        ("S", ["Spokescouncil"]),
    ]
    assert "About Blockade." in response.content.decode()
