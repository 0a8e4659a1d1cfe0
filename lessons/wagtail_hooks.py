"""Admin registration of the library's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
