from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreatePVCVoiceV1VoicesPvcPost")


@_attrs_define
class BodyCreatePVCVoiceV1VoicesPvcPost:
    """Attributes:
    name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    language (str): Language used in the samples.
    description (None | str | Unset): Description to use for the created voice.
    labels (BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0 | None | Unset): Labels for the voice. Keys can be
        language, accent, gender, or age.
    """

    name: str

    language: str

    description: None | str | Unset = UNSET

    labels: BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        labels: Any
        try:
            if isinstance(self.labels, Unset):
                labels = UNSET
            elif isinstance(self.labels, BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0):
                labels = self.labels.to_dict()
            else:
                labels = self.labels

        except (AttributeError, TypeError):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        language = d.pop("language", MISSING)
        if language.__class__ is not str:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        labels_raw = d.pop("labels", UNSET)
        try:

            def _parse_labels(data: object) -> BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                labels_type_0 = BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0.from_dict(data)

                return labels_type_0

            labels = _parse_labels(labels_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            labels = deviating_field(cls, "labels", labels_raw)

        body_create_pvc_voice_v1_voices_pvc_post = cls(
            name=name,
            language=language,
            description=description,
            labels=labels,
        )
        if _missing:
            body_create_pvc_voice_v1_voices_pvc_post._missing_fields = _missing
        body_create_pvc_voice_v1_voices_pvc_post.additional_properties = d
        return body_create_pvc_voice_v1_voices_pvc_post

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.body_create_pvc_voice_v1_voices_pvc_post_labels_type_0 import BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0
