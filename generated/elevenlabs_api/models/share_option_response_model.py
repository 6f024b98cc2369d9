from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ShareOptionResponseModelTypeType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ShareOptionResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ShareOptionResponseModel(Lazy):
    """Attributes:
    name (str): The name of the principal.
    id (str): The ID of the principal.
    type_ (ShareOptionResponseModelTypeType0 | str): The type of the principal: user, group, or service account
        (under 'key').
    """

    name: str

    id: str

    type_: ShareOptionResponseModelTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "id",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        id = self.id

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        share_option_response_model = cls.__new__(cls)
        share_option_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return share_option_response_model

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

_read_type_ = plain_reader("type", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "type",
    )
)


def _read_additional_properties(cls: type[ShareOptionResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ShareOptionResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    return {
        "name": name,
        "id": id,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ShareOptionResponseModel,
    _all_fields,
    {
        "name": _read_name,
        "id": _read_id,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
