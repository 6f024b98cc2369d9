from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TransferToAgentToolResultSuccessModel")


@_attrs_define
class TransferToAgentToolResultSuccessModel:
    """Attributes:
    from_agent (str):
    to_agent (str):
    condition (str):
    result_type (Literal['transfer_to_agent_success'] | Unset):
    status (Literal['success'] | Unset):
    delay_ms (int | Unset):  Default: 0.
    transfer_message (None | str | Unset):
    enable_transferred_agent_first_message (bool | Unset):  Default: False.
    """

    from_agent: str

    to_agent: str

    condition: str

    result_type: Literal["transfer_to_agent_success"] | Unset = UNSET

    status: Literal["success"] | Unset = UNSET

    delay_ms: int | Unset = 0

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_agent_success")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        result_type_raw = d.pop("result_type", UNSET)
        result_type = cast(Literal["transfer_to_agent_success"] | Unset, result_type_raw)
        if result_type != "transfer_to_agent_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_agent_success', got '{result_type}'")

        status_raw = d.pop("status", UNSET)
        status = cast(Literal["success"] | Unset, status_raw)
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        from_agent = d.pop("from_agent", MISSING)
        if from_agent.__class__ is not str:
            if from_agent is MISSING:
                from_agent = missing_field(cls, "from_agent")
                _missing += ("from_agent",)
            else:
                from_agent = unexpected_type(cls, "from_agent", from_agent, "a string")

        to_agent = d.pop("to_agent", MISSING)
        if to_agent.__class__ is not str:
            if to_agent is MISSING:
                to_agent = missing_field(cls, "to_agent")
                _missing += ("to_agent",)
            else:
                to_agent = unexpected_type(cls, "to_agent", to_agent, "a string")

        condition = d.pop("condition", MISSING)
        if condition.__class__ is not str:
            if condition is MISSING:
                condition = missing_field(cls, "condition")
                _missing += ("condition",)
            else:
                condition = unexpected_type(cls, "condition", condition, "a string")

        delay_ms = d.pop("delay_ms", UNSET)
        if delay_ms.__class__ is not int and delay_ms is not UNSET:
            delay_ms = unexpected_type(cls, "delay_ms", delay_ms, "an integer")

        transfer_message = d.pop("transfer_message", UNSET)
        if transfer_message.__class__ is not str and transfer_message is not None and transfer_message is not UNSET:
            transfer_message = unexpected_type(cls, "transfer_message", transfer_message, "a string or null")

        enable_transferred_agent_first_message = d.pop("enable_transferred_agent_first_message", UNSET)
        if (
            enable_transferred_agent_first_message.__class__ is not bool
            and enable_transferred_agent_first_message is not UNSET
        ):
            enable_transferred_agent_first_message = unexpected_type(
                cls, "enable_transferred_agent_first_message", enable_transferred_agent_first_message, "a boolean"
            )

        transfer_to_agent_tool_result_success_model = cls(
            from_agent=from_agent,
            to_agent=to_agent,
            condition=condition,
            result_type=result_type,
            status=status,
            delay_ms=delay_ms,
            transfer_message=transfer_message,
            enable_transferred_agent_first_message=enable_transferred_agent_first_message,
        )
        if _missing:
            transfer_to_agent_tool_result_success_model._missing_fields = _missing
        transfer_to_agent_tool_result_success_model.additional_properties = d
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
