from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import LockReason, PermissionType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceApiKeyResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceApiKeyResponseModel(Lazy):
    """Attributes:
    name (str):
    hint (str):
    key_id (str):
    service_account_user_id (str):
    hashed_xi_api_key (str):
    created_at_unix (int | None | Unset):
    is_disabled (bool | Unset): Defaults to False on the server.
    permissions (list[PermissionType | str] | None | Unset):
    disable_reason (LockReason | None | str | Unset):
    character_limit (int | None | Unset): Maximum number of credits allowed in the current billing period.
    character_count (int | None | Unset): Credits already used in the current billing period.
    allowed_ips (list[str] | None | Unset):
    third_party_disable_allowed (bool | None | Unset):
    """

    name: str

    hint: str

    key_id: str

    service_account_user_id: str

    hashed_xi_api_key: str

    created_at_unix: int | None | Unset = UNSET

    is_disabled: bool | Unset = UNSET

    permissions: list[PermissionType | str] | None | Unset = UNSET

    disable_reason: LockReason | None | str | Unset = UNSET

    character_limit: int | None | Unset = UNSET

    character_count: int | None | Unset = UNSET

    allowed_ips: list[str] | None | Unset = UNSET

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "hint",
        "key_id",
        "service_account_user_id",
        "hashed_xi_api_key",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        hint = self.hint

        key_id = self.key_id

        service_account_user_id = self.service_account_user_id

        hashed_xi_api_key = self.hashed_xi_api_key

        created_at_unix: Any
        try:
            created_at_unix = self.created_at_unix

        except (AttributeError, TypeError):
            created_at_unix = self.created_at_unix

        is_disabled = self.is_disabled

        permissions: Any
        try:
            if isinstance(self.permissions, Unset):
                permissions = UNSET
            elif isinstance(self.permissions, list):
                permissions = []
                for permissions_type_0_item_data in self.permissions:
                    permissions_type_0_item: str
                    if isinstance(permissions_type_0_item_data, str):
                        permissions_type_0_item = permissions_type_0_item_data
                    else:
                        permissions_type_0_item = permissions_type_0_item_data

                    permissions.append(permissions_type_0_item)

            else:
                permissions = self.permissions

        except (AttributeError, TypeError):
            permissions = self.permissions

        disable_reason: Any
        try:
            if isinstance(self.disable_reason, Unset):
                disable_reason = UNSET
            elif isinstance(self.disable_reason, str):
                disable_reason = self.disable_reason
            else:
                disable_reason = self.disable_reason

        except (AttributeError, TypeError):
            disable_reason = self.disable_reason

        character_limit: Any
        try:
            character_limit = self.character_limit

        except (AttributeError, TypeError):
            character_limit = self.character_limit

        character_count: Any
        try:
            character_count = self.character_count

        except (AttributeError, TypeError):
            character_count = self.character_count

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
        if hint is not None or "hint" not in self._missing_fields:
            field_dict["hint"] = hint
        if key_id is not None or "key_id" not in self._missing_fields:
            field_dict["key_id"] = key_id
        if service_account_user_id is not None or "service_account_user_id" not in self._missing_fields:
            field_dict["service_account_user_id"] = service_account_user_id
        if hashed_xi_api_key is not None or "hashed_xi_api_key" not in self._missing_fields:
            field_dict["hashed_xi_api_key"] = hashed_xi_api_key
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if disable_reason is not UNSET:
            field_dict["disable_reason"] = disable_reason
        if character_limit is not UNSET:
            field_dict["character_limit"] = character_limit
        if character_count is not UNSET:
            field_dict["character_count"] = character_count
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
        workspace_api_key_response_model = cls.__new__(cls)
        workspace_api_key_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_api_key_response_model

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

_read_hint = plain_reader("hint", (str,), "a string", True)

_read_key_id = plain_reader("key_id", (str,), "a string", True)

_read_service_account_user_id = plain_reader("service_account_user_id", (str,), "a string", True)

_read_hashed_xi_api_key = plain_reader("hashed_xi_api_key", (str,), "a string", True)

_read_created_at_unix = plain_reader(
    "created_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_is_disabled = plain_reader("is_disabled", (bool,), "a boolean", False)


def _read_permissions(cls: type[WorkspaceApiKeyResponseModel], d: Mapping[str, Any]) -> Any:
    permissions_raw = d.get("permissions", UNSET)
    try:

        def _parse_permissions(data: object) -> list[PermissionType | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            permissions_type_0 = []
            _permissions_type_0 = data
            for permissions_type_0_item_data in _permissions_type_0:
                permissions_type_0_item = permissions_type_0_item_data

                permissions_type_0.append(permissions_type_0_item)

            return permissions_type_0

        permissions = _parse_permissions(permissions_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        permissions = deviating_field(cls, "permissions", permissions_raw)

    return permissions


_read_disable_reason = plain_reader(
    "disable_reason",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_character_limit = plain_reader(
    "character_limit",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_character_count = plain_reader(
    "character_count",
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
        "hint",
        "key_id",
        "service_account_user_id",
        "hashed_xi_api_key",
        "created_at_unix",
        "is_disabled",
        "permissions",
        "disable_reason",
        "character_limit",
        "character_count",
        "allowed_ips",
        "third_party_disable_allowed",
    )
)


def _read_additional_properties(cls: type[WorkspaceApiKeyResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceApiKeyResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    hint = d.get("hint", MISSING)
    if hint.__class__ is not str:
        hint = _read_hint(cls, d)

    key_id = d.get("key_id", MISSING)
    if key_id.__class__ is not str:
        key_id = _read_key_id(cls, d)

    service_account_user_id = d.get("service_account_user_id", MISSING)
    if service_account_user_id.__class__ is not str:
        service_account_user_id = _read_service_account_user_id(cls, d)

    hashed_xi_api_key = d.get("hashed_xi_api_key", MISSING)
    if hashed_xi_api_key.__class__ is not str:
        hashed_xi_api_key = _read_hashed_xi_api_key(cls, d)

    created_at_unix = d.get("created_at_unix", UNSET)
    if created_at_unix.__class__ is not int and created_at_unix is not None and created_at_unix is not UNSET:
        created_at_unix = _read_created_at_unix(cls, d)

    is_disabled = d.get("is_disabled", UNSET)
    if is_disabled.__class__ is not bool and is_disabled is not UNSET:
        is_disabled = _read_is_disabled(cls, d)

    if "permissions" in known:
        permissions = known["permissions"]
    else:
        permissions = d.get("permissions", UNSET)
        if permissions is not UNSET and permissions is not None:
            permissions = _read_permissions(cls, d)

    disable_reason = d.get("disable_reason", UNSET)
    if disable_reason is not None and disable_reason.__class__ is not str and disable_reason is not UNSET:
        disable_reason = _read_disable_reason(cls, d)

    character_limit = d.get("character_limit", UNSET)
    if character_limit.__class__ is not int and character_limit is not None and character_limit is not UNSET:
        character_limit = _read_character_limit(cls, d)

    character_count = d.get("character_count", UNSET)
    if character_count.__class__ is not int and character_count is not None and character_count is not UNSET:
        character_count = _read_character_count(cls, d)

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
        "hint": hint,
        "key_id": key_id,
        "service_account_user_id": service_account_user_id,
        "hashed_xi_api_key": hashed_xi_api_key,
        "created_at_unix": created_at_unix,
        "is_disabled": is_disabled,
        "permissions": permissions,
        "disable_reason": disable_reason,
        "character_limit": character_limit,
        "character_count": character_count,
        "allowed_ips": allowed_ips,
        "third_party_disable_allowed": third_party_disable_allowed,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceApiKeyResponseModel,
    _all_fields,
    {
        "name": _read_name,
        "hint": _read_hint,
        "key_id": _read_key_id,
        "service_account_user_id": _read_service_account_user_id,
        "hashed_xi_api_key": _read_hashed_xi_api_key,
        "created_at_unix": _read_created_at_unix,
        "is_disabled": _read_is_disabled,
        "permissions": _read_permissions,
        "disable_reason": _read_disable_reason,
        "character_limit": _read_character_limit,
        "character_count": _read_character_count,
        "allowed_ips": _read_allowed_ips,
        "third_party_disable_allowed": _read_third_party_disable_allowed,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
