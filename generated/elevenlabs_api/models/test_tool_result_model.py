from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TestToolResultModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    reason: Defaults to 'Skipping tool call in test mode' on the server.
    """

    result_type: Literal["testing_tool_result"] | Unset = _attrs_field(
        default="testing_tool_result",
        kw_only=True,
        validator=types.tag("TestToolResultModel", "result_type", "testing_tool_result"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TestToolResultModel", "status", "success"),
    )

    reason: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("testing_tool_result")),
        Field("status", "status", const("success")),
        Field("reason", "reason", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
