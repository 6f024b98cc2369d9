from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationInitiationClientDataRequestInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestInput(Lazy):
    """Attributes:
    conversation_config_override (ConversationConfigClientOverrideInput | Unset):  Example: {'agent':
        {'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt': {'knowledge_base': [], 'llm':
        'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer questions about the topic of the
        conversation.', 'tool_ids': []}}, 'asr': {'keywords': ['hello', 'world']}, 'conversation':
        {'max_duration_seconds': 600}, 'tts': {'model_id': 'eleven_turbo_v2', 'pronunciation_dictionary_locators': [],
        'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn':
        {'soft_timeout_config': {'message': 'Hhmmmm...yeah.'}}}.
    custom_llm_extra_body (ConversationInitiationClientDataRequestInputCustomLlmExtraBody | Unset):
    user_id (None | str | Unset): ID of the end user participating in this conversation (for agent owner's user
        identification)
    source_info (ConversationInitiationSourceInfo | Unset):
    branch_id (None | str | Unset): ID of the agent branch to use for this conversation
    environment (None | str | Unset): Environment to use for resolving environment variables
    starting_workflow_node_id (None | str | Unset): If set, start the workflow at this node id instead of the
        default entry
    procedure_ids (list[str] | None | Unset): If set, only these procedures are available to the starting agent.
        Each ID must be attached to that agent; unknown IDs fail conversation start. An empty list disables all of that
        agent's procedures. Not applied after an agent transfer. Requires enable_procedure_ids_from_client.
    dynamic_variables (ConversationInitiationClientDataRequestInputDynamicVariables | Unset):
    """

    conversation_config_override: ConversationConfigClientOverrideInput | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataRequestInputCustomLlmExtraBody | Unset = UNSET

    user_id: None | str | Unset = UNSET

    source_info: ConversationInitiationSourceInfo | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    starting_workflow_node_id: None | str | Unset = UNSET

    procedure_ids: list[str] | None | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataRequestInputDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_config_override: Any
        try:
            conversation_config_override = UNSET
            if not isinstance(self.conversation_config_override, Unset):
                conversation_config_override = self.conversation_config_override.to_dict()
        except (AttributeError, TypeError):
            conversation_config_override = self.conversation_config_override

        custom_llm_extra_body: Any
        try:
            custom_llm_extra_body = UNSET
            if not isinstance(self.custom_llm_extra_body, Unset):
                custom_llm_extra_body = self.custom_llm_extra_body.to_dict()
        except (AttributeError, TypeError):
            custom_llm_extra_body = self.custom_llm_extra_body

        user_id: Any
        try:
            user_id = self.user_id

        except (AttributeError, TypeError):
            user_id = self.user_id

        source_info: Any
        try:
            source_info = UNSET
            if not isinstance(self.source_info, Unset):
                source_info = self.source_info.to_dict()
        except (AttributeError, TypeError):
            source_info = self.source_info

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        environment: Any
        try:
            environment = self.environment

        except (AttributeError, TypeError):
            environment = self.environment

        starting_workflow_node_id: Any
        try:
            starting_workflow_node_id = self.starting_workflow_node_id

        except (AttributeError, TypeError):
            starting_workflow_node_id = self.starting_workflow_node_id

        procedure_ids: Any
        try:
            if isinstance(self.procedure_ids, Unset):
                procedure_ids = UNSET
            elif isinstance(self.procedure_ids, list):
                procedure_ids = self.procedure_ids

            else:
                procedure_ids = self.procedure_ids

        except (AttributeError, TypeError):
            procedure_ids = self.procedure_ids

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_config_override is not UNSET:
            field_dict["conversation_config_override"] = conversation_config_override
        if custom_llm_extra_body is not UNSET:
            field_dict["custom_llm_extra_body"] = custom_llm_extra_body
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if source_info is not UNSET:
            field_dict["source_info"] = source_info
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if environment is not UNSET:
            field_dict["environment"] = environment
        if starting_workflow_node_id is not UNSET:
            field_dict["starting_workflow_node_id"] = starting_workflow_node_id
        if procedure_ids is not UNSET:
            field_dict["procedure_ids"] = procedure_ids
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_request_input = cls.__new__(cls)
        conversation_initiation_client_data_request_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data_request_input

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


def _read_conversation_config_override(
    cls: type[ConversationInitiationClientDataRequestInput], d: Mapping[str, Any]
) -> Any:
    conversation_config_override_raw = d.get("conversation_config_override", UNSET)
    try:
        _conversation_config_override = conversation_config_override_raw
        conversation_config_override: ConversationConfigClientOverrideInput | Unset
        if isinstance(_conversation_config_override, Unset):
            conversation_config_override = UNSET
        else:
            conversation_config_override = ConversationConfigClientOverrideInput.from_dict(
                _conversation_config_override
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_config_override = deviating_field(
            cls, "conversation_config_override", conversation_config_override_raw
        )

    return conversation_config_override


def _read_custom_llm_extra_body(cls: type[ConversationInitiationClientDataRequestInput], d: Mapping[str, Any]) -> Any:
    custom_llm_extra_body_raw = d.get("custom_llm_extra_body", UNSET)
    try:
        _custom_llm_extra_body = custom_llm_extra_body_raw
        custom_llm_extra_body: ConversationInitiationClientDataRequestInputCustomLlmExtraBody | Unset
        if isinstance(_custom_llm_extra_body, Unset):
            custom_llm_extra_body = UNSET
        else:
            custom_llm_extra_body = ConversationInitiationClientDataRequestInputCustomLlmExtraBody.from_dict(
                _custom_llm_extra_body
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_llm_extra_body = deviating_field(cls, "custom_llm_extra_body", custom_llm_extra_body_raw)

    return custom_llm_extra_body


_read_user_id = plain_reader(
    "user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_source_info(cls: type[ConversationInitiationClientDataRequestInput], d: Mapping[str, Any]) -> Any:
    source_info_raw = d.get("source_info", UNSET)
    try:
        _source_info = source_info_raw
        source_info: ConversationInitiationSourceInfo | Unset
        if isinstance(_source_info, Unset):
            source_info = UNSET
        else:
            source_info = ConversationInitiationSourceInfo.from_dict(_source_info)
    except (KeyError, TypeError, ValueError, AttributeError):
        source_info = deviating_field(cls, "source_info", source_info_raw)

    return source_info


_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
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

_read_starting_workflow_node_id = plain_reader(
    "starting_workflow_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_procedure_ids = plain_reader(
    "procedure_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_dynamic_variables(cls: type[ConversationInitiationClientDataRequestInput], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: ConversationInitiationClientDataRequestInputDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = ConversationInitiationClientDataRequestInputDynamicVariables.from_dict(
                _dynamic_variables
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_config_override",
        "custom_llm_extra_body",
        "user_id",
        "source_info",
        "branch_id",
        "environment",
        "starting_workflow_node_id",
        "procedure_ids",
        "dynamic_variables",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataRequestInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataRequestInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "conversation_config_override" in known:
        conversation_config_override = known["conversation_config_override"]
    else:
        conversation_config_override = d.get("conversation_config_override", UNSET)
        if conversation_config_override is not UNSET:
            conversation_config_override = _read_conversation_config_override(cls, d)

    if "custom_llm_extra_body" in known:
        custom_llm_extra_body = known["custom_llm_extra_body"]
    else:
        custom_llm_extra_body = d.get("custom_llm_extra_body", UNSET)
        if custom_llm_extra_body is not UNSET:
            custom_llm_extra_body = _read_custom_llm_extra_body(cls, d)

    user_id = d.get("user_id", UNSET)
    if user_id.__class__ is not str and user_id is not None and user_id is not UNSET:
        user_id = _read_user_id(cls, d)

    if "source_info" in known:
        source_info = known["source_info"]
    else:
        source_info = d.get("source_info", UNSET)
        if source_info is not UNSET:
            source_info = _read_source_info(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    environment = d.get("environment", UNSET)
    if environment.__class__ is not str and environment is not None and environment is not UNSET:
        environment = _read_environment(cls, d)

    starting_workflow_node_id = d.get("starting_workflow_node_id", UNSET)
    if (
        starting_workflow_node_id.__class__ is not str
        and starting_workflow_node_id is not None
        and starting_workflow_node_id is not UNSET
    ):
        starting_workflow_node_id = _read_starting_workflow_node_id(cls, d)

    procedure_ids = d.get("procedure_ids", UNSET)
    if procedure_ids.__class__ is not list and procedure_ids is not None and procedure_ids is not UNSET:
        procedure_ids = _read_procedure_ids(cls, d)
    elif procedure_ids.__class__ is list and procedure_ids:
        check_items(cls, "procedure_ids", procedure_ids, (str,), "a string")

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    return {
        "conversation_config_override": conversation_config_override,
        "custom_llm_extra_body": custom_llm_extra_body,
        "user_id": user_id,
        "source_info": source_info,
        "branch_id": branch_id,
        "environment": environment,
        "starting_workflow_node_id": starting_workflow_node_id,
        "procedure_ids": procedure_ids,
        "dynamic_variables": dynamic_variables,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationClientDataRequestInput,
    _all_fields,
    {
        "conversation_config_override": _read_conversation_config_override,
        "custom_llm_extra_body": _read_custom_llm_extra_body,
        "user_id": _read_user_id,
        "source_info": _read_source_info,
        "branch_id": _read_branch_id,
        "environment": _read_environment,
        "starting_workflow_node_id": _read_starting_workflow_node_id,
        "procedure_ids": _read_procedure_ids,
        "dynamic_variables": _read_dynamic_variables,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_input import ConversationConfigClientOverrideInput
from ..models.conversation_initiation_client_data_request_input_custom_llm_extra_body import (
    ConversationInitiationClientDataRequestInputCustomLlmExtraBody,
)
from ..models.conversation_initiation_client_data_request_input_dynamic_variables import (
    ConversationInitiationClientDataRequestInputDynamicVariables,
)
from ..models.conversation_initiation_source_info import ConversationInitiationSourceInfo
