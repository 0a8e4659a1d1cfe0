"""Translatable taxonomy snippets: how lessons and resources are found."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.translation import synchronised, translated


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """Shared shape of the four vocabularies (tactic, audience, topic, bottleneck).

    The slug is synchronised across translations so that a filter link such as
    ``?topic=housing`` means the same term in every language.
    """

    name = models.CharField(
        _("name"), max_length=100, help_text=_("Short and plain, as organisers say it.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("Used in filter links; lowercase words joined by hyphens."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences that help people choose the right term."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    #: The slug is the same in every language, so a filter link or an API query
    #: for ``?topic=housing`` means the same topic whatever the language.
    translatable_fields = translated("name", "description") + synchronised("slug")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Tactic(TaxonomyTerm):
    """A method of action, such as an action camp, a rent strike or a boycott."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("tactic")
        verbose_name_plural = _("tactics")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_tactic_slug_per_locale"
            )
        ]


class Audience(TaxonomyTerm):
    """Who a lesson is written for: organisers, trainers, legal teams…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_audience_slug_per_locale"
            )
        ]


class Topic(TaxonomyTerm):
    """A field of struggle; topics are also the collections of the resource library."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_topic_slug_per_locale"
            )
        ]


class Bottleneck(TaxonomyTerm):
    """The obstacle a lesson helps with: recruitment, burnout, repression…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("bottleneck")
        verbose_name_plural = _("bottlenecks")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_bottleneck_slug_per_locale"
            )
        ]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word movements use, explained once for everyone (shown A–Z on the site)."""

    term = models.CharField(
        _("term"), max_length=120, help_text=_("The word or phrase, as people use it.")
    )
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    definition = models.TextField(
        _("definition"),
        max_length=2000,
        help_text=_(
            "Plain words, two to four sentences. Say how organisers use the term, "
            "not only what a dictionary says."
        ),
    )

    panels = [FieldPanel("term"), FieldPanel("slug"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term", boost=2),
        index.SearchField("definition"),
        index.AutocompleteField("term"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = translated("term", "definition") + synchronised("slug")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_glossary_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return self.term

    @property
    def initial(self) -> str:
        """The letter this term is filed under in the A–Z list."""
        return self.term[:1].upper()
