"""Drive the worker app in a real Chromium: the steps the browser tests share."""

from outreach.encounters.models import Encounter

PASSWORD = "correct-horse-battery"
PHONE = {"width": 360, "height": 740}


def assert_on_screen(page, selector):
    """The element lies wholly inside the phone's screen."""
    box = page.locator(selector).bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (selector, box)
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (selector, box)


def log_in(page, live_server, user, language="fi"):
    page.goto(f"{live_server.url}/{language}/accounts/login/?next=/{language}/worker/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/{language}/worker/")


def wait_until_offline_ready(page):
    """The app has its data, the service worker controls the page and has cached the page."""
    page.wait_for_selector("body[data-ready=true][data-service-worker=ready]")
    page.wait_for_function(
        "async () => navigator.serviceWorker.controller !== null"
        " && !!(await caches.match(location.pathname))"
    )


def start_session(page, theme="violence"):
    page.locator("#venue-list label").first.click()
    page.locator(f"#session-themes input[value={theme}]").check()
    page.click("#start-form button[type=submit]")
    page.wait_for_selector("#session-view:not([hidden])")


def log_encounter(page, theme="violence", age="18-29"):
    """The three taps: theme, age band, save."""
    theme_input = page.locator(f"#encounter-themes input[value={theme}]")
    if not theme_input.is_checked():
        theme_input.locator("xpath=..").click()
    page.locator(f"#encounter-age input[value='{age}']").locator("xpath=..").click()
    page.click("#save-encounter")
    page.wait_for_selector("#saved-message:has-text('.')")


def end_session(page):
    """Tap "End session", then confirm in the summary that asks first."""
    page.click("#end-form button[type=submit]")
    page.click("#end-dialog button[value=end]")
    page.wait_for_selector("#start-view:not([hidden])")


def pending(page):
    return page.locator("#pending-count").inner_text()


def wait_for_pending(page, count, timeout=20_000):
    page.wait_for_function(
        f"document.getElementById('pending-count').textContent === '{count}'", timeout=timeout
    )


def go_offline(context):
    """Playwright's offline switch does not cover the service worker: abort its requests too."""
    context.set_offline(True)
    context.route("**/*", lambda route: route.abort("internetdisconnected"))


def go_online(context):
    context.unroute("**/*")
    context.set_offline(False)


def stored_encounters():
    return Encounter.objects.count()


class SyncSwitch:
    """Decides the fate of every sync request: ``"pass"``, ``"block"`` (no network),
    ``"lose"`` (the server stores the batch, the response never arrives; then "pass") or
    ``"busy"`` (the server's 503 for a contended database, asking for ``busy_seconds``).

    One route for the whole test: swapping routes while a request is being intercepted can
    leave that request hanging."""

    def __init__(self, context, mode="block"):
        self.mode = mode
        self.lost = 0
        self.busy_seconds = 2
        context.route("**/api/worker/sync", self.handle)

    def handle(self, route):
        if self.mode == "block":
            route.abort("internetdisconnected")
        elif self.mode == "lose":
            route.fetch()
            self.lost += 1
            self.mode = "pass"
            route.abort("connectionreset")
        elif self.mode == "busy":
            seconds = self.busy_seconds
            route.fulfill(
                status=503,
                headers={"Retry-After": str(seconds)},
                json={"detail": "busy", "code": "busy", "retry_after": seconds},
            )
        else:
            route.continue_()
