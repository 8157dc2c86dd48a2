"""What every public page shares: cacheable serving, search and sitemap alternates."""

from functools import cached_property

from wagtail.models import Page


class PublicPage(Page):
    """Base of the site's page types. Anonymous visitors are served from the page cache
    (``wagtail_hooks.cache_public_pages``)."""

    class Meta:
        abstract = True

    @cached_property
    def live_translations(self):
        """This page in every language it is published in, this one included (one query per
        rendering, shared by the language switcher and the hreflang links)."""
        return list(self.get_translations(inclusive=True).live().select_related("locale"))

    @cached_property
    def translations_by_language(self):
        return {page.locale.language_code: page for page in self.live_translations}

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        alternates = [
            {"location": page.get_full_url(request), "lang_code": page.locale.language_code}
            for page in self.live_translations
        ]
        return [{**url, "alternates": alternates} for url in urls]
