"""Settings shared by every environment.

Configuration comes from environment variables so that one image runs anywhere;
see the README's "Configuration" section for the full list. Values that must never
have a default in production (``SECRET_KEY``, ``ALLOWED_HOSTS``) are set in
``production.py``; development and test settings give them safe local values.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from config.settings.services import frontend_cache, media_storage, search_backends

#: The repository root: ``config/settings/base.py`` is three levels down.
BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

THIRD_PARTY_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    # Purges shared caches (Varnish, nginx, a CDN) on publish and unpublish,
    # when FRONTEND_CACHE_PURGE_URL or a CDN is configured (core.frontend_cache).
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    # Keep Wagtail's own locales app: it serves the /locales/ admin routes.
    "wagtail.locales",
    "wagtail",
    "wagtail_localize",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    # Serves django-ninja's interactive API docs from local static files.
    "ninja",
    # Cross-origin reads of the headless API from the origins an operator lists.
    "corsheaders",
    # Hardening: Content-Security-Policy (its checks catch old-style settings),
    # sign-in lockout, member and editor accounts with two-factor sign-in.
    "csp",
    "axes",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # The database queue of background tasks (TASKS_BACKEND=database); its
    # table exists in every setting so a worker can be switched on any time.
    "django_tasks_db",
]

LOCAL_APPS = [
    "core",
    "home",
    "lessons",
    "engagement",
    "members",
    "members.discussions",
    "members.mentoring",
    "governance",
    "moderation",
    "search",
]

INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside WhiteNoise, so static files (SVG included) carry the policy too.
    "governance.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Sees every response on its way out: anonymous HTML pages may be kept by
    # a shared cache, everything else is private (core.caching).
    "core.caching.SharedCacheMiddleware",
    # Before CommonMiddleware, as django-cors-headers requires.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, leaving the API's 404s alone (see core.api.middleware).
    "core.api.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The API reads as an anonymous visitor and refuses NUL characters.
    "core.api.middleware.ApiRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The admin's reading rule for every admin URL (see governance.admin_reading).
    "governance.admin_reading.AdminReadingRuleMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a flagged lockout into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.navigation",
                "members.context_processors.membership",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: a SQLite file unless DATABASE_URL says otherwise
# (``postgres://user@127.0.0.1:5432/praxis`` uses psycopg 3).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    #: SQLite's locks, for the embedded default: a transaction takes the write
    #: lock when it begins (``IMMEDIATE``), so two requests that read and then
    #: write (taking an event's last place) queue for up to ``timeout``
    #: seconds instead of failing with "database is locked"; PostgreSQL does
    #: the same with ``select_for_update``.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

# Cache: Redis when REDIS_URL is set, otherwise process memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Languages. Content languages come from one setting, PRAXIS_LANGUAGES, a
# comma-separated list of language codes drawn from LANGUAGE_NAMES.
#: Every language the interface has a name for; PRAXIS_LANGUAGES picks from these.
LANGUAGE_NAMES = {
    "en": _("English"),
    "sv": _("Swedish"),
    "ar": _("Arabic"),
    "es": _("Spanish"),
    "fr": _("French"),
}
#: The first language is the source language: new content starts in it, and a
#: visitor whose browser asks for none of these reads it.
_language_codes = [
    code
    for code in env_list("PRAXIS_LANGUAGES", ",".join(LANGUAGE_NAMES))
    if code in LANGUAGE_NAMES
] or ["en"]
LANGUAGE_CODE = _language_codes[0]
LANGUAGES = [(code, LANGUAGE_NAMES[code]) for code in _language_codes]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LOCALE_PATHS = [BASE_DIR / "locale"]

# Machine translation in wagtail-localize's editor, from a LibreTranslate server
# (which a network can host itself); off unless PRAXIS_LIBRETRANSLATE_URL is set.
PRAXIS_LIBRETRANSLATE_URL = os.environ.get("PRAXIS_LIBRETRANSLATE_URL", "").rstrip("/")
if PRAXIS_LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": PRAXIS_LIBRETRANSLATE_URL,
            "API_KEY": os.environ.get("PRAXIS_LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": int(os.environ.get("PRAXIS_LIBRETRANSLATE_TIMEOUT", "30")),
        },
    }

# Static files and media: served locally; nothing comes from another host.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))

#: Where PDF briefs and slides are kept once built (lessons.briefs): a folder
#: no URL serves, since members-only briefs are among them; every brief is
#: served through its page's reading rules. Not under MEDIA_ROOT.
PRAXIS_BRIEF_ROOT = Path(
    os.environ.get("PRAXIS_BRIEF_ROOT", BASE_DIR / "var" / "briefs")
)
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
#: Uploads: MEDIA_ROOT, or a private S3-compatible bucket (MEDIA_S3_BUCKET…).
STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

#: Explicit limits. Form fields (not files) beyond 10 MB are refused before
#: they reach a view; uploaded files are checked by the upload forms below, so
#: a proxy in front should cap request bodies a little above 20 MB.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx"]
#: Praxis's image model: its files lose their hidden metadata (EXIF, GPS, XMP…)
#: before they are stored, whoever saves them (``core.images``).
WAGTAILIMAGES_IMAGE_MODEL = "core.Image"
# The upload forms turn an image that cannot be cleaned into one clear message
# (``governance.forms``).
WAGTAILIMAGES_IMAGE_FORM_BASE = "governance.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "governance.forms.DocumentForm"

# Wagtail
WAGTAIL_SITE_NAME = "Praxis"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's update check and Gravatar avatars contact other hosts.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
#: Wagtail's database search, or OpenSearch/Elasticsearch when SEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
#: Shared caches purged on publish (FRONTEND_CACHE_PURGE_URL, CLOUDFLARE_…,
#: CLOUDFRONT_…); none by default.
_frontend_cache = frontend_cache(os.environ)
if _frontend_cache:
    WAGTAILFRONTENDCACHE = _frontend_cache
#: Seconds a shared cache may keep an anonymous HTML page (core.caching);
#: publishing purges it sooner.
PRAXIS_PAGE_MAX_AGE = int(os.environ.get("PRAXIS_PAGE_MAX_AGE", "300"))
WAGTAILDOCS_SERVE_METHOD = "serve_view"
TAGGIT_CASE_INSENSITIVE = True

# Background tasks (Wagtail 8 and members' e-mail use django-tasks).
#: ``TASKS_BACKEND``: ``immediate`` (the default: ``make run`` and the tests run
#: each task at once, in the request), ``database`` (tasks wait in the
#: database for ``manage.py db_worker``, django-tasks-db) or ``redis`` (tasks
#: wait in Redis, ``REDIS_URL``, for ``manage.py rqworker --job-class
#: django_tasks_rq.Job default``; django-tasks-rq, in the ``production``
#: extra). production.py defaults to ``database``.
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
    "redis": "django_tasks_rq.RQBackend",
}


def tasks_setting(default: str = "immediate") -> dict:
    name = os.environ.get("TASKS_BACKEND", "").strip() or default
    if name not in TASKS_BACKENDS:
        raise ValueError(
            f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {name!r}."
        )
    if name == "redis":
        if not REDIS_URL:
            raise ValueError("TASKS_BACKEND=redis needs REDIS_URL.")
        return {"default": {"BACKEND": TASKS_BACKENDS[name], "QUEUES": ["default"]}}
    return {"default": {"BACKEND": TASKS_BACKENDS[name]}}


TASKS = tasks_setting()
#: The Redis queue (TASKS_BACKEND=redis): django-rq's, on REDIS_URL. A task
#: may run up to ten minutes (a toolkit's briefs).
RQ_QUEUES = {
    "default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 600}
}
if os.environ.get("TASKS_BACKEND", "").strip() == "redis":
    # ``manage.py rqworker`` and the queue's checks.
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]

#: Lessons per page in the library and other listings.
PRAXIS_PAGE_SIZE = 20

#: Where the apps' section pages (the library, resources, paths, glossary,
#: movements, events, the opportunity finder) may be created: the site's home
#: page here. The apps read it through :mod:`core.pages`, never naming the site.
PRAXIS_SECTION_PARENT_PAGE_TYPES = ["home.HomePage"]

# The headless API (``config/api.py``, docs/api.md).
PRAXIS_API_PREFIX = "/api/"
#: Where Wagtail's admin is mounted (``config/urls.py``): its 404s stay 404s
#: and its URLs pass the admin's reading rule (``governance.admin_reading``).
PRAXIS_ADMIN_PREFIX = "/admin/"
#: How long browsers and shared caches may keep an anonymous API response.
PRAXIS_API_MAX_AGE = int(os.environ.get("PRAXIS_API_MAX_AGE", "300"))
#: Seconds the API's public answers are kept on the server (0: not kept); any
#: change anonymous visitors could see makes them all stale at once
#: (``core.api.response_cache``).
PRAXIS_API_RESPONSE_CACHE = int(os.environ.get("PRAXIS_API_RESPONSE_CACHE", "0"))
#: Seconds a listing's count and facets (for anonymous readers) and the
#: ranking of suggested lessons are kept (0: worked out on every request);
#: any such change makes them stale at once too (``core.generation``).
PRAXIS_CONTENT_MEMO_SECONDS = int(os.environ.get("PRAXIS_CONTENT_MEMO_SECONDS", "600"))
#: Requests per client address (``120/m``: 120 a minute; s, m, h, d).
PRAXIS_API_RATE = os.environ.get("PRAXIS_API_RATE", "120/m")
#: Other sites whose pages may read the API from the browser (CORS), e.g.
#: ``https://movement.example,https://app.example``. None by default.
CORS_ALLOWED_ORIGINS = env_list("PRAXIS_API_CORS_ORIGINS")
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
#: Headless preview: the external frontend that shows drafts
#: (``PRAXIS_PREVIEW_URL``, e.g. ``https://app.example/preview``) gets a signed
#: token valid for PRAXIS_PREVIEW_MAX_AGE seconds.
PRAXIS_PREVIEW_URL = os.environ.get("PRAXIS_PREVIEW_URL", "")
PRAXIS_PREVIEW_MAX_AGE = int(os.environ.get("PRAXIS_PREVIEW_MAX_AGE", "3600"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Security headers. Production adds HSTS, HTTPS redirects and secure cookies.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
#: No page may be framed. Wagtail's preview panels (and wagtail-localize's
#: translation preview) frame the admin's own preview views, which set
#: ``SAMEORIGIN`` themselves (``xframe_options_sameorigin_override``).
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4). Enforced on the public site and the
# account pages; report-only under the admin, whose inline scripts and styles
# the policy would block (``governance.middleware`` explains the split).
#: Where browsers report violations: Praxis's own log (``praxis.csp`` logger,
#: ``governance.middleware.csp_report``) unless CSP_REPORT_URI names a collector.
_CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "").strip() or "/csp-report/"
#: Everything comes from this host: no inline script or style (no
#: ``'unsafe-inline'``), no plugins, no framing by other pages, forms post
#: only here. ``data:`` images are allauth's QR code for authenticator apps.
PRAXIS_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    # Matches X_FRAME_OPTIONS = "DENY".
    "frame-ancestors": [NONE],
    "report-uri": [_CSP_REPORT_URI],
}
CONTENT_SECURITY_POLICY = {
    # Report-only here instead: Wagtail's admin, its preview views included.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": PRAXIS_CSP_DIRECTIVES,
}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    # Browsers ignore frame-ancestors in a report-only policy (and say so in the
    # console); X_FRAME_OPTIONS guards the admin, whose preview views answer
    # SAMEORIGIN so that the admin can frame them.
    "DIRECTIVES": {
        name: value
        for name, value in PRAXIS_CSP_DIRECTIVES.items()
        if name != "frame-ancestors"
    },
}

#: How many reverse proxies or load balancers of the operator's own sit in front
#: of the app (``TRUSTED_PROXY_COUNT``, default 0). The client address for the
#: sign-in lockout and for rate limits is then read from ``X-Forwarded-For``
#: (``core.client.client_ip``); with 0 it is ``REMOTE_ADDR``.
PRAXIS_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
#: django-ratelimit (public forms) finds the client the same way as the lockout.
RATELIMIT_IP_META_KEY = "core.client.client_ip"
#: Submissions per client address and form on every public form (django-ratelimit
#: syntax: "3/5m" is three every five minutes).
PRAXIS_PUBLIC_FORM_RATE = os.environ.get("PRAXIS_PUBLIC_FORM_RATE", "3/5m")

# Accounts: django-allauth for everyone who signs in, members and editors, with
# two-factor sign-in (authenticator app and recovery codes).
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out user name is refused before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Sign-in by e-mail address.
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
#: Wagtail sends anonymous admin visitors to allauth's sign-in (and
#: ``config/urls.py`` sends Wagtail's own login forms there too), so an editor
#: with an authenticator app always gives its code.
WAGTAILADMIN_LOGIN_URL = "account_login"
#: Private pages (Wagtail's view restrictions) send visitors there as well.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
ACCOUNT_ADAPTER = "governance.accounts.AccountAdapter"
ACCOUNT_FORMS = {"login": "governance.accounts.LoginForm"}
#: The display name (a name the member chooses, not necessarily their own)
#: joins allauth's sign-up form; nothing else personal is asked for.
ACCOUNT_SIGNUP_FORM_CLASS = "members.account.forms.JoinForm"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
#: A new member signs in only once the address is confirmed by the e-mailed
#: link. Accounts a coordinator (or the demo) created were vouched for and
#: carry no unconfirmed address (``members.account.stages``).
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
#: The largest file a member may attach to a shared resource, in bytes.
PRAXIS_SHARE_MAX_UPLOAD_SIZE = int(
    os.environ.get("PRAXIS_SHARE_MAX_UPLOAD_SIZE", str(10 * 1024 * 1024))
)
#: Who may create an account: ``open`` (anyone; the default, and the demo's),
#: ``invite`` (only with an invitation a coordinator sent) or ``closed``.
PRAXIS_SIGNUP = os.environ.get("PRAXIS_SIGNUP", "open").strip().lower()
if PRAXIS_SIGNUP not in {"open", "invite", "closed"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"PRAXIS_SIGNUP must be open, invite or closed, not {PRAXIS_SIGNUP!r}."
    )
#: allauth's failed sign-in limits: ``10/m/ip`` from allauth's defaults; the
#: per-account allowance is looser than django-axes's lockout so that axes
#: answers for passwords, and it still bounds guesses at authenticator codes
#: (allauth counts those under the same action, per user).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,10/30m/key",
    #: New accounts from one address: a few an hour is a household or a
    #: training room, more is a script.
    "signup": os.environ.get("PRAXIS_SIGNUP_RATE", "5/h/ip"),
    "confirm_email": "1/3m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Praxis"

# Sign-in lockout (django-axes): a user name from one address is locked out
# after AXES_FAILURE_LIMIT failed sign-ins, for AXES_COOLOFF_MINUTES.
AXES_ENABLED = True
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "governance.accounts.lockout_username"
AXES_CLIENT_IP_CALLABLE = "core.client.client_ip"
AXES_LOCKOUT_CALLABLE = "governance.accounts.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
#: Only failed attempts are kept (they expire with the cool-off): a log of who
#: signed in from which address is not something Praxis should hold.
AXES_DISABLE_ACCESS_LOG = True

# Uploaded files are served by ``core.media.serve_media`` under the rules of
# the pages that use them, never by the web server straight from MEDIA_ROOT.
#: Seconds caches may keep a rendition every visitor may see.
PRAXIS_MEDIA_MAX_AGE = int(os.environ.get("PRAXIS_MEDIA_MAX_AGE", "3600"))
#: When set (e.g. ``/protected-media/``), Praxis decides and nginx sends the
#: file: an ``X-Accel-Redirect`` to this prefix, an ``internal`` location
#: aliased to MEDIA_ROOT. Empty: Praxis streams the file itself.
PRAXIS_MEDIA_ACCEL_REDIRECT = os.environ.get("PRAXIS_MEDIA_ACCEL_REDIRECT", "")
