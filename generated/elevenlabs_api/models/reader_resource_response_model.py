from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ReaderResourceResponseModelResourceTypeType0,
)
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

T = TypeVar("T", bound="ReaderResourceResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReaderResourceResponseModel(Lazy):
    """Example:
        {'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}

    Attributes:
        resource_type (ReaderResourceResponseModelResourceTypeType0 | str): The type of resource.
        resource_id (str): The ID of the resource.
    """

    resource_type: ReaderResourceResponseModelResourceTypeType0 | str

    resource_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "resource_type",
        "resource_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        resource_type: Any
        try:
            if isinstance(self.resource_type, str):
                resource_type = self.resource_type
            else:
                resource_type = self.resource_type

        except (AttributeError, TypeError):
            resource_type = self.resource_type

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resource_type is not None or "resource_type" not in self._missing_fields:
            field_dict["resource_type"] = resource_type
        if resource_id is not None or "resource_id" not in self._missing_fields:
            field_dict["resource_id"] = resource_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        reader_resource_response_model = cls.__new__(cls)
        reader_resource_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return reader_resource_response_model

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


_read_resource_type = plain_reader("resource_type", (str,), "a string", True)

_read_resource_id = plain_reader("resource_id", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "resource_type",
        "resource_id",
    )
)


def _read_additional_properties(cls: type[ReaderResourceResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ReaderResourceResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    resource_type = d.get("resource_type", MISSING)
    if resource_type.__class__ is not str:
        resource_type = _read_resource_type(cls, d)

    resource_id = d.get("resource_id", MISSING)
    if resource_id.__class__ is not str:
        resource_id = _read_resource_id(cls, d)

    return {
        "resource_type": resource_type,
        "resource_id": resource_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ReaderResourceResponseModel,
    _all_fields,
    {
        "resource_type": _read_resource_type,
        "resource_id": _read_resource_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
