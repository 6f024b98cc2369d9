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
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost(Lazy):
    """Attributes:
    parent_version_id (str): ID of the version to branch from
    name (str): Name of the branch. It is unique within the agent.
    description (str): Description for the branch
    conversation_config (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0 | None |
        Unset): Changes to apply to conversation config
    platform_settings (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0 | None | Unset):
        Changes to apply to platform settings
    workflow (AgentWorkflowRequestModel | None | Unset): Updated workflow definition
    """

    parent_version_id: str

    name: str

    description: str

    conversation_config: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0 | None | Unset = (
        UNSET
    )

    platform_settings: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0 | None | Unset = UNSET

    workflow: AgentWorkflowRequestModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "parent_version_id",
        "name",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        parent_version_id = self.parent_version_id

        name = self.name

        description = self.description

        conversation_config: Any
        try:
            if isinstance(self.conversation_config, Unset):
                conversation_config = UNSET
            elif isinstance(
                self.conversation_config, BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0
            ):
                conversation_config = self.conversation_config.to_dict()
            else:
                conversation_config = self.conversation_config

        except (AttributeError, TypeError):
            conversation_config = self.conversation_config

        platform_settings: Any
        try:
            if isinstance(self.platform_settings, Unset):
                platform_settings = UNSET
            elif isinstance(
                self.platform_settings, BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0
            ):
                platform_settings = self.platform_settings.to_dict()
            else:
                platform_settings = self.platform_settings

        except (AttributeError, TypeError):
            platform_settings = self.platform_settings

        workflow: Any
        try:
            if isinstance(self.workflow, Unset):
                workflow = UNSET
            elif isinstance(self.workflow, AgentWorkflowRequestModel):
                workflow = self.workflow.to_dict()
            else:
                workflow = self.workflow

        except (AttributeError, TypeError):
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parent_version_id is not None or "parent_version_id" not in self._missing_fields:
            field_dict["parent_version_id"] = parent_version_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if conversation_config is not UNSET:
            field_dict["conversation_config"] = conversation_config
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_a_new_branch_v1_convai_agents_agent_id_branches_post = cls.__new__(cls)
        body_create_a_new_branch_v1_convai_agents_agent_id_branches_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_a_new_branch_v1_convai_agents_agent_id_branches_post

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


_read_parent_version_id = plain_reader("parent_version_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)


def _read_conversation_config(
    cls: type[BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost], d: Mapping[str, Any]
) -> Any:
    conversation_config_raw = d.get("conversation_config", UNSET)
    try:

        def _parse_conversation_config(
            data: object,
        ) -> BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_config_type_0 = (
                BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0.from_dict(data)
            )

            return conversation_config_type_0

        conversation_config = _parse_conversation_config(conversation_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_config = deviating_field(cls, "conversation_config", conversation_config_raw)

    return conversation_config


def _read_platform_settings(
    cls: type[BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost], d: Mapping[str, Any]
) -> Any:
    platform_settings_raw = d.get("platform_settings", UNSET)
    try:

        def _parse_platform_settings(
            data: object,
        ) -> BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            platform_settings_type_0 = (
                BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0.from_dict(data)
            )

            return platform_settings_type_0

        platform_settings = _parse_platform_settings(platform_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        platform_settings = deviating_field(cls, "platform_settings", platform_settings_raw)

    return platform_settings


def _read_workflow(cls: type[BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost], d: Mapping[str, Any]) -> Any:
    workflow_raw = d.get("workflow", UNSET)
    try:

        def _parse_workflow(data: object) -> AgentWorkflowRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            workflow_type_0 = AgentWorkflowRequestModel.from_dict(data)

            return workflow_type_0

        workflow = _parse_workflow(workflow_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workflow = deviating_field(cls, "workflow", workflow_raw)

    return workflow


_FIELDS: frozenset[str] = frozenset(
    (
        "parent_version_id",
        "name",
        "description",
        "conversation_config",
        "platform_settings",
        "workflow",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    parent_version_id = d.get("parent_version_id", MISSING)
    if parent_version_id.__class__ is not str:
        parent_version_id = _read_parent_version_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    if "conversation_config" in known:
        conversation_config = known["conversation_config"]
    else:
        conversation_config = d.get("conversation_config", UNSET)
        if conversation_config is not UNSET and conversation_config is not None:
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
        if workflow is not UNSET and workflow is not None:
            workflow = _read_workflow(cls, d)

    return {
        "parent_version_id": parent_version_id,
        "name": name,
        "description": description,
        "conversation_config": conversation_config,
        "platform_settings": platform_settings,
        "workflow": workflow,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
    _all_fields,
    {
        "parent_version_id": _read_parent_version_id,
        "name": _read_name,
        "description": _read_description,
        "conversation_config": _read_conversation_config,
        "platform_settings": _read_platform_settings,
        "workflow": _read_workflow,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
from ..models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post_conversation_config_type_0 import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0,
)
from ..models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post_platform_settings_type_0 import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0,
)
