from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if character_id is not None or "character_id" not in self._missing_fields:
            field_dict["character_id"] = character_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if recommended_voice_ids is not UNSET:
            field_dict["recommended_voice_ids"] = recommended_voice_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        character_id = d.pop("character_id", MISSING)
        if character_id.__class__ is not str:
            if character_id is MISSING:
                character_id = missing_field(cls, "character_id")
                _missing += ("character_id",)
            else:
                character_id = unexpected_type(cls, "character_id", character_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        metadata_raw = d.pop("metadata", MISSING)
        if metadata_raw is MISSING:
            metadata = missing_field(cls, "metadata")
            _missing += ("metadata",)
        else:
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

        recommended_voice_ids = d.pop("recommended_voice_ids", UNSET)
        if recommended_voice_ids.__class__ is not list and recommended_voice_ids is not UNSET:
            recommended_voice_ids = unexpected_type(cls, "recommended_voice_ids", recommended_voice_ids, "an array")
        elif recommended_voice_ids.__class__ is list and recommended_voice_ids:
            check_items(cls, "recommended_voice_ids", recommended_voice_ids, (str,), "a string")

        character_response_model = cls(
            character_id=character_id,
            name=name,
            metadata=metadata,
            recommended_voice_ids=recommended_voice_ids,
        )
        if _missing:
            character_response_model._missing_fields = _missing
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
