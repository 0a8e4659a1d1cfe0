"""Protection every public form gets: a honeypot, a per-IP rate limit, clear
messages and nothing half-saved.

A public form is one anybody can send without an account (a safety report, a
translation request, a member submission). Build one from two pieces:

- :class:`HoneypotFormMixin` on the form, which adds a field that people never
  see and simple bots fill in;
- :class:`PublicFormView` (or the functions below it) in the view, which counts
  POSTs per client IP and per form, answers ``429`` with the form kept when the
  limit is reached, treats a filled honeypot as a quiet success, and runs
  ``form_valid`` inside one database transaction.

Rate limit
    ``settings.PRAXIS_PUBLIC_FORM_RATE`` (default ``"3/5m"``: three POSTs per
    five minutes), read on every request so tests and operators can change it.
    Counts are kept per form (the view's ``ratelimit_group``), so reaching the
    limit on one form does not block another. django-ratelimit counts in fixed
    windows (aligned per client), not a sliding window: a client can send up to
    twice the rate across a window boundary, which is acceptable for slowing
    down floods.

Client IP
    Limits count per client as :func:`core.client.client_ip` decides it
    (``RATELIMIT_IP_META_KEY`` points there), the same answer as the sign-in
    lockout: ``REMOTE_ADDR``, or behind ``PRAXIS_TRUSTED_PROXY_COUNT`` proxies
    of the operator's own the entry of ``X-Forwarded-For`` they wrote, never
    one the client wrote. IPv6 clients are grouped by ``/64``
    (``RATELIMIT_IPV6_MASK``). The IP is only hashed into a cache key for the
    length of the window; it is never stored with what the person sent.

Cache
    Counts live in the cache named by ``RATELIMIT_USE_CACHE`` (default
    ``"default"``). Process-memory caches count per process: with several app
    processes or machines, use Redis (``REDIS_URL``) so they share the count.
    When the cache cannot be reached django-ratelimit refuses the POST
    (fails closed) unless ``RATELIMIT_FAIL_OPEN`` is set.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from django_ratelimit.core import get_usage

#: Used when ``settings.PRAXIS_PUBLIC_FORM_RATE`` is not set: three POSTs per
#: five minutes, per client IP and per form.
DEFAULT_RATE = "3/5m"

#: Shown (as a form error) with the ``429`` answer.
RATE_LIMITED_MESSAGE = _(
    "You have sent this form several times in a short while. Nothing was saved "
    "this time. Please wait a few minutes and try again; what you wrote is kept "
    "below."
)


def public_form_rate(group: str | None = None, request: HttpRequest | None = None):
    """The rate for public forms, read at call time (django-ratelimit calls it
    with ``group`` and ``request``, which every form shares for now)."""
    return getattr(settings, "PRAXIS_PUBLIC_FORM_RATE", None) or DEFAULT_RATE


def rate_limit_wait(request: HttpRequest, group: str) -> int:
    """Count this request against ``group`` and return how many seconds the
    client must wait, or ``0`` when it may go ahead.

    Only POSTs are counted; other methods always return ``0``. Each call counts,
    so call it once per request.
    """
    usage = get_usage(
        request,
        group=group,
        key="ip",
        rate=public_form_rate,
        method="POST",
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return 0
    # ``time_left`` is -1 when the cache failed (django-ratelimit fails closed).
    return max(int(usage["time_left"]), 1)


class PlainTextField(forms.CharField):
    """A ``CharField`` that counts a line break as one character.

    Browsers send text area line breaks as ``\\r\\n`` but count them as one
    character against ``maxlength``, so a message that fits in the browser would
    otherwise fail the server's length check.
    """

    def to_python(self, value: Any) -> str:
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value


class HoneypotFormMixin:
    """Adds a honeypot field to a ``Form`` or ``ModelForm``.

    People never meet the field: its wrapper is hidden with the ``form-honeypot``
    class from ``css/forms.css`` (the Content-Security-Policy forbids inline
    styles), it is ``aria-hidden`` and out of the tab order, browsers are asked
    not to autofill it, and its label asks anyone who does see it (without the
    stylesheet) to leave it empty. Simple bots fill in every field.

    A filled honeypot is not an error message: :class:`PublicFormView` answers
    exactly as it does for a successful submission but saves nothing. Telling a
    bot it was caught would teach it which field to skip; a person cannot fill
    the field by accident, so nobody real loses anything.

    Render it once inside the ``<form>`` with ``{{ form.honeypot_html }}`` and
    loop over ``form.visible_fields`` (which leaves it out) for the rest.
    """

    #: A name bots like to fill in and that browsers' autofill leaves alone
    #: (``autocomplete="off"`` and ``display: none``).
    honeypot_name = "website"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_name] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(
                attrs={"tabindex": "-1", "autocomplete": "off", "aria-hidden": "true"}
            ),
        )

    def honeypot_filled(self) -> bool:
        """Whether the submitted data fills the honeypot (a bot, not a person)."""
        if not self.is_bound:
            return False
        value = self.data.get(self.add_prefix(self.honeypot_name)) or ""
        return bool(str(value).strip())

    def honeypot_html(self) -> str:
        field = self[self.honeypot_name]
        return format_html(
            '<div class="form-honeypot" aria-hidden="true">{}{}</div>',
            field.label_tag(),
            field.as_widget(),
        )

    def visible_fields(self) -> list:
        return [
            field
            for field in super().visible_fields()
            if field.name != self.honeypot_name
        ]

    def error_links(self) -> list[tuple[str, str, str]]:
        """``(anchor, label, message)`` for each field error, in field order,
        for an error summary that links to the fields. Choice lists (radio
        buttons, checkboxes) link to their first option."""
        links = []
        for field in self.visible_fields():
            if not field.errors:
                continue
            anchor = field.auto_id
            if getattr(field.field.widget, "use_fieldset", False):
                anchor = f"{anchor}_0"
            for message in field.errors:
                links.append((anchor, field.label, message))
        return links


class PublicFormView(FormView):
    """A ``FormView`` for forms anybody may send.

    POST runs, in order: the rate limit (``429`` with the form and the person's
    input when reached; nothing saved), the honeypot (a quiet redirect to the
    success URL; nothing saved), validation (the form again with its messages),
    then :meth:`form_valid` inside ``transaction.atomic`` so that a failure
    leaves nothing half-saved. Put side effects that must not happen for a
    rolled-back save (mail) in ``transaction.on_commit``.

    ``form_class`` must use :class:`HoneypotFormMixin`; ``ratelimit_group``
    names the form's own count (for example ``"moderation.report"``).
    """

    ratelimit_group: str = ""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.get_form()
        wait = rate_limit_wait(request, self.get_ratelimit_group())
        if wait:
            return self.form_limited(form, wait)
        if form.honeypot_filled():
            return self.form_trapped(form)
        if form.is_valid():
            with transaction.atomic():
                return self.form_valid(form)
        return self.form_invalid(form)

    def get_ratelimit_group(self) -> str:
        if not self.ratelimit_group:
            raise NotImplementedError("Public form views must set ratelimit_group.")
        return self.ratelimit_group

    def form_limited(self, form: forms.BaseForm, wait: int) -> HttpResponse:
        """Too many POSTs: the form with what the person wrote, ``429``."""
        form.is_valid()  # keep the field messages too, so they can fix them meanwhile
        form.add_error(None, RATE_LIMITED_MESSAGE)
        response = self.render_to_response(
            self.get_context_data(form=form, rate_limited=True), status=429
        )
        response["Retry-After"] = str(wait)
        return response

    def form_trapped(self, form: forms.BaseForm) -> HttpResponse:
        """A filled honeypot: the success answer, with nothing saved."""
        return HttpResponseRedirect(self.get_success_url())
