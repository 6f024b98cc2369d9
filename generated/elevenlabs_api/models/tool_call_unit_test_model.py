from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import ConversationInitiationSource
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ToolCallUnitTestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolCallUnitTestModel(Lazy):
    """Attributes:
    from_conversation_metadata (None | TestFromConversationMetadataOutput | Unset): Metadata of a conversation this
        test was created from (if applicable).
    dynamic_variables (ToolCallUnitTestModelDynamicVariables | Unset): Dynamic variables to replace in the agent
        config during testing
    chat_history (list[ConversationHistoryTranscriptCommonModelOutput] | Unset):
    conversation_initiation_source (ConversationInitiationSource | None | str | Unset): Simulate the test as if the
        conversation originated from this channel.
    environment (None | str | Unset): The environment to resolve environment-specific variable values against when
        running this test (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation
        tests, simulation_environment takes precedence when set.
    type_ (Literal['tool'] | Unset):  Default: 'tool'.
    tool_call_parameters (None | UnitTestToolCallEvaluationModelOutput | Unset): How to evaluate the agent's tool
        call (if any). If empty, the tool call is not evaluated.
    check_any_tool_matches (bool | None | Unset): If set to True this test will pass if any tool call returned by
        the LLM matches the criteria. Otherwise it will fail if more than one tool is returned by the agent.
    """

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: ToolCallUnitTestModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["tool"] | Unset = _attrs_field(
        default="tool",
        kw_only=True,
        alias="type",
        validator=types.tag("ToolCallUnitTestModel", "type", "tool"),
    )

    tool_call_parameters: None | UnitTestToolCallEvaluationModelOutput | Unset = UNSET

    check_any_tool_matches: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "tool")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        from_conversation_metadata: Any
        try:
            if isinstance(self.from_conversation_metadata, Unset):
                from_conversation_metadata = UNSET
            elif isinstance(self.from_conversation_metadata, TestFromConversationMetadataOutput):
                from_conversation_metadata = self.from_conversation_metadata.to_dict()
            else:
                from_conversation_metadata = self.from_conversation_metadata

        except (AttributeError, TypeError):
            from_conversation_metadata = self.from_conversation_metadata

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        chat_history: Any
        try:
            chat_history = UNSET
            if not isinstance(self.chat_history, Unset):
                chat_history = []
                for chat_history_item_data in self.chat_history:
                    chat_history_item = chat_history_item_data.to_dict()
                    chat_history.append(chat_history_item)

        except (AttributeError, TypeError):
            chat_history = self.chat_history

        conversation_initiation_source: Any
        try:
            if isinstance(self.conversation_initiation_source, Unset):
                conversation_initiation_source = UNSET
            elif isinstance(self.conversation_initiation_source, str):
                conversation_initiation_source = self.conversation_initiation_source
            else:
                conversation_initiation_source = self.conversation_initiation_source

        except (AttributeError, TypeError):
            conversation_initiation_source = self.conversation_initiation_source

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        type_ = self.type_

        tool_call_parameters: Any
        try:
            if isinstance(self.tool_call_parameters, Unset):
                tool_call_parameters = UNSET
            elif isinstance(self.tool_call_parameters, UnitTestToolCallEvaluationModelOutput):
                tool_call_parameters = self.tool_call_parameters.to_dict()
            else:
                tool_call_parameters = self.tool_call_parameters

        except (AttributeError, TypeError):
            tool_call_parameters = self.tool_call_parameters

        check_any_tool_matches: Any
        try:
            check_any_tool_matches = self.check_any_tool_matches

        except (AttributeError, TypeError):
            check_any_tool_matches = self.check_any_tool_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_conversation_metadata is not UNSET:
            field_dict["from_conversation_metadata"] = from_conversation_metadata
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if chat_history is not UNSET:
            field_dict["chat_history"] = chat_history
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        if environment is not UNSET:
            field_dict["environment"] = environment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tool_call_parameters is not UNSET:
            field_dict["tool_call_parameters"] = tool_call_parameters
        if check_any_tool_matches is not UNSET:
            field_dict["check_any_tool_matches"] = check_any_tool_matches
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_call_unit_test_model = cls.__new__(cls)
        tool_call_unit_test_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return tool_call_unit_test_model

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


def _read_type_(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["tool"] | Unset, type__raw)
    if type_ != "tool" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'tool', got '{type_}'")

    return type_


def _read_from_conversation_metadata(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any]) -> Any:
    from_conversation_metadata_raw = d.get("from_conversation_metadata", UNSET)
    try:

        def _parse_from_conversation_metadata(data: object) -> None | TestFromConversationMetadataOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            from_conversation_metadata_type_0 = TestFromConversationMetadataOutput.from_dict(data)

            return from_conversation_metadata_type_0

        from_conversation_metadata = _parse_from_conversation_metadata(from_conversation_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        from_conversation_metadata = deviating_field(cls, "from_conversation_metadata", from_conversation_metadata_raw)

    return from_conversation_metadata


def _read_dynamic_variables(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: ToolCallUnitTestModelDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ToolCallUnitTestModelDynamicVariables.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


def _read_chat_history(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any]) -> Any:
    chat_history_raw = d.get("chat_history", UNSET)
    try:
        expect_array("chat_history", chat_history_raw)
        _chat_history = chat_history_raw
        chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET
        if _chat_history is not UNSET:
            chat_history = []
            for chat_history_item_data in _chat_history:
                chat_history_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(chat_history_item_data)

                chat_history.append(chat_history_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        chat_history = deviating_field(cls, "chat_history", chat_history_raw)

    return chat_history


_read_conversation_initiation_source = plain_reader(
    "conversation_initiation_source",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_tool_call_parameters(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any]) -> Any:
    tool_call_parameters_raw = d.get("tool_call_parameters", UNSET)
    try:

        def _parse_tool_call_parameters(data: object) -> None | UnitTestToolCallEvaluationModelOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_parameters_type_0 = UnitTestToolCallEvaluationModelOutput.from_dict(data)

            return tool_call_parameters_type_0

        tool_call_parameters = _parse_tool_call_parameters(tool_call_parameters_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_parameters = deviating_field(cls, "tool_call_parameters", tool_call_parameters_raw)

    return tool_call_parameters


_read_check_any_tool_matches = plain_reader(
    "check_any_tool_matches",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "from_conversation_metadata",
        "dynamic_variables",
        "chat_history",
        "conversation_initiation_source",
        "environment",
        "type",
        "tool_call_parameters",
        "check_any_tool_matches",
    )
)


def _read_additional_properties(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ToolCallUnitTestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "from_conversation_metadata" in known:
        from_conversation_metadata = known["from_conversation_metadata"]
    else:
        from_conversation_metadata = d.get("from_conversation_metadata", UNSET)
        if from_conversation_metadata is not UNSET and from_conversation_metadata is not None:
            from_conversation_metadata = _read_from_conversation_metadata(cls, d)

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    if "chat_history" in known:
        chat_history = known["chat_history"]
    else:
        chat_history = d.get("chat_history", UNSET)
        if chat_history is not UNSET:
            chat_history = _read_chat_history(cls, d)

    conversation_initiation_source = d.get("conversation_initiation_source", UNSET)
    if (
        conversation_initiation_source is not None
        and conversation_initiation_source.__class__ is not str
        and conversation_initiation_source is not UNSET
    ):
        conversation_initiation_source = _read_conversation_initiation_source(cls, d)

    environment = d.get("environment", UNSET)
    if environment.__class__ is not str and environment is not None and environment is not UNSET:
        environment = _read_environment(cls, d)

    if "tool_call_parameters" in known:
        tool_call_parameters = known["tool_call_parameters"]
    else:
        tool_call_parameters = d.get("tool_call_parameters", UNSET)
        if tool_call_parameters is not UNSET and tool_call_parameters is not None:
            tool_call_parameters = _read_tool_call_parameters(cls, d)

    check_any_tool_matches = d.get("check_any_tool_matches", UNSET)
    if (
        check_any_tool_matches.__class__ is not bool
        and check_any_tool_matches is not None
        and check_any_tool_matches is not UNSET
    ):
        check_any_tool_matches = _read_check_any_tool_matches(cls, d)

    return {
        "from_conversation_metadata": from_conversation_metadata,
        "dynamic_variables": dynamic_variables,
        "chat_history": chat_history,
        "conversation_initiation_source": conversation_initiation_source,
        "environment": environment,
        "type_": type_,
        "tool_call_parameters": tool_call_parameters,
        "check_any_tool_matches": check_any_tool_matches,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ToolCallUnitTestModel, type_="type")

set_readers(
    ToolCallUnitTestModel,
    _all_fields,
    {
        "from_conversation_metadata": _read_from_conversation_metadata,
        "dynamic_variables": _read_dynamic_variables,
        "chat_history": _read_chat_history,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "environment": _read_environment,
        "type_": _read_type_,
        "tool_call_parameters": _read_tool_call_parameters,
        "check_any_tool_matches": _read_check_any_tool_matches,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
from ..models.tool_call_unit_test_model_dynamic_variables import ToolCallUnitTestModelDynamicVariables
from ..models.unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput
