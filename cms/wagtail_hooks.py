from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .cache import mark_cacheable
from .models import ContactDetails, Footer, Service
from .models.base import PublicPage
from .translation_workflow import UpdateTranslationsView, before_edit_translation


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    list_display = ["organisation", "name_fi"]
    search_fields = ["organisation", "name_fi", "name_sv", "name_en"]


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"


class PublicSiteViewSetGroup(SnippetViewSetGroup):
    items = (ServiceViewSet, ContactDetailsViewSet, FooterViewSet)
    menu_icon = "site"
    menu_label = _("Public site")
    menu_name = "public-site"


register_snippet(PublicSiteViewSetGroup)


@hooks.register("before_serve_page")
def cache_public_pages(page, request, serve_args, serve_kwargs):
    """Every public page type may be cached, whatever its serve() or routes do."""
    if isinstance(page, PublicPage):
        mark_cacheable(request)


@hooks.register("register_admin_urls", order=-1)
def update_translations_url():
    """Ahead of wagtail-localize's URLs: its "Update existing translations" at the same address,
    without "Publish immediately" for those who may not publish."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
            name="update_translations_for_editors",
        )
    ]


# Ahead of wagtail-localize's own hook (order 0), which renders its translation editor.
hooks.register("before_edit_page", before_edit_translation, order=-1)
