from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="BodyRunPVCTrainingV1VoicesPvcVoiceIdTrainPost")


@_attrs_define
class BodyRunPVCTrainingV1VoicesPvcVoiceIdTrainPost:
    """Attributes:
    model_id (None | str | Unset): The model ID to use for the conversion.
    """

    model_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id: Any
        try:
            model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)
        if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
            model_id = unexpected_type(cls, "model_id", model_id, "a string or null")

        body_run_pvc_training_v1_voices_pvc_voice_id_train_post = cls(
            model_id=model_id,
        )
        body_run_pvc_training_v1_voices_pvc_voice_id_train_post.additional_properties = d
        return body_run_pvc_training_v1_voices_pvc_voice_id_train_post

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
