from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LessonsConfig(AppConfig):
    """The knowledge: lessons, resources, learning paths, taxonomy, glossary.

    It imports only :mod:`core`, Wagtail and Django (``make lint`` checks it),
    and reaches the site's pages through settings, so it can be lifted into
    another Wagtail site as a plugin.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "lessons"
    verbose_name = _("Lesson library")

    def ready(self) -> None:
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from .permissions import ReadablePagePermissionPolicy

        # Before Wagtail first looks a page policy up (the admin's search view
        # reads it from the registry).
        register_permission_policy(Page, ReadablePagePermissionPolicy(Page))

        from .briefs import signals as brief_signals

        brief_signals.connect()

        # An approved "we tried this" report shows on its lesson's page: shared
        # caches drop the page when one comes, changes or goes.
        from core.frontend_cache import follow

        from .models import AdoptionReport

        follow(AdoptionReport, lambda report: report.lesson_id)

        # Terms show by name in every list, filter and answer: a renamed or
        # deleted one makes everything remembered stale.
        from core import generation

        from .models import Audience, Bottleneck, GlossaryTerm, Tactic, Topic

        for term in (Audience, Bottleneck, GlossaryTerm, Tactic, Topic):
            generation.follow(term)
