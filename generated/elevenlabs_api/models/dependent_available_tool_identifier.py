from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dependent_available_tool_identifier_access_level_type_0 import (
    DependentAvailableToolIdentifierAccessLevelType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DependentAvailableToolIdentifier")


@_attrs_define
class DependentAvailableToolIdentifier:
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

    type_: Literal["available"] | Unset = "available"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "available")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["available"] | Unset, type__raw)
        if type_ != "available" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'available', got '{type_}'")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        access_level = d.pop("access_level", MISSING)
        if access_level.__class__ is not str:
            if access_level is MISSING:
                access_level = missing_field(cls, "access_level")
                _missing += ("access_level",)
            else:
                access_level = unexpected_type(cls, "access_level", access_level, "a string")

        dependent_available_tool_identifier = cls(
            id=id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            access_level=access_level,
            type_=type_,
        )
        if _missing:
            dependent_available_tool_identifier._missing_fields = _missing
        dependent_available_tool_identifier.additional_properties = d
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
