from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    DependentAvailableToolIdentifierAccessLevelType0,
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

T = TypeVar("T", bound="DependentAvailableToolIdentifier")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DependentAvailableToolIdentifier(Lazy):
    """Attributes:
    id (str):
    name (str):
    created_at_unix_secs (int):
    access_level (DependentAvailableToolIdentifierAccessLevelType0 | str):
    type_ (Literal['available'] | Unset):  Default: 'available'.
    """

    id: str

    name: str

    created_at_unix_secs: int

    access_level: DependentAvailableToolIdentifierAccessLevelType0 | str

    type_: Literal["available"] | Unset = _attrs_field(
        default="available",
        kw_only=True,
        alias="type",
        validator=types.tag("DependentAvailableToolIdentifier", "type", "available"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "created_at_unix_secs",
        "access_level",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "available")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        access_level: Any
        try:
            if isinstance(self.access_level, str):
                access_level = self.access_level
            else:
                access_level = self.access_level

        except (AttributeError, TypeError):
            access_level = self.access_level

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if access_level is not None or "access_level" not in self._missing_fields:
            field_dict["access_level"] = access_level
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dependent_available_tool_identifier = cls.__new__(cls)
        dependent_available_tool_identifier.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dependent_available_tool_identifier

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


def _read_type_(cls: type[DependentAvailableToolIdentifier], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["available"] | Unset, type__raw)
    if type_ != "available" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'available', got '{type_}'")

    return type_


_read_id = plain_reader("id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_access_level = plain_reader("access_level", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "created_at_unix_secs",
        "access_level",
        "type",
    )
)


def _read_additional_properties(cls: type[DependentAvailableToolIdentifier], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DependentAvailableToolIdentifier], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    access_level = d.get("access_level", MISSING)
    if access_level.__class__ is not str:
        access_level = _read_access_level(cls, d)

    return {
        "id": id,
        "name": name,
        "created_at_unix_secs": created_at_unix_secs,
        "access_level": access_level,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(DependentAvailableToolIdentifier, type_="type")

set_readers(
    DependentAvailableToolIdentifier,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "access_level": _read_access_level,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
