from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class AudioEventAlignment(Lazy, AdditionalProperties[Any]):
    """When each character of the agent's text is spoken in this audio chunk.

    Attributes:
        chars: The characters, in order.
        char_start_times_ms: When each character starts, in milliseconds from the start of the chunk.
        char_durations_ms: How long each character lasts, in milliseconds.
    """

    chars: list[str] | Unset = UNSET

    char_start_times_ms: list[int] | Unset = UNSET

    char_durations_ms: list[int] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chars", "chars", list_of(STR)),
        Field("char_start_times_ms", "char_start_times_ms", list_of(INT)),
        Field("char_durations_ms", "char_durations_ms", list_of(INT)),
        Field("additional_properties", None, dict_of(ANY)),
    )
