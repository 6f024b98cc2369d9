from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
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
class DubbingLanguageOutputs(Lazy, AdditionalProperties[Any]):
    """Signed, time-limited download URLs for a language target's outputs.

    Attributes:
        lossless_audio: Signed URL of the dubbed lossless audio track.
    """

    lossless_audio: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("lossless_audio", "lossless_audio", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
