from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import WorkspaceGroupPermission
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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceGroupResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceGroupResponseModel(Lazy):
    """Attributes:
    name (str):
    id (str):
    members (list[str]):
    permissions (list[str | WorkspaceGroupPermission] | None):
    group_usage_limit (int | Literal['unlimited'] | None | Unset):
    group_pvc_limit (int | Literal['unlimited'] | None | Unset):
    character_count (int | None | Unset):
    is_scim_synced (bool | Unset): Defaults to False on the server.
    scim_group (None | ScimGroupResponseModel | Unset):
    scim_frozen (bool | Unset): Defaults to False on the server.
    """

    name: str

    id: str

    members: list[str]

    permissions: list[str | WorkspaceGroupPermission] | None = None

    group_usage_limit: int | Literal["unlimited"] | None | Unset = UNSET

    group_pvc_limit: int | Literal["unlimited"] | None | Unset = UNSET

    character_count: int | None | Unset = UNSET

    is_scim_synced: bool | Unset = UNSET

    scim_group: None | ScimGroupResponseModel | Unset = UNSET

    scim_frozen: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "id",
        "members",
        "permissions",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        id = self.id

        members: Any
        try:
            members = self.members

        except (AttributeError, TypeError):
            members = self.members

        permissions: Any
        try:
            if isinstance(self.permissions, list):
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

        group_usage_limit: Any
        try:
            group_usage_limit = self.group_usage_limit

        except (AttributeError, TypeError):
            group_usage_limit = self.group_usage_limit

        group_pvc_limit: Any
        try:
            group_pvc_limit = self.group_pvc_limit

        except (AttributeError, TypeError):
            group_pvc_limit = self.group_pvc_limit

        character_count: Any
        try:
            character_count = self.character_count

        except (AttributeError, TypeError):
            character_count = self.character_count

        is_scim_synced = self.is_scim_synced

        scim_group: Any
        try:
            if isinstance(self.scim_group, Unset):
                scim_group = UNSET
            elif isinstance(self.scim_group, ScimGroupResponseModel):
                scim_group = self.scim_group.to_dict()
            else:
                scim_group = self.scim_group

        except (AttributeError, TypeError):
            scim_group = self.scim_group

        scim_frozen = self.scim_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if members is not None or "members" not in self._missing_fields:
            field_dict["members"] = members
        if permissions is not None or "permissions" not in self._missing_fields:
            field_dict["permissions"] = permissions
        if group_usage_limit is not UNSET:
            field_dict["group_usage_limit"] = group_usage_limit
        if group_pvc_limit is not UNSET:
            field_dict["group_pvc_limit"] = group_pvc_limit
        if character_count is not UNSET:
            field_dict["character_count"] = character_count
        if is_scim_synced is not UNSET:
            field_dict["is_scim_synced"] = is_scim_synced
        if scim_group is not UNSET:
            field_dict["scim_group"] = scim_group
        if scim_frozen is not UNSET:
            field_dict["scim_frozen"] = scim_frozen
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_group_response_model = cls.__new__(cls)
        workspace_group_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_group_response_model

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

_read_id = plain_reader("id", (str,), "a string", True)

_read_members = plain_reader("members", (list,), "an array", True, ((str,), "a string"))


def _read_permissions(cls: type[WorkspaceGroupResponseModel], d: Mapping[str, Any]) -> Any:
    permissions_raw = d.get("permissions", MISSING)
    if permissions_raw is MISSING:
        permissions = missing_field(cls, "permissions")
    else:
        try:

            def _parse_permissions(data: object) -> list[str | WorkspaceGroupPermission] | None:
                if data is None:
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


def _read_group_usage_limit(cls: type[WorkspaceGroupResponseModel], d: Mapping[str, Any]) -> Any:
    group_usage_limit_raw = d.get("group_usage_limit", UNSET)
    try:

        def _parse_group_usage_limit(data: object) -> int | Literal["unlimited"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                group_usage_limit_type_1 = cast(Literal["unlimited"], data)
                if group_usage_limit_type_1 != "unlimited":
                    raise ValueError(
                        f"group_usage_limit_type_1 must match const 'unlimited', got '{group_usage_limit_type_1}'"
                    )
                return group_usage_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("int | Literal['unlimited'] | None | Unset", data)

        group_usage_limit = _parse_group_usage_limit(group_usage_limit_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        group_usage_limit = deviating_field(cls, "group_usage_limit", group_usage_limit_raw)

    return group_usage_limit


def _read_group_pvc_limit(cls: type[WorkspaceGroupResponseModel], d: Mapping[str, Any]) -> Any:
    group_pvc_limit_raw = d.get("group_pvc_limit", UNSET)
    try:

        def _parse_group_pvc_limit(data: object) -> int | Literal["unlimited"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                group_pvc_limit_type_1 = cast(Literal["unlimited"], data)
                if group_pvc_limit_type_1 != "unlimited":
                    raise ValueError(
                        f"group_pvc_limit_type_1 must match const 'unlimited', got '{group_pvc_limit_type_1}'"
                    )
                return group_pvc_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("int | Literal['unlimited'] | None | Unset", data)

        group_pvc_limit = _parse_group_pvc_limit(group_pvc_limit_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        group_pvc_limit = deviating_field(cls, "group_pvc_limit", group_pvc_limit_raw)

    return group_pvc_limit


_read_character_count = plain_reader(
    "character_count",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_is_scim_synced = plain_reader("is_scim_synced", (bool,), "a boolean", False)


def _read_scim_group(cls: type[WorkspaceGroupResponseModel], d: Mapping[str, Any]) -> Any:
    scim_group_raw = d.get("scim_group", UNSET)
    try:

        def _parse_scim_group(data: object) -> None | ScimGroupResponseModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            scim_group_type_0 = ScimGroupResponseModel.from_dict(data)

            return scim_group_type_0

        scim_group = _parse_scim_group(scim_group_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        scim_group = deviating_field(cls, "scim_group", scim_group_raw)

    return scim_group


_read_scim_frozen = plain_reader("scim_frozen", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "members",
        "permissions",
        "group_usage_limit",
        "group_pvc_limit",
        "character_count",
        "is_scim_synced",
        "scim_group",
        "scim_frozen",
    )
)


def _read_additional_properties(cls: type[WorkspaceGroupResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceGroupResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    members = d.get("members", MISSING)
    if members.__class__ is not list:
        members = _read_members(cls, d)
    elif members.__class__ is list and members:
        check_items(cls, "members", members, (str,), "a string")

    if "permissions" in known:
        permissions = known["permissions"]
    else:
        permissions = d.get("permissions", MISSING)
        if permissions is not None:
            permissions = _read_permissions(cls, d)

    if "group_usage_limit" in known:
        group_usage_limit = known["group_usage_limit"]
    else:
        group_usage_limit = d.get("group_usage_limit", UNSET)
        if group_usage_limit is not UNSET and group_usage_limit is not None:
            group_usage_limit = _read_group_usage_limit(cls, d)

    if "group_pvc_limit" in known:
        group_pvc_limit = known["group_pvc_limit"]
    else:
        group_pvc_limit = d.get("group_pvc_limit", UNSET)
        if group_pvc_limit is not UNSET and group_pvc_limit is not None:
            group_pvc_limit = _read_group_pvc_limit(cls, d)

    character_count = d.get("character_count", UNSET)
    if character_count.__class__ is not int and character_count is not None and character_count is not UNSET:
        character_count = _read_character_count(cls, d)

    is_scim_synced = d.get("is_scim_synced", UNSET)
    if is_scim_synced.__class__ is not bool and is_scim_synced is not UNSET:
        is_scim_synced = _read_is_scim_synced(cls, d)

    if "scim_group" in known:
        scim_group = known["scim_group"]
    else:
        scim_group = d.get("scim_group", UNSET)
        if scim_group is not UNSET and scim_group is not None:
            scim_group = _read_scim_group(cls, d)

    scim_frozen = d.get("scim_frozen", UNSET)
    if scim_frozen.__class__ is not bool and scim_frozen is not UNSET:
        scim_frozen = _read_scim_frozen(cls, d)

    return {
        "name": name,
        "id": id,
        "members": members,
        "permissions": permissions,
        "group_usage_limit": group_usage_limit,
        "group_pvc_limit": group_pvc_limit,
        "character_count": character_count,
        "is_scim_synced": is_scim_synced,
        "scim_group": scim_group,
        "scim_frozen": scim_frozen,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceGroupResponseModel,
    _all_fields,
    {
        "name": _read_name,
        "id": _read_id,
        "members": _read_members,
        "permissions": _read_permissions,
        "group_usage_limit": _read_group_usage_limit,
        "group_pvc_limit": _read_group_pvc_limit,
        "character_count": _read_character_count,
        "is_scim_synced": _read_is_scim_synced,
        "scim_group": _read_scim_group,
        "scim_frozen": _read_scim_frozen,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.scim_group_response_model import ScimGroupResponseModel
