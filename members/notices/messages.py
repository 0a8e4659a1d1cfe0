"""A notification's message, written when it is read, in the reader's language.

The page's title goes into the message only while the reader may read the
page (the caller decides, through ``core.visibility``); otherwise the message
is the neutral one, with no title and no link.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import NotificationKind

#: Kinds about no page but the member's own mentoring page, which is where
#: they link (never to anything that would name the other person).
MENTORING_KINDS = frozenset(
    {
        NotificationKind.MENTOR_REQUEST,
        NotificationKind.PAIRING_STARTED,
        NotificationKind.PAIRING_DECLINED,
        NotificationKind.PAIRING_ENDED,
    }
)


def own_page_url(kind: str) -> str:
    """The member's own page a notification of ``kind`` points to, if any."""
    return reverse("members:mentoring") if kind in MENTORING_KINDS else ""


def _with_title() -> dict[str, str]:
    return {
        NotificationKind.APPROVED: _("“%(title)s” passed review."),
        NotificationKind.CHANGES_REQUESTED: _(
            "Reviewers asked for changes to “%(title)s”."
        ),
        NotificationKind.PUBLISHED: _("“%(title)s” is published."),
        NotificationKind.RSVP_CONFIRMED: _(
            "A place came free: you are now going to “%(title)s”."
        ),
        NotificationKind.RSVP_CHANGED: _(
            "“%(title)s”, an event you answered, has changed. Check the date "
            "and time."
        ),
        NotificationKind.EVENT_REMINDER: _("“%(title)s” starts within a day."),
        NotificationKind.POST_REPLY: _(
            "Someone replied to your post on “%(title)s”."
        ),
        NotificationKind.POST_APPROVED: _(
            "A moderator approved your post on “%(title)s”: others can read it now."
        ),
        NotificationKind.POST_HIDDEN: _("A moderator hid your post on “%(title)s”."),
        NotificationKind.ADOPTION_APPROVED: _(
            "Your report on trying “%(title)s” passed review and now counts on "
            "the lesson."
        ),
        NotificationKind.ADOPTION_DECLINED: _(
            "Reviewers did not approve your report on trying “%(title)s”."
        ),
    }


def _neutral() -> dict[str, str]:
    return {
        NotificationKind.APPROVED: _("Your contribution passed review."),
        NotificationKind.CHANGES_REQUESTED: _(
            "Reviewers asked for changes to your contribution."
        ),
        NotificationKind.PUBLISHED: _("Your contribution is published."),
        NotificationKind.RSVP_CONFIRMED: _(
            "A place came free: you are now going to an event you answered."
        ),
        NotificationKind.RSVP_CHANGED: _(
            "An event you answered has changed or is no longer on the site."
        ),
        NotificationKind.EVENT_REMINDER: _("An event you are going to starts soon."),
        NotificationKind.POST_REPLY: _("Someone replied to your post."),
        NotificationKind.POST_APPROVED: _(
            "A moderator approved your post: others can read it now."
        ),
        NotificationKind.POST_HIDDEN: _("A moderator hid one of your posts."),
        NotificationKind.ADOPTION_APPROVED: _(
            "Your report on trying a lesson passed review and now counts on "
            "the lesson."
        ),
        NotificationKind.ADOPTION_DECLINED: _(
            "Reviewers did not approve your report on trying a lesson."
        ),
        NotificationKind.MENTOR_REQUEST: _(
            "A member asked to be paired with you for mentoring. Answer on "
            "your mentoring page."
        ),
        NotificationKind.PAIRING_STARTED: _(
            "You both accepted: your mentoring pairing has started and you can "
            "now see each other's contact details."
        ),
        NotificationKind.PAIRING_DECLINED: _(
            "A mentoring pairing you were offered was declined."
        ),
        NotificationKind.PAIRING_ENDED: _("One of your mentoring pairings has ended."),
    }


def message(notification, title: str | None = None) -> str:
    """The sentence for ``notification``: with ``title`` when the reader may
    read its page (pass ``None`` otherwise)."""
    kind = notification.kind
    if title:
        text = _with_title().get(kind)
        if text:
            return text % {"title": title}
    return _neutral().get(kind) or str(notification.get_kind_display())
