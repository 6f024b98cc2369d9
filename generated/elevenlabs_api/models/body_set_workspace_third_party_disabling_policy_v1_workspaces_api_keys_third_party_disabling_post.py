from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    third_party_disable_allowed: `true` forces every key in the workspace to be disable-able by its holder; `false`
        forbids it for every key; `null` clears the override (per-key values and the plan default apply).
    """

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("third_party_disable_allowed", "third_party_disable_allowed", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
