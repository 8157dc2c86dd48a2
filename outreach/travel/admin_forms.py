"""Forms of the finance screens in the Wagtail admin."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from outreach.places.models import Municipality

from .forms import ModelChoiceField
from .models.claims import ClaimKind, ClaimStatus

ALL = [("", _("All"))]


class ClaimFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ALL + ClaimStatus.choices, required=False)
    kind = forms.ChoiceField(label=_("Type"), choices=ALL + ClaimKind.choices, required=False)
    month = forms.DateField(
        label=_("Travel month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )
    municipality = ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("All"),
    )

    def filter(self, claims):
        if not self.is_valid():
            return claims.none()
        data = self.cleaned_data
        if data["status"]:
            claims = claims.filter(status=data["status"])
        if data["kind"]:
            claims = claims.filter(kind=data["kind"])
        if data["month"]:
            claims = claims.filter(
                travel_date__year=data["month"].year, travel_date__month=data["month"].month
            )
        if data["municipality"]:
            claims = claims.filter(municipality=data["municipality"])
        return claims


class DecisionForm(forms.Form):
    to_status = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (ClaimStatus.APPROVED, _("Approve")),
            (ClaimStatus.REJECTED, _("Reject")),
            (ClaimStatus.RETURNED, _("Return for correction")),
            (ClaimStatus.SUBMITTED, _("Correction received: back to the queue")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=pgettext_lazy("claim decision", "Reason"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when rejecting or returning: the claimant sees it."),
    )
