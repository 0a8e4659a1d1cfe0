"""The admin's authorization matrix (see ``admin_matrix.py``) for the
other editor."""

import pytest

from .admin_matrix import leaks, matrix  # noqa: F401  (the module's scenario)

pytestmark = pytest.mark.django_db


def test_no_admin_url_shows_a_hidden_object_to_the_other_editor(matrix):  # noqa: F811
    found = leaks(matrix, "other_editor")
    assert not found, "\n".join(found)
