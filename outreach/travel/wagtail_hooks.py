from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from outreach.accounts.admin_menu import PermissionMenuItem

from . import admin_batches, admin_views
from .admin_panels import TravelFinancePanel
from .models import MileageRate, TravelRules


class TravelRulesViewSet(SnippetViewSet):
    model = TravelRules
    icon = "list-ul"
    menu_label = _("Travel support rules")
    list_display = ["year", "self_liability_per_trip", "annual_ceiling", "max_per_claim"]
    panels = [
        FieldPanel("year"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("self_liability_per_trip"), FieldPanel("annual_ceiling")]
                ),
                FieldRowPanel([FieldPanel("max_per_claim"), FieldPanel("car_rate_per_km")]),
                FieldRowPanel([FieldPanel("minimum_distance_km"), FieldPanel("road_factor")]),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("source"),
    ]


class MileageRateViewSet(SnippetViewSet):
    model = MileageRate
    icon = "date"
    menu_label = _("Mileage rates")
    list_display = ["valid_from", "valid_until", "rate_per_km", "passenger_rate_per_km"]
    panels = [
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldRowPanel([FieldPanel("rate_per_km"), FieldPanel("passenger_rate_per_km")]),
        FieldPanel("road_factor"),
        FieldPanel("source"),
    ]


class TravelRatesGroup(SnippetViewSetGroup):
    items = (TravelRulesViewSet, MileageRateViewSet)
    menu_icon = "list-ul"
    menu_label = _("Travel rates")
    menu_name = "travel-rates"


register_snippet(TravelRatesGroup)


@hooks.register("register_admin_urls")
def register_finance_urls():
    return [
        path("travel/claims/", admin_views.ClaimQueueView.as_view(), name="travel_claims"),
        path(
            "travel/claims/results/",
            admin_views.ClaimQueueView.as_view(results_only=True),
            name="travel_claims_results",
        ),
        path("travel/claims/<int:pk>/", admin_views.claim_detail, name="travel_claim"),
        path(
            "travel/claims/<int:pk>/receipts/<int:receipt_pk>/",
            admin_views.claim_receipt,
            name="travel_receipt",
        ),
        path("travel/claims/approve/", admin_views.bulk_approve, name="travel_bulk_approve"),
        path("travel/batches/", admin_batches.batch_list, name="travel_batches"),
        re_path(
            r"^travel/batches/new/(?P<channel>sepa|payroll)/$",
            admin_batches.create_batch,
            name="travel_create_batch",
        ),
        re_path(
            r"^travel/batches/(?P<pk>\d+)/(?P<fmt>csv|xml)/$",
            admin_batches.batch_file,
            name="travel_batch_file",
        ),
        path("travel/batches/<int:pk>/paid/", admin_batches.batch_paid, name="travel_batch_paid"),
        path("travel/costs/", admin_views.cost_totals, name="travel_costs"),
    ]


@hooks.register("register_admin_menu_item")
def register_claims_menu_item():
    return PermissionMenuItem(
        _("Travel claims"),
        reverse("travel_claims"),
        icon_name="tasks",
        order=310,
        permission="travel.view_claim",
    )


@hooks.register("register_admin_menu_item")
def register_costs_menu_item():
    return PermissionMenuItem(
        _("Travel costs by month"),
        reverse("travel_costs"),
        icon_name="table",
        order=320,
        permission="travel.view_costrecord",
    )


@hooks.register("construct_homepage_panels")
def add_finance_panel(request, panels):
    if request.user.has_perm("travel.change_claim"):
        panels.append(TravelFinancePanel())
