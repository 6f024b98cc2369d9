from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BOOL,
    FLOAT,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataDynamicVariables(Lazy, AdditionalProperties["bool | float | int | str"]):
    """Dictionary of dynamic variables to be used in the conversation. Keys are the dynamic variable names which must be
    strings, values can be strings, numbers, integers, or booleans.

    """

    additional_properties: dict[str, bool | float | int | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(STR, FLOAT, INT, BOOL))),
    )
