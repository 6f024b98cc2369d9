from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingTargetSegmentUpdateRequest(Lazy, AdditionalProperties[Any]):
    """A partial edit to a target segment. An omitted field is left unchanged; a provided ``null``
    clears it (see each field for what clearing means).

    Attributes:
        translation: New translated text, or null to mark the segment for re-translation.
    """

    translation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("translation", "translation", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
