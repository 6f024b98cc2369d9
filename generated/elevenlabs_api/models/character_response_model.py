from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

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

        metadata: Any
        try:
            if isinstance(self.metadata, CharacterMetadataResponseModel):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

        except (AttributeError, TypeError):
            metadata = self.metadata

        recommended_voice_ids: Any
        try:
            recommended_voice_ids = UNSET
            if not isinstance(self.recommended_voice_ids, Unset):
                recommended_voice_ids = self.recommended_voice_ids

        except (AttributeError, TypeError):
            recommended_voice_ids = self.recommended_voice_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if character_id is not None:
            field_dict["character_id"] = character_id
        if name is not None:
            field_dict["name"] = name
        field_dict["metadata"] = metadata
        if recommended_voice_ids is not UNSET:
            field_dict["recommended_voice_ids"] = recommended_voice_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        character_id = d.pop("character_id", MISSING)
        if character_id is MISSING:
            character_id = missing_field(cls, "character_id")

        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        metadata_raw = d.pop("metadata", MISSING)
        if metadata_raw is MISSING:
            metadata_raw = missing_field(cls, "metadata")
        try:

            def _parse_metadata(data: object) -> CharacterMetadataResponseModel | None:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                metadata_type_0 = CharacterMetadataResponseModel.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

        recommended_voice_ids_raw = d.pop("recommended_voice_ids", UNSET)
        try:
            recommended_voice_ids = cast(list[str], recommended_voice_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            recommended_voice_ids = deviating_field(cls, "recommended_voice_ids", recommended_voice_ids_raw)

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
