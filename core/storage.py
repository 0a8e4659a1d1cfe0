"""Media in an S3-compatible bucket that no one reads directly.

With ``MEDIA_S3_BUCKET`` set (:func:`config.settings.services.media_storage`),
uploads go to a private bucket, and every address written into a page is
Praxis's own ``MEDIA_URL`` (``/media/images/…``), never the bucket's: the
file is fetched from the bucket by :func:`core.media.serve_media` after the
reading rules of the pages that use it, exactly as with local files. No page
loads anything from another host, and a copied address gives no one a file
they may not have. Documents go through ``/documents/`` the same way.

:meth:`PrivateS3Storage.signed_url` gives a short-lived signed address to the
bucket itself, for a caller that has already checked who may have the file
(it is not used by the pages).
"""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings
from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + quote(self._normalize_name_for_url(name))

    def _normalize_name_for_url(self, name: str) -> str:
        return str(name).replace("\\", "/").lstrip("/")

    def signed_url(self, name: str, expire: int | None = None) -> str:
        """A signed bucket address valid for ``expire`` seconds (the
        storage's ``querystring_expire`` unless given)."""
        return super().url(name, expire=expire)
