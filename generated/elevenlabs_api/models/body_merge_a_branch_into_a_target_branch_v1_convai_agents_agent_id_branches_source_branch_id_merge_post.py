from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    archive_source_branch: Whether to archive the source branch after merging Defaults to True on the server.
    force: Force source branch changes onto the target, overriding timestamp-based conflict resolution Defaults to
        False on the server.
    """

    archive_source_branch: bool | Unset = UNSET

    force: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("archive_source_branch", "archive_source_branch", BOOL),
        Field("force", "force", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
