from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import PermissionType, check_permission_type
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost(Lazy):
    """Attributes:
    name (str):
    permissions (list[PermissionType] | Literal['all']): The permissions of the XI API.
    character_limit (int | None | Unset): The character limit of the XI API key. If provided this will limit the
        usage of this api key to n characters per month where n is the chosen value. Requests that incur charges will
        fail after reaching this monthly limit.
    allowed_ips (list[str] | None | Unset): List of IP addresses or CIDR ranges allowed to use this API key. Each
        entry may be a CIDR range (e.g. '10.0.0.0/24') or a bare IP address (normalized to /32 or /128). On create, omit
        or pass null to allow all IPs. On update, omit to leave the allowlist unchanged, or pass "clear" to remove it.
    third_party_disable_allowed (bool | None | Unset): Whether the holder of this key may disable it via the self-
        disable endpoint. On create, omit or pass null to use the workspace's default (enabled for non-Enterprise plans,
        disabled for Enterprise plans). On update, omit to leave it unchanged, or pass "clear" to reset it to the
        workspace default. Only honored for workspaces with self-disable access enabled.
    """

    name: str

    permissions: list[PermissionType] | Literal["all"]

    character_limit: int | None | Unset = UNSET

    allowed_ips: list[str] | None | Unset = UNSET

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "permissions",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        permissions: Any
        try:
            if isinstance(self.permissions, list):
                permissions = []
                for permissions_type_0_item_data in self.permissions:
                    permissions_type_0_item: str = permissions_type_0_item_data
                    permissions.append(permissions_type_0_item)

            else:
                permissions = self.permissions

        except (AttributeError, TypeError):
            permissions = self.permissions

        character_limit: Any
        try:
            character_limit = self.character_limit

        except (AttributeError, TypeError):
            character_limit = self.character_limit

        allowed_ips: Any
        try:
            if isinstance(self.allowed_ips, Unset):
                allowed_ips = UNSET
            elif isinstance(self.allowed_ips, list):
                allowed_ips = self.allowed_ips

            else:
                allowed_ips = self.allowed_ips

        except (AttributeError, TypeError):
            allowed_ips = self.allowed_ips

        third_party_disable_allowed: Any
        try:
            third_party_disable_allowed = self.third_party_disable_allowed

        except (AttributeError, TypeError):
            third_party_disable_allowed = self.third_party_disable_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if permissions is not None or "permissions" not in self._missing_fields:
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
        body_create_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_post = cls.__new__(cls)
        body_create_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_post.__dict__ = (
            _all_fields(cls, src_dict, NOTHING)
        )  # what __init__ would set, and the rest
        return body_create_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_post

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


_read_name = plain_reader("name", (str,), "a string", True)


def _read_permissions(
    cls: type[BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost], d: Mapping[str, Any]
) -> Any:
    permissions_raw = d.get("permissions", MISSING)
    if permissions_raw is MISSING:
        permissions = missing_field(cls, "permissions")
    else:
        try:

            def _parse_permissions(data: object) -> list[PermissionType] | Literal["all"]:
                return parse_strictly(_parse_permissions_member, data)

            def _parse_permissions_member(data: object) -> list[PermissionType] | Literal["all"]:

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
                permissions_type_1 = cast(Literal["all"], data)
                if permissions_type_1 != "all":
                    raise ValueError(f"permissions_type_1 must match const 'all', got '{permissions_type_1}'")
                return permissions_type_1

            permissions = _parse_permissions(permissions_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            permissions = deviating_field(cls, "permissions", permissions_raw)

    return permissions


_read_character_limit = plain_reader(
    "character_limit",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_allowed_ips = plain_reader(
    "allowed_ips",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_third_party_disable_allowed = plain_reader(
    "third_party_disable_allowed",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "permissions",
        "character_limit",
        "allowed_ips",
        "third_party_disable_allowed",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "permissions" in known:
        permissions = known["permissions"]
    else:
        permissions = _read_permissions(cls, d)

    character_limit = d.get("character_limit", UNSET)
    if character_limit.__class__ is not int and character_limit is not None and character_limit is not UNSET:
        character_limit = _read_character_limit(cls, d)

    allowed_ips = d.get("allowed_ips", UNSET)
    if allowed_ips.__class__ is not list and allowed_ips is not None and allowed_ips is not UNSET:
        allowed_ips = _read_allowed_ips(cls, d)
    elif allowed_ips.__class__ is list and allowed_ips:
        check_items(cls, "allowed_ips", allowed_ips, (str,), "a string")

    third_party_disable_allowed = d.get("third_party_disable_allowed", UNSET)
    if (
        third_party_disable_allowed.__class__ is not bool
        and third_party_disable_allowed is not None
        and third_party_disable_allowed is not UNSET
    ):
        third_party_disable_allowed = _read_third_party_disable_allowed(cls, d)

    return {
        "name": name,
        "permissions": permissions,
        "character_limit": character_limit,
        "allowed_ips": allowed_ips,
        "third_party_disable_allowed": third_party_disable_allowed,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost,
    _all_fields,
    {
        "name": _read_name,
        "permissions": _read_permissions,
        "character_limit": _read_character_limit,
        "allowed_ips": _read_allowed_ips,
        "third_party_disable_allowed": _read_third_party_disable_allowed,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
