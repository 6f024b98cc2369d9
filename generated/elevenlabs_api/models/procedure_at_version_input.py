from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ProcedureType, check_procedure_type
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProcedureAtVersionInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProcedureAtVersionInput(Lazy):
    """Attributes:
    procedure_id (str): Procedure ID
    name (str): Procedure name
    content (str): Procedure content
    agent_id (str): Agent ID of the procedure
    type_ (ProcedureType | Unset):
    trigger (str | Unset): When the agent should use this procedure. Empty string means this is a sub-procedure that
        should only start when another procedure references it. Defaults to empty on the server.
    referenced_tool_ids (list[str] | Unset): Tool IDs referenced in the procedure content
    referenced_kb_ids (list[str] | Unset): Knowledge base IDs referenced in the procedure content
    referenced_procedure_ids (list[str] | Unset): Procedure IDs referenced in the procedure content
    referenced_dynamic_variables (list[str] | Unset): Dynamic variable names used in the procedure content
    guardrails (list[CustomGuardrailConfig] | Unset):
    version_id (None | str | Unset): Version ID of a version of the procedure. None for a procedure never versioned.
    """

    procedure_id: str

    name: str

    content: str

    agent_id: str

    type_: ProcedureType | Unset = UNSET

    trigger: str | Unset = UNSET

    referenced_tool_ids: list[str] | Unset = UNSET

    referenced_kb_ids: list[str] | Unset = UNSET

    referenced_procedure_ids: list[str] | Unset = UNSET

    referenced_dynamic_variables: list[str] | Unset = UNSET

    guardrails: list[CustomGuardrailConfig] | Unset = UNSET

    version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "procedure_id",
        "name",
        "content",
        "agent_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        procedure_id = self.procedure_id

        name = self.name

        content = self.content

        agent_id = self.agent_id

        type_: Any
        try:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        trigger = self.trigger

        referenced_tool_ids: Any
        try:
            referenced_tool_ids = UNSET
            if not isinstance(self.referenced_tool_ids, Unset):
                referenced_tool_ids = self.referenced_tool_ids

        except (AttributeError, TypeError):
            referenced_tool_ids = self.referenced_tool_ids

        referenced_kb_ids: Any
        try:
            referenced_kb_ids = UNSET
            if not isinstance(self.referenced_kb_ids, Unset):
                referenced_kb_ids = self.referenced_kb_ids

        except (AttributeError, TypeError):
            referenced_kb_ids = self.referenced_kb_ids

        referenced_procedure_ids: Any
        try:
            referenced_procedure_ids = UNSET
            if not isinstance(self.referenced_procedure_ids, Unset):
                referenced_procedure_ids = self.referenced_procedure_ids

        except (AttributeError, TypeError):
            referenced_procedure_ids = self.referenced_procedure_ids

        referenced_dynamic_variables: Any
        try:
            referenced_dynamic_variables = UNSET
            if not isinstance(self.referenced_dynamic_variables, Unset):
                referenced_dynamic_variables = self.referenced_dynamic_variables

        except (AttributeError, TypeError):
            referenced_dynamic_variables = self.referenced_dynamic_variables

        guardrails: Any
        try:
            guardrails = UNSET
            if not isinstance(self.guardrails, Unset):
                guardrails = []
                for guardrails_item_data in self.guardrails:
                    guardrails_item = guardrails_item_data.to_dict()
                    guardrails.append(guardrails_item)

        except (AttributeError, TypeError):
            guardrails = self.guardrails

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedure_id is not None or "procedure_id" not in self._missing_fields:
            field_dict["procedure_id"] = procedure_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if referenced_tool_ids is not UNSET:
            field_dict["referenced_tool_ids"] = referenced_tool_ids
        if referenced_kb_ids is not UNSET:
            field_dict["referenced_kb_ids"] = referenced_kb_ids
        if referenced_procedure_ids is not UNSET:
            field_dict["referenced_procedure_ids"] = referenced_procedure_ids
        if referenced_dynamic_variables is not UNSET:
            field_dict["referenced_dynamic_variables"] = referenced_dynamic_variables
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        procedure_at_version_input = cls.__new__(cls)
        procedure_at_version_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return procedure_at_version_input

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

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)


def _read_type_(cls: type[ProcedureAtVersionInput], d: Mapping[str, Any]) -> Any:
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


_read_trigger = plain_reader("trigger", (str,), "a string", False)

_read_referenced_tool_ids = plain_reader("referenced_tool_ids", (list,), "an array", False, ((str,), "a string"))

_read_referenced_kb_ids = plain_reader("referenced_kb_ids", (list,), "an array", False, ((str,), "a string"))

_read_referenced_procedure_ids = plain_reader(
    "referenced_procedure_ids", (list,), "an array", False, ((str,), "a string")
)

_read_referenced_dynamic_variables = plain_reader(
    "referenced_dynamic_variables", (list,), "an array", False, ((str,), "a string")
)


def _read_guardrails(cls: type[ProcedureAtVersionInput], d: Mapping[str, Any]) -> Any:
    guardrails_raw = d.get("guardrails", UNSET)
    try:
        expect_array("guardrails", guardrails_raw)
        _guardrails = guardrails_raw
        guardrails: list[CustomGuardrailConfig] | Unset = UNSET
        if _guardrails is not UNSET:
            guardrails = []
            for guardrails_item_data in _guardrails:
                guardrails_item = CustomGuardrailConfig.from_dict(guardrails_item_data)

                guardrails.append(guardrails_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        guardrails = deviating_field(cls, "guardrails", guardrails_raw)

    return guardrails


_read_version_id = plain_reader(
    "version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "procedure_id",
        "name",
        "content",
        "agent_id",
        "type",
        "trigger",
        "referenced_tool_ids",
        "referenced_kb_ids",
        "referenced_procedure_ids",
        "referenced_dynamic_variables",
        "guardrails",
        "version_id",
    )
)


def _read_additional_properties(cls: type[ProcedureAtVersionInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProcedureAtVersionInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    trigger = d.get("trigger", UNSET)
    if trigger.__class__ is not str and trigger is not UNSET:
        trigger = _read_trigger(cls, d)

    referenced_tool_ids = d.get("referenced_tool_ids", UNSET)
    if referenced_tool_ids.__class__ is not list and referenced_tool_ids is not UNSET:
        referenced_tool_ids = _read_referenced_tool_ids(cls, d)
    elif referenced_tool_ids.__class__ is list and referenced_tool_ids:
        check_items(cls, "referenced_tool_ids", referenced_tool_ids, (str,), "a string")

    referenced_kb_ids = d.get("referenced_kb_ids", UNSET)
    if referenced_kb_ids.__class__ is not list and referenced_kb_ids is not UNSET:
        referenced_kb_ids = _read_referenced_kb_ids(cls, d)
    elif referenced_kb_ids.__class__ is list and referenced_kb_ids:
        check_items(cls, "referenced_kb_ids", referenced_kb_ids, (str,), "a string")

    referenced_procedure_ids = d.get("referenced_procedure_ids", UNSET)
    if referenced_procedure_ids.__class__ is not list and referenced_procedure_ids is not UNSET:
        referenced_procedure_ids = _read_referenced_procedure_ids(cls, d)
    elif referenced_procedure_ids.__class__ is list and referenced_procedure_ids:
        check_items(cls, "referenced_procedure_ids", referenced_procedure_ids, (str,), "a string")

    referenced_dynamic_variables = d.get("referenced_dynamic_variables", UNSET)
    if referenced_dynamic_variables.__class__ is not list and referenced_dynamic_variables is not UNSET:
        referenced_dynamic_variables = _read_referenced_dynamic_variables(cls, d)
    elif referenced_dynamic_variables.__class__ is list and referenced_dynamic_variables:
        check_items(cls, "referenced_dynamic_variables", referenced_dynamic_variables, (str,), "a string")

    if "guardrails" in known:
        guardrails = known["guardrails"]
    else:
        guardrails = d.get("guardrails", UNSET)
        if guardrails is not UNSET:
            guardrails = _read_guardrails(cls, d)

    version_id = d.get("version_id", UNSET)
    if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
        version_id = _read_version_id(cls, d)

    return {
        "procedure_id": procedure_id,
        "name": name,
        "content": content,
        "agent_id": agent_id,
        "type_": type_,
        "trigger": trigger,
        "referenced_tool_ids": referenced_tool_ids,
        "referenced_kb_ids": referenced_kb_ids,
        "referenced_procedure_ids": referenced_procedure_ids,
        "referenced_dynamic_variables": referenced_dynamic_variables,
        "guardrails": guardrails,
        "version_id": version_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProcedureAtVersionInput,
    _all_fields,
    {
        "procedure_id": _read_procedure_id,
        "name": _read_name,
        "content": _read_content,
        "agent_id": _read_agent_id,
        "type_": _read_type_,
        "trigger": _read_trigger,
        "referenced_tool_ids": _read_referenced_tool_ids,
        "referenced_kb_ids": _read_referenced_kb_ids,
        "referenced_procedure_ids": _read_referenced_procedure_ids,
        "referenced_dynamic_variables": _read_referenced_dynamic_variables,
        "guardrails": _read_guardrails,
        "version_id": _read_version_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_guardrail_config import CustomGuardrailConfig
