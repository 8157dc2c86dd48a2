"""Each role's Wagtail admin menu lists exactly the areas the role may open: no item that leads
to a refusal, no area that opens but cannot be found."""

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.menu import SubmenuMenuItem, admin_menu
from wagtail.models import Workflow

from tests.conftest import ALL_ROLES

pytestmark = pytest.mark.django_db

ADMIN_ROLES = [role for role in ALL_ROLES if role not in (None, "outreach_worker")]
# Areas a role could reach by address without a menu item: Wagtail's and wagtail-localize's
# reports (shown by a rule of their own) and the form submissions of Wagtail's forms app.
UNLISTED = {
    "/admin/reports/site-history/",
    "/admin/localize/reports/translations/",
    "/admin/forms/",
}


def _urls(items, request):
    for item in items:
        if isinstance(item, SubmenuMenuItem):
            yield from _urls(item.menu.menu_items_for_request(request), request)
        elif item.url.startswith("/"):  # the help links lead out of Tuuli
            yield item.url


def menu_urls(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return set(_urls(admin_menu.menu_items_for_request(request), request))


@pytest.mark.parametrize("role", ADMIN_ROLES, ids=str)
def test_the_menu_shows_exactly_what_the_role_may_open(client, role_user, role):
    user = role_user(role)
    areas = menu_urls(role_user("superuser")) | UNLISTED
    client.force_login(user)
    opens = {url for url in areas if client.get(url).status_code == 200}
    assert menu_urls(user) == opens


def test_finance_reads_the_change_log_but_not_the_pages_or_translations(role_user):
    shown = menu_urls(role_user("finance"))
    assert "/admin/reports/site-history/" in shown  # who changed a mileage rate, and when
    assert "/admin/travel/claims/" in shown
    assert shown.isdisjoint(
        {"/admin/pages/", "/admin/images/", "/admin/localize/reports/translations/"}
    )


def test_refused_report_goes_back_to_the_dashboard_with_a_reason(client, role_user):
    client.force_login(role_user("finance"))
    response = client.get("/admin/localize/reports/translations/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    with translation.override("fi"):
        reason = gettext("Sorry, you do not have permission to access this area.")
    assert reason in response.content.decode()


def test_wagtail_starter_groups_and_their_workflow_are_gone():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
