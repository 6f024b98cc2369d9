from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class FeedbackItem(Lazy, AdditionalProperties[Any]):
    """Attributes:
    thumbs_up: Whether the user liked the generated item.
    feedback: The feedback text provided by the user.
    emotions: Whether the user provided emotions.
    inaccurate_clone: Whether the user thinks the clone is inaccurate.
    glitches: Whether the user thinks there are glitches in the audio.
    audio_quality: Whether the user thinks the audio quality is good.
    other: Whether the user provided other feedback.
    review_status: The review status of the item. Defaults to 'not_reviewed'. Defaults to 'not_reviewed' on the
        server.
    """

    thumbs_up: bool

    feedback: str

    emotions: bool

    inaccurate_clone: bool

    glitches: bool

    audio_quality: bool

    other: bool

    review_status: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("thumbs_up", "thumbs_up", BOOL, required=True),
        Field("feedback", "feedback", STR, required=True),
        Field("emotions", "emotions", BOOL, required=True),
        Field("inaccurate_clone", "inaccurate_clone", BOOL, required=True),
        Field("glitches", "glitches", BOOL, required=True),
        Field("audio_quality", "audio_quality", BOOL, required=True),
        Field("other", "other", BOOL, required=True),
        Field("review_status", "review_status", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
