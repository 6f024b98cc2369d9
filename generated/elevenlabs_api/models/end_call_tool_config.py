from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class EndCallToolConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'end_call'.
    """

    system_tool_type: Literal["end_call"] | Unset = _attrs_field(
        default="end_call",
        kw_only=True,
        validator=types.tag("EndCallToolConfig", "system_tool_type", "end_call"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("end_call")),
        Field("additional_properties", None, dict_of(ANY)),
    )
