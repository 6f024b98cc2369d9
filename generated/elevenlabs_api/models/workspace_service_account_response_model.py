from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceServiceAccountResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceServiceAccountResponseModel(Lazy):
    """Attributes:
    service_account_user_id (str):
    name (str):
    api_keys (list[WorkspaceApiKeyResponseModel]):
    created_at_unix (int | None | Unset):
    default_sharing_groups (list[DefaultSharingGroupResponseModel] | Unset): Defaults to [] on the server.
    """

    service_account_user_id: str

    name: str

    api_keys: list[WorkspaceApiKeyResponseModel]

    created_at_unix: int | None | Unset = UNSET

    default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "service_account_user_id",
        "name",
        "api-keys",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        service_account_user_id = self.service_account_user_id

        name = self.name

        api_keys: Any
        try:
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        except (AttributeError, TypeError):
            api_keys = self.api_keys

        created_at_unix: Any
        try:
            created_at_unix = self.created_at_unix

        except (AttributeError, TypeError):
            created_at_unix = self.created_at_unix

        default_sharing_groups: Any
        try:
            default_sharing_groups = UNSET
            if not isinstance(self.default_sharing_groups, Unset):
                default_sharing_groups = []
                for default_sharing_groups_item_data in self.default_sharing_groups:
                    default_sharing_groups_item = default_sharing_groups_item_data.to_dict()
                    default_sharing_groups.append(default_sharing_groups_item)

        except (AttributeError, TypeError):
            default_sharing_groups = self.default_sharing_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_account_user_id is not None or "service_account_user_id" not in self._missing_fields:
            field_dict["service_account_user_id"] = service_account_user_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if api_keys is not None or "api-keys" not in self._missing_fields:
            field_dict["api-keys"] = api_keys
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if default_sharing_groups is not UNSET:
            field_dict["default_sharing_groups"] = default_sharing_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_service_account_response_model = cls.__new__(cls)
        workspace_service_account_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_service_account_response_model

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


_read_service_account_user_id = plain_reader("service_account_user_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_api_keys(cls: type[WorkspaceServiceAccountResponseModel], d: Mapping[str, Any]) -> Any:
    api_keys_raw = d.get("api-keys", MISSING)
    if api_keys_raw is MISSING:
        api_keys = missing_field(cls, "api-keys")
    else:
        try:
            expect_array("api-keys", api_keys_raw)
            api_keys = []
            _api_keys = api_keys_raw
            for api_keys_item_data in _api_keys:
                api_keys_item = WorkspaceApiKeyResponseModel.from_dict(api_keys_item_data)

                api_keys.append(api_keys_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            api_keys = deviating_field(cls, "api-keys", api_keys_raw)

    return api_keys


_read_created_at_unix = plain_reader(
    "created_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_default_sharing_groups(cls: type[WorkspaceServiceAccountResponseModel], d: Mapping[str, Any]) -> Any:
    default_sharing_groups_raw = d.get("default_sharing_groups", UNSET)
    try:
        expect_array("default_sharing_groups", default_sharing_groups_raw)
        _default_sharing_groups = default_sharing_groups_raw
        default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET
        if _default_sharing_groups is not UNSET:
            default_sharing_groups = []
            for default_sharing_groups_item_data in _default_sharing_groups:
                default_sharing_groups_item = DefaultSharingGroupResponseModel.from_dict(
                    default_sharing_groups_item_data
                )

                default_sharing_groups.append(default_sharing_groups_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        default_sharing_groups = deviating_field(cls, "default_sharing_groups", default_sharing_groups_raw)

    return default_sharing_groups


_FIELDS: frozenset[str] = frozenset(
    (
        "service_account_user_id",
        "name",
        "api-keys",
        "created_at_unix",
        "default_sharing_groups",
    )
)


def _read_additional_properties(
    cls: type[WorkspaceServiceAccountResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceServiceAccountResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    service_account_user_id = d.get("service_account_user_id", MISSING)
    if service_account_user_id.__class__ is not str:
        service_account_user_id = _read_service_account_user_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "api_keys" in known:
        api_keys = known["api_keys"]
    else:
        api_keys = _read_api_keys(cls, d)

    created_at_unix = d.get("created_at_unix", UNSET)
    if created_at_unix.__class__ is not int and created_at_unix is not None and created_at_unix is not UNSET:
        created_at_unix = _read_created_at_unix(cls, d)

    if "default_sharing_groups" in known:
        default_sharing_groups = known["default_sharing_groups"]
    else:
        default_sharing_groups = d.get("default_sharing_groups", UNSET)
        if default_sharing_groups is not UNSET:
            default_sharing_groups = _read_default_sharing_groups(cls, d)

    return {
        "service_account_user_id": service_account_user_id,
        "name": name,
        "api_keys": api_keys,
        "created_at_unix": created_at_unix,
        "default_sharing_groups": default_sharing_groups,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceServiceAccountResponseModel,
    _all_fields,
    {
        "service_account_user_id": _read_service_account_user_id,
        "name": _read_name,
        "api_keys": _read_api_keys,
        "created_at_unix": _read_created_at_unix,
        "default_sharing_groups": _read_default_sharing_groups,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.default_sharing_group_response_model import DefaultSharingGroupResponseModel
from ..models.workspace_api_key_response_model import WorkspaceApiKeyResponseModel
