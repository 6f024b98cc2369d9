from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost")


@_attrs_define
class BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        parent_version_id = d.pop("parent_version_id", MISSING)
        if parent_version_id.__class__ is not str:
            if parent_version_id is MISSING:
                parent_version_id = missing_field(cls, "parent_version_id")
                _missing += ("parent_version_id",)
            else:
                parent_version_id = unexpected_type(cls, "parent_version_id", parent_version_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        conversation_config_raw = d.pop("conversation_config", UNSET)
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

        platform_settings_raw = d.pop("platform_settings", UNSET)
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

        workflow_raw = d.pop("workflow", UNSET)
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

        body_create_a_new_branch_v1_convai_agents_agent_id_branches_post = cls(
            parent_version_id=parent_version_id,
            name=name,
            description=description,
            conversation_config=conversation_config,
            platform_settings=platform_settings,
            workflow=workflow,
        )
        if _missing:
            body_create_a_new_branch_v1_convai_agents_agent_id_branches_post._missing_fields = _missing
        body_create_a_new_branch_v1_convai_agents_agent_id_branches_post.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
from ..models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post_conversation_config_type_0 import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0,
)
from ..models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post_platform_settings_type_0 import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0,
)
