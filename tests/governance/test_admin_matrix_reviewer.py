"""The admin's authorization matrix (see ``admin_matrix.py``) for the
reviewer."""

import pytest

from .admin_matrix import leaks, matrix  # noqa: F401  (the module's scenario)

pytestmark = pytest.mark.django_db


def test_no_admin_url_shows_a_hidden_object_to_the_reviewer(matrix):  # noqa: F811
    found = leaks(matrix, "reviewer")
    assert not found, "\n".join(found)
