"""The API's enums that are a set of strings or numbers, as `Literal` types: see _literals.py."""

from typing import Literal, TypeAlias

AccountChangeActivityId: TypeAlias = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 99]
ACCOUNT_CHANGE_ACTIVITY_ID_VALUES: set[AccountChangeActivityId]

def check_account_change_activity_id(value: int) -> AccountChangeActivityId: ...

AddPronunciationDictionaryRequestWorkspaceAccessType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
ADD_PRONUNCIATION_DICTIONARY_REQUEST_WORKSPACE_ACCESS_TYPE_0_VALUES: set[
    AddPronunciationDictionaryRequestWorkspaceAccessType0
]

def check_add_pronunciation_dictionary_request_workspace_access_type_0(
    value: str,
) -> AddPronunciationDictionaryRequestWorkspaceAccessType0: ...

AddPronunciationDictionaryResponseModelPermissionOnResourceType0: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
ADD_PRONUNCIATION_DICTIONARY_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    AddPronunciationDictionaryResponseModelPermissionOnResourceType0
]

def check_add_pronunciation_dictionary_response_model_permission_on_resource_type_0(
    value: str,
) -> AddPronunciationDictionaryResponseModelPermissionOnResourceType0: ...

AgentChatResponsePartType: TypeAlias = Literal["delta", "start", "stop"]
AGENT_CHAT_RESPONSE_PART_TYPE_VALUES: set[AgentChatResponsePartType]

def check_agent_chat_response_part_type(value: str) -> AgentChatResponsePartType: ...

AgentConversationTicketIssueType: TypeAlias = Literal[
    "knowledge_gap", "missing_tool", "product_feedback", "tool_issue", "unnecessary_escalation"
]
AGENT_CONVERSATION_TICKET_ISSUE_TYPE_VALUES: set[AgentConversationTicketIssueType]

def check_agent_conversation_ticket_issue_type(value: str) -> AgentConversationTicketIssueType: ...

AgentConversationTicketSource: TypeAlias = Literal["agent", "manual", "qa"]
AGENT_CONVERSATION_TICKET_SOURCE_VALUES: set[AgentConversationTicketSource]

def check_agent_conversation_ticket_source(value: str) -> AgentConversationTicketSource: ...

AgentConversationTicketStatus: TypeAlias = Literal["in_progress", "merged", "open", "resolved"]
AGENT_CONVERSATION_TICKET_STATUS_VALUES: set[AgentConversationTicketStatus]

def check_agent_conversation_ticket_status(value: str) -> AgentConversationTicketStatus: ...

AgentDefinitionSource: TypeAlias = Literal["api", "cli", "template", "ui", "unknown"]
AGENT_DEFINITION_SOURCE_VALUES: set[AgentDefinitionSource]

def check_agent_definition_source(value: str) -> AgentDefinitionSource: ...

AgentSortBy: TypeAlias = Literal["call_count_7d", "created_at", "name"]
AGENT_SORT_BY_VALUES: set[AgentSortBy]

def check_agent_sort_by(value: str) -> AgentSortBy: ...

AgentTestEntityType: TypeAlias = Literal["folder", "test"]
AGENT_TEST_ENTITY_TYPE_VALUES: set[AgentTestEntityType]

def check_agent_test_entity_type(value: str) -> AgentTestEntityType: ...

AgentTrustContext: TypeAlias = Literal["high", "low", "unknown"]
AGENT_TRUST_CONTEXT_VALUES: set[AgentTrustContext]

def check_agent_trust_context(value: str) -> AgentTrustContext: ...

AlertingWebhookMethod: TypeAlias = Literal["POST", "PUT"]
ALERTING_WEBHOOK_METHOD_VALUES: set[AlertingWebhookMethod]

def check_alerting_webhook_method(value: str) -> AlertingWebhookMethod: ...

AllowedOutputFormats: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
ALLOWED_OUTPUT_FORMATS_VALUES: set[AllowedOutputFormats]

def check_allowed_output_formats(value: str) -> AllowedOutputFormats: ...

AnalysisPropertyTypeType0: TypeAlias = Literal["boolean", "integer", "number", "string"]
ANALYSIS_PROPERTY_TYPE_TYPE_0_VALUES: set[AnalysisPropertyTypeType0]

def check_analysis_property_type_type_0(value: str) -> AnalysisPropertyTypeType0: ...

AnalysisScope: TypeAlias = Literal["agent", "conversation"]
ANALYSIS_SCOPE_VALUES: set[AnalysisScope]

def check_analysis_scope(value: str) -> AnalysisScope: ...

AnalysisType: TypeAlias = Literal["data_collection", "evaluation_criteria"]
ANALYSIS_TYPE_VALUES: set[AnalysisType]

def check_analysis_type(value: str) -> AnalysisType: ...

ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0: TypeAlias = Literal[" ", ","]
API_INTEGRATION_O_AUTH_2_AUTH_CODE_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES: set[
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0
]

def check_api_integration_o_auth_2_auth_code_response_scope_separator_type_0(
    value: str,
) -> ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0: ...

ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0: TypeAlias = Literal[" ", ","]
API_INTEGRATION_O_AUTH_2_CUSTOM_APP_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES: set[
    ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0
]

def check_api_integration_o_auth_2_custom_app_response_scope_separator_type_0(
    value: str,
) -> ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0: ...

ArrayJsonSchemaPropertyInputPropertyKind: TypeAlias = Literal["array", "object"]
ARRAY_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES: set[ArrayJsonSchemaPropertyInputPropertyKind]

def check_array_json_schema_property_input_property_kind(value: str) -> ArrayJsonSchemaPropertyInputPropertyKind: ...

AsrInputFormat: TypeAlias = Literal[
    "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"
]
ASR_INPUT_FORMAT_VALUES: set[AsrInputFormat]

def check_asr_input_format(value: str) -> AsrInputFormat: ...

AsrProvider: TypeAlias = Literal["elevenlabs", "scribe_realtime"]
ASR_PROVIDER_VALUES: set[AsrProvider]

def check_asr_provider(value: str) -> AsrProvider: ...

AsrQuality: TypeAlias = Literal["high"]
ASR_QUALITY_VALUES: set[AsrQuality]

def check_asr_quality(value: str) -> AsrQuality: ...

AssetTranscriptionStatusType0: TypeAlias = Literal["completed", "failed", "processing"]
ASSET_TRANSCRIPTION_STATUS_TYPE_0_VALUES: set[AssetTranscriptionStatusType0]

def check_asset_transcription_status_type_0(value: str) -> AssetTranscriptionStatusType0: ...

AsyncConversationMetadataDeliveryStatus: TypeAlias = Literal["failed", "pending", "success"]
ASYNC_CONVERSATION_METADATA_DELIVERY_STATUS_VALUES: set[AsyncConversationMetadataDeliveryStatus]

def check_async_conversation_metadata_delivery_status(value: str) -> AsyncConversationMetadataDeliveryStatus: ...

AttachedSystemEvaluationRefAnalysisItemIdType0: TypeAlias = Literal[
    "__system_eval_criteria_frustration", "__system_eval_criteria_sentiment"
]
ATTACHED_SYSTEM_EVALUATION_REF_ANALYSIS_ITEM_ID_TYPE_0_VALUES: set[AttachedSystemEvaluationRefAnalysisItemIdType0]

def check_attached_system_evaluation_ref_analysis_item_id_type_0(
    value: str,
) -> AttachedSystemEvaluationRefAnalysisItemIdType0: ...

AudioAnalysisStatusType0: TypeAlias = Literal["completed", "failed", "processing"]
AUDIO_ANALYSIS_STATUS_TYPE_0_VALUES: set[AudioAnalysisStatusType0]

def check_audio_analysis_status_type_0(value: str) -> AudioAnalysisStatusType0: ...

AudioFormatEnum: TypeAlias = Literal[
    "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"
]
AUDIO_FORMAT_ENUM_VALUES: set[AudioFormatEnum]

def check_audio_format_enum(value: str) -> AudioFormatEnum: ...

AudioIsolationRequestFileFormatType0: TypeAlias = Literal["other", "pcm_s16le_16"]
AUDIO_ISOLATION_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[AudioIsolationRequestFileFormatType0]

def check_audio_isolation_request_file_format_type_0(value: str) -> AudioIsolationRequestFileFormatType0: ...

AudioIsolationStreamRequestFileFormatType0: TypeAlias = Literal["other", "pcm_s16le_16"]
AUDIO_ISOLATION_STREAM_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[AudioIsolationStreamRequestFileFormatType0]

def check_audio_isolation_stream_request_file_format_type_0(
    value: str,
) -> AudioIsolationStreamRequestFileFormatType0: ...

AudioNativeProjectSettingsResponseModelStatusType0: TypeAlias = Literal["processing", "ready"]
AUDIO_NATIVE_PROJECT_SETTINGS_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[
    AudioNativeProjectSettingsResponseModelStatusType0
]

def check_audio_native_project_settings_response_model_status_type_0(
    value: str,
) -> AudioNativeProjectSettingsResponseModelStatusType0: ...

AuthConnectionStatus: TypeAlias = Literal["active", "credential_invalid", "refresh_failed", "revoked"]
AUTH_CONNECTION_STATUS_VALUES: set[AuthConnectionStatus]

def check_auth_connection_status(value: str) -> AuthConnectionStatus: ...

AuthenticationActivityId: TypeAlias = Literal[0, 1, 2, 3, 4, 5, 6, 7, 99]
AUTHENTICATION_ACTIVITY_ID_VALUES: set[AuthenticationActivityId]

def check_authentication_activity_id(value: int) -> AuthenticationActivityId: ...

AuthorizationMethod: TypeAlias = Literal[
    "authorization_header",
    "genesys_api_key",
    "invalid",
    "livekit_token",
    "livekit_token_website",
    "public",
    "shareable_link",
    "signed_url",
    "whatsapp",
]
AUTHORIZATION_METHOD_VALUES: set[AuthorizationMethod]

def check_authorization_method(value: str) -> AuthorizationMethod: ...

BackgroundSoundPresetId: TypeAlias = Literal[
    "city", "elevator1", "elevator2", "elevator3", "elevator4", "office1", "office2", "restaurant", "typing"
]
BACKGROUND_SOUND_PRESET_ID_VALUES: set[BackgroundSoundPresetId]

def check_background_sound_preset_id(value: str) -> BackgroundSoundPresetId: ...

BackgroundSoundSourceType: TypeAlias = Literal["preset"]
BACKGROUND_SOUND_SOURCE_TYPE_VALUES: set[BackgroundSoundSourceType]

def check_background_sound_source_type(value: str) -> BackgroundSoundSourceType: ...

BatchCallRecipientStatus: TypeAlias = Literal[
    "cancelled", "completed", "dispatched", "failed", "in_progress", "initiated", "pending", "voicemail"
]
BATCH_CALL_RECIPIENT_STATUS_VALUES: set[BatchCallRecipientStatus]

def check_batch_call_recipient_status(value: str) -> BatchCallRecipientStatus: ...

BatchCallStatus: TypeAlias = Literal["cancelled", "completed", "failed", "in_progress", "pending"]
BATCH_CALL_STATUS_VALUES: set[BatchCallStatus]

def check_batch_call_status(value: str) -> BatchCallStatus: ...

BillingPeriod: TypeAlias = Literal["3_month_period", "6_month_period", "annual_period", "monthly_period"]
BILLING_PERIOD_VALUES: set[BillingPeriod]

def check_billing_period(value: str) -> BillingPeriod: ...

BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
BODY_ADD_A_PRONUNCIATION_DICTIONARY_V1_PRONUNCIATION_DICTIONARIES_ADD_FROM_RULES_POST_WORKSPACE_ACCESS_TYPE_0_VALUES: (
    set[BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0]
)

def check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post_workspace_access_type_0(
    value: str,
) -> BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0: ...

BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix: TypeAlias = Literal["music", "sfx"]
BODY_COMPOSE_MUSIC_WITH_A_DETAILED_RESPONSE_V1_MUSIC_DETAILED_POST_MODEL_STYLE_PREFIX_VALUES: set[
    BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix
]

def check_body_compose_music_with_a_detailed_response_v1_music_detailed_post_model_style_prefix(
    value: str,
) -> BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix: ...

BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0: TypeAlias = Literal["dubbing_v1", "dubbing_v2"]
BODY_CREATE_DUBBING_PROJECT_V1_DUBBING_PROJECT_POST_MODEL_ID_TYPE_0_VALUES: set[
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0
]

def check_body_create_dubbing_project_v1_dubbing_project_post_model_id_type_0(
    value: str,
) -> BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0: ...

BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0: TypeAlias = Literal["private", "workspace"]
BODY_CREATE_MUSIC_FINETUNE_V1_MUSIC_FINETUNES_POST_VISIBILITY_TYPE_0_VALUES: set[
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0
]

def check_body_create_music_finetune_v1_music_finetunes_post_visibility_type_0(
    value: str,
) -> BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0: ...

BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0: TypeAlias = Literal[
    "apply_english", "auto", "off", "on"
]
BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0
]

def check_body_create_podcast_v1_studio_podcasts_post_apply_text_normalization_type_0(
    value: str,
) -> BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0: ...

BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage: TypeAlias = Literal[
    "default", "long", "short"
]
BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_THE_DURATION_OF_THE_GENERATED_PODCAST_THIS_VARIES_DEPENDING_ON_THE_FORMAT_VOICE_AND_LANGUAGE_VALUES: set[
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
]

def check_body_create_podcast_v1_studio_podcasts_post_the_duration_of_the_generated_podcast_this_varies_depending_on_the_format_voice_and_language(
    value: str,
) -> (
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
): ...

BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0: TypeAlias = Literal[
    "apply_english", "auto", "off", "on"
]
BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0
]

def check_body_create_studio_project_v1_studio_projects_post_apply_text_normalization_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0: ...

BodyCreateStudioProjectV1StudioProjectsPostFictionType0: TypeAlias = Literal["fiction", "non-fiction"]
BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_FICTION_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostFictionType0
]

def check_body_create_studio_project_v1_studio_projects_post_fiction_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostFictionType0: ...

BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0: TypeAlias = Literal[
    "article", "blank", "book", "genfm", "screenplay", "video"
]
BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_SOURCE_TYPE_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0
]

def check_body_create_studio_project_v1_studio_projects_post_source_type_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0: ...

BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0: TypeAlias = Literal[
    "adult", "all ages", "children", "young adult"
]
BODY_CREATE_STUDIO_PROJECT_V1_STUDIO_PROJECTS_POST_TARGET_AUDIENCE_TYPE_0_VALUES: set[
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0
]

def check_body_create_studio_project_v1_studio_projects_post_target_audience_type_0(
    value: str,
) -> BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0: ...

BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0: TypeAlias = Literal[
    "apply_english", "auto", "off", "on"
]
BODY_CREATES_AUDIO_NATIVE_ENABLED_PROJECT_V1_AUDIO_NATIVE_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0
]

def check_body_creates_audio_native_enabled_project_v1_audio_native_post_apply_text_normalization_type_0(
    value: str,
) -> BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0: ...

BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1: TypeAlias = (
    Literal["clear", "no_update"]
)
BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_ALLOWED_IPS_TYPE_1_VALUES: set[
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1
]

def check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_allowed_ips_type_1(
    value: str,
) -> BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1: ...

BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1: TypeAlias = (
    Literal["clear", "no_update"]
)
BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_CHARACTER_LIMIT_TYPE_1_VALUES: set[
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1
]

def check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_character_limit_type_1(
    value: str,
) -> BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1: ...

BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1: TypeAlias = (
    Literal["all", "no_update"]
)
BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_PERMISSIONS_TYPE_1_VALUES: set[
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1
]

def check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_permissions_type_1(
    value: str,
) -> BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1: ...

BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1: TypeAlias = Literal[
    "clear", "no_update"
]
BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_THIRD_PARTY_DISABLE_ALLOWED_TYPE_1_VALUES: set[
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
]

def check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_third_party_disable_allowed_type_1(
    value: str,
) -> (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
): ...

BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item: TypeAlias = Literal[
    "actor",
    "billing_group_id",
    "fiat_charge_type",
    "fiat_currency",
    "hashed_xi_api_key",
    "model",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue_type",
    "request_source",
    "resource_id",
    "subresource_id",
    "surface",
    "user_id",
    "voice_id",
    "voice_multiplier",
]
BODY_GET_WORKSPACE_USAGE_V1_WORKSPACE_ANALYTICS_QUERY_USAGE_BY_PRODUCT_OVER_TIME_POST_GROUP_BY_TYPE_0_ITEM_VALUES: set[
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item
]

def check_body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post_group_by_type_0_item(
    value: str,
) -> BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item: ...

BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0: TypeAlias = Literal["asc", "desc"]
BODY_LIST_API_REQUESTS_V1_WORKSPACE_ANALYTICS_REQUESTS_POST_SORT_TYPE_0_VALUES: set[
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0
]

def check_body_list_api_requests_v1_workspace_analytics_requests_post_sort_type_0(
    value: str,
) -> BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0: ...

BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
BODY_SHARE_WORKSPACE_RESOURCE_V1_WORKSPACE_RESOURCES_RESOURCE_ID_SHARE_POST_ROLE_VALUES: set[
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole
]

def check_body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role(
    value: str,
) -> BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole: ...

BodySpeechToTextV1SpeechToTextPostFileFormat: TypeAlias = Literal["other", "pcm_s16le_16"]
BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_FILE_FORMAT_VALUES: set[BodySpeechToTextV1SpeechToTextPostFileFormat]

def check_body_speech_to_text_v1_speech_to_text_post_file_format(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostFileFormat: ...

BodySpeechToTextV1SpeechToTextPostModelId: TypeAlias = Literal["scribe_v1", "scribe_v2"]
BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MODEL_ID_VALUES: set[BodySpeechToTextV1SpeechToTextPostModelId]

def check_body_speech_to_text_v1_speech_to_text_post_model_id(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostModelId: ...

BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle: TypeAlias = Literal["combined", "separate"]
BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MULTICHANNEL_OUTPUT_STYLE_VALUES: set[
    BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle
]

def check_body_speech_to_text_v1_speech_to_text_post_multichannel_output_style(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle: ...

BodySpeechToTextV1SpeechToTextPostTimestampsGranularity: TypeAlias = Literal["character", "none", "word"]
BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_TIMESTAMPS_GRANULARITY_VALUES: set[
    BodySpeechToTextV1SpeechToTextPostTimestampsGranularity
]

def check_body_speech_to_text_v1_speech_to_text_post_timestamps_granularity(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostTimestampsGranularity: ...

BodyStemSeparationV1MusicStemSeparationPostStemVariationId: TypeAlias = Literal["six_stems_v1", "two_stems_v1"]
BODY_STEM_SEPARATION_V1_MUSIC_STEM_SEPARATION_POST_STEM_VARIATION_ID_VALUES: set[
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId
]

def check_body_stem_separation_v1_music_stem_separation_post_stem_variation_id(
    value: str,
) -> BodyStemSeparationV1MusicStemSeparationPostStemVariationId: ...

BodyTextToDialogueFullWithTimestampsApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_DIALOGUE_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueFullWithTimestampsApplyTextNormalization
]

def check_body_text_to_dialogue_full_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueFullWithTimestampsApplyTextNormalization: ...

BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization: TypeAlias = Literal[
    "auto", "off", "on"
]
BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_STREAMING_V1_TEXT_TO_DIALOGUE_STREAM_POST_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization
]

def check_body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization: ...

BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_V1_TEXT_TO_DIALOGUE_POST_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization
]

def check_body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization: ...

BodyTextToDialogueStreamWithTimestampsApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_DIALOGUE_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueStreamWithTimestampsApplyTextNormalization
]

def check_body_text_to_dialogue_stream_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueStreamWithTimestampsApplyTextNormalization: ...

BodyTextToSpeechFullApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_SPEECH_FULL_APPLY_TEXT_NORMALIZATION_VALUES: set[BodyTextToSpeechFullApplyTextNormalization]

def check_body_text_to_speech_full_apply_text_normalization(
    value: str,
) -> BodyTextToSpeechFullApplyTextNormalization: ...

BodyTextToSpeechFullWithTimestampsApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_SPEECH_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToSpeechFullWithTimestampsApplyTextNormalization
]

def check_body_text_to_speech_full_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToSpeechFullWithTimestampsApplyTextNormalization: ...

BodyTextToSpeechStreamApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_SPEECH_STREAM_APPLY_TEXT_NORMALIZATION_VALUES: set[BodyTextToSpeechStreamApplyTextNormalization]

def check_body_text_to_speech_stream_apply_text_normalization(
    value: str,
) -> BodyTextToSpeechStreamApplyTextNormalization: ...

BodyTextToSpeechStreamWithTimestampsApplyTextNormalization: TypeAlias = Literal["auto", "off", "on"]
BODY_TEXT_TO_SPEECH_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToSpeechStreamWithTimestampsApplyTextNormalization
]

def check_body_text_to_speech_stream_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToSpeechStreamWithTimestampsApplyTextNormalization: ...

BranchProtectionStatus: TypeAlias = Literal["admin_perms_required", "writer_perms_required"]
BRANCH_PROTECTION_STATUS_VALUES: set[BranchProtectionStatus]

def check_branch_protection_status(value: str) -> BranchProtectionStatus: ...

BreakdownTypes: TypeAlias = Literal[
    "all_api_keys",
    "api_keys",
    "groups",
    "has_api_key",
    "model",
    "none",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue",
    "request_source",
    "resource",
    "subresource_id",
    "user",
    "voice",
    "voice_multiplier",
]
BREAKDOWN_TYPES_VALUES: set[BreakdownTypes]

def check_breakdown_types(value: str) -> BreakdownTypes: ...

BucketingStatus: TypeAlias = Literal["completed", "failed", "pending"]
BUCKETING_STATUS_VALUES: set[BucketingStatus]

def check_bucketing_status(value: str) -> BucketingStatus: ...

BytedanceSeedance25RequestAspectRatio: TypeAlias = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"]
BYTEDANCE_SEEDANCE_25_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedance25RequestAspectRatio]

def check_bytedance_seedance_25_request_aspect_ratio(value: str) -> BytedanceSeedance25RequestAspectRatio: ...

BytedanceSeedance25RequestResolution: TypeAlias = Literal["1080p", "480p", "720p"]
BYTEDANCE_SEEDANCE_25_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance25RequestResolution]

def check_bytedance_seedance_25_request_resolution(value: str) -> BytedanceSeedance25RequestResolution: ...

BytedanceSeedance2FastRequestAspectRatio: TypeAlias = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"]
BYTEDANCE_SEEDANCE_2_FAST_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedance2FastRequestAspectRatio]

def check_bytedance_seedance_2_fast_request_aspect_ratio(value: str) -> BytedanceSeedance2FastRequestAspectRatio: ...

BytedanceSeedance2FastRequestResolution: TypeAlias = Literal["480p", "720p"]
BYTEDANCE_SEEDANCE_2_FAST_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2FastRequestResolution]

def check_bytedance_seedance_2_fast_request_resolution(value: str) -> BytedanceSeedance2FastRequestResolution: ...

BytedanceSeedance2MiniRequestAspectRatio: TypeAlias = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"]
BYTEDANCE_SEEDANCE_2_MINI_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedance2MiniRequestAspectRatio]

def check_bytedance_seedance_2_mini_request_aspect_ratio(value: str) -> BytedanceSeedance2MiniRequestAspectRatio: ...

BytedanceSeedance2MiniRequestResolution: TypeAlias = Literal["480p", "720p"]
BYTEDANCE_SEEDANCE_2_MINI_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2MiniRequestResolution]

def check_bytedance_seedance_2_mini_request_resolution(value: str) -> BytedanceSeedance2MiniRequestResolution: ...

BytedanceSeedance2RequestAspectRatio: TypeAlias = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"]
BYTEDANCE_SEEDANCE_2_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedance2RequestAspectRatio]

def check_bytedance_seedance_2_request_aspect_ratio(value: str) -> BytedanceSeedance2RequestAspectRatio: ...

BytedanceSeedance2RequestResolution: TypeAlias = Literal["1080p", "480p", "4k", "720p"]
BYTEDANCE_SEEDANCE_2_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2RequestResolution]

def check_bytedance_seedance_2_request_resolution(value: str) -> BytedanceSeedance2RequestResolution: ...

BytedanceSeedream5LiteRequestAspectRatio: TypeAlias = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "auto"]
BYTEDANCE_SEEDREAM_5_LITE_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedream5LiteRequestAspectRatio]

def check_bytedance_seedream_5_lite_request_aspect_ratio(value: str) -> BytedanceSeedream5LiteRequestAspectRatio: ...

BytedanceSeedream5LiteRequestResolution: TypeAlias = Literal["2K", "3K"]
BYTEDANCE_SEEDREAM_5_LITE_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedream5LiteRequestResolution]

def check_bytedance_seedream_5_lite_request_resolution(value: str) -> BytedanceSeedream5LiteRequestResolution: ...

BytedanceSeedream5ProRequestAspectRatio: TypeAlias = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "auto"]
BYTEDANCE_SEEDREAM_5_PRO_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedream5ProRequestAspectRatio]

def check_bytedance_seedream_5_pro_request_aspect_ratio(value: str) -> BytedanceSeedream5ProRequestAspectRatio: ...

BytedanceSeedream5ProRequestResolution: TypeAlias = Literal["1K", "2K"]
BYTEDANCE_SEEDREAM_5_PRO_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedream5ProRequestResolution]

def check_bytedance_seedream_5_pro_request_resolution(value: str) -> BytedanceSeedream5ProRequestResolution: ...

CaptionStyleCharacterAnimationModelEnterTypeType0: TypeAlias = Literal["fade", "none", "typewriter"]
CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES: set[CaptionStyleCharacterAnimationModelEnterTypeType0]

def check_caption_style_character_animation_model_enter_type_type_0(
    value: str,
) -> CaptionStyleCharacterAnimationModelEnterTypeType0: ...

CaptionStyleCharacterAnimationModelExitTypeType0: TypeAlias = Literal["fade", "none"]
CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES: set[CaptionStyleCharacterAnimationModelExitTypeType0]

def check_caption_style_character_animation_model_exit_type_type_0(
    value: str,
) -> CaptionStyleCharacterAnimationModelExitTypeType0: ...

CaptionStyleHorizontalPlacementModelAlignType0: TypeAlias = Literal["center", "left", "right"]
CAPTION_STYLE_HORIZONTAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES: set[CaptionStyleHorizontalPlacementModelAlignType0]

def check_caption_style_horizontal_placement_model_align_type_0(
    value: str,
) -> CaptionStyleHorizontalPlacementModelAlignType0: ...

CaptionStyleModelTextAlignType0: TypeAlias = Literal["center", "end", "start"]
CAPTION_STYLE_MODEL_TEXT_ALIGN_TYPE_0_VALUES: set[CaptionStyleModelTextAlignType0]

def check_caption_style_model_text_align_type_0(value: str) -> CaptionStyleModelTextAlignType0: ...

CaptionStyleModelTextBlendModeType0: TypeAlias = Literal["difference", "multiply", "normal"]
CAPTION_STYLE_MODEL_TEXT_BLEND_MODE_TYPE_0_VALUES: set[CaptionStyleModelTextBlendModeType0]

def check_caption_style_model_text_blend_mode_type_0(value: str) -> CaptionStyleModelTextBlendModeType0: ...

CaptionStyleModelTextStyleType0: TypeAlias = Literal["italic", "normal"]
CAPTION_STYLE_MODEL_TEXT_STYLE_TYPE_0_VALUES: set[CaptionStyleModelTextStyleType0]

def check_caption_style_model_text_style_type_0(value: str) -> CaptionStyleModelTextStyleType0: ...

CaptionStyleModelTextTransformType0: TypeAlias = Literal["none", "uppercase"]
CAPTION_STYLE_MODEL_TEXT_TRANSFORM_TYPE_0_VALUES: set[CaptionStyleModelTextTransformType0]

def check_caption_style_model_text_transform_type_0(value: str) -> CaptionStyleModelTextTransformType0: ...

CaptionStyleModelTextWeightType0: TypeAlias = Literal["900", "bold", "normal"]
CAPTION_STYLE_MODEL_TEXT_WEIGHT_TYPE_0_VALUES: set[CaptionStyleModelTextWeightType0]

def check_caption_style_model_text_weight_type_0(value: str) -> CaptionStyleModelTextWeightType0: ...

CaptionStyleSectionAnimationModelEnterTypeType0: TypeAlias = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]
CAPTION_STYLE_SECTION_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES: set[CaptionStyleSectionAnimationModelEnterTypeType0]

def check_caption_style_section_animation_model_enter_type_type_0(
    value: str,
) -> CaptionStyleSectionAnimationModelEnterTypeType0: ...

CaptionStyleSectionAnimationModelExitTypeType0: TypeAlias = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]
CAPTION_STYLE_SECTION_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES: set[CaptionStyleSectionAnimationModelExitTypeType0]

def check_caption_style_section_animation_model_exit_type_type_0(
    value: str,
) -> CaptionStyleSectionAnimationModelExitTypeType0: ...

CaptionStyleVerticalPlacementModelAlignType0: TypeAlias = Literal["bottom", "center", "top"]
CAPTION_STYLE_VERTICAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES: set[CaptionStyleVerticalPlacementModelAlignType0]

def check_caption_style_vertical_placement_model_align_type_0(
    value: str,
) -> CaptionStyleVerticalPlacementModelAlignType0: ...

CaptionStyleWordAnimationModelEnterTypeType0: TypeAlias = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]
CAPTION_STYLE_WORD_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES: set[CaptionStyleWordAnimationModelEnterTypeType0]

def check_caption_style_word_animation_model_enter_type_type_0(
    value: str,
) -> CaptionStyleWordAnimationModelEnterTypeType0: ...

CaptionStyleWordAnimationModelExitTypeType0: TypeAlias = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]
CAPTION_STYLE_WORD_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES: set[CaptionStyleWordAnimationModelExitTypeType0]

def check_caption_style_word_animation_model_exit_type_type_0(
    value: str,
) -> CaptionStyleWordAnimationModelExitTypeType0: ...

ChapterContentBlockInputModelSubTypeType0: TypeAlias = Literal["h1", "h2", "h3", "p"]
CHAPTER_CONTENT_BLOCK_INPUT_MODEL_SUB_TYPE_TYPE_0_VALUES: set[ChapterContentBlockInputModelSubTypeType0]

def check_chapter_content_block_input_model_sub_type_type_0(
    value: str,
) -> ChapterContentBlockInputModelSubTypeType0: ...

ChapterResponseStateType0: TypeAlias = Literal["converting", "default"]
CHAPTER_RESPONSE_STATE_TYPE_0_VALUES: set[ChapterResponseStateType0]

def check_chapter_response_state_type_0(value: str) -> ChapterResponseStateType0: ...

ChapterWithContentResponseModelStateType0: TypeAlias = Literal["converting", "default"]
CHAPTER_WITH_CONTENT_RESPONSE_MODEL_STATE_TYPE_0_VALUES: set[ChapterWithContentResponseModelStateType0]

def check_chapter_with_content_response_model_state_type_0(value: str) -> ChapterWithContentResponseModelStateType0: ...

CharacterAge: TypeAlias = Literal["middle_aged", "old", "young"]
CHARACTER_AGE_VALUES: set[CharacterAge]

def check_character_age(value: str) -> CharacterAge: ...

CharacterGender: TypeAlias = Literal["female", "male", "neutral"]
CHARACTER_GENDER_VALUES: set[CharacterGender]

def check_character_gender(value: str) -> CharacterGender: ...

CharacterRefreshPeriod: TypeAlias = Literal["3_month_period", "6_month_period", "annual_period", "monthly_period"]
CHARACTER_REFRESH_PERIOD_VALUES: set[CharacterRefreshPeriod]

def check_character_refresh_period(value: str) -> CharacterRefreshPeriod: ...

CharacterRole: TypeAlias = Literal["main", "minor", "narrator", "supporting"]
CHARACTER_ROLE_VALUES: set[CharacterRole]

def check_character_role(value: str) -> CharacterRole: ...

ChatSourceMedium: TypeAlias = Literal["audio", "file", "image", "text"]
CHAT_SOURCE_MEDIUM_VALUES: set[ChatSourceMedium]

def check_chat_source_medium(value: str) -> ChatSourceMedium: ...

ClientEvent: TypeAlias = Literal[
    "agent_chat_response_part",
    "agent_response",
    "agent_response_complete",
    "agent_response_correction",
    "agent_response_metadata",
    "agent_tool_request",
    "agent_tool_response",
    "agent_tool_response_full_payload",
    "asr_initiation_metadata",
    "audio",
    "client_error",
    "client_tool_call",
    "context_usage",
    "conversation_initiation_metadata",
    "dtmf_request",
    "guardrail_triggered",
    "internal_tentative_agent_response",
    "internal_turn_probability",
    "interruption",
    "mcp_connection_status",
    "mcp_tool_call",
    "ping",
    "tentative_user_transcript",
    "user_transcript",
    "vad_score",
]
CLIENT_EVENT_VALUES: set[ClientEvent]

def check_client_event(value: str) -> ClientEvent: ...

ClipAnimationEnterEffectType0: TypeAlias = Literal[
    "bounce",
    "drop",
    "fade",
    "float",
    "gentle_float",
    "none",
    "pop",
    "slide_bounce",
    "slide_down",
    "slide_left",
    "slide_right",
    "slide_up",
    "spin",
    "zoom_in",
]
CLIP_ANIMATION_ENTER_EFFECT_TYPE_0_VALUES: set[ClipAnimationEnterEffectType0]

def check_clip_animation_enter_effect_type_0(value: str) -> ClipAnimationEnterEffectType0: ...

ClipAnimationExitEffectType0: TypeAlias = Literal[
    "bounce",
    "drop",
    "fade",
    "float",
    "gentle_float",
    "none",
    "pop",
    "slide_bounce",
    "slide_down",
    "slide_left",
    "slide_right",
    "slide_up",
    "spin",
    "zoom_in",
]
CLIP_ANIMATION_EXIT_EFFECT_TYPE_0_VALUES: set[ClipAnimationExitEffectType0]

def check_clip_animation_exit_effect_type_0(value: str) -> ClipAnimationExitEffectType0: ...

ColumnFilterOperation: TypeAlias = Literal["eq", "ge", "gt", "in", "le", "lt", "neq", "not_in"]
COLUMN_FILTER_OPERATION_VALUES: set[ColumnFilterOperation]

def check_column_filter_operation(value: str) -> ColumnFilterOperation: ...

ColumnUnit: TypeAlias = Literal["credits", "duration", "eur", "inr", "min", "ms", "pln", "rating", "ratio", "s", "usd"]
COLUMN_UNIT_VALUES: set[ColumnUnit]

def check_column_unit(value: str) -> ColumnUnit: ...

CommitStrategy: TypeAlias = Literal["manual", "vad"]
COMMIT_STRATEGY_VALUES: set[CommitStrategy]

def check_commit_strategy(value: str) -> CommitStrategy: ...

ConfigEntityType: TypeAlias = Literal[
    "age",
    "contact_number",
    "date",
    "date_interval",
    "dob",
    "email_address",
    "ethnicity_race",
    "financial_id",
    "financial_id.bank_account",
    "financial_id.bank_account.bank_account_number",
    "financial_id.bank_account.bank_routing_number",
    "financial_id.bank_account.swift_bic_code",
    "financial_id.financial_id_other",
    "financial_id.payment_card",
    "financial_id.payment_card.payment_card_cvv",
    "financial_id.payment_card.payment_card_expiration_date",
    "financial_id.payment_card.payment_card_number",
    "language",
    "location",
    "location.location_address",
    "location.location_city",
    "location.location_coordinate",
    "location.location_country",
    "location.location_other",
    "location.location_postal_code",
    "location.location_state",
    "marital_status",
    "medical",
    "medical.medical_condition",
    "medical.medical_measurement",
    "medical.medical_other",
    "medical.medical_procedure",
    "medical.medication",
    "name",
    "name.name_family",
    "name.name_given",
    "name.name_other",
    "occupation",
    "organization",
    "password",
    "physical_attribute",
    "political_opinion",
    "religious_belief",
    "sexual_orientation",
    "unique_id",
    "unique_id.account_number",
    "unique_id.device_id",
    "unique_id.government_issued_id",
    "unique_id.healthcare_number",
    "unique_id.healthcare_number.health_plan_beneficiary_number",
    "unique_id.healthcare_number.medical_record_number",
    "unique_id.unique_id_other",
    "unique_id.vehicle_id",
    "url",
    "username",
]
CONFIG_ENTITY_TYPE_VALUES: set[ConfigEntityType]

def check_config_entity_type(value: str) -> ConfigEntityType: ...

ConflictSection: TypeAlias = Literal["conversation_config", "platform_settings", "procedures", "workflow"]
CONFLICT_SECTION_VALUES: set[ConflictSection]

def check_conflict_section(value: str) -> ConflictSection: ...

ContentFormat: TypeAlias = Literal["html", "markdown"]
CONTENT_FORMAT_VALUES: set[ContentFormat]

def check_content_format(value: str) -> ContentFormat: ...

ContentThresholdGuardrailThresholdType1: TypeAlias = Literal["high", "low", "medium"]
CONTENT_THRESHOLD_GUARDRAIL_THRESHOLD_TYPE_1_VALUES: set[ContentThresholdGuardrailThresholdType1]

def check_content_threshold_guardrail_threshold_type_1(value: str) -> ContentThresholdGuardrailThresholdType1: ...

ConversationFeedbackType: TypeAlias = Literal["rating", "thumbs"]
CONVERSATION_FEEDBACK_TYPE_VALUES: set[ConversationFeedbackType]

def check_conversation_feedback_type(value: str) -> ConversationFeedbackType: ...

ConversationHistorySipTrunkingPhoneCallModelDirection: TypeAlias = Literal["inbound", "outbound"]
CONVERSATION_HISTORY_SIP_TRUNKING_PHONE_CALL_MODEL_DIRECTION_VALUES: set[
    ConversationHistorySipTrunkingPhoneCallModelDirection
]

def check_conversation_history_sip_trunking_phone_call_model_direction(
    value: str,
) -> ConversationHistorySipTrunkingPhoneCallModelDirection: ...

ConversationHistoryTranscriptCommonModelInputRole: TypeAlias = Literal["agent", "user"]
CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_INPUT_ROLE_VALUES: set[ConversationHistoryTranscriptCommonModelInputRole]

def check_conversation_history_transcript_common_model_input_role(
    value: str,
) -> ConversationHistoryTranscriptCommonModelInputRole: ...

ConversationHistoryTranscriptCommonModelOutputRole: TypeAlias = Literal["agent", "user"]
CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_ROLE_VALUES: set[ConversationHistoryTranscriptCommonModelOutputRole]

def check_conversation_history_transcript_common_model_output_role(
    value: str,
) -> ConversationHistoryTranscriptCommonModelOutputRole: ...

ConversationHistoryTranscriptCommonModelOutputSourceMedium: TypeAlias = Literal["audio", "text"]
CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_SOURCE_MEDIUM_VALUES: set[
    ConversationHistoryTranscriptCommonModelOutputSourceMedium
]

def check_conversation_history_transcript_common_model_output_source_medium(
    value: str,
) -> ConversationHistoryTranscriptCommonModelOutputSourceMedium: ...

ConversationHistoryTranscriptOtherToolsResultCommonModelType: TypeAlias = Literal["client", "mcp", "webhook"]
CONVERSATION_HISTORY_TRANSCRIPT_OTHER_TOOLS_RESULT_COMMON_MODEL_TYPE_VALUES: set[
    ConversationHistoryTranscriptOtherToolsResultCommonModelType
]

def check_conversation_history_transcript_other_tools_result_common_model_type(
    value: str,
) -> ConversationHistoryTranscriptOtherToolsResultCommonModelType: ...

ConversationHistoryTranscriptResponseModelRoleType0: TypeAlias = Literal["agent", "user"]
CONVERSATION_HISTORY_TRANSCRIPT_RESPONSE_MODEL_ROLE_TYPE_0_VALUES: set[
    ConversationHistoryTranscriptResponseModelRoleType0
]

def check_conversation_history_transcript_response_model_role_type_0(
    value: str,
) -> ConversationHistoryTranscriptResponseModelRoleType0: ...

ConversationHistoryTwilioPhoneCallModelDirection: TypeAlias = Literal["inbound", "outbound"]
CONVERSATION_HISTORY_TWILIO_PHONE_CALL_MODEL_DIRECTION_VALUES: set[ConversationHistoryTwilioPhoneCallModelDirection]

def check_conversation_history_twilio_phone_call_model_direction(
    value: str,
) -> ConversationHistoryTwilioPhoneCallModelDirection: ...

ConversationInitiationSource: TypeAlias = Literal[
    "android_sdk",
    "flutter_sdk",
    "genesys",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "sip_trunk",
    "swift_sdk",
    "twilio",
    "unknown",
    "whatsapp",
    "widget",
]
CONVERSATION_INITIATION_SOURCE_VALUES: set[ConversationInitiationSource]

def check_conversation_initiation_source(value: str) -> ConversationInitiationSource: ...

ConversationProduct: TypeAlias = Literal["agents", "speech_engine"]
CONVERSATION_PRODUCT_VALUES: set[ConversationProduct]

def check_conversation_product(value: str) -> ConversationProduct: ...

ConversationSentimentAnalysisOverallLabelType0: TypeAlias = Literal["negative", "neutral", "positive"]
CONVERSATION_SENTIMENT_ANALYSIS_OVERALL_LABEL_TYPE_0_VALUES: set[ConversationSentimentAnalysisOverallLabelType0]

def check_conversation_sentiment_analysis_overall_label_type_0(
    value: str,
) -> ConversationSentimentAnalysisOverallLabelType0: ...

ConversationSummaryMessageModelRoleType0: TypeAlias = Literal["agent", "user"]
CONVERSATION_SUMMARY_MESSAGE_MODEL_ROLE_TYPE_0_VALUES: set[ConversationSummaryMessageModelRoleType0]

def check_conversation_summary_message_model_role_type_0(value: str) -> ConversationSummaryMessageModelRoleType0: ...

ConversationSummaryResponseModelStatusType0: TypeAlias = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]
CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[ConversationSummaryResponseModelStatusType0]

def check_conversation_summary_response_model_status_type_0(
    value: str,
) -> ConversationSummaryResponseModelStatusType0: ...

ConversationTokenPurpose: TypeAlias = Literal["shareable_link", "signed_url"]
CONVERSATION_TOKEN_PURPOSE_VALUES: set[ConversationTokenPurpose]

def check_conversation_token_purpose(value: str) -> ConversationTokenPurpose: ...

ConversationalAiConversationsGetFormat: TypeAlias = Literal["json", "opentelemetry"]
CONVERSATIONAL_AI_CONVERSATIONS_GET_FORMAT_VALUES: set[ConversationalAiConversationsGetFormat]

def check_conversational_ai_conversations_get_format(value: str) -> ConversationalAiConversationsGetFormat: ...

ConversationalAiConversationsListExcludeStatusesType0Item: TypeAlias = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]
CONVERSATIONAL_AI_CONVERSATIONS_LIST_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES: set[
    ConversationalAiConversationsListExcludeStatusesType0Item
]

def check_conversational_ai_conversations_list_exclude_statuses_type_0_item(
    value: str,
) -> ConversationalAiConversationsListExcludeStatusesType0Item: ...

ConversationalAiConversationsListSummaryMode: TypeAlias = Literal["exclude", "include"]
CONVERSATIONAL_AI_CONVERSATIONS_LIST_SUMMARY_MODE_VALUES: set[ConversationalAiConversationsListSummaryMode]

def check_conversational_ai_conversations_list_summary_mode(
    value: str,
) -> ConversationalAiConversationsListSummaryMode: ...

ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item: TypeAlias = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]
CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES: set[
    ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item
]

def check_conversational_ai_conversations_messages_text_search_exclude_statuses_type_0_item(
    value: str,
) -> ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item: ...

ConversationalAiConversationsMessagesTextSearchSummaryMode: TypeAlias = Literal["exclude", "include"]
CONVERSATIONAL_AI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_SUMMARY_MODE_VALUES: set[
    ConversationalAiConversationsMessagesTextSearchSummaryMode
]

def check_conversational_ai_conversations_messages_text_search_summary_mode(
    value: str,
) -> ConversationalAiConversationsMessagesTextSearchSummaryMode: ...

ConversationalAiTestsListSortMode: TypeAlias = Literal["default", "folders_first"]
CONVERSATIONAL_AI_TESTS_LIST_SORT_MODE_VALUES: set[ConversationalAiTestsListSortMode]

def check_conversational_ai_tests_list_sort_mode(value: str) -> ConversationalAiTestsListSortMode: ...

CrawlStatus: TypeAlias = Literal["cancelled", "failed", "processing", "queued", "skipped", "succeeded"]
CRAWL_STATUS_VALUES: set[CrawlStatus]

def check_crawl_status(value: str) -> CrawlStatus: ...

CrawlType: TypeAlias = Literal["discovery", "sitemap"]
CRAWL_TYPE_VALUES: set[CrawlType]

def check_crawl_type(value: str) -> CrawlType: ...

CreateOAuth2JwtRequestAlgorithm: TypeAlias = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]
CREATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_VALUES: set[CreateOAuth2JwtRequestAlgorithm]

def check_create_o_auth_2_jwt_request_algorithm(value: str) -> CreateOAuth2JwtRequestAlgorithm: ...

CreateOAuth2JwtRequestTokenResponseField: TypeAlias = Literal["access_token", "id_token"]
CREATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_VALUES: set[CreateOAuth2JwtRequestTokenResponseField]

def check_create_o_auth_2_jwt_request_token_response_field(value: str) -> CreateOAuth2JwtRequestTokenResponseField: ...

CreatePrivateKeyJwtRequestAlgorithm: TypeAlias = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]
CREATE_PRIVATE_KEY_JWT_REQUEST_ALGORITHM_VALUES: set[CreatePrivateKeyJwtRequestAlgorithm]

def check_create_private_key_jwt_request_algorithm(value: str) -> CreatePrivateKeyJwtRequestAlgorithm: ...

CreatifyAuroraRequestResolution: TypeAlias = Literal["480p", "720p"]
CREATIFY_AURORA_REQUEST_RESOLUTION_VALUES: set[CreatifyAuroraRequestResolution]

def check_creatify_aurora_request_resolution(value: str) -> CreatifyAuroraRequestResolution: ...

CriteriaScoringMode: TypeAlias = Literal["binary", "numeric_uniform"]
CRITERIA_SCORING_MODE_VALUES: set[CriteriaScoringMode]

def check_criteria_scoring_mode(value: str) -> CriteriaScoringMode: ...

Currency: TypeAlias = Literal["eur", "inr", "pln", "usd"]
CURRENCY_VALUES: set[Currency]

def check_currency(value: str) -> Currency: ...

CustomGuardrailConfigModelType0: TypeAlias = Literal[
    "claude-haiku-4-5",
    "claude-sonnet-4-6",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
]
CUSTOM_GUARDRAIL_CONFIG_MODEL_TYPE_0_VALUES: set[CustomGuardrailConfigModelType0]

def check_custom_guardrail_config_model_type_0(value: str) -> CustomGuardrailConfigModelType0: ...

CustomLlmapiType: TypeAlias = Literal["chat_completions", "responses", "websocket"]
CUSTOM_LLMAPI_TYPE_VALUES: set[CustomLlmapiType]

def check_custom_llmapi_type(value: str) -> CustomLlmapiType: ...

DefaultSharingGroupConfigPermissionLevel: TypeAlias = Literal["admin", "editor", "viewer"]
DEFAULT_SHARING_GROUP_CONFIG_PERMISSION_LEVEL_VALUES: set[DefaultSharingGroupConfigPermissionLevel]

def check_default_sharing_group_config_permission_level(value: str) -> DefaultSharingGroupConfigPermissionLevel: ...

DefaultSharingGroupResponseModelPermissionLevelType0: TypeAlias = Literal["admin", "editor", "viewer"]
DEFAULT_SHARING_GROUP_RESPONSE_MODEL_PERMISSION_LEVEL_TYPE_0_VALUES: set[
    DefaultSharingGroupResponseModelPermissionLevelType0
]

def check_default_sharing_group_response_model_permission_level_type_0(
    value: str,
) -> DefaultSharingGroupResponseModelPermissionLevelType0: ...

DependentAvailableAgentIdentifierAccessLevelType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
DEPENDENT_AVAILABLE_AGENT_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES: set[DependentAvailableAgentIdentifierAccessLevelType0]

def check_dependent_available_agent_identifier_access_level_type_0(
    value: str,
) -> DependentAvailableAgentIdentifierAccessLevelType0: ...

DependentAvailableMcpServerIdentifierAccessLevelType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
DEPENDENT_AVAILABLE_MCP_SERVER_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES: set[
    DependentAvailableMcpServerIdentifierAccessLevelType0
]

def check_dependent_available_mcp_server_identifier_access_level_type_0(
    value: str,
) -> DependentAvailableMcpServerIdentifierAccessLevelType0: ...

DependentAvailableToolIdentifierAccessLevelType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
DEPENDENT_AVAILABLE_TOOL_IDENTIFIER_ACCESS_LEVEL_TYPE_0_VALUES: set[DependentAvailableToolIdentifierAccessLevelType0]

def check_dependent_available_tool_identifier_access_level_type_0(
    value: str,
) -> DependentAvailableToolIdentifierAccessLevelType0: ...

DirectPublishingReadResponseModelDisplayModeType0: TypeAlias = Literal["audio-only", "text", "text-with-audio"]
DIRECT_PUBLISHING_READ_RESPONSE_MODEL_DISPLAY_MODE_TYPE_0_VALUES: set[DirectPublishingReadResponseModelDisplayModeType0]

def check_direct_publishing_read_response_model_display_mode_type_0(
    value: str,
) -> DirectPublishingReadResponseModelDisplayModeType0: ...

DirectPublishingReadResponseModelGenreType0ItemType0: TypeAlias = Literal[
    "Action and Adventure",
    "Biography and Memoir",
    "Business and Economics",
    "Children's Literature",
    "Christian & Inspirational",
    "Dystopia",
    "Education and Learning",
    "Fairy Tales and Folklore",
    "Fan Fiction",
    "Fantasy",
    "General Fiction",
    "Health and Wellness",
    "Historical Fiction",
    "History",
    "Horror",
    "Humor",
    "Literary Classics",
    "Mystery and Thriller",
    "Other",
    "Philosophy",
    "Poetry",
    "Politics and Government",
    "Psychology",
    "Romance",
    "Science and Nature",
    "Science Fiction",
    "Self-Help",
    "Spirituality and Religion",
    "Technology",
    "Travel",
    "True Crime",
    "Young Adult",
]
DIRECT_PUBLISHING_READ_RESPONSE_MODEL_GENRE_TYPE_0_ITEM_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelGenreType0ItemType0
]

def check_direct_publishing_read_response_model_genre_type_0_item_type_0(
    value: str,
) -> DirectPublishingReadResponseModelGenreType0ItemType0: ...

DirectPublishingReadResponseModelPayoutTypeType0: TypeAlias = Literal["engagement_based", "fixed_payout", "none"]
DIRECT_PUBLISHING_READ_RESPONSE_MODEL_PAYOUT_TYPE_TYPE_0_VALUES: set[DirectPublishingReadResponseModelPayoutTypeType0]

def check_direct_publishing_read_response_model_payout_type_type_0(
    value: str,
) -> DirectPublishingReadResponseModelPayoutTypeType0: ...

DirectPublishingReadResponseModelTargetAudienceType0: TypeAlias = Literal[
    "adult", "all ages", "children", "young adult"
]
DIRECT_PUBLISHING_READ_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelTargetAudienceType0
]

def check_direct_publishing_read_response_model_target_audience_type_0(
    value: str,
) -> DirectPublishingReadResponseModelTargetAudienceType0: ...

DocumentUsageModeEnum: TypeAlias = Literal["auto", "prompt"]
DOCUMENT_USAGE_MODE_ENUM_VALUES: set[DocumentUsageModeEnum]

def check_document_usage_mode_enum(value: str) -> DocumentUsageModeEnum: ...

DubRequestMode: TypeAlias = Literal["automatic", "manual"]
DUB_REQUEST_MODE_VALUES: set[DubRequestMode]

def check_dub_request_mode(value: str) -> DubRequestMode: ...

DubbingLanguageResponseStatusType0: TypeAlias = Literal["completed", "failed", "processing", "queued", "stale"]
DUBBING_LANGUAGE_RESPONSE_STATUS_TYPE_0_VALUES: set[DubbingLanguageResponseStatusType0]

def check_dubbing_language_response_status_type_0(value: str) -> DubbingLanguageResponseStatusType0: ...

DubbingListCreationSourcesType0Item: TypeAlias = Literal["dubbing_api", "dubbing_ui", "flow_node"]
DUBBING_LIST_CREATION_SOURCES_TYPE_0_ITEM_VALUES: set[DubbingListCreationSourcesType0Item]

def check_dubbing_list_creation_sources_type_0_item(value: str) -> DubbingListCreationSourcesType0Item: ...

DubbingListDubbingModelsType0Item: TypeAlias = Literal["dubbing_v1", "dubbing_v2"]
DUBBING_LIST_DUBBING_MODELS_TYPE_0_ITEM_VALUES: set[DubbingListDubbingModelsType0Item]

def check_dubbing_list_dubbing_models_type_0_item(value: str) -> DubbingListDubbingModelsType0Item: ...

DubbingListDubbingStatus: TypeAlias = Literal["dubbed", "dubbing", "failed"]
DUBBING_LIST_DUBBING_STATUS_VALUES: set[DubbingListDubbingStatus]

def check_dubbing_list_dubbing_status(value: str) -> DubbingListDubbingStatus: ...

DubbingListDubbingStatusesType0Item: TypeAlias = Literal["dubbed", "dubbing", "failed", "preparing", "queued"]
DUBBING_LIST_DUBBING_STATUSES_TYPE_0_ITEM_VALUES: set[DubbingListDubbingStatusesType0Item]

def check_dubbing_list_dubbing_statuses_type_0_item(value: str) -> DubbingListDubbingStatusesType0Item: ...

DubbingListFilterByCreator: TypeAlias = Literal["all", "others", "personal"]
DUBBING_LIST_FILTER_BY_CREATOR_VALUES: set[DubbingListFilterByCreator]

def check_dubbing_list_filter_by_creator(value: str) -> DubbingListFilterByCreator: ...

DubbingListOrderBy: TypeAlias = Literal["created_at", "name"]
DUBBING_LIST_ORDER_BY_VALUES: set[DubbingListOrderBy]

def check_dubbing_list_order_by(value: str) -> DubbingListOrderBy: ...

DubbingListOrderDirection: TypeAlias = Literal["ASCENDING", "DESCENDING"]
DUBBING_LIST_ORDER_DIRECTION_VALUES: set[DubbingListOrderDirection]

def check_dubbing_list_order_direction(value: str) -> DubbingListOrderDirection: ...

DubbingProjectListSortDirection: TypeAlias = Literal["ASCENDING", "DESCENDING"]
DUBBING_PROJECT_LIST_SORT_DIRECTION_VALUES: set[DubbingProjectListSortDirection]

def check_dubbing_project_list_sort_direction(value: str) -> DubbingProjectListSortDirection: ...

DubbingProjectResponseStatusType0: TypeAlias = Literal["failed", "preparing", "processing", "queued", "ready"]
DUBBING_PROJECT_RESPONSE_STATUS_TYPE_0_VALUES: set[DubbingProjectResponseStatusType0]

def check_dubbing_project_response_status_type_0(value: str) -> DubbingProjectResponseStatusType0: ...

DubbingTranscriptGetFormatType: TypeAlias = Literal["json", "srt", "webvtt"]
DUBBING_TRANSCRIPT_GET_FORMAT_TYPE_VALUES: set[DubbingTranscriptGetFormatType]

def check_dubbing_transcript_get_format_type(value: str) -> DubbingTranscriptGetFormatType: ...

DubbingTranscriptsGetFormatType: TypeAlias = Literal["json", "srt", "webvtt"]
DUBBING_TRANSCRIPTS_GET_FORMAT_TYPE_VALUES: set[DubbingTranscriptsGetFormatType]

def check_dubbing_transcripts_get_format_type(value: str) -> DubbingTranscriptsGetFormatType: ...

DubbingTranscriptsResponseModelTranscriptFormatType0: TypeAlias = Literal["json", "srt", "webvtt"]
DUBBING_TRANSCRIPTS_RESPONSE_MODEL_TRANSCRIPT_FORMAT_TYPE_0_VALUES: set[
    DubbingTranscriptsResponseModelTranscriptFormatType0
]

def check_dubbing_transcripts_response_model_transcript_format_type_0(
    value: str,
) -> DubbingTranscriptsResponseModelTranscriptFormatType0: ...

ElevenFlashV25RequestOutputFormat: TypeAlias = Literal[
    "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96"
]
ELEVEN_FLASH_V25_REQUEST_OUTPUT_FORMAT_VALUES: set[ElevenFlashV25RequestOutputFormat]

def check_eleven_flash_v25_request_output_format(value: str) -> ElevenFlashV25RequestOutputFormat: ...

ElevenMultilingualV2RequestOutputFormat: TypeAlias = Literal[
    "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96"
]
ELEVEN_MULTILINGUAL_V2_REQUEST_OUTPUT_FORMAT_VALUES: set[ElevenMultilingualV2RequestOutputFormat]

def check_eleven_multilingual_v2_request_output_format(value: str) -> ElevenMultilingualV2RequestOutputFormat: ...

ElevenV3RequestOutputFormat: TypeAlias = Literal[
    "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96"
]
ELEVEN_V3_REQUEST_OUTPUT_FORMAT_VALUES: set[ElevenV3RequestOutputFormat]

def check_eleven_v3_request_output_format(value: str) -> ElevenV3RequestOutputFormat: ...

EmbedVariant: TypeAlias = Literal["compact", "expandable", "full", "tiny"]
EMBED_VARIANT_VALUES: set[EmbedVariant]

def check_embed_variant(value: str) -> EmbedVariant: ...

EmbeddingModelEnum: TypeAlias = Literal["e5_mistral_7b_instruct", "multilingual_e5_large_instruct"]
EMBEDDING_MODEL_ENUM_VALUES: set[EmbeddingModelEnum]

def check_embedding_model_enum(value: str) -> EmbeddingModelEnum: ...

EndProcedureToolErrorStatus: TypeAlias = Literal["invalid_id", "not_found"]
END_PROCEDURE_TOOL_ERROR_STATUS_VALUES: set[EndProcedureToolErrorStatus]

def check_end_procedure_tool_error_status(value: str) -> EndProcedureToolErrorStatus: ...

EntityManagementActivityId: TypeAlias = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 99]
ENTITY_MANAGEMENT_ACTIVITY_ID_VALUES: set[EntityManagementActivityId]

def check_entity_management_activity_id(value: int) -> EntityManagementActivityId: ...

EntryBehavior: TypeAlias = Literal["auto", "generate_immediately", "wait_for_user"]
ENTRY_BEHAVIOR_VALUES: set[EntryBehavior]

def check_entry_behavior(value: str) -> EntryBehavior: ...

EnvironmentVariableResponseTypeType0: TypeAlias = Literal["auth_connection", "secret", "string"]
ENVIRONMENT_VARIABLE_RESPONSE_TYPE_TYPE_0_VALUES: set[EnvironmentVariableResponseTypeType0]

def check_environment_variable_response_type_type_0(value: str) -> EnvironmentVariableResponseTypeType0: ...

EnvironmentVariablesListTypeType0: TypeAlias = Literal["auth_connection", "secret", "string"]
ENVIRONMENT_VARIABLES_LIST_TYPE_TYPE_0_VALUES: set[EnvironmentVariablesListTypeType0]

def check_environment_variables_list_type_type_0(value: str) -> EnvironmentVariablesListTypeType0: ...

EvaluationSuccessResult: TypeAlias = Literal["failure", "success", "unknown"]
EVALUATION_SUCCESS_RESULT_VALUES: set[EvaluationSuccessResult]

def check_evaluation_success_result(value: str) -> EvaluationSuccessResult: ...

ExotelApiSubdomain: TypeAlias = Literal["api.exotel.com", "api.in.exotel.com"]
EXOTEL_API_SUBDOMAIN_VALUES: set[ExotelApiSubdomain]

def check_exotel_api_subdomain(value: str) -> ExotelApiSubdomain: ...

ExternalSyncJobTrigger: TypeAlias = Literal["auto", "on_connect", "on_demand"]
EXTERNAL_SYNC_JOB_TRIGGER_VALUES: set[ExternalSyncJobTrigger]

def check_external_sync_job_trigger(value: str) -> ExternalSyncJobTrigger: ...

ExternalSyncJobType: TypeAlias = Literal["full", "incremental"]
EXTERNAL_SYNC_JOB_TYPE_VALUES: set[ExternalSyncJobType]

def check_external_sync_job_type(value: str) -> ExternalSyncJobType: ...

ExternalSyncProvider: TypeAlias = Literal["google_drive"]
EXTERNAL_SYNC_PROVIDER_VALUES: set[ExternalSyncProvider]

def check_external_sync_provider(value: str) -> ExternalSyncProvider: ...

FeedbackScore: TypeAlias = Literal["dislike", "like"]
FEEDBACK_SCORE_VALUES: set[FeedbackScore]

def check_feedback_score(value: str) -> FeedbackScore: ...

FineTuningResponseStateAdditionalPropertyType0: TypeAlias = Literal[
    "delayed", "failed", "fine_tuned", "fine_tuning", "not_started", "queued"
]
FINE_TUNING_RESPONSE_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES: set[FineTuningResponseStateAdditionalPropertyType0]

def check_fine_tuning_response_state_additional_property_type_0(
    value: str,
) -> FineTuningResponseStateAdditionalPropertyType0: ...

FinetuneCreatedBy: TypeAlias = Literal["elevenlabs", "self", "workspace"]
FINETUNE_CREATED_BY_VALUES: set[FinetuneCreatedBy]

def check_finetune_created_by(value: str) -> FinetuneCreatedBy: ...

FinetuneVisibility: TypeAlias = Literal["private", "public", "workspace"]
FINETUNE_VISIBILITY_VALUES: set[FinetuneVisibility]

def check_finetune_visibility(value: str) -> FinetuneVisibility: ...

FlowsImageListStatusType0: TypeAlias = Literal["completed", "failed", "generating", "pending"]
FLOWS_IMAGE_LIST_STATUS_TYPE_0_VALUES: set[FlowsImageListStatusType0]

def check_flows_image_list_status_type_0(value: str) -> FlowsImageListStatusType0: ...

FlowsTextToSpeechListStatusType0: TypeAlias = Literal["completed", "failed", "generating", "pending"]
FLOWS_TEXT_TO_SPEECH_LIST_STATUS_TYPE_0_VALUES: set[FlowsTextToSpeechListStatusType0]

def check_flows_text_to_speech_list_status_type_0(value: str) -> FlowsTextToSpeechListStatusType0: ...

FlowsVideoListStatusType0: TypeAlias = Literal["completed", "failed", "generating", "pending"]
FLOWS_VIDEO_LIST_STATUS_TYPE_0_VALUES: set[FlowsVideoListStatusType0]

def check_flows_video_list_status_type_0(value: str) -> FlowsVideoListStatusType0: ...

FrustratedConversationRefOverallLabelType0: TypeAlias = Literal["negative", "neutral", "positive"]
FRUSTRATED_CONVERSATION_REF_OVERALL_LABEL_TYPE_0_VALUES: set[FrustratedConversationRefOverallLabelType0]

def check_frustrated_conversation_ref_overall_label_type_0(
    value: str,
) -> FrustratedConversationRefOverallLabelType0: ...

Gemini25FlashImageRequestAspectRatio: TypeAlias = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]
GEMINI_25_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini25FlashImageRequestAspectRatio]

def check_gemini_25_flash_image_request_aspect_ratio(value: str) -> Gemini25FlashImageRequestAspectRatio: ...

Gemini31FlashImageRequestAspectRatio: TypeAlias = Literal[
    "16:9", "1:1", "1:4", "1:8", "21:9", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "auto"
]
GEMINI_31_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini31FlashImageRequestAspectRatio]

def check_gemini_31_flash_image_request_aspect_ratio(value: str) -> Gemini31FlashImageRequestAspectRatio: ...

Gemini31FlashImageRequestResolution: TypeAlias = Literal["1K", "2K", "4K", "512"]
GEMINI_31_FLASH_IMAGE_REQUEST_RESOLUTION_VALUES: set[Gemini31FlashImageRequestResolution]

def check_gemini_31_flash_image_request_resolution(value: str) -> Gemini31FlashImageRequestResolution: ...

Gemini31FlashLiteImageRequestAspectRatio: TypeAlias = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]
GEMINI_31_FLASH_LITE_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini31FlashLiteImageRequestAspectRatio]

def check_gemini_31_flash_lite_image_request_aspect_ratio(value: str) -> Gemini31FlashLiteImageRequestAspectRatio: ...

Gemini3ProImageRequestAspectRatio: TypeAlias = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]
GEMINI_3_PRO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini3ProImageRequestAspectRatio]

def check_gemini_3_pro_image_request_aspect_ratio(value: str) -> Gemini3ProImageRequestAspectRatio: ...

Gemini3ProImageRequestResolution: TypeAlias = Literal["1K", "2K", "4K"]
GEMINI_3_PRO_IMAGE_REQUEST_RESOLUTION_VALUES: set[Gemini3ProImageRequestResolution]

def check_gemini_3_pro_image_request_resolution(value: str) -> Gemini3ProImageRequestResolution: ...

GenerationChunkInputConditionStrengthType0: TypeAlias = Literal["high", "low", "medium", "xhigh"]
GENERATION_CHUNK_INPUT_CONDITION_STRENGTH_TYPE_0_VALUES: set[GenerationChunkInputConditionStrengthType0]

def check_generation_chunk_input_condition_strength_type_0(
    value: str,
) -> GenerationChunkInputConditionStrengthType0: ...

GenerationChunkInputContextAdherenceType0: TypeAlias = Literal["high", "low", "medium"]
GENERATION_CHUNK_INPUT_CONTEXT_ADHERENCE_TYPE_0_VALUES: set[GenerationChunkInputContextAdherenceType0]

def check_generation_chunk_input_context_adherence_type_0(value: str) -> GenerationChunkInputContextAdherenceType0: ...

GenerationChunkOutputConditionStrengthType0: TypeAlias = Literal["high", "low", "medium", "xhigh"]
GENERATION_CHUNK_OUTPUT_CONDITION_STRENGTH_TYPE_0_VALUES: set[GenerationChunkOutputConditionStrengthType0]

def check_generation_chunk_output_condition_strength_type_0(
    value: str,
) -> GenerationChunkOutputConditionStrengthType0: ...

GenerationChunkOutputContextAdherence: TypeAlias = Literal["high", "low", "medium"]
GENERATION_CHUNK_OUTPUT_CONTEXT_ADHERENCE_VALUES: set[GenerationChunkOutputContextAdherence]

def check_generation_chunk_output_context_adherence(value: str) -> GenerationChunkOutputContextAdherence: ...

GenesysBotOutcome: TypeAlias = Literal["escalate", "success"]
GENESYS_BOT_OUTCOME_VALUES: set[GenesysBotOutcome]

def check_genesys_bot_outcome(value: str) -> GenesysBotOutcome: ...

GenesysRegion: TypeAlias = Literal[
    "ap_northeast_1",
    "ap_northeast_2",
    "ap_northeast_3",
    "ap_south_1",
    "ap_southeast_1",
    "ap_southeast_2",
    "ca_central_1",
    "eu_central_1",
    "eu_central_2",
    "eu_west_1",
    "eu_west_2",
    "me_central_1",
    "mx_central_1",
    "sa_east_1",
    "us_east_1",
    "us_east_2",
    "us_west_2",
]
GENESYS_REGION_VALUES: set[GenesysRegion]

def check_genesys_region(value: str) -> GenesysRegion: ...

GetConversationResponseModelStatus: TypeAlias = Literal["done", "failed", "in-progress", "initiated", "processing"]
GET_CONVERSATION_RESPONSE_MODEL_STATUS_VALUES: set[GetConversationResponseModelStatus]

def check_get_conversation_response_model_status(value: str) -> GetConversationResponseModelStatus: ...

GetConversationSummaryResponseModelStatusType0: TypeAlias = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]
GET_CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[GetConversationSummaryResponseModelStatusType0]

def check_get_conversation_summary_response_model_status_type_0(
    value: str,
) -> GetConversationSummaryResponseModelStatusType0: ...

GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
GET_PRONUNCIATION_DICTIONARY_METADATA_RESPONSE_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0
]

def check_get_pronunciation_dictionary_metadata_response_permission_on_resource_type_0(
    value: str,
) -> GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0: ...

GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
GET_PRONUNCIATION_DICTIONARY_WITH_RULES_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0
]

def check_get_pronunciation_dictionary_with_rules_response_model_permission_on_resource_type_0(
    value: str,
) -> GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0: ...

GptImage15RequestAspectRatio: TypeAlias = Literal["1:1", "2:3", "3:2"]
GPT_IMAGE_15_REQUEST_ASPECT_RATIO_VALUES: set[GptImage15RequestAspectRatio]

def check_gpt_image_15_request_aspect_ratio(value: str) -> GptImage15RequestAspectRatio: ...

GptImage15RequestBackground: TypeAlias = Literal["auto", "opaque", "transparent"]
GPT_IMAGE_15_REQUEST_BACKGROUND_VALUES: set[GptImage15RequestBackground]

def check_gpt_image_15_request_background(value: str) -> GptImage15RequestBackground: ...

GptImage15RequestQuality: TypeAlias = Literal["high", "low", "medium"]
GPT_IMAGE_15_REQUEST_QUALITY_VALUES: set[GptImage15RequestQuality]

def check_gpt_image_15_request_quality(value: str) -> GptImage15RequestQuality: ...

GptImage1RequestAspectRatio: TypeAlias = Literal["1:1", "2:3", "3:2"]
GPT_IMAGE_1_REQUEST_ASPECT_RATIO_VALUES: set[GptImage1RequestAspectRatio]

def check_gpt_image_1_request_aspect_ratio(value: str) -> GptImage1RequestAspectRatio: ...

GptImage1RequestBackground: TypeAlias = Literal["auto", "opaque", "transparent"]
GPT_IMAGE_1_REQUEST_BACKGROUND_VALUES: set[GptImage1RequestBackground]

def check_gpt_image_1_request_background(value: str) -> GptImage1RequestBackground: ...

GptImage1RequestQuality: TypeAlias = Literal["high", "low", "medium"]
GPT_IMAGE_1_REQUEST_QUALITY_VALUES: set[GptImage1RequestQuality]

def check_gpt_image_1_request_quality(value: str) -> GptImage1RequestQuality: ...

GptImage2RequestAspectRatio: TypeAlias = Literal[
    "16:9", "1:1", "1:2", "1:3", "21:9", "2:1", "2:3", "3:1", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]
GPT_IMAGE_2_REQUEST_ASPECT_RATIO_VALUES: set[GptImage2RequestAspectRatio]

def check_gpt_image_2_request_aspect_ratio(value: str) -> GptImage2RequestAspectRatio: ...

GptImage2RequestQuality: TypeAlias = Literal["high", "low", "medium"]
GPT_IMAGE_2_REQUEST_QUALITY_VALUES: set[GptImage2RequestQuality]

def check_gpt_image_2_request_quality(value: str) -> GptImage2RequestQuality: ...

GptImage2RequestResolution: TypeAlias = Literal["1K", "2K", "4K"]
GPT_IMAGE_2_REQUEST_RESOLUTION_VALUES: set[GptImage2RequestResolution]

def check_gpt_image_2_request_resolution(value: str) -> GptImage2RequestResolution: ...

GroupManagementActivityId: TypeAlias = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99]
GROUP_MANAGEMENT_ACTIVITY_ID_VALUES: set[GroupManagementActivityId]

def check_group_management_activity_id(value: int) -> GroupManagementActivityId: ...

GuardrailExecutionMode: TypeAlias = Literal["blocking", "streaming"]
GUARDRAIL_EXECUTION_MODE_VALUES: set[GuardrailExecutionMode]

def check_guardrail_execution_mode(value: str) -> GuardrailExecutionMode: ...

GuardrailType: TypeAlias = Literal[
    "custom",
    "guardrail",
    "harassment",
    "harassment_threatening",
    "hate",
    "hate_threatening",
    "medical_and_legal",
    "profanity",
    "prompt_injection",
    "religion_or_politics",
    "self_harm",
    "self_harm_instructions",
    "self_harm_intent",
    "sexual",
    "sexual_minors",
    "violence",
    "violence_graphic",
]
GUARDRAIL_TYPE_VALUES: set[GuardrailType]

def check_guardrail_type(value: str) -> GuardrailType: ...

ImageAnalysisStatusType0: TypeAlias = Literal["completed", "failed", "processing"]
IMAGE_ANALYSIS_STATUS_TYPE_0_VALUES: set[ImageAnalysisStatusType0]

def check_image_analysis_status_type_0(value: str) -> ImageAnalysisStatusType0: ...

InlineAudioReferenceMimeType: TypeAlias = Literal["audio/mpeg", "audio/wav"]
INLINE_AUDIO_REFERENCE_MIME_TYPE_VALUES: set[InlineAudioReferenceMimeType]

def check_inline_audio_reference_mime_type(value: str) -> InlineAudioReferenceMimeType: ...

InlineImageReferenceMimeType: TypeAlias = Literal["image/heic", "image/heif", "image/jpeg", "image/png", "image/webp"]
INLINE_IMAGE_REFERENCE_MIME_TYPE_VALUES: set[InlineImageReferenceMimeType]

def check_inline_image_reference_mime_type(value: str) -> InlineImageReferenceMimeType: ...

InlineVideoReferenceMimeType: TypeAlias = Literal["video/mp4", "video/quicktime", "video/webm"]
INLINE_VIDEO_REFERENCE_MIME_TYPE_VALUES: set[InlineVideoReferenceMimeType]

def check_inline_video_reference_mime_type(value: str) -> InlineVideoReferenceMimeType: ...

IntegrationType: TypeAlias = Literal["mcp_integration", "mcp_server"]
INTEGRATION_TYPE_VALUES: set[IntegrationType]

def check_integration_type(value: str) -> IntegrationType: ...

InteractionBudget: TypeAlias = Literal["10_minutes", "1_hour", "5_minutes", "realtime"]
INTERACTION_BUDGET_VALUES: set[InteractionBudget]

def check_interaction_budget(value: str) -> InteractionBudget: ...

InvoiceResponsePaymentIntentStatusType0: TypeAlias = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]
INVOICE_RESPONSE_PAYMENT_INTENT_STATUS_TYPE_0_VALUES: set[InvoiceResponsePaymentIntentStatusType0]

def check_invoice_response_payment_intent_status_type_0(value: str) -> InvoiceResponsePaymentIntentStatusType0: ...

InvoiceResponsePaymentIntentStatussesItemType0: TypeAlias = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]
INVOICE_RESPONSE_PAYMENT_INTENT_STATUSSES_ITEM_TYPE_0_VALUES: set[InvoiceResponsePaymentIntentStatussesItemType0]

def check_invoice_response_payment_intent_statusses_item_type_0(
    value: str,
) -> InvoiceResponsePaymentIntentStatussesItemType0: ...

KnowledgeBaseDependentType: TypeAlias = Literal["all", "direct", "transitive"]
KNOWLEDGE_BASE_DEPENDENT_TYPE_VALUES: set[KnowledgeBaseDependentType]

def check_knowledge_base_dependent_type(value: str) -> KnowledgeBaseDependentType: ...

KnowledgeBaseDocumentType: TypeAlias = Literal["file", "folder", "text", "url"]
KNOWLEDGE_BASE_DOCUMENT_TYPE_VALUES: set[KnowledgeBaseDocumentType]

def check_knowledge_base_document_type(value: str) -> KnowledgeBaseDocumentType: ...

KnowledgeBaseRagToolStatus: TypeAlias = Literal["no_documents", "no_results", "success"]
KNOWLEDGE_BASE_RAG_TOOL_STATUS_VALUES: set[KnowledgeBaseRagToolStatus]

def check_knowledge_base_rag_tool_status(value: str) -> KnowledgeBaseRagToolStatus: ...

KnowledgeBaseSortBy: TypeAlias = Literal["created_at", "name", "size", "updated_at"]
KNOWLEDGE_BASE_SORT_BY_VALUES: set[KnowledgeBaseSortBy]

def check_knowledge_base_sort_by(value: str) -> KnowledgeBaseSortBy: ...

KnowledgeBaseToolStatus: TypeAlias = Literal["no_matching_documents", "no_results", "success"]
KNOWLEDGE_BASE_TOOL_STATUS_VALUES: set[KnowledgeBaseToolStatus]

def check_knowledge_base_tool_status(value: str) -> KnowledgeBaseToolStatus: ...

LibraryVoiceResponseCategoryType0: TypeAlias = Literal[
    "cloned", "famous", "generated", "high_quality", "premade", "professional"
]
LIBRARY_VOICE_RESPONSE_CATEGORY_TYPE_0_VALUES: set[LibraryVoiceResponseCategoryType0]

def check_library_voice_response_category_type_0(value: str) -> LibraryVoiceResponseCategoryType0: ...

LiteralJsonSchemaPropertyType: TypeAlias = Literal["boolean", "integer", "number", "string"]
LITERAL_JSON_SCHEMA_PROPERTY_TYPE_VALUES: set[LiteralJsonSchemaPropertyType]

def check_literal_json_schema_property_type(value: str) -> LiteralJsonSchemaPropertyType: ...

LivekitStackType: TypeAlias = Literal["standard", "static"]
LIVEKIT_STACK_TYPE_VALUES: set[LivekitStackType]

def check_livekit_stack_type(value: str) -> LivekitStackType: ...

Llm: TypeAlias = Literal[
    "claude-3-5-sonnet",
    "claude-3-5-sonnet-v1",
    "claude-3-5-sonnet-v2@20241022",
    "claude-3-5-sonnet@20240620",
    "claude-3-7-sonnet",
    "claude-3-7-sonnet@20250219",
    "claude-3-haiku",
    "claude-3-haiku@20240307",
    "claude-haiku-4-5",
    "claude-haiku-4-5@20251001",
    "claude-sonnet-4",
    "claude-sonnet-4-5",
    "claude-sonnet-4-5@20250929",
    "claude-sonnet-4@20250514",
    "custom-llm",
    "gemini-1.5-flash",
    "gemini-1.5-flash-001",
    "gemini-1.5-flash-002",
    "gemini-1.5-pro",
    "gemini-1.5-pro-001",
    "gemini-1.5-pro-002",
    "gemini-2.0-flash",
    "gemini-2.0-flash-001",
    "gemini-2.0-flash-lite",
    "gemini-2.0-flash-lite-001",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-2.5-flash-lite-preview-06-17",
    "gemini-2.5-flash-lite-preview-09-2025",
    "gemini-2.5-flash-preview-04-17",
    "gemini-2.5-flash-preview-05-20",
    "gemini-2.5-flash-preview-09-2025",
    "gemini-3-flash-preview",
    "gemini-3-pro-preview",
    "glm-45-air-fp8",
    "gpt-3.5-turbo",
    "gpt-3.5-turbo-0125",
    "gpt-3.5-turbo-1106",
    "gpt-4",
    "gpt-4-0314",
    "gpt-4-0613",
    "gpt-4-turbo",
    "gpt-4-turbo-2024-04-09",
    "gpt-4.1",
    "gpt-4.1-2025-04-14",
    "gpt-4.1-mini",
    "gpt-4.1-mini-2025-04-14",
    "gpt-4.1-nano",
    "gpt-4.1-nano-2025-04-14",
    "gpt-4o",
    "gpt-4o-2024-05-13",
    "gpt-4o-2024-08-06",
    "gpt-4o-2024-11-20",
    "gpt-4o-mini",
    "gpt-4o-mini-2024-07-18",
    "gpt-5",
    "gpt-5-2025-08-07",
    "gpt-5-mini",
    "gpt-5-mini-2025-08-07",
    "gpt-5-nano",
    "gpt-5-nano-2025-08-07",
    "gpt-5.1",
    "gpt-5.1-2025-11-13",
    "gpt-5.2",
    "gpt-5.2-2025-12-11",
    "gpt-5.2-chat-latest",
    "gpt-oss-120b",
    "gpt-oss-20b",
    "grok-beta",
    "qwen3-30b-a3b",
    "qwen3-4b",
    "watt-tool-70b",
    "watt-tool-8b",
]
LLM_VALUES: set[Llm]

def check_llm(value: str) -> Llm: ...

LlmLiteralJsonSchemaPropertyTypeType0: TypeAlias = Literal["boolean", "integer", "number", "string"]
LLM_LITERAL_JSON_SCHEMA_PROPERTY_TYPE_TYPE_0_VALUES: set[LlmLiteralJsonSchemaPropertyTypeType0]

def check_llm_literal_json_schema_property_type_type_0(value: str) -> LlmLiteralJsonSchemaPropertyTypeType0: ...

LlmReasoningEffort: TypeAlias = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]
LLM_REASONING_EFFORT_VALUES: set[LlmReasoningEffort]

def check_llm_reasoning_effort(value: str) -> LlmReasoningEffort: ...

LoadMemoryEntryToolErrorStatus: TypeAlias = Literal["invalid_id", "not_found"]
LOAD_MEMORY_ENTRY_TOOL_ERROR_STATUS_VALUES: set[LoadMemoryEntryToolErrorStatus]

def check_load_memory_entry_tool_error_status(value: str) -> LoadMemoryEntryToolErrorStatus: ...

LockReason: TypeAlias = Literal["exposed_publicly", "self_disabled", "subscription_downgrade", "trial_ended"]
LOCK_REASON_VALUES: set[LockReason]

def check_lock_reason(value: str) -> LockReason: ...

McpApprovalPolicy: TypeAlias = Literal["auto_approve_all", "require_approval_all", "require_approval_per_tool"]
MCP_APPROVAL_POLICY_VALUES: set[McpApprovalPolicy]

def check_mcp_approval_policy(value: str) -> McpApprovalPolicy: ...

McpServerTransport: TypeAlias = Literal["SSE", "STREAMABLE_HTTP"]
MCP_SERVER_TRANSPORT_VALUES: set[McpServerTransport]

def check_mcp_server_transport(value: str) -> McpServerTransport: ...

McpToolApprovalPolicy: TypeAlias = Literal["auto_approved", "requires_approval"]
MCP_TOOL_APPROVAL_POLICY_VALUES: set[McpToolApprovalPolicy]

def check_mcp_tool_approval_policy(value: str) -> McpToolApprovalPolicy: ...

MediaCodec: TypeAlias = Literal["G722/8000", "PCMA/8000", "PCMU/8000"]
MEDIA_CODEC_VALUES: set[MediaCodec]

def check_media_codec(value: str) -> MediaCodec: ...

MediaGenerationFailedResponseFailureReasonType0: TypeAlias = Literal[
    "charging_failed",
    "dependency_failed",
    "internal_error",
    "invalid_parameters",
    "model_error",
    "moderated",
    "timeout",
]
MEDIA_GENERATION_FAILED_RESPONSE_FAILURE_REASON_TYPE_0_VALUES: set[MediaGenerationFailedResponseFailureReasonType0]

def check_media_generation_failed_response_failure_reason_type_0(
    value: str,
) -> MediaGenerationFailedResponseFailureReasonType0: ...

MediaGenerationInProgressResponseStatusType0: TypeAlias = Literal["generating", "pending"]
MEDIA_GENERATION_IN_PROGRESS_RESPONSE_STATUS_TYPE_0_VALUES: set[MediaGenerationInProgressResponseStatusType0]

def check_media_generation_in_progress_response_status_type_0(
    value: str,
) -> MediaGenerationInProgressResponseStatusType0: ...

MessageSearchSortBy: TypeAlias = Literal["created_at", "search_score"]
MESSAGE_SEARCH_SORT_BY_VALUES: set[MessageSearchSortBy]

def check_message_search_sort_by(value: str) -> MessageSearchSortBy: ...

MetricType: TypeAlias = Literal[
    "concurrency",
    "concurrency_average",
    "credits",
    "fiat_units_spent",
    "minutes_used",
    "request_count",
    "ttfb_avg",
    "ttfb_p95",
    "tts_characters",
]
METRIC_TYPE_VALUES: set[MetricType]

def check_metric_type(value: str) -> MetricType: ...

MockNoMatchBehavior: TypeAlias = Literal["call_real_tool", "raise_error"]
MOCK_NO_MATCH_BEHAVIOR_VALUES: set[MockNoMatchBehavior]

def check_mock_no_match_behavior(value: str) -> MockNoMatchBehavior: ...

MockingStrategy: TypeAlias = Literal["all", "none", "selected"]
MOCKING_STRATEGY_VALUES: set[MockingStrategy]

def check_mocking_strategy(value: str) -> MockingStrategy: ...

MusicComposeDetailedOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "auto",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
MUSIC_COMPOSE_DETAILED_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    MusicComposeDetailedOutputFormatOfTheGeneratedAudio
]

def check_music_compose_detailed_output_format_of_the_generated_audio(
    value: str,
) -> MusicComposeDetailedOutputFormatOfTheGeneratedAudio: ...

MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "auto",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
MUSIC_COMPOSE_DETAILED_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio
]

def check_music_compose_detailed_stream_output_format_of_the_generated_audio(
    value: str,
) -> MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio: ...

MusicComposeOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "auto",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
MUSIC_COMPOSE_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[MusicComposeOutputFormatOfTheGeneratedAudio]

def check_music_compose_output_format_of_the_generated_audio(
    value: str,
) -> MusicComposeOutputFormatOfTheGeneratedAudio: ...

MusicFinetuneFailureReason: TypeAlias = Literal["audio_processing_failed", "copyright_violation", "training_failed"]
MUSIC_FINETUNE_FAILURE_REASON_VALUES: set[MusicFinetuneFailureReason]

def check_music_finetune_failure_reason(value: str) -> MusicFinetuneFailureReason: ...

MusicFinetuneStatus: TypeAlias = Literal["blocked", "completed", "failed", "in_progress", "pending"]
MUSIC_FINETUNE_STATUS_VALUES: set[MusicFinetuneStatus]

def check_music_finetune_status(value: str) -> MusicFinetuneStatus: ...

MusicFinetunesListSort: TypeAlias = Literal["created_at", "name"]
MUSIC_FINETUNES_LIST_SORT_VALUES: set[MusicFinetunesListSort]

def check_music_finetunes_list_sort(value: str) -> MusicFinetunesListSort: ...

MusicFinetunesListSortDirection: TypeAlias = Literal["asc", "desc"]
MUSIC_FINETUNES_LIST_SORT_DIRECTION_VALUES: set[MusicFinetunesListSortDirection]

def check_music_finetunes_list_sort_direction(value: str) -> MusicFinetunesListSortDirection: ...

MusicGenerationMode: TypeAlias = Literal["ambience", "loop", "track", "video_to_music"]
MUSIC_GENERATION_MODE_VALUES: set[MusicGenerationMode]

def check_music_generation_mode(value: str) -> MusicGenerationMode: ...

MusicModelId: TypeAlias = Literal["music_v1", "music_v2"]
MUSIC_MODEL_ID_VALUES: set[MusicModelId]

def check_music_model_id(value: str) -> MusicModelId: ...

MusicOnlyOutputFormats: TypeAlias = Literal["mp3_48000_128", "mp3_48000_192", "mp3_48000_240", "mp3_48000_320"]
MUSIC_ONLY_OUTPUT_FORMATS_VALUES: set[MusicOnlyOutputFormats]

def check_music_only_output_formats(value: str) -> MusicOnlyOutputFormats: ...

MusicStreamOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "auto",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
MUSIC_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[MusicStreamOutputFormatOfTheGeneratedAudio]

def check_music_stream_output_format_of_the_generated_audio(
    value: str,
) -> MusicStreamOutputFormatOfTheGeneratedAudio: ...

NonStreamingOutputFormats: TypeAlias = Literal[
    "wav_16000", "wav_22050", "wav_24000", "wav_32000", "wav_44100", "wav_48000", "wav_8000"
]
NON_STREAMING_OUTPUT_FORMATS_VALUES: set[NonStreamingOutputFormats]

def check_non_streaming_output_formats(value: str) -> NonStreamingOutputFormats: ...

OAuth2JwtResponseAlgorithmType0: TypeAlias = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]
O_AUTH_2_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES: set[OAuth2JwtResponseAlgorithmType0]

def check_o_auth_2_jwt_response_algorithm_type_0(value: str) -> OAuth2JwtResponseAlgorithmType0: ...

OAuth2JwtResponseTokenResponseFieldType0: TypeAlias = Literal["access_token", "id_token"]
O_AUTH_2_JWT_RESPONSE_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES: set[OAuth2JwtResponseTokenResponseFieldType0]

def check_o_auth_2_jwt_response_token_response_field_type_0(value: str) -> OAuth2JwtResponseTokenResponseFieldType0: ...

ObjectJsonSchemaPropertyInputPropertyKind: TypeAlias = Literal["array", "object"]
OBJECT_JSON_SCHEMA_PROPERTY_INPUT_PROPERTY_KIND_VALUES: set[ObjectJsonSchemaPropertyInputPropertyKind]

def check_object_json_schema_property_input_property_kind(value: str) -> ObjectJsonSchemaPropertyInputPropertyKind: ...

OrderItemKind: TypeAlias = Literal["dub", "subtitles", "transcription"]
ORDER_ITEM_KIND_VALUES: set[OrderItemKind]

def check_order_item_kind(value: str) -> OrderItemKind: ...

OrderState: TypeAlias = Literal[
    "accepted", "cancelled", "cancelling", "done", "expired", "open", "paid", "rejected", "submitted"
]
ORDER_STATE_VALUES: set[OrderState]

def check_order_state(value: str) -> OrderState: ...

OutputFormat: TypeAlias = Literal["markdown", "plain_text"]
OUTPUT_FORMAT_VALUES: set[OutputFormat]

def check_output_format(value: str) -> OutputFormat: ...

PendingClipTaskTypeType0: TypeAlias = Literal[
    "dubbing", "media_generation", "preprocessing", "speech_import", "video_to_music"
]
PENDING_CLIP_TASK_TYPE_TYPE_0_VALUES: set[PendingClipTaskTypeType0]

def check_pending_clip_task_type_type_0(value: str) -> PendingClipTaskTypeType0: ...

PendingSubscriptionSwitchResponseModelNextTierType0: TypeAlias = Literal[
    "creator",
    "enterprise",
    "free",
    "go",
    "grant_tier_1_2025_07_23",
    "grant_tier_2_2025_07_23",
    "growing_business",
    "pro",
    "scale_2024_08_10",
    "starter",
    "trial",
]
PENDING_SUBSCRIPTION_SWITCH_RESPONSE_MODEL_NEXT_TIER_TYPE_0_VALUES: set[
    PendingSubscriptionSwitchResponseModelNextTierType0
]

def check_pending_subscription_switch_response_model_next_tier_type_0(
    value: str,
) -> PendingSubscriptionSwitchResponseModelNextTierType0: ...

PermissionType: TypeAlias = Literal[
    "add_voice_from_voice_library",
    "audio_isolation",
    "audio_native_read",
    "audio_native_write",
    "audit_log_read",
    "convai_read",
    "convai_write",
    "conversation_privacy_manage",
    "copy_resources_cross_workspace",
    "create_instant_voice_clone",
    "create_professional_voice_clone",
    "create_user_api_key",
    "dubbing_read",
    "dubbing_write",
    "flows",
    "forced_alignment",
    "group_members_manage",
    "image_video_generation",
    "models_read",
    "models_write",
    "music_generation",
    "projects_read",
    "projects_write",
    "pronunciation_dictionaries_read",
    "pronunciation_dictionaries_write",
    "publish_voice_to_voice_library",
    "service_account_write",
    "share_voice_externally",
    "sound_generation",
    "speech_history_read",
    "speech_history_write",
    "speech_to_speech",
    "speech_to_text",
    "synthid_detector",
    "templates",
    "terms_of_service_accept",
    "text_to_speech",
    "user_read",
    "user_write",
    "voice_generation",
    "voices_read",
    "voices_write",
    "webhooks_write",
    "workspace_analytics_full_read",
    "workspace_members_invite",
    "workspace_members_read",
    "workspace_members_remove",
    "workspace_read",
    "workspace_write",
]
PERMISSION_TYPE_VALUES: set[PermissionType]

def check_permission_type(value: str) -> PermissionType: ...

PlatformCategory: TypeAlias = Literal["asr", "burst", "other", "reception", "silence", "text_message", "voice"]
PLATFORM_CATEGORY_VALUES: set[PlatformCategory]

def check_platform_category(value: str) -> PlatformCategory: ...

PreToolSpeechMode: TypeAlias = Literal["auto", "force", "off"]
PRE_TOOL_SPEECH_MODE_VALUES: set[PreToolSpeechMode]

def check_pre_tool_speech_mode(value: str) -> PreToolSpeechMode: ...

PrivateKeyJwtResponseAlgorithmType0: TypeAlias = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]
PRIVATE_KEY_JWT_RESPONSE_ALGORITHM_TYPE_0_VALUES: set[PrivateKeyJwtResponseAlgorithmType0]

def check_private_key_jwt_response_algorithm_type_0(value: str) -> PrivateKeyJwtResponseAlgorithmType0: ...

ProcedureType: TypeAlias = Literal["deterministic", "free_form"]
PROCEDURE_TYPE_VALUES: set[ProcedureType]

def check_procedure_type(value: str) -> ProcedureType: ...

ProjectCreationMetaResponseModelStatusType0: TypeAlias = Literal["creating", "draft", "failed", "finished", "pending"]
PROJECT_CREATION_META_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[ProjectCreationMetaResponseModelStatusType0]

def check_project_creation_meta_response_model_status_type_0(
    value: str,
) -> ProjectCreationMetaResponseModelStatusType0: ...

ProjectCreationMetaType: TypeAlias = Literal[
    "auto_assign_voices", "blank", "dub_video", "generate_podcast", "import_speech"
]
PROJECT_CREATION_META_TYPE_VALUES: set[ProjectCreationMetaType]

def check_project_creation_meta_type(value: str) -> ProjectCreationMetaType: ...

ProjectExtendedResponseAccessLevelType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
PROJECT_EXTENDED_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES: set[ProjectExtendedResponseAccessLevelType0]

def check_project_extended_response_access_level_type_0(value: str) -> ProjectExtendedResponseAccessLevelType0: ...

ProjectExtendedResponseApplyTextNormalizationType0: TypeAlias = Literal["apply_english", "auto", "off", "on"]
PROJECT_EXTENDED_RESPONSE_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    ProjectExtendedResponseApplyTextNormalizationType0
]

def check_project_extended_response_apply_text_normalization_type_0(
    value: str,
) -> ProjectExtendedResponseApplyTextNormalizationType0: ...

ProjectExtendedResponseAspectRatioType0: TypeAlias = Literal["16:9", "1:1", "4:5", "9:16"]
PROJECT_EXTENDED_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES: set[ProjectExtendedResponseAspectRatioType0]

def check_project_extended_response_aspect_ratio_type_0(value: str) -> ProjectExtendedResponseAspectRatioType0: ...

ProjectExtendedResponseFictionType0: TypeAlias = Literal["fiction", "non-fiction"]
PROJECT_EXTENDED_RESPONSE_FICTION_TYPE_0_VALUES: set[ProjectExtendedResponseFictionType0]

def check_project_extended_response_fiction_type_0(value: str) -> ProjectExtendedResponseFictionType0: ...

ProjectExtendedResponseSourceTypeType0: TypeAlias = Literal["article", "blank", "book", "genfm", "screenplay", "video"]
PROJECT_EXTENDED_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES: set[ProjectExtendedResponseSourceTypeType0]

def check_project_extended_response_source_type_type_0(value: str) -> ProjectExtendedResponseSourceTypeType0: ...

ProjectExtendedResponseStateType0: TypeAlias = Literal["converting", "creating", "default", "in_queue"]
PROJECT_EXTENDED_RESPONSE_STATE_TYPE_0_VALUES: set[ProjectExtendedResponseStateType0]

def check_project_extended_response_state_type_0(value: str) -> ProjectExtendedResponseStateType0: ...

ProjectExtendedResponseTargetAudienceType0: TypeAlias = Literal["adult", "all ages", "children", "young adult"]
PROJECT_EXTENDED_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES: set[ProjectExtendedResponseTargetAudienceType0]

def check_project_extended_response_target_audience_type_0(
    value: str,
) -> ProjectExtendedResponseTargetAudienceType0: ...

ProjectResponseAccessLevelType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
PROJECT_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES: set[ProjectResponseAccessLevelType0]

def check_project_response_access_level_type_0(value: str) -> ProjectResponseAccessLevelType0: ...

ProjectResponseAspectRatioType0: TypeAlias = Literal["16:9", "1:1", "4:5", "9:16"]
PROJECT_RESPONSE_ASPECT_RATIO_TYPE_0_VALUES: set[ProjectResponseAspectRatioType0]

def check_project_response_aspect_ratio_type_0(value: str) -> ProjectResponseAspectRatioType0: ...

ProjectResponseFictionType0: TypeAlias = Literal["fiction", "non-fiction"]
PROJECT_RESPONSE_FICTION_TYPE_0_VALUES: set[ProjectResponseFictionType0]

def check_project_response_fiction_type_0(value: str) -> ProjectResponseFictionType0: ...

ProjectResponseSourceTypeType0: TypeAlias = Literal["article", "blank", "book", "genfm", "screenplay", "video"]
PROJECT_RESPONSE_SOURCE_TYPE_TYPE_0_VALUES: set[ProjectResponseSourceTypeType0]

def check_project_response_source_type_type_0(value: str) -> ProjectResponseSourceTypeType0: ...

ProjectResponseStateType0: TypeAlias = Literal["converting", "creating", "default", "in_queue"]
PROJECT_RESPONSE_STATE_TYPE_0_VALUES: set[ProjectResponseStateType0]

def check_project_response_state_type_0(value: str) -> ProjectResponseStateType0: ...

ProjectResponseTargetAudienceType0: TypeAlias = Literal["adult", "all ages", "children", "young adult"]
PROJECT_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES: set[ProjectResponseTargetAudienceType0]

def check_project_response_target_audience_type_0(value: str) -> ProjectResponseTargetAudienceType0: ...

PronunciationDictionariesListSortType0: TypeAlias = Literal["creation_time_unix", "name"]
PRONUNCIATION_DICTIONARIES_LIST_SORT_TYPE_0_VALUES: set[PronunciationDictionariesListSortType0]

def check_pronunciation_dictionaries_list_sort_type_0(value: str) -> PronunciationDictionariesListSortType0: ...

PronunciationDictionaryVersionResponseModelPermissionOnResourceType0: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
PRONUNCIATION_DICTIONARY_VERSION_RESPONSE_MODEL_PERMISSION_ON_RESOURCE_TYPE_0_VALUES: set[
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0
]

def check_pronunciation_dictionary_version_response_model_permission_on_resource_type_0(
    value: str,
) -> PronunciationDictionaryVersionResponseModelPermissionOnResourceType0: ...

QualityPresetType: TypeAlias = Literal["high", "standard", "ultra", "ultra_lossless"]
QUALITY_PRESET_TYPE_VALUES: set[QualityPresetType]

def check_quality_preset_type(value: str) -> QualityPresetType: ...

RagIndexStatus: TypeAlias = Literal[
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
]
RAG_INDEX_STATUS_VALUES: set[RagIndexStatus]

def check_rag_index_status(value: str) -> RagIndexStatus: ...

ReaderResourceResponseModelResourceTypeType0: TypeAlias = Literal["collection", "read"]
READER_RESOURCE_RESPONSE_MODEL_RESOURCE_TYPE_TYPE_0_VALUES: set[ReaderResourceResponseModelResourceTypeType0]

def check_reader_resource_response_model_resource_type_type_0(
    value: str,
) -> ReaderResourceResponseModelResourceTypeType0: ...

ReferencedToolCommonModelTypeType0: TypeAlias = Literal[
    "api_integration_webhook", "client", "code", "mcp", "system", "webhook", "workflow"
]
REFERENCED_TOOL_COMMON_MODEL_TYPE_TYPE_0_VALUES: set[ReferencedToolCommonModelTypeType0]

def check_referenced_tool_common_model_type_type_0(value: str) -> ReferencedToolCommonModelTypeType0: ...

RenderStatusType0: TypeAlias = Literal["complete", "failed", "processing"]
RENDER_STATUS_TYPE_0_VALUES: set[RenderStatusType0]

def check_render_status_type_0(value: str) -> RenderStatusType0: ...

RenderType: TypeAlias = Literal["aac", "aaf", "clips_zip", "mp3", "mp4", "tracks_zip", "wav", "zip"]
RENDER_TYPE_VALUES: set[RenderType]

def check_render_type(value: str) -> RenderType: ...

ResourceAccessInfoAccessSourceType0: TypeAlias = Literal["creator", "explicit", "workspace_admin", "workspace_default"]
RESOURCE_ACCESS_INFO_ACCESS_SOURCE_TYPE_0_VALUES: set[ResourceAccessInfoAccessSourceType0]

def check_resource_access_info_access_source_type_0(value: str) -> ResourceAccessInfoAccessSourceType0: ...

ResourceAccessInfoAnonymousAccessLevelOverrideType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
RESOURCE_ACCESS_INFO_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES: set[
    ResourceAccessInfoAnonymousAccessLevelOverrideType0
]

def check_resource_access_info_anonymous_access_level_override_type_0(
    value: str,
) -> ResourceAccessInfoAnonymousAccessLevelOverrideType0: ...

ResourceAccessInfoRoleType0: TypeAlias = Literal["admin", "commenter", "editor", "viewer"]
RESOURCE_ACCESS_INFO_ROLE_TYPE_0_VALUES: set[ResourceAccessInfoRoleType0]

def check_resource_access_info_role_type_0(value: str) -> ResourceAccessInfoRoleType0: ...

ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0: TypeAlias = Literal[
    "admin", "commenter", "editor", "viewer"
]
RESOURCE_METADATA_RESPONSE_MODEL_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES: set[
    ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0
]

def check_resource_metadata_response_model_anonymous_access_level_override_type_0(
    value: str,
) -> ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0: ...

ResponseConversationErrorType: TypeAlias = Literal[
    "agent_configuration_error",
    "blocked_by_user",
    "call_initialization_error",
    "call_rejected",
    "client_disconnected",
    "entitlement_exceeded",
    "guardrail_triggered",
    "integration_error",
    "invalid_client_request",
    "line_busy",
    "llm_error",
    "max_duration_exceeded",
    "no_answer",
    "permission_error",
    "post_processing_error",
    "safety_violation",
    "speech_error",
    "system_error",
    "tool_error",
]
RESPONSE_CONVERSATION_ERROR_TYPE_VALUES: set[ResponseConversationErrorType]

def check_response_conversation_error_type(value: str) -> ResponseConversationErrorType: ...

ResponseFilterMode: TypeAlias = Literal["all", "allow", "hide_all"]
RESPONSE_FILTER_MODE_VALUES: set[ResponseFilterMode]

def check_response_filter_mode(value: str) -> ResponseFilterMode: ...

ReviewResponseModelRejectReasonsType0ItemType0: TypeAlias = Literal[
    "content_policy",
    "doesnt_open",
    "duplicate",
    "formatting_issues",
    "lacks_structure",
    "language_not_supported",
    "legal_violation",
    "low_quality",
    "metadata_inaccurate",
    "metadata_incomplete",
    "not_literary_work",
    "other",
    "promotional",
    "public_domain",
    "review_error",
    "spam",
    "too_short",
    "typos",
]
REVIEW_RESPONSE_MODEL_REJECT_REASONS_TYPE_0_ITEM_TYPE_0_VALUES: set[ReviewResponseModelRejectReasonsType0ItemType0]

def check_review_response_model_reject_reasons_type_0_item_type_0(
    value: str,
) -> ReviewResponseModelRejectReasonsType0ItemType0: ...

ReviewResponseModelReviewStatusType0: TypeAlias = Literal["approved", "edits_required", "rejected"]
REVIEW_RESPONSE_MODEL_REVIEW_STATUS_TYPE_0_VALUES: set[ReviewResponseModelReviewStatusType0]

def check_review_response_model_review_status_type_0(value: str) -> ReviewResponseModelReviewStatusType0: ...

SafetyRule: TypeAlias = Literal[
    "extremism",
    "forget_moderation",
    "illegal_distribution_medical",
    "political",
    "scam_fraud",
    "self_harm",
    "sexual_adults",
    "sexual_minors",
    "unknown",
]
SAFETY_RULE_VALUES: set[SafetyRule]

def check_safety_rule(value: str) -> SafetyRule: ...

SampleConfigDbModelParentTypeType0: TypeAlias = Literal["collection", "read"]
SAMPLE_CONFIG_DB_MODEL_PARENT_TYPE_TYPE_0_VALUES: set[SampleConfigDbModelParentTypeType0]

def check_sample_config_db_model_parent_type_type_0(value: str) -> SampleConfigDbModelParentTypeType0: ...

SearchStrategy: TypeAlias = Literal["cat", "keyword", "ls", "semantic"]
SEARCH_STRATEGY_VALUES: set[SearchStrategy]

def check_search_strategy(value: str) -> SearchStrategy: ...

SeatType: TypeAlias = Literal["workspace_admin", "workspace_lite_member", "workspace_member"]
SEAT_TYPE_VALUES: set[SeatType]

def check_seat_type(value: str) -> SeatType: ...

SecretDependencyResourceType: TypeAlias = Literal["agents", "phone_numbers", "tools"]
SECRET_DEPENDENCY_RESOURCE_TYPE_VALUES: set[SecretDependencyResourceType]

def check_secret_dependency_resource_type(value: str) -> SecretDependencyResourceType: ...

SecretDependencyType: TypeAlias = Literal["conversation_initiation_webhook"]
SECRET_DEPENDENCY_TYPE_VALUES: set[SecretDependencyType]

def check_secret_dependency_type(value: str) -> SecretDependencyType: ...

SeverityId: TypeAlias = Literal[0, 1, 2, 3, 4, 5, 6, 99]
SEVERITY_ID_VALUES: set[SeverityId]

def check_severity_id(value: int) -> SeverityId: ...

SfxModelId: TypeAlias = Literal["eleven_text_to_sound_v2"]
SFX_MODEL_ID_VALUES: set[SfxModelId]

def check_sfx_model_id(value: str) -> SfxModelId: ...

ShareOptionResponseModelTypeType0: TypeAlias = Literal["group", "key", "user"]
SHARE_OPTION_RESPONSE_MODEL_TYPE_TYPE_0_VALUES: set[ShareOptionResponseModelTypeType0]

def check_share_option_response_model_type_type_0(value: str) -> ShareOptionResponseModelTypeType0: ...

SingleUseTokenType: TypeAlias = Literal["batch_scribe", "realtime_scribe", "tts_websocket"]
SINGLE_USE_TOKEN_TYPE_VALUES: set[SingleUseTokenType]

def check_single_use_token_type(value: str) -> SingleUseTokenType: ...

SipLogMessageDirection: TypeAlias = Literal["in", "out"]
SIP_LOG_MESSAGE_DIRECTION_VALUES: set[SipLogMessageDirection]

def check_sip_log_message_direction(value: str) -> SipLogMessageDirection: ...

SipMediaEncryptionEnum: TypeAlias = Literal["allowed", "disabled", "required"]
SIP_MEDIA_ENCRYPTION_ENUM_VALUES: set[SipMediaEncryptionEnum]

def check_sip_media_encryption_enum(value: str) -> SipMediaEncryptionEnum: ...

SipTrunkTransportEnum: TypeAlias = Literal["auto", "tcp", "tls", "udp"]
SIP_TRUNK_TRANSPORT_ENUM_VALUES: set[SipTrunkTransportEnum]

def check_sip_trunk_transport_enum(value: str) -> SipTrunkTransportEnum: ...

SmsConversationInfoDirection: TypeAlias = Literal["inbound", "outbound"]
SMS_CONVERSATION_INFO_DIRECTION_VALUES: set[SmsConversationInfoDirection]

def check_sms_conversation_info_direction(value: str) -> SmsConversationInfoDirection: ...

SortDirection: TypeAlias = Literal["asc", "desc"]
SORT_DIRECTION_VALUES: set[SortDirection]

def check_sort_direction(value: str) -> SortDirection: ...

SpeakerSeparationResponseModelStatusType0: TypeAlias = Literal["completed", "failed", "not_started", "pending"]
SPEAKER_SEPARATION_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[SpeakerSeparationResponseModelStatusType0]

def check_speaker_separation_response_model_status_type_0(value: str) -> SpeakerSeparationResponseModelStatusType0: ...

SpeechHistoryItemResponseModelSource: TypeAlias = Literal[
    "AN", "ConvAI", "Dubbing", "PD", "PlayAPI", "Projects", "STS", "TTS", "VoiceGeneration"
]
SPEECH_HISTORY_ITEM_RESPONSE_MODEL_SOURCE_VALUES: set[SpeechHistoryItemResponseModelSource]

def check_speech_history_item_response_model_source(value: str) -> SpeechHistoryItemResponseModelSource: ...

SpeechHistoryItemResponseModelVoiceCategory: TypeAlias = Literal["cloned", "generated", "premade", "professional"]
SPEECH_HISTORY_ITEM_RESPONSE_MODEL_VOICE_CATEGORY_VALUES: set[SpeechHistoryItemResponseModelVoiceCategory]

def check_speech_history_item_response_model_voice_category(
    value: str,
) -> SpeechHistoryItemResponseModelVoiceCategory: ...

SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
]
SPEECH_TO_SPEECH_CONVERT_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio
]

def check_speech_to_speech_convert_output_format_of_the_generated_audio(
    value: str,
) -> SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio: ...

SpeechToSpeechRequestFileFormatType0: TypeAlias = Literal["other", "pcm_s16le_16"]
SPEECH_TO_SPEECH_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[SpeechToSpeechRequestFileFormatType0]

def check_speech_to_speech_request_file_format_type_0(value: str) -> SpeechToSpeechRequestFileFormatType0: ...

SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
SPEECH_TO_SPEECH_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio
]

def check_speech_to_speech_stream_output_format_of_the_generated_audio(
    value: str,
) -> SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio: ...

SpeechToSpeechStreamRequestFileFormatType0: TypeAlias = Literal["other", "pcm_s16le_16"]
SPEECH_TO_SPEECH_STREAM_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[SpeechToSpeechStreamRequestFileFormatType0]

def check_speech_to_speech_stream_request_file_format_type_0(
    value: str,
) -> SpeechToSpeechStreamRequestFileFormatType0: ...

SpeechToTextWordResponseModelTypeType0: TypeAlias = Literal["audio_event", "spacing", "word"]
SPEECH_TO_TEXT_WORD_RESPONSE_MODEL_TYPE_TYPE_0_VALUES: set[SpeechToTextWordResponseModelTypeType0]

def check_speech_to_text_word_response_model_type_type_0(value: str) -> SpeechToTextWordResponseModelTypeType0: ...

SpellingPatience: TypeAlias = Literal["auto", "off"]
SPELLING_PATIENCE_VALUES: set[SpellingPatience]

def check_spelling_patience(value: str) -> SpellingPatience: ...

StartProcedureToolErrorStatus: TypeAlias = Literal["already_active", "invalid_name", "not_found"]
START_PROCEDURE_TOOL_ERROR_STATUS_VALUES: set[StartProcedureToolErrorStatus]

def check_start_procedure_tool_error_status(value: str) -> StartProcedureToolErrorStatus: ...

StatusId: TypeAlias = Literal[0, 1, 2, 99]
STATUS_ID_VALUES: set[StatusId]

def check_status_id(value: int) -> StatusId: ...

StudioClipReferenceClipTypeType0: TypeAlias = Literal["external_audio", "image", "tts_node", "video"]
STUDIO_CLIP_REFERENCE_CLIP_TYPE_TYPE_0_VALUES: set[StudioClipReferenceClipTypeType0]

def check_studio_clip_reference_clip_type_type_0(value: str) -> StudioClipReferenceClipTypeType0: ...

SubscriptionStatusType: TypeAlias = Literal["active", "free", "free_disabled", "incomplete", "past_due", "trialing"]
SUBSCRIPTION_STATUS_TYPE_VALUES: set[SubscriptionStatusType]

def check_subscription_status_type(value: str) -> SubscriptionStatusType: ...

TelephonyDirection: TypeAlias = Literal["inbound", "outbound"]
TELEPHONY_DIRECTION_VALUES: set[TelephonyDirection]

def check_telephony_direction(value: str) -> TelephonyDirection: ...

TelephonyProvider: TypeAlias = Literal["exotel", "sip_trunk", "twilio"]
TELEPHONY_PROVIDER_VALUES: set[TelephonyProvider]

def check_telephony_provider(value: str) -> TelephonyProvider: ...

TestRunMetadataTestTypeType0: TypeAlias = Literal["llm", "simulation", "tool_call"]
TEST_RUN_METADATA_TEST_TYPE_TYPE_0_VALUES: set[TestRunMetadataTestTypeType0]

def check_test_run_metadata_test_type_type_0(value: str) -> TestRunMetadataTestTypeType0: ...

TestRunStatus: TypeAlias = Literal["failed", "passed", "pending"]
TEST_RUN_STATUS_VALUES: set[TestRunStatus]

def check_test_run_status(value: str) -> TestRunStatus: ...

TestSharingMode: TypeAlias = Literal["all", "shared_with_me"]
TEST_SHARING_MODE_VALUES: set[TestSharingMode]

def check_test_sharing_mode(value: str) -> TestSharingMode: ...

TestType: TypeAlias = Literal["folder", "llm", "simulation", "tool"]
TEST_TYPE_VALUES: set[TestType]

def check_test_type(value: str) -> TestType: ...

TextNormalisationType: TypeAlias = Literal["elevenlabs", "system_prompt"]
TEXT_NORMALISATION_TYPE_VALUES: set[TextNormalisationType]

def check_text_normalisation_type(value: str) -> TextNormalisationType: ...

TextToDialogueConvertOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
]
TEXT_TO_DIALOGUE_CONVERT_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    TextToDialogueConvertOutputFormatOfTheGeneratedAudio
]

def check_text_to_dialogue_convert_output_format_of_the_generated_audio(
    value: str,
) -> TextToDialogueConvertOutputFormatOfTheGeneratedAudio: ...

TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
]
TEXT_TO_DIALOGUE_CONVERT_WITH_TIMESTAMPS_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio
]

def check_text_to_dialogue_convert_with_timestamps_output_format_of_the_generated_audio(
    value: str,
) -> TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio: ...

TextToSpeechApplyTextNormalizationEnum: TypeAlias = Literal["auto", "off", "on"]
TEXT_TO_SPEECH_APPLY_TEXT_NORMALIZATION_ENUM_VALUES: set[TextToSpeechApplyTextNormalizationEnum]

def check_text_to_speech_apply_text_normalization_enum(value: str) -> TextToSpeechApplyTextNormalizationEnum: ...

TextToSpeechConvertOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
]
TEXT_TO_SPEECH_CONVERT_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    TextToSpeechConvertOutputFormatOfTheGeneratedAudio
]

def check_text_to_speech_convert_output_format_of_the_generated_audio(
    value: str,
) -> TextToSpeechConvertOutputFormatOfTheGeneratedAudio: ...

TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
]
TEXT_TO_SPEECH_CONVERT_WITH_TIMESTAMPS_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio
]

def check_text_to_speech_convert_with_timestamps_output_format_of_the_generated_audio(
    value: str,
) -> TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio: ...

TextToSpeechOutputFormatEnum: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_8000",
    "ulaw_8000",
]
TEXT_TO_SPEECH_OUTPUT_FORMAT_ENUM_VALUES: set[TextToSpeechOutputFormatEnum]

def check_text_to_speech_output_format_enum(value: str) -> TextToSpeechOutputFormatEnum: ...

TextToSpeechStreamOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
TEXT_TO_SPEECH_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    TextToSpeechStreamOutputFormatOfTheGeneratedAudio
]

def check_text_to_speech_stream_output_format_of_the_generated_audio(
    value: str,
) -> TextToSpeechStreamOutputFormatOfTheGeneratedAudio: ...

TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio: TypeAlias = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
TEXT_TO_SPEECH_STREAM_WITH_TIMESTAMPS_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[
    TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio
]

def check_text_to_speech_stream_with_timestamps_output_format_of_the_generated_audio(
    value: str,
) -> TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio: ...

ToolCallSoundBehavior: TypeAlias = Literal["always", "auto"]
TOOL_CALL_SOUND_BEHAVIOR_VALUES: set[ToolCallSoundBehavior]

def check_tool_call_sound_behavior(value: str) -> ToolCallSoundBehavior: ...

ToolCallSoundType: TypeAlias = Literal["elevator1", "elevator2", "elevator3", "elevator4", "typing"]
TOOL_CALL_SOUND_TYPE_VALUES: set[ToolCallSoundType]

def check_tool_call_sound_type(value: str) -> ToolCallSoundType: ...

ToolErrorHandlingMode: TypeAlias = Literal["auto", "hide", "passthrough", "summarized"]
TOOL_ERROR_HANDLING_MODE_VALUES: set[ToolErrorHandlingMode]

def check_tool_error_handling_mode(value: str) -> ToolErrorHandlingMode: ...

ToolExecutionMode: TypeAlias = Literal["async", "immediate", "post_tool_speech"]
TOOL_EXECUTION_MODE_VALUES: set[ToolExecutionMode]

def check_tool_execution_mode(value: str) -> ToolExecutionMode: ...

ToolExecutionTaskSupportType0: TypeAlias = Literal["forbidden", "optional", "required"]
TOOL_EXECUTION_TASK_SUPPORT_TYPE_0_VALUES: set[ToolExecutionTaskSupportType0]

def check_tool_execution_task_support_type_0(value: str) -> ToolExecutionTaskSupportType0: ...

ToolInterruptionMode: TypeAlias = Literal["allow", "disable_during_tool", "disable_during_tool_and_turn"]
TOOL_INTERRUPTION_MODE_VALUES: set[ToolInterruptionMode]

def check_tool_interruption_mode(value: str) -> ToolInterruptionMode: ...

ToolSortBy: TypeAlias = Literal["created_at", "name"]
TOOL_SORT_BY_VALUES: set[ToolSortBy]

def check_tool_sort_by(value: str) -> ToolSortBy: ...

ToolType: TypeAlias = Literal[
    "api_integration_mcp", "api_integration_webhook", "client", "mcp", "system", "webhook", "workflow"
]
TOOL_TYPE_VALUES: set[ToolType]

def check_tool_type(value: str) -> ToolType: ...

ToolTypeFilter: TypeAlias = Literal["api_integration_webhook", "client", "webhook"]
TOOL_TYPE_FILTER_VALUES: set[ToolTypeFilter]

def check_tool_type_filter(value: str) -> ToolTypeFilter: ...

TopicSortBy: TypeAlias = Literal["conversations", "frustration", "sentiment", "success_rate"]
TOPIC_SORT_BY_VALUES: set[TopicSortBy]

def check_topic_sort_by(value: str) -> TopicSortBy: ...

TranscriptionWordType: TypeAlias = Literal["spacing", "word"]
TRANSCRIPTION_WORD_TYPE_VALUES: set[TranscriptionWordType]

def check_transcription_word_type(value: str) -> TranscriptionWordType: ...

TransferTypeEnum: TypeAlias = Literal["blind", "conference", "sip_refer"]
TRANSFER_TYPE_ENUM_VALUES: set[TransferTypeEnum]

def check_transfer_type_enum(value: str) -> TransferTypeEnum: ...

TtsConversationalModel: TypeAlias = Literal[
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_multilingual_v2",
    "eleven_turbo_v2",
    "eleven_turbo_v2_5",
    "eleven_v3_conversational",
]
TTS_CONVERSATIONAL_MODEL_VALUES: set[TtsConversationalModel]

def check_tts_conversational_model(value: str) -> TtsConversationalModel: ...

TtsModelFamily: TypeAlias = Literal["flash", "multilingual", "turbo", "v3_conversational"]
TTS_MODEL_FAMILY_VALUES: set[TtsModelFamily]

def check_tts_model_family(value: str) -> TtsModelFamily: ...

TtsOptimizeStreamingLatency: TypeAlias = Literal[0, 1, 2, 3, 4]
TTS_OPTIMIZE_STREAMING_LATENCY_VALUES: set[TtsOptimizeStreamingLatency]

def check_tts_optimize_streaming_latency(value: int) -> TtsOptimizeStreamingLatency: ...

TtsOutputFormat: TypeAlias = Literal[
    "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"
]
TTS_OUTPUT_FORMAT_VALUES: set[TtsOutputFormat]

def check_tts_output_format(value: str) -> TtsOutputFormat: ...

TurnEagerness: TypeAlias = Literal["eager", "normal", "patient"]
TURN_EAGERNESS_VALUES: set[TurnEagerness]

def check_turn_eagerness(value: str) -> TurnEagerness: ...

TurnMode: TypeAlias = Literal["silence", "turn"]
TURN_MODE_VALUES: set[TurnMode]

def check_turn_mode(value: str) -> TurnMode: ...

TurnModel: TypeAlias = Literal["turn_v2", "turn_v3"]
TURN_MODEL_VALUES: set[TurnModel]

def check_turn_model(value: str) -> TurnModel: ...

TwilioEdgeLocation: TypeAlias = Literal[
    "ashburn", "dublin", "frankfurt", "roaming", "sao-paulo", "singapore", "sydney", "tokyo", "umatilla"
]
TWILIO_EDGE_LOCATION_VALUES: set[TwilioEdgeLocation]

def check_twilio_edge_location(value: str) -> TwilioEdgeLocation: ...

TwilioRegionId: TypeAlias = Literal["au1", "ie1", "us1"]
TWILIO_REGION_ID_VALUES: set[TwilioRegionId]

def check_twilio_region_id(value: str) -> TwilioRegionId: ...

UpdateMusicFinetuneRequestModelVisibilityType0: TypeAlias = Literal["private", "workspace"]
UPDATE_MUSIC_FINETUNE_REQUEST_MODEL_VISIBILITY_TYPE_0_VALUES: set[UpdateMusicFinetuneRequestModelVisibilityType0]

def check_update_music_finetune_request_model_visibility_type_0(
    value: str,
) -> UpdateMusicFinetuneRequestModelVisibilityType0: ...

UpdateOAuth2JwtRequestAlgorithmType0: TypeAlias = Literal["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"]
UPDATE_O_AUTH_2_JWT_REQUEST_ALGORITHM_TYPE_0_VALUES: set[UpdateOAuth2JwtRequestAlgorithmType0]

def check_update_o_auth_2_jwt_request_algorithm_type_0(value: str) -> UpdateOAuth2JwtRequestAlgorithmType0: ...

UpdateOAuth2JwtRequestTokenResponseFieldType0: TypeAlias = Literal["access_token", "id_token"]
UPDATE_O_AUTH_2_JWT_REQUEST_TOKEN_RESPONSE_FIELD_TYPE_0_VALUES: set[UpdateOAuth2JwtRequestTokenResponseFieldType0]

def check_update_o_auth_2_jwt_request_token_response_field_type_0(
    value: str,
) -> UpdateOAuth2JwtRequestTokenResponseFieldType0: ...

UsageAggregationInterval: TypeAlias = Literal["cumulative", "day", "hour", "month", "week"]
USAGE_AGGREGATION_INTERVAL_VALUES: set[UsageAggregationInterval]

def check_usage_aggregation_interval(value: str) -> UsageAggregationInterval: ...

UserAccessManagementActivityId: TypeAlias = Literal[0, 1, 2, 99]
USER_ACCESS_MANAGEMENT_ACTIVITY_ID_VALUES: set[UserAccessManagementActivityId]

def check_user_access_management_activity_id(value: int) -> UserAccessManagementActivityId: ...

UserFeedbackScore: TypeAlias = Literal["dislike", "like"]
USER_FEEDBACK_SCORE_VALUES: set[UserFeedbackScore]

def check_user_feedback_score(value: str) -> UserFeedbackScore: ...

UserTypeId: TypeAlias = Literal[0, 1, 2, 3, 4, 99]
USER_TYPE_ID_VALUES: set[UserTypeId]

def check_user_type_id(value: int) -> UserTypeId: ...

UsersSortBy: TypeAlias = Literal["average_sentiment_score", "conversation_count", "last_contact_unix_secs"]
USERS_SORT_BY_VALUES: set[UsersSortBy]

def check_users_sort_by(value: str) -> UsersSortBy: ...

UuiTransferConfigProtocolDiscriminatorModeType0: TypeAlias = Literal["pd_parameter", "prefix"]
UUI_TRANSFER_CONFIG_PROTOCOL_DISCRIMINATOR_MODE_TYPE_0_VALUES: set[UuiTransferConfigProtocolDiscriminatorModeType0]

def check_uui_transfer_config_protocol_discriminator_mode_type_0(
    value: str,
) -> UuiTransferConfigProtocolDiscriminatorModeType0: ...

V1HistoryGetParametersSortDirectionSchema: TypeAlias = Literal["asc", "desc"]
V1_HISTORY_GET_PARAMETERS_SORT_DIRECTION_SCHEMA_VALUES: set[V1HistoryGetParametersSortDirectionSchema]

def check_v1_history_get_parameters_sort_direction_schema(value: str) -> V1HistoryGetParametersSortDirectionSchema: ...

V1HistoryGetParametersSourceSchema: TypeAlias = Literal["STS", "TTS"]
V1_HISTORY_GET_PARAMETERS_SOURCE_SCHEMA_VALUES: set[V1HistoryGetParametersSourceSchema]

def check_v1_history_get_parameters_source_schema(value: str) -> V1HistoryGetParametersSourceSchema: ...

Veo31FastRequestAspectRatio: TypeAlias = Literal["16:9", "9:16"]
VEO_31_FAST_REQUEST_ASPECT_RATIO_VALUES: set[Veo31FastRequestAspectRatio]

def check_veo_31_fast_request_aspect_ratio(value: str) -> Veo31FastRequestAspectRatio: ...

Veo31FastRequestDurationSecs: TypeAlias = Literal[4, 6, 8]
VEO_31_FAST_REQUEST_DURATION_SECS_VALUES: set[Veo31FastRequestDurationSecs]

def check_veo_31_fast_request_duration_secs(value: int) -> Veo31FastRequestDurationSecs: ...

Veo31FastRequestResolution: TypeAlias = Literal["1080p", "4K", "720p"]
VEO_31_FAST_REQUEST_RESOLUTION_VALUES: set[Veo31FastRequestResolution]

def check_veo_31_fast_request_resolution(value: str) -> Veo31FastRequestResolution: ...

Veo31RequestAspectRatio: TypeAlias = Literal["16:9", "9:16"]
VEO_31_REQUEST_ASPECT_RATIO_VALUES: set[Veo31RequestAspectRatio]

def check_veo_31_request_aspect_ratio(value: str) -> Veo31RequestAspectRatio: ...

Veo31RequestDurationSecs: TypeAlias = Literal[4, 6, 8]
VEO_31_REQUEST_DURATION_SECS_VALUES: set[Veo31RequestDurationSecs]

def check_veo_31_request_duration_secs(value: int) -> Veo31RequestDurationSecs: ...

Veo31RequestResolution: TypeAlias = Literal["1080p", "4K", "720p"]
VEO_31_REQUEST_RESOLUTION_VALUES: set[Veo31RequestResolution]

def check_veo_31_request_resolution(value: str) -> Veo31RequestResolution: ...

VeoImageReferenceRole: TypeAlias = Literal["style", "subject"]
VEO_IMAGE_REFERENCE_ROLE_VALUES: set[VeoImageReferenceRole]

def check_veo_image_reference_role(value: str) -> VeoImageReferenceRole: ...

Verbosity: TypeAlias = Literal["auto", "concise", "thorough"]
VERBOSITY_VALUES: set[Verbosity]

def check_verbosity(value: str) -> Verbosity: ...

VideoAnalysisStatusType0: TypeAlias = Literal["completed", "failed", "processing"]
VIDEO_ANALYSIS_STATUS_TYPE_0_VALUES: set[VideoAnalysisStatusType0]

def check_video_analysis_status_type_0(value: str) -> VideoAnalysisStatusType0: ...

VoiceCategoryModel: TypeAlias = Literal["cloned", "famous", "generated", "premade", "professional"]
VOICE_CATEGORY_MODEL_VALUES: set[VoiceCategoryModel]

def check_voice_category_model(value: str) -> VoiceCategoryModel: ...

VoiceCategoryType0: TypeAlias = Literal["cloned", "famous", "generated", "high_quality", "premade", "professional"]
VOICE_CATEGORY_TYPE_0_VALUES: set[VoiceCategoryType0]

def check_voice_category_type_0(value: str) -> VoiceCategoryType0: ...

VoiceDesignRequestModelModelId: TypeAlias = Literal["eleven_multilingual_ttv_v2", "eleven_ttv_v3"]
VOICE_DESIGN_REQUEST_MODEL_MODEL_ID_VALUES: set[VoiceDesignRequestModelModelId]

def check_voice_design_request_model_model_id(value: str) -> VoiceDesignRequestModelModelId: ...

VoiceLabellingStatusType0: TypeAlias = Literal["in_review", "review_complete"]
VOICE_LABELLING_STATUS_TYPE_0_VALUES: set[VoiceLabellingStatusType0]

def check_voice_labelling_status_type_0(value: str) -> VoiceLabellingStatusType0: ...

VoiceRecordingQualityType0: TypeAlias = Literal["bad", "good", "ok", "poor", "studio"]
VOICE_RECORDING_QUALITY_TYPE_0_VALUES: set[VoiceRecordingQualityType0]

def check_voice_recording_quality_type_0(value: str) -> VoiceRecordingQualityType0: ...

VoiceSafetyControlType0: TypeAlias = Literal["BAN", "CAPTCHA", "ENTERPRISE_BAN", "ENTERPRISE_CAPTCHA", "NONE"]
VOICE_SAFETY_CONTROL_TYPE_0_VALUES: set[VoiceSafetyControlType0]

def check_voice_safety_control_type_0(value: str) -> VoiceSafetyControlType0: ...

VoiceSharingResponseCategoryType0: TypeAlias = Literal[
    "cloned", "famous", "generated", "high_quality", "premade", "professional"
]
VOICE_SHARING_RESPONSE_CATEGORY_TYPE_0_VALUES: set[VoiceSharingResponseCategoryType0]

def check_voice_sharing_response_category_type_0(value: str) -> VoiceSharingResponseCategoryType0: ...

VoiceSharingResponseReviewStatusType0: TypeAlias = Literal[
    "allowed", "allowed_with_changes", "declined", "not_requested", "pending"
]
VOICE_SHARING_RESPONSE_REVIEW_STATUS_TYPE_0_VALUES: set[VoiceSharingResponseReviewStatusType0]

def check_voice_sharing_response_review_status_type_0(value: str) -> VoiceSharingResponseReviewStatusType0: ...

VoiceSharingResponseStatusType0: TypeAlias = Literal["copied", "copied_disabled", "disabled", "enabled"]
VOICE_SHARING_RESPONSE_STATUS_TYPE_0_VALUES: set[VoiceSharingResponseStatusType0]

def check_voice_sharing_response_status_type_0(value: str) -> VoiceSharingResponseStatusType0: ...

VoicesGetSharedCategory: TypeAlias = Literal["famous", "high_quality", "professional"]
VOICES_GET_SHARED_CATEGORY_VALUES: set[VoicesGetSharedCategory]

def check_voices_get_shared_category(value: str) -> VoicesGetSharedCategory: ...

VoicesGetSharedSort: TypeAlias = Literal["cloned_by_count", "created_date", "trending", "usage_character_count_1y"]
VOICES_GET_SHARED_SORT_VALUES: set[VoicesGetSharedSort]

def check_voices_get_shared_sort(value: str) -> VoicesGetSharedSort: ...

WebhookAuthMethodType: TypeAlias = Literal["hmac", "mtls", "oauth2"]
WEBHOOK_AUTH_METHOD_TYPE_VALUES: set[WebhookAuthMethodType]

def check_webhook_auth_method_type(value: str) -> WebhookAuthMethodType: ...

WebhookEventType: TypeAlias = Literal[
    "audio", "call_initiation_failure", "transcript", "unredacted_audio", "unredacted_transcript"
]
WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType]

def check_webhook_event_type(value: str) -> WebhookEventType: ...

WebhookToolApiSchemaConfigInputContentType: TypeAlias = Literal["application/json", "application/x-www-form-urlencoded"]
WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_CONTENT_TYPE_VALUES: set[WebhookToolApiSchemaConfigInputContentType]

def check_webhook_tool_api_schema_config_input_content_type(
    value: str,
) -> WebhookToolApiSchemaConfigInputContentType: ...

WebhookToolApiSchemaConfigInputMethod: TypeAlias = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]
WEBHOOK_TOOL_API_SCHEMA_CONFIG_INPUT_METHOD_VALUES: set[WebhookToolApiSchemaConfigInputMethod]

def check_webhook_tool_api_schema_config_input_method(value: str) -> WebhookToolApiSchemaConfigInputMethod: ...

WebhookToolApiSchemaConfigOutputContentTypeType0: TypeAlias = Literal[
    "application/json", "application/x-www-form-urlencoded"
]
WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_CONTENT_TYPE_TYPE_0_VALUES: set[WebhookToolApiSchemaConfigOutputContentTypeType0]

def check_webhook_tool_api_schema_config_output_content_type_type_0(
    value: str,
) -> WebhookToolApiSchemaConfigOutputContentTypeType0: ...

WebhookToolApiSchemaConfigOutputMethodType0: TypeAlias = Literal["DELETE", "GET", "PATCH", "POST", "PUT"]
WEBHOOK_TOOL_API_SCHEMA_CONFIG_OUTPUT_METHOD_TYPE_0_VALUES: set[WebhookToolApiSchemaConfigOutputMethodType0]

def check_webhook_tool_api_schema_config_output_method_type_0(
    value: str,
) -> WebhookToolApiSchemaConfigOutputMethodType0: ...

WebhookTranscriptFormat: TypeAlias = Literal["json", "opentelemetry"]
WEBHOOK_TRANSCRIPT_FORMAT_VALUES: set[WebhookTranscriptFormat]

def check_webhook_transcript_format(value: str) -> WebhookTranscriptFormat: ...

WebhookUsageType: TypeAlias = Literal[
    "Agent QA Evaluations",
    "ConvAI Agent Settings",
    "ConvAI Alerting",
    "ConvAI Settings",
    "Dubbing",
    "Flows",
    "Speech to Text",
    "Voice Library Removal Notices",
]
WEBHOOK_USAGE_TYPE_VALUES: set[WebhookUsageType]

def check_webhook_usage_type(value: str) -> WebhookUsageType: ...

WhatsAppConversationInfoDirection: TypeAlias = Literal["inbound", "outbound", "unknown"]
WHATS_APP_CONVERSATION_INFO_DIRECTION_VALUES: set[WhatsAppConversationInfoDirection]

def check_whats_app_conversation_info_direction(value: str) -> WhatsAppConversationInfoDirection: ...

WidgetConfigOutputSyntaxHighlightThemeType0: TypeAlias = Literal["dark", "light"]
WIDGET_CONFIG_OUTPUT_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES: set[WidgetConfigOutputSyntaxHighlightThemeType0]

def check_widget_config_output_syntax_highlight_theme_type_0(
    value: str,
) -> WidgetConfigOutputSyntaxHighlightThemeType0: ...

WidgetConfigResponseSyntaxHighlightThemeType0: TypeAlias = Literal["dark", "light"]
WIDGET_CONFIG_RESPONSE_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES: set[WidgetConfigResponseSyntaxHighlightThemeType0]

def check_widget_config_response_syntax_highlight_theme_type_0(
    value: str,
) -> WidgetConfigResponseSyntaxHighlightThemeType0: ...

WidgetConfigSyntaxHighlightThemeType0: TypeAlias = Literal["dark", "light"]
WIDGET_CONFIG_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES: set[WidgetConfigSyntaxHighlightThemeType0]

def check_widget_config_syntax_highlight_theme_type_0(value: str) -> WidgetConfigSyntaxHighlightThemeType0: ...

WidgetEndFeedbackType: TypeAlias = Literal["rating"]
WIDGET_END_FEEDBACK_TYPE_VALUES: set[WidgetEndFeedbackType]

def check_widget_end_feedback_type(value: str) -> WidgetEndFeedbackType: ...

WidgetExpandable: TypeAlias = Literal["always", "desktop", "mobile", "never"]
WIDGET_EXPANDABLE_VALUES: set[WidgetExpandable]

def check_widget_expandable(value: str) -> WidgetExpandable: ...

WidgetFeedbackMode: TypeAlias = Literal["during", "end", "none"]
WIDGET_FEEDBACK_MODE_VALUES: set[WidgetFeedbackMode]

def check_widget_feedback_mode(value: str) -> WidgetFeedbackMode: ...

WidgetPlacement: TypeAlias = Literal["bottom", "bottom-left", "bottom-right", "top", "top-left", "top-right"]
WIDGET_PLACEMENT_VALUES: set[WidgetPlacement]

def check_widget_placement(value: str) -> WidgetPlacement: ...

WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0: TypeAlias = Literal[
    "Array", "Bool", "DateTime", "Float", "Int", "JSON", "Map", "String"
]
WORKSPACE_ANALYTICS_QUERY_RESPONSE_MODEL_COLUMN_TYPES_ITEM_TYPE_0_VALUES: set[
    WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0
]

def check_workspace_analytics_query_response_model_column_types_item_type_0(
    value: str,
) -> WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0: ...

WorkspaceGroupPermission: TypeAlias = Literal[
    "add_voice_from_voice_library",
    "ai_speech_classifier",
    "audio_native",
    "audit_log_read",
    "conversation_privacy_manage",
    "conversational_ai",
    "conversational_ai_read",
    "copy_resources_cross_workspace",
    "create_instant_voice_clone",
    "create_professional_voice_clone",
    "create_user_api_key",
    "dubbing",
    "flows",
    "group_members_manage",
    "image_video_generation",
    "music",
    "projects",
    "publish_studio_project",
    "publish_voice_to_voice_library",
    "service_accounts_manage",
    "share_voice_externally",
    "sound_effects",
    "speech_to_speech",
    "speech_to_text",
    "synthid_detector",
    "templates",
    "terms_of_service_accept",
    "text_to_speech",
    "view_fiat_balance",
    "voice_design",
    "voice_isolator",
    "voice_lab",
    "voiceover_studio",
    "webhooks_manage",
    "workspace_analytics_full_read",
    "workspace_members_invite",
    "workspace_members_remove",
]
WORKSPACE_GROUP_PERMISSION_VALUES: set[WorkspaceGroupPermission]

def check_workspace_group_permission(value: str) -> WorkspaceGroupPermission: ...

WorkspaceResourceType: TypeAlias = Literal[
    "assets",
    "avatar_video_generations",
    "avatars",
    "content_generations",
    "content_skills",
    "content_templates",
    "convai_agent_branches",
    "convai_agent_drafts",
    "convai_agent_experiments",
    "convai_agent_response_tests",
    "convai_agent_versions",
    "convai_agent_versions_deployments",
    "convai_agents",
    "convai_analysis_items",
    "convai_api_integration_connections",
    "convai_api_integration_trigger_connections",
    "convai_batch_calls",
    "convai_coaching_proposals",
    "convai_crawl_jobs",
    "convai_crawl_tasks",
    "convai_kb_external_sync_jobs",
    "convai_knowledge_base_documents",
    "convai_mcp_servers",
    "convai_memory_entries",
    "convai_phone_numbers",
    "convai_secrets",
    "convai_settings",
    "convai_templates",
    "convai_test_suite_invocations",
    "convai_tools",
    "convai_whatsapp_accounts",
    "dashboard",
    "dashboard_configuration",
    "dubbing",
    "project",
    "pronunciation_dictionary",
    "resource_collection",
    "resource_locators",
    "songs",
    "studio_projects",
    "transcription_tasks",
    "voice",
    "voice_collection",
    "workspace_auth_connections",
]
WORKSPACE_RESOURCE_TYPE_VALUES: set[WorkspaceResourceType]

def check_workspace_resource_type(value: str) -> WorkspaceResourceType: ...

WorkspaceWebhookEventType: TypeAlias = Literal["agent_qa", "flows", "speech_to_text", "voice_library_removal_notice"]
WORKSPACE_WEBHOOK_EVENT_TYPE_VALUES: set[WorkspaceWebhookEventType]

def check_workspace_webhook_event_type(value: str) -> WorkspaceWebhookEventType: ...
