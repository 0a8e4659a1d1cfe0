"""Fixtures of the engagement pages: the directory, the finder and the calendar."""

from __future__ import annotations

import pytest

from engagement import factories


@pytest.fixture
def movement_index(home):
    return factories.MovementIndexPageFactory(parent=home)


@pytest.fixture
def finder(home):
    return factories.GetInvolvedPageFactory(parent=home)


@pytest.fixture
def event_index(home):
    return factories.EventIndexPageFactory(parent=home)


@pytest.fixture
def movement(movement_index):
    return factories.MovementProfilePageFactory(
        parent=movement_index, title="Riverside Tenants", slug="riverside-tenants"
    )


@pytest.fixture
def campaign(movement):
    return factories.CampaignPageFactory(
        parent=movement, title="Keep the library open", slug="keep-the-library-open"
    )
