"""What every public page shares: cacheable serving, search and sitemap alternates."""

from wagtail.models import Page

from cms.cache import mark_cacheable


class PublicPage(Page):
    """Base of the site's page types. Anonymous visitors are served from the page cache."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        mark_cacheable(request)
        return super().serve(request, *args, **kwargs)

    def live_translations(self):
        """This page in every language it is published in, this one included."""
        return self.get_translations(inclusive=True).live().select_related("locale")

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        alternates = [
            {"location": page.get_full_url(request), "lang_code": page.locale.language_code}
            for page in self.live_translations()
        ]
        return [{**url, "alternates": alternates} for url in urls]
