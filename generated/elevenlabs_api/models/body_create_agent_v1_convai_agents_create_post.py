from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateAgentV1ConvaiAgentsCreatePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateAgentV1ConvaiAgentsCreatePost(Lazy):
    """Attributes:
    conversation_config (ConversationalConfig):
    platform_settings (AgentPlatformSettingsRequestModel | None | Unset): Platform settings for the agent are all
        settings that aren't related to the conversation orchestration and content.
    workflow (AgentWorkflowRequestModel | Unset):  Example: {'edges': {'entry_to_tool_a': {'forward_condition':
        {'condition': 'Tool A condition'}, 'source': 'entry_node', 'target': 'tool_node_a'}, 'start_to_entry':
        {'forward_condition': {}, 'source': 'start_node', 'target': 'entry_node'}, 'tool_a_to_failure':
        {'forward_condition': {'successful': False}, 'source': 'tool_node_a', 'target': 'failure_node'},
        'tool_a_to_tool_b': {'forward_condition': {'successful': True}, 'source': 'tool_node_a', 'target':
        'tool_node_b'}, 'tool_b_to_agent_transfer': {'forward_condition': {}, 'source': 'tool_node_b', 'target':
        'success_transfer'}, 'tool_b_to_conversation': {'forward_condition': {'condition': 'Conversation condition'},
        'source': 'tool_node_b', 'target': 'success_conversation'}, 'tool_b_to_end': {'forward_condition': {'condition':
        'End condition'}, 'source': 'tool_node_b', 'target': 'success_end'}, 'tool_b_to_phone': {'forward_condition':
        {'expression': {'children': [{'name': 'force_phone_transfer'}, {'prompt': 'Phone condition', 'value_schema':
        {'description': 'Phone condition', 'type': 'boolean'}}, {'left': {'name': 'mode'}, 'right': {'value':
        'dev'}}]}}, 'source': 'tool_node_b', 'target': 'success_phone'}}, 'nodes': {'entry_node':
        {'conversation_config': {}, 'edge_order': ['entry_to_tool_a'], 'label': 'Entry'}, 'failure_node':
        {'conversation_config': {}, 'label': 'Failure'}, 'start_node': {'edge_order': ['start_to_entry']},
        'success_conversation': {'conversation_config': {}, 'label': 'Success A'}, 'success_end': {}, 'success_phone':
        {'transfer_destination': {'phone_number': '+1234567890'}}, 'success_transfer': {'agent_id':
        'success_transfer_agent'}, 'tool_node_a': {'edge_order': ['tool_a_to_failure', 'tool_a_to_tool_b'], 'tools':
        [{'tool_id': 'tool_a'}, {'tool_id': 'tool_b'}]}, 'tool_node_b': {'edge_order': ['tool_b_to_conversation',
        'tool_b_to_end', 'tool_b_to_phone', 'tool_b_to_agent_transfer'], 'tools': [{'tool_id': 'tool_a'}]}}}.
    name (None | str | Unset): A name to make the agent easier to find
    tags (list[str] | None | Unset): Tags to help classify and filter the agent
    """

    conversation_config: ConversationalConfig

    platform_settings: AgentPlatformSettingsRequestModel | None | Unset = UNSET

    workflow: AgentWorkflowRequestModel | Unset = UNSET

    name: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("conversation_config",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_config: Any
        try:
            conversation_config = self.conversation_config.to_dict()
        except (AttributeError, TypeError):
            conversation_config = self.conversation_config

        platform_settings: Any
        try:
            if isinstance(self.platform_settings, Unset):
                platform_settings = UNSET
            elif isinstance(self.platform_settings, AgentPlatformSettingsRequestModel):
                platform_settings = self.platform_settings.to_dict()
            else:
                platform_settings = self.platform_settings

        except (AttributeError, TypeError):
            platform_settings = self.platform_settings

        workflow: Any
        try:
            workflow = UNSET
            if not isinstance(self.workflow, Unset):
                workflow = self.workflow.to_dict()
        except (AttributeError, TypeError):
            workflow = self.workflow

        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        tags: Any
        try:
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_config is not None or "conversation_config" not in self._missing_fields:
            field_dict["conversation_config"] = conversation_config
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_agent_v1_convai_agents_create_post = cls.__new__(cls)
        body_create_agent_v1_convai_agents_create_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_agent_v1_convai_agents_create_post

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


def _read_conversation_config(cls: type[BodyCreateAgentV1ConvaiAgentsCreatePost], d: Mapping[str, Any]) -> Any:
    conversation_config_raw = d.get("conversation_config", MISSING)
    if conversation_config_raw is MISSING:
        conversation_config = missing_field(cls, "conversation_config")
    else:
        try:
            conversation_config = ConversationalConfig.from_dict(conversation_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation_config = deviating_field(cls, "conversation_config", conversation_config_raw)

    return conversation_config


def _read_platform_settings(cls: type[BodyCreateAgentV1ConvaiAgentsCreatePost], d: Mapping[str, Any]) -> Any:
    platform_settings_raw = d.get("platform_settings", UNSET)
    try:

        def _parse_platform_settings(data: object) -> AgentPlatformSettingsRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            platform_settings_type_0 = AgentPlatformSettingsRequestModel.from_dict(data)

            return platform_settings_type_0

        platform_settings = _parse_platform_settings(platform_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        platform_settings = deviating_field(cls, "platform_settings", platform_settings_raw)

    return platform_settings


def _read_workflow(cls: type[BodyCreateAgentV1ConvaiAgentsCreatePost], d: Mapping[str, Any]) -> Any:
    workflow_raw = d.get("workflow", UNSET)
    try:
        _workflow = workflow_raw
        workflow: AgentWorkflowRequestModel | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = AgentWorkflowRequestModel.from_dict(_workflow)
    except (KeyError, TypeError, ValueError, AttributeError):
        workflow = deviating_field(cls, "workflow", workflow_raw)

    return workflow


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_tags = plain_reader(
    "tags",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_config",
        "platform_settings",
        "workflow",
        "name",
        "tags",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateAgentV1ConvaiAgentsCreatePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateAgentV1ConvaiAgentsCreatePost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "conversation_config" in known:
        conversation_config = known["conversation_config"]
    else:
        conversation_config = _read_conversation_config(cls, d)

    if "platform_settings" in known:
        platform_settings = known["platform_settings"]
    else:
        platform_settings = d.get("platform_settings", UNSET)
        if platform_settings is not UNSET and platform_settings is not None:
            platform_settings = _read_platform_settings(cls, d)

    if "workflow" in known:
        workflow = known["workflow"]
    else:
        workflow = d.get("workflow", UNSET)
        if workflow is not UNSET:
            workflow = _read_workflow(cls, d)

    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not None and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    return {
        "conversation_config": conversation_config,
        "platform_settings": platform_settings,
        "workflow": workflow,
        "name": name,
        "tags": tags,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateAgentV1ConvaiAgentsCreatePost,
    _all_fields,
    {
        "conversation_config": _read_conversation_config,
        "platform_settings": _read_platform_settings,
        "workflow": _read_workflow,
        "name": _read_name,
        "tags": _read_tags,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_platform_settings_request_model import AgentPlatformSettingsRequestModel
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
from ..models.conversational_config import ConversationalConfig
