"""Every public page type, for the tests that must cover them all."""

from cms import models

PAGE_TYPES = [
    models.HomePage,
    models.ThemePage,
    models.PopupCalendarPage,
    models.ServiceDirectoryPage,
    models.TravelSupportPage,
    models.ContactPage,
    models.ContentPage,
    models.NewsIndexPage,
    models.NewsArticlePage,
    models.FAQPage,
    models.AccessibilityStatementPage,
]
