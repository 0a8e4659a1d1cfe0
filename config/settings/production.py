"""Production: every secret comes from the environment, with no default.

A missing ``SECRET_KEY`` or ``ALLOWED_HOSTS`` stops the process at start-up
rather than running with a guessable key or accepting any Host header.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import PRAXIS_TRUSTED_PROXY_COUNT, env_bool, env_list, tasks_setting
from .services import media_storage


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable must be set.")
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The ALLOWED_HOSTS environment variable must be set.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# ``X-Forwarded-Proto`` says the request came over HTTPS only when the operator's
# own proxies set it (``TRUSTED_PROXY_COUNT`` > 0, as for the client address in
# ``core.client.client_ip``); otherwise any client could send it, and
# Django would take a plain-HTTP request for a secure one.
if PRAXIS_TRUSTED_PROXY_COUNT > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Cookies only over HTTPS (X-Frame-Options, nosniff, the referrer and opener
# policies and the Content-Security-Policy come from base.py).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "praxis@localhost")

# Background tasks (members' e-mail, reminders) wait in the database for a
# worker (``manage.py db_worker``, run beside the web process), so a slow mail
# server never holds up a page. ``TASKS_BACKEND=immediate`` runs them in the
# request instead, for a small site without a worker.
TASKS = tasks_setting("database")
