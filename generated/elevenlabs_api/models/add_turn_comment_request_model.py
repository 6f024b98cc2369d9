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
)


@_attrs_define(slots=False)
class AddTurnCommentRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    turn_index: Zero-based index of the transcript turn this comment refers to.
    comment: What went wrong at this turn.
    """

    turn_index: int

    comment: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("turn_index", "turn_index", INT, required=True),
        Field("comment", "comment", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
