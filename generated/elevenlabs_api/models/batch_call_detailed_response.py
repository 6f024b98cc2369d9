from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    BatchCallRecipientStatus,
    BatchCallStatus,
    MockingStrategy,
    MockNoMatchBehavior,
    TelephonyProvider,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BatchCallDetailedResponse(Lazy, AdditionalProperties[Any]):
    """Detailed response model for a batch call including all recipients.

    Attributes:
        total_calls_dispatched:  Default: 0.
        total_calls_scheduled:  Default: 0.
        total_calls_finished:  Default: 0.
        retry_count:  Default: 0.
        target_concurrency_limit: Maximum number of simultaneous calls for this batch. When set, dispatch is governed by
            this limit rather than workspace/agent capacity percentages.
    """

    id: str

    phone_number_id: None | str = _attrs_field(default=None, kw_only=True)

    phone_provider: None | str | TelephonyProvider = _attrs_field(default=None, kw_only=True)

    whatsapp_params: BatchCallWhatsAppParams | None = _attrs_field(default=None, kw_only=True)

    name: str

    agent_id: str

    branch_id: None | str = _attrs_field(default=None, kw_only=True)

    environment: None | str = _attrs_field(default=None, kw_only=True)

    created_at_unix: int

    scheduled_time_unix: int

    timezone: None | str = _attrs_field(default=None, kw_only=True)

    last_updated_at_unix: int

    status: BatchCallStatus | str

    telephony_call_config: TelephonyCallConfig

    target_concurrency_limit: int | None = _attrs_field(default=None, kw_only=True)

    agent_name: str

    branch_name: None | str = _attrs_field(default=None, kw_only=True)

    recipients: list[OutboundCallRecipientResponseModel]

    total_calls_dispatched: int = 0

    total_calls_scheduled: int = 0

    total_calls_finished: int = 0

    retry_count: int = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("phone_number_id", "phone_number_id", union(STR, NULL), required=True),
        Field("phone_provider", "phone_provider", union(literal("TelephonyProvider"), NULL, STR), required=True),
        Field("whatsapp_params", "whatsapp_params", union(object_of("BatchCallWhatsAppParams"), NULL), required=True),
        Field("name", "name", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("branch_id", "branch_id", union(STR, NULL), required=True),
        Field("environment", "environment", union(STR, NULL), required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("scheduled_time_unix", "scheduled_time_unix", INT, required=True),
        Field("timezone", "timezone", union(STR, NULL), required=True),
        Field("total_calls_dispatched", "total_calls_dispatched", INT, required=True),
        Field("total_calls_scheduled", "total_calls_scheduled", INT, required=True),
        Field("total_calls_finished", "total_calls_finished", INT, required=True),
        Field("last_updated_at_unix", "last_updated_at_unix", INT, required=True),
        Field("status", "status", union(literal("BatchCallStatus"), STR), required=True),
        Field("retry_count", "retry_count", INT, required=True),
        Field("telephony_call_config", "telephony_call_config", object_of("TelephonyCallConfig"), required=True),
        Field("target_concurrency_limit", "target_concurrency_limit", union(INT, NULL), required=True),
        Field("agent_name", "agent_name", STR, required=True),
        Field("branch_name", "branch_name", union(STR, NULL), required=True),
        Field("recipients", "recipients", list_of(object_of("OutboundCallRecipientResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class ConversationInitiationClientDataInternalCustomLlmExtraBody(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ConversationInitiationClientDataInternalDynamicVariables(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ConversationInitiationClientDataInternalToolMockOverrides(
    Lazy, AdditionalProperties["list[ToolResponseMockConfigOutput]"]
):
    """Per-tool response mock overrides keyed by resolved tool name, applied ahead of the tool's shared mocks. Used for
    test-specific mocks.

    """

    additional_properties: dict[str, list[ToolResponseMockConfigOutput]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ToolResponseMockConfigOutput")))),
    )


@_attrs_define(slots=False)
class OrchestratorToolMockBehaviorConfig(Lazy, AdditionalProperties[Any]):
    """Orchestrator-side config: tools are identified by resolved names.

    Attributes:
        mocking_strategy: Which tools to mock: 'all' mocks every mockable tool, 'selected' mocks only those in
            mocked_tool_names/mocked_tool_ids, 'none' disables mocking. Defaults to 'none' on the server.
        fallback_strategy: Behavior when no mock matches a tool call. Defaults to 'raise_error' on the server.
        mocked_tool_names: Tool names to mock. Only used when mocking_strategy is 'selected'.
    """

    mocking_strategy: MockingStrategy | str | Unset = UNSET

    fallback_strategy: MockNoMatchBehavior | str | Unset = UNSET

    mocked_tool_names: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("mocking_strategy", "mocking_strategy", union(literal("MockingStrategy"), STR)),
        Field("fallback_strategy", "fallback_strategy", union(literal("MockNoMatchBehavior"), STR)),
        Field("mocked_tool_names", "mocked_tool_names", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OutboundCallRecipientResponseModel(Lazy, AdditionalProperties[Any]):
    id: str

    status: BatchCallRecipientStatus | str

    created_at_unix: int

    updated_at_unix: int

    conversation_id: None | str = None

    phone_number: None | str | Unset = UNSET

    whatsapp_user_id: None | str | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataInternal | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("status", "status", union(literal("BatchCallRecipientStatus"), STR), required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("updated_at_unix", "updated_at_unix", INT, required=True),
        Field("conversation_id", "conversation_id", union(STR, NULL), required=True),
        Field("phone_number", "phone_number", union(STR, NULL)),
        Field("whatsapp_user_id", "whatsapp_user_id", union(STR, NULL)),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataInternal"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
from ..models.conversation_config_client_override_output import ConversationConfigClientOverrideOutput
from ..models.conversation_initiation_source_info import ConversationInitiationSourceInfo
from ..models.telephony_call_config import TelephonyCallConfig
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
