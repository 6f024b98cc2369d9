from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="ListProceduresResponseModel")


@_attrs_define
class ListProceduresResponseModel:
    """Example:
        {'procedures': [{'has_draft': False, 'name': 'Customer Support Procedure', 'procedure_id':
        'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type': 'free_form',
        'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}]}

    Attributes:
        procedures (list[ProcedureListItemResponseModel]): Procedures on the branch with their draft-aware metadata.
    """

    procedures: list[ProcedureListItemResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        procedures: Any
        try:
            procedures = []
            for procedures_item_data in self.procedures:
                procedures_item = procedures_item_data.to_dict()
                procedures.append(procedures_item)

        except (AttributeError, TypeError):
            procedures = self.procedures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedures is not None or "procedures" not in self._missing_fields:
            field_dict["procedures"] = procedures
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        procedures_raw = d.pop("procedures", MISSING)
        if procedures_raw is MISSING:
            procedures = missing_field(cls, "procedures")
            _missing += ("procedures",)
        else:
            try:
                expect_array("procedures", procedures_raw)
                procedures = []
                _procedures = procedures_raw
                for procedures_item_data in _procedures:
                    procedures_item = ProcedureListItemResponseModel.from_dict(procedures_item_data)

                    procedures.append(procedures_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                procedures = deviating_field(cls, "procedures", procedures_raw)

        list_procedures_response_model = cls(
            procedures=procedures,
        )
        if _missing:
            list_procedures_response_model._missing_fields = _missing
        list_procedures_response_model.additional_properties = d
        return list_procedures_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.procedure_list_item_response_model import ProcedureListItemResponseModel
