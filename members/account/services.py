"""A member's own data: exporting all of it, and deleting the account.

Both walk every model of ``members.models``; a model added there that
belongs to a member must be added here too (the module docstring of
``members.models`` says so).
"""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Page, Revision

from core.visibility import visible_pages

from ..mentoring import services as mentoring
from ..mentoring.models import MentoringProfile, Pairing
from ..models import (
    AccessToken,
    Member,
    Notification,
    PathProgress,
    Rsvp,
    SavedList,
    Submission,
)
from ..trust import level_for

#: What a kept contribution is credited to once its author has left; the
#: string is translated into each page's own language.
FORMER_MEMBER = gettext_noop("a former member")


def _when(value) -> str | None:
    return value.isoformat() if value else None


def _readable_pages(user, page_ids: set[int]) -> dict[int, dict[str, str]]:
    """Title and URL of the pages ``user`` may still read, in one query: the
    others are left out of the export entirely, as everywhere else."""
    if not page_ids:
        return {}
    pages = visible_pages(Page.objects.filter(pk__in=page_ids), user).only(
        "pk", "title", "url_path"
    )
    return {
        page.pk: {"title": page.title, "url": page.get_full_url() or ""}
        for page in pages
    }


def export_member(user) -> dict[str, Any]:
    """Everything Praxis holds about ``user`` (a fixed number of queries,
    however many items): the profile, lists and saved items, path progress,
    RSVPs, submissions with their data, notifications, mentoring profiles
    and pairings, and the labels of API tokens (never their digests, nor the
    calendar feed's secret)."""
    member = Member.objects.filter(user=user).first()
    addresses = list(
        EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    )
    lists = list(SavedList.objects.filter(owner=user).prefetch_related("items"))
    progress = list(
        PathProgress.objects.filter(member=user).prefetch_related("steps_done")
    )
    rsvps = list(Rsvp.objects.filter(member=user))
    submissions = list(Submission.objects.filter(member=user))
    notifications = list(Notification.objects.filter(member=user))
    tokens = list(AccessToken.objects.filter(member=user))
    profiles = list(
        MentoringProfile.objects.filter(member=user).prefetch_related(
            "topics", "tactics"
        )
    )
    pairings = list(Pairing.objects.filter(Q(mentor=user) | Q(mentee=user)))

    page_ids = {item.page_id for saved in lists for item in saved.items.all()}
    for way in progress:
        page_ids.add(way.path_id)
        page_ids.update(step.page_id for step in way.steps_done.all())
    page_ids.update(rsvp.event_id for rsvp in rsvps)
    page_ids.update(s.page_id for s in submissions if s.page_id)
    page_ids.update(n.page_id for n in notifications if n.page_id)
    readable = _readable_pages(user, page_ids)

    def page(page_id: int | None) -> dict[str, str] | None:
        return readable.get(page_id) if page_id else None

    emails = [
        {"email": a.email, "verified": a.verified, "primary": a.primary}
        for a in addresses
    ]
    if user.email and user.email.lower() not in {a.email.lower() for a in addresses}:
        emails.insert(0, {"email": user.email, "verified": None, "primary": True})
    return {
        "username": user.get_username(),
        "date_joined": _when(user.date_joined),
        "email_addresses": emails,
        "profile": {
            "display_name": member.display_name if member else "",
            "language": member.language if member else "",
            "email_notifications": member.email_notifications if member else None,
            "accepted_contributions": member.accepted_contributions if member else 0,
            "trust_level": str(
                level_for(member.accepted_contributions if member else 0).label
            ),
            "joined": _when(member.joined_at) if member else None,
        },
        "lists": [
            {
                "name": saved.name,
                "shared": bool(saved.share_token),
                "created": _when(saved.created_at),
                "items": [
                    {"page": page(item.page_id), "saved": _when(item.saved_at)}
                    for item in saved.items.all()
                    if page(item.page_id)
                ],
            }
            for saved in lists
        ],
        "learning": [
            {
                "path": page(way.path_id),
                "started": _when(way.started_at),
                "finished": _when(way.finished_at),
                "steps_done": [
                    {"page": page(step.page_id), "done": _when(step.done_at)}
                    for step in way.steps_done.all()
                    if page(step.page_id)
                ],
            }
            for way in progress
            if page(way.path_id)
        ],
        "rsvps": [
            {
                "event": page(rsvp.event_id),
                "status": rsvp.status,
                "share_name": rsvp.share_name,
                "answered": _when(rsvp.created_at),
                "waiting_since": _when(rsvp.waiting_since),
            }
            for rsvp in rsvps
            if page(rsvp.event_id)
        ],
        "submissions": [
            {
                "kind": s.kind,
                "title": s.title,
                "status": s.status,
                "data": s.data,
                "page": page(s.page_id),
                "created": _when(s.created_at),
                "updated": _when(s.updated_at),
                "submitted": _when(s.submitted_at),
            }
            for s in submissions
        ],
        "notifications": [
            {
                "kind": n.kind,
                "message": str(n.get_kind_display()),
                "page": page(n.page_id),
                "comment": n.comment,
                "created": _when(n.created_at),
                "read": _when(n.read_at),
            }
            for n in notifications
        ],
        "mentoring_profiles": [
            {
                "kind": p.kind,
                "topics": [t.name for t in p.topics.all()],
                "tactics": [t.name for t in p.tactics.all()],
                "languages": p.languages,
                "time_zone": p.time_zone,
                "mode": p.mode,
                "capacity": p.capacity,
                "intro": p.intro,
                "contact": p.contact,
                "active": p.active,
                "created": _when(p.created_at),
                "updated": _when(p.updated_at),
            }
            for p in profiles
        ],
        # The other person is left out: their name and details are theirs.
        "mentoring_pairings": [
            {
                "role": "mentor" if p.mentor_id == user.pk else "mentee",
                "status": p.status,
                "proposed_by_me": p.proposed_by_id == user.pk,
                "message": p.message if p.proposed_by_id == user.pk else "",
                "proposed": _when(p.created_at),
                "started": _when(p.started_at),
                "ends_on": _when(p.ends_on),
                "ended": _when(p.ended_at),
            }
            for p in pairings
        ],
        "api_tokens": [
            {
                "label": token.label,
                "created": _when(token.created_at),
                "last_used": _when(token.last_used_at),
            }
            for token in tokens
        ],
    }


def _with_translations(page_ids: list[int]) -> list[Page]:
    """The pages, their translations and their aliases."""
    if not page_ids:
        return []
    pages = Page.objects.filter(pk__in=page_ids)
    keys = pages.values("translation_key")
    return list(
        Page.objects.filter(
            Q(pk__in=page_ids) | Q(translation_key__in=keys) | Q(alias_of__in=page_ids)
        ).select_related("locale")
    )


def _credit_former_member(pages: list[Page], display_name: str) -> None:
    """Authors named like the member become "a former member", in each page's
    language; so do those in the pages' revisions, or publishing an old
    revision would bring the name back."""
    from lessons.models import LessonAuthor

    for page in pages:
        with translation.override(page.locale.language_code):
            former = gettext(FORMER_MEMBER)
        LessonAuthor.objects.filter(page_id=page.pk, name=display_name).update(
            name=former
        )
        for revision in Revision.page_revisions.filter(object_id=str(page.pk)):
            authors = revision.content.get("authors") or []
            changed = False
            for author in authors:
                if isinstance(author, dict) and author.get("name") == display_name:
                    author["name"] = former
                    changed = True
            if changed:
                revision.save(update_fields=["content"])


def _remove(pages: list[Page]) -> None:
    """Unpublish, then delete; aliases first, as they point at the others."""
    for page in sorted(pages, key=lambda p: p.alias_of_id is None):
        page = Page.objects.filter(pk=page.pk).first()
        if page is None:
            continue
        page = page.specific
        if page.live:
            page.unpublish(log_action=None)
        page.delete()


def delete_member(user, *, keep_contributions: bool = True) -> None:
    """Delete ``user``'s account and everything of theirs, in one transaction.

    Published contributions stay, credited to "a former member" (in every
    translation), unless ``keep_contributions`` is false: then they are
    unpublished and deleted with their translations and aliases. Drafts and
    contributions never published always go. Wagtail sets the pages' owner
    and the revisions' user to nothing when the account goes.
    """
    with transaction.atomic():
        member = Member.objects.filter(user=user).first()
        display_name = member.display_name if member else user.get_username()
        submitted = Page.objects.filter(
            pk__in=Submission.objects.filter(member=user, page__isnull=False).values(
                "page_id"
            )
        )
        published = [
            p.pk for p in submitted if p.first_published_at is not None or p.live
        ]
        unpublished = [p.pk for p in submitted if p.pk not in published]
        if keep_contributions:
            _credit_former_member(_with_translations(published), display_name)
            _remove(_with_translations(unpublished))
        else:
            _remove(_with_translations(published + unpublished))
        Submission.objects.filter(member=user).delete()
        # The other person of an open pairing is told it has ended.
        for pairing in mentoring.open_pairings(user):
            mentoring.end(pairing, by=user)
        user.delete()
