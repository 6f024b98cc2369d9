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

T = TypeVar("T", bound="CreateOrderResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateOrderResponse(Lazy):
    """Example:
        {'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'sandbox': False}

    Attributes:
        order_id (str):
        sandbox (bool | Unset): Whether this is a sandbox order. Defaults to False on the server.
    """

    order_id: str

    sandbox: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("order_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        order_id = self.order_id

        sandbox = self.sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if order_id is not None or "order_id" not in self._missing_fields:
            field_dict["order_id"] = order_id
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_order_response = cls.__new__(cls)
        create_order_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return create_order_response

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


_read_order_id = plain_reader("order_id", (str,), "a string", True)

_read_sandbox = plain_reader("sandbox", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "order_id",
        "sandbox",
    )
)


def _read_additional_properties(cls: type[CreateOrderResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreateOrderResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    order_id = d.get("order_id", MISSING)
    if order_id.__class__ is not str:
        order_id = _read_order_id(cls, d)

    sandbox = d.get("sandbox", UNSET)
    if sandbox.__class__ is not bool and sandbox is not UNSET:
        sandbox = _read_sandbox(cls, d)

    return {
        "order_id": order_id,
        "sandbox": sandbox,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateOrderResponse,
    _all_fields,
    {
        "order_id": _read_order_id,
        "sandbox": _read_sandbox,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
