from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ProcedureType, check_procedure_type
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateProcedureRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateProcedureRequestModel(Lazy):
    """Attributes:
    name (str | Unset): Procedure name Defaults to empty on the server.
    content (str | Unset): Initial procedure content Defaults to empty on the server.
    type_ (ProcedureType | Unset):
    trigger (None | str | Unset): When the agent should use this procedure. Empty string means this is a sub-
        procedure that should only start when another procedure references it. If omitted or null, the trigger is
        derived from the content instead. Also accepts `description` as an alias.
    """

    name: str | Unset = UNSET

    content: str | Unset = UNSET

    type_: ProcedureType | Unset = UNSET

    trigger: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        content = self.content

        type_: Any
        try:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        trigger: Any
        try:
            trigger = self.trigger

        except (AttributeError, TypeError):
            trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_procedure_request_model = cls.__new__(cls)
        create_procedure_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_procedure_request_model

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


_read_name = plain_reader("name", (str,), "a string", False)

_read_content = plain_reader("content", (str,), "a string", False)


def _read_type_(cls: type[CreateProcedureRequestModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    try:
        _type_ = type__raw
        type_: ProcedureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_procedure_type(_type_)
    except (KeyError, TypeError, ValueError, AttributeError):
        type_ = deviating_field(cls, "type", type__raw)

    return type_


_read_trigger = plain_reader(
    "trigger",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "content",
        "type",
        "trigger",
    )
)


def _read_additional_properties(cls: type[CreateProcedureRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateProcedureRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not UNSET:
        name = _read_name(cls, d)

    content = d.get("content", UNSET)
    if content.__class__ is not str and content is not UNSET:
        content = _read_content(cls, d)

    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    trigger = d.get("trigger", UNSET)
    if trigger.__class__ is not str and trigger is not None and trigger is not UNSET:
        trigger = _read_trigger(cls, d)

    return {
        "name": name,
        "content": content,
        "type_": type_,
        "trigger": trigger,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CreateProcedureRequestModel,
    _all_fields,
    {
        "name": _read_name,
        "content": _read_content,
        "type_": _read_type_,
        "trigger": _read_trigger,
        "additional_properties": _read_additional_properties,
    },
)
