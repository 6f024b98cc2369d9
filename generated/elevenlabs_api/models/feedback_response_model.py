from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

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
        if thumbs_up is not None:
            field_dict["thumbs_up"] = thumbs_up
        if feedback is not None:
            field_dict["feedback"] = feedback
        if emotions is not None:
            field_dict["emotions"] = emotions
        if inaccurate_clone is not None:
            field_dict["inaccurate_clone"] = inaccurate_clone
        if glitches is not None:
            field_dict["glitches"] = glitches
        if audio_quality is not None:
            field_dict["audio_quality"] = audio_quality
        if other is not None:
            field_dict["other"] = other
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        thumbs_up = d.pop("thumbs_up", MISSING)
        if thumbs_up is MISSING:
            thumbs_up = missing_field(cls, "thumbs_up")

        feedback = d.pop("feedback", MISSING)
        if feedback is MISSING:
            feedback = missing_field(cls, "feedback")

        emotions = d.pop("emotions", MISSING)
        if emotions is MISSING:
            emotions = missing_field(cls, "emotions")

        inaccurate_clone = d.pop("inaccurate_clone", MISSING)
        if inaccurate_clone is MISSING:
            inaccurate_clone = missing_field(cls, "inaccurate_clone")

        glitches = d.pop("glitches", MISSING)
        if glitches is MISSING:
            glitches = missing_field(cls, "glitches")

        audio_quality = d.pop("audio_quality", MISSING)
        if audio_quality is MISSING:
            audio_quality = missing_field(cls, "audio_quality")

        other = d.pop("other", MISSING)
        if other is MISSING:
            other = missing_field(cls, "other")

        review_status = d.pop("review_status", UNSET)

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
