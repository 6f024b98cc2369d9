from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class AgentVersionParents(Lazy, AdditionalProperties[Any]):
    in_branch_parent_id: None | str | Unset = UNSET

    out_of_branch_parent_id: None | str | Unset = UNSET

    merged_into_branch_id: None | str | Unset = UNSET

    merged_from_branch_id: None | str | Unset = UNSET

    merged_from_version_id: None | str | Unset = UNSET

    rebased_from_version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("in_branch_parent_id", "in_branch_parent_id", union(STR, NULL)),
        Field("out_of_branch_parent_id", "out_of_branch_parent_id", union(STR, NULL)),
        Field("merged_into_branch_id", "merged_into_branch_id", union(STR, NULL)),
        Field("merged_from_branch_id", "merged_from_branch_id", union(STR, NULL)),
        Field("merged_from_version_id", "merged_from_version_id", union(STR, NULL)),
        Field("rebased_from_version_id", "rebased_from_version_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
