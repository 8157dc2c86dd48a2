import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outreach.places.models import Municipality
from outreach.widgets import DatePicker


def this_year_so_far():
    today = timezone.localdate()
    return datetime.date(today.year, 1, 1), today


class ReportFilterForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=DatePicker())
    end = forms.DateField(label=_("To"), widget=DatePicker())
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("All municipalities"),
        to_field_name="code",
    )

    def __init__(self, data=None, **kwargs):
        start, end = this_year_so_far()
        # An unfiltered visit shows this year so far; the fields stay editable.
        if data is not None and not {"start", "end", "municipality"} & set(data):
            data = None
        super().__init__(data, initial={"start": start, "end": end}, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.in_name_order()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The period must start before it ends."))
        return cleaned

    def period(self):
        """(start, end, municipality) of a valid form, or the defaults for an unbound one."""
        if not self.is_bound:
            return (*this_year_so_far(), None)
        data = self.cleaned_data
        return data["start"], data["end"], data["municipality"]
