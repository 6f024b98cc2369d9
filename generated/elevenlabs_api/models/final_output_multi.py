from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class FinalOutputMulti(Lazy, AdditionalProperties[Any]):
    """Server payload indicating the final output for a specific context.

    Attributes:
        is_final: Indicates this is the final message for the context.
        context_id: The context_id for which this is the final message.
    """

    is_final: bool

    context_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_final", "isFinal", BOOL, required=True),
        Field("context_id", "contextId", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
