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
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CharacterResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CharacterResponseModel(Lazy):
    """Attributes:
    character_id (str):
    name (str):
    metadata (CharacterMetadataResponseModel | None):
    recommended_voice_ids (list[str] | Unset): Defaults to [] on the server.
    """

    character_id: str

    name: str

    metadata: CharacterMetadataResponseModel | None = None

    recommended_voice_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "character_id",
        "name",
        "metadata",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        character_response_model = cls.__new__(cls)
        character_response_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_character_id = plain_reader("character_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_metadata(cls: type[CharacterResponseModel], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
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

    return metadata


_read_recommended_voice_ids = plain_reader("recommended_voice_ids", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "character_id",
        "name",
        "metadata",
        "recommended_voice_ids",
    )
)


def _read_additional_properties(cls: type[CharacterResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CharacterResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    character_id = d.get("character_id", MISSING)
    if character_id.__class__ is not str:
        character_id = _read_character_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = d.get("metadata", MISSING)
        if metadata is not None:
            metadata = _read_metadata(cls, d)

    recommended_voice_ids = d.get("recommended_voice_ids", UNSET)
    if recommended_voice_ids.__class__ is not list and recommended_voice_ids is not UNSET:
        recommended_voice_ids = _read_recommended_voice_ids(cls, d)
    elif recommended_voice_ids.__class__ is list and recommended_voice_ids:
        check_items(cls, "recommended_voice_ids", recommended_voice_ids, (str,), "a string")

    return {
        "character_id": character_id,
        "name": name,
        "metadata": metadata,
        "recommended_voice_ids": recommended_voice_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CharacterResponseModel,
    _all_fields,
    {
        "character_id": _read_character_id,
        "name": _read_name,
        "metadata": _read_metadata,
        "recommended_voice_ids": _read_recommended_voice_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.character_metadata_response_model import CharacterMetadataResponseModel
