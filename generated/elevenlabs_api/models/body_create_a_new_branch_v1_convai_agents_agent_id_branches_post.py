from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    parent_version_id: ID of the version to branch from
    name: Name of the branch. It is unique within the agent.
    description: Description for the branch
    conversation_config: Changes to apply to conversation config
    platform_settings: Changes to apply to platform settings
    workflow: Updated workflow definition
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parent_version_id", "parent_version_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field(
            "conversation_config",
            "conversation_config",
            union(object_of("BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0"), NULL),
        ),
        Field(
            "platform_settings",
            "platform_settings",
            union(object_of("BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0"), NULL),
        ),
        Field("workflow", "workflow", union(object_of("AgentWorkflowRequestModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
