"""Theme blocks in a real browser: the self-test scores without sending anything, and quick exit
leaves no way back."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.urls("tests.themes.block_pages"),
]


def test_audit_c_scores_in_the_browser_and_sends_nothing(live_server, page):
    page.goto(f"{live_server.url}/fi/theme-block/substance_use_audit_c/")
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    test = page.locator(".self-test")

    test.get_by_role("button", name="Näytä tulokseni").click()
    assert test.get_by_role("alert").inner_text().startswith("Vastaa kaikkiin")

    test.get_by_label("Nainen").check()
    test.get_by_label("2–3 kertaa viikossa").check()  # 3 points
    test.get_by_label("3–4").check()  # 1 point
    test.locator("fieldset").nth(3).get_by_label("Kerran kuukaudessa", exact=True).check()  # 2
    test.get_by_role("button", name="Näytä tulokseni").click()

    result = test.locator("[data-result=high]")
    assert result.is_visible()
    assert "Pisteesi: 6/12." in result.inner_text()
    assert "riskirajasi (5 pistettä)" in result.inner_text()
    assert test.locator("[data-result-help]").is_visible()
    assert result.evaluate("node => node === document.activeElement")

    # A man's limit is 6: the same answers are still at the limit; one point less is below it.
    test.get_by_label("Mies", exact=True).check()
    test.get_by_label("1–2").check()
    test.get_by_role("button", name="Näytä tulokseni").click()
    assert test.locator("[data-result=low]").is_visible()
    assert "Pisteesi: 5/12." in test.locator("[data-result=low]").inner_text()

    assert requests == []
    assert page.url.endswith("/substance_use_audit_c/")


def test_escape_replaces_the_page_and_its_history_entry(live_server, page, settings):
    settings.THEME_QUICK_EXIT_URL = f"{live_server.url}/neutral/"
    page.goto(f"{live_server.url}/sv/map/")
    page.goto(f"{live_server.url}/sv/theme-block/violence_quick_exit/")
    assert page.get_by_role("link", name="Lämna webbplatsen snabbt").is_visible()

    page.keyboard.press("Escape")
    page.wait_for_url("**/neutral/")

    page.go_back()
    page.wait_for_load_state()
    assert "/sv/map/" in page.url  # the theme page is gone from the history


def test_quick_exit_button_leaves_with_one_click(live_server, page, settings):
    settings.THEME_QUICK_EXIT_URL = f"{live_server.url}/neutral/"
    page.goto(f"{live_server.url}/en/theme-block/violence_quick_exit/")
    page.get_by_role("link", name="Leave this site quickly").click()
    page.wait_for_url("**/neutral/")
    assert page.title() == "Weather"


@pytest.mark.parametrize("key", ["substance_use_audit_c", "violence_quick_exit"])
def test_theme_blocks_pass_an_accessibility_scan_with_the_result_shown(live_server, page, key):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{live_server.url}/sv/theme-block/{key}/")
    if page.locator("[data-self-test-submit]").count():
        for question in page.locator("[data-question]").all():
            question.locator("input").last.check()
        page.locator("[data-self-test-submit]").click()
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    results = Axe().run(page, context=".self-test, .quick-exit", options=options)
    assert results.violations_count == 0, results.generate_report()
