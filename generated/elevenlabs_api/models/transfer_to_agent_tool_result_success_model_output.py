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
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TransferToAgentToolResultSuccessModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferToAgentToolResultSuccessModelOutput(Lazy):
    """Attributes:
    from_agent (str):
    to_agent (str):
    condition (str):
    result_type (Literal['transfer_to_agent_success'] | Unset):  Default: 'transfer_to_agent_success'.
    status (Literal['success'] | Unset):  Default: 'success'.
    to_node (None | str | Unset):
    delay_ms (int | Unset): Defaults to 0 on the server.
    transfer_message (None | str | Unset):
    enable_transferred_agent_first_message (bool | Unset): Defaults to False on the server.
    branch_info (None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | UnknownVariant |
        Unset):
    preserve_client_tts_overrides (bool | Unset): Defaults to False on the server.
    """

    from_agent: str

    to_agent: str

    condition: str

    result_type: Literal["transfer_to_agent_success"] | Unset = _attrs_field(
        default="transfer_to_agent_success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelOutput", "result_type", "transfer_to_agent_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToAgentToolResultSuccessModelOutput", "status", "success"),
    )

    to_node: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    branch_info: None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | UnknownVariant | Unset = (
        UNSET
    )

    preserve_client_tts_overrides: bool | Unset = UNSET

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

        to_node: Any
        try:
            to_node = self.to_node

        except (AttributeError, TypeError):
            to_node = self.to_node

        delay_ms = self.delay_ms

        transfer_message: Any
        try:
            transfer_message = self.transfer_message

        except (AttributeError, TypeError):
            transfer_message = self.transfer_message

        enable_transferred_agent_first_message = self.enable_transferred_agent_first_message

        branch_info: Any
        try:
            if isinstance(self.branch_info, Unset):
                branch_info = UNSET
            elif (
                isinstance(self.branch_info, TransferBranchInfoTrafficSplit)
                or isinstance(self.branch_info, TransferBranchInfoDefaultingToMain)
                or isinstance(self.branch_info, UnknownVariant)
            ):
                branch_info = self.branch_info.to_dict()
            else:
                branch_info = self.branch_info

        except (AttributeError, TypeError):
            branch_info = self.branch_info

        preserve_client_tts_overrides = self.preserve_client_tts_overrides

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
        if to_node is not UNSET:
            field_dict["to_node"] = to_node
        if delay_ms is not UNSET:
            field_dict["delay_ms"] = delay_ms
        if transfer_message is not UNSET:
            field_dict["transfer_message"] = transfer_message
        if enable_transferred_agent_first_message is not UNSET:
            field_dict["enable_transferred_agent_first_message"] = enable_transferred_agent_first_message
        if branch_info is not UNSET:
            field_dict["branch_info"] = branch_info
        if preserve_client_tts_overrides is not UNSET:
            field_dict["preserve_client_tts_overrides"] = preserve_client_tts_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transfer_to_agent_tool_result_success_model_output = cls.__new__(cls)
        transfer_to_agent_tool_result_success_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return transfer_to_agent_tool_result_success_model_output

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


def _read_result_type(cls: type[TransferToAgentToolResultSuccessModelOutput], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["transfer_to_agent_success"] | Unset, result_type_raw)
    if result_type != "transfer_to_agent_success" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'transfer_to_agent_success', got '{result_type}'")

    return result_type


def _read_status(cls: type[TransferToAgentToolResultSuccessModelOutput], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
    status = cast(Literal["success"] | Unset, status_raw)
    if status != "success" and not isinstance(status, Unset):
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


_read_from_agent = plain_reader("from_agent", (str,), "a string", True)

_read_to_agent = plain_reader("to_agent", (str,), "a string", True)

_read_condition = plain_reader("condition", (str,), "a string", True)

_read_to_node = plain_reader(
    "to_node",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

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


def _read_branch_info(cls: type[TransferToAgentToolResultSuccessModelOutput], d: Mapping[str, Any]) -> Any:
    branch_info_raw = d.get("branch_info", UNSET)
    try:

        def _parse_branch_info(
            data: object,
        ) -> None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | UnknownVariant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_branch_info_member, data)

        def _parse_branch_info_member(
            data: object,
        ) -> None | TransferBranchInfoDefaultingToMain | TransferBranchInfoTrafficSplit | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    TransferBranchInfoTrafficSplit,
                    TransferBranchInfoDefaultingToMain,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                branch_info_type_0_type_0 = TransferBranchInfoTrafficSplit.from_dict(data)

                return branch_info_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                branch_info_type_0_type_1 = TransferBranchInfoDefaultingToMain.from_dict(data)

                return branch_info_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            branch_info_type_0_type_2 = UnknownVariant.from_dict(data)

            return branch_info_type_0_type_2

        branch_info = _parse_branch_info(branch_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        branch_info = deviating_field(cls, "branch_info", branch_info_raw)

    return branch_info


_read_preserve_client_tts_overrides = plain_reader("preserve_client_tts_overrides", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "from_agent",
        "to_agent",
        "condition",
        "result_type",
        "status",
        "to_node",
        "delay_ms",
        "transfer_message",
        "enable_transferred_agent_first_message",
        "branch_info",
        "preserve_client_tts_overrides",
    )
)


def _read_additional_properties(
    cls: type[TransferToAgentToolResultSuccessModelOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TransferToAgentToolResultSuccessModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
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

    to_node = d.get("to_node", UNSET)
    if to_node.__class__ is not str and to_node is not None and to_node is not UNSET:
        to_node = _read_to_node(cls, d)

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

    if "branch_info" in known:
        branch_info = known["branch_info"]
    else:
        branch_info = d.get("branch_info", UNSET)
        if branch_info is not UNSET and branch_info is not None:
            branch_info = _read_branch_info(cls, d)

    preserve_client_tts_overrides = d.get("preserve_client_tts_overrides", UNSET)
    if preserve_client_tts_overrides.__class__ is not bool and preserve_client_tts_overrides is not UNSET:
        preserve_client_tts_overrides = _read_preserve_client_tts_overrides(cls, d)

    return {
        "from_agent": from_agent,
        "to_agent": to_agent,
        "condition": condition,
        "result_type": result_type,
        "status": status,
        "to_node": to_node,
        "delay_ms": delay_ms,
        "transfer_message": transfer_message,
        "enable_transferred_agent_first_message": enable_transferred_agent_first_message,
        "branch_info": branch_info,
        "preserve_client_tts_overrides": preserve_client_tts_overrides,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TransferToAgentToolResultSuccessModelOutput,
    _all_fields,
    {
        "from_agent": _read_from_agent,
        "to_agent": _read_to_agent,
        "condition": _read_condition,
        "result_type": _read_result_type,
        "status": _read_status,
        "to_node": _read_to_node,
        "delay_ms": _read_delay_ms,
        "transfer_message": _read_transfer_message,
        "enable_transferred_agent_first_message": _read_enable_transferred_agent_first_message,
        "branch_info": _read_branch_info,
        "preserve_client_tts_overrides": _read_preserve_client_tts_overrides,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
from ..models.transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit
from ..models.unknown_variant import UnknownVariant
