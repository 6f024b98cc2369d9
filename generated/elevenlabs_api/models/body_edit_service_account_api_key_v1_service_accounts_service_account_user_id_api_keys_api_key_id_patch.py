from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1,
    PermissionType,
    check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_allowed_ips_type_1,
    check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_character_limit_type_1,
    check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_permissions_type_1,
    check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_third_party_disable_allowed_type_1,
    check_permission_type,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch(Lazy):
    """Attributes:
    is_enabled (bool | Literal['no_update'] | Unset): Whether to enable or disable the API key. Defaults to
        'no_update' on the server.
    name (None | str | Unset): The name of the XI API key to use (used for identification purposes only).
    permissions
        (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1 |
        list[PermissionType] | Unset): The permissions of the XI API. Defaults to 'no_update' on the server.
    character_limit
        (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1 | int
        | None | Unset): The character limit of the XI API key. If provided this will limit the usage of this api key to
        n characters per month where n is the chosen value. Requests that incur charges will fail after reaching this
        monthly limit. Defaults to 'no_update' on the server.
    allowed_ips
        (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1 |
        list[str] | Unset): List of IP addresses or CIDR ranges allowed to use this API key. Each entry may be a CIDR
        range (e.g. '10.0.0.0/24') or a bare IP address (normalized to /32 or /128). On create, omit or pass null to
        allow all IPs. On update, omit to leave the allowlist unchanged, or pass "clear" to remove it. Defaults to
        'no_update' on the server.
    third_party_disable_allowed (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPat
        chThirdPartyDisableAllowedType1 | bool | Unset): Whether the holder of this key may disable it via the self-
        disable endpoint. On create, omit or pass null to use the workspace's default (enabled for non-Enterprise plans,
        disabled for Enterprise plans). On update, omit to leave it unchanged, or pass "clear" to reset it to the
        workspace default. Only honored for workspaces with self-disable access enabled. Defaults to 'no_update' on the
        server.
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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_enabled: Any
        try:
            is_enabled = self.is_enabled

        except (AttributeError, TypeError):
            is_enabled = self.is_enabled

        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        permissions: Any
        try:
            if isinstance(self.permissions, Unset):
                permissions = UNSET
            elif isinstance(self.permissions, list):
                permissions = []
                for permissions_type_0_item_data in self.permissions:
                    permissions_type_0_item: str = permissions_type_0_item_data
                    permissions.append(permissions_type_0_item)

            elif isinstance(self.permissions, str):
                permissions = self.permissions
            else:
                permissions = self.permissions

        except (AttributeError, TypeError):
            permissions = self.permissions

        character_limit: Any
        try:
            if isinstance(self.character_limit, Unset):
                character_limit = UNSET
            elif isinstance(self.character_limit, str):
                character_limit = self.character_limit
            else:
                character_limit = self.character_limit

        except (AttributeError, TypeError):
            character_limit = self.character_limit

        allowed_ips: Any
        try:
            if isinstance(self.allowed_ips, Unset):
                allowed_ips = UNSET
            elif isinstance(self.allowed_ips, list) or isinstance(self.allowed_ips, str):
                allowed_ips = self.allowed_ips
            else:
                allowed_ips = self.allowed_ips

        except (AttributeError, TypeError):
            allowed_ips = self.allowed_ips

        third_party_disable_allowed: Any
        try:
            if isinstance(self.third_party_disable_allowed, Unset):
                third_party_disable_allowed = UNSET
            elif isinstance(self.third_party_disable_allowed, str):
                third_party_disable_allowed = self.third_party_disable_allowed
            else:
                third_party_disable_allowed = self.third_party_disable_allowed

        except (AttributeError, TypeError):
            third_party_disable_allowed = self.third_party_disable_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if character_limit is not UNSET:
            field_dict["character_limit"] = character_limit
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
        if third_party_disable_allowed is not UNSET:
            field_dict["third_party_disable_allowed"] = third_party_disable_allowed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch = (
            cls.__new__(cls)
        )
        body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_is_enabled(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
) -> Any:
    is_enabled_raw = d.get("is_enabled", UNSET)
    try:

        def _parse_is_enabled(data: object) -> bool | Literal["no_update"] | Unset:
            if isinstance(data, Unset):
                return data

            try:
                is_enabled_type_1 = cast(Literal["no_update"], data)
                if is_enabled_type_1 != "no_update":
                    raise ValueError(f"is_enabled_type_1 must match const 'no_update', got '{is_enabled_type_1}'")
                return is_enabled_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("bool | Literal['no_update'] | Unset", data)

        is_enabled = _parse_is_enabled(is_enabled_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        is_enabled = deviating_field(cls, "is_enabled", is_enabled_raw)

    return is_enabled


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_permissions(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
) -> Any:
    permissions_raw = d.get("permissions", UNSET)
    try:

        def _parse_permissions(
            data: object,
        ) -> (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1
            | list[PermissionType]
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_permissions_member, data)

        def _parse_permissions_member(
            data: object,
        ) -> (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1
            | list[PermissionType]
            | Unset
        ):

            try:
                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = check_permission_type(permissions_type_0_item_data)

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            permissions_type_1 = check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_permissions_type_1(
                data
            )

            return permissions_type_1

        permissions = _parse_permissions(permissions_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        permissions = deviating_field(cls, "permissions", permissions_raw)

    return permissions


def _read_character_limit(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
) -> Any:
    character_limit_raw = d.get("character_limit", UNSET)
    try:

        def _parse_character_limit(
            data: object,
        ) -> (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1
            | int
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                character_limit_type_1 = check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_character_limit_type_1(
                    data
                )

                return character_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1 | int | None | Unset",
                data,
            )

        character_limit = _parse_character_limit(character_limit_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        character_limit = deviating_field(cls, "character_limit", character_limit_raw)

    return character_limit


def _read_allowed_ips(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
) -> Any:
    allowed_ips_raw = d.get("allowed_ips", UNSET)
    try:

        def _parse_allowed_ips(
            data: object,
        ) -> (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1
            | list[str]
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_allowed_ips_member, data)

        def _parse_allowed_ips_member(
            data: object,
        ) -> (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1
            | list[str]
            | Unset
        ):

            try:
                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                allowed_ips_type_0 = cast(list[str], data)

                return allowed_ips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            allowed_ips_type_1 = check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_allowed_ips_type_1(
                data
            )

            return allowed_ips_type_1

        allowed_ips = _parse_allowed_ips(allowed_ips_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        allowed_ips = deviating_field(cls, "allowed_ips", allowed_ips_raw)

    return allowed_ips


def _read_third_party_disable_allowed(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
) -> Any:
    third_party_disable_allowed_raw = d.get("third_party_disable_allowed", UNSET)
    try:

        def _parse_third_party_disable_allowed(
            data: object,
        ) -> (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
            | bool
            | Unset
        ):
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                third_party_disable_allowed_type_1 = check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_third_party_disable_allowed_type_1(
                    data
                )

                return third_party_disable_allowed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1 | bool | Unset",
                data,
            )

        third_party_disable_allowed = _parse_third_party_disable_allowed(third_party_disable_allowed_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        third_party_disable_allowed = deviating_field(
            cls, "third_party_disable_allowed", third_party_disable_allowed_raw
        )

    return third_party_disable_allowed


_FIELDS: frozenset[str] = frozenset(
    (
        "is_enabled",
        "name",
        "permissions",
        "character_limit",
        "allowed_ips",
        "third_party_disable_allowed",
    )
)


def _read_additional_properties(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "is_enabled" in known:
        is_enabled = known["is_enabled"]
    else:
        is_enabled = d.get("is_enabled", UNSET)
        if is_enabled is not UNSET:
            is_enabled = _read_is_enabled(cls, d)

    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    if "permissions" in known:
        permissions = known["permissions"]
    else:
        permissions = d.get("permissions", UNSET)
        if permissions is not UNSET:
            permissions = _read_permissions(cls, d)

    if "character_limit" in known:
        character_limit = known["character_limit"]
    else:
        character_limit = d.get("character_limit", UNSET)
        if character_limit is not UNSET and character_limit is not None:
            character_limit = _read_character_limit(cls, d)

    if "allowed_ips" in known:
        allowed_ips = known["allowed_ips"]
    else:
        allowed_ips = d.get("allowed_ips", UNSET)
        if allowed_ips is not UNSET:
            allowed_ips = _read_allowed_ips(cls, d)

    if "third_party_disable_allowed" in known:
        third_party_disable_allowed = known["third_party_disable_allowed"]
    else:
        third_party_disable_allowed = d.get("third_party_disable_allowed", UNSET)
        if third_party_disable_allowed is not UNSET:
            third_party_disable_allowed = _read_third_party_disable_allowed(cls, d)

    return {
        "is_enabled": is_enabled,
        "name": name,
        "permissions": permissions,
        "character_limit": character_limit,
        "allowed_ips": allowed_ips,
        "third_party_disable_allowed": third_party_disable_allowed,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch,
    _all_fields,
    {
        "is_enabled": _read_is_enabled,
        "name": _read_name,
        "permissions": _read_permissions,
        "character_limit": _read_character_limit,
        "allowed_ips": _read_allowed_ips,
        "third_party_disable_allowed": _read_third_party_disable_allowed,
        "additional_properties": _read_additional_properties,
    },
)
