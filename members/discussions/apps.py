from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "members.discussions"
    label = "discussions"
    verbose_name = _("Discussions")

    def ready(self) -> None:
        # Posts show on the page they discuss, to anonymous visitors too:
        # shared caches drop the page when a post is added, edited, hidden or
        # removed, or the discussion is switched on or off.
        from core.frontend_cache import follow

        from .models import DiscussionSwitch, Post, Thread

        def page_of_post(post):
            threads = Thread.objects.filter(pk=post.thread_id)
            return threads.values_list("page_id", flat=True).first()

        follow(Post, page_of_post)
        follow(DiscussionSwitch, lambda switch: switch.page_id)
