from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import CharacterAge, CharacterGender, CharacterRole
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CharacterResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    recommended_voice_ids: Defaults to [] on the server.
    """

    character_id: str

    name: str

    metadata: CharacterMetadataResponseModel | None = None

    recommended_voice_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("character_id", "character_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("metadata", "metadata", union(object_of("CharacterMetadataResponseModel"), NULL), required=True),
        Field("recommended_voice_ids", "recommended_voice_ids", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CharacterMetadataResponseModel(Lazy, AdditionalProperties[Any]):
    description: None | str | Unset = UNSET

    sample_message: None | str | Unset = UNSET

    voice_creation_prompt_suggestion: None | str | Unset = UNSET

    gender: CharacterGender | None | Unset = UNSET

    age: CharacterAge | None | Unset = UNSET

    accent: None | str | Unset = UNSET

    role: CharacterRole | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("description", "description", union(STR, NULL)),
        Field("sample_message", "sample_message", union(STR, NULL)),
        Field("voice_creation_prompt_suggestion", "voice_creation_prompt_suggestion", union(STR, NULL)),
        Field("gender", "gender", union(literal("CharacterGender"), NULL)),
        Field("age", "age", union(literal("CharacterAge"), NULL)),
        Field("accent", "accent", union(STR, NULL)),
        Field("role", "role", union(literal("CharacterRole"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
