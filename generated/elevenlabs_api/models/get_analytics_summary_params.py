from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class GetAnalyticsSummaryParams(Lazy, AdditionalProperties[Any]):
    """Get a summary of key business analytics for a time period.

    Attributes:
        smb_tool_type:  Default: 'get_analytics_summary'.
    """

    smb_tool_type: Literal["get_analytics_summary"] | Unset = _attrs_field(
        default="get_analytics_summary",
        kw_only=True,
        validator=types.tag("GetAnalyticsSummaryParams", "smb_tool_type", "get_analytics_summary"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_analytics_summary")),
        Field("additional_properties", None, dict_of(ANY)),
    )
