from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentTrustContext, Llm
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentPlatformSettingsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentPlatformSettingsResponseModel(Lazy):
    """Attributes:
    evaluation (EvaluationSettingsOutput | Unset): Settings to evaluate an agent's performance.
        Agents are evaluated against a set of criteria, with success being defined as meeting some combination of those
        criteria.
    widget (WidgetConfigOutput | Unset):  Example: {'custom_avatar_path': 'https://example.com/avatar.png',
        'language_selector': False}.
    data_collection (AgentPlatformSettingsResponseModelDataCollection | Unset): Data collection settings
    data_collection_scopes (AgentPlatformSettingsResponseModelDataCollectionScopes | Unset): Scope per data
        collection item ID. Missing keys default to conversation scope.
    analysis_items (AgentAnalysisItemsOutput | None | Unset): Evaluation + data-collection items attached by
        reference. None means the agent has not been migrated onto analysis items yet (distinct from an empty, migrated
        set); reads fall back to the legacy evaluation/data_collection fields in that case.
    overrides (ConversationInitiationClientDataConfigOutput | Unset):  Example: {'custom_llm_extra_body': True,
        'enable_conversation_initiation_client_data_from_webhook': True, 'enable_procedure_ids_from_client': True,
        'enable_starting_workflow_node_id_from_client': True}.
    workspace_overrides (AgentWorkspaceOverridesOutput | Unset):
    testing (AgentTestingSettings | Unset): Settings for agent testing configuration. Example: {'attached_tests':
        [{'environment': 'staging', 'test_id': 'test_123', 'workflow_node_id': 'node_abc'}, {'test_id': 'test_456'}],
        'referenced_tests_ids': ['test_123', 'test_456']}.
    archived (bool | Unset): Whether the agent is archived Defaults to False on the server.
    guardrails (GuardrailsV1Output | Unset):
    summary_language (None | str | Unset): Language for all conversation analysis outputs (summaries, titles,
        evaluation rationales, data collection rationales). If not set, the language will be inferred from the
        conversation. Must be one of the supported conversation languages.
    auto_translate_transcript_to_app_language (bool | None | Unset): When enabled, a conversation transcript is
        automatically translated to the viewer's application language when they open the transcript page. If not set or
        false, transcripts are shown in their original language unless the viewer manually selects a translation.
    auth (AuthSettings | Unset):  Example: {'allowlist': [{'hostname': 'https://example.com'}], 'enable_auth': True,
        'require_origin_header': True, 'shareable_token': '1234567890'}.
    call_limits (AgentCallLimits | Unset):  Example: {'agent_concurrency_limit': -1, 'bursting_enabled': True,
        'daily_limit': 100000}.
    privacy (PrivacyConfigOutput | Unset):  Example: {'apply_to_existing_conversations': False, 'delete_audio':
        False, 'delete_transcript_and_pii': False, 'record_voice': True, 'retention_days': -1, 'zero_retention_mode':
        False}.
    trust_context (AgentTrustContext | str | Unset): The trust context in which the agent operates. Defaults to
        'unknown' on the server.
    analysis_llm (Llm | str | Unset): Default LLM model for post-call analysis (evaluation and data collection)
        Defaults to 'gemini-2.5-flash' on the server.
    topic_discovery (TopicDiscoverySettings | Unset): Per-agent topic-discovery configuration. Cadence and analysis
        window are
        managed internally; this only exposes the customer-facing on/off toggle.
    sentiment_analysis (SentimentAnalysisSettings | Unset):
    alerting (AlertingSettingsResponse | None | Unset): Agent-level alerting configuration overriding workspace
        settings.
    safety (SafetyResponseModel | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        evaluation: Any
        try:
            evaluation = UNSET
            if not isinstance(self.evaluation, Unset):
                evaluation = self.evaluation.to_dict()
        except (AttributeError, TypeError):
            evaluation = self.evaluation

        widget: Any
        try:
            widget = UNSET
            if not isinstance(self.widget, Unset):
                widget = self.widget.to_dict()
        except (AttributeError, TypeError):
            widget = self.widget

        data_collection: Any
        try:
            data_collection = UNSET
            if not isinstance(self.data_collection, Unset):
                data_collection = self.data_collection.to_dict()
        except (AttributeError, TypeError):
            data_collection = self.data_collection

        data_collection_scopes: Any
        try:
            data_collection_scopes = UNSET
            if not isinstance(self.data_collection_scopes, Unset):
                data_collection_scopes = self.data_collection_scopes.to_dict()
        except (AttributeError, TypeError):
            data_collection_scopes = self.data_collection_scopes

        analysis_items: Any
        try:
            if isinstance(self.analysis_items, Unset):
                analysis_items = UNSET
            elif isinstance(self.analysis_items, AgentAnalysisItemsOutput):
                analysis_items = self.analysis_items.to_dict()
            else:
                analysis_items = self.analysis_items

        except (AttributeError, TypeError):
            analysis_items = self.analysis_items

        overrides: Any
        try:
            overrides = UNSET
            if not isinstance(self.overrides, Unset):
                overrides = self.overrides.to_dict()
        except (AttributeError, TypeError):
            overrides = self.overrides

        workspace_overrides: Any
        try:
            workspace_overrides = UNSET
            if not isinstance(self.workspace_overrides, Unset):
                workspace_overrides = self.workspace_overrides.to_dict()
        except (AttributeError, TypeError):
            workspace_overrides = self.workspace_overrides

        testing: Any
        try:
            testing = UNSET
            if not isinstance(self.testing, Unset):
                testing = self.testing.to_dict()
        except (AttributeError, TypeError):
            testing = self.testing

        archived = self.archived

        guardrails: Any
        try:
            guardrails = UNSET
            if not isinstance(self.guardrails, Unset):
                guardrails = self.guardrails.to_dict()
        except (AttributeError, TypeError):
            guardrails = self.guardrails

        summary_language: Any
        try:
            summary_language = self.summary_language

        except (AttributeError, TypeError):
            summary_language = self.summary_language

        auto_translate_transcript_to_app_language: Any
        try:
            auto_translate_transcript_to_app_language = self.auto_translate_transcript_to_app_language

        except (AttributeError, TypeError):
            auto_translate_transcript_to_app_language = self.auto_translate_transcript_to_app_language

        auth: Any
        try:
            auth = UNSET
            if not isinstance(self.auth, Unset):
                auth = self.auth.to_dict()
        except (AttributeError, TypeError):
            auth = self.auth

        call_limits: Any
        try:
            call_limits = UNSET
            if not isinstance(self.call_limits, Unset):
                call_limits = self.call_limits.to_dict()
        except (AttributeError, TypeError):
            call_limits = self.call_limits

        privacy: Any
        try:
            privacy = UNSET
            if not isinstance(self.privacy, Unset):
                privacy = self.privacy.to_dict()
        except (AttributeError, TypeError):
            privacy = self.privacy

        trust_context: Any
        try:
            if isinstance(self.trust_context, Unset):
                trust_context = UNSET
            elif isinstance(self.trust_context, str):
                trust_context = self.trust_context
            else:
                trust_context = self.trust_context

        except (AttributeError, TypeError):
            trust_context = self.trust_context

        analysis_llm: Any
        try:
            if isinstance(self.analysis_llm, Unset):
                analysis_llm = UNSET
            elif isinstance(self.analysis_llm, str):
                analysis_llm = self.analysis_llm
            else:
                analysis_llm = self.analysis_llm

        except (AttributeError, TypeError):
            analysis_llm = self.analysis_llm

        topic_discovery: Any
        try:
            topic_discovery = UNSET
            if not isinstance(self.topic_discovery, Unset):
                topic_discovery = self.topic_discovery.to_dict()
        except (AttributeError, TypeError):
            topic_discovery = self.topic_discovery

        sentiment_analysis: Any
        try:
            sentiment_analysis = UNSET
            if not isinstance(self.sentiment_analysis, Unset):
                sentiment_analysis = self.sentiment_analysis.to_dict()
        except (AttributeError, TypeError):
            sentiment_analysis = self.sentiment_analysis

        alerting: Any
        try:
            if isinstance(self.alerting, Unset):
                alerting = UNSET
            elif isinstance(self.alerting, AlertingSettingsResponse):
                alerting = self.alerting.to_dict()
            else:
                alerting = self.alerting

        except (AttributeError, TypeError):
            alerting = self.alerting

        safety: Any
        try:
            safety = UNSET
            if not isinstance(self.safety, Unset):
                safety = self.safety.to_dict()
        except (AttributeError, TypeError):
            safety = self.safety

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if widget is not UNSET:
            field_dict["widget"] = widget
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if data_collection_scopes is not UNSET:
            field_dict["data_collection_scopes"] = data_collection_scopes
        if analysis_items is not UNSET:
            field_dict["analysis_items"] = analysis_items
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if workspace_overrides is not UNSET:
            field_dict["workspace_overrides"] = workspace_overrides
        if testing is not UNSET:
            field_dict["testing"] = testing
        if archived is not UNSET:
            field_dict["archived"] = archived
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if summary_language is not UNSET:
            field_dict["summary_language"] = summary_language
        if auto_translate_transcript_to_app_language is not UNSET:
            field_dict["auto_translate_transcript_to_app_language"] = auto_translate_transcript_to_app_language
        if auth is not UNSET:
            field_dict["auth"] = auth
        if call_limits is not UNSET:
            field_dict["call_limits"] = call_limits
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if trust_context is not UNSET:
            field_dict["trust_context"] = trust_context
        if analysis_llm is not UNSET:
            field_dict["analysis_llm"] = analysis_llm
        if topic_discovery is not UNSET:
            field_dict["topic_discovery"] = topic_discovery
        if sentiment_analysis is not UNSET:
            field_dict["sentiment_analysis"] = sentiment_analysis
        if alerting is not UNSET:
            field_dict["alerting"] = alerting
        if safety is not UNSET:
            field_dict["safety"] = safety
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_platform_settings_response_model = cls.__new__(cls)
        agent_platform_settings_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_platform_settings_response_model

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


def _read_evaluation(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    evaluation_raw = d.get("evaluation", UNSET)
    try:
        _evaluation = evaluation_raw
        evaluation: EvaluationSettingsOutput | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = EvaluationSettingsOutput.from_dict(_evaluation)
    except (KeyError, TypeError, ValueError, AttributeError):
        evaluation = deviating_field(cls, "evaluation", evaluation_raw)

    return evaluation


def _read_widget(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    widget_raw = d.get("widget", UNSET)
    try:
        _widget = widget_raw
        widget: WidgetConfigOutput | Unset
        if isinstance(_widget, Unset):
            widget = UNSET
        else:
            widget = WidgetConfigOutput.from_dict(_widget)
    except (KeyError, TypeError, ValueError, AttributeError):
        widget = deviating_field(cls, "widget", widget_raw)

    return widget


def _read_data_collection(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    data_collection_raw = d.get("data_collection", UNSET)
    try:
        _data_collection = data_collection_raw
        data_collection: AgentPlatformSettingsResponseModelDataCollection | Unset
        if isinstance(_data_collection, Unset):
            data_collection = UNSET
        else:
            data_collection = AgentPlatformSettingsResponseModelDataCollection.from_dict(_data_collection)
    except (KeyError, TypeError, ValueError, AttributeError):
        data_collection = deviating_field(cls, "data_collection", data_collection_raw)

    return data_collection


def _read_data_collection_scopes(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    data_collection_scopes_raw = d.get("data_collection_scopes", UNSET)
    try:
        _data_collection_scopes = data_collection_scopes_raw
        data_collection_scopes: AgentPlatformSettingsResponseModelDataCollectionScopes | Unset
        if isinstance(_data_collection_scopes, Unset):
            data_collection_scopes = UNSET
        else:
            data_collection_scopes = AgentPlatformSettingsResponseModelDataCollectionScopes.from_dict(
                _data_collection_scopes
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        data_collection_scopes = deviating_field(cls, "data_collection_scopes", data_collection_scopes_raw)

    return data_collection_scopes


def _read_analysis_items(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    analysis_items_raw = d.get("analysis_items", UNSET)
    try:

        def _parse_analysis_items(data: object) -> AgentAnalysisItemsOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            analysis_items_type_0 = AgentAnalysisItemsOutput.from_dict(data)

            return analysis_items_type_0

        analysis_items = _parse_analysis_items(analysis_items_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        analysis_items = deviating_field(cls, "analysis_items", analysis_items_raw)

    return analysis_items


def _read_overrides(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    overrides_raw = d.get("overrides", UNSET)
    try:
        _overrides = overrides_raw
        overrides: ConversationInitiationClientDataConfigOutput | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = ConversationInitiationClientDataConfigOutput.from_dict(_overrides)
    except (KeyError, TypeError, ValueError, AttributeError):
        overrides = deviating_field(cls, "overrides", overrides_raw)

    return overrides


def _read_workspace_overrides(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    workspace_overrides_raw = d.get("workspace_overrides", UNSET)
    try:
        _workspace_overrides = workspace_overrides_raw
        workspace_overrides: AgentWorkspaceOverridesOutput | Unset
        if isinstance(_workspace_overrides, Unset):
            workspace_overrides = UNSET
        else:
            workspace_overrides = AgentWorkspaceOverridesOutput.from_dict(_workspace_overrides)
    except (KeyError, TypeError, ValueError, AttributeError):
        workspace_overrides = deviating_field(cls, "workspace_overrides", workspace_overrides_raw)

    return workspace_overrides


def _read_testing(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    testing_raw = d.get("testing", UNSET)
    try:
        _testing = testing_raw
        testing: AgentTestingSettings | Unset
        if isinstance(_testing, Unset):
            testing = UNSET
        else:
            testing = AgentTestingSettings.from_dict(_testing)
    except (KeyError, TypeError, ValueError, AttributeError):
        testing = deviating_field(cls, "testing", testing_raw)

    return testing


_read_archived = plain_reader("archived", (bool,), "a boolean", False)


def _read_guardrails(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    guardrails_raw = d.get("guardrails", UNSET)
    try:
        _guardrails = guardrails_raw
        guardrails: GuardrailsV1Output | Unset
        if isinstance(_guardrails, Unset):
            guardrails = UNSET
        else:
            guardrails = GuardrailsV1Output.from_dict(_guardrails)
    except (KeyError, TypeError, ValueError, AttributeError):
        guardrails = deviating_field(cls, "guardrails", guardrails_raw)

    return guardrails


_read_summary_language = plain_reader(
    "summary_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_auto_translate_transcript_to_app_language = plain_reader(
    "auto_translate_transcript_to_app_language",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_auth(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    auth_raw = d.get("auth", UNSET)
    try:
        _auth = auth_raw
        auth: AuthSettings | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = AuthSettings.from_dict(_auth)
    except (KeyError, TypeError, ValueError, AttributeError):
        auth = deviating_field(cls, "auth", auth_raw)

    return auth


def _read_call_limits(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    call_limits_raw = d.get("call_limits", UNSET)
    try:
        _call_limits = call_limits_raw
        call_limits: AgentCallLimits | Unset
        if isinstance(_call_limits, Unset):
            call_limits = UNSET
        else:
            call_limits = AgentCallLimits.from_dict(_call_limits)
    except (KeyError, TypeError, ValueError, AttributeError):
        call_limits = deviating_field(cls, "call_limits", call_limits_raw)

    return call_limits


def _read_privacy(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    privacy_raw = d.get("privacy", UNSET)
    try:
        _privacy = privacy_raw
        privacy: PrivacyConfigOutput | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = PrivacyConfigOutput.from_dict(_privacy)
    except (KeyError, TypeError, ValueError, AttributeError):
        privacy = deviating_field(cls, "privacy", privacy_raw)

    return privacy


_read_trust_context = plain_reader("trust_context", (str,), "a string", False)

_read_analysis_llm = plain_reader("analysis_llm", (str,), "a string", False)


def _read_topic_discovery(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    topic_discovery_raw = d.get("topic_discovery", UNSET)
    try:
        _topic_discovery = topic_discovery_raw
        topic_discovery: TopicDiscoverySettings | Unset
        if isinstance(_topic_discovery, Unset):
            topic_discovery = UNSET
        else:
            topic_discovery = TopicDiscoverySettings.from_dict(_topic_discovery)
    except (KeyError, TypeError, ValueError, AttributeError):
        topic_discovery = deviating_field(cls, "topic_discovery", topic_discovery_raw)

    return topic_discovery


def _read_sentiment_analysis(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    sentiment_analysis_raw = d.get("sentiment_analysis", UNSET)
    try:
        _sentiment_analysis = sentiment_analysis_raw
        sentiment_analysis: SentimentAnalysisSettings | Unset
        if isinstance(_sentiment_analysis, Unset):
            sentiment_analysis = UNSET
        else:
            sentiment_analysis = SentimentAnalysisSettings.from_dict(_sentiment_analysis)
    except (KeyError, TypeError, ValueError, AttributeError):
        sentiment_analysis = deviating_field(cls, "sentiment_analysis", sentiment_analysis_raw)

    return sentiment_analysis


def _read_alerting(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    alerting_raw = d.get("alerting", UNSET)
    try:

        def _parse_alerting(data: object) -> AlertingSettingsResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            alerting_type_0 = AlertingSettingsResponse.from_dict(data)

            return alerting_type_0

        alerting = _parse_alerting(alerting_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        alerting = deviating_field(cls, "alerting", alerting_raw)

    return alerting


def _read_safety(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    safety_raw = d.get("safety", UNSET)
    try:
        _safety = safety_raw
        safety: SafetyResponseModel | Unset
        if isinstance(_safety, Unset):
            safety = UNSET
        else:
            safety = SafetyResponseModel.from_dict(_safety)
    except (KeyError, TypeError, ValueError, AttributeError):
        safety = deviating_field(cls, "safety", safety_raw)

    return safety


_FIELDS: frozenset[str] = frozenset(
    (
        "evaluation",
        "widget",
        "data_collection",
        "data_collection_scopes",
        "analysis_items",
        "overrides",
        "workspace_overrides",
        "testing",
        "archived",
        "guardrails",
        "summary_language",
        "auto_translate_transcript_to_app_language",
        "auth",
        "call_limits",
        "privacy",
        "trust_context",
        "analysis_llm",
        "topic_discovery",
        "sentiment_analysis",
        "alerting",
        "safety",
    )
)


def _read_additional_properties(cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentPlatformSettingsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "evaluation" in known:
        evaluation = known["evaluation"]
    else:
        evaluation = d.get("evaluation", UNSET)
        if evaluation is not UNSET:
            evaluation = _read_evaluation(cls, d)

    if "widget" in known:
        widget = known["widget"]
    else:
        widget = d.get("widget", UNSET)
        if widget is not UNSET:
            widget = _read_widget(cls, d)

    if "data_collection" in known:
        data_collection = known["data_collection"]
    else:
        data_collection = d.get("data_collection", UNSET)
        if data_collection is not UNSET:
            data_collection = _read_data_collection(cls, d)

    if "data_collection_scopes" in known:
        data_collection_scopes = known["data_collection_scopes"]
    else:
        data_collection_scopes = d.get("data_collection_scopes", UNSET)
        if data_collection_scopes is not UNSET:
            data_collection_scopes = _read_data_collection_scopes(cls, d)

    if "analysis_items" in known:
        analysis_items = known["analysis_items"]
    else:
        analysis_items = d.get("analysis_items", UNSET)
        if analysis_items is not UNSET and analysis_items is not None:
            analysis_items = _read_analysis_items(cls, d)

    if "overrides" in known:
        overrides = known["overrides"]
    else:
        overrides = d.get("overrides", UNSET)
        if overrides is not UNSET:
            overrides = _read_overrides(cls, d)

    if "workspace_overrides" in known:
        workspace_overrides = known["workspace_overrides"]
    else:
        workspace_overrides = d.get("workspace_overrides", UNSET)
        if workspace_overrides is not UNSET:
            workspace_overrides = _read_workspace_overrides(cls, d)

    if "testing" in known:
        testing = known["testing"]
    else:
        testing = d.get("testing", UNSET)
        if testing is not UNSET:
            testing = _read_testing(cls, d)

    archived = d.get("archived", UNSET)
    if archived.__class__ is not bool and archived is not UNSET:
        archived = _read_archived(cls, d)

    if "guardrails" in known:
        guardrails = known["guardrails"]
    else:
        guardrails = d.get("guardrails", UNSET)
        if guardrails is not UNSET:
            guardrails = _read_guardrails(cls, d)

    summary_language = d.get("summary_language", UNSET)
    if summary_language.__class__ is not str and summary_language is not None and summary_language is not UNSET:
        summary_language = _read_summary_language(cls, d)

    auto_translate_transcript_to_app_language = d.get("auto_translate_transcript_to_app_language", UNSET)
    if (
        auto_translate_transcript_to_app_language.__class__ is not bool
        and auto_translate_transcript_to_app_language is not None
        and auto_translate_transcript_to_app_language is not UNSET
    ):
        auto_translate_transcript_to_app_language = _read_auto_translate_transcript_to_app_language(cls, d)

    if "auth" in known:
        auth = known["auth"]
    else:
        auth = d.get("auth", UNSET)
        if auth is not UNSET:
            auth = _read_auth(cls, d)

    if "call_limits" in known:
        call_limits = known["call_limits"]
    else:
        call_limits = d.get("call_limits", UNSET)
        if call_limits is not UNSET:
            call_limits = _read_call_limits(cls, d)

    if "privacy" in known:
        privacy = known["privacy"]
    else:
        privacy = d.get("privacy", UNSET)
        if privacy is not UNSET:
            privacy = _read_privacy(cls, d)

    trust_context = d.get("trust_context", UNSET)
    if trust_context.__class__ is not str and trust_context is not UNSET:
        trust_context = _read_trust_context(cls, d)

    analysis_llm = d.get("analysis_llm", UNSET)
    if analysis_llm.__class__ is not str and analysis_llm is not UNSET:
        analysis_llm = _read_analysis_llm(cls, d)

    if "topic_discovery" in known:
        topic_discovery = known["topic_discovery"]
    else:
        topic_discovery = d.get("topic_discovery", UNSET)
        if topic_discovery is not UNSET:
            topic_discovery = _read_topic_discovery(cls, d)

    if "sentiment_analysis" in known:
        sentiment_analysis = known["sentiment_analysis"]
    else:
        sentiment_analysis = d.get("sentiment_analysis", UNSET)
        if sentiment_analysis is not UNSET:
            sentiment_analysis = _read_sentiment_analysis(cls, d)

    if "alerting" in known:
        alerting = known["alerting"]
    else:
        alerting = d.get("alerting", UNSET)
        if alerting is not UNSET and alerting is not None:
            alerting = _read_alerting(cls, d)

    if "safety" in known:
        safety = known["safety"]
    else:
        safety = d.get("safety", UNSET)
        if safety is not UNSET:
            safety = _read_safety(cls, d)

    return {
        "evaluation": evaluation,
        "widget": widget,
        "data_collection": data_collection,
        "data_collection_scopes": data_collection_scopes,
        "analysis_items": analysis_items,
        "overrides": overrides,
        "workspace_overrides": workspace_overrides,
        "testing": testing,
        "archived": archived,
        "guardrails": guardrails,
        "summary_language": summary_language,
        "auto_translate_transcript_to_app_language": auto_translate_transcript_to_app_language,
        "auth": auth,
        "call_limits": call_limits,
        "privacy": privacy,
        "trust_context": trust_context,
        "analysis_llm": analysis_llm,
        "topic_discovery": topic_discovery,
        "sentiment_analysis": sentiment_analysis,
        "alerting": alerting,
        "safety": safety,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentPlatformSettingsResponseModel,
    _all_fields,
    {
        "evaluation": _read_evaluation,
        "widget": _read_widget,
        "data_collection": _read_data_collection,
        "data_collection_scopes": _read_data_collection_scopes,
        "analysis_items": _read_analysis_items,
        "overrides": _read_overrides,
        "workspace_overrides": _read_workspace_overrides,
        "testing": _read_testing,
        "archived": _read_archived,
        "guardrails": _read_guardrails,
        "summary_language": _read_summary_language,
        "auto_translate_transcript_to_app_language": _read_auto_translate_transcript_to_app_language,
        "auth": _read_auth,
        "call_limits": _read_call_limits,
        "privacy": _read_privacy,
        "trust_context": _read_trust_context,
        "analysis_llm": _read_analysis_llm,
        "topic_discovery": _read_topic_discovery,
        "sentiment_analysis": _read_sentiment_analysis,
        "alerting": _read_alerting,
        "safety": _read_safety,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_analysis_items_output import AgentAnalysisItemsOutput
from ..models.agent_call_limits import AgentCallLimits
from ..models.agent_platform_settings_response_model_data_collection import (
    AgentPlatformSettingsResponseModelDataCollection,
)
from ..models.agent_platform_settings_response_model_data_collection_scopes import (
    AgentPlatformSettingsResponseModelDataCollectionScopes,
)
from ..models.agent_testing_settings import AgentTestingSettings
from ..models.agent_workspace_overrides_output import AgentWorkspaceOverridesOutput
from ..models.alerting_settings_response import AlertingSettingsResponse
from ..models.auth_settings import AuthSettings
from ..models.conversation_initiation_client_data_config_output import ConversationInitiationClientDataConfigOutput
from ..models.evaluation_settings_output import EvaluationSettingsOutput
from ..models.guardrails_v1_output import GuardrailsV1Output
from ..models.privacy_config_output import PrivacyConfigOutput
from ..models.safety_response_model import SafetyResponseModel
from ..models.sentiment_analysis_settings import SentimentAnalysisSettings
from ..models.topic_discovery_settings import TopicDiscoverySettings
from ..models.widget_config_output import WidgetConfigOutput
