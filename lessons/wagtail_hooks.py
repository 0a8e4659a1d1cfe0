"""Admin registration of the library's snippets, the sensitivity log entry and
the reading rules for documents served by Wagtail's own document view."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import visibility
from core.sensitivity import Sensitivity, SensitivityMixin

from .models import Audience, Bottleneck, GlossaryTerm, Tactic, Topic


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "description"]
    search_fields = ["name"]
    ordering = ["name"]


class TacticViewSet(TaxonomyViewSet):
    model = Tactic
    icon = "pick"


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "folder-open-inverse"


class BottleneckViewSet(TaxonomyViewSet):
    model = Bottleneck
    icon = "warning"


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["term", "slug", "definition"]
    search_fields = ["term", "definition"]
    ordering = ["term"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Library terms")
    menu_icon = "tag"
    menu_order = 300
    items = (
        TopicViewSet,
        TacticViewSet,
        AudienceViewSet,
        BottleneckViewSet,
        GlossaryTermViewSet,
    )


register_snippet(LibraryViewSetGroup)


@hooks.register("register_rich_text_features")
def link_documents_by_number(features) -> None:
    from core.documents import NumberedDocumentLinkHandler

    features.register_link_type(NumberedDocumentLinkHandler)


@hooks.register("register_log_actions")
def register_sensitivity_log_action(actions) -> None:
    @actions.register_action(SensitivityMixin.SENSITIVITY_LOG_ACTION)
    class SensitivityChangeFormatter(LogFormatter):
        label = _("Change who can read it")

        def format_message(self, log_entry) -> str:
            labels = dict(Sensitivity.choices)
            data = log_entry.data
            try:
                message = _("Who can read it: from “%(old)s” to “%(new)s”") % {
                    "old": labels.get(data["from"], data["from"]),
                    "new": labels.get(data["to"], data["to"]),
                }
            except KeyError:
                return str(_("Changed who can read it"))
            if data.get("groups"):
                message += " (" + ", ".join(data["groups"]) + ")"
            return message


@hooks.register("construct_page_chooser_queryset")
def chooser_hides_what_the_editor_may_not_read(pages, request):
    """The page chooser does not ask the permission policy, so it is narrowed
    here the same way."""
    return visibility.readable_in_admin(pages, request.user)


@hooks.register("before_serve_document")
def documents_follow_their_pages(document, request):
    """A document answers only to someone who may read a live page that uses
    it, wherever its address was copied to, or to someone who may change it in
    the admin (the person who uploaded it, coordinators).

    Usage comes from Wagtail's reference index, so files linked from rich text
    count as well as attached ones. A document no visible page uses yet (one
    waiting in a draft, say) is not served to the public at all.
    """
    from wagtail.documents import get_permission_policy

    user = request.user
    if (
        user.is_authenticated
        and get_permission_policy().user_has_permission_for_instance(
            user, "change", document
        )
    ):
        return None
    from core.documents import pages_using

    page_ids = pages_using(document)
    if visibility.visible_pages(Page.objects.filter(pk__in=page_ids), request).exists():
        return None
    raise Http404
