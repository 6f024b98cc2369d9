from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ResourceAccessInfoAccessSourceType0,
    ResourceAccessInfoAnonymousAccessLevelOverrideType0,
    ResourceAccessInfoRoleType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ResourceAccessInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ResourceAccessInfo(Lazy):
    """Example:
        {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator':
        True, 'role': 'admin'}

    Attributes:
        is_creator (bool): Whether the user making the request is the creator of the agent
        creator_name (str): Name of the agent's creator
        creator_email (str): Email of the agent's creator
        role (ResourceAccessInfoRoleType0 | str): The role of the user making the request
        anonymous_access_level_override (None | ResourceAccessInfoAnonymousAccessLevelOverrideType0 | str | Unset): The
            access level for anonymous users. If None, the resource is not shared publicly.
        access_source (None | ResourceAccessInfoAccessSourceType0 | str | Unset): Why the requesting user has access to
            this resource. 'creator' = caller is the owner. 'explicit' = caller (or one of their workspace groups) is listed
            in role_to_group_ids beyond the workspace-wide everyone group. 'workspace_default' = the workspace-wide everyone
            group is listed in role_to_group_ids (every non-anon workspace member, including admins, sees this resource).
            'workspace_admin' = caller is a workspace admin and the admin seat is the *only* path to access; reserved for
            docs nobody else can see. Lets the UI disclose why an admin-bypass viewer sees a doc that wasn't explicitly
            shared with them.
    """

    is_creator: bool

    creator_name: str

    creator_email: str

    role: ResourceAccessInfoRoleType0 | str

    anonymous_access_level_override: None | ResourceAccessInfoAnonymousAccessLevelOverrideType0 | str | Unset = UNSET

    access_source: None | ResourceAccessInfoAccessSourceType0 | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "is_creator",
        "creator_name",
        "creator_email",
        "role",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_creator = self.is_creator

        creator_name = self.creator_name

        creator_email = self.creator_email

        role: Any
        try:
            if isinstance(self.role, str):
                role = self.role
            else:
                role = self.role

        except (AttributeError, TypeError):
            role = self.role

        anonymous_access_level_override: Any
        try:
            if isinstance(self.anonymous_access_level_override, Unset):
                anonymous_access_level_override = UNSET
            elif isinstance(self.anonymous_access_level_override, str):
                anonymous_access_level_override = self.anonymous_access_level_override
            else:
                anonymous_access_level_override = self.anonymous_access_level_override

        except (AttributeError, TypeError):
            anonymous_access_level_override = self.anonymous_access_level_override

        access_source: Any
        try:
            if isinstance(self.access_source, Unset):
                access_source = UNSET
            elif isinstance(self.access_source, str):
                access_source = self.access_source
            else:
                access_source = self.access_source

        except (AttributeError, TypeError):
            access_source = self.access_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_creator is not None or "is_creator" not in self._missing_fields:
            field_dict["is_creator"] = is_creator
        if creator_name is not None or "creator_name" not in self._missing_fields:
            field_dict["creator_name"] = creator_name
        if creator_email is not None or "creator_email" not in self._missing_fields:
            field_dict["creator_email"] = creator_email
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if anonymous_access_level_override is not UNSET:
            field_dict["anonymous_access_level_override"] = anonymous_access_level_override
        if access_source is not UNSET:
            field_dict["access_source"] = access_source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        resource_access_info = cls.__new__(cls)
        resource_access_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return resource_access_info

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


_read_is_creator = plain_reader("is_creator", (bool,), "a boolean", True)

_read_creator_name = plain_reader("creator_name", (str,), "a string", True)

_read_creator_email = plain_reader("creator_email", (str,), "a string", True)

_read_role = plain_reader("role", (str,), "a string", True)

_read_anonymous_access_level_override = plain_reader(
    "anonymous_access_level_override",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_access_source = plain_reader(
    "access_source",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "is_creator",
        "creator_name",
        "creator_email",
        "role",
        "anonymous_access_level_override",
        "access_source",
    )
)


def _read_additional_properties(cls: type[ResourceAccessInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ResourceAccessInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_creator = d.get("is_creator", MISSING)
    if is_creator.__class__ is not bool:
        is_creator = _read_is_creator(cls, d)

    creator_name = d.get("creator_name", MISSING)
    if creator_name.__class__ is not str:
        creator_name = _read_creator_name(cls, d)

    creator_email = d.get("creator_email", MISSING)
    if creator_email.__class__ is not str:
        creator_email = _read_creator_email(cls, d)

    role = d.get("role", MISSING)
    if role.__class__ is not str:
        role = _read_role(cls, d)

    anonymous_access_level_override = d.get("anonymous_access_level_override", UNSET)
    if (
        anonymous_access_level_override is not None
        and anonymous_access_level_override.__class__ is not str
        and anonymous_access_level_override is not UNSET
    ):
        anonymous_access_level_override = _read_anonymous_access_level_override(cls, d)

    access_source = d.get("access_source", UNSET)
    if access_source is not None and access_source.__class__ is not str and access_source is not UNSET:
        access_source = _read_access_source(cls, d)

    return {
        "is_creator": is_creator,
        "creator_name": creator_name,
        "creator_email": creator_email,
        "role": role,
        "anonymous_access_level_override": anonymous_access_level_override,
        "access_source": access_source,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ResourceAccessInfo,
    _all_fields,
    {
        "is_creator": _read_is_creator,
        "creator_name": _read_creator_name,
        "creator_email": _read_creator_email,
        "role": _read_role,
        "anonymous_access_level_override": _read_anonymous_access_level_override,
        "access_source": _read_access_source,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
