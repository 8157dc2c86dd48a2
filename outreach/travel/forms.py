"""Forms of the public travel-support request (two steps) and of a worker's mileage claim."""

from decimal import Decimal

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from outreach.places.models import Municipality, Venue

from .distance import road_km
from .models import MileageRate, TravelRules, VisitCode
from .models.claims import TravelMode
from .models.codes import normalise_code
from .models.rules import RuleNotFound
from .payees import clean_iban
from .pricing import estimated_car_km, resident_preview
from .receipts import clean_receipt
from .reservations import bind_on_first_use
from .text import refuse_control_characters

# Plausibility limits: larger values are typing errors, not trips in Itä-Uusimaa.
MAX_TICKET_COST = Decimal("500")
MAX_KM = Decimal("1000")
ONE_WAY, THERE_AND_BACK = 1, 2
# Phones show a number pad with a decimal separator; the value is parsed in the user's locale.
DECIMAL_INPUT = forms.TextInput(attrs={"inputmode": "decimal"})
# A claimed distance up to this much over the estimate needs no explanation (the estimate is rough).
DISTANCE_TOLERANCE = Decimal("1.2")
# No row has a larger key; a larger number would make SQLite raise OverflowError (a 500).
MAX_PK = 2**31 - 1


class _BoundedKeys:
    """Refuses a chosen key no row can have before it reaches the database."""

    def _refuse_impossible_key(self, value):
        try:
            key = int(str(value))
        except ValueError:
            return  # not a number: the field reports it as an invalid choice itself
        if not 0 < key <= MAX_PK:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )


#: Django's default empty choice is "---------", which a screen reader reads as dashes.
CHOOSE = _("Choose…")


class ModelChoiceField(_BoundedKeys, forms.ModelChoiceField):
    def __init__(self, *args, empty_label=CHOOSE, **kwargs):
        super().__init__(*args, empty_label=empty_label, **kwargs)

    def to_python(self, value):
        if value not in self.empty_values:
            self._refuse_impossible_key(value)
        return super().to_python(value)


class ModelMultipleChoiceField(_BoundedKeys, forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for key in value if isinstance(value, (list, tuple)) else []:
            self._refuse_impossible_key(key)
        return super()._check_values(value)


def positive_amount(limit, too_large):
    return [
        MinValueValidator(Decimal("0.01"), _("Give an amount greater than zero.")),
        MaxValueValidator(limit, too_large),
    ]


def euro_field(label):
    """An optional ticket cost in euros, typed the Finnish way (12,50)."""
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=8,
        decimal_places=2,
        localize=True,
        widget=DECIMAL_INPUT,
        validators=positive_amount(MAX_TICKET_COST, _("That amount is too large for one trip.")),
    )


def km_field(label):
    """An optional distance in kilometres, to one decimal."""
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=7,
        decimal_places=1,
        localize=True,
        widget=DECIMAL_INPUT,
        validators=positive_amount(MAX_KM, _("That distance is too long for one trip.")),
    )


class ResidentDetailsForm(forms.Form):
    """Step 1: the visit and the trip. Nothing personal yet."""

    visit_code = forms.CharField(
        label=_("Visit code"),
        max_length=12,
        help_text=_("The code the worker gave you at the pop-up point, e.g. 7KDM-4XPA."),
    )
    municipality = ModelChoiceField(
        label=_("Municipality where the trip started"),
        queryset=Municipality.objects.all(),
        empty_label=_("Choose a municipality"),
    )
    mode = forms.ChoiceField(
        label=_("How did you travel?"), choices=TravelMode.choices, widget=forms.RadioSelect
    )
    trips = forms.TypedChoiceField(
        label=_("Trip"),
        coerce=int,
        choices=[(THERE_AND_BACK, _("There and back")), (ONE_WAY, _("One way"))],
        initial=THERE_AND_BACK,
        widget=forms.RadioSelect,
    )
    ticket_cost = euro_field(_("Ticket cost (€), public transport"))
    car_km = km_field(_("Kilometres driven in total, own car"))
    distance_reason = forms.CharField(
        label=_("Why is your distance longer than our estimate?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    # Set by clean() once code, municipality and mode allow; None before.
    rules = one_way_km = preview = preview_car_km = None

    # Codes a visit-code check refuses because the code is wrong (counted against guessing).
    # A handed-out code not active yet counts too: otherwise reserved codes could be probed freely.
    WRONG_CODE = {"unknown", "used", "expired", "not_active"}

    def __init__(self, *args, throttled=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.in_name_order()
        self.throttled = throttled  # a message: too many wrong codes, the code is not looked up

    @property
    def has_wrong_code(self):
        return any(e.code in self.WRONG_CODE for e in self.errors.as_data().get("visit_code", []))

    def clean_visit_code(self):
        if self.throttled:
            raise forms.ValidationError(self.throttled, code="throttled")
        code = (
            VisitCode.objects.select_related("venue__municipality")
            .filter(code=normalise_code(self.cleaned_data["visit_code"]))
            .first()
        )
        if code is None:
            raise forms.ValidationError(
                _("There is no such visit code. Check it, or ask the worker."), code="unknown"
            )
        if code.used_at is not None:
            raise forms.ValidationError(_("This visit code has already been used."), code="used")
        if code.is_expired:
            raise forms.ValidationError(_("This visit code has expired."), code="expired")
        if not bind_on_first_use(code):
            raise forms.ValidationError(
                _(
                    "This visit code is not active yet. Try again later, or ask the worker who "
                    "gave it to you."
                ),
                code="not_active",
            )
        return code

    def clean(self):
        """The visit date is the code's (the code belongs to a visit on one day). Rules, distance
        and the estimate are worked out as soon as code, municipality and mode are valid, so
        the resident sees what the rules would pay before typing costs or personal data."""
        data = super().clean()
        code, municipality = data.get("visit_code"), data.get("municipality")
        mode, trips = data.get("mode"), data.get("trips")
        self.rules = self.one_way_km = self.preview = None
        if mode == TravelMode.PUBLIC:
            data["car_km"] = None  # whatever was typed for the other mode is not part of the claim
        if mode == TravelMode.CAR:
            data["ticket_cost"] = None
        if code:
            data["travel_date"] = code.visit_date
            try:
                self.rules = TravelRules.for_date(code.visit_date)
            except RuleNotFound:
                self.add_error(
                    "visit_code", _("Travel support for that year cannot be calculated yet.")
                )
        if self.rules and municipality:
            self.one_way_km = road_km([municipality, code.venue], self.rules.road_factor)
        if self.one_way_km is not None and mode and trips:
            self.preview_car_km = data.get("car_km") or estimated_car_km(self.one_way_km, trips)
            self.preview = resident_preview(
                self.rules,
                one_way_km=self.one_way_km,
                trips=trips,
                mode=mode,
                ticket_cost=data.get("ticket_cost"),
                car_km=data.get("car_km"),
            )
        if mode == TravelMode.PUBLIC and "ticket_cost" in data and data["ticket_cost"] is None:
            self.add_error("ticket_cost", _("Give the cost of the tickets."))
        if mode == TravelMode.CAR and "car_km" in data and data["car_km"] is None:
            self.add_error("car_km", _("Give the kilometres you drove."))
        if self.one_way_km is not None and not self.errors:
            self._check_car_distance(data)
        return data

    #: What the estimate needs; the fields after these may still be empty.
    ESTIMATE_FIELDS = ("visit_code", "municipality", "mode", "trips")

    def estimate_only(self):
        """Validate for the estimate: errors of the later fields are not the resident's yet."""
        self.is_valid()
        for name in set(self.errors) - set(self.ESTIMATE_FIELDS):
            del self.errors[name]
        return self.preview

    def _check_car_distance(self, data):
        if data["mode"] != TravelMode.CAR or data.get("distance_reason", "").strip():
            return
        if data["car_km"] > self.one_way_km * data["trips"] * DISTANCE_TOLERANCE:
            self.add_error(
                "distance_reason",
                _("You drove more than our estimate of %(km)s km: say why.")
                % {"km": formats.localize(self.one_way_km * data["trips"])},
            )


class PayeeForm(forms.Form):
    payee_name = forms.CharField(
        label=_("Account holder's name"),
        max_length=70,
        validators=[refuse_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    iban = forms.CharField(
        label=_("Account number (IBAN)"),
        max_length=42,
        help_text=_("Starts with FI in Finland, e.g. FI21 1234 5600 0007 85."),
    )

    def clean_iban(self):
        return clean_iban(self.cleaned_data["iban"])


class ResidentConfirmForm(PayeeForm):
    """Step 2: receipt, payee, consent. ``needs_receipt`` is set for public transport."""

    email = forms.EmailField(
        label=_("E-mail for the decision (optional)"),
        required=False,
        help_text=_("We send the decision to this address. Leave it empty to get no e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    receipt = forms.FileField(
        label=_("Photo or PDF of the ticket or receipt"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my data is used for this claim."),
        error_messages={"required": _("The claim cannot be handled without your consent.")},
    )

    def __init__(self, *args, needs_receipt=False, visit_code=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.needs_receipt = needs_receipt
        self.visit_code = visit_code

    def clean_receipt(self):
        upload = self.cleaned_data.get("receipt")
        if upload is None:
            if self.needs_receipt:
                raise forms.ValidationError(
                    _("Add a photo or PDF of the ticket or receipt."), code="missing"
                )
            return None
        return clean_receipt(upload, self.visit_code)


def session_label(session):
    """A session as the worker knows it: venue, local date and starting time (Europe/Helsinki),
    not the stored UTC time."""
    start = timezone.localtime(session.starts_at)
    day = formats.date_format(start, "SHORT_DATE_FORMAT")
    return f"{session.venue} {day} {formats.time_format(start, 'TIME_FORMAT')}"


class MileageForm(PayeeForm):
    """A worker's own-car trip: base → the chosen pop-up sessions' venues → back."""

    sessions = ModelMultipleChoiceField(
        label=_("Pop-up sessions on the trip"), queryset=None, widget=forms.CheckboxSelectMultiple
    )
    base = ModelChoiceField(
        label=_("Base (where the trip started and ended)"),
        queryset=Municipality.objects.all(),
        help_text=_("The distance is estimated from the centre of this municipality."),
    )
    passengers = forms.IntegerField(label=_("Passengers"), min_value=0, max_value=8, initial=0)
    distance_km = km_field(_("Corrected distance in km (optional)"))
    distance_reason = forms.CharField(
        label=_("Reason for the correction"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sessions"].queryset = sessions
        self.fields["base"].queryset = Municipality.objects.in_name_order()
        self.fields["sessions"].label_from_instance = session_label

    def clean(self):
        data = super().clean()
        chosen = data.get("sessions")
        if chosen:
            days = {timezone.localdate(session.starts_at) for session in chosen}
            if len(days) > 1:
                self.add_error("sessions", _("Choose sessions of one day only: one trip a claim."))
            elif (day := days.pop()) > timezone.localdate():
                self.add_error("sessions", _("The date cannot be in the future."))
            else:
                data["travel_date"] = day
                try:
                    self.rate = MileageRate.for_date(day)
                except RuleNotFound:
                    self.add_error("sessions", _("No mileage rate covers that date yet."))
        if data.get("distance_km") is not None and not data.get("distance_reason", "").strip():
            self.add_error("distance_reason", _("Say why the distance differs from the estimate."))
        return data


class VisitCodeForm(forms.Form):
    """A worker picks the pop-up session they are at (or, without one, the venue)."""

    session = ModelChoiceField(label=_("Your pop-up session"), queryset=None, required=False)
    venue = ModelChoiceField(
        label=_("Venue, if you have no session in Tuuli"),
        queryset=Venue.objects.select_related("municipality"),
        required=False,
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions
        self.fields["session"].label_from_instance = session_label

    def clean(self):
        data = super().clean()
        session = data.get("session")
        if session:
            data["venue"] = session.venue
            data["visit_date"] = timezone.localdate(session.starts_at)
        elif data.get("venue"):
            data["visit_date"] = timezone.localdate()
        else:
            raise forms.ValidationError(_("Choose your session or the venue."), code="required")
        return data
