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
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptSystemToolResultCommonModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptSystemToolResultCommonModelInput(Lazy):
    """Attributes:
    request_id (str):
    tool_name (str):
    result_value (str):
    is_error (bool):
    tool_has_been_called (bool):
    type_ (Literal['system']):
    is_blocked (bool | Unset): Defaults to False on the server.
    tool_latency_secs (float | Unset): Defaults to 0 on the server.
    error_type (str | Unset): Defaults to empty on the server.
    raw_error_message (str | Unset): Defaults to empty on the server.
    dynamic_variable_updates (list[DynamicVariableUpdateCommonModel] | Unset):
    result (DummyToolResultModel | EndCallToolResultModel | KnowledgeBaseRagToolResultModel |
        KnowledgeBaseToolResultModel | LanguageDetectionToolResultModel | None | PlayDtmfResultErrorModel |
        PlayDtmfResultSuccessModel | SkipTurnToolResponseModel | TestToolResultModel |
        TransferToAgentToolResultErrorModel | TransferToAgentToolResultSuccessModelInput |
        TransferToNumberResultErrorModel | TransferToNumberResultExotelSuccessModel |
        TransferToNumberResultSipSuccessModel | TransferToNumberResultTwilioSuccessModel | Unset |
        VoiceMailDetectionResultSuccessModel):
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    type_: Literal["system"] = _attrs_field(
        default="system",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTranscriptSystemToolResultCommonModelInput", "type", "system"),
    )

    is_blocked: bool | Unset = UNSET

    tool_latency_secs: float | Unset = UNSET

    error_type: str | Unset = UNSET

    raw_error_message: str | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    result: (
        DummyToolResultModel
        | EndCallToolResultModel
        | KnowledgeBaseRagToolResultModel
        | KnowledgeBaseToolResultModel
        | LanguageDetectionToolResultModel
        | None
        | PlayDtmfResultErrorModel
        | PlayDtmfResultSuccessModel
        | SkipTurnToolResponseModel
        | TestToolResultModel
        | TransferToAgentToolResultErrorModel
        | TransferToAgentToolResultSuccessModelInput
        | TransferToNumberResultErrorModel
        | TransferToNumberResultExotelSuccessModel
        | TransferToNumberResultSipSuccessModel
        | TransferToNumberResultTwilioSuccessModel
        | Unset
        | VoiceMailDetectionResultSuccessModel
    ) = UNSET

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
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "system")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        type_ = self.type_

        is_blocked = self.is_blocked

        tool_latency_secs = self.tool_latency_secs

        error_type = self.error_type

        raw_error_message = self.raw_error_message

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

        result: Any
        try:
            if isinstance(self.result, Unset):
                result = UNSET
            elif (
                isinstance(self.result, EndCallToolResultModel)
                or isinstance(self.result, LanguageDetectionToolResultModel)
                or isinstance(self.result, TransferToAgentToolResultSuccessModelInput)
                or isinstance(self.result, TransferToAgentToolResultErrorModel)
                or isinstance(self.result, TransferToNumberResultTwilioSuccessModel)
                or isinstance(self.result, TransferToNumberResultSipSuccessModel)
                or isinstance(self.result, TransferToNumberResultExotelSuccessModel)
                or isinstance(self.result, TransferToNumberResultErrorModel)
                or isinstance(self.result, SkipTurnToolResponseModel)
                or isinstance(self.result, PlayDtmfResultSuccessModel)
                or isinstance(self.result, PlayDtmfResultErrorModel)
                or isinstance(self.result, VoiceMailDetectionResultSuccessModel)
                or isinstance(self.result, TestToolResultModel)
                or isinstance(self.result, KnowledgeBaseRagToolResultModel)
                or isinstance(self.result, KnowledgeBaseToolResultModel)
                or isinstance(self.result, DummyToolResultModel)
            ):
                result = self.result.to_dict()
            else:
                result = self.result

        except (AttributeError, TypeError):
            result = self.result

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
        field_dict["type"] = type_
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if tool_latency_secs is not UNSET:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if raw_error_message is not UNSET:
            field_dict["raw_error_message"] = raw_error_message
        if dynamic_variable_updates is not UNSET:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        if result is not UNSET:
            field_dict["result"] = result
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_system_tool_result_common_model_input = cls.__new__(cls)
        conversation_history_transcript_system_tool_result_common_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_system_tool_result_common_model_input

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


def _read_type_(cls: type[ConversationHistoryTranscriptSystemToolResultCommonModelInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["system"], type__raw)
    if type_ != "system":
        raise ValueError(f"type must match const 'system', got '{type_}'")

    return type_


_read_request_id = plain_reader("request_id", (str,), "a string", True)

_read_tool_name = plain_reader("tool_name", (str,), "a string", True)

_read_result_value = plain_reader("result_value", (str,), "a string", True)

_read_is_error = plain_reader("is_error", (bool,), "a boolean", True)

_read_tool_has_been_called = plain_reader("tool_has_been_called", (bool,), "a boolean", True)

_read_is_blocked = plain_reader("is_blocked", (bool,), "a boolean", False)

_read_tool_latency_secs = plain_reader(
    "tool_latency_secs",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_error_type = plain_reader("error_type", (str,), "a string", False)

_read_raw_error_message = plain_reader("raw_error_message", (str,), "a string", False)


def _read_dynamic_variable_updates(
    cls: type[ConversationHistoryTranscriptSystemToolResultCommonModelInput], d: Mapping[str, Any]
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


def _read_result(cls: type[ConversationHistoryTranscriptSystemToolResultCommonModelInput], d: Mapping[str, Any]) -> Any:
    result_raw = d.get("result", UNSET)
    try:

        def _parse_result(
            data: object,
        ) -> (
            DummyToolResultModel
            | EndCallToolResultModel
            | KnowledgeBaseRagToolResultModel
            | KnowledgeBaseToolResultModel
            | LanguageDetectionToolResultModel
            | None
            | PlayDtmfResultErrorModel
            | PlayDtmfResultSuccessModel
            | SkipTurnToolResponseModel
            | TestToolResultModel
            | TransferToAgentToolResultErrorModel
            | TransferToAgentToolResultSuccessModelInput
            | TransferToNumberResultErrorModel
            | TransferToNumberResultExotelSuccessModel
            | TransferToNumberResultSipSuccessModel
            | TransferToNumberResultTwilioSuccessModel
            | Unset
            | VoiceMailDetectionResultSuccessModel
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_result_member, data)

        def _parse_result_member(
            data: object,
        ) -> (
            DummyToolResultModel
            | EndCallToolResultModel
            | KnowledgeBaseRagToolResultModel
            | KnowledgeBaseToolResultModel
            | LanguageDetectionToolResultModel
            | None
            | PlayDtmfResultErrorModel
            | PlayDtmfResultSuccessModel
            | SkipTurnToolResponseModel
            | TestToolResultModel
            | TransferToAgentToolResultErrorModel
            | TransferToAgentToolResultSuccessModelInput
            | TransferToNumberResultErrorModel
            | TransferToNumberResultExotelSuccessModel
            | TransferToNumberResultSipSuccessModel
            | TransferToNumberResultTwilioSuccessModel
            | Unset
            | VoiceMailDetectionResultSuccessModel
        ):
            if isinstance(data, dict):
                for known in (
                    EndCallToolResultModel,
                    LanguageDetectionToolResultModel,
                    TransferToAgentToolResultSuccessModelInput,
                    TransferToAgentToolResultErrorModel,
                    TransferToNumberResultTwilioSuccessModel,
                    TransferToNumberResultSipSuccessModel,
                    TransferToNumberResultExotelSuccessModel,
                    TransferToNumberResultErrorModel,
                    SkipTurnToolResponseModel,
                    PlayDtmfResultSuccessModel,
                    PlayDtmfResultErrorModel,
                    VoiceMailDetectionResultSuccessModel,
                    TestToolResultModel,
                    KnowledgeBaseRagToolResultModel,
                    KnowledgeBaseToolResultModel,
                    DummyToolResultModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_0 = EndCallToolResultModel.from_dict(data)

                return result_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_1 = LanguageDetectionToolResultModel.from_dict(data)

                return result_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_2 = TransferToAgentToolResultSuccessModelInput.from_dict(data)

                return result_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_3 = TransferToAgentToolResultErrorModel.from_dict(data)

                return result_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_4 = TransferToNumberResultTwilioSuccessModel.from_dict(data)

                return result_type_0_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_5 = TransferToNumberResultSipSuccessModel.from_dict(data)

                return result_type_0_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_6 = TransferToNumberResultExotelSuccessModel.from_dict(data)

                return result_type_0_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_7 = TransferToNumberResultErrorModel.from_dict(data)

                return result_type_0_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_8 = SkipTurnToolResponseModel.from_dict(data)

                return result_type_0_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_9 = PlayDtmfResultSuccessModel.from_dict(data)

                return result_type_0_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_10 = PlayDtmfResultErrorModel.from_dict(data)

                return result_type_0_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_11 = VoiceMailDetectionResultSuccessModel.from_dict(data)

                return result_type_0_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_12 = TestToolResultModel.from_dict(data)

                return result_type_0_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_13 = KnowledgeBaseRagToolResultModel.from_dict(data)

                return result_type_0_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0_type_14 = KnowledgeBaseToolResultModel.from_dict(data)

                return result_type_0_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            result_type_0_type_15 = DummyToolResultModel.from_dict(data)

            return result_type_0_type_15

        result = _parse_result(result_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        result = deviating_field(cls, "result", result_raw)

    return result


_FIELDS: frozenset[str] = frozenset(
    (
        "request_id",
        "tool_name",
        "result_value",
        "is_error",
        "tool_has_been_called",
        "type",
        "is_blocked",
        "tool_latency_secs",
        "error_type",
        "raw_error_message",
        "dynamic_variable_updates",
        "result",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptSystemToolResultCommonModelInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptSystemToolResultCommonModelInput],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

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

    is_blocked = d.get("is_blocked", UNSET)
    if is_blocked.__class__ is not bool and is_blocked is not UNSET:
        is_blocked = _read_is_blocked(cls, d)

    tool_latency_secs = d.get("tool_latency_secs", UNSET)
    if (
        tool_latency_secs.__class__ is not float
        and tool_latency_secs.__class__ is not int
        and tool_latency_secs is not UNSET
    ):
        tool_latency_secs = _read_tool_latency_secs(cls, d)

    error_type = d.get("error_type", UNSET)
    if error_type.__class__ is not str and error_type is not UNSET:
        error_type = _read_error_type(cls, d)

    raw_error_message = d.get("raw_error_message", UNSET)
    if raw_error_message.__class__ is not str and raw_error_message is not UNSET:
        raw_error_message = _read_raw_error_message(cls, d)

    if "dynamic_variable_updates" in known:
        dynamic_variable_updates = known["dynamic_variable_updates"]
    else:
        dynamic_variable_updates = d.get("dynamic_variable_updates", UNSET)
        if dynamic_variable_updates is not UNSET:
            dynamic_variable_updates = _read_dynamic_variable_updates(cls, d)

    if "result" in known:
        result = known["result"]
    else:
        result = d.get("result", UNSET)
        if result is not UNSET and result is not None:
            result = _read_result(cls, d)

    return {
        "request_id": request_id,
        "tool_name": tool_name,
        "result_value": result_value,
        "is_error": is_error,
        "tool_has_been_called": tool_has_been_called,
        "type_": type_,
        "is_blocked": is_blocked,
        "tool_latency_secs": tool_latency_secs,
        "error_type": error_type,
        "raw_error_message": raw_error_message,
        "dynamic_variable_updates": dynamic_variable_updates,
        "result": result,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptSystemToolResultCommonModelInput, type_="type")

set_readers(
    ConversationHistoryTranscriptSystemToolResultCommonModelInput,
    _all_fields,
    {
        "request_id": _read_request_id,
        "tool_name": _read_tool_name,
        "result_value": _read_result_value,
        "is_error": _read_is_error,
        "tool_has_been_called": _read_tool_has_been_called,
        "type_": _read_type_,
        "is_blocked": _read_is_blocked,
        "tool_latency_secs": _read_tool_latency_secs,
        "error_type": _read_error_type,
        "raw_error_message": _read_raw_error_message,
        "dynamic_variable_updates": _read_dynamic_variable_updates,
        "result": _read_result,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dummy_tool_result_model import DummyToolResultModel
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
from ..models.end_call_tool_result_model import EndCallToolResultModel
from ..models.knowledge_base_rag_tool_result_model import KnowledgeBaseRagToolResultModel
from ..models.knowledge_base_tool_result_model import KnowledgeBaseToolResultModel
from ..models.language_detection_tool_result_model import LanguageDetectionToolResultModel
from ..models.play_dtmf_result_error_model import PlayDtmfResultErrorModel
from ..models.play_dtmf_result_success_model import PlayDtmfResultSuccessModel
from ..models.skip_turn_tool_response_model import SkipTurnToolResponseModel
from ..models.test_tool_result_model import TestToolResultModel
from ..models.transfer_to_agent_tool_result_error_model import TransferToAgentToolResultErrorModel
from ..models.transfer_to_agent_tool_result_success_model_input import TransferToAgentToolResultSuccessModelInput
from ..models.transfer_to_number_result_error_model import TransferToNumberResultErrorModel
from ..models.transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel
from ..models.transfer_to_number_result_sip_success_model import TransferToNumberResultSipSuccessModel
from ..models.transfer_to_number_result_twilio_success_model import TransferToNumberResultTwilioSuccessModel
from ..models.voice_mail_detection_result_success_model import VoiceMailDetectionResultSuccessModel
