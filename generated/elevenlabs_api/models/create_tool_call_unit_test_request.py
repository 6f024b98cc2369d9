from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import ConversationInitiationSource, check_conversation_initiation_source
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

T = TypeVar("T", bound="CreateToolCallUnitTestRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateToolCallUnitTestRequest(Lazy):
    """Attributes:
    name (str):
    from_conversation_metadata (None | TestFromConversationMetadataInput | Unset): Metadata of a conversation this
        test was created from (if applicable).
    dynamic_variables (CreateToolCallUnitTestRequestDynamicVariables | Unset): Dynamic variables to replace in the
        agent config during testing
    chat_history (list[ConversationHistoryTranscriptCommonModelInput] | Unset):
    conversation_initiation_source (ConversationInitiationSource | None | Unset): Simulate the test as if the
        conversation originated from this channel.
    environment (None | str | Unset): The environment to resolve environment-specific variable values against when
        running this test (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation
        tests, simulation_environment takes precedence when set.
    type_ (Literal['tool'] | Unset):  Default: 'tool'.
    tool_call_parameters (None | UnitTestToolCallEvaluationModelInput | Unset): How to evaluate the agent's tool
        call (if any). If empty, the tool call is not evaluated.
    check_any_tool_matches (bool | None | Unset): If set to True this test will pass if any tool call returned by
        the LLM matches the criteria. Otherwise it will fail if more than one tool is returned by the agent.
    parent_folder_id (None | str | Unset): The ID of the parent folder. If not provided, the test will be created at
        the root level.
    """

    name: str

    from_conversation_metadata: None | TestFromConversationMetadataInput | Unset = UNSET

    dynamic_variables: CreateToolCallUnitTestRequestDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["tool"] | Unset = _attrs_field(
        default="tool",
        kw_only=True,
        alias="type",
        validator=types.tag("CreateToolCallUnitTestRequest", "type", "tool"),
    )

    tool_call_parameters: None | UnitTestToolCallEvaluationModelInput | Unset = UNSET

    check_any_tool_matches: bool | None | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "tool")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        from_conversation_metadata: Any
        try:
            if isinstance(self.from_conversation_metadata, Unset):
                from_conversation_metadata = UNSET
            elif isinstance(self.from_conversation_metadata, TestFromConversationMetadataInput):
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
            elif isinstance(self.tool_call_parameters, UnitTestToolCallEvaluationModelInput):
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

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
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
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_tool_call_unit_test_request = cls.__new__(cls)
        create_tool_call_unit_test_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_tool_call_unit_test_request

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


def _read_type_(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["tool"] | Unset, type__raw)
    if type_ != "tool" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'tool', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)


def _read_from_conversation_metadata(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> Any:
    from_conversation_metadata_raw = d.get("from_conversation_metadata", UNSET)
    try:

        def _parse_from_conversation_metadata(data: object) -> None | TestFromConversationMetadataInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            from_conversation_metadata_type_0 = TestFromConversationMetadataInput.from_dict(data)

            return from_conversation_metadata_type_0

        from_conversation_metadata = _parse_from_conversation_metadata(from_conversation_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        from_conversation_metadata = deviating_field(cls, "from_conversation_metadata", from_conversation_metadata_raw)

    return from_conversation_metadata


def _read_dynamic_variables(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: CreateToolCallUnitTestRequestDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = CreateToolCallUnitTestRequestDynamicVariables.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


def _read_chat_history(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> Any:
    chat_history_raw = d.get("chat_history", UNSET)
    try:
        expect_array("chat_history", chat_history_raw)
        _chat_history = chat_history_raw
        chat_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET
        if _chat_history is not UNSET:
            chat_history = []
            for chat_history_item_data in _chat_history:
                chat_history_item = ConversationHistoryTranscriptCommonModelInput.from_dict(chat_history_item_data)

                chat_history.append(chat_history_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        chat_history = deviating_field(cls, "chat_history", chat_history_raw)

    return chat_history


def _read_conversation_initiation_source(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> Any:
    conversation_initiation_source_raw = d.get("conversation_initiation_source", UNSET)
    try:

        def _parse_conversation_initiation_source(data: object) -> ConversationInitiationSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            conversation_initiation_source_type_0 = check_conversation_initiation_source(data)

            return conversation_initiation_source_type_0

        conversation_initiation_source = _parse_conversation_initiation_source(conversation_initiation_source_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_initiation_source = deviating_field(
            cls, "conversation_initiation_source", conversation_initiation_source_raw
        )

    return conversation_initiation_source


_read_environment = plain_reader(
    "environment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_tool_call_parameters(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> Any:
    tool_call_parameters_raw = d.get("tool_call_parameters", UNSET)
    try:

        def _parse_tool_call_parameters(data: object) -> None | UnitTestToolCallEvaluationModelInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_parameters_type_0 = UnitTestToolCallEvaluationModelInput.from_dict(data)

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

_read_parent_folder_id = plain_reader(
    "parent_folder_id",
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
        "from_conversation_metadata",
        "dynamic_variables",
        "chat_history",
        "conversation_initiation_source",
        "environment",
        "type",
        "tool_call_parameters",
        "check_any_tool_matches",
        "parent_folder_id",
    )
)


def _read_additional_properties(cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateToolCallUnitTestRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

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

    if "conversation_initiation_source" in known:
        conversation_initiation_source = known["conversation_initiation_source"]
    else:
        conversation_initiation_source = d.get("conversation_initiation_source", UNSET)
        if conversation_initiation_source is not UNSET and conversation_initiation_source is not None:
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

    parent_folder_id = d.get("parent_folder_id", UNSET)
    if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
        parent_folder_id = _read_parent_folder_id(cls, d)

    return {
        "name": name,
        "from_conversation_metadata": from_conversation_metadata,
        "dynamic_variables": dynamic_variables,
        "chat_history": chat_history,
        "conversation_initiation_source": conversation_initiation_source,
        "environment": environment,
        "type_": type_,
        "tool_call_parameters": tool_call_parameters,
        "check_any_tool_matches": check_any_tool_matches,
        "parent_folder_id": parent_folder_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CreateToolCallUnitTestRequest, type_="type")

set_readers(
    CreateToolCallUnitTestRequest,
    _all_fields,
    {
        "name": _read_name,
        "from_conversation_metadata": _read_from_conversation_metadata,
        "dynamic_variables": _read_dynamic_variables,
        "chat_history": _read_chat_history,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "environment": _read_environment,
        "type_": _read_type_,
        "tool_call_parameters": _read_tool_call_parameters,
        "check_any_tool_matches": _read_check_any_tool_matches,
        "parent_folder_id": _read_parent_folder_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
from ..models.create_tool_call_unit_test_request_dynamic_variables import CreateToolCallUnitTestRequestDynamicVariables
from ..models.test_from_conversation_metadata_input import TestFromConversationMetadataInput
from ..models.unit_test_tool_call_evaluation_model_input import UnitTestToolCallEvaluationModelInput
