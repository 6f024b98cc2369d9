from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ProcedureType
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

T = TypeVar("T", bound="ProcedureAtVersionResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProcedureAtVersionResponseModel(Lazy):
    """Example:
        {'content': '# Customer Support Procedure\\n\\n1. Greet the customer...', 'name': 'Customer Support Procedure',
        'procedure_id': 'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type':
        'free_form', 'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}

    Attributes:
        procedure_id (str): Procedure ID
        name (str): Procedure name
        content (str): Procedure content
        version_id (None | str | Unset): Version ID of a version of the procedure. None for a procedure never versioned.
        type_ (ProcedureType | str | Unset): Procedure type Defaults to 'free_form' on the server.
        trigger (str | Unset): When the agent should use this procedure. Empty string means this is a sub-procedure that
            should only start when another procedure references it. Defaults to empty on the server.
    """

    procedure_id: str

    name: str

    content: str

    version_id: None | str | Unset = UNSET

    type_: ProcedureType | str | Unset = UNSET

    trigger: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "procedure_id",
        "name",
        "content",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        procedure_id = self.procedure_id

        name = self.name

        content = self.content

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        type_: Any
        try:
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedure_id is not None or "procedure_id" not in self._missing_fields:
            field_dict["procedure_id"] = procedure_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
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
        procedure_at_version_response_model = cls.__new__(cls)
        procedure_at_version_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return procedure_at_version_response_model

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


_read_procedure_id = plain_reader("procedure_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_content = plain_reader("content", (str,), "a string", True)

_read_version_id = plain_reader(
    "version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_type_ = plain_reader("type", (str,), "a string", False)

_read_trigger = plain_reader("trigger", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "procedure_id",
        "name",
        "content",
        "version_id",
        "type",
        "trigger",
    )
)


def _read_additional_properties(cls: type[ProcedureAtVersionResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ProcedureAtVersionResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    procedure_id = d.get("procedure_id", MISSING)
    if procedure_id.__class__ is not str:
        procedure_id = _read_procedure_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    content = d.get("content", MISSING)
    if content.__class__ is not str:
        content = _read_content(cls, d)

    version_id = d.get("version_id", UNSET)
    if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
        version_id = _read_version_id(cls, d)

    type_ = d.get("type", UNSET)
    if type_.__class__ is not str and type_ is not UNSET:
        type_ = _read_type_(cls, d)

    trigger = d.get("trigger", UNSET)
    if trigger.__class__ is not str and trigger is not UNSET:
        trigger = _read_trigger(cls, d)

    return {
        "procedure_id": procedure_id,
        "name": name,
        "content": content,
        "version_id": version_id,
        "type_": type_,
        "trigger": trigger,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProcedureAtVersionResponseModel,
    _all_fields,
    {
        "procedure_id": _read_procedure_id,
        "name": _read_name,
        "content": _read_content,
        "version_id": _read_version_id,
        "type_": _read_type_,
        "trigger": _read_trigger,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
