"""Events: roundtables, trainings, convenings, field visits and online calls."""

from __future__ import annotations

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.listing import ListingPage
from core.rich_text import RICH_TEXT_FEATURES
from core.translation import (
    PAGE_FIELDS,
    LocalisedRelationsMixin,
    synchronised,
    translated,
)
from core.visibility import visible_pages
from lessons.models import LessonPage

from ..choices import Attendance, EventFormat, language_choices
from ..fields import ChoiceListField
from ..forms import EventPageForm

#: How many upcoming events the calendar feed holds.
FEED_SIZE = 100


def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})
    return [(name, name.replace("_", " ")) for name in names]


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _(
                "“%(zone)s” is not a time zone. Choose one from the list, such as "
                "Europe/Stockholm."
            )
            % {"zone": value}
        ) from error


class EventIndexPage(RoutablePageMixin, ListingPage):
    """The events calendar: upcoming events first, past ones in an archive, and
    an iCalendar feed people can subscribe to."""

    subpage_types = ["engagement.EventPage"]
    listed_model = "engagement.EventPage"
    filterset_class = "engagement.filters.EventFilterSet"
    listing_name = "events"

    class Meta:
        verbose_name = _("event calendar")

    @staticmethod
    def showing_archive(request) -> bool:
        match = getattr(request, "routable_resolver_match", None)
        return bool(match and match.url_name == "past")

    def events(self, request):
        """Events in this calendar's language, and untranslated ones in their
        own."""
        return super().listed_items(request).select_related("locale")

    def listed_items(self, request):
        now = timezone.now()
        if self.showing_archive(request):
            return self.events(request).filter(ends_at__lt=now)
        return self.events(request).filter(ends_at__gte=now)

    def listing_ordering(self, request):
        if self.showing_archive(request):
            return ("-starts_at", "-pk")
        return ("starts_at", "pk")

    def decorate(self, request, items):
        return EventPage.attach_organisers(items, request)

    @path("")
    def upcoming(self, request):
        return self.render(request, context_overrides={"archive": False})

    @path("past/")
    def past(self, request):
        return self.render(request, context_overrides={"archive": True})

    @path("calendar/", name="feed")
    def feed(self, request):
        from ..ical import calendar_for

        events = (
            self.events(request)
            .filter(ends_at__gte=timezone.now())
            .order_by("starts_at", "pk")[:FEED_SIZE]
        )
        return ical_response(
            calendar_for(list(events), request, name=self.title), "events.ics"
        )


class EventPage(LocalisedRelationsMixin, RoutablePageMixin, Page):
    """One event, in its own time zone, with everything someone needs to decide
    whether they can take part."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Two sentences: what it is and who it is for."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The programme, what to prepare and what to bring."),
    )
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=EventFormat.choices,
        default=EventFormat.ROUNDTABLE,
        db_index=True,
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_(
            "The time zone the times above are in: where the event takes place, "
            "or the organisers' time zone for online events."
        ),
    )
    starts_at = models.DateTimeField(_("starts at"), editable=False, db_index=True)
    ends_at = models.DateTimeField(_("ends at"), editable=False, db_index=True)
    attendance = models.CharField(
        _("online or in person"),
        max_length=20,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
        db_index=True,
    )
    online_url = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_(
            "Leave empty to send the link only to people who register, which "
            "keeps unwanted visitors out."
        ),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), max_length=500, blank=True)
    town = models.CharField(_("town or city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    languages = ChoiceListField(
        _("languages"),
        item_choices=language_choices,
        help_text=_("The languages the event is held in."),
    )
    interpretation = ChoiceListField(
        _("interpretation offered"),
        item_choices=language_choices,
        help_text=_("Languages with interpretation; leave empty if there is none."),
    )
    accessibility_notes = models.TextField(
        _("accessibility"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Step-free access, captions, sign language, quiet room, childcare, "
            "travel support…"
        ),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("How many people can take part; leave empty if there is no limit."),
    )
    registration_url = models.URLField(
        _("link to register"),
        blank=True,
        help_text=_("Where people sign up, if they need to."),
    )
    organiser = models.ForeignKey(
        "engagement.MovementProfilePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("organising movement"),
    )
    topics = ParentalManyToManyField(
        "lessons.Topic",
        blank=True,
        related_name="events",
        verbose_name=_("topics"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("organiser")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("online_url"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("country")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("interpretation"),
                FieldPanel("accessibility_notes"),
                FieldPanel("capacity"),
                FieldPanel("registration_url"),
            ],
            heading=_("Taking part"),
        ),
        FieldPanel("topics"),
        InlinePanel("related_lessons", label=_("Related lessons")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    base_form_class = EventPageForm
    parent_page_types = ["engagement.EventIndexPage"]
    subpage_types: list[str] = []
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("town"),
        index.AutocompleteField("title"),
        index.FilterField("format"),
        index.FilterField("starts_at"),
        index.FilterField("locale_id"),
    ]

    localised_relations = ("topics",)
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("summary", "description", "venue", "accessibility_notes"),
        *synchronised(
            "format",
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "attendance",
            "online_url",
            "address",
            "town",
            "country",
            "languages",
            "interpretation",
            "capacity",
            "registration_url",
            "organiser",
            "topics",
            "related_lessons",
        ),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self) -> None:
        super().clean()
        errors = {}
        start, end = self.local_start, self.local_end
        for name, moment in (("start_time", start), ("end_time", end)):
            if moment is not None and not _exists(moment):
                errors[name] = _(
                    "This time does not exist in the chosen time zone: the clocks "
                    "change then. Choose a time an hour earlier or later."
                )
        if (
            start
            and end
            and end.astimezone(datetime.UTC) <= start.astimezone(datetime.UTC)
        ):
            errors["end_date"] = _(
                "The event must end after it starts. Check the end date and time."
            )
        if self.attendance != Attendance.ONLINE and not (self.venue or self.town):
            errors["venue"] = _("Give a venue or a town for an in-person event.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.local_start, self.local_end
        return super().save(*args, **kwargs)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def _local(self, day, time) -> datetime.datetime | None:
        if day is None or time is None:
            return None
        return datetime.datetime.combine(day, time, tzinfo=self.zone)

    @property
    def local_start(self) -> datetime.datetime | None:
        """The start as an aware datetime in the event's own time zone."""
        return self._local(self.start_date, self.start_time)

    @property
    def local_end(self) -> datetime.datetime | None:
        return self._local(self.end_date, self.end_time)

    @property
    def is_past(self) -> bool:
        end = self.local_end  # not ``ends_at``: a preview has not been saved
        return end is not None and end < timezone.now()

    @property
    def place(self) -> str:
        parts = [self.venue, self.town, str(self.country.name) if self.country else ""]
        return ", ".join(part for part in parts if part)

    @staticmethod
    def attach_organisers(events, request) -> list:
        """Set ``event.visible_organiser`` on each event: its organising
        movement if the visitor may see it, else ``None``; one query in all."""
        from .movement import MovementProfilePage

        events = list(events)
        ids = {event.organiser_id for event in events if event.organiser_id}
        found = (
            {
                movement.pk: movement
                for movement in visible_pages(
                    MovementProfilePage.objects.filter(pk__in=ids), request
                )
            }
            if ids
            else {}
        )
        for event in events:
            event.visible_organiser = found.get(event.organiser_id)
        return events

    def get_context(self, request, *args, **kwargs):
        from .movement import MovementProfilePage

        context = super().get_context(request, *args, **kwargs)
        order = list(self.related_lessons.values_list("lesson_id", flat=True))
        lessons = {
            lesson.pk: lesson
            for lesson in LessonPage.for_listing(
                visible_pages(LessonPage.objects.filter(pk__in=order), request)
            )
        }
        context["lessons"] = [lessons[pk] for pk in order if pk in lessons]
        context["organiser"] = (
            visible_pages(MovementProfilePage.objects.all(), request)
            .filter(pk=self.organiser_id)
            .first()
            if self.organiser_id
            else None
        )
        context["topics"] = list(self.topics.order_by("name"))
        return context

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("calendar/", name="ical")
    def ical(self, request):
        from ..ical import calendar_for

        return ical_response(calendar_for([self], request), f"{self.slug}.ics")


def _exists(moment: datetime.datetime) -> bool:
    """Whether a wall-clock time exists in its zone (not skipped by a change to
    summer time)."""
    round_trip = moment.astimezone(datetime.UTC).astimezone(moment.tzinfo)
    return round_trip.replace(tzinfo=None) == moment.replace(tzinfo=None)


def ical_response(calendar: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(calendar, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class EventLesson(Orderable):
    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="related_lessons"
    )
    lesson = models.ForeignKey(
        LessonPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson"),
        help_text=_("A lesson people could read before or after the event."),
    )

    panels = [PageChooserPanel("lesson", "lessons.LessonPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related lesson")
        verbose_name_plural = _("related lessons")
