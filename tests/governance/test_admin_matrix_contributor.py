"""The admin's authorization matrix (see ``admin_matrix.py``) for the
contributor."""

import pytest

from .admin_matrix import leaks, matrix  # noqa: F401  (the module's scenario)

pytestmark = pytest.mark.django_db


def test_no_admin_url_shows_a_hidden_object_to_the_contributor(matrix):  # noqa: F811
    found = leaks(matrix, "contributor")
    assert not found, "\n".join(found)
