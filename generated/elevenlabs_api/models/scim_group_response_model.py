from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ScimGroupResponseModel")


@_attrs_define
class ScimGroupResponseModel:
    """Attributes:
    scim_external_id (None | str):
    display_name (str):
    created_at_unix (int | None | Unset):
    updated_at_unix (int | None | Unset):
    seat_type (None | SeatType | str | Unset):
    """

    scim_external_id: None | str

    display_name: str

    created_at_unix: int | None | Unset = UNSET

    updated_at_unix: int | None | Unset = UNSET

    seat_type: None | SeatType | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        scim_external_id: Any
        try:
            scim_external_id = self.scim_external_id

        except (AttributeError, TypeError):
            scim_external_id = self.scim_external_id

        display_name = self.display_name

        created_at_unix: Any
        try:
            created_at_unix = self.created_at_unix

        except (AttributeError, TypeError):
            created_at_unix = self.created_at_unix

        updated_at_unix: Any
        try:
            updated_at_unix = self.updated_at_unix

        except (AttributeError, TypeError):
            updated_at_unix = self.updated_at_unix

        seat_type: Any
        try:
            if isinstance(self.seat_type, Unset):
                seat_type = UNSET
            elif isinstance(self.seat_type, str):
                seat_type = self.seat_type
            else:
                seat_type = self.seat_type

        except (AttributeError, TypeError):
            seat_type = self.seat_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scim_external_id is not None or "scim_external_id" not in self._missing_fields:
            field_dict["scim_external_id"] = scim_external_id
        if display_name is not None or "display_name" not in self._missing_fields:
            field_dict["display_name"] = display_name
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if updated_at_unix is not UNSET:
            field_dict["updated_at_unix"] = updated_at_unix
        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        scim_external_id = d.pop("scim_external_id", MISSING)
        if scim_external_id.__class__ is not str and scim_external_id is not None:
            if scim_external_id is MISSING:
                scim_external_id = missing_field(cls, "scim_external_id")
                _missing += ("scim_external_id",)
            else:
                scim_external_id = unexpected_type(cls, "scim_external_id", scim_external_id, "a string or null")

        display_name = d.pop("display_name", MISSING)
        if display_name.__class__ is not str:
            if display_name is MISSING:
                display_name = missing_field(cls, "display_name")
                _missing += ("display_name",)
            else:
                display_name = unexpected_type(cls, "display_name", display_name, "a string")

        created_at_unix = d.pop("created_at_unix", UNSET)
        if created_at_unix.__class__ is not int and created_at_unix is not None and created_at_unix is not UNSET:
            created_at_unix = unexpected_type(cls, "created_at_unix", created_at_unix, "an integer or null")

        updated_at_unix = d.pop("updated_at_unix", UNSET)
        if updated_at_unix.__class__ is not int and updated_at_unix is not None and updated_at_unix is not UNSET:
            updated_at_unix = unexpected_type(cls, "updated_at_unix", updated_at_unix, "an integer or null")

        seat_type = d.pop("seat_type", UNSET)
        if seat_type is not None and seat_type.__class__ is not str and seat_type is not UNSET:
            seat_type = unexpected_type(cls, "seat_type", seat_type, "null or a string")

        scim_group_response_model = cls(
            scim_external_id=scim_external_id,
            display_name=display_name,
            created_at_unix=created_at_unix,
            updated_at_unix=updated_at_unix,
            seat_type=seat_type,
        )
        if _missing:
            scim_group_response_model._missing_fields = _missing
        scim_group_response_model.additional_properties = d
        return scim_group_response_model

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
