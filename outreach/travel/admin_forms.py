"""Forms of the finance screens in the Wagtail admin."""

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet

from outreach.places.models import Municipality
from outreach.widgets import DatePicker

from .forms import ModelChoiceField, ModelMultipleChoiceField
from .models import Claim
from .models.claims import ClaimKind, ClaimStatus

ALL = [("", _("All"))]
#: The queue opens on the claims waiting for a decision; a search looks through every status.
ALL_STATUSES = "all"


class MunicipalityFilter(django_filters.ModelChoiceFilter):
    field_class = ModelChoiceField


class ClaimFilterSet(WagtailFilterSet):
    """Shown in Wagtail's filter drawer beside the search box, not stacked over the list."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(ALL_STATUSES, _("All"))] + ClaimStatus.choices,
        empty_label=None,
        initial=ClaimStatus.SUBMITTED,
        method="filter_status",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=ClaimKind.choices, empty_label=_("All")
    )
    month = django_filters.DateFilter(
        label=_("Travel month"),
        method="filter_month",
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )
    municipality = MunicipalityFilter(
        label=_("Municipality"), queryset=Municipality.objects.all(), empty_label=_("All")
    )

    class Meta:
        model = Claim
        fields = []

    def filter_status(self, claims, name, value):
        return claims if value == ALL_STATUSES else claims.filter(status=value)

    def filter_month(self, claims, name, value):
        return claims.filter(travel_date__year=value.year, travel_date__month=value.month)


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


class BatchForm(forms.Form):
    """The approved claims a new batch would take, all chosen until finance leaves some out."""

    claims = ModelMultipleChoiceField(
        label=_("Claims in the batch"),
        queryset=Claim.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one claim.")},
    )

    def __init__(self, *args, waiting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claims"].queryset = waiting
        self.fields["claims"].initial = [claim.pk for claim in waiting]


class MarkPaidForm(forms.Form):
    paid_on = forms.DateField(
        label=_("Payment date"),
        widget=DatePicker(),
        help_text=_("The day the money left the county's account or was paid with the salary."),
    )
    confirm = forms.BooleanField(label=_("I have checked that these claims were paid."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paid_on"].initial = timezone.localdate()

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on > timezone.localdate():
            raise forms.ValidationError(_("The payment date cannot be in the future."))
        return paid_on
