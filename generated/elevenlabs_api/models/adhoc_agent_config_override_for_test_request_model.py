from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AdhocAgentConfigOverrideForTestRequestModel(Lazy, AdditionalProperties[Any]):
    conversation_config: ConversationalConfig

    platform_settings: AgentPlatformSettingsRequestModel

    workflow: AgentWorkflowRequestModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_config", "conversation_config", object_of("ConversationalConfig"), required=True),
        Field("platform_settings", "platform_settings", object_of("AgentPlatformSettingsRequestModel"), required=True),
        Field("workflow", "workflow", union(object_of("AgentWorkflowRequestModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_platform_settings_request_model import AgentPlatformSettingsRequestModel
from ..models.agent_workflow_request_model import AgentWorkflowRequestModel
from ..models.conversational_config import ConversationalConfig
