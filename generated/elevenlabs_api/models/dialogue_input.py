from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DialogueInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text to be converted into speech.
    voice_id: The ID of the voice to be used for the generation.
    """

    text: str

    voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
