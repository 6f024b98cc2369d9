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
class ReportKnowledgeGapParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'report_knowledge_gap'.
    """

    smb_tool_type: Literal["report_knowledge_gap"] | Unset = _attrs_field(
        default="report_knowledge_gap",
        kw_only=True,
        validator=types.tag("ReportKnowledgeGapParams", "smb_tool_type", "report_knowledge_gap"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("report_knowledge_gap")),
        Field("additional_properties", None, dict_of(ANY)),
    )
