from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CharacterResponseModel")


@_attrs_define
class CharacterResponseModel:
    """Attributes:
    character_id (str):
    name (str):
    metadata (CharacterMetadataResponseModel | None):
    recommended_voice_ids (list[str] | Unset):
    """

    character_id: str

    name: str

    metadata: CharacterMetadataResponseModel | None

    recommended_voice_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_id = self.character_id

        name = self.name

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, CharacterMetadataResponseModel):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        recommended_voice_ids: list[str] | Unset = UNSET
        if not isinstance(self.recommended_voice_ids, Unset):
            recommended_voice_ids = self.recommended_voice_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["character_id"] = character_id
        field_dict["name"] = name
        field_dict["metadata"] = metadata
        if recommended_voice_ids is not UNSET:
            field_dict["recommended_voice_ids"] = recommended_voice_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        character_id = d.pop("character_id")

        name = d.pop("name")

        def _parse_metadata(data: object) -> CharacterMetadataResponseModel | None:
            if data is None:
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            metadata_type_0 = CharacterMetadataResponseModel.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata"))

        recommended_voice_ids = cast(list[str], d.pop("recommended_voice_ids", UNSET))

        character_response_model = cls(
            character_id=character_id,
            name=name,
            metadata=metadata,
            recommended_voice_ids=recommended_voice_ids,
        )
        character_response_model.additional_properties = d
        return character_response_model

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
from ..models.character_metadata_response_model import CharacterMetadataResponseModel
