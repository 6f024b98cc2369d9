from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="FeedbackItem")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FeedbackItem(Lazy):
    """Attributes:
    thumbs_up (bool): Whether the user liked the generated item.
    feedback (str): The feedback text provided by the user.
    emotions (bool): Whether the user provided emotions.
    inaccurate_clone (bool): Whether the user thinks the clone is inaccurate.
    glitches (bool): Whether the user thinks there are glitches in the audio.
    audio_quality (bool): Whether the user thinks the audio quality is good.
    other (bool): Whether the user provided other feedback.
    review_status (str | Unset): The review status of the item. Defaults to 'not_reviewed'. Defaults to
        'not_reviewed' on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "thumbs_up",
        "feedback",
        "emotions",
        "inaccurate_clone",
        "glitches",
        "audio_quality",
        "other",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        thumbs_up = self.thumbs_up

        feedback = self.feedback

        emotions = self.emotions

        inaccurate_clone = self.inaccurate_clone

        glitches = self.glitches

        audio_quality = self.audio_quality

        other = self.other

        review_status = self.review_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if thumbs_up is not None or "thumbs_up" not in self._missing_fields:
            field_dict["thumbs_up"] = thumbs_up
        if feedback is not None or "feedback" not in self._missing_fields:
            field_dict["feedback"] = feedback
        if emotions is not None or "emotions" not in self._missing_fields:
            field_dict["emotions"] = emotions
        if inaccurate_clone is not None or "inaccurate_clone" not in self._missing_fields:
            field_dict["inaccurate_clone"] = inaccurate_clone
        if glitches is not None or "glitches" not in self._missing_fields:
            field_dict["glitches"] = glitches
        if audio_quality is not None or "audio_quality" not in self._missing_fields:
            field_dict["audio_quality"] = audio_quality
        if other is not None or "other" not in self._missing_fields:
            field_dict["other"] = other
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        feedback_item = cls.__new__(cls)
        feedback_item.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return feedback_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_thumbs_up = plain_reader("thumbs_up", (bool,), "a boolean", True)

_read_feedback = plain_reader("feedback", (str,), "a string", True)

_read_emotions = plain_reader("emotions", (bool,), "a boolean", True)

_read_inaccurate_clone = plain_reader("inaccurate_clone", (bool,), "a boolean", True)

_read_glitches = plain_reader("glitches", (bool,), "a boolean", True)

_read_audio_quality = plain_reader("audio_quality", (bool,), "a boolean", True)

_read_other = plain_reader("other", (bool,), "a boolean", True)

_read_review_status = plain_reader("review_status", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "thumbs_up",
        "feedback",
        "emotions",
        "inaccurate_clone",
        "glitches",
        "audio_quality",
        "other",
        "review_status",
    )
)


def _read_additional_properties(cls: type[FeedbackItem], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FeedbackItem], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    thumbs_up = d.get("thumbs_up", MISSING)
    if thumbs_up.__class__ is not bool:
        thumbs_up = _read_thumbs_up(cls, d)

    feedback = d.get("feedback", MISSING)
    if feedback.__class__ is not str:
        feedback = _read_feedback(cls, d)

    emotions = d.get("emotions", MISSING)
    if emotions.__class__ is not bool:
        emotions = _read_emotions(cls, d)

    inaccurate_clone = d.get("inaccurate_clone", MISSING)
    if inaccurate_clone.__class__ is not bool:
        inaccurate_clone = _read_inaccurate_clone(cls, d)

    glitches = d.get("glitches", MISSING)
    if glitches.__class__ is not bool:
        glitches = _read_glitches(cls, d)

    audio_quality = d.get("audio_quality", MISSING)
    if audio_quality.__class__ is not bool:
        audio_quality = _read_audio_quality(cls, d)

    other = d.get("other", MISSING)
    if other.__class__ is not bool:
        other = _read_other(cls, d)

    review_status = d.get("review_status", UNSET)
    if review_status.__class__ is not str and review_status is not UNSET:
        review_status = _read_review_status(cls, d)

    return {
        "thumbs_up": thumbs_up,
        "feedback": feedback,
        "emotions": emotions,
        "inaccurate_clone": inaccurate_clone,
        "glitches": glitches,
        "audio_quality": audio_quality,
        "other": other,
        "review_status": review_status,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    FeedbackItem,
    _all_fields,
    {
        "thumbs_up": _read_thumbs_up,
        "feedback": _read_feedback,
        "emotions": _read_emotions,
        "inaccurate_clone": _read_inaccurate_clone,
        "glitches": _read_glitches,
        "audio_quality": _read_audio_quality,
        "other": _read_other,
        "review_status": _read_review_status,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
