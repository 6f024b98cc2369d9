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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Contributor")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Contributor(Lazy):
    """Attributes:
    name (str):
    role (str):
    bio (None | str | Unset):
    profile_id (None | str | Unset):
    """

    name: str

    role: str

    bio: None | str | Unset = UNSET

    profile_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "role",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        role = self.role

        bio: Any
        try:
            bio = self.bio

        except (AttributeError, TypeError):
            bio = self.bio

        profile_id: Any
        try:
            profile_id = self.profile_id

        except (AttributeError, TypeError):
            profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if bio is not UNSET:
            field_dict["bio"] = bio
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        contributor = cls.__new__(cls)
        contributor.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return contributor

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

_read_role = plain_reader("role", (str,), "a string", True)

_read_bio = plain_reader(
    "bio",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_profile_id = plain_reader(
    "profile_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "role",
        "bio",
        "profile_id",
    )
)


def _read_additional_properties(cls: type[Contributor], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Contributor], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    role = d.get("role", MISSING)
    if role.__class__ is not str:
        role = _read_role(cls, d)

    bio = d.get("bio", UNSET)
    if bio.__class__ is not str and bio is not None and bio is not UNSET:
        bio = _read_bio(cls, d)

    profile_id = d.get("profile_id", UNSET)
    if profile_id.__class__ is not str and profile_id is not None and profile_id is not UNSET:
        profile_id = _read_profile_id(cls, d)

    return {
        "name": name,
        "role": role,
        "bio": bio,
        "profile_id": profile_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Contributor,
    _all_fields,
    {
        "name": _read_name,
        "role": _read_role,
        "bio": _read_bio,
        "profile_id": _read_profile_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
