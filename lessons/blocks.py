"""StreamField blocks of the lesson library."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.rich_text import NOTE_FEATURES


class ActivityStepBlock(blocks.StructBlock):
    """One step of what the group actually did, in order."""

    title = blocks.CharBlock(
        max_length=160,
        label=_("Step"),
        help_text=_("A short name for the step, e.g. 'Map who is already involved'."),
    )
    description = blocks.RichTextBlock(
        features=NOTE_FEATURES,
        label=_("What you did"),
        help_text=_("Enough detail that another group could repeat it."),
    )
    duration = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("How long it took"),
        help_text=_("e.g. 'two evenings' or 'three months'. Optional."),
    )
    materials = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("What you needed"),
        help_text=_("People, money, tools or materials. Optional."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Activity step")
        template = "lessons/blocks/activity_step.html"
        description = _("One step of the activity, in the order you did it.")
        preview_value = {
            "title": "Hold one-to-one conversations",
            "description": "<p>Each organiser met three new volunteers for coffee.</p>",
            "duration": "two weeks",
        }
