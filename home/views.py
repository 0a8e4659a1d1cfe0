"""Friendly error pages that keep the site's look and the visitor's language,
and the public "request a translation" form."""

from typing import Any

from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Locale

from core.languages import missing_languages, native_name
from core.public_forms import PublicFormView
from moderation.views import reportable_page

from .forms import TranslationRequestForm
from .models import TranslationRequest


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


class RequestTranslationView(PublicFormView):
    """``/<lang>/translations/request/<page_id>/``: a reader asks for a page
    in a language it is not in yet. Only a counter per page and language is
    kept (see :class:`~home.models.TranslationRequest`)."""

    form_class = TranslationRequestForm
    template_name = "home/translation_request.html"
    ratelimit_group = "home.translation_request"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # Pages the visitor may not read answer like pages that do not exist.
        self.page = reportable_page(request, kwargs["page_id"])
        self.missing = missing_languages(request, self.page)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["languages"] = self.missing
        if self.request.method == "GET" and self.request.GET.get("language"):
            kwargs["initial"] = {"language": self.request.GET["language"]}
        return kwargs

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        # Not ``page``: base.html would take its title as this page's own.
        context["requested_page"] = self.page
        context["requested_page_url"] = self.page.get_url(self.request)
        context["sent"] = native_name_or_none(self.request.GET.get("sent"))
        return context

    def form_valid(self, form: TranslationRequestForm) -> HttpResponse:
        code = form.cleaned_data["language"]
        TranslationRequest.record(self.page, Locale.objects.get(language_code=code))
        return HttpResponseRedirect(f"{self.request.path}?sent={code}")

    def get_success_url(self) -> str:  # where a filled honeypot lands
        return self.request.path


def native_name_or_none(code: str | None) -> str | None:
    if code and code in dict(settings.LANGUAGES):
        return native_name(code)
    return None
