from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ConflictSection
from ..types import (
    ANY,
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
class FieldConflict(Lazy, AdditionalProperties[Any]):
    """Attributes:
    path: Identifier of the conflicting field relative to its section: a dot-path within
        conversation_config/platform_settings, or a procedure id.
    section: Which config section this path belongs to.
    base_value: Value at the common ancestor (merge base).
    source_value: Value on the source branch tip.
    target_value: Value on the target branch tip.
    """

    path: str

    section: ConflictSection | str

    base_value: Any | Unset = UNSET

    source_value: Any | Unset = UNSET

    target_value: Any | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("path", "path", STR, required=True),
        Field("section", "section", union(literal("ConflictSection"), STR), required=True),
        Field("base_value", "base_value", ANY),
        Field("source_value", "source_value", ANY),
        Field("target_value", "target_value", ANY),
        Field("additional_properties", None, dict_of(ANY)),
    )
