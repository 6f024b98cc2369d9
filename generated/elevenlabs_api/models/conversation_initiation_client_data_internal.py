from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataInternal(Lazy, AdditionalProperties[Any]):
    """Attributes:
    user_id: ID of the end user participating in this conversation (for agent owner's user identification)
    branch_id: ID of the agent branch to use for this conversation
    environment: Environment to use for resolving environment variables
    starting_workflow_node_id: If set, start the workflow at this node id instead of the default entry
    procedure_ids: If set, only these procedures are available to the starting agent. Each ID must be attached to
        that agent; unknown IDs fail conversation start. An empty list disables all of that agent's procedures. Not
        applied after an agent transfer. Requires enable_procedure_ids_from_client.
    tool_mock_config: Orchestrator-side config: tools are identified by resolved names.
    tool_mock_overrides: Per-tool response mock overrides keyed by resolved tool name, applied ahead of the tool's
        shared mocks. Used for test-specific mocks.
    """

    conversation_config_override: ConversationConfigClientOverrideOutput | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataInternalCustomLlmExtraBody | Unset = UNSET

    user_id: None | str | Unset = UNSET

    source_info: ConversationInitiationSourceInfo | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    starting_workflow_node_id: None | str | Unset = UNSET

    procedure_ids: list[str] | None | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataInternalDynamicVariables | Unset = UNSET

    tool_mock_config: OrchestratorToolMockBehaviorConfig | Unset = UNSET

    tool_mock_overrides: ConversationInitiationClientDataInternalToolMockOverrides | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationConfigClientOverrideOutput"),
        ),
        Field(
            "custom_llm_extra_body",
            "custom_llm_extra_body",
            object_of("ConversationInitiationClientDataInternalCustomLlmExtraBody"),
        ),
        Field("user_id", "user_id", union(STR, NULL)),
        Field("source_info", "source_info", object_of("ConversationInitiationSourceInfo")),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("environment", "environment", union(STR, NULL)),
        Field("starting_workflow_node_id", "starting_workflow_node_id", union(STR, NULL)),
        Field("procedure_ids", "procedure_ids", union(list_of(STR), NULL)),
        Field(
            "dynamic_variables",
            "dynamic_variables",
            object_of("ConversationInitiationClientDataInternalDynamicVariables"),
        ),
        Field("tool_mock_config", "tool_mock_config", object_of("OrchestratorToolMockBehaviorConfig")),
        Field(
            "tool_mock_overrides",
            "tool_mock_overrides",
            object_of("ConversationInitiationClientDataInternalToolMockOverrides"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_output import ConversationConfigClientOverrideOutput
from ..models.conversation_initiation_client_data_internal_custom_llm_extra_body import (
    ConversationInitiationClientDataInternalCustomLlmExtraBody,
)
from ..models.conversation_initiation_client_data_internal_dynamic_variables import (
    ConversationInitiationClientDataInternalDynamicVariables,
)
from ..models.conversation_initiation_client_data_internal_tool_mock_overrides import (
    ConversationInitiationClientDataInternalToolMockOverrides,
)
from ..models.conversation_initiation_source_info import ConversationInitiationSourceInfo
from ..models.orchestrator_tool_mock_behavior_config import OrchestratorToolMockBehaviorConfig
