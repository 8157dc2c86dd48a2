from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_panels import UnverifiedReferralsPanel
from .forms import ReferralTargetForm
from .models import ReferralTarget


class ReferralTargetViewSet(SnippetViewSet):
    model = ReferralTarget
    icon = "help"
    menu_label = _("Helplines and services")
    menu_name = "referral-targets"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name_fi", "phone", "kind", "verified_on", "active"]
    list_filter = ["kind", "active"]
    search_fields = ["name_fi", "name_sv", "name_en", "phone"]
    ordering = ["name_fi"]

    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name_fi"),
                    FieldPanel("name_sv"),
                    FieldPanel("name_en"),
                    FieldRowPanel([FieldPanel("key"), FieldPanel("kind")]),
                ],
                heading=_("Name"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("hours")]),
                    FieldPanel("web_address"),
                    FieldPanel("languages"),
                ],
                heading=_("Contact"),
            ),
            FieldPanel("themes"),
            FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
            FieldRowPanel([FieldPanel("verified_on"), FieldPanel("active")]),
        ],
        base_form_class=ReferralTargetForm,
    )


register_snippet(ReferralTargetViewSet)


@hooks.register("construct_homepage_panels")
def add_unverified_referrals_panel(request, panels):
    if request.user.has_perm("referrals.change_referraltarget"):
        panels.append(UnverifiedReferralsPanel())
