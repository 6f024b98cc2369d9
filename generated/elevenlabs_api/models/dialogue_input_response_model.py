from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DialogueInputResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text of the dialogue input line.
    voice_id: The ID of the voice used for this dialogue input line.
    voice_name: The name of the voice used for this dialogue input line.
    """

    text: str

    voice_id: str

    voice_name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("voice_name", "voice_name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
