"""Base settings. Every deployment-specific value comes from a typed environment variable.

See ``docs/configuration.md`` and ``.env.example`` for the variables.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)


def _required_outside_debug(name, debug_default):
    value = env(name, default=None)
    if value:
        return value
    if DEBUG:
        return debug_default
    raise ImproperlyConfigured(
        f"{name} must be set when DEBUG is off. See docs/configuration.md for how to set it."
    )


SECRET_KEY = _required_outside_debug("SECRET_KEY", "insecure-dev-key-never-use-in-production")
ALLOWED_HOSTS = _required_outside_debug("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications ---------------------------------------------------------------------------

CORE_APPS = [
    "outreach.accounts",
    "outreach.places",
    "outreach.themes",
    "outreach.encounters",
    "outreach.referrals",
    "outreach.travel",
    "outreach.worker",
    "outreach.reports",
    "outreach.demo",
    "cms",
]

FIRST_PARTY_THEMES = [
    "plugins.mental_health",
    "plugins.substance_use",
    "plugins.gambling",
    "plugins.violence",
]

WAGTAIL_APPS = [
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail_localize",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]

THIRD_PARTY_APPS = [
    "pwa",
    "leaflet",
    "django_q",
    "axes",
]

DJANGO_APPS = [
    # No django.contrib.admin: its autodiscovery imports leaflet.admin, which needs GDAL.
    # The Wagtail admin is the one back office.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

# Theme plugins installed with pip announce themselves through this entry-point group.
from outreach.themes.discovery import installed_theme_apps  # noqa: E402

DISABLED_THEMES = env.list("DISABLED_THEMES", default=[])
# Records made offline with a theme's previous form version sync if at most this many days old.
THEME_SCHEMA_GRACE_DAYS = env.int("THEME_SCHEMA_GRACE_DAYS", default=30)
# Published counts below this are shown as "<N" (Tilastolaki 280/2004 §11); see outreach/reports.
REPORT_SMALL_CELL_THRESHOLD = env.int("REPORT_SMALL_CELL_THRESHOLD", default=5)
# Where a theme page's quick-exit control (or the Esc key) sends a reader in danger.
THEME_QUICK_EXIT_URL = env("THEME_QUICK_EXIT_URL", default="https://www.google.com/")

INSTALLED_APPS = (
    CORE_APPS
    + FIRST_PARTY_THEMES
    + installed_theme_apps(exclude=FIRST_PARTY_THEMES)
    + WAGTAIL_APPS
    + THIRD_PARTY_APPS
    + DJANGO_APPS
)

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.cache.PublicPageCacheMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Permissions-Policy on every response; Cache-Control private for logged-in users.
    "outreach.middleware.PermissionsPolicyMiddleware",
    "outreach.middleware.PrivateForLoggedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Logs a user out after TUULI_STAFF_IDLE_TIMEOUT without activity, with a message.
    "outreach.accounts.idle.IdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Reports whose Wagtail menu item and view disagree, brought to one rule (accounts).
    "outreach.accounts.admin_reach.ReportReachMiddleware",
    # Last, as django-axes asks: turns a locked-out login attempt into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "outreach.urls"
WSGI_APPLICATION = "outreach.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "outreach" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "outreach.context_processors.language_links",
            ],
        },
    },
]

# --- Data -----------------------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
# Seconds a connection is kept for the next request (checked before reuse). Off by default: the
# development server starts a thread per request, which would strand connections.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    (BASE_DIR / "var").mkdir(exist_ok=True)
    # WAL lets the sync endpoint write while pages read; a busy timeout instead of "locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tuuli",
        }
    }

# --- Auth -----------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes refuses a login before the password is checked once a username has failed
# AXES_FAILURE_LIMIT times from one address; another username from the same address still logs in.
# Both the Tuuli login and the Wagtail admin login go through Django's authenticate(request, ...).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "outreach.accounts.lockout.lockout"
AXES_CLIENT_IP_CALLABLE = "outreach.ratelimits.client_address"
# Reverse proxies in front of the app (nginx: 1), whose X-Forwarded-For is trusted for the
# client's address in login lockouts and rate limits; 0 uses the connection's address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
# Seconds without activity after which a logged-in user is logged out (outreach/accounts/idle.py):
# workers share phones. Sessions otherwise last Django's two weeks.
TUULI_STAFF_IDLE_TIMEOUT = env.int("TUULI_STAFF_IDLE_TIMEOUT", default=30 * 60)

# --- Languages and formats ------------------------------------------------------------------

LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Slugs are ASCII (ä -> a): a shared link keeps "paakirjastossa" instead of "p%C3%A4%C3%A4...".
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A new translation of a live page starts as a draft and goes through the workflow like any
# other draft (cms/translation_workflow.py), instead of going live untranslated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["outreach.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- E-mail ---------------------------------------------------------------------------------

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="tuuli@localhost")

# --- Wagtail --------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Tuuli"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Query text becomes plain words; each page is stemmed in its own language (PostgreSQL, SQLite)
# (cms/search_backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search_backend",
        "SEARCH_CONFIG": "simple",
        "LANGUAGE_CONFIGS": {"fi": "finnish", "sv": "swedish", "en": "english"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt"]
# The admin would fetch Wagtail's release feed from a third party; the CSP blocks it anyway.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Every image needs its alt text ("description") before it can be saved.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.AltTextRequiredImageForm"
# Anonymous visitors get public pages from the cache; publishing or a pop-up change clears it.
CMS_PAGE_CACHE_SECONDS = env.int("CMS_PAGE_CACHE_SECONDS", default=300)
# Full-text searches (a query or a result page) per client address in CMS_SEARCH_WINDOW seconds.
# A visitor makes a handful; a library's shared address may carry dozens of visitors, so 300 in
# 15 minutes is far above that yet holds a script to one query every three seconds per address.
CMS_SEARCHES_PER_CLIENT = env.int("CMS_SEARCHES_PER_CLIENT", default=300)
CMS_SEARCH_WINDOW = env.int("CMS_SEARCH_WINDOW", default=15 * 60)

# --- Worker app sync ------------------------------------------------------------------------
# Sync requests a worker account may make (ninja's rate syntax): a whole outbox takes a few.
WORKER_SYNC_RATE = env("WORKER_SYNC_RATE", default="60/min")

# --- Map (django-leaflet) -------------------------------------------------------------------

MAP_TILES_URL = env("MAP_TILES_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env(
    "MAP_TILES_ATTRIBUTION",
    default=(
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    ),
)
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (60.50, 25.80),
    "DEFAULT_ZOOM": 9,
    "MIN_ZOOM": 7,
    "MAX_ZOOM": 18,
    "TILES": [(_("Map"), MAP_TILES_URL, {"attribution": MAP_TILES_ATTRIBUTION, "maxZoom": 19})],
    "ATTRIBUTION_PREFIX": "Leaflet",
    "RESET_VIEW": False,
}

# --- Content Security Policy (django-csp, cms/security.py) ---------------------------------

# The one third party a public page may contact: the map tiles ("{s}" subdomains become "*").
_tiles = urlsplit(MAP_TILES_URL)
MAP_TILES_ORIGIN = f"{_tiles.scheme}://{_tiles.netloc.replace('{s}', '*')}"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", MAP_TILES_ORIGIN],
        "connect-src": [SELF, MAP_TILES_ORIGIN],
        "font-src": [SELF],
        "manifest-src": [SELF],
        "worker-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
CMS_ADMIN_URL_PREFIXES = ("/admin/",)
CMS_ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", MAP_TILES_ORIGIN],
    "frame-ancestors": [SELF],  # Wagtail's preview panel frames the page being edited
}

# --- Geocoding (geopy / Nominatim) ----------------------------------------------------------

GEOCODER = env("GEOCODER", default="outreach.places.geocoding.NominatimGeocoder")
GEOCODER_USER_AGENT = env("GEOCODER_USER_AGENT", default="tuuli-outreach/0.1 (Itä-Uusimaa)")
GEOCODER_MIN_DELAY_SECONDS = env.float("GEOCODER_MIN_DELAY_SECONDS", default=1.0)

# --- Task queue (django-q2) -----------------------------------------------------------------

Q_CLUSTER = {
    "name": "tuuli",
    "workers": env.int("Q_WORKERS", default=2),
    "timeout": 120,
    "retry": 180,
    "max_attempts": 3,
    "queue_limit": 50,
    "catch_up": False,
    "label": _("Task queue"),
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

# --- Travel costs (see docs/travel.md; rates and rules are data in the admin, not settings) ----

TRAVEL_PURGE_MONTHS = env.int("TRAVEL_PURGE_MONTHS", default=6)
TRAVEL_VISIT_CODE_DAYS = env.int("TRAVEL_VISIT_CODE_DAYS", default=30)
# Codes each worker device keeps for handing out offline, and how long one waits there unused.
TRAVEL_VISIT_CODE_POOL = env.int("TRAVEL_VISIT_CODE_POOL", default=10)
TRAVEL_VISIT_CODE_RESERVATION_DAYS = env.int("TRAVEL_VISIT_CODE_RESERVATION_DAYS", default=90)
TRAVEL_RECEIPT_MAX_BYTES = env.int("TRAVEL_RECEIPT_MAX_BYTES", default=5 * 1024 * 1024)
# Phones save 12 Mpx photos by default (50 Mpx and more only in a high-resolution mode, which the
# refusal asks to leave). Decoding costs about 4 bytes a pixel; the limit is read from the image
# header before anything is decoded.
TRAVEL_RECEIPT_MAX_PIXELS = env.int("TRAVEL_RECEIPT_MAX_PIXELS", default=40_000_000)
# Files checked (decoded, parsed) per visit code a day, claim and correction forms together.
TRAVEL_RECEIPTS_PER_VISIT_CODE = env.int("TRAVEL_RECEIPTS_PER_VISIT_CODE", default=10)
TRAVEL_RECEIPTS_ROOT = env.path("TRAVEL_RECEIPTS_ROOT", default=BASE_DIR / "var" / "receipts")
# Wrong visit codes in TRAVEL_CODE_ATTEMPT_WINDOW seconds before the request form refuses to try
# more, per client address and per typed code (outreach/ratelimits.py, counted in the cache).
TRAVEL_CODE_ATTEMPTS_PER_CLIENT = env.int("TRAVEL_CODE_ATTEMPTS_PER_CLIENT", default=10)
TRAVEL_CODE_ATTEMPTS_PER_CODE = env.int("TRAVEL_CODE_ATTEMPTS_PER_CODE", default=5)
TRAVEL_CODE_ATTEMPT_WINDOW = env.int("TRAVEL_CODE_ATTEMPT_WINDOW", default=15 * 60)
# Form sends (step 1, step 2 with its receipt, corrections) per client address in
# TRAVEL_FORM_POST_WINDOW seconds. A library's or a pop-up point's shared connection puts many
# residents behind one address: a request takes two to four sends, so 60 lets some fifteen
# residents through in 15 minutes there, yet bounds a script to 60 receipt uploads per address.
TRAVEL_FORM_POSTS_PER_CLIENT = env.int("TRAVEL_FORM_POSTS_PER_CLIENT", default=60)
TRAVEL_FORM_POST_WINDOW = env.int("TRAVEL_FORM_POST_WINDOW", default=15 * 60)
# Seconds a resident's signed claim address works after it was sent: long enough to follow a
# claim through payment; every e-mail about the claim carries a fresh one.
TRAVEL_CLAIM_LINK_MAX_AGE = env.int("TRAVEL_CLAIM_LINK_MAX_AGE", default=90 * 24 * 60 * 60)
# The county's account that pays (SEPA debtor). Outside debug there is no default: the export
# refuses with a message until these are set. The debug IBAN is the standard Finnish example.
TRAVEL_DEBTOR_NAME = env("TRAVEL_DEBTOR_NAME", default="Itä-Uudenmaan hyvinvointialue")
TRAVEL_DEBTOR_IBAN = env("TRAVEL_DEBTOR_IBAN", default="FI2112345600000785" if DEBUG else "")
TRAVEL_DEBTOR_BIC = env("TRAVEL_DEBTOR_BIC", default="NDEAFIHH" if DEBUG else "")
# The county registry's (kirjaamo) postal or e-mail address for requests for rectification, shown
# with a rejection. Not known to the project: empty until the county gives it.
TRAVEL_APPEAL_ADDRESS = env("TRAVEL_APPEAL_ADDRESS", default="")

# --- PWA (django-pwa) -----------------------------------------------------------------------

PWA_APP_NAME = "Tuuli"
# One manifest for all languages: in the county's two languages, Finnish first as PWA_APP_LANG says.
PWA_APP_DESCRIPTION = "Jalkautuvan työn sovellus – Personalens app för uppsökande arbete"
# --fi-color-brand-base (static/vendor/suomifi/tokens.css); icons drawn by bench/brand_icons.py.
PWA_APP_THEME_COLOR = "#00357a"
PWA_APP_BACKGROUND_COLOR = "#ffffff"
PWA_APP_DISPLAY = "standalone"
PWA_APP_LANG = "fi"
PWA_SERVICE_WORKER_PATH = BASE_DIR / "outreach" / "worker" / "serviceworker.js"
PWA_APP_START_URL = "/fi/worker/"
# The whole site, so logging in again and switching language stay inside the installed app.
PWA_APP_SCOPE = "/"
PWA_APP_ICONS = [
    {
        "src": "/static/worker/icons/icon-192.png",
        "sizes": "192x192",
        "type": "image/png",
        "purpose": "any",
    },
    {
        "src": "/static/worker/icons/icon-512.png",
        "sizes": "512x512",
        "type": "image/png",
        "purpose": "any",
    },
    {
        "src": "/static/worker/icons/icon-maskable-512.png",
        "sizes": "512x512",
        "type": "image/png",
        "purpose": "maskable",
    },
]
PWA_APP_ICONS_APPLE = [{"src": "/static/worker/icons/icon-192.png", "sizes": "192x192"}]

# --- Logging --------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Wagtail 8 runs its own background tasks through django-tasks and logs each one.
        "django_tasks": {"level": "WARNING"},
        # django-q2 logs every task it runs at INFO, the page-publishing schedule once a minute.
        "django-q": {"level": env("Q_LOG_LEVEL", default="INFO")},
    },
}
