"""Home page, navigation, sitemap, error pages and the admin."""

import pytest
from django.test import override_settings

from home.models import HOME_EVENTS, HOME_OPPORTUNITIES, HomePageFeaturedLesson
from lessons import factories
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db


def test_root_redirects_to_a_language(client, home):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_page_sections(client, home, lesson_index, path_index):
    topic = factories.TopicFactory(name="Housing", slug="housing")
    featured = make_lesson(lesson_index, title="Featured one", topics=[topic])
    make_lesson(lesson_index, title="Newest one", topics=[topic])
    make_lesson(lesson_index, title="Members only", sensitivity="members")
    factories.LearningPathPageFactory(parent=path_index, title="Camp path")
    home.featured_lessons = [HomePageFeaturedLesson(lesson=featured)]
    home.save()

    response = client.get(home.url)

    html = response.content.decode()
    assert [lesson.title for lesson in response.context["featured_lessons"]] == [
        "Featured one"
    ]
    assert [lesson.title for lesson in response.context["newest_lessons"]] == [
        "Newest one"
    ]
    assert "Camp path" in html
    assert ("Housing" in html) and ("2 lessons" in html)
    assert "Members only" not in html


def test_featured_lesson_that_became_hidden_is_not_shown(client, home, lesson_index):
    lesson = make_lesson(lesson_index, title="Was public")
    home.featured_lessons = [HomePageFeaturedLesson(lesson=lesson)]
    home.save()
    lesson.sensitivity = "members"
    lesson.save()

    assert "Was public" not in client.get(home.url).content.decode()


def test_navigation_lists_menu_pages(client, home, lesson_index, resource_index):
    html = client.get(home.url).content.decode()

    assert f'href="{lesson_index.url}"' in html
    assert f'href="{resource_index.url}"' in html


@pytest.mark.parametrize("size", [3, 12])
def test_home_page_query_count_is_constant(
    client, home, lesson_index, path_index, django_assert_max_num_queries, size
):
    from engagement import factories as engagement

    topics = [factories.TopicFactory() for _ in range(size)]
    movements = engagement.MovementIndexPageFactory(parent=home)
    engagement.GetInvolvedPageFactory(parent=home)
    events = engagement.EventIndexPageFactory(parent=home)
    for n in range(size):
        lesson = make_lesson(lesson_index, topics=topics)
        if n < 3:
            home.featured_lessons.add(HomePageFeaturedLesson(lesson=lesson))
        factories.LearningPathPageFactory(parent=path_index)
        movement = engagement.MovementProfilePageFactory(parent=movements)
        campaign = engagement.CampaignPageFactory(parent=movement)
        engagement.OpportunityFactory(page=campaign)
        engagement.EventPageFactory(parent=events, organiser=movement)
    home.save()
    client.get(home.url)

    with django_assert_max_num_queries(20):
        response = client.get(home.url)

    assert len(response.context["featured_lessons"]) == 3
    assert len(response.context["opportunities"]) == min(size, HOME_OPPORTUNITIES)
    assert len(response.context["events"]) == min(size, HOME_EVENTS)


def test_home_page_invites_people_to_get_involved(client, home):
    from engagement import factories as engagement

    movements = engagement.MovementIndexPageFactory(parent=home)
    finder = engagement.GetInvolvedPageFactory(parent=home)
    calendar = engagement.EventIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(parent=movements, title="Tenants")
    campaign = engagement.CampaignPageFactory(parent=movement, title="Rent strike")
    engagement.OpportunityFactory(page=campaign, role="Door knocker")
    engagement.EventPageFactory(parent=calendar, title="Spring convening")
    engagement.EventPageFactory(parent=calendar, title="Last autumn", days=-100)

    html = client.get(home.url).content.decode()

    assert "Door knocker" in html and f'href="{campaign.url}"' in html
    assert "Spring convening" in html and "Last autumn" not in html
    assert f'href="{finder.url}"' in html and f'href="{calendar.url}"' in html


def test_sitemap_lists_public_pages_only(client, lesson_index):
    public = make_lesson(lesson_index, title="Open", slug="open-lesson")
    make_lesson(lesson_index, slug="members-lesson", sensitivity="members")
    make_lesson(lesson_index, slug="restricted-lesson", sensitivity="restricted")

    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    assert response.status_code == 200
    assert public.slug in xml
    assert "members-lesson" not in xml
    assert "restricted-lesson" not in xml


def test_unknown_page_gets_the_friendly_404(client, home):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_page_renders(client, home):
    from home.views import server_error

    response = server_error(client.get("/en/").wsgi_request)

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_no_template_refers_to_another_host(client, home, lesson_index):
    lesson = make_lesson(lesson_index)

    for url in (home.url, lesson_index.url, lesson.url, "/en/search/?q=x"):
        html = client.get(url).content.decode()
        for attribute in ('src="http', "src='http", 'href="//', 'src="//'):
            assert attribute not in html, (url, attribute)
        assert '<link rel="stylesheet" href="/static/' in html


def test_editors_can_open_the_lesson_editor(client, lesson_index, django_user_model):
    lesson = make_full_lesson_for_admin(lesson_index)
    admin = django_user_model.objects.create_superuser("root", "r@x.org", "pw")
    client.force_login(admin)

    response = client.get(f"/admin/pages/{lesson.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    for tab in ("Content", "Context", "Evidence", "Transparency &amp; safety"):
        assert tab in html


def test_taxonomy_snippets_are_in_the_admin(client, django_user_model, home):
    admin = django_user_model.objects.create_superuser("root", "r@x.org", "pw")
    client.force_login(admin)
    factories.TacticFactory(name="Blockade")

    response = client.get("/admin/snippets/lessons/tactic/")

    assert response.status_code == 200
    assert "Blockade" in response.content.decode()


def make_full_lesson_for_admin(parent):
    from tests.lessons.helpers import make_full_lesson

    return make_full_lesson(parent)


def test_favicon_points_at_the_local_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
