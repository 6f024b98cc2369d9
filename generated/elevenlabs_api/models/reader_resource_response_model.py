from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reader_resource_response_model_resource_type_type_0 import (
    ReaderResourceResponseModelResourceTypeType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ReaderResourceResponseModel")


@_attrs_define
class ReaderResourceResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        resource_type = d.pop("resource_type", MISSING)
        if resource_type.__class__ is not str:
            if resource_type is MISSING:
                resource_type = missing_field(cls, "resource_type")
                _missing += ("resource_type",)
            else:
                resource_type = unexpected_type(cls, "resource_type", resource_type, "a string")

        resource_id = d.pop("resource_id", MISSING)
        if resource_id.__class__ is not str:
            if resource_id is MISSING:
                resource_id = missing_field(cls, "resource_id")
                _missing += ("resource_id",)
            else:
                resource_id = unexpected_type(cls, "resource_id", resource_id, "a string")

        reader_resource_response_model = cls(
            resource_type=resource_type,
            resource_id=resource_id,
        )
        if _missing:
            reader_resource_response_model._missing_fields = _missing
        reader_resource_response_model.additional_properties = d
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
