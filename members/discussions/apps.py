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
        from django.db.models.signals import post_delete, post_save

        from core.frontend_cache import enabled, page_changed

        from .models import DiscussionSwitch, Post, Thread

        def post_changed(sender, instance, **kwargs):
            if enabled():
                threads = Thread.objects.filter(pk=instance.thread_id)
                page_changed(threads.values_list("page_id", flat=True).first())

        def switch_changed(sender, instance, **kwargs):
            page_changed(instance.page_id)

        for signal in (post_save, post_delete):
            signal.connect(
                post_changed,
                sender=Post,
                weak=False,
                dispatch_uid=f"discussions.purge.post.{id(signal)}",
            )
            signal.connect(
                switch_changed,
                sender=DiscussionSwitch,
                weak=False,
                dispatch_uid=f"discussions.purge.switch.{id(signal)}",
            )
