"""Make the page tree: one Finnish home page at the site root, translated to Swedish and English.

Idempotent; run by ``manage.py setup_site`` and by the demo command.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TITLES = {
    "fi": "Tuuli – jalkautuva työ Itä-Uudellamaalla",
    "sv": "Tuuli – uppsökande arbete i Östra Nyland",
    "en": "Tuuli – pop-up outreach in Itä-Uusimaa",
}


@transaction.atomic
def ensure_site():
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        home = HomePage(title=HOME_TITLES["fi"], slug="koti", locale=default)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, site_name="Tuuli")
    if site.root_page_id != home.id:
        # Taking over Wagtail's placeholder site: full URLs (hreflang, sitemap, calendar files)
        # use the address the deployment announces for its admin; administrators may change it.
        old_root = site.root_page if site.pk else None
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = address.hostname or "localhost"
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.site_name = site.site_name or "Tuuli"
        site.root_page = home
        site.save()
        if old_root and old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE or home.get_translations().filter(locale=locale).exists():
            continue
        translation = home.copy_for_translation(locale)
        translation.title = HOME_TITLES[code]
        translation.save_revision().publish()
    return home
