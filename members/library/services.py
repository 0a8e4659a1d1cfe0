"""The personal library: named lists of saved pages, private unless shared."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ..models import SavedItem, SavedList, new_token

#: Most lists a member may keep.
MAX_LISTS = 50
#: Most items one list may hold.
MAX_ITEMS = 500
#: Longest list name.
MAX_NAME = 80


class LibraryError(Exception):
    """A change the library refuses; ``message`` says why, in words to act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise LibraryError(_("Give the list a name."))
    if len(name) > MAX_NAME:
        raise LibraryError(
            _("A list name can be at most %(count)d characters.") % {"count": MAX_NAME}
        )
    return name


def create_list(user, name: str) -> SavedList:
    name = clean_name(name)
    if SavedList.objects.filter(owner=user).count() >= MAX_LISTS:
        raise LibraryError(
            _("You can keep at most %(count)d lists. Delete one you no longer use.")
            % {"count": MAX_LISTS}
        )
    if SavedList.objects.filter(owner=user, name__iexact=name).exists():
        raise LibraryError(_("You already have a list with that name."))
    try:
        with transaction.atomic():
            return SavedList.objects.create(owner=user, name=name)
    except IntegrityError as error:
        raise LibraryError(_("You already have a list with that name.")) from error


def rename_list(saved_list: SavedList, name: str) -> None:
    name = clean_name(name)
    clash = SavedList.objects.filter(owner=saved_list.owner, name__iexact=name)
    if clash.exclude(pk=saved_list.pk).exists():
        raise LibraryError(_("You already have a list with that name."))
    saved_list.name = name
    saved_list.save(update_fields=["name", "updated_at"])


def default_list(user) -> SavedList:
    """The member's first list, made on their first save ("Saved", in the
    language they are using)."""
    first = SavedList.objects.filter(owner=user).order_by("pk").first()
    return first or create_list(user, _("Saved"))


def save(user, page, saved_list: SavedList) -> SavedItem:
    if saved_list.items.count() >= MAX_ITEMS:
        raise LibraryError(
            _("A list can hold at most %(count)d items. Start another list.")
            % {"count": MAX_ITEMS}
        )
    item, _created = SavedItem.objects.get_or_create(saved_list=saved_list, page=page)
    saved_list.save(update_fields=["updated_at"])
    return item


def remove(saved_list: SavedList, page_id: int) -> None:
    SavedItem.objects.filter(saved_list=saved_list, page_id=page_id).delete()


def set_shared(saved_list: SavedList, shared: bool) -> None:
    """Turning sharing on gives a new link; turning it off ends the old one."""
    saved_list.share_token = new_token() if shared else None
    saved_list.save(update_fields=["share_token", "updated_at"])
