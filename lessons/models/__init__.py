"""Models of the lesson library, one module per kind of content."""

from .adoption import AdoptionReport, AdoptionSignal, ReportStatus
from .glossary import GlossaryPage
from .lesson import (
    LessonAdaptation,
    LessonAuthor,
    LessonCaution,
    LessonDocument,
    LessonIndexPage,
    LessonOutcomeSignal,
    LessonPage,
    LessonRelatedLink,
    LessonTag,
)
from .path import LearningPathIndexPage, LearningPathPage, LearningPathStep
from .resource import ResourceIndexPage, ResourcePage
from .taxonomy import Audience, Bottleneck, GlossaryTerm, Tactic, Topic

__all__ = [
    "AdoptionReport",
    "AdoptionSignal",
    "Audience",
    "Bottleneck",
    "GlossaryPage",
    "GlossaryTerm",
    "LearningPathIndexPage",
    "LearningPathPage",
    "LearningPathStep",
    "LessonAdaptation",
    "LessonAuthor",
    "LessonCaution",
    "LessonDocument",
    "LessonIndexPage",
    "LessonOutcomeSignal",
    "LessonPage",
    "LessonRelatedLink",
    "LessonTag",
    "ResourceIndexPage",
    "ReportStatus",
    "ResourcePage",
    "Tactic",
    "Topic",
]
