from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SeatType
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

T = TypeVar("T", bound="ScimGroupResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ScimGroupResponseModel(Lazy):
    """Attributes:
    scim_external_id (None | str):
    display_name (str):
    created_at_unix (int | None | Unset):
    updated_at_unix (int | None | Unset):
    seat_type (None | SeatType | str | Unset):
    """

    scim_external_id: None | str = _attrs_field(default=None, kw_only=True)

    display_name: str

    created_at_unix: int | None | Unset = UNSET

    updated_at_unix: int | None | Unset = UNSET

    seat_type: None | SeatType | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "scim_external_id",
        "display_name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        scim_group_response_model = cls.__new__(cls)
        scim_group_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_scim_external_id = plain_reader(
    "scim_external_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_display_name = plain_reader("display_name", (str,), "a string", True)

_read_created_at_unix = plain_reader(
    "created_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_updated_at_unix = plain_reader(
    "updated_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_seat_type = plain_reader(
    "seat_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "scim_external_id",
        "display_name",
        "created_at_unix",
        "updated_at_unix",
        "seat_type",
    )
)


def _read_additional_properties(cls: type[ScimGroupResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ScimGroupResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    scim_external_id = d.get("scim_external_id", MISSING)
    if scim_external_id.__class__ is not str and scim_external_id is not None:
        scim_external_id = _read_scim_external_id(cls, d)

    display_name = d.get("display_name", MISSING)
    if display_name.__class__ is not str:
        display_name = _read_display_name(cls, d)

    created_at_unix = d.get("created_at_unix", UNSET)
    if created_at_unix.__class__ is not int and created_at_unix is not None and created_at_unix is not UNSET:
        created_at_unix = _read_created_at_unix(cls, d)

    updated_at_unix = d.get("updated_at_unix", UNSET)
    if updated_at_unix.__class__ is not int and updated_at_unix is not None and updated_at_unix is not UNSET:
        updated_at_unix = _read_updated_at_unix(cls, d)

    seat_type = d.get("seat_type", UNSET)
    if seat_type is not None and seat_type.__class__ is not str and seat_type is not UNSET:
        seat_type = _read_seat_type(cls, d)

    return {
        "scim_external_id": scim_external_id,
        "display_name": display_name,
        "created_at_unix": created_at_unix,
        "updated_at_unix": updated_at_unix,
        "seat_type": seat_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ScimGroupResponseModel,
    _all_fields,
    {
        "scim_external_id": _read_scim_external_id,
        "display_name": _read_display_name,
        "created_at_unix": _read_created_at_unix,
        "updated_at_unix": _read_updated_at_unix,
        "seat_type": _read_seat_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
