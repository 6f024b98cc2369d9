from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    AgentTrustContext,
    AnalysisScope,
    EmbedVariant,
    GuardrailExecutionMode,
    Llm,
    WidgetConfigOutputSyntaxHighlightThemeType0,
    WidgetExpandable,
    WidgetFeedbackMode,
    WidgetPlacement,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentPlatformSettingsResponseModel(Lazy, AdditionalProperties[Any]):
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
    trust_context: The trust context in which the agent operates. Defaults to 'unknown' on the server.
    analysis_llm: Default LLM model for post-call analysis (evaluation and data collection) Defaults to
        'gemini-2.5-flash' on the server.
    topic_discovery: Per-agent topic-discovery configuration. Cadence and analysis window are
        managed internally; this only exposes the customer-facing on/off toggle.
    alerting: Agent-level alerting configuration overriding workspace settings.
    """

    evaluation: EvaluationSettingsOutput | Unset = UNSET

    widget: WidgetConfigOutput | Unset = UNSET

    data_collection: AgentPlatformSettingsResponseModelDataCollection | Unset = UNSET

    data_collection_scopes: AgentPlatformSettingsResponseModelDataCollectionScopes | Unset = UNSET

    analysis_items: AgentAnalysisItemsOutput | None | Unset = UNSET

    overrides: ConversationInitiationClientDataConfigOutput | Unset = UNSET

    workspace_overrides: AgentWorkspaceOverridesOutput | Unset = UNSET

    testing: AgentTestingSettings | Unset = UNSET

    archived: bool | Unset = UNSET

    guardrails: GuardrailsV1Output | Unset = UNSET

    summary_language: None | str | Unset = UNSET

    auto_translate_transcript_to_app_language: bool | None | Unset = UNSET

    auth: AuthSettings | Unset = UNSET

    call_limits: AgentCallLimits | Unset = UNSET

    privacy: PrivacyConfigOutput | Unset = UNSET

    trust_context: AgentTrustContext | str | Unset = UNSET

    analysis_llm: Llm | str | Unset = UNSET

    topic_discovery: TopicDiscoverySettings | Unset = UNSET

    sentiment_analysis: SentimentAnalysisSettings | Unset = UNSET

    alerting: AlertingSettingsResponse | None | Unset = UNSET

    safety: SafetyResponseModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("evaluation", "evaluation", object_of("EvaluationSettingsOutput")),
        Field("widget", "widget", object_of("WidgetConfigOutput")),
        Field("data_collection", "data_collection", object_of("AgentPlatformSettingsResponseModelDataCollection")),
        Field(
            "data_collection_scopes",
            "data_collection_scopes",
            object_of("AgentPlatformSettingsResponseModelDataCollectionScopes"),
        ),
        Field("analysis_items", "analysis_items", union(object_of("AgentAnalysisItemsOutput"), NULL)),
        Field("overrides", "overrides", object_of("ConversationInitiationClientDataConfigOutput")),
        Field("workspace_overrides", "workspace_overrides", object_of("AgentWorkspaceOverridesOutput")),
        Field("testing", "testing", object_of("AgentTestingSettings")),
        Field("archived", "archived", BOOL),
        Field("guardrails", "guardrails", object_of("GuardrailsV1Output")),
        Field("summary_language", "summary_language", union(STR, NULL)),
        Field(
            "auto_translate_transcript_to_app_language", "auto_translate_transcript_to_app_language", union(BOOL, NULL)
        ),
        Field("auth", "auth", object_of("AuthSettings")),
        Field("call_limits", "call_limits", object_of("AgentCallLimits")),
        Field("privacy", "privacy", object_of("PrivacyConfigOutput")),
        Field("trust_context", "trust_context", union(literal("AgentTrustContext"), STR)),
        Field("analysis_llm", "analysis_llm", union(literal("Llm"), STR)),
        Field("topic_discovery", "topic_discovery", object_of("TopicDiscoverySettings")),
        Field("sentiment_analysis", "sentiment_analysis", object_of("SentimentAnalysisSettings")),
        Field("alerting", "alerting", union(object_of("AlertingSettingsResponse"), NULL)),
        Field("safety", "safety", object_of("SafetyResponseModel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentAnalysisItemsOutput(Lazy, AdditionalProperties[Any]):
    evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant] | Unset = UNSET

    data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant] | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "evaluation_criteria",
            "evaluation_criteria",
            list_of(
                union(
                    object_of("AttachedUserEvaluationRef"),
                    object_of("AttachedSystemEvaluationRef"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field(
            "data_collection",
            "data_collection",
            list_of(
                union(
                    object_of("AttachedUserDataCollectionRef"),
                    object_of("AttachedSystemDataCollectionRef"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentPlatformSettingsResponseModelDataCollection(Lazy, AdditionalProperties["AnalysisProperty"]):
    """Data collection settings"""

    additional_properties: dict[str, AnalysisProperty] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("AnalysisProperty"))),
    )


@_attrs_define(slots=False)
class AgentPlatformSettingsResponseModelDataCollectionScopes(Lazy, AdditionalProperties["AnalysisScope | str"]):
    """Scope per data collection item ID. Missing keys default to conversation scope."""

    additional_properties: dict[str, AnalysisScope | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(literal("AnalysisScope"), STR))),
    )


@_attrs_define(slots=False)
class AgentWorkspaceOverridesOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    conversation_initiation_client_data_webhook: The webhook to send conversation initiation client data to
    """

    conversation_initiation_client_data_webhook: ConversationInitiationClientDataWebhook | None | Unset = UNSET

    webhooks: ConvAiWebhooks | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_initiation_client_data_webhook",
            "conversation_initiation_client_data_webhook",
            union(object_of("ConversationInitiationClientDataWebhook"), NULL),
        ),
        Field("webhooks", "webhooks", object_of("ConvAiWebhooks")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AlertingIntegrationNotifierResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'integration'.
    """

    connection_id: str

    type_: Literal["integration"] | Unset = _attrs_field(
        default="integration",
        kw_only=True,
        alias="type",
        validator=types.tag("AlertingIntegrationNotifierResponse", "type", "integration"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("connection_id", "connection_id", STR, required=True),
        Field("type_", "type", const("integration")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AlertingIntegrationNotifierResponse, type_="type")


@_attrs_define(slots=False)
class AlertingSettingsResponse(Lazy, AdditionalProperties[Any]):
    """Customer-facing view of alerting settings. Unlike AdminAlertingSettingsResponse,
    it has no internal_notifiers field: those are ElevenLabs-internal delivery
    channels whose URLs must never be returned outside the admin API.

    """

    monitor_configs: AlertingSettingsResponseMonitorConfigs | Unset = UNSET

    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET

    notifiers: list[AlertingIntegrationNotifierResponse | AlertingWebhookNotifierResponse | UnknownVariant] | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("monitor_configs", "monitor_configs", object_of("AlertingSettingsResponseMonitorConfigs")),
        Field("auto_resolve_after_inactive_minutes", "auto_resolve_after_inactive_minutes", union(INT, NULL)),
        Field(
            "notifiers",
            "notifiers",
            list_of(
                union(
                    object_of("AlertingWebhookNotifierResponse"),
                    object_of("AlertingIntegrationNotifierResponse"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AlertingSettingsResponseMonitorConfigs(Lazy, AdditionalProperties["AlertingMonitorConfig"]):
    additional_properties: dict[str, AlertingMonitorConfig] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("AlertingMonitorConfig"))),
    )


@_attrs_define(slots=False)
class AlertingWebhookNotifierResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'webhook'.
    """

    webhook_id: str

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("AlertingWebhookNotifierResponse", "type", "webhook"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("webhook_id", "webhook_id", STR, required=True),
        Field("type_", "type", const("webhook")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AlertingWebhookNotifierResponse, type_="type")


@_attrs_define(slots=False)
class ContentGuardrailOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    execution_mode: Defaults to 'streaming' on the server.
    """

    execution_mode: GuardrailExecutionMode | str | Unset = UNSET

    config: ContentConfig | Unset = UNSET

    trigger_action: EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("execution_mode", "execution_mode", union(literal("GuardrailExecutionMode"), STR)),
        Field("config", "config", object_of("ContentConfig")),
        Field(
            "trigger_action",
            "trigger_action",
            union(object_of("EndCallTriggerAction"), object_of("RetryTriggerAction"), object_of("UnknownVariant")),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationConfigClientOverrideConfigOutput(Lazy, AdditionalProperties[Any]):
    asr: AsrConversationalConfigOverrideConfig | Unset = UNSET

    turn: TurnConfigOverrideConfig | Unset = UNSET

    tts: TtsConversationalConfigOverrideConfig | Unset = UNSET

    conversation: ConversationConfigOverrideConfig | Unset = UNSET

    agent: AgentConfigOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr", "asr", object_of("AsrConversationalConfigOverrideConfig")),
        Field("turn", "turn", object_of("TurnConfigOverrideConfig")),
        Field("tts", "tts", object_of("TtsConversationalConfigOverrideConfig")),
        Field("conversation", "conversation", object_of("ConversationConfigOverrideConfig")),
        Field("agent", "agent", object_of("AgentConfigOverrideConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'custom_llm_extra_body': True, 'enable_conversation_initiation_client_data_from_webhook': True,
        'enable_procedure_ids_from_client': True, 'enable_starting_workflow_node_id_from_client': True}

    Attributes:
        custom_llm_extra_body: Whether to include custom LLM extra body Defaults to False on the server.
        enable_conversation_initiation_client_data_from_webhook: Whether to enable conversation initiation client data
            from webhooks Defaults to False on the server.
        enable_starting_workflow_node_id_from_client: Whether clients may pass starting_workflow_node_id in initiation
            client data; if false, sending it fails conversation start. Defaults to False on the server.
        enable_procedure_ids_from_client: Whether clients may pass procedure_ids in initiation client data to select
            which of the agent's procedures are available for the conversation; if false, sending it fails conversation
            start. Defaults to False on the server.
    """

    conversation_config_override: ConversationConfigClientOverrideConfigOutput | Unset = UNSET

    custom_llm_extra_body: bool | Unset = UNSET

    enable_conversation_initiation_client_data_from_webhook: bool | Unset = UNSET

    enable_starting_workflow_node_id_from_client: bool | Unset = UNSET

    enable_procedure_ids_from_client: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationConfigClientOverrideConfigOutput"),
        ),
        Field("custom_llm_extra_body", "custom_llm_extra_body", BOOL),
        Field(
            "enable_conversation_initiation_client_data_from_webhook",
            "enable_conversation_initiation_client_data_from_webhook",
            BOOL,
        ),
        Field("enable_starting_workflow_node_id_from_client", "enable_starting_workflow_node_id_from_client", BOOL),
        Field("enable_procedure_ids_from_client", "enable_procedure_ids_from_client", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CustomGuardrailOutput(Lazy, AdditionalProperties[Any]):
    """Container for custom guardrails, matching ModerationGuardrail pattern

    Attributes:
        config: Config container for custom guardrails list
    """

    config: CustomGuardrailsConfigOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("config", "config", object_of("CustomGuardrailsConfigOutput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CustomGuardrailsConfigOutput(Lazy, AdditionalProperties[Any]):
    """Config container for custom guardrails list"""

    configs: list[CustomGuardrailConfig] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("configs", "configs", list_of(object_of("CustomGuardrailConfig"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class EvaluationSettingsOutput(Lazy, AdditionalProperties[Any]):
    """Settings to evaluate an agent's performance.
    Agents are evaluated against a set of criteria, with success being defined as meeting some combination of those
    criteria.

    Attributes:
        criteria: Individual criteria that the agent should be evaluated against
    """

    criteria: list[PromptEvaluationCriteria] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("criteria", "criteria", list_of(object_of("PromptEvaluationCriteria"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GuardrailsV1Output(Lazy, AdditionalProperties[Any]):
    """Attributes:
    version:  Default: '1'.
    custom: Container for custom guardrails, matching ModerationGuardrail pattern
    """

    version: Literal["1"] | Unset = _attrs_field(
        default="1",
        kw_only=True,
        validator=types.tag("GuardrailsV1Output", "version", "1"),
    )

    focus: FocusGuardrail | Unset = UNSET

    prompt_injection: PromptInjectionGuardrail | Unset = UNSET

    content: ContentGuardrailOutput | Unset = UNSET

    moderation: ModerationGuardrailOutput | None | Unset = UNSET

    custom: CustomGuardrailOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("version", "version", const("1")),
        Field("focus", "focus", object_of("FocusGuardrail")),
        Field("prompt_injection", "prompt_injection", object_of("PromptInjectionGuardrail")),
        Field("content", "content", object_of("ContentGuardrailOutput")),
        Field("moderation", "moderation", union(object_of("ModerationGuardrailOutput"), NULL)),
        Field("custom", "custom", object_of("CustomGuardrailOutput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ModerationGuardrailOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    execution_mode: Defaults to 'streaming' on the server.
    """

    execution_mode: GuardrailExecutionMode | str | Unset = UNSET

    config: ModerationConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("execution_mode", "execution_mode", union(literal("GuardrailExecutionMode"), STR)),
        Field("config", "config", object_of("ModerationConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SafetyResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked_ivc: Defaults to False on the server.
    is_blocked_non_ivc: Defaults to False on the server.
    ignore_safety_evaluation: Defaults to False on the server.
    """

    is_blocked_ivc: bool | Unset = UNSET

    is_blocked_non_ivc: bool | Unset = UNSET

    ignore_safety_evaluation: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_blocked_ivc", "is_blocked_ivc", BOOL),
        Field("is_blocked_non_ivc", "is_blocked_non_ivc", BOOL),
        Field("ignore_safety_evaluation", "ignore_safety_evaluation", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WidgetConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'custom_avatar_path': 'https://example.com/avatar.png', 'language_selector': False}

    Attributes:
        variant: The variant of the widget Defaults to 'full' on the server.
        placement: The placement of the widget on the screen Defaults to 'bottom-right' on the server.
        expandable: Whether the widget is expandable Defaults to 'never' on the server.
        avatar: The avatar of the widget
        feedback_mode: The feedback mode of the widget Defaults to 'none' on the server.
        end_feedback: Configuration for feedback collected at the end of the conversation
        bg_color: The background color of the widget Defaults to '#ffffff' on the server.
        text_color: The text color of the widget Defaults to '#000000' on the server.
        btn_color: The button color of the widget Defaults to '#000000' on the server.
        btn_text_color: The button text color of the widget Defaults to '#ffffff' on the server.
        border_color: The border color of the widget Defaults to '#e1e1e1' on the server.
        focus_color: The focus color of the widget Defaults to '#000000' on the server.
        border_radius: The border radius of the widget
        btn_radius: The button radius of the widget
        action_text: The action text of the widget
        start_call_text: The start call text of the widget
        end_call_text: The end call text of the widget
        expand_text: The expand text of the widget
        listening_text: The text to display when the agent is listening
        speaking_text: The text to display when the agent is speaking
        shareable_page_text: The text to display when sharing
        shareable_page_show_terms: Whether to show terms and conditions on the shareable page Defaults to True on the
            server.
        terms_text: The text to display for terms and conditions
        terms_html: The HTML to display for terms and conditions
        terms_key: The key to display for terms and conditions
        show_avatar_when_collapsed: Whether to show the avatar when the widget is collapsed Defaults to False on the
            server.
        disable_banner: Whether to disable the banner Defaults to False on the server.
        override_link: The override link for the widget
        markdown_link_allowed_hosts: List of allowed hostnames for clickable markdown links. Use { hostname: '*' } to
            allow any domain. Empty means no links are allowed.
        markdown_link_include_www: Whether to automatically include www. variants of allowed hosts Defaults to True on
            the server.
        markdown_link_allow_http: Whether to allow http:// in addition to https:// for allowed hosts Defaults to True on
            the server.
        mic_muting_enabled: Whether to enable mic muting Defaults to True on the server.
        transcript_enabled: Whether the widget should show the conversation transcript as it goes on Defaults to True on
            the server.
        text_input_enabled: Whether the user should be able to send text messages Defaults to True on the server.
        conversation_mode_toggle_enabled: Whether to enable the conversation mode toggle in the widget Defaults to False
            on the server.
        default_expanded: Whether the widget should be expanded by default Defaults to False on the server.
        always_expanded: Whether the widget should always be expanded Defaults to False on the server.
        dismissible: Whether the widget can be dismissed by the user Defaults to False on the server.
        show_agent_status: Whether to show agent working/done/error status during tool use Defaults to False on the
            server.
        show_conversation_id: Whether to show the conversation ID after disconnection. Defaults to True on the server.
        strip_audio_tags: Whether to strip audio markup from messages. Defaults to True on the server.
        syntax_highlight_theme: Theme for code block syntax highlighting. Defaults to auto-detection by the widget when
            not set.
        show_resize_button: Whether to show the resize button Defaults to True on the server.
        language_selector: Whether to show the language selector Defaults to False on the server.
        supports_text_only: Whether the widget can switch to text only mode Defaults to True on the server.
        custom_avatar_path: The custom avatar path
        language_presets: Language presets for the widget
    """

    variant: EmbedVariant | str | Unset = UNSET

    placement: str | Unset | WidgetPlacement = UNSET

    expandable: str | Unset | WidgetExpandable = UNSET

    avatar: ImageAvatar | OrbAvatar | UnknownVariant | Unset | UrlAvatar = UNSET

    feedback_mode: str | Unset | WidgetFeedbackMode = UNSET

    end_feedback: None | Unset | WidgetEndFeedbackConfig = UNSET

    bg_color: str | Unset = UNSET

    text_color: str | Unset = UNSET

    btn_color: str | Unset = UNSET

    btn_text_color: str | Unset = UNSET

    border_color: str | Unset = UNSET

    focus_color: str | Unset = UNSET

    border_radius: int | None | Unset = UNSET

    btn_radius: int | None | Unset = UNSET

    action_text: None | str | Unset = UNSET

    start_call_text: None | str | Unset = UNSET

    end_call_text: None | str | Unset = UNSET

    expand_text: None | str | Unset = UNSET

    listening_text: None | str | Unset = UNSET

    speaking_text: None | str | Unset = UNSET

    shareable_page_text: None | str | Unset = UNSET

    shareable_page_show_terms: bool | Unset = UNSET

    terms_text: None | str | Unset = UNSET

    terms_html: None | str | Unset = UNSET

    terms_key: None | str | Unset = UNSET

    show_avatar_when_collapsed: bool | None | Unset = UNSET

    disable_banner: bool | Unset = UNSET

    override_link: None | str | Unset = UNSET

    markdown_link_allowed_hosts: list[AllowlistItem] | Unset = UNSET

    markdown_link_include_www: bool | Unset = UNSET

    markdown_link_allow_http: bool | Unset = UNSET

    mic_muting_enabled: bool | Unset = UNSET

    transcript_enabled: bool | Unset = UNSET

    text_input_enabled: bool | Unset = UNSET

    conversation_mode_toggle_enabled: bool | Unset = UNSET

    default_expanded: bool | Unset = UNSET

    always_expanded: bool | Unset = UNSET

    dismissible: bool | Unset = UNSET

    show_agent_status: bool | Unset = UNSET

    show_conversation_id: bool | Unset = UNSET

    strip_audio_tags: bool | Unset = UNSET

    syntax_highlight_theme: None | str | Unset | WidgetConfigOutputSyntaxHighlightThemeType0 = UNSET

    text_contents: WidgetTextContents | Unset = UNSET

    styles: WidgetStyles | Unset = UNSET

    show_resize_button: bool | Unset = UNSET

    language_selector: bool | Unset = UNSET

    supports_text_only: bool | Unset = UNSET

    custom_avatar_path: None | str | Unset = UNSET

    language_presets: WidgetConfigOutputLanguagePresets | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("variant", "variant", union(literal("EmbedVariant"), STR)),
        Field("placement", "placement", union(literal("WidgetPlacement"), STR)),
        Field("expandable", "expandable", union(literal("WidgetExpandable"), STR)),
        Field(
            "avatar",
            "avatar",
            union(
                object_of("OrbAvatar"), object_of("UrlAvatar"), object_of("ImageAvatar"), object_of("UnknownVariant")
            ),
        ),
        Field("feedback_mode", "feedback_mode", union(literal("WidgetFeedbackMode"), STR)),
        Field("end_feedback", "end_feedback", union(object_of("WidgetEndFeedbackConfig"), NULL)),
        Field("bg_color", "bg_color", STR),
        Field("text_color", "text_color", STR),
        Field("btn_color", "btn_color", STR),
        Field("btn_text_color", "btn_text_color", STR),
        Field("border_color", "border_color", STR),
        Field("focus_color", "focus_color", STR),
        Field("border_radius", "border_radius", union(INT, NULL)),
        Field("btn_radius", "btn_radius", union(INT, NULL)),
        Field("action_text", "action_text", union(STR, NULL)),
        Field("start_call_text", "start_call_text", union(STR, NULL)),
        Field("end_call_text", "end_call_text", union(STR, NULL)),
        Field("expand_text", "expand_text", union(STR, NULL)),
        Field("listening_text", "listening_text", union(STR, NULL)),
        Field("speaking_text", "speaking_text", union(STR, NULL)),
        Field("shareable_page_text", "shareable_page_text", union(STR, NULL)),
        Field("shareable_page_show_terms", "shareable_page_show_terms", BOOL),
        Field("terms_text", "terms_text", union(STR, NULL)),
        Field("terms_html", "terms_html", union(STR, NULL)),
        Field("terms_key", "terms_key", union(STR, NULL)),
        Field("show_avatar_when_collapsed", "show_avatar_when_collapsed", union(BOOL, NULL)),
        Field("disable_banner", "disable_banner", BOOL),
        Field("override_link", "override_link", union(STR, NULL)),
        Field("markdown_link_allowed_hosts", "markdown_link_allowed_hosts", list_of(object_of("AllowlistItem"))),
        Field("markdown_link_include_www", "markdown_link_include_www", BOOL),
        Field("markdown_link_allow_http", "markdown_link_allow_http", BOOL),
        Field("mic_muting_enabled", "mic_muting_enabled", BOOL),
        Field("transcript_enabled", "transcript_enabled", BOOL),
        Field("text_input_enabled", "text_input_enabled", BOOL),
        Field("conversation_mode_toggle_enabled", "conversation_mode_toggle_enabled", BOOL),
        Field("default_expanded", "default_expanded", BOOL),
        Field("always_expanded", "always_expanded", BOOL),
        Field("dismissible", "dismissible", BOOL),
        Field("show_agent_status", "show_agent_status", BOOL),
        Field("show_conversation_id", "show_conversation_id", BOOL),
        Field("strip_audio_tags", "strip_audio_tags", BOOL),
        Field(
            "syntax_highlight_theme",
            "syntax_highlight_theme",
            union(literal("WidgetConfigOutputSyntaxHighlightThemeType0"), NULL, STR),
        ),
        Field("text_contents", "text_contents", object_of("WidgetTextContents")),
        Field("styles", "styles", object_of("WidgetStyles")),
        Field("show_resize_button", "show_resize_button", BOOL),
        Field("language_selector", "language_selector", BOOL),
        Field("supports_text_only", "supports_text_only", BOOL),
        Field("custom_avatar_path", "custom_avatar_path", union(STR, NULL)),
        Field("language_presets", "language_presets", object_of("WidgetConfigOutputLanguagePresets")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WidgetConfigOutputLanguagePresets(Lazy, AdditionalProperties["WidgetLanguagePreset"]):
    """Language presets for the widget"""

    additional_properties: dict[str, WidgetLanguagePreset] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("WidgetLanguagePreset"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.agent_config_override_config import AgentConfigOverrideConfig
from ..models.agent_testing_settings import AgentTestingSettings
from ..models.alerting_monitor_config import AlertingMonitorConfig
from ..models.allowlist_item import AllowlistItem
from ..models.analysis_property import AnalysisProperty
from ..models.asr_conversational_config_override_config import AsrConversationalConfigOverrideConfig
from ..models.attached_system_data_collection_ref import AttachedSystemDataCollectionRef
from ..models.attached_system_evaluation_ref import AttachedSystemEvaluationRef
from ..models.attached_user_data_collection_ref import AttachedUserDataCollectionRef
from ..models.attached_user_evaluation_ref import AttachedUserEvaluationRef
from ..models.auth_settings import AuthSettings
from ..models.content_config import ContentConfig
from ..models.conv_ai_webhooks import ConvAiWebhooks
from ..models.conversation_config_override_config import ConversationConfigOverrideConfig
from ..models.conversation_initiation_client_data_webhook import ConversationInitiationClientDataWebhook
from ..models.custom_guardrail_config import CustomGuardrailConfig
from ..models.end_call_trigger_action import EndCallTriggerAction
from ..models.focus_guardrail import FocusGuardrail
from ..models.image_avatar import ImageAvatar
from ..models.moderation_config import ModerationConfig
from ..models.orb_avatar import OrbAvatar
from ..models.privacy_config_output import PrivacyConfigOutput
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
from ..models.prompt_injection_guardrail import PromptInjectionGuardrail
from ..models.retry_trigger_action import RetryTriggerAction
from ..models.sentiment_analysis_settings import SentimentAnalysisSettings
from ..models.topic_discovery_settings import TopicDiscoverySettings
from ..models.tts_conversational_config_override_config import TtsConversationalConfigOverrideConfig
from ..models.turn_config_override_config import TurnConfigOverrideConfig
from ..models.unknown_variant import UnknownVariant
from ..models.url_avatar import UrlAvatar
from ..models.widget_end_feedback_config import WidgetEndFeedbackConfig
from ..models.widget_language_preset import WidgetLanguagePreset
from ..models.widget_styles import WidgetStyles
from ..models.widget_text_contents import WidgetTextContents
