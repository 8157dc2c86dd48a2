"""Staff sessions end after ``TUULI_STAFF_IDLE_TIMEOUT`` seconds without activity: workers share
phones, and a phone left on a table must not stay logged in.

Activity is a request the person made: a page load, a form post, a sync after saving a record.
Requests the software makes by itself (the worker app's reachability checks and automatic syncs,
marked with ``X-Tuuli-Background: 1``; Wagtail's editing-session pings every ten seconds) are
checked for expiry but never extend the session. Wagtail's autosave does count: it only fires
after the editor changes the form, so it means someone is typing.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import ngettext

LAST_ACTIVITY = "tuuli_last_activity"
# Seconds between writes of the timestamp, so that not every request saves the session.
WRITE_INTERVAL = 60

BACKGROUND_HEADER = "X-Tuuli-Background"
BACKGROUND_VIEWS = {
    "wagtailadmin_editing_sessions:ping",
    "wagtailadmin_editing_sessions:release",
}
# After the logout these pages are answered as they are, anonymously: a login page needs no
# redirect to itself, and a logout has happened already.
LOGIN_VIEWS = {"accounts:login", "wagtailadmin_login"}
LOGOUT_VIEWS = {"accounts:logout", "wagtailadmin_logout"}


def now():
    """Seconds since the epoch (the tests move it)."""
    return time.time()


def is_background(request):
    return (
        request.headers.get(BACKGROUND_HEADER) == "1"
        or request.resolver_match.view_name in BACKGROUND_VIEWS
    )


def is_script_request(request):
    """A request from code, not a browser tab: it gets the view's own answer for a logged-out
    user (the worker API's 401, which the app handles; Wagtail's 403 for its fetches) instead
    of a login page it cannot show."""
    return (
        request.path.startswith("/api/")
        or "application/json" in request.headers.get("Accept", "")
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
    )


def idle_message():
    minutes = max(1, round(settings.TUULI_STAFF_IDLE_TIMEOUT / 60))
    return ngettext(
        "You were logged out after %(minutes)s minute without activity. Log in again.",
        "You were logged out after %(minutes)s minutes without activity. Log in again.",
        minutes,
    ) % {"minutes": minutes}


class IdleTimeoutMiddleware:
    """After ``MessageMiddleware`` (it adds a message); works in ``process_view``, where the view
    is known."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None
        current = now()
        last = request.session.get(LAST_ACTIVITY)
        if last is not None and current - last > settings.TUULI_STAFF_IDLE_TIMEOUT:
            return self.log_out(request)
        if last is None or (current - last >= WRITE_INTERVAL and not is_background(request)):
            request.session[LAST_ACTIVITY] = current
        return None

    def log_out(self, request):
        view_name = request.resolver_match.view_name
        logout(request)
        if view_name in LOGOUT_VIEWS:
            return None
        messages.info(request, idle_message())
        if view_name in LOGIN_VIEWS or is_background(request) or is_script_request(request):
            return None
        admin = request.path.startswith(settings.CMS_ADMIN_URL_PREFIXES)
        return redirect_to_login(
            request.get_full_path(), "wagtailadmin_login" if admin else "accounts:login"
        )
