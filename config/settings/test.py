"""Tests: fast hashing, memory cache, media in a temporary folder (see conftest)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "praxis-tests-only-not-a-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
WHITENOISE_AUTOREFRESH = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "WARNING"},
}
#: django-axes refuses ``authenticate()`` calls without a request, and Django's
#: test client ``login()`` (Wagtail's ``WagtailPageTestCase.login`` too) makes
#: exactly those. The lockout tests (tests/governance/test_hardening.py) turn
#: it back on; it is read per call, so ``settings.AXES_ENABLED = True`` works.
AXES_ENABLED = False
#: High enough that no test meets the API's rate limit by accident; the rate
#: limit's own tests lower it.
PRAXIS_API_RATE = "100000/m"
#: Counts, facets, the menu and suggested lessons' ranking are worked out on
#: every request, so query budgets hold for a reader nothing was remembered
#: for; tests/core/test_generation.py turns remembering on.
PRAXIS_CONTENT_MEMO_SECONDS = 0

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    #: A file, not SQLite's in-memory default, so that ``--reuse-db`` (on in
    #: pyproject.toml) keeps it between runs; pytest-xdist gives each worker
    #: its own (``.test-db.sqlite3_gw0``, …). ``pytest --create-db`` starts over.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
    #: A test database is thrown away after a crash, so it need not survive one:
    #: no waiting for the disk on each commit.
    DATABASES["default"]["OPTIONS"]["init_command"] = (  # noqa: F405
        "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
    )
