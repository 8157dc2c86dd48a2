"""Form widgets shared by the apps."""

from django import forms


class DatePicker(forms.DateInput):
    """The browser's date picker. It takes and gives ISO dates only: given "22.11.2026" (the
    localised format) it shows an empty field. The browser shows the date in its own format."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")
