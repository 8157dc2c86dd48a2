"""Build the demo site from ``content``: pages in Finnish, translated to Swedish and English,
the footer and contact snippets and the service directory. Idempotent."""

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms import models
from cms.site_setup import ensure_site

from . import content

LANGUAGES = ("fi", "sv", "en")


def _paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def _body(texts):
    return [("text", RichText(_paragraphs(texts)))] if texts else []


def _theme_blocks(slug):
    """Every block the theme offers, with default values; the quick exit comes with the page."""
    stream = models.ThemePage._meta.get_field("body").stream_block
    prefix = f"{slug.replace('-', '_')}_"
    return [
        (name, block.to_python({}))
        for name, block in stream.child_blocks.items()
        if name.startswith(prefix) and not name.endswith("quick_exit")
    ]


class SiteBuilder:
    def __init__(self):
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.homes = {
            code: models.HomePage.objects.get(locale=locale)
            for code, locale in self.locales.items()
        }

    def build(self):
        self.home_text()
        for slug, texts in content.THEMES.items():
            self.page(models.ThemePage, texts, self.theme_fields(slug))
        self.calendar = self.page(
            models.PopupCalendarPage, content.SECTIONS["calendar"], self.intro_fields, menu=True
        )
        self.page(
            models.ServiceDirectoryPage, content.SECTIONS["services"], self.intro_fields, menu=True
        )
        self.page(
            models.TravelSupportPage, content.SECTIONS["travel"], self.travel_fields, menu=True
        )
        contact = self.contact_details()
        self.page(
            models.ContactPage,
            content.SECTIONS["contact"],
            lambda code, text: {**self.intro_fields(code, text), "contact": contact[code]},
            menu=True,
        )
        self.page(models.ContentPage, content.SECTIONS["about"], self.content_fields, menu=True)
        news = self.page(
            models.NewsIndexPage, content.SECTIONS["news"], self.intro_fields, menu=True
        )
        for article in content.NEWS:
            self.page(models.NewsArticlePage, article, self.article_fields, parents=news)
        self.page(models.FAQPage, content.FAQ, self.faq_fields, menu=True)
        statement = self.page(
            models.AccessibilityStatementPage, content.ACCESSIBILITY, self.statement_fields
        )
        self.footers(statement)
        self.services()

    # --- pages ---------------------------------------------------------------------------

    def page(self, model, texts, fields, menu=False, parents=None):
        """The page in every language under ``parents`` (the homes by default)."""
        parents = parents or self.homes
        pages = {}
        for code in LANGUAGES:
            slug, title = texts[code][0], texts[code][1]
            existing = model.objects.child_of(parents[code]).filter(slug=slug).first()
            if existing:
                pages[code] = existing
                continue
            page = model(title=title, slug=slug, show_in_menus=menu, **fields(code, texts[code]))
            if code != "fi":
                page.translation_key = pages["fi"].translation_key
            parents[code].add_child(instance=page)
            page.save_revision().publish()
            pages[code] = page
        return pages

    def home_text(self):
        for code, home in self.homes.items():
            if home.body:
                continue
            for name, value in content.HOME[code].items():
                setattr(home, name, value)
            home.save_revision().publish()

    @staticmethod
    def intro_fields(code, text):
        return {"intro": f"<p>{text[2]}</p>" if text[2] else ""}

    @staticmethod
    def theme_fields(slug):
        blocks = _theme_blocks(slug)
        return lambda code, text: {
            "theme": slug,
            "intro": text[2],
            "body": _body(text[3]) + blocks,
        }

    @staticmethod
    def content_fields(code, text):
        return {"intro": text[2], "body": _body(text[3])}

    @staticmethod
    def travel_fields(code, text):
        with override(code):
            try:
                form_url = reverse("travel:request")
            except NoReverseMatch:
                form_url = ""
        return {"body": _body(text[3]), "request_url": form_url}

    @staticmethod
    def article_fields(code, text):
        return {"date": timezone.localdate(), "intro": text[2], "body": _body([text[3]])}

    @staticmethod
    def faq_fields(code, text):
        return {
            "questions": [
                ("question", {"question": q, "answer": RichText(f"<p>{a}</p>")}) for q, a in text[2]
            ]
        }

    @staticmethod
    def statement_fields(code, text):
        today = timezone.localdate()
        return {
            "compliance": models.AccessibilityStatementPage.Compliance.PARTIAL,
            "prepared_on": today,
            "reviewed_on": today,
            "body": text[2],
            "feedback_email": "saavutettavuus@example.org",
        }

    # --- snippets and data ---------------------------------------------------------------

    def contact_details(self):
        details = {}
        for code in LANGUAGES:
            details[code], _created = models.ContactDetails.objects.get_or_create(
                locale=self.locales[code],
                name=content.CONTACT_NAME[code],
                defaults=self._same_key(details),
            )
        return details

    def footers(self, statement):
        footers = {}
        for code in LANGUAGES:
            link = (
                f'<a linktype="page" id="{statement[code].pk}">'
                f"{content.ACCESSIBILITY_LINK[code]}</a>"
            )
            footers[code], _created = models.Footer.objects.get_or_create(
                locale=self.locales[code],
                defaults={
                    "text": f"<p>{content.FOOTER[code]}</p><p>{link}</p>",
                    **self._same_key(footers),
                },
            )

    @staticmethod
    def _same_key(translations):
        """Translations of a snippet share the Finnish original's translation key."""
        return {"translation_key": translations["fi"].translation_key} if translations else {}

    def services(self):
        for organisations, names, descriptions, themes, languages, phone in content.SERVICES:
            models.Service.objects.update_or_create(
                organisation=organisations[0],
                name_fi=names[0],
                defaults={
                    "organisation_sv": organisations[1],
                    "organisation_en": organisations[2],
                    "name_sv": names[1],
                    "name_en": names[2],
                    "description_fi": f"<p>{descriptions[0]}</p>",
                    "description_sv": f"<p>{descriptions[1]}</p>",
                    "description_en": f"<p>{descriptions[2]}</p>",
                    "themes": themes,
                    "languages": languages,
                    "phone": phone,
                },
            )


def build_site():
    ensure_site()
    SiteBuilder().build()
