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

T = TypeVar("T", bound="ResponseUnitTestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ResponseUnitTestModel(Lazy):
    """Attributes:
    from_conversation_metadata (None | TestFromConversationMetadataOutput | Unset): Metadata of a conversation this
        test was created from (if applicable).
    dynamic_variables (ResponseUnitTestModelDynamicVariables | Unset): Dynamic variables to replace in the agent
        config during testing
    chat_history (list[ConversationHistoryTranscriptCommonModelOutput] | Unset):
    conversation_initiation_source (ConversationInitiationSource | None | str | Unset): Simulate the test as if the
        conversation originated from this channel.
    environment (None | str | Unset): The environment to resolve environment-specific variable values against when
        running this test (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation
        tests, simulation_environment takes precedence when set.
    type_ (Literal['llm'] | Unset):  Default: 'llm'.
    success_condition (str | Unset): A prompt that evaluates whether the agent's response is successful. Should
        return True or False. Defaults to empty on the server.
    success_examples (list[AgentSuccessfulResponseExample] | Unset): Non-empty list of example responses that should
        be considered successful
    failure_examples (list[AgentFailureResponseExample] | Unset): Non-empty list of example responses that should be
        considered failures
    """

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: ResponseUnitTestModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("ResponseUnitTestModel", "type", "llm"),
    )

    success_condition: str | Unset = UNSET

    success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET

    failure_examples: list[AgentFailureResponseExample] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "llm")

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

        success_condition = self.success_condition

        success_examples: Any
        try:
            success_examples = UNSET
            if not isinstance(self.success_examples, Unset):
                success_examples = []
                for success_examples_item_data in self.success_examples:
                    success_examples_item = success_examples_item_data.to_dict()
                    success_examples.append(success_examples_item)

        except (AttributeError, TypeError):
            success_examples = self.success_examples

        failure_examples: Any
        try:
            failure_examples = UNSET
            if not isinstance(self.failure_examples, Unset):
                failure_examples = []
                for failure_examples_item_data in self.failure_examples:
                    failure_examples_item = failure_examples_item_data.to_dict()
                    failure_examples.append(failure_examples_item)

        except (AttributeError, TypeError):
            failure_examples = self.failure_examples

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
        if success_condition is not UNSET:
            field_dict["success_condition"] = success_condition
        if success_examples is not UNSET:
            field_dict["success_examples"] = success_examples
        if failure_examples is not UNSET:
            field_dict["failure_examples"] = failure_examples
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        response_unit_test_model = cls.__new__(cls)
        response_unit_test_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return response_unit_test_model

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


def _read_type_(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["llm"] | Unset, type__raw)
    if type_ != "llm" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'llm', got '{type_}'")

    return type_


def _read_from_conversation_metadata(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> Any:
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


def _read_dynamic_variables(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: ResponseUnitTestModelDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ResponseUnitTestModelDynamicVariables.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


def _read_chat_history(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> Any:
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

_read_success_condition = plain_reader("success_condition", (str,), "a string", False)


def _read_success_examples(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> Any:
    success_examples_raw = d.get("success_examples", UNSET)
    try:
        expect_array("success_examples", success_examples_raw)
        _success_examples = success_examples_raw
        success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET
        if _success_examples is not UNSET:
            success_examples = []
            for success_examples_item_data in _success_examples:
                success_examples_item = AgentSuccessfulResponseExample.from_dict(success_examples_item_data)

                success_examples.append(success_examples_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        success_examples = deviating_field(cls, "success_examples", success_examples_raw)

    return success_examples


def _read_failure_examples(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> Any:
    failure_examples_raw = d.get("failure_examples", UNSET)
    try:
        expect_array("failure_examples", failure_examples_raw)
        _failure_examples = failure_examples_raw
        failure_examples: list[AgentFailureResponseExample] | Unset = UNSET
        if _failure_examples is not UNSET:
            failure_examples = []
            for failure_examples_item_data in _failure_examples:
                failure_examples_item = AgentFailureResponseExample.from_dict(failure_examples_item_data)

                failure_examples.append(failure_examples_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        failure_examples = deviating_field(cls, "failure_examples", failure_examples_raw)

    return failure_examples


_FIELDS: frozenset[str] = frozenset(
    (
        "from_conversation_metadata",
        "dynamic_variables",
        "chat_history",
        "conversation_initiation_source",
        "environment",
        "type",
        "success_condition",
        "success_examples",
        "failure_examples",
    )
)


def _read_additional_properties(cls: type[ResponseUnitTestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ResponseUnitTestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    success_condition = d.get("success_condition", UNSET)
    if success_condition.__class__ is not str and success_condition is not UNSET:
        success_condition = _read_success_condition(cls, d)

    if "success_examples" in known:
        success_examples = known["success_examples"]
    else:
        success_examples = d.get("success_examples", UNSET)
        if success_examples is not UNSET:
            success_examples = _read_success_examples(cls, d)

    if "failure_examples" in known:
        failure_examples = known["failure_examples"]
    else:
        failure_examples = d.get("failure_examples", UNSET)
        if failure_examples is not UNSET:
            failure_examples = _read_failure_examples(cls, d)

    return {
        "from_conversation_metadata": from_conversation_metadata,
        "dynamic_variables": dynamic_variables,
        "chat_history": chat_history,
        "conversation_initiation_source": conversation_initiation_source,
        "environment": environment,
        "type_": type_,
        "success_condition": success_condition,
        "success_examples": success_examples,
        "failure_examples": failure_examples,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ResponseUnitTestModel, type_="type")

set_readers(
    ResponseUnitTestModel,
    _all_fields,
    {
        "from_conversation_metadata": _read_from_conversation_metadata,
        "dynamic_variables": _read_dynamic_variables,
        "chat_history": _read_chat_history,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "environment": _read_environment,
        "type_": _read_type_,
        "success_condition": _read_success_condition,
        "success_examples": _read_success_examples,
        "failure_examples": _read_failure_examples,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_failure_response_example import AgentFailureResponseExample
from ..models.agent_successful_response_example import AgentSuccessfulResponseExample
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.response_unit_test_model_dynamic_variables import ResponseUnitTestModelDynamicVariables
from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
