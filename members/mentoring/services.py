"""The rules of mentoring: who may propose to whom, how matches are ranked,
when a pairing starts and ends, and who may see contact details.

Every change that can take a mentor's place runs inside ``transaction.atomic``
with the mentor's offer row locked (:func:`locked_offer`), as RSVPs lock their
event, so two acceptances at the same moment cannot both take the last place.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, available_timezones

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.locales import active_locale_id, with_fallback
from lessons.models import Tactic, Topic

from ..models import NotificationKind
from ..notifications import notify
from ..trust import LimitReached, TrustLevel, trust_level
from . import languages
from .models import (
    MONTHS_MAX,
    OPEN,
    MentoringProfile,
    Mode,
    Pairing,
    PairingStatus,
    ProfileKind,
)

#: Proposals a member may send in any 24 hours.
PROPOSALS_PER_DAY = 5
#: Days a proposal waits for an answer before it expires.
PROPOSAL_DAYS = 14
#: Suggested matches shown at most.
MATCHES_SHOWN = 10


def add_months(day: datetime.date, months: int) -> datetime.date:
    """``day`` moved on by ``months``, on the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def valid_time_zone(name: str) -> bool:
    return name in available_timezones()


# Terms in the reader's language ------------------------------------------


class TermNames:
    """Topic and tactic names in the reader's language, by translation key:
    two queries whatever the number of profiles shown."""

    def __init__(self) -> None:
        locale_id = active_locale_id()
        self.names: dict[str, dict] = {}
        for key, model in (("topics", Topic), ("tactics", Tactic)):
            rows = with_fallback(model.objects.all(), locale_id).values_list(
                "translation_key", "name"
            )
            self.names[key] = dict(rows)

    def of(self, kind: str, keys) -> list[str]:
        names = self.names[kind]
        return sorted((names[k] for k in keys if k in names), key=str.casefold)


def with_terms(queryset):
    """Profiles with their topics and tactics (only the translation keys)."""
    return queryset.prefetch_related(
        _only_keys("topics", Topic), _only_keys("tactics", Tactic)
    )


def _only_keys(name: str, model):
    from django.db.models import Prefetch

    return Prefetch(name, queryset=model.objects.only("pk", "translation_key"))


def topic_keys(profile) -> set:
    return {t.translation_key for t in profile.topics.all()}


def tactic_keys(profile) -> set:
    return {t.translation_key for t in profile.tactics.all()}


# Matching -----------------------------------------------------------------


def hours_apart(zone_a: str, zone_b: str, now: datetime.datetime | None = None) -> int:
    """Whole hours between two time zones' clocks now (0–12, going round the
    world the short way)."""
    now = now or timezone.now()
    try:
        a = now.astimezone(ZoneInfo(zone_a)).utcoffset()
        b = now.astimezone(ZoneInfo(zone_b)).utcoffset()
    except (KeyError, ValueError):
        return 12
    hours = abs((a - b).total_seconds()) / 3600
    return round(min(hours, 24 - hours))


def modes_fit(a: str, b: str) -> bool:
    return a == b or Mode.EITHER in (a, b)


@dataclass
class Match:
    """A profile suggested for another, and why."""

    profile: MentoringProfile
    score: float
    topics: list[str] = field(default_factory=list)
    tactics: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    hours: int = 0
    spare: int = 0

    def reasons(self) -> list[str]:
        """The reasons in words, e.g. "2 shared topics", "both speak Arabic",
        "1 hour apart"."""
        found = []
        if self.topics:
            found.append(
                ngettext(
                    "%(count)d shared topic",
                    "%(count)d shared topics",
                    len(self.topics),
                )
                % {"count": len(self.topics)}
            )
        if self.tactics:
            found.append(
                ngettext(
                    "%(count)d shared tactic",
                    "%(count)d shared tactics",
                    len(self.tactics),
                )
                % {"count": len(self.tactics)}
            )
        for name in self.languages:
            found.append(_("both speak %(language)s") % {"language": name})
        if self.hours == 0:
            found.append(_("same time of day"))
        else:
            found.append(
                ngettext("%(count)d hour apart", "%(count)d hours apart", self.hours)
                % {"count": self.hours}
            )
        return found


def score(
    a: MentoringProfile,
    b: MentoringProfile,
    now: datetime.datetime | None = None,
) -> tuple[float, dict] | None:
    """How well two profiles (an offer and a request) fit; ``None`` if they
    cannot work together: no shared language, or one wants only live
    conversations and the other only writing. A shared topic counts most,
    then a shared tactic; closer time zones add up to 3, a matching way of
    working 1. ``a`` and ``b`` carry their terms (:func:`with_terms`)."""
    shared_languages = [code for code in a.languages if code in set(b.languages)]
    if not shared_languages or not modes_fit(a.mode, b.mode):
        return None
    topics = topic_keys(a) & topic_keys(b)
    tactics = tactic_keys(a) & tactic_keys(b)
    hours = hours_apart(a.time_zone, b.time_zone, now)
    points = (
        3 * len(topics)
        + 2 * len(tactics)
        + (12 - hours) / 4
        + (1 if a.mode == b.mode else 0)
    )
    return points, {
        "topics": topics,
        "tactics": tactics,
        "languages": shared_languages,
        "hours": hours,
    }


def open_offers():
    """Active offers of active members, with the number of mentees each has
    now (``taken``) and the places left (``spare``)."""
    return (
        MentoringProfile.objects.filter(
            kind=ProfileKind.OFFER, active=True, member__is_active=True
        )
        .annotate(
            taken=Count(
                "member__pairings_as_mentor",
                filter=Q(member__pairings_as_mentor__status=PairingStatus.ACTIVE),
                distinct=True,
            )
        )
        .select_related("member__member")
    )


def open_requests():
    return MentoringProfile.objects.filter(
        kind=ProfileKind.REQUEST, active=True, member__is_active=True
    ).select_related("member__member")


def open_pairings(user):
    """``user``'s proposed and active pairings."""
    return Pairing.objects.filter(Q(mentor=user) | Q(mentee=user), status__in=OPEN)


def _partners(user) -> set[int]:
    """Members ``user`` has an open (proposed or active) pairing with."""
    rows = open_pairings(user).values_list("mentor_id", "mentee_id")
    return {pk for pair in rows for pk in pair if pk != user.pk}


def suggestions(
    profile: MentoringProfile,
    names: TermNames,
    now: datetime.datetime | None = None,
    limit: int = MATCHES_SHOWN,
) -> list[Match]:
    """The best counterparts of ``profile``: offers with a place left for a
    request, requests for an offer. Never the member themselves, nor someone
    they already have an open pairing with."""
    user = profile.member
    if profile.kind == ProfileKind.REQUEST:
        candidates = open_offers()
    else:
        candidates = open_requests()
    candidates = with_terms(
        candidates.exclude(member=user).exclude(member__in=_partners(user))
    )
    if "topics" not in getattr(profile, "_prefetched_objects_cache", {}):
        profile = with_terms(MentoringProfile.objects.filter(pk=profile.pk)).get()
    found = []
    for other in candidates:
        spare = (other.capacity - other.taken) if other.kind == ProfileKind.OFFER else 0
        if other.kind == ProfileKind.OFFER and spare <= 0:
            continue
        result = score(profile, other, now)
        if result is None:
            continue
        points, why = result
        found.append(
            Match(
                profile=other,
                score=points,
                topics=names.of("topics", why["topics"]),
                tactics=names.of("tactics", why["tactics"]),
                languages=[languages.name(code) for code in why["languages"]],
                hours=why["hours"],
                spare=spare,
            )
        )
    found.sort(key=lambda m: (-m.score, m.profile.pk))
    return found[:limit]


# Pairings -----------------------------------------------------------------


def locked_offer(mentor_id: int) -> MentoringProfile | None:
    """The mentor's offer, its row locked until the transaction ends (see
    ``members.rsvp.services.locked_event`` for SQLite)."""
    return (
        MentoringProfile.objects.select_for_update()
        .filter(member_id=mentor_id, kind=ProfileKind.OFFER)
        .first()
    )


def spare_places(offer: MentoringProfile) -> int:
    taken = Pairing.objects.filter(
        mentor_id=offer.member_id, status=PairingStatus.ACTIVE
    ).count()
    return offer.capacity - taken


def were_paired(a, b) -> bool:
    """Whether the two have been (or are) actively paired before."""
    return Pairing.objects.filter(
        Q(mentor=a, mentee=b) | Q(mentor=b, mentee=a),
        started_at__isnull=False,
    ).exists()


def check_can_propose(user, other) -> None:
    """Raise :class:`LimitReached` if ``user`` may not propose a pairing to
    ``other`` now: new members only to someone they were paired with, and
    everyone at most :data:`PROPOSALS_PER_DAY` a day."""
    if trust_level(user) == TrustLevel.NEW and not were_paired(user, other):
        raise LimitReached(
            _(
                "New members cannot yet propose a pairing to someone they do not "
                "know. Once reviewers accept one of your contributions (share a "
                "lesson or a resource), you can. Until then, publish a request: "
                "mentors can offer to pair with you, and you can accept."
            )
        )
    since = timezone.now() - datetime.timedelta(days=1)
    sent = Pairing.objects.filter(proposed_by=user, created_at__gte=since).count()
    if sent >= PROPOSALS_PER_DAY:
        raise LimitReached(
            ngettext(
                "You can send %(count)d proposal a day. Try again tomorrow.",
                "You can send %(count)d proposals a day. Try again tomorrow.",
                PROPOSALS_PER_DAY,
            )
            % {"count": PROPOSALS_PER_DAY}
        )


def propose(
    user,
    target: MentoringProfile,
    months: int,
    message: str = "",
    today: datetime.date | None = None,
) -> Pairing:
    """``user`` proposes a pairing to the owner of ``target``: as mentee to an
    offer, or as mentor (with an offer of their own) to a request. The other
    person is told, without the message, which waits until both accept."""
    if target.member_id == user.pk:
        raise LimitReached(_("You cannot pair with yourself."))
    if not target.active or not target.member.is_active:
        raise LimitReached(_("This profile is no longer open to pairings."))
    if not 1 <= months <= MONTHS_MAX:
        raise LimitReached(
            _("Choose between 1 and %(max)d months.") % {"max": MONTHS_MAX}
        )
    check_can_propose(user, target.member)
    today = today or timezone.localdate()
    with transaction.atomic():
        if target.kind == ProfileKind.OFFER:
            mentor, mentee = target.member, user
            offer = locked_offer(mentor.pk)
        else:
            mentor, mentee = user, target.member
            offer = locked_offer(user.pk)
            if offer is None or not offer.active:
                raise LimitReached(
                    _("Publish an offer to mentor first, then offer to pair.")
                )
        if spare_places(offer) <= 0:
            raise LimitReached(_("This mentor has no place left at the moment."))
        if Pairing.objects.filter(
            mentor=mentor, mentee=mentee, status__in=OPEN
        ).exists():
            raise LimitReached(_("You already have a pairing with this member."))
        now = timezone.now()
        pairing = Pairing.objects.create(
            mentor=mentor,
            mentee=mentee,
            proposed_by=user,
            message=message,
            ends_on=add_months(today, months),
            mentor_accepted_at=now if user == mentor else None,
            mentee_accepted_at=now if user == mentee else None,
        )
        notify(pairing.other(user), NotificationKind.MENTOR_REQUEST)
    return pairing


def _locked_pairing(pairing_id: int) -> Pairing:
    return (
        Pairing.objects.select_for_update()
        .select_related("mentor", "mentee")
        .get(pk=pairing_id)
    )


def accept(user, pairing: Pairing) -> Pairing:
    """``user`` accepts a proposal waiting for them; the pairing starts, and
    both are told, if the mentor still has a place."""
    with transaction.atomic():
        offer = locked_offer(pairing.mentor_id)
        pairing = _locked_pairing(pairing.pk)
        if not pairing.awaits(user):
            raise LimitReached(_("This proposal is no longer waiting for you."))
        if offer is None or spare_places(offer) <= 0:
            raise LimitReached(
                _("The mentor has no place left at the moment, so it cannot start.")
            )
        now = timezone.now()
        if user.pk == pairing.mentor_id:
            pairing.mentor_accepted_at = now
        else:
            pairing.mentee_accepted_at = now
        pairing.status, pairing.started_at = PairingStatus.ACTIVE, now
        pairing.save()
        for person in (pairing.mentor, pairing.mentee):
            notify(person, NotificationKind.PAIRING_STARTED)
    return pairing


def decline(user, pairing: Pairing) -> Pairing:
    """``user`` declines a proposal waiting for them; the proposer is told."""
    with transaction.atomic():
        pairing = _locked_pairing(pairing.pk)
        if not pairing.awaits(user):
            raise LimitReached(_("This proposal is no longer waiting for you."))
        pairing.status, pairing.ended_at = PairingStatus.DECLINED, timezone.now()
        pairing.save(update_fields=["status", "ended_at"])
        notify(pairing.proposed_by, NotificationKind.PAIRING_DECLINED)
    return pairing


def end(pairing: Pairing, by=None, status: str | None = None) -> bool:
    """End an open pairing and tell the people of it other than ``by`` (both,
    when a coordinator or the date ends it). An active pairing becomes
    "ended"; a proposal "expired" when withdrawn or left unanswered (nobody
    told: nothing had started), "ended" when a coordinator or a deletion ends
    it (the other told). Returns whether anything changed: the row is read
    again, locked, so two ends at once tell nobody twice."""
    with transaction.atomic():
        current = (
            Pairing.objects.select_for_update()
            .filter(pk=pairing.pk, status__in=OPEN)
            .first()
        )
        if current is None:
            return False
        was_active = current.status == PairingStatus.ACTIVE
        if was_active or status is None:
            status = PairingStatus.ENDED
        current.status, current.ended_at = status, timezone.now()
        current.save(update_fields=["status", "ended_at"])
        if status == PairingStatus.ENDED:
            from django.contrib.auth import get_user_model

            people = get_user_model().objects.filter(
                pk__in=[current.mentor_id, current.mentee_id]
            )
            for person in people:
                if by is None or person.pk != by.pk:
                    notify(person, NotificationKind.PAIRING_ENDED)
    return True


def end_by_member(user, pairing: Pairing) -> bool:
    """One of the two ends their pairing early, or withdraws their proposal."""
    if user.pk not in (pairing.mentor_id, pairing.mentee_id):
        raise LimitReached(_("This pairing is not yours."))
    return end(pairing, by=user, status=PairingStatus.EXPIRED)


def due(today: datetime.date | None = None, now: datetime.datetime | None = None):
    """Pairings to close: active ones past their end date, and proposals past
    their end date or unanswered for :data:`PROPOSAL_DAYS`."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    stale = now - datetime.timedelta(days=PROPOSAL_DAYS)
    return Pairing.objects.filter(
        Q(status=PairingStatus.ACTIVE, ends_on__lt=today)
        | Q(status=PairingStatus.PROPOSED)
        & (Q(ends_on__lt=today) | Q(created_at__lt=stale))
    )


def close(
    pairing_id: int,
    today: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> bool:
    """Close one due pairing: an active one ends (both told), a proposal
    expires (nobody told: nothing had started). Nothing if it is no
    longer due (its end date moved, or someone ended it already)."""
    if not due(today, now).filter(pk=pairing_id).exists():
        return False
    return end(Pairing(pk=pairing_id), status=PairingStatus.EXPIRED)


# Contact ------------------------------------------------------------------


def is_active_pair(user, pairing: Pairing) -> bool:
    return pairing.status == PairingStatus.ACTIVE and user.pk in (
        pairing.mentor_id,
        pairing.mentee_id,
    )


def contact_for(user, pairing: Pairing) -> dict[str, str] | None:
    """The other person's contact details and the pairing's message, for
    ``user`` only if the two of them are in this pairing and it is active;
    ``None`` otherwise (a proposal, an ended pairing, anyone else)."""
    return contacts_for(user, [pairing]).get(pairing.pk)


def contacts_for(user, pairings: list[Pairing]) -> dict[int, dict[str, str]]:
    """:func:`contact_for` for many pairings in one query."""
    active = [p for p in pairings if is_active_pair(user, p)]
    if not active:
        return {}
    others = {
        p.pk: (p.mentee_id if user.pk == p.mentor_id else p.mentor_id) for p in active
    }
    rows = MentoringProfile.objects.filter(
        member_id__in=set(others.values())
    ).values_list("member_id", "kind", "contact")
    by_member: dict[int, dict[str, str]] = {}
    for member_id, kind, contact in rows:
        by_member.setdefault(member_id, {})[kind] = contact
    found = {}
    for p in active:
        other = others[p.pk]
        kind = ProfileKind.REQUEST if other == p.mentee_id else ProfileKind.OFFER
        mine = by_member.get(other, {})
        found[p.pk] = {
            "contact": mine.get(kind) or next(iter(mine.values()), ""),
            "message": p.message,
        }
    return found
