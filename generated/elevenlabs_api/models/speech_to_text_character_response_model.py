from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class SpeechToTextCharacterResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'end': 0.1, 'start': 0.0, 'text': 'H'}

    Attributes:
        text: The character that was transcribed.
        start: The start time of the character in seconds.
        end: The end time of the character in seconds.
    """

    text: str

    start: float | None | Unset = UNSET

    end: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("start", "start", union(FLOAT, NULL)),
        Field("end", "end", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
