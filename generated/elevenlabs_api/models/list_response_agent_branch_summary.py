from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ListResponseAgentBranchSummary(Lazy, AdditionalProperties[Any]):
    results: list[AgentBranchSummary]

    meta: ListResponseMeta | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("results", "results", list_of(object_of("AgentBranchSummary")), required=True),
        Field("meta", "meta", object_of("ListResponseMeta")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_branch_summary import AgentBranchSummary
from ..models.list_response_meta import ListResponseMeta
