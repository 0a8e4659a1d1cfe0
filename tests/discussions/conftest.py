import pytest

from tests.lessons.helpers import make_lesson

from .helpers import make_member


@pytest.fixture
def lesson(lesson_index):
    return make_lesson(lesson_index, title="Rent strike basics")


@pytest.fixture
def ana(db):
    return make_member("ana")


@pytest.fixture
def ben(db):
    return make_member("ben")


@pytest.fixture
def newbie(db):
    return make_member("newbie", trusted=False)
