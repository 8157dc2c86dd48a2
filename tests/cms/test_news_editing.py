"""An editor starting a news article finds today's date already in its date field."""

import pytest
from django.test import Client
from django.utils import timezone

from cms.models import NewsIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def test_a_new_article_opens_with_todays_date(role_user):
    client = Client(headers={"accept-language": "fi"})
    client.force_login(role_user("editor"))
    news = NewsIndexPage.objects.filter(locale__language_code="fi").first()
    html = client.get(f"/admin/pages/add/cms/newsarticlepage/{news.pk}/").content.decode()
    today = timezone.localdate()
    assert (
        f'value="{today:%Y-%m-%d}"' in html
        or f'value="{today.day}.{today.month}.{today.year}"' in html
    )
