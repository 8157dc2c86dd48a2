"""Admin form for referral targets: the JSON lists (languages, themes) as checkboxes."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from outreach.encounters.models import Language
from outreach.themes.registry import all_themes


def theme_choices():
    # Every installed theme, enabled or not: a disabled theme's helplines stay editable.
    return [(theme.slug, theme.theme.name) for theme in all_themes()]


class ReferralTargetForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("languages served"),
        choices=[(code, label) for code, label in Language.choices if code != Language.OTHER],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave empty when the languages are not known."),
    )
    themes = forms.MultipleChoiceField(
        label=_("themes"),
        choices=theme_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave empty for a service of every theme, such as 112."),
    )
