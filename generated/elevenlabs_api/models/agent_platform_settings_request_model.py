from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentTrustContext, Llm
from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class AgentPlatformSettingsRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    evaluation: Settings to evaluate an agent's performance.
        Agents are evaluated against a set of criteria, with success being defined as meeting some combination of those
        criteria.
    widget:  Example: {'custom_avatar_path': 'https://example.com/avatar.png', 'language_selector': False}.
    data_collection: Data collection settings
    data_collection_scopes: Scope per data collection item ID. Missing keys default to conversation scope.
    analysis_items: Evaluation + data-collection items attached by reference. None means the agent has not been
        migrated onto analysis items yet (distinct from an empty, migrated set); reads fall back to the legacy
        evaluation/data_collection fields in that case.
    overrides:  Example: {'custom_llm_extra_body': True, 'enable_conversation_initiation_client_data_from_webhook':
        True, 'enable_procedure_ids_from_client': True, 'enable_starting_workflow_node_id_from_client': True}.
    testing: Settings for agent testing configuration. Example: {'attached_tests': [{'environment': 'staging',
        'test_id': 'test_123', 'workflow_node_id': 'node_abc'}, {'test_id': 'test_456'}], 'referenced_tests_ids':
        ['test_123', 'test_456']}.
    archived: Whether the agent is archived Defaults to False on the server.
    summary_language: Language for all conversation analysis outputs (summaries, titles, evaluation rationales, data
        collection rationales). If not set, the language will be inferred from the conversation. Must be one of the
        supported conversation languages.
    auto_translate_transcript_to_app_language: When enabled, a conversation transcript is automatically translated
        to the viewer's application language when they open the transcript page. If not set or false, transcripts are
        shown in their original language unless the viewer manually selects a translation.
    auth:  Example: {'allowlist': [{'hostname': 'https://example.com'}], 'enable_auth': True,
        'require_origin_header': True, 'shareable_token': '1234567890'}.
    call_limits:  Example: {'agent_concurrency_limit': -1, 'bursting_enabled': True, 'daily_limit': 100000}.
    privacy:  Example: {'apply_to_existing_conversations': False, 'delete_audio': False,
        'delete_transcript_and_pii': False, 'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}.
    trust_context: The trust context in which the agent operates.

        UNKNOWN: not yet classified (existing agents created before this feature).
        LOW: serves untrusted external participants (e.g. customer support, sales) —
             outputs should be vetted and tool access scoped.
        HIGH: serves the owner (e.g. personal assistant) — full tool access is appropriate.
    topic_discovery: Per-agent topic-discovery configuration. Cadence and analysis window are
        managed internally; this only exposes the customer-facing on/off toggle.
    alerting: Agent-level alerting configuration overriding workspace settings.
    """

    evaluation: EvaluationSettingsInput | Unset = UNSET

    widget: WidgetConfig | Unset = UNSET

    data_collection: AgentPlatformSettingsRequestModelDataCollection | Unset = UNSET

    data_collection_scopes: AgentPlatformSettingsRequestModelDataCollectionScopes | Unset = UNSET

    analysis_items: AgentAnalysisItemsInput | None | Unset = UNSET

    overrides: ConversationInitiationClientDataConfigInput | Unset = UNSET

    workspace_overrides: AgentWorkspaceOverridesInput | Unset = UNSET

    testing: AgentTestingSettings | Unset = UNSET

    archived: bool | Unset = UNSET

    guardrails: GuardrailsV1Input | Unset = UNSET

    summary_language: None | str | Unset = UNSET

    auto_translate_transcript_to_app_language: bool | None | Unset = UNSET

    auth: AuthSettings | Unset = UNSET

    call_limits: AgentCallLimits | Unset = UNSET

    privacy: PrivacyConfigInput | Unset = UNSET

    trust_context: AgentTrustContext | Unset = UNSET

    analysis_llm: Llm | Unset = UNSET

    topic_discovery: TopicDiscoverySettings | Unset = UNSET

    sentiment_analysis: SentimentAnalysisSettings | Unset = UNSET

    alerting: AlertingSettings | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("evaluation", "evaluation", object_of("EvaluationSettingsInput")),
        Field("widget", "widget", object_of("WidgetConfig")),
        Field("data_collection", "data_collection", object_of("AgentPlatformSettingsRequestModelDataCollection")),
        Field(
            "data_collection_scopes",
            "data_collection_scopes",
            object_of("AgentPlatformSettingsRequestModelDataCollectionScopes"),
        ),
        Field("analysis_items", "analysis_items", union(object_of("AgentAnalysisItemsInput"), NULL)),
        Field("overrides", "overrides", object_of("ConversationInitiationClientDataConfigInput")),
        Field("workspace_overrides", "workspace_overrides", object_of("AgentWorkspaceOverridesInput")),
        Field("testing", "testing", object_of("AgentTestingSettings")),
        Field("archived", "archived", BOOL),
        Field("guardrails", "guardrails", object_of("GuardrailsV1Input")),
        Field("summary_language", "summary_language", union(STR, NULL)),
        Field(
            "auto_translate_transcript_to_app_language", "auto_translate_transcript_to_app_language", union(BOOL, NULL)
        ),
        Field("auth", "auth", object_of("AuthSettings")),
        Field("call_limits", "call_limits", object_of("AgentCallLimits")),
        Field("privacy", "privacy", object_of("PrivacyConfigInput")),
        Field("trust_context", "trust_context", literal("AgentTrustContext")),
        Field("analysis_llm", "analysis_llm", literal("Llm")),
        Field("topic_discovery", "topic_discovery", object_of("TopicDiscoverySettings")),
        Field("sentiment_analysis", "sentiment_analysis", object_of("SentimentAnalysisSettings")),
        Field("alerting", "alerting", union(object_of("AlertingSettings"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_analysis_items_input import AgentAnalysisItemsInput
from ..models.agent_call_limits import AgentCallLimits
from ..models.agent_platform_settings_request_model_data_collection import (
    AgentPlatformSettingsRequestModelDataCollection,
)
from ..models.agent_platform_settings_request_model_data_collection_scopes import (
    AgentPlatformSettingsRequestModelDataCollectionScopes,
)
from ..models.agent_testing_settings import AgentTestingSettings
from ..models.agent_workspace_overrides_input import AgentWorkspaceOverridesInput
from ..models.alerting_settings import AlertingSettings
from ..models.auth_settings import AuthSettings
from ..models.conversation_initiation_client_data_config_input import ConversationInitiationClientDataConfigInput
from ..models.evaluation_settings_input import EvaluationSettingsInput
from ..models.guardrails_v1_input import GuardrailsV1Input
from ..models.privacy_config_input import PrivacyConfigInput
from ..models.sentiment_analysis_settings import SentimentAnalysisSettings
from ..models.topic_discovery_settings import TopicDiscoverySettings
from ..models.widget_config import WidgetConfig
