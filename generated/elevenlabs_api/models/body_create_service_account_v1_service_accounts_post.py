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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateServiceAccountV1ServiceAccountsPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateServiceAccountV1ServiceAccountsPost(Lazy):
    """Attributes:
    name (str):
    default_sharing_groups (list[DefaultSharingGroupConfig] | None | Unset): List of groups with their permission
        levels to share with by default. Each entry should specify a group_id and a permission_level (admin, editor, or
        viewer).
    """

    name: str

    default_sharing_groups: list[DefaultSharingGroupConfig] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        default_sharing_groups: Any
        try:
            if isinstance(self.default_sharing_groups, Unset):
                default_sharing_groups = UNSET
            elif isinstance(self.default_sharing_groups, list):
                default_sharing_groups = []
                for default_sharing_groups_type_0_item_data in self.default_sharing_groups:
                    default_sharing_groups_type_0_item = default_sharing_groups_type_0_item_data.to_dict()
                    default_sharing_groups.append(default_sharing_groups_type_0_item)

            else:
                default_sharing_groups = self.default_sharing_groups

        except (AttributeError, TypeError):
            default_sharing_groups = self.default_sharing_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
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
        body_create_service_account_v1_service_accounts_post = cls.__new__(cls)
        body_create_service_account_v1_service_accounts_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_service_account_v1_service_accounts_post

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


def _read_default_sharing_groups(cls: type[BodyCreateServiceAccountV1ServiceAccountsPost], d: Mapping[str, Any]) -> Any:
    default_sharing_groups_raw = d.get("default_sharing_groups", UNSET)
    try:

        def _parse_default_sharing_groups(data: object) -> list[DefaultSharingGroupConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            default_sharing_groups_type_0 = []
            _default_sharing_groups_type_0 = data
            for default_sharing_groups_type_0_item_data in _default_sharing_groups_type_0:
                default_sharing_groups_type_0_item = DefaultSharingGroupConfig.from_dict(
                    default_sharing_groups_type_0_item_data
                )

                default_sharing_groups_type_0.append(default_sharing_groups_type_0_item)

            return default_sharing_groups_type_0

        default_sharing_groups = _parse_default_sharing_groups(default_sharing_groups_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        default_sharing_groups = deviating_field(cls, "default_sharing_groups", default_sharing_groups_raw)

    return default_sharing_groups


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "default_sharing_groups",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateServiceAccountV1ServiceAccountsPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateServiceAccountV1ServiceAccountsPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "default_sharing_groups" in known:
        default_sharing_groups = known["default_sharing_groups"]
    else:
        default_sharing_groups = d.get("default_sharing_groups", UNSET)
        if default_sharing_groups is not UNSET and default_sharing_groups is not None:
            default_sharing_groups = _read_default_sharing_groups(cls, d)

    return {
        "name": name,
        "default_sharing_groups": default_sharing_groups,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateServiceAccountV1ServiceAccountsPost,
    _all_fields,
    {
        "name": _read_name,
        "default_sharing_groups": _read_default_sharing_groups,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.default_sharing_group_config import DefaultSharingGroupConfig
