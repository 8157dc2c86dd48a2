from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ContactDetails, Footer, Service


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
