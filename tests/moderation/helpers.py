"""Small builders for the moderation tests."""

from __future__ import annotations

from django.urls import reverse

#: A report that passes validation.
VALID = {
    "reason": "person",
    "message": "The second photo shows a volunteer's face and street name.",
    "contact_email": "",
}


def report_url(page_or_id) -> str:
    page_id = getattr(page_or_id, "pk", page_or_id)
    return reverse("moderation:report", args=[page_id])


def report_data(**overrides) -> dict:
    return {**VALID, **overrides}
