from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import PermissionType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    permissions: The permissions of the XI API.
    character_limit: The character limit of the XI API key. If provided this will limit the usage of this api key to
        n characters per month where n is the chosen value. Requests that incur charges will fail after reaching this
        monthly limit.
    allowed_ips: List of IP addresses or CIDR ranges allowed to use this API key. Each entry may be a CIDR range
        (e.g. '10.0.0.0/24') or a bare IP address (normalized to /32 or /128). On create, omit or pass null to allow all
        IPs. On update, omit to leave the allowlist unchanged, or pass "clear" to remove it.
    third_party_disable_allowed: Whether the holder of this key may disable it via the self-disable endpoint. On
        create, omit or pass null to use the workspace's default (enabled for non-Enterprise plans, disabled for
        Enterprise plans). On update, omit to leave it unchanged, or pass "clear" to reset it to the workspace default.
        Only honored for workspaces with self-disable access enabled.
    """

    name: str

    permissions: list[PermissionType] | Literal["all"]

    character_limit: int | None | Unset = UNSET

    allowed_ips: list[str] | None | Unset = UNSET

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("permissions", "permissions", union(list_of(literal("PermissionType")), const("all")), required=True),
        Field("character_limit", "character_limit", union(INT, NULL)),
        Field("allowed_ips", "allowed_ips", union(list_of(STR), NULL)),
        Field("third_party_disable_allowed", "third_party_disable_allowed", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
