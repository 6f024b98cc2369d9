from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ListProceduresResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListProceduresResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("procedures",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_procedures_response_model = cls.__new__(cls)
        list_procedures_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_procedures(cls: type[ListProceduresResponseModel], d: Mapping[str, Any]) -> Any:
    procedures_raw = d.get("procedures", MISSING)
    if procedures_raw is MISSING:
        procedures = missing_field(cls, "procedures")
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

    return procedures


_FIELDS: frozenset[str] = frozenset(("procedures",))


def _read_additional_properties(cls: type[ListProceduresResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ListProceduresResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "procedures" in known:
        procedures = known["procedures"]
    else:
        procedures = _read_procedures(cls, d)

    return {
        "procedures": procedures,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ListProceduresResponseModel,
    _all_fields,
    {
        "procedures": _read_procedures,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.procedure_list_item_response_model import ProcedureListItemResponseModel
