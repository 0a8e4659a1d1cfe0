"""Backups of the database and the uploaded files, and their restore.

A backup is a folder of three files:

``database.json.gz``
    Every row (Django's JSON serialization) with its own id, so that addresses such
    as ``/documents/12/`` still lead to the same file; content types and
    permissions by their natural keys, so that it loads into any freshly
    migrated database, SQLite or PostgreSQL. Left out is what is rebuilt or
    worthless after a restore: sessions, the search index, the task queue,
    sign-in attempts.
``media.tar.gz``
    Every file in the media storage (local folder or bucket), originals,
    renditions and documents.
``manifest.json``
    When it was made, the database's migration state, and each file's size
    and SHA-256, checked before anything is restored.

:func:`restore` loads a backup into an empty database (or, when told to,
replaces what is there) in one transaction: a backup that does not check out
or does not load leaves the database as it was.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

DATABASE_FILE = "database.json.gz"
MEDIA_FILE = "media.tar.gz"
MANIFEST_FILE = "manifest.json"
FORMAT_VERSION = 1

#: Rows a restored site does without: rebuilt (the search index), or tied to
#: the running site (sessions, queued tasks, sign-in attempts and lockouts).
#: App labels, or ``app_label.model``.
EXCLUDED = {
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailsearch",
    "django_tasks_database",
    "axes",
}
#: The only models referred to by natural key: the ones ``migrate`` makes
#: anew, with ids of its own, in every database.
NATURAL_KEYS = {"contenttypes.contenttype", "auth.permission"}


class BackupSerializer(JSONSerializer):
    """Django's JSON serializer, with natural keys for :data:`NATURAL_KEYS`
    only: every other reference is its id, even one to a row that is gone
    (Wagtail's log entries keep the id of a deleted page, on purpose)."""

    def _natural(self, field) -> bool:
        return field.remote_field.model._meta.label_lower in NATURAL_KEYS

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = self._natural(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = self._natural(field)
        super().handle_m2m_field(obj, field)


def _included_models(using: str) -> list:
    chosen = {}
    for app_config in apps.get_app_configs():
        if app_config.label in EXCLUDED:
            continue
        models = [
            model
            for model in app_config.get_models()
            if not model._meta.proxy
            and model._meta.label_lower not in EXCLUDED
            and router.allow_migrate_model(using, model)
        ]
        if models:
            chosen[app_config] = models
    return serializers.sort_dependencies(chosen.items(), allow_cycles=True)


def _dump(path: Path, using: str) -> int:
    """Every included row into ``path`` (gzip'd JSON); the number of rows."""
    count = 0

    def rows():
        nonlocal count
        for model in _included_models(using):
            queryset = model._base_manager.using(using).order_by(model._meta.pk.name)
            for row in queryset.iterator():
                count += 1
                yield row

    with gzip.open(path, "wt", encoding="utf-8") as stream:
        BackupSerializer().serialize(rows(), stream=stream)
    return count


class BackupError(Exception):
    """A backup that cannot be made or restored, with the reason."""


@dataclass(frozen=True)
class Summary:
    rows: int
    files: int
    folder: Path


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stored_files(storage, folder: str = "") -> list[str]:
    directories, files = storage.listdir(folder)
    names = [str(PurePosixPath(folder) / name) if folder else name for name in files]
    for directory in directories:
        sub = str(PurePosixPath(folder) / directory) if folder else directory
        names.extend(_stored_files(storage, sub))
    return sorted(names)


def media_files(storage=None) -> list[str]:
    storage = storage or default_storage
    try:
        return _stored_files(storage)
    except FileNotFoundError:
        return []


def backup(folder: Path, using: str = DEFAULT_DB_ALIAS) -> Summary:
    """Write a backup of the database ``using`` and the media into ``folder``
    (made if need be; it must not hold a backup already)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / MANIFEST_FILE).exists():
        raise BackupError(f"{folder} already holds a backup; choose an empty folder.")

    rows = _dump(folder / DATABASE_FILE, using)

    files = {}
    with tarfile.open(folder / MEDIA_FILE, "w:gz") as archive:
        for name in media_files():
            with default_storage.open(name, "rb") as handle:
                content = handle.read()
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
            files[name] = {"size": len(content), "sha256": _sha256(content)}

    recorder = MigrationRecorder(connections[using])
    manifest = {
        "permissions": _permissions(using),
        "format": FORMAT_VERSION,
        "created": timezone.now().isoformat(),
        "database": {
            "file": DATABASE_FILE,
            "rows": rows,
            "sha256": _sha256((folder / DATABASE_FILE).read_bytes()),
            "migrations": sorted(
                f"{app}.{name}" for app, name in recorder.applied_migrations()
            ),
        },
        "media": {"file": MEDIA_FILE, "files": files},
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))
    return Summary(rows=rows, files=len(files), folder=folder)


def _permissions(using: str) -> list[list[str]]:
    """Every permission as (app label, model, codename, name): migrations
    make some of them (wagtail-localize's), which ``flush`` takes away and
    ``migrate`` does not make again."""
    from django.contrib.auth.models import Permission

    return [
        [p.content_type.app_label, p.content_type.model, p.codename, p.name]
        for p in Permission.objects.using(using).select_related("content_type")
    ]


def _recreate_permissions(rows: list[list[str]], using: str) -> None:
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.db_manager(using)
    for app_label, model, codename, name in rows:
        content_type, _created = types.get_or_create(app_label=app_label, model=model)
        Permission.objects.using(using).get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )


#: Kept when the database is emptied for a restore: the content types and
#: permissions ``migrate`` made for this code (the backup names its own by
#: natural key), and the record of applied migrations.
KEPT_TABLES = {"django_content_type", "auth_permission", "django_migrations"}


def empty_database(using: str = DEFAULT_DB_ALIAS) -> None:
    """Every row gone but :data:`KEPT_TABLES` (a new, migrated database with
    no content, as a new server has)."""
    connection = connections[using]
    tables = [
        table
        for table in connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        if table not in KEPT_TABLES
    ]
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=True, allow_cascade=False
    )
    connection.ops.execute_sql_flush(statements)


def _forget_search_index(using: str) -> None:
    """The search index is rebuilt after a restore. On SQLite its full-text
    table is a virtual table beside Wagtail's index entries, which a flush
    may leave holding rows whose ids the new entries would take."""
    connection = connections[using]
    table = "wagtailsearch_indexentry_fts"
    if (
        connection.vendor != "sqlite"
        or table not in connection.introspection.table_names()
    ):
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - a fixed name


def read_manifest(folder: Path) -> dict:
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text())
    except FileNotFoundError as error:
        raise BackupError(
            f"{folder} holds no backup ({MANIFEST_FILE} is missing)."
        ) from error
    except json.JSONDecodeError as error:
        raise BackupError(
            f"{MANIFEST_FILE} in {folder} is damaged: {error}."
        ) from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(
            f"This backup's format ({manifest.get('format')!r}) is not one this "
            f"version of Praxis reads ({FORMAT_VERSION})."
        )
    database = folder / DATABASE_FILE
    if (
        not database.exists()
        or _sha256(database.read_bytes()) != manifest["database"]["sha256"]
    ):
        raise BackupError(f"{DATABASE_FILE} is missing or does not match the manifest.")
    return manifest


def _checked_media(folder: Path, manifest: dict) -> dict[str, bytes]:
    expected = manifest["media"]["files"]
    found: dict[str, bytes] = {}
    try:
        with tarfile.open(folder / MEDIA_FILE, "r:gz") as archive:
            for member in archive.getmembers():
                name = member.name
                if name not in expected or not member.isfile():
                    raise BackupError(
                        f"{MEDIA_FILE} holds {name!r}, "
                        "which the manifest does not list."
                    )
                content = archive.extractfile(member).read()
                if _sha256(content) != expected[name]["sha256"]:
                    raise BackupError(
                        f"{name} in {MEDIA_FILE} does not match the manifest."
                    )
                found[name] = content
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{MEDIA_FILE} cannot be read: {error}.") from error
    missing = sorted(set(expected) - set(found))
    if missing:
        raise BackupError(
            f"{MEDIA_FILE} lacks {len(missing)} file(s), such as {missing[0]}."
        )
    return found


def database_is_empty(using: str = DEFAULT_DB_ALIAS) -> bool:
    """No account and no page beyond the ones the migrations make."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    return (
        not get_user_model().objects.using(using).exists()
        and Page.objects.using(using).filter(depth__gt=2).count() == 0
    )


def restore(
    folder: Path, replace: bool = False, using: str = DEFAULT_DB_ALIAS
) -> Summary:
    """Load the backup in ``folder``: migrate, empty the database, load its
    rows and put back its files (the search index is rebuilt). Refuses a
    database with content unless ``replace``."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    media = _checked_media(folder, manifest)

    call_command("migrate", database=using, interactive=False, verbosity=0)
    applied = {
        f"{app}.{name}"
        for app, name in MigrationRecorder(connections[using]).applied_migrations()
    }
    unknown = sorted(set(manifest["database"]["migrations"]) - applied)
    if unknown:
        raise BackupError(
            "The backup comes from a newer version of Praxis (it has migration "
            f"{unknown[0]}, which this one does not); restore it with that version."
        )
    if not replace and not database_is_empty(using):
        raise BackupError(
            "The database already holds accounts or pages; restore into an empty "
            "database, or pass --replace to overwrite everything in it."
        )

    with transaction.atomic(using=using):
        empty_database(using)
        _recreate_permissions(manifest.get("permissions", []), using)
        call_command(
            "loaddata", str(folder / DATABASE_FILE), database=using, verbosity=0
        )
        _forget_search_index(using)

    for name, content in media.items():
        if default_storage.exists(name):
            default_storage.delete(name)
        saved = default_storage.save(name, ContentFile(content))
        if saved != name:
            raise BackupError(f"The media storage saved {name} as {saved}.")
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    return Summary(rows=manifest["database"]["rows"], files=len(media), folder=folder)
