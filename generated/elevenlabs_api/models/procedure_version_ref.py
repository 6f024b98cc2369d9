from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ProcedureVersionRef")


@_attrs_define
class ProcedureVersionRef:
    """Attributes:
    procedure_id (str): Procedure ID
    version_id (str): Version ID of the procedure version.
    """

    procedure_id: str

    version_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        procedure_id = self.procedure_id

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedure_id is not None or "procedure_id" not in self._missing_fields:
            field_dict["procedure_id"] = procedure_id
        if version_id is not None or "version_id" not in self._missing_fields:
            field_dict["version_id"] = version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        procedure_id = d.pop("procedure_id", MISSING)
        if procedure_id.__class__ is not str:
            if procedure_id is MISSING:
                procedure_id = missing_field(cls, "procedure_id")
                _missing += ("procedure_id",)
            else:
                procedure_id = unexpected_type(cls, "procedure_id", procedure_id, "a string")

        version_id = d.pop("version_id", MISSING)
        if version_id.__class__ is not str:
            if version_id is MISSING:
                version_id = missing_field(cls, "version_id")
                _missing += ("version_id",)
            else:
                version_id = unexpected_type(cls, "version_id", version_id, "a string")

        procedure_version_ref = cls(
            procedure_id=procedure_id,
            version_id=version_id,
        )
        if _missing:
            procedure_version_ref._missing_fields = _missing
        procedure_version_ref.additional_properties = d
        return procedure_version_ref

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
