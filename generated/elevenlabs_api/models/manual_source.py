from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ManualSource")


@_attrs_define
class ManualSource:
    """Attributes:
    created_by_user_id (str):
    type_ (Literal['manual'] | Unset):  Default: 'manual'.
    notes (None | str | Unset):
    """

    created_by_user_id: str

    type_: Literal["manual"] | Unset = "manual"

    notes: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "manual")

    def to_dict(self) -> dict[str, Any]:
        created_by_user_id = self.created_by_user_id

        type_ = self.type_

        notes: Any
        try:
            notes = self.notes

        except (AttributeError, TypeError):
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_by_user_id is not None or "created_by_user_id" not in self._missing_fields:
            field_dict["created_by_user_id"] = created_by_user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["manual"] | Unset, type__raw)
        if type_ != "manual" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'manual', got '{type_}'")

        created_by_user_id = d.pop("created_by_user_id", MISSING)
        if created_by_user_id.__class__ is not str:
            if created_by_user_id is MISSING:
                created_by_user_id = missing_field(cls, "created_by_user_id")
                _missing += ("created_by_user_id",)
            else:
                created_by_user_id = unexpected_type(cls, "created_by_user_id", created_by_user_id, "a string")

        notes = d.pop("notes", UNSET)
        if notes.__class__ is not str and notes is not None and notes is not UNSET:
            notes = unexpected_type(cls, "notes", notes, "a string or null")

        manual_source = cls(
            created_by_user_id=created_by_user_id,
            type_=type_,
            notes=notes,
        )
        if _missing:
            manual_source._missing_fields = _missing
        manual_source.additional_properties = d
        return manual_source

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
