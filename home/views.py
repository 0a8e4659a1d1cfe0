"""Friendly error pages that keep the site's look and the visitor's language."""

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    template = loader.get_template("404.html")
    return HttpResponse(
        template.render({"request_path": request.path}, request), status=404
    )


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request context: whatever failed may fail again there.
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for ``/favicon.ico`` on their own; point them at the local icon.

    The static URL is resolved per request because hashed static file names are
    only known once ``collectstatic`` has run.
    """
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
