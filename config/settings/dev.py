"""Local development: debug on, a fixed local secret, mail to the console."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = "praxis-local-development-only-not-a-secret"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The site's own 404 and 500 pages, the detail in the console (core.error_pages).
MIDDLEWARE = [*MIDDLEWARE, "core.error_pages.OwnErrorPagesMiddleware"]  # noqa: F405
