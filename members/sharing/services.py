"""What happens to a member's submission: kept as a draft, or sent for review
as a draft page in the "Peer review" workflow.

The form as the member left it lives in ``Submission.data["fields"]`` (each
field's posted values, so the same forms can be bound to it again); a file
kept with a draft is a document in :data:`COLLECTION_NAME`, its id in
``data["document"]``. Sending creates (or, after changes were requested,
updates) the page in one transaction: nothing is half-saved.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, WorkflowState

from lessons.models import (
    LessonCaution,
    LessonIndexPage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
)
from lessons.models.lesson import LessonAuthor

from .. import trust
from ..models import Member, Submission, SubmissionKind, SubmissionStatus

#: The collection that holds files members upload; their documents are
#: served only through a page that may be read (see ``lessons.wagtail_hooks``),
#: so a draft's file is served to nobody.
COLLECTION_NAME = "Member submissions"

#: Most drafts a member may keep at once.
MAX_DRAFTS = 20

#: Posted keys that are not part of what the member wrote.
_NOT_KEPT = {
    "csrfmiddlewaretoken",
    "website",
    "send",
    "save",
    "add_step",
    "add_caution",
    "file",
    "remove_file",
}


class SharingError(Exception):
    """The submission cannot be sent now; ``message`` says why."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


NO_LIBRARY = _(
    "Sharing is not open in this language yet: there is no library to put it "
    "in. Your draft is saved."
)
TOO_MANY_DRAFTS = _(
    "You already keep %(count)d drafts. Send or delete one before starting another."
)


def kept_fields(post: QueryDict) -> dict[str, list[str]]:
    """The posted values worth keeping, as JSON."""
    return {key: post.getlist(key) for key in post if key not in _NOT_KEPT}


def stored_fields(submission: Submission | None) -> MultiValueDict | None:
    """The kept values of ``submission``, ready to bind the forms to."""
    if submission is None or not submission.data.get("fields"):
        return None
    return MultiValueDict(submission.data["fields"])


def kept_document(submission: Submission | None):
    if submission is None or not submission.data.get("document"):
        return None
    return get_document_model().objects.filter(pk=submission.data["document"]).first()


def private_collection() -> Collection:
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=COLLECTION_NAME).first()
    return found or root.add_child(name=COLLECTION_NAME)


def store_upload(user, title: str, cleaned_file):
    """A document for ``cleaned_file`` (already cleaned by :mod:`.uploads`)."""
    document = get_document_model()(
        title=title or cleaned_file.name,
        file=cleaned_file,
        collection=private_collection(),
        uploaded_by_user=user,
    )
    document.file_size = cleaned_file.size
    document._set_file_hash()
    document.save()
    return document


def update_document(submission: Submission, user, form) -> None:
    """Keep, replace or drop the file of a resource submission."""
    upload = form.cleaned_data.get("file")
    if upload:
        document = store_upload(user, form.cleaned_data.get("title", ""), upload)
        submission.data["document"] = document.pk
    elif form.cleaned_data.get("remove_file"):
        submission.data.pop("document", None)


def save_draft(
    user, kind: str, post: QueryDict, form, submission: Submission | None = None
) -> Submission:
    """Keep the form as the member left it."""
    if submission is None:
        drafts = Submission.objects.filter(
            member=user, status=SubmissionStatus.DRAFT
        ).count()
        if drafts >= MAX_DRAFTS:
            raise SharingError(TOO_MANY_DRAFTS % {"count": drafts})
        submission = Submission(member=user, kind=kind)
    submission.data = {**submission.data, "fields": kept_fields(post)}
    if kind == SubmissionKind.RESOURCE:
        update_document(submission, user, form)
    submission.title = form.cleaned_data.get("title") or str(_("Untitled"))
    submission.save()
    return submission


def paragraphs(text: str) -> str:
    """Plain text as rich text: a paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in (text or "").split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )


def free_slug(index, title: str, fallback: str, page=None) -> str:
    base = slugify(title, allow_unicode=True)[:70].strip("-") or fallback
    taken = set(
        index.get_children()
        .filter(slug__startswith=base)
        .exclude(pk=getattr(page, "pk", None))
        .values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def library_for(kind: str):
    model = LessonIndexPage if kind == SubmissionKind.LESSON else ResourceIndexPage
    index = model.objects.filter(locale=Locale.get_active()).first()
    if index is None:
        raise SharingError(NO_LIBRARY)
    return index


def credit_name(user) -> str:
    name = (
        Member.objects.filter(user=user).values_list("display_name", flat=True).first()
    )
    return name or user.get_username()


def fill_lesson(page: LessonPage, user, form, steps, cautions) -> None:
    data = form.cleaned_data
    page.title = data["title"]
    page.draft_title = data["title"]
    page.summary = data["summary"]
    page.problem = paragraphs(data["problem"])
    for name in (
        "outcomes",
        "what_we_would_change",
        "political_context",
        "coalition_context",
        "media_context",
        "legal_context",
    ):
        setattr(page, name, paragraphs(data.get(name, "")))
    page.countries = data.get("countries") or []
    page.started = data.get("started")
    page.ended = data.get("ended")
    page.result = data["result"]
    page.sensitivity = data["sensitivity"]
    page.anonymised = data.get("anonymised", False)
    page.identifiable_people = data.get("identifiable_people", False)
    # Sending requires the member's confirmation (the form's ``consent``).
    page.consent_confirmed = bool(data.get("consent"))
    page.activities = [
        {
            "type": "step",
            "value": {
                "title": step["title"],
                "description": paragraphs(step["description"]),
                "duration": "",
                "materials": "",
            },
        }
        for step in steps.filled()
    ]
    page.cautions = [
        LessonCaution(
            title=row["title"],
            description=row.get("description", ""),
            risk_level=row["risk_level"],
        )
        for row in cautions.filled()
    ]
    anonymous = data.get("anonymised") or data.get("credit_anonymous")
    page.authors = [
        LessonAuthor(name="" if anonymous else credit_name(user), anonymous=anonymous)
    ]
    page.topics = list(data.get("topics") or [])
    page.tactics = list(data.get("tactics") or [])


def fill_resource(page: ResourcePage, user, form, document) -> None:
    data = form.cleaned_data
    page.title = data["title"]
    page.draft_title = data["title"]
    page.summary = data["summary"]
    page.resource_type = data["resource_type"]
    page.publisher = data.get("publisher", "")
    page.language = data["language"]
    page.external_url = data.get("external_url", "")
    page.document = document
    page.sensitivity = data["sensitivity"]
    page.anonymised = data.get("anonymised", False)
    page.topics = list(data.get("topics") or [])


def send_for_review(
    user,
    kind: str,
    post: QueryDict,
    form,
    steps=None,
    cautions=None,
    submission: Submission | None = None,
) -> Submission:
    """Create or update the draft page and put it in the review workflow.

    Call inside ``transaction.atomic`` (the view does), so that any error
    leaves neither a page nor a changed submission behind.
    """
    trust.check_can_submit(user)
    index = library_for(kind)
    submission = submission or Submission(member=user, kind=kind)
    submission.data = {**submission.data, "fields": kept_fields(post)}
    document = None
    if kind == SubmissionKind.RESOURCE:
        update_document(submission, user, form)
        document = kept_document(submission)
    page = submission.page.specific if submission.page_id else None
    model = LessonPage if kind == SubmissionKind.LESSON else ResourcePage
    new = page is None
    if new:
        page = model(owner=user, live=False, locale=index.locale)
    if kind == SubmissionKind.LESSON:
        fill_lesson(page, user, form, steps, cautions)
    else:
        fill_resource(page, user, form, document)
    if new:
        page.slug = free_slug(index, page.title, kind)
        index.add_child(instance=page)
    else:
        page.save()
    page.save_revision(user=user, log_action=True)
    restart_workflow(page, user)
    submission.page = page
    submission.title = page.title
    submission.status = SubmissionStatus.IN_REVIEW
    submission.submitted_at = timezone.now()
    submission.data.pop("review_comment", None)
    submission.save()
    return submission


def restart_workflow(page, user) -> None:
    """Start the page's workflow afresh: changed text is reviewed again from
    the first step, whichever step asked for the changes."""
    workflow = page.get_workflow()
    if workflow is None:
        raise SharingError(_("Reviewing is not set up yet. Your draft is saved."))
    state = page.current_workflow_state
    if state is not None and state.status in (
        WorkflowState.STATUS_IN_PROGRESS,
        WorkflowState.STATUS_NEEDS_CHANGES,
    ):
        state.cancel(user=user)
    workflow.start(page, user)


def resumable(user, pk: int) -> Submission | None:
    """The member's own submission ``pk`` if it may still be edited."""
    return Submission.objects.filter(
        pk=pk,
        member=user,
        status__in=[SubmissionStatus.DRAFT, SubmissionStatus.CHANGES_REQUESTED],
    ).first()


def atomic_send(*args: Any, **kwargs: Any) -> Submission:
    with transaction.atomic():
        return send_for_review(*args, **kwargs)


def share(user, kind: str, fields: dict[str, Any]) -> Submission:
    """Send a submission written somewhere other than the form (the demo's
    ``content/submissions/``): the share forms validate ``fields`` (the names
    the form posts; a list for a field with several values) and
    :func:`send_for_review` sends it, exactly as for a member at the form.
    Raises :class:`SharingError` naming each invalid field."""
    from .forms import bound_forms

    post = QueryDict(mutable=True)
    for name, value in fields.items():
        post.setlist(
            name, [str(v) for v in value] if isinstance(value, list) else [str(value)]
        )
    post["send"] = "1"
    forms = bound_forms(kind, post, draft=False)
    invalid = [
        f"{name}: {form.errors}" for name, form in forms.items() if not form.is_valid()
    ]
    if invalid:
        raise SharingError("; ".join(invalid))
    return atomic_send(
        user,
        kind,
        post,
        forms["form"],
        steps=forms.get("steps"),
        cautions=forms.get("cautions"),
    )
