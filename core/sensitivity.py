"""Who may read a page: the fields every sensitive page type carries."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction

from .attribution import Attribution, attribution


class Sensitivity(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can read it")
    MEMBERS = "members", _("Members: only signed-in members can read it")
    RESTRICTED = "restricted", _("Restricted: only the groups chosen below")


class SensitivityMixin(models.Model):
    """Sensitivity level, restricted groups and the anonymisation switch.

    Reading rules live in :mod:`core.visibility`; every channel asks it rather
    than filtering on these fields itself.
    """

    sensitivity = models.CharField(
        _("who can read this"),
        max_length=20,
        choices=Sensitivity.choices,
        default=Sensitivity.PUBLIC,
        db_index=True,
        help_text=_(
            "Choose 'Members' or 'Restricted' when this could put anyone at risk if "
            "it were read by police, employers or opponents."
        ),
    )
    restricted_to_groups = ParentalManyToManyField(
        Group,
        blank=True,
        related_name="+",
        verbose_name=_("groups that can read it"),
        help_text=_("Only used when 'Restricted' is chosen above."),
    )
    anonymised = models.BooleanField(
        _("share anonymously"),
        default=False,
        help_text=_(
            "Hide author names, the movement and the campaign everywhere on the "
            "public site. The page will say it was shared anonymously by a movement "
            "in the network."
        ),
    )

    #: The log entry recorded when the live sensitivity of a page changes; shown
    #: in the page's history in the admin.
    SENSITIVITY_LOG_ACTION = "lessons.sensitivity"

    class Meta:
        abstract = True

    @staticmethod
    def hidden_index(name: str) -> models.Index:
        """An index of the pages not everyone may read, for a concrete model's
        ``Meta.indexes``: every listing leaves them out (``NOT IN`` those), and
        they are few, so this index stays small and the exclusion never reads
        the whole table."""
        return models.Index(
            fields=["sensitivity"],
            condition=~Q(sensitivity=Sensitivity.PUBLIC),
            name=name,
        )

    @property
    def attribution(self) -> Attribution:
        """What may be said publicly about who made this page, for templates
        (``page.attribution.credit``); see :mod:`core.attribution`."""
        return attribution(self)

    def save(self, *args, **kwargs):
        """Save, then bring Wagtail's privacy setting of this page, its
        translations and its aliases in line with who may read it, in the same
        transaction.

        Saving a draft revision of a live page only writes bookkeeping columns
        (``update_fields``), so the restriction follows what is live.
        """
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not {
            "sensitivity",
            "restricted_to_groups",
        } & set(update_fields):
            return super().save(*args, **kwargs)
        with transaction.atomic():
            before = self._stored_readers() if self.pk else None
            result = super().save(*args, **kwargs)
            self.sync_view_restrictions(previous=before)
        return result

    def _stored_readers(self) -> tuple[str, list[int]] | None:
        """The saved sensitivity and restricted groups, before this save."""
        stored = (
            type(self).objects.filter(pk=self.pk).values_list("sensitivity", flat=True)
        )
        if not stored:
            return None
        if stored[0] != Sensitivity.RESTRICTED:
            return stored[0], []
        groups = self.restricted_to_groups.through.objects.filter(
            **{self._groups_owner_field(): self.pk}
        ).values_list("group_id", flat=True)
        return stored[0], sorted(groups)

    def translation_family(self) -> models.QuerySet:
        """This page, its translations in every locale and their aliases."""
        key = self.translation_key
        return type(self).objects.filter(
            Q(translation_key=key) | Q(alias_of__translation_key=key)
        )

    def sync_view_restrictions(
        self, previous: tuple[str, list[int]] | None = None
    ) -> None:
        """Copy who may read the page to the live pages of its translation
        family and express it as a ``PageViewRestriction`` on each.

        Only what is live counts. A page that is not live keeps its draft in
        its own row (Wagtail saves drafts of unpublished pages there, and a
        scheduled publication saves it before going live), so saving it
        changes nothing for anyone else; it joins in when it is published.
        Among the live pages the original (the first of the family, which the
        translations were copied from) decides. A translation or alias
        published from an older revision is put back in line rather than
        changing the original, so a stale translation can never make a
        restricted lesson public.
        """
        if not self.live:
            return
        family = self.translation_family().filter(live=True)
        original = family.filter(alias_of__isnull=True).order_by("pk").first() or self
        if original.pk != self.pk:
            self.sensitivity = original.sensitivity
            self.anonymised = original.anonymised
        groups = list(original.restricted_to_groups.all())
        pages = list(family.only("pk"))
        family.exclude(pk=original.pk).update(
            sensitivity=original.sensitivity, anonymised=original.anonymised
        )
        through = type(self).restricted_to_groups.through
        others = [page.pk for page in pages if page.pk != original.pk]
        through.objects.filter(**{f"{self._groups_owner_field()}__in": others}).delete()
        through.objects.bulk_create(
            through(
                **{
                    f"{self._groups_owner_field()}_id": pk,
                    "group_id": group.pk,
                }
            )
            for pk in others
            for group in groups
        )
        PageViewRestriction.objects.filter(page__in=[p.pk for p in pages]).delete()
        restriction_type = {
            Sensitivity.MEMBERS: PageViewRestriction.LOGIN,
            Sensitivity.RESTRICTED: PageViewRestriction.GROUPS,
        }.get(original.sensitivity)
        if restriction_type is not None:
            for page in pages:
                restriction = PageViewRestriction.objects.create(
                    page_id=page.pk, restriction_type=restriction_type
                )
                if restriction_type == PageViewRestriction.GROUPS:
                    restriction.groups.set(groups)
        readers = groups if original.sensitivity == Sensitivity.RESTRICTED else []
        now = (original.sensitivity, sorted(group.pk for group in readers))
        if original.pk == self.pk and previous is not None and previous != now:
            log(
                instance=self,
                action=self.SENSITIVITY_LOG_ACTION,
                data={
                    "from": previous[0],
                    "to": now[0],
                    "groups": [group.name for group in readers],
                },
            )

    @classmethod
    def _groups_owner_field(cls) -> str:
        field = cls._meta.get_field("restricted_to_groups")
        return field.m2m_field_name()

    def clean(self) -> None:
        super().clean()
        if self.sensitivity == Sensitivity.RESTRICTED and not self._has_groups():
            raise ValidationError(
                {
                    "restricted_to_groups": _(
                        "Choose at least one group that may read restricted content."
                    )
                }
            )

    def _has_groups(self) -> bool:
        groups = self.restricted_to_groups
        try:
            return bool(groups.all())
        except ValueError:  # an unsaved page has no relation yet
            return False
