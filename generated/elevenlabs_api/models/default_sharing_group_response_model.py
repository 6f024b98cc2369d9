from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    DefaultSharingGroupResponseModelPermissionLevelType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DefaultSharingGroupResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DefaultSharingGroupResponseModel(Lazy):
    """Attributes:
    group (WorkspaceGroupResponseModel):
    permission_level (DefaultSharingGroupResponseModelPermissionLevelType0 | str): The permission level to grant to
        the group
    """

    group: WorkspaceGroupResponseModel

    permission_level: DefaultSharingGroupResponseModelPermissionLevelType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "group",
        "permission_level",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        group: Any
        try:
            group = self.group.to_dict()
        except (AttributeError, TypeError):
            group = self.group

        permission_level: Any
        try:
            if isinstance(self.permission_level, str):
                permission_level = self.permission_level
            else:
                permission_level = self.permission_level

        except (AttributeError, TypeError):
            permission_level = self.permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if group is not None or "group" not in self._missing_fields:
            field_dict["group"] = group
        if permission_level is not None or "permission_level" not in self._missing_fields:
            field_dict["permission_level"] = permission_level
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        default_sharing_group_response_model = cls.__new__(cls)
        default_sharing_group_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return default_sharing_group_response_model

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


def _read_group(cls: type[DefaultSharingGroupResponseModel], d: Mapping[str, Any]) -> Any:
    group_raw = d.get("group", MISSING)
    if group_raw is MISSING:
        group = missing_field(cls, "group")
    else:
        try:
            group = WorkspaceGroupResponseModel.from_dict(group_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            group = deviating_field(cls, "group", group_raw)

    return group


_read_permission_level = plain_reader("permission_level", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "group",
        "permission_level",
    )
)


def _read_additional_properties(cls: type[DefaultSharingGroupResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DefaultSharingGroupResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "group" in known:
        group = known["group"]
    else:
        group = _read_group(cls, d)

    permission_level = d.get("permission_level", MISSING)
    if permission_level.__class__ is not str:
        permission_level = _read_permission_level(cls, d)

    return {
        "group": group,
        "permission_level": permission_level,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DefaultSharingGroupResponseModel,
    _all_fields,
    {
        "group": _read_group,
        "permission_level": _read_permission_level,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_group_response_model import WorkspaceGroupResponseModel
