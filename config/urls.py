"""URL configuration: admin, account and machine-facing routes outside the
language prefix, everything a visitor reads inside it (``/en/…``)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api, not_found
from core.documents import serve_document
from core.health import healthz, readyz
from core.media import serve_media
from governance.accounts import sign_in_redirect
from governance.middleware import csp_report
from home.views import RequestTranslationView, favicon
from search import views as search_views

urlpatterns = [
    # For load balancers and container platforms: up, and ready for traffic.
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Before Wagtail's own: its login form would skip the authenticator code.
    path("admin/login/", sign_in_redirect, {"default_next": "wagtailadmin_home"}),
    path("admin/", include(wagtailadmin_urls)),
    # Sign-in, two-factor set-up (/accounts/2fa/), password reset: django-allauth.
    # Outside the language prefix, like the admin it leads to.
    path("accounts/", include("allauth.urls")),
    # Rich text links to a document by number, without the uploaded file name.
    path("documents/<int:document_id>/", serve_document, name="praxis_document"),
    path("documents/", include(wagtaildocs_urls)),
    # Every uploaded file, by the reading rules of the pages that use it, in
    # every setting (no web server or static() route may serve MEDIA_ROOT).
    path(
        f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="praxis_media"
    ),
    path("sitemap.xml", sitemap, name="sitemap"),
    # A member's own calendar feed, by its private token (no language: the
    # calendar application asks for it on its own).
    path("calendar/", include("members.rsvp.feed_urls")),
    # Content-Security-Policy violation reports from browsers (report-uri).
    path("csp-report/", csp_report, name="csp_report"),
    # The headless API: outside the language prefix, with a ``locale`` parameter.
    path("api/v1/", api.urls),
    # The interactive docs answer with the trailing slash too.
    path("api/v1/docs/", RedirectView.as_view(url="/api/v1/docs", query_string=True)),
    path("api/v1/<path:rest>", not_found),
    # The service worker, from the root so that it may answer for every page.
    path("", include("home.offline.root_urls")),
    # Browsers ask for /favicon.ico on their own; answer with the local icon.
    path("favicon.ico", favicon),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("report/", include("moderation.urls")),
    # The evidence dashboard, bottleneck pages and tactics' lineage graphs.
    path("evidence/", include("lessons.evidence.urls")),
    # Reading offline: the offline page and the web app manifest.
    path("offline/", include("home.offline.urls")),
    # Field toolkits: chosen lessons and resources, or a path, as a PDF or zip.
    path("toolkits/", include("lessons.toolkits.urls")),
    # Members: /my/… (library, learning, events, contributions, notifications,
    # account), /share/ and shared lists.
    path("", include("members.urls")),
    # PDF briefs and slides at <page url>brief.pdf and <page url>slides.pdf,
    # before Wagtail's pages (whose addresses end with a slash).
    path("", include("lessons.briefs.urls")),
    path(
        "translations/request/<int:page_id>/",
        RequestTranslationView.as_view(),
        name="request_translation",
    ),
    # Wagtail's login form for private pages would skip the authenticator code.
    path("_util/login/", sign_in_redirect, {"default_next": "/"}),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
# Not a Django handler: allauth looks for it when one of its rate limits is hit.
handler429 = "governance.accounts.rate_limited"
