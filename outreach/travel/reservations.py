"""Visit codes reserved to a worker's device, for handing out where there is no network.

While online the worker app keeps a pool of codes reserved to its device. Handing one out offline
queues a "visit_code" sync record (code, session, moment); the sync binds the code to that
session's venue and day. A code is reserved to one worker's device and bound once, and a resident
uses it once: never two people with one code. A code binds to a session, a venue and a day, never
to an encounter, and every time stored about it is a whole day (see ``_day_start``).
"""

import re
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from outreach.encounters.models import PopupSession

from .links import code_link
from .models import VisitCode
from .qr import qr_svg

#: What the app calls itself: random letters, digits, - and _ (crypto.randomUUID() fits).
DEVICE_PATTERN = re.compile(r"[A-Za-z0-9_-]{8,64}")

#: Where the app puts the date of the day the code was handed out.
DATE_PLACEHOLDER = "{date}"


class HandOutRefused(Exception):
    """The code cannot be bound to this session; the message is for the worker."""

    def __init__(self, message):
        super().__init__(message)
        self.message = str(message)


def valid_device(device):
    return isinstance(device, str) and DEVICE_PATTERN.fullmatch(device) is not None


def _day_start(moment):
    """Midnight in Helsinki of the moment's day. A time of day stored with a code would match it,
    and with it the claim and its payee, to an encounter logged in the same quarter hour."""
    day = timezone.localdate(moment)
    return timezone.make_aware(datetime.combine(day, time.min))


def _expiry(day_start):
    # To the end of the day, so that the expiry does not tell the hour either.
    return day_start + timedelta(days=settings.TRAVEL_VISIT_CODE_DAYS + 1)


def unbound_reservations(worker, device):
    return VisitCode.objects.filter(
        reserved_for=worker,
        reserved_device=device,
        venue__isnull=True,
        used_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).order_by("issued_at", "pk")


def pool(worker, device):
    """The device's unbound reserved codes, topped up to TRAVEL_VISIT_CODE_POOL."""
    with transaction.atomic():
        # One top-up at a time per worker: two at once would each add the missing codes.
        get_user_model().objects.select_for_update().filter(pk=worker.pk).first()
        codes = list(unbound_reservations(worker, device))
        expires_at = timezone.now() + timedelta(days=settings.TRAVEL_VISIT_CODE_RESERVATION_DAYS)
        for _n in range(settings.TRAVEL_VISIT_CODE_POOL - len(codes)):
            codes.append(
                VisitCode.objects.create(
                    reserved_for=worker,
                    reserved_device=device,
                    issued_by=worker,
                    expires_at=expires_at,
                )
            )
    return codes


def _slip_texts():
    """The texts of the online page (same translations), with DATE_PLACEHOLDER for the date the
    app fills in: the printed slip in every site language, the worker's note in theirs."""
    placeholder = {"date": DATE_PLACEHOLDER}
    slip = []
    for lang, _name in settings.LANGUAGES:
        with translation.override(lang):
            text = _(
                "Travel support: scan the QR code or open the address, and the code is filled "
                "in. Valid once, until %(date)s."
            )
            slip.append({"lang": lang, "text": text % placeholder})
    return {
        "slip": slip,
        "valid_until": _(
            "Valid once, until %(date)s. Give it to the resident with the address of the "
            "request form:"
        )
        % placeholder,
        "qr_label": _("QR code with the address of the travel request form and this code"),
    }


def pool_json(request, codes):
    return {
        "codes": [
            {
                "code": code.code,
                "display": code.display,
                "link": (link := code_link(request, code)),
                "qr": str(qr_svg(link)),
                "reserved_until": code.expires_at,
            }
            for code in codes
        ],
        "valid_days": settings.TRAVEL_VISIT_CODE_DAYS,
        "texts": _slip_texts(),
    }


def hand_out(code_text, worker, session, handed_out_at):
    """Bind a code the worker handed out offline to their session's venue and day. Returns
    False for a resend (already bound to this session), True when bound now; raises
    HandOutRefused for a code of another worker or one already bound elsewhere."""
    code = VisitCode.objects.select_for_update().filter(code=code_text).first()
    if code is None:
        raise HandOutRefused(_("There is no such visit code."))
    if code.reserved_for_id != worker.pk:
        raise HandOutRefused(
            _(
                "This visit code is reserved to another worker, so it was not handed out. "
                "Give the resident a code from your own app."
            )
        )
    day = timezone.localdate(session.starts_at)
    if code.is_bound and (code.venue_id, code.visit_date) != (session.venue_id, day):
        raise HandOutRefused(
            _(
                "This visit code is already in use at another pop-up point or on another day. "
                "Give the resident a new code."
            )
        )
    if code.session_id == session.pk:
        return False
    if not code.is_bound and code.expires_at < handed_out_at:
        raise HandOutRefused(
            _("This visit code had expired on the device. Give the resident a new code.")
        )
    handed_out_day = _day_start(handed_out_at)
    if not code.is_bound:
        code.handed_out_at, code.expires_at = handed_out_day, _expiry(handed_out_day)
    code.venue_id, code.visit_date, code.session = session.venue_id, day, session
    code.save(update_fields=["venue", "visit_date", "session", "handed_out_at", "expires_at"])
    return True


def bind_on_first_use(code):
    """A resident types a handed-out code before the worker's device has synced. If the worker
    holds sessions today at exactly one venue, that is where the code was handed out: bind it
    there. Returns whether the code is bound now."""
    if code.is_bound:
        return True
    if code.reserved_for_id is None:
        return False
    today = timezone.localdate()
    sessions = list(
        PopupSession.objects.filter(worker_id=code.reserved_for_id, starts_at__date=today)
        .exclude(status=PopupSession.Status.CANCELLED)
        .values_list("pk", "venue_id")
    )
    venues = {venue for _pk, venue in sessions}
    if len(venues) != 1:
        return False
    day_start = _day_start(timezone.now())
    VisitCode.objects.filter(pk=code.pk, venue__isnull=True).update(
        venue_id=venues.pop(),
        visit_date=today,
        # Two sessions at the one venue: the worker's sync says which.
        session_id=sessions[0][0] if len(sessions) == 1 else None,
        handed_out_at=day_start,
        expires_at=_expiry(day_start),
    )
    code.refresh_from_db()
    return code.is_bound
