"""What every request passes through: the Content-Security-Policy header, and the
client address as seen through the operator's own proxies.

Content-Security-Policy
    The public site (and the member account pages) *enforce* a strict policy: no
    inline scripts or styles, nothing from another host (see
    ``CONTENT_SECURITY_POLICY`` in ``config/settings/base.py``). Wagtail's admin
    cannot live under that policy — it ships inline scripts and ``style``
    attributes — so under its prefix the same policy is sent *report-only*:
    browsers report what it would block, and block nothing.

    django-csp can leave a prefix out of a policy (``EXCLUDE_URL_PREFIXES``), but
    it cannot limit a policy *to* a prefix: its report-only header would go out
    on every public page too, doubling each header for no information. So this
    middleware makes the two policies complementary, with one setting as the
    source of truth: the report-only policy applies exactly where the enforced
    one is excluded, and nowhere else. It does so through django-csp's own
    per-response exemption flags (the ones its ``@csp_exempt`` decorator sets),
    so a view can still exempt itself or adjust the policy as django-csp
    documents.

    Browsers send what a policy blocks (or would block) to :func:`csp_report`
    (``report-uri``). Chromium and WebKit say a report-only policy without a
    report address "will have no effect", so the admin's policy needs one.

The client's address is decided in one place, :func:`core.client.client_ip`.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

logger = logging.getLogger("praxis.csp")

#: Violation reports are small JSON documents; anything larger is refused.
MAX_REPORT_BYTES = 8 * 1024

#: Reports logged per client address, so a noisy browser extension (or someone
#: posting on purpose) cannot flood the log.
REPORT_RATE = "30/m"


def enforced_policy_excluded(path: str) -> bool:
    """Whether ``path`` lies under a prefix the enforced policy leaves out
    (``CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"]``, read per request)."""
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    prefixes = tuple(policy.get("EXCLUDE_URL_PREFIXES") or ())
    return bool(prefixes) and path.startswith(prefixes)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Enforce the policy on the public site; report only under the excluded
    prefixes (Wagtail's admin). See the module docstring for why."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not enforced_policy_excluded(request.path_info):
            # The enforced header goes out here (django-csp sets it); a
            # report-only copy of it would add nothing.
            response._csp_exempt_ro = True  # type: ignore[attr-defined]
        return super().process_response(request, response)


#: The longest reported value written to the log.
MAX_LOGGED_LENGTH = 200


def _loggable(value: object) -> str:
    """A reported value as one short line: browsers' reports are written by
    whoever posts them, and a line break would let them forge log lines."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value or ""))
    return text[:MAX_LOGGED_LENGTH]


def _without_query(url: object) -> str:
    """A reported URL without its query string and fragment (they may carry
    personal data such as search words)."""
    text = str(url or "")
    if "://" not in text:
        return _loggable(text)  # "inline", "eval", "self" and similar keywords
    parts = urlsplit(text)
    return _loggable(f"{parts.scheme}://{parts.netloc}{parts.path}")


@csrf_exempt
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """Where browsers report Content-Security-Policy violations: one log line
    each on the ``praxis.csp`` logger, at warning level, so operators see what
    the admin's report-only policy would block before it is enforced.

    Browsers post reports without a CSRF token. Large bodies and more than
    :data:`REPORT_RATE` reports from one address are dropped unread.
    """
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    if is_ratelimited(
        request,
        group="governance.csp_report",
        key="ip",
        rate=REPORT_RATE,
        method="POST",
        increment=True,
    ):
        return HttpResponse(status=429)
    try:
        report = json.loads(request.body or b"{}").get("csp-report") or {}
    except (ValueError, AttributeError):
        return HttpResponse(status=400)
    if not isinstance(report, dict):
        return HttpResponse(status=400)
    logger.warning(
        "CSP %s: %s blocked %s on %s",
        _loggable(report.get("disposition", "enforce")),
        _loggable(
            report.get("effective-directive") or report.get("violated-directive")
        ),
        _without_query(report.get("blocked-uri")),
        _without_query(report.get("document-uri")),
    )
    return HttpResponse(status=204)
