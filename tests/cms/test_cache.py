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


def test_pages_cached_while_a_change_is_uncommitted_are_not_served_after_it(
    django_capture_on_commit_callbacks,
):
    """Another process serving a visitor before the commit reads the old data, and caches it
    under the generation current at that moment."""
    import cms.cache
    from tests.cms.sessions import session

    with django_capture_on_commit_callbacks(execute=True):
        session(5)
        during = cms.cache.generation()
    assert cms.cache.generation() != during


def test_one_invalidation_reaches_every_process_sharing_the_cache(tmp_path, monkeypatch):
    from django.core.cache.backends.filebased import FileBasedCache

    import cms.cache

    # Two cache objects on one directory: two gunicorn workers of a production without Redis.
    first, second = (FileBasedCache(str(tmp_path), {}) for _ in range(2))
    monkeypatch.setattr(cms.cache, "cache", second)
    before = cms.cache.generation()
    monkeypatch.setattr(cms.cache, "cache", first)
    cms.cache.new_generation()
    monkeypatch.setattr(cms.cache, "cache", second)
    assert cms.cache.generation() != before


def test_deployment_check_warns_when_the_page_cache_is_one_processes_memory(settings):
    from cms.cache import check_shared_cache

    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [w.id for w in check_shared_cache()] == ["cms.W001"]
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache"}}
    assert check_shared_cache() == []


def test_a_session_synced_from_the_worker_app_shows_and_goes_at_once(client, role_user):
    import json

    from django.test import Client

    from tests.worker.records import now_iso, session_record

    page = PopupCalendarPage.objects.get(locale__language_code="fi")
    client.get(page.url)
    device = Client()
    device.force_login(role_user("outreach_worker"))

    def sync(record):
        body = json.dumps({"records": [record]})
        response = device.post("/api/worker/sync", body, content_type="application/json")
        assert response.json()["receipts"][0]["status"] == "stored"

    record = session_record()
    sync(record)
    assert f"session-{record['uuid']}" in client.get(page.url).content.decode()
    sync({**record, "ended_at": now_iso()})
    assert f"session-{record['uuid']}" not in client.get(page.url).content.decode()
