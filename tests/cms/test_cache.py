import pytest

from cms.models import FAQPage, PopupCalendarPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


@pytest.mark.parametrize("model", [FAQPage, PopupCalendarPage], ids=lambda m: m.__name__)
def test_second_anonymous_visit_is_served_without_the_database(
    client, django_assert_num_queries, model
):
    page = model.objects.get(locale__language_code="fi")
    client.get(page.url)
    with django_assert_num_queries(0):
        response = client.get(page.url)
    assert page.title in response.content.decode()


def test_publishing_shows_the_change_at_once(client):
    page = FAQPage.objects.get(locale__language_code="fi")
    client.get(page.url)
    page.title = "Kysymyksiä ja vastauksia"
    page.save_revision().publish()
    assert "Kysymyksiä ja vastauksia" in client.get(page.url).content.decode()


def test_unpublished_page_disappears_at_once(client):
    page = FAQPage.objects.get(locale__language_code="fi")
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_logged_in_editors_never_get_the_cached_copy(client, role_user):
    page = FAQPage.objects.get(locale__language_code="fi")
    client.get(page.url)
    client.force_login(role_user("editor"))
    assert "wagtail-userbar" in client.get(page.url).content.decode()


def test_a_new_pop_up_point_shows_on_the_calendar_at_once(client):
    from tests.cms.sessions import session

    page = PopupCalendarPage.objects.get(locale__language_code="fi")
    client.get(page.url)
    new = session(5)
    assert f"session-{new.uuid}" in client.get(page.url).content.decode()
