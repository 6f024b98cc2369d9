from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ContentThresholdGuardrailThresholdType1,
)
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class ContentThresholdGuardrail(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_enabled: Defaults to False on the server.
    """

    is_enabled: bool | Unset = UNSET

    threshold: ContentThresholdGuardrailThresholdType1 | float | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_enabled", "is_enabled", BOOL),
        Field("threshold", "threshold", union(FLOAT, literal("ContentThresholdGuardrailThresholdType1"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
