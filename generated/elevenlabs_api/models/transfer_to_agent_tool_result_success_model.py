from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="TransferToAgentToolResultSuccessModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferToAgentToolResultSuccessModel(Lazy):
    """Attributes:
    from_agent (str):
    to_agent (str):
    condition (str):
    result_type (Literal['transfer_to_agent_success'] | Unset):
    status (Literal['success'] | Unset):
    delay_ms (int | Unset): Defaults to 0 on the server.
    transfer_message (None | str | Unset):
    enable_transferred_agent_first_message (bool | Unset): Defaults to False on the server.
    """

    from_agent: str

    to_agent: str

    condition: str

    result_type: Literal["transfer_to_agent_success"] | Unset = _attrs_field(
        default="transfer_to_agent_success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModel", "result_type", "transfer_to_agent_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModel", "status", "success"),
    )

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "from_agent",
        "to_agent",
        "condition",
    )
    _tags: ClassVar[tuple[str, ...]] = (
        "result_type",
        "status",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_agent_success")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        from_agent = self.from_agent

        to_agent = self.to_agent

        condition = self.condition

        result_type = self.result_type

        status = self.status

        delay_ms = self.delay_ms

        transfer_message: Any
        try:
            transfer_message = self.transfer_message

        except (AttributeError, TypeError):
            transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_agent is not None or "from_agent" not in self._missing_fields:
            field_dict["from_agent"] = from_agent
        if to_agent is not None or "to_agent" not in self._missing_fields:
            field_dict["to_agent"] = to_agent
        if condition is not None or "condition" not in self._missing_fields:
            field_dict["condition"] = condition
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if delay_ms is not UNSET:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not UNSET:
            field_dict["transfer_message"] = transfer_message
        if enable_transferred_agent_first_message is not UNSET:
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transfer_to_agent_tool_result_success_model = cls.__new__(cls)
        transfer_to_agent_tool_result_success_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return transfer_to_agent_tool_result_success_model

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


def _read_result_type(cls: type[TransferToAgentToolResultSuccessModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["transfer_to_agent_success"] | Unset, result_type_raw)
    if result_type != "transfer_to_agent_success" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'transfer_to_agent_success', got '{result_type}'")

    return result_type


def _read_status(cls: type[TransferToAgentToolResultSuccessModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
    status = cast(Literal["success"] | Unset, status_raw)
    if status != "success" and not isinstance(status, Unset):
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


_read_from_agent = plain_reader("from_agent", (str,), "a string", True)

_read_to_agent = plain_reader("to_agent", (str,), "a string", True)

_read_condition = plain_reader("condition", (str,), "a string", True)

_read_delay_ms = plain_reader("delay_ms", (int,), "an integer", False)

_read_transfer_message = plain_reader(
    "transfer_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_enable_transferred_agent_first_message = plain_reader(
    "enable_transferred_agent_first_message", (bool,), "a boolean", False
)


_FIELDS: frozenset[str] = frozenset(
    (
        "from_agent",
        "to_agent",
        "condition",
        "result_type",
        "status",
        "delay_ms",
        "transfer_message",
        "enable_transferred_agent_first_message",
    )
)


def _read_additional_properties(
    cls: type[TransferToAgentToolResultSuccessModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TransferToAgentToolResultSuccessModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "result_type" in known:
        result_type = known["result_type"]
    else:
        result_type = d.get("result_type", UNSET)
        if result_type is not UNSET:
            result_type = _read_result_type(cls, d)

    if "status" in known:
        status = known["status"]
    else:
        status = d.get("status", UNSET)
        if status is not UNSET:
            status = _read_status(cls, d)

    from_agent = d.get("from_agent", MISSING)
    if from_agent.__class__ is not str:
        from_agent = _read_from_agent(cls, d)

    to_agent = d.get("to_agent", MISSING)
    if to_agent.__class__ is not str:
        to_agent = _read_to_agent(cls, d)

    condition = d.get("condition", MISSING)
    if condition.__class__ is not str:
        condition = _read_condition(cls, d)

    delay_ms = d.get("delay_ms", UNSET)
    if delay_ms.__class__ is not int and delay_ms is not UNSET:
        delay_ms = _read_delay_ms(cls, d)

    transfer_message = d.get("transfer_message", UNSET)
    if transfer_message.__class__ is not str and transfer_message is not None and transfer_message is not UNSET:
        transfer_message = _read_transfer_message(cls, d)

    enable_transferred_agent_first_message = d.get("enable_transferred_agent_first_message", UNSET)
    if (
        enable_transferred_agent_first_message.__class__ is not bool
        and enable_transferred_agent_first_message is not UNSET
    ):
        enable_transferred_agent_first_message = _read_enable_transferred_agent_first_message(cls, d)

    return {
        "from_agent": from_agent,
        "to_agent": to_agent,
        "condition": condition,
        "result_type": result_type,
        "status": status,
        "delay_ms": delay_ms,
        "transfer_message": transfer_message,
        "enable_transferred_agent_first_message": enable_transferred_agent_first_message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TransferToAgentToolResultSuccessModel,
    _all_fields,
    {
        "from_agent": _read_from_agent,
        "to_agent": _read_to_agent,
        "condition": _read_condition,
        "result_type": _read_result_type,
        "status": _read_status,
        "delay_ms": _read_delay_ms,
        "transfer_message": _read_transfer_message,
        "enable_transferred_agent_first_message": _read_enable_transferred_agent_first_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
