from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Alignment(Lazy, AdditionalProperties[Any]):
    """Alignment information for the generated audio given the input text sequence.

    Attributes:
        char_start_times_ms: A list of starting times (in milliseconds) for each character in the text as it
            corresponds to the audio. For instance, the character 'H' starts at time 0 ms in the audio.
            Note these times are relative to the returned chunk from the model, and not the
            full audio response.
        chars_durations_ms: A list of durations (in milliseconds) for each character in the text as it
            corresponds to the audio. For instance, the character 'H' lasts for 3 ms in the audio.
            Note these times are relative to the returned chunk from the model, and not the
            full audio response.
        chars: A list of characters in the text sequence. For instance, the first character is 'H'.
            Note that this list may contain spaces, punctuation, and other special characters.
            The length of this list should be the same as the lengths of `charStartTimesMs` and `charsDurationsMs`.
    """

    char_start_times_ms: list[int] | Unset = UNSET

    chars_durations_ms: list[int] | Unset = UNSET

    chars: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("char_start_times_ms", "charStartTimesMs", list_of(INT)),
        Field("chars_durations_ms", "charsDurationsMs", list_of(INT)),
        Field("chars", "chars", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
