from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationHistoryTranscriptOtherToolsResultCommonModelType,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptOtherToolsResultCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptOtherToolsResultCommonModel(Lazy):
    """Attributes:
    request_id (str):
    tool_name (str):
    result_value (str):
    is_error (bool):
    tool_has_been_called (bool):
    tool_latency_secs (float | Unset): Defaults to 0 on the server.
    dynamic_variable_updates (list[DynamicVariableUpdateCommonModel] | Unset):
    type_ (ConversationHistoryTranscriptOtherToolsResultCommonModelType | None | str | Unset):
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    tool_latency_secs: float | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    type_: ConversationHistoryTranscriptOtherToolsResultCommonModelType | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "request_id",
        "tool_name",
        "result_value",
        "is_error",
        "tool_has_been_called",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        tool_latency_secs = self.tool_latency_secs

        dynamic_variable_updates: Any
        try:
            dynamic_variable_updates = UNSET
            if not isinstance(self.dynamic_variable_updates, Unset):
                dynamic_variable_updates = []
                for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
                    dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
                    dynamic_variable_updates.append(dynamic_variable_updates_item)

        except (AttributeError, TypeError):
            dynamic_variable_updates = self.dynamic_variable_updates

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request_id is not None or "request_id" not in self._missing_fields:
            field_dict["request_id"] = request_id
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if result_value is not None or "result_value" not in self._missing_fields:
            field_dict["result_value"] = result_value
        if is_error is not None or "is_error" not in self._missing_fields:
            field_dict["is_error"] = is_error
        if tool_has_been_called is not None or "tool_has_been_called" not in self._missing_fields:
            field_dict["tool_has_been_called"] = tool_has_been_called
        if tool_latency_secs is not UNSET:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if dynamic_variable_updates is not UNSET:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_other_tools_result_common_model = cls.__new__(cls)
        conversation_history_transcript_other_tools_result_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_other_tools_result_common_model

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


_read_request_id = plain_reader("request_id", (str,), "a string", True)

_read_tool_name = plain_reader("tool_name", (str,), "a string", True)

_read_result_value = plain_reader("result_value", (str,), "a string", True)

_read_is_error = plain_reader("is_error", (bool,), "a boolean", True)

_read_tool_has_been_called = plain_reader("tool_has_been_called", (bool,), "a boolean", True)

_read_tool_latency_secs = plain_reader(
    "tool_latency_secs",
    (
        float,
        int,
    ),
    "a number",
    False,
)


def _read_dynamic_variable_updates(
    cls: type[ConversationHistoryTranscriptOtherToolsResultCommonModel], d: Mapping[str, Any]
) -> Any:
    dynamic_variable_updates_raw = d.get("dynamic_variable_updates", UNSET)
    try:
        expect_array("dynamic_variable_updates", dynamic_variable_updates_raw)
        _dynamic_variable_updates = dynamic_variable_updates_raw
        dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET
        if _dynamic_variable_updates is not UNSET:
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                dynamic_variable_updates_item = DynamicVariableUpdateCommonModel.from_dict(
                    dynamic_variable_updates_item_data
                )

                dynamic_variable_updates.append(dynamic_variable_updates_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variable_updates = deviating_field(cls, "dynamic_variable_updates", dynamic_variable_updates_raw)

    return dynamic_variable_updates


_read_type_ = plain_reader(
    "type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "request_id",
        "tool_name",
        "result_value",
        "is_error",
        "tool_has_been_called",
        "tool_latency_secs",
        "dynamic_variable_updates",
        "type",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptOtherToolsResultCommonModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptOtherToolsResultCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    request_id = d.get("request_id", MISSING)
    if request_id.__class__ is not str:
        request_id = _read_request_id(cls, d)

    tool_name = d.get("tool_name", MISSING)
    if tool_name.__class__ is not str:
        tool_name = _read_tool_name(cls, d)

    result_value = d.get("result_value", MISSING)
    if result_value.__class__ is not str:
        result_value = _read_result_value(cls, d)

    is_error = d.get("is_error", MISSING)
    if is_error.__class__ is not bool:
        is_error = _read_is_error(cls, d)

    tool_has_been_called = d.get("tool_has_been_called", MISSING)
    if tool_has_been_called.__class__ is not bool:
        tool_has_been_called = _read_tool_has_been_called(cls, d)

    tool_latency_secs = d.get("tool_latency_secs", UNSET)
    if (
        tool_latency_secs.__class__ is not float
        and tool_latency_secs.__class__ is not int
        and tool_latency_secs is not UNSET
    ):
        tool_latency_secs = _read_tool_latency_secs(cls, d)

    if "dynamic_variable_updates" in known:
        dynamic_variable_updates = known["dynamic_variable_updates"]
    else:
        dynamic_variable_updates = d.get("dynamic_variable_updates", UNSET)
        if dynamic_variable_updates is not UNSET:
            dynamic_variable_updates = _read_dynamic_variable_updates(cls, d)

    type_ = d.get("type", UNSET)
    if type_ is not None and type_.__class__ is not str and type_ is not UNSET:
        type_ = _read_type_(cls, d)

    return {
        "request_id": request_id,
        "tool_name": tool_name,
        "result_value": result_value,
        "is_error": is_error,
        "tool_has_been_called": tool_has_been_called,
        "tool_latency_secs": tool_latency_secs,
        "dynamic_variable_updates": dynamic_variable_updates,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
    _all_fields,
    {
        "request_id": _read_request_id,
        "tool_name": _read_tool_name,
        "result_value": _read_result_value,
        "is_error": _read_is_error,
        "tool_has_been_called": _read_tool_has_been_called,
        "tool_latency_secs": _read_tool_latency_secs,
        "dynamic_variable_updates": _read_dynamic_variable_updates,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
