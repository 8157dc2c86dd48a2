"""The public site's page types and snippets, one module per kind."""

from .calendar import PopupCalendarPage
from .content import (
    AccessibilityStatementPage,
    ContactPage,
    ContentPage,
    FAQPage,
    NewsArticlePage,
    NewsIndexPage,
    TravelSupportPage,
)
from .directory import Service, ServiceDirectoryPage
from .home import HomePage
from .snippets import ContactDetails, Footer
from .theme import ThemePage

__all__ = [
    "AccessibilityStatementPage",
    "ContactDetails",
    "ContactPage",
    "ContentPage",
    "FAQPage",
    "Footer",
    "HomePage",
    "NewsArticlePage",
    "NewsIndexPage",
    "PopupCalendarPage",
    "Service",
    "ServiceDirectoryPage",
    "ThemePage",
    "TravelSupportPage",
]
