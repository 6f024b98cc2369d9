from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DynamicVariableAssignment(Lazy, AdditionalProperties[Any]):
    """Configuration for extracting values from tool responses and assigning them to dynamic variables.

    Example:
        {'dynamic_variable': 'user_name', 'preserve_native_type': False, 'sanitize': False, 'source': 'response',
        'value_path': 'user.name'}

    Attributes:
        dynamic_variable: The name of the dynamic variable to assign the extracted value to
        value_path: Dot notation path to extract the value from the source (e.g., 'user.name' or 'data.0.id')
        source: The source to extract the value from. Currently only 'response' is supported. Default: 'response'.
        sanitize: If true, this assignment's value will be removed from the tool response before sending to the LLM and
            transcript, but still processed for variable assignment. Defaults to False on the server.
        preserve_native_type: If true, non-scalar values (lists, objects) extracted from the tool response are stored as
            their native type instead of being stringified to JSON. Enable this to use extracted arrays directly as list
            dynamic variables. Defaults to False on the server.
    """

    dynamic_variable: str

    value_path: str

    source: Literal["response"] | Unset = _attrs_field(
        default="response",
        kw_only=True,
        validator=types.tag("DynamicVariableAssignment", "source", "response"),
    )

    sanitize: bool | Unset = UNSET

    preserve_native_type: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dynamic_variable", "dynamic_variable", STR, required=True),
        Field("value_path", "value_path", STR, required=True),
        Field("source", "source", const("response")),
        Field("sanitize", "sanitize", BOOL),
        Field("preserve_native_type", "preserve_native_type", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
