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
from ..models._literals import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1,
    PermissionType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    is_enabled: Whether to enable or disable the API key. Defaults to 'no_update' on the server.
    name: The name of the XI API key to use (used for identification purposes only).
    permissions: The permissions of the XI API. Defaults to 'no_update' on the server.
    character_limit: The character limit of the XI API key. If provided this will limit the usage of this api key to
        n characters per month where n is the chosen value. Requests that incur charges will fail after reaching this
        monthly limit. Defaults to 'no_update' on the server.
    allowed_ips: List of IP addresses or CIDR ranges allowed to use this API key. Each entry may be a CIDR range
        (e.g. '10.0.0.0/24') or a bare IP address (normalized to /32 or /128). On create, omit or pass null to allow all
        IPs. On update, omit to leave the allowlist unchanged, or pass "clear" to remove it. Defaults to 'no_update' on
        the server.
    third_party_disable_allowed: Whether the holder of this key may disable it via the self-disable endpoint. On
        create, omit or pass null to use the workspace's default (enabled for non-Enterprise plans, disabled for
        Enterprise plans). On update, omit to leave it unchanged, or pass "clear" to reset it to the workspace default.
        Only honored for workspaces with self-disable access enabled. Defaults to 'no_update' on the server.
    """

    is_enabled: bool | Literal["no_update"] | Unset = UNSET

    name: None | str | Unset = UNSET

    permissions: (
        BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1
        | list[PermissionType]
        | Unset
    ) = UNSET

    character_limit: (
        BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1
        | int
        | None
        | Unset
    ) = UNSET

    allowed_ips: (
        BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1
        | list[str]
        | Unset
    ) = UNSET

    third_party_disable_allowed: (
        BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
        | bool
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_enabled", "is_enabled", union(BOOL, const("no_update"))),
        Field("name", "name", union(STR, NULL)),
        Field(
            "permissions",
            "permissions",
            union(
                list_of(literal("PermissionType")),
                literal(
                    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1"
                ),
            ),
        ),
        Field(
            "character_limit",
            "character_limit",
            union(
                INT,
                literal(
                    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1"
                ),
                NULL,
            ),
        ),
        Field(
            "allowed_ips",
            "allowed_ips",
            union(
                list_of(STR),
                literal(
                    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1"
                ),
            ),
        ),
        Field(
            "third_party_disable_allowed",
            "third_party_disable_allowed",
            union(
                BOOL,
                literal(
                    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1"
                ),
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
