"""Hardening: the Content-Security-Policy, security headers, the sign-in lockout,
closed sign-up, two-factor sign-in and the production deploy checks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from core.client import client_ip
from lessons.models import LessonPage
from tests.lessons.helpers import make_lesson

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "correct horse battery staple"
WRONG = "not the password"
CSP = "Content-Security-Policy"
CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only"
LOGIN = "/accounts/login/"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth keeps its rate-limit counts and used authenticator codes in the
    cache, which outlives a test's database rollback."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lockout(settings):
    """django-axes on, as in production (the test settings turn it off for the
    test client's ``login()``)."""
    settings.AXES_ENABLED = True
    return settings.AXES_FAILURE_LIMIT


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        username="riverside-editor", email="editor@riverside.example", password=PASSWORD
    )
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def totp_secret(editor) -> str:
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    return secret


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def current_code(secret: str) -> str:
    """The authenticator app's code now, clear of the end of its 30-second step
    (allauth accepts the current step only)."""
    if time.time() % 30 > 28:
        time.sleep(30 - time.time() % 30 + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in(client, login: str, password: str, next_url: str = "", **extra):
    data = {"login": login, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(LOGIN, data, **extra)


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


class InlineCode(HTMLParser):
    """Collects what an enforced ``script-src 'self'; style-src 'self'`` blocks:
    inline scripts, ``<style>`` elements, ``style`` and ``on…`` attributes and
    ``javascript:`` URLs. JSON data blocks are not scripts and are allowed."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            kind = attributes.get("type") or ""
            if kind not in {"application/json", "application/ld+json"}:
                self.found.append(f"inline <script> {attrs}")
        if tag == "style":
            self.found.append("<style> element")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:…>")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def other_hosts(html: str, host: str = "testserver") -> list[str]:
    """Addresses on another host that a page loads, links to or posts to
    (Wagtail's user bar spells this host's out in full)."""
    return [
        url
        for url in re.findall(r'(?:src|href|action)="((?:https?:)?//[^"]*)"', html)
        if urlsplit(url).netloc != host
    ]


# Content-Security-Policy


def test_home_page_enforces_a_strict_policy(client, home):
    response = client.get("/en/")

    assert response.status_code == 200
    policy = directives(response[CSP])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response[CSP]
    assert "'unsafe-eval'" not in response[CSP]


def test_public_pages_carry_no_report_only_copy_of_the_policy(client, home):
    response = client.get("/en/")

    assert CSP in response
    assert CSP_REPORT_ONLY not in response


def test_lesson_page_enforces_the_policy_without_inline_scripts(client, lesson_index):
    lesson = make_lesson(lesson_index, title="Phone trees that held")

    response = client.get(lesson.url)

    assert response.status_code == 200
    assert isinstance(response.context["page"], LessonPage)
    policy = directives(response[CSP])
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in response[CSP]


def test_public_pages_contain_nothing_the_policy_would_block(client, lesson_index):
    lesson = make_lesson(lesson_index, title="Phone trees that held")

    for url in ("/en/", lesson_index.url, lesson.url, "/en/search/?q=phone"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert inline_code(response.content.decode()) == [], url


#: Documents that are never pages of the site, so no policy applies to them: a
#: brief's HTML is laid out by WeasyPrint into a PDF, and a toolkit's contents
#: page is opened from the reader's own disk. Both carry their own stylesheet.
OFF_SITE = {
    "lessons/templates/lessons/briefs/base.html",
    "lessons/templates/lessons/toolkits/offline_index.html",
}


def test_off_site_documents_are_only_rendered_into_files():
    """Only the PDF layouts build on a brief's document; the pages that tell a
    reader a brief is being prepared are site pages, under the policy."""
    extending = {
        str(path.relative_to(ROOT))
        for path in ROOT.glob("*/templates/**/*.html")
        if "briefs/base.html" in path.read_text()
    }
    assert extending == {
        f"lessons/templates/lessons/briefs/{name}.html"
        for name in ("lesson", "path", "resource", "slides")
    }


def test_site_templates_contain_nothing_the_policy_would_block():
    """Every template of the project, a guard for those no test renders yet.
    Admin-only templates too: the admin's policy is report-only because of
    Wagtail's own templates, and Praxis's should not add to them."""
    templates = [
        path
        for path in ROOT.glob("*/templates/**/*.html")
        if ".venv" not in path.parts and str(path.relative_to(ROOT)) not in OFF_SITE
    ]
    assert any(path.name == "base.html" for path in templates)

    found = {
        str(path.relative_to(ROOT)): issues
        for path in templates
        if (issues := inline_code(path.read_text()))
    }

    assert found == {}


def test_admin_sends_the_policy_report_only(client, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert CSP not in response
    policy = directives(response[CSP_REPORT_ONLY])
    assert policy["script-src"] == ["'self'"]
    # Browsers ignore a report-only policy with nowhere to report, and ignore
    # (with a console message) frame-ancestors in one.
    assert policy["report-uri"] == ["/csp-report/"]
    assert "frame-ancestors" not in policy


def test_admin_preview_may_be_framed_by_the_admin(client, editor, home):
    """Frames are denied everywhere, but Wagtail's preview panel frames the
    admin's own preview view, which answers ``SAMEORIGIN``."""
    client.force_login(editor)

    response = client.get(f"/admin/pages/{home.pk}/edit/preview/")

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_violation_reports_are_logged_without_query_strings(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://praxis.example/en/search/?q=secret+plans",
            "effective-directive": "script-src-elem",
            "blocked-uri": "https://tracker.example/t.js?id=42",
            "disposition": "enforce",
        }
    }

    response = client.post(
        "/csp-report/", json.dumps(report), content_type="application/csp-report"
    )

    assert response.status_code == 204
    assert [record.getMessage() for record in caplog.records] == [
        "CSP enforce: script-src-elem blocked https://tracker.example/t.js "
        "on https://praxis.example/en/search/"
    ]


def test_violation_reports_cannot_forge_log_lines(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://praxis.example/en/",
            "effective-directive": "script-src\nCSP enforce: all clear",
            "blocked-uri": "inline\r\nfake line",
        }
    }

    client.post(
        "/csp-report/", json.dumps(report), content_type="application/csp-report"
    )

    (message,) = [record.getMessage() for record in caplog.records]
    assert "\n" not in message and "\r" not in message


def test_oversized_violation_report_is_refused_unread(client, caplog):
    body = json.dumps({"csp-report": {"blocked-uri": "x" * 10_000}})

    response = client.post("/csp-report/", body, content_type="application/csp-report")

    assert response.status_code == 413
    assert [r for r in caplog.records if r.name == "praxis.csp"] == []


# Security headers


def test_public_pages_send_the_security_headers(client, home):
    response = client.get("/en/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


# Sign-in goes through allauth


def test_admin_login_sends_editors_to_the_account_sign_in(client):
    response = client.get("/admin/login/")

    assert response.status_code == 302
    url = urlsplit(response["Location"])
    assert url.path == LOGIN
    assert parse_qs(url.query) == {"next": ["/admin/"]}


def test_admin_login_keeps_a_local_next_and_drops_another_host(client):
    kept = client.get("/admin/login/?next=/admin/pages/")
    dropped = client.get("/admin/login/?next=https://elsewhere.example/")

    assert parse_qs(urlsplit(kept["Location"]).query) == {"next": ["/admin/pages/"]}
    assert parse_qs(urlsplit(dropped["Location"]).query) == {"next": ["/admin/"]}


@pytest.mark.parametrize("url", ["/admin/login/", "/en/_util/login/"])
def test_wagtails_password_only_login_forms_sign_nobody_in(client, editor, url):
    """Wagtail's own login forms would skip the authenticator code."""
    response = client.post(url, {"username": "riverside-editor", "password": PASSWORD})

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == LOGIN
    assert not is_signed_in(client)


def test_private_pages_send_visitors_to_the_account_sign_in(client, lesson_index):
    PageViewRestriction.objects.create(
        page=lesson_index, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(lesson_index.url)

    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={lesson_index.url}"


def test_admin_sends_anonymous_visitors_to_the_account_sign_in(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next=/admin/"


def test_editor_signs_in_with_user_name_and_reaches_the_admin(client, editor):
    response = sign_in(client, "riverside-editor", PASSWORD, next_url="/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_member_signs_in_with_e_mail_address(client, editor):
    response = sign_in(client, "Editor@Riverside.example", PASSWORD)

    assert response.status_code == 302
    assert is_signed_in(client)


def test_sign_in_page_is_labelled_and_inside_the_site_layout(client):
    response = client.get(LOGIN)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'class="site-header"' in html
    assert '<label for="id_login">Username or email:</label>' in html
    assert '<label for="id_password">' in html
    assert "/static/css/accounts.css" in html
    # Sign-up is open by default (PRAXIS_SIGNUP), so the page says how to join.
    assert 'href="/accounts/signup/"' in html
    assert inline_code(html) == []


def test_sign_in_page_follows_the_language_and_direction(client):
    response = client.get(LOGIN, HTTP_ACCEPT_LANGUAGE="ar")

    assert '<html lang="ar" dir="rtl">' in response.content.decode()


# Sign-up when it is closed (PRAXIS_SIGNUP; tests/members/test_account.py has
# the open and invitation-only cases)


def test_sign_up_is_closed(client, settings):
    settings.PRAXIS_SIGNUP = "closed"
    response = client.get("/accounts/signup/")

    assert response.status_code == 200
    assert "Sign-up is closed" in response.content.decode()
    assert inline_code(response.content.decode()) == []


def test_sign_up_form_creates_no_account(client, settings):
    settings.PRAXIS_SIGNUP = "closed"
    client.post(
        "/accounts/signup/",
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert not get_user_model().objects.filter(username="newcomer").exists()


# Sign-in lockout (django-axes)


def test_admin_sign_in_locks_out_after_repeated_failures(client, editor, lockout):
    start = client.get("/admin/login/", follow=True)
    assert start.request["PATH_INFO"] == LOGIN

    answers = [
        sign_in(client, "riverside-editor", WRONG, next_url="/admin/").status_code
        for _ in range(lockout)
    ]

    assert answers == [200] * (lockout - 1) + [429]


def test_locked_out_account_is_refused_the_right_password(
    client, editor, lockout, settings
):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=30)
    for _ in range(lockout):
        sign_in(client, "riverside-editor", WRONG)

    response = sign_in(client, "riverside-editor", PASSWORD, next_url="/admin/")

    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "30 minutes" in response.content.decode()
    assert inline_code(response.content.decode()) == []
    assert not is_signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_member_sign_in_by_e_mail_locks_out_too(client, editor, lockout):
    for _ in range(lockout):
        sign_in(client, "editor@riverside.example", WRONG)

    response = sign_in(client, "editor@riverside.example", PASSWORD)

    assert response.status_code == 429
    assert not is_signed_in(client)


def test_lockout_counts_user_names_without_regard_to_case(client, editor, lockout):
    spellings = ["Riverside-Editor", "RIVERSIDE-EDITOR", "riverside-EDITOR"]
    for n in range(lockout):
        sign_in(client, spellings[n % len(spellings)], WRONG)

    response = sign_in(client, "riverside-editor", PASSWORD)

    assert response.status_code == 429


def test_lockout_counts_one_account_under_name_and_e_mail(client, editor, lockout):
    for n in range(lockout):
        login = "riverside-editor" if n % 2 else "Editor@Riverside.example"
        sign_in(client, login, WRONG)

    assert sign_in(client, "editor@riverside.example", PASSWORD).status_code == 429
    assert sign_in(client, "riverside-editor", PASSWORD).status_code == 429
    assert not is_signed_in(client)


def test_lockout_holds_one_address_only(client, editor, lockout):
    for _ in range(lockout):
        sign_in(client, "riverside-editor", WRONG, REMOTE_ADDR="198.51.100.7")

    response = sign_in(client, "riverside-editor", PASSWORD, REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 302
    assert is_signed_in(client)


def test_successful_sign_in_resets_the_failure_count(client, editor, lockout):
    for _ in range(lockout - 1):
        sign_in(client, "riverside-editor", WRONG)
    assert sign_in(client, "riverside-editor", PASSWORD).status_code == 302
    client.post("/accounts/logout/")

    answers = [
        sign_in(client, "riverside-editor", WRONG).status_code
        for _ in range(lockout - 1)
    ]

    assert answers == [200] * (lockout - 1)
    assert sign_in(client, "riverside-editor", PASSWORD).status_code == 302


def test_allauths_own_rate_limit_answers_with_the_sites_page(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "1/m/ip"}
    sign_in(client, "someone", WRONG)

    response = sign_in(client, "someone", WRONG)

    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many requests" in html
    assert 'class="site-header"' in html


def test_client_address_is_read_through_the_operators_proxies(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.66, 203.0.113.9"
    )

    settings.PRAXIS_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.PRAXIS_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.9"
    settings.PRAXIS_TRUSTED_PROXY_COUNT = 3  # the header is shorter than promised
    assert client_ip(request) == "10.0.0.2"


# Two-factor sign-in (allauth MFA, TOTP)


def test_account_with_authenticator_is_asked_for_a_code(client, editor, totp_secret):
    response = sign_in(client, "riverside-editor", PASSWORD, next_url="/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    page = client.get("/accounts/2fa/authenticate/")
    assert '<label for="id_code">' in page.content.decode()
    assert inline_code(page.content.decode()) == []
    assert not is_signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_wrong_authenticator_code_is_refused(client, editor, totp_secret):
    sign_in(client, "riverside-editor", PASSWORD, next_url="/admin/")
    right = current_code(totp_secret)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    response = client.post("/accounts/2fa/authenticate/", {"code": wrong})

    assert response.status_code == 200
    assert "Incorrect code" in response.content.decode()
    assert not is_signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_right_authenticator_code_signs_in_to_the_admin(client, editor, totp_secret):
    sign_in(client, "riverside-editor", PASSWORD, next_url="/admin/")

    response = client.post(
        "/accounts/2fa/authenticate/", {"code": current_code(totp_secret)}
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert is_signed_in(client)
    assert client.get("/admin/").status_code == 200


def test_editor_turns_on_an_authenticator_app(client, editor):
    sign_in(client, "riverside-editor", PASSWORD)
    # allauth asks for the password again before a security change.
    ask = client.get("/accounts/2fa/totp/activate/", follow=True)
    assert ask.request["PATH_INFO"] == "/accounts/reauthenticate/"
    assert inline_code(ask.content.decode()) == []
    client.post(
        "/accounts/reauthenticate/",
        {"password": PASSWORD, "next": "/accounts/2fa/totp/activate/"},
    )

    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    assert inline_code(html) == []
    assert other_hosts(html) == []
    secret = client.session["mfa.totp.secret"]
    response = client.post(
        "/accounts/2fa/totp/activate/", {"code": current_code(secret)}
    )

    assert response.status_code == 302
    assert Authenticator.objects.filter(
        user=editor, type=Authenticator.Type.TOTP
    ).exists()


def test_account_pages_contain_nothing_the_policy_would_block(client, editor):
    sign_in(client, "riverside-editor", PASSWORD)

    for url in (
        "/accounts/2fa/",
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/logout/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert CSP in response, url
        assert inline_code(response.content.decode()) == [], url
        assert other_hosts(response.content.decode()) == [], url
    client.post("/accounts/logout/")
    for url in ("/accounts/password/reset/", LOGIN):
        response = client.get(url)
        assert response.status_code == 200, url
        assert inline_code(response.content.decode()) == [], url


# Production


def test_production_settings_pass_the_deploy_checks_without_warnings():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="p" * 20 + "-Hardening-checks-need-fifty-chars!",
        ALLOWED_HOSTS="praxis.example",
    )

    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert "WARNING" not in result.stderr
