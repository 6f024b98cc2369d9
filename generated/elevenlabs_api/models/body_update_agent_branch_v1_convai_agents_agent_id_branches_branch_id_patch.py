from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import BranchProtectionStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: New name for the branch. Must be unique within the agent.
    is_archived: Whether the branch should be archived
    protection_status: The protection level for the branch
    """

    name: None | str | Unset = UNSET

    is_archived: bool | None | Unset = UNSET

    protection_status: BranchProtectionStatus | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("is_archived", "is_archived", union(BOOL, NULL)),
        Field("protection_status", "protection_status", union(literal("BranchProtectionStatus"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
