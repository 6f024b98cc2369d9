from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="FeedbackResponseModel")


@_attrs_define
class FeedbackResponseModel:
    """Attributes:
    thumbs_up (bool): Whether the user liked the generated item.
    feedback (str): The feedback text provided by the user.
    emotions (bool): Whether the user provided emotions.
    inaccurate_clone (bool): Whether the user thinks the clone is inaccurate.
    glitches (bool): Whether the user thinks there are glitches in the audio.
    audio_quality (bool): Whether the user thinks the audio quality is good.
    other (bool): Whether the user provided other feedback.
    review_status (str | Unset): The review status of the item. Defaults to 'not_reviewed'. Default: 'not_reviewed'.
    """

    thumbs_up: bool

    feedback: str

    emotions: bool

    inaccurate_clone: bool

    glitches: bool

    audio_quality: bool

    other: bool

    review_status: str | Unset = "not_reviewed"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        thumbs_up = d.pop("thumbs_up", MISSING)
        if thumbs_up.__class__ is not bool:
            if thumbs_up is MISSING:
                thumbs_up = missing_field(cls, "thumbs_up")
                _missing += ("thumbs_up",)
            else:
                thumbs_up = unexpected_type(cls, "thumbs_up", thumbs_up, "a boolean")

        feedback = d.pop("feedback", MISSING)
        if feedback.__class__ is not str:
            if feedback is MISSING:
                feedback = missing_field(cls, "feedback")
                _missing += ("feedback",)
            else:
                feedback = unexpected_type(cls, "feedback", feedback, "a string")

        emotions = d.pop("emotions", MISSING)
        if emotions.__class__ is not bool:
            if emotions is MISSING:
                emotions = missing_field(cls, "emotions")
                _missing += ("emotions",)
            else:
                emotions = unexpected_type(cls, "emotions", emotions, "a boolean")

        inaccurate_clone = d.pop("inaccurate_clone", MISSING)
        if inaccurate_clone.__class__ is not bool:
            if inaccurate_clone is MISSING:
                inaccurate_clone = missing_field(cls, "inaccurate_clone")
                _missing += ("inaccurate_clone",)
            else:
                inaccurate_clone = unexpected_type(cls, "inaccurate_clone", inaccurate_clone, "a boolean")

        glitches = d.pop("glitches", MISSING)
        if glitches.__class__ is not bool:
            if glitches is MISSING:
                glitches = missing_field(cls, "glitches")
                _missing += ("glitches",)
            else:
                glitches = unexpected_type(cls, "glitches", glitches, "a boolean")

        audio_quality = d.pop("audio_quality", MISSING)
        if audio_quality.__class__ is not bool:
            if audio_quality is MISSING:
                audio_quality = missing_field(cls, "audio_quality")
                _missing += ("audio_quality",)
            else:
                audio_quality = unexpected_type(cls, "audio_quality", audio_quality, "a boolean")

        other = d.pop("other", MISSING)
        if other.__class__ is not bool:
            if other is MISSING:
                other = missing_field(cls, "other")
                _missing += ("other",)
            else:
                other = unexpected_type(cls, "other", other, "a boolean")

        review_status = d.pop("review_status", UNSET)
        if review_status.__class__ is not str and review_status is not UNSET:
            review_status = unexpected_type(cls, "review_status", review_status, "a string")

        feedback_response_model = cls(
            thumbs_up=thumbs_up,
            feedback=feedback,
            emotions=emotions,
            inaccurate_clone=inaccurate_clone,
            glitches=glitches,
            audio_quality=audio_quality,
            other=other,
            review_status=review_status,
        )
        if _missing:
            feedback_response_model._missing_fields = _missing
        feedback_response_model.additional_properties = d
        return feedback_response_model

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
