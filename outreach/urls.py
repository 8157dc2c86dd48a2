from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemap import LocalisedSitemap
from cms.views import search
from outreach.places.views import venue_map
from outreach.worker.api import api as worker_api
from outreach.worker.views import service_worker

# Outside the language prefix: the PWA manifest and service worker must sit at the site root,
# and data the offline app caches is the same in every language.
urlpatterns = [
    # Before pwa.urls: the same service worker file, served so that no cache keeps an old one.
    path("serviceworker.js", service_worker, name="serviceworker"),
    path("", include("pwa.urls")),
    path("api/worker/", worker_api.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("places/", include("outreach.places.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalisedSitemap}}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("outreach.accounts.urls")),
    path("map/", venue_map, name="venue-map"),
    path("search/", search, name="search"),
    path("travel/", include("outreach.travel.urls")),
    path("worker/", include("outreach.worker.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler500 = "outreach.errors.server_error"
