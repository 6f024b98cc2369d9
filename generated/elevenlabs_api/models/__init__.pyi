"""Every model by name, for type checkers: `__init__.py` imports each on first use."""

from typing import Literal, TypeAlias

from ._literals import (
    AccountChangeActivityId,
    AddPronunciationDictionaryRequestWorkspaceAccessType0,
    AddPronunciationDictionaryResponseModelPermissionOnResourceType0,
    AgentChatResponsePartType,
    AgentConversationTicketIssueType,
    AgentConversationTicketSource,
    AgentConversationTicketStatus,
    AgentDefinitionSource,
    AgentSortBy,
    AgentTestEntityType,
    AgentTrustContext,
    AlertingWebhookMethod,
    AllowedOutputFormats,
    AnalysisPropertyTypeType0,
    AnalysisScope,
    AnalysisType,
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0,
    ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0,
    ArrayJsonSchemaPropertyInputPropertyKind,
    AsrInputFormat,
    AsrProvider,
    AsrQuality,
    AssetTranscriptionStatusType0,
    AsyncConversationMetadataDeliveryStatus,
    AttachedSystemEvaluationRefAnalysisItemIdType0,
    AudioAnalysisStatusType0,
    AudioFormatEnum,
    AudioIsolationRequestFileFormatType0,
    AudioIsolationStreamRequestFileFormatType0,
    AudioNativeProjectSettingsResponseModelStatusType0,
    AuthConnectionStatus,
    AuthenticationActivityId,
    AuthorizationMethod,
    BackgroundSoundPresetId,
    BackgroundSoundSourceType,
    BatchCallRecipientStatus,
    BatchCallStatus,
    BillingPeriod,
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0,
    BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix,
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0,
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0,
    BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0,
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage,
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0,
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0,
    BodyCreateStudioProjectV1StudioProjectsPostFictionType0,
    BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0,
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1,
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1,
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item,
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0,
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole,
    BodySpeechToTextV1SpeechToTextPostFileFormat,
    BodySpeechToTextV1SpeechToTextPostModelId,
    BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle,
    BodySpeechToTextV1SpeechToTextPostTimestampsGranularity,
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId,
    BodyTextToDialogueFullWithTimestampsApplyTextNormalization,
    BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization,
    BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization,
    BodyTextToDialogueStreamWithTimestampsApplyTextNormalization,
    BodyTextToSpeechFullApplyTextNormalization,
    BodyTextToSpeechFullWithTimestampsApplyTextNormalization,
    BodyTextToSpeechStreamApplyTextNormalization,
    BodyTextToSpeechStreamWithTimestampsApplyTextNormalization,
    BranchProtectionStatus,
    BreakdownTypes,
    BucketingStatus,
    BytedanceSeedance2FastRequestAspectRatio,
    BytedanceSeedance2FastRequestResolution,
    BytedanceSeedance2MiniRequestAspectRatio,
    BytedanceSeedance2MiniRequestResolution,
    BytedanceSeedance2RequestAspectRatio,
    BytedanceSeedance2RequestResolution,
    BytedanceSeedance25RequestAspectRatio,
    BytedanceSeedance25RequestResolution,
    BytedanceSeedream5LiteRequestAspectRatio,
    BytedanceSeedream5LiteRequestResolution,
    BytedanceSeedream5ProRequestAspectRatio,
    BytedanceSeedream5ProRequestResolution,
    CaptionStyleCharacterAnimationModelEnterTypeType0,
    CaptionStyleCharacterAnimationModelExitTypeType0,
    CaptionStyleHorizontalPlacementModelAlignType0,
    CaptionStyleModelTextAlignType0,
    CaptionStyleModelTextBlendModeType0,
    CaptionStyleModelTextStyleType0,
    CaptionStyleModelTextTransformType0,
    CaptionStyleModelTextWeightType0,
    CaptionStyleSectionAnimationModelEnterTypeType0,
    CaptionStyleSectionAnimationModelExitTypeType0,
    CaptionStyleVerticalPlacementModelAlignType0,
    CaptionStyleWordAnimationModelEnterTypeType0,
    CaptionStyleWordAnimationModelExitTypeType0,
    ChapterContentBlockInputModelSubTypeType0,
    ChapterResponseStateType0,
    ChapterWithContentResponseModelStateType0,
    CharacterAge,
    CharacterGender,
    CharacterRefreshPeriod,
    CharacterRole,
    ChatSourceMedium,
    ClientEvent,
    ClipAnimationEnterEffectType0,
    ClipAnimationExitEffectType0,
    ColumnFilterOperation,
    ColumnUnit,
    CommitStrategy,
    ConfigEntityType,
    ConflictSection,
    ContentFormat,
    ContentThresholdGuardrailThresholdType1,
    ConversationalAiConversationsGetFormat,
    ConversationalAiConversationsListExcludeStatusesType0Item,
    ConversationalAiConversationsListSummaryMode,
    ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item,
    ConversationalAiConversationsMessagesTextSearchSummaryMode,
    ConversationalAiTestsListSortMode,
    ConversationFeedbackType,
    ConversationHistorySipTrunkingPhoneCallModelDirection,
    ConversationHistoryTranscriptCommonModelInputRole,
    ConversationHistoryTranscriptCommonModelOutputRole,
    ConversationHistoryTranscriptCommonModelOutputSourceMedium,
    ConversationHistoryTranscriptOtherToolsResultCommonModelType,
    ConversationHistoryTranscriptResponseModelRoleType0,
    ConversationHistoryTwilioPhoneCallModelDirection,
    ConversationInitiationSource,
    ConversationProduct,
    ConversationSentimentAnalysisOverallLabelType0,
    ConversationSummaryMessageModelRoleType0,
    ConversationSummaryResponseModelStatusType0,
    ConversationTokenPurpose,
    CrawlStatus,
    CrawlType,
    CreateOAuth2JwtRequestAlgorithm,
    CreateOAuth2JwtRequestTokenResponseField,
    CreatePrivateKeyJwtRequestAlgorithm,
    CreatifyAuroraRequestResolution,
    CriteriaScoringMode,
    Currency,
    CustomGuardrailConfigModelType0,
    CustomLlmapiType,
    DefaultSharingGroupConfigPermissionLevel,
    DefaultSharingGroupResponseModelPermissionLevelType0,
    DependentAvailableAgentIdentifierAccessLevelType0,
    DependentAvailableMcpServerIdentifierAccessLevelType0,
    DependentAvailableToolIdentifierAccessLevelType0,
    DirectPublishingReadResponseModelDisplayModeType0,
    DirectPublishingReadResponseModelGenreType0ItemType0,
    DirectPublishingReadResponseModelPayoutTypeType0,
    DirectPublishingReadResponseModelTargetAudienceType0,
    DocumentUsageModeEnum,
    DubbingLanguageResponseStatusType0,
    DubbingListCreationSourcesType0Item,
    DubbingListDubbingModelsType0Item,
    DubbingListDubbingStatus,
    DubbingListDubbingStatusesType0Item,
    DubbingListFilterByCreator,
    DubbingListOrderBy,
    DubbingListOrderDirection,
    DubbingProjectListSortDirection,
    DubbingProjectResponseStatusType0,
    DubbingTranscriptGetFormatType,
    DubbingTranscriptsGetFormatType,
    DubbingTranscriptsResponseModelTranscriptFormatType0,
    DubRequestMode,
    ElevenFlashV25RequestOutputFormat,
    ElevenMultilingualV2RequestOutputFormat,
    ElevenV3RequestOutputFormat,
    EmbeddingModelEnum,
    EmbedVariant,
    EndProcedureToolErrorStatus,
    EntityManagementActivityId,
    EntryBehavior,
    EnvironmentVariableResponseTypeType0,
    EnvironmentVariablesListTypeType0,
    EvaluationSuccessResult,
    ExotelApiSubdomain,
    ExternalSyncJobTrigger,
    ExternalSyncJobType,
    ExternalSyncProvider,
    FeedbackScore,
    FinetuneCreatedBy,
    FinetuneVisibility,
    FineTuningResponseStateAdditionalPropertyType0,
    FlowsImageListStatusType0,
    FlowsTextToSpeechListStatusType0,
    FlowsVideoListStatusType0,
    FrustratedConversationRefOverallLabelType0,
    Gemini3ProImageRequestAspectRatio,
    Gemini3ProImageRequestResolution,
    Gemini25FlashImageRequestAspectRatio,
    Gemini31FlashImageRequestAspectRatio,
    Gemini31FlashImageRequestResolution,
    Gemini31FlashLiteImageRequestAspectRatio,
    GenerationChunkInputConditionStrengthType0,
    GenerationChunkInputContextAdherenceType0,
    GenerationChunkOutputConditionStrengthType0,
    GenerationChunkOutputContextAdherence,
    GenesysBotOutcome,
    GenesysRegion,
    GetConversationResponseModelStatus,
    GetConversationSummaryResponseModelStatusType0,
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0,
    GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0,
    GptImage1RequestAspectRatio,
    GptImage1RequestBackground,
    GptImage1RequestQuality,
    GptImage2RequestAspectRatio,
    GptImage2RequestQuality,
    GptImage2RequestResolution,
    GptImage15RequestAspectRatio,
    GptImage15RequestBackground,
    GptImage15RequestQuality,
    GroupManagementActivityId,
    GuardrailExecutionMode,
    GuardrailType,
    ImageAnalysisStatusType0,
    InlineAudioReferenceMimeType,
    InlineImageReferenceMimeType,
    InlineVideoReferenceMimeType,
    IntegrationType,
    InteractionBudget,
    InvoiceResponsePaymentIntentStatussesItemType0,
    InvoiceResponsePaymentIntentStatusType0,
    KnowledgeBaseDependentType,
    KnowledgeBaseDocumentType,
    KnowledgeBaseRagToolStatus,
    KnowledgeBaseSortBy,
    KnowledgeBaseToolStatus,
    LibraryVoiceResponseCategoryType0,
    LiteralJsonSchemaPropertyType,
    LivekitStackType,
    Llm,
    LlmLiteralJsonSchemaPropertyTypeType0,
    LlmReasoningEffort,
    LoadMemoryEntryToolErrorStatus,
    LockReason,
    McpApprovalPolicy,
    McpServerTransport,
    McpToolApprovalPolicy,
    MediaCodec,
    MediaGenerationFailedResponseFailureReasonType0,
    MediaGenerationInProgressResponseStatusType0,
    MessageSearchSortBy,
    MetricType,
    MockingStrategy,
    MockNoMatchBehavior,
    MusicComposeDetailedOutputFormatOfTheGeneratedAudio,
    MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio,
    MusicComposeOutputFormatOfTheGeneratedAudio,
    MusicFinetuneFailureReason,
    MusicFinetunesListSort,
    MusicFinetunesListSortDirection,
    MusicFinetuneStatus,
    MusicGenerationMode,
    MusicModelId,
    MusicOnlyOutputFormats,
    MusicStreamOutputFormatOfTheGeneratedAudio,
    NonStreamingOutputFormats,
    OAuth2JwtResponseAlgorithmType0,
    OAuth2JwtResponseTokenResponseFieldType0,
    ObjectJsonSchemaPropertyInputPropertyKind,
    OrderItemKind,
    OrderState,
    OutputFormat,
    PendingClipTaskTypeType0,
    PendingSubscriptionSwitchResponseModelNextTierType0,
    PermissionType,
    PlatformCategory,
    PreToolSpeechMode,
    PrivateKeyJwtResponseAlgorithmType0,
    ProcedureType,
    ProjectCreationMetaResponseModelStatusType0,
    ProjectCreationMetaType,
    ProjectExtendedResponseAccessLevelType0,
    ProjectExtendedResponseApplyTextNormalizationType0,
    ProjectExtendedResponseAspectRatioType0,
    ProjectExtendedResponseFictionType0,
    ProjectExtendedResponseSourceTypeType0,
    ProjectExtendedResponseStateType0,
    ProjectExtendedResponseTargetAudienceType0,
    ProjectResponseAccessLevelType0,
    ProjectResponseAspectRatioType0,
    ProjectResponseFictionType0,
    ProjectResponseSourceTypeType0,
    ProjectResponseStateType0,
    ProjectResponseTargetAudienceType0,
    PronunciationDictionariesListSortType0,
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
    QualityPresetType,
    RagIndexStatus,
    ReaderResourceResponseModelResourceTypeType0,
    ReferencedToolCommonModelTypeType0,
    RenderStatusType0,
    RenderType,
    ResourceAccessInfoAccessSourceType0,
    ResourceAccessInfoAnonymousAccessLevelOverrideType0,
    ResourceAccessInfoRoleType0,
    ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0,
    ResponseConversationErrorType,
    ResponseFilterMode,
    ReviewResponseModelRejectReasonsType0ItemType0,
    ReviewResponseModelReviewStatusType0,
    SafetyRule,
    SampleConfigDbModelParentTypeType0,
    SearchStrategy,
    SeatType,
    SecretDependencyResourceType,
    SecretDependencyType,
    SeverityId,
    SfxModelId,
    ShareOptionResponseModelTypeType0,
    SingleUseTokenType,
    SipLogMessageDirection,
    SipMediaEncryptionEnum,
    SipTrunkTransportEnum,
    SmsConversationInfoDirection,
    SortDirection,
    SpeakerSeparationResponseModelStatusType0,
    SpeechHistoryItemResponseModelSource,
    SpeechHistoryItemResponseModelVoiceCategory,
    SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio,
    SpeechToSpeechRequestFileFormatType0,
    SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio,
    SpeechToSpeechStreamRequestFileFormatType0,
    SpeechToTextWordResponseModelTypeType0,
    SpellingPatience,
    StartProcedureToolErrorStatus,
    StatusId,
    StudioClipReferenceClipTypeType0,
    SubscriptionStatusType,
    TelephonyDirection,
    TelephonyProvider,
    TestRunMetadataTestTypeType0,
    TestRunStatus,
    TestSharingMode,
    TestType,
    TextNormalisationType,
    TextToDialogueConvertOutputFormatOfTheGeneratedAudio,
    TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
    TextToSpeechApplyTextNormalizationEnum,
    TextToSpeechConvertOutputFormatOfTheGeneratedAudio,
    TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
    TextToSpeechOutputFormatEnum,
    TextToSpeechStreamOutputFormatOfTheGeneratedAudio,
    TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolErrorHandlingMode,
    ToolExecutionMode,
    ToolExecutionTaskSupportType0,
    ToolInterruptionMode,
    ToolSortBy,
    ToolType,
    ToolTypeFilter,
    TopicSortBy,
    TranscriptionWordType,
    TransferTypeEnum,
    TtsConversationalModel,
    TtsModelFamily,
    TtsOptimizeStreamingLatency,
    TtsOutputFormat,
    TurnEagerness,
    TurnMode,
    TurnModel,
    TwilioEdgeLocation,
    TwilioRegionId,
    UpdateMusicFinetuneRequestModelVisibilityType0,
    UpdateOAuth2JwtRequestAlgorithmType0,
    UpdateOAuth2JwtRequestTokenResponseFieldType0,
    UsageAggregationInterval,
    UserAccessManagementActivityId,
    UserFeedbackScore,
    UsersSortBy,
    UserTypeId,
    UuiTransferConfigProtocolDiscriminatorModeType0,
    V1HistoryGetParametersSortDirectionSchema,
    V1HistoryGetParametersSourceSchema,
    Veo31FastRequestAspectRatio,
    Veo31FastRequestDurationSecs,
    Veo31FastRequestResolution,
    Veo31RequestAspectRatio,
    Veo31RequestDurationSecs,
    Veo31RequestResolution,
    VeoImageReferenceRole,
    Verbosity,
    VideoAnalysisStatusType0,
    VoiceCategoryModel,
    VoiceCategoryType0,
    VoiceDesignRequestModelModelId,
    VoiceLabellingStatusType0,
    VoiceRecordingQualityType0,
    VoiceSafetyControlType0,
    VoicesGetSharedCategory,
    VoicesGetSharedSort,
    VoiceSharingResponseCategoryType0,
    VoiceSharingResponseReviewStatusType0,
    VoiceSharingResponseStatusType0,
    WebhookAuthMethodType,
    WebhookEventType,
    WebhookToolApiSchemaConfigInputContentType,
    WebhookToolApiSchemaConfigInputMethod,
    WebhookToolApiSchemaConfigOutputContentTypeType0,
    WebhookToolApiSchemaConfigOutputMethodType0,
    WebhookTranscriptFormat,
    WebhookUsageType,
    WhatsAppConversationInfoDirection,
    WidgetConfigOutputSyntaxHighlightThemeType0,
    WidgetConfigResponseSyntaxHighlightThemeType0,
    WidgetConfigSyntaxHighlightThemeType0,
    WidgetEndFeedbackType,
    WidgetExpandable,
    WidgetFeedbackMode,
    WidgetPlacement,
    WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0,
    WorkspaceGroupPermission,
    WorkspaceResourceType,
    WorkspaceWebhookEventType,
)
from ._literals import (
    AddPronunciationDictionaryRequestWorkspaceAccessType0 as AddPronunciationDictionaryRequestWorkspaceAccess,
)
from ._literals import (
    AddPronunciationDictionaryRequestWorkspaceAccessType0 as BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePostWorkspaceAccessType0,
)
from ._literals import (
    AddPronunciationDictionaryRequestWorkspaceAccessType0 as PronunciationDictionariesCreateFromFileRequestWorkspaceAccess,
)
from ._literals import (
    AddPronunciationDictionaryResponseModelPermissionOnResourceType0 as AddPronunciationDictionaryResponseModelPermissionOnResource,
)
from ._literals import AnalysisPropertyTypeType0 as AnalysisPropertyType
from ._literals import (
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0 as ApiIntegrationOAuth2AuthCodeResponseScopeSeparator,
)
from ._literals import (
    ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0 as ApiIntegrationOAuth2CustomAppResponseScopeSeparator,
)
from ._literals import AsrInputFormat as ASRInputFormat
from ._literals import AsrProvider as ASRProvider
from ._literals import AsrQuality as ASRQuality
from ._literals import AssetTranscriptionStatusType0 as AssetTranscriptionStatus
from ._literals import AttachedSystemEvaluationRefAnalysisItemIdType0 as AttachedSystemEvaluationRefAnalysisItemId
from ._literals import AudioAnalysisStatusType0 as AudioAnalysisStatus
from ._literals import AudioIsolationRequestFileFormatType0 as AudioIsolationConvertRequestFileFormat
from ._literals import AudioIsolationRequestFileFormatType0 as AudioIsolationRequestFileFormat
from ._literals import AudioIsolationRequestFileFormatType0 as BodyAudioIsolationV1AudioIsolationPostFileFormatType0
from ._literals import AudioIsolationStreamRequestFileFormatType0 as AudioIsolationStreamRequestFileFormat
from ._literals import (
    AudioIsolationStreamRequestFileFormatType0 as BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0,
)
from ._literals import (
    AudioNativeProjectSettingsResponseModelStatusType0 as AudioNativeProjectSettingsResponseModelStatus,
)
from ._literals import (
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0 as BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccess,
)
from ._literals import (
    BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 as BodyCreateDubbingProjectV1DubbingProjectPostModelId,
)
from ._literals import (
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 as BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility,
)
from ._literals import BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 as FinetunesCreateRequestVisibility
from ._literals import (
    BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 as BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalization,
)
from ._literals import (
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage as BodyCreatePodcastV1StudioPodcastsPostDurationScale,
)
from ._literals import (
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 as AudioNativeCreateRequestApplyTextNormalization,
)
from ._literals import (
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 as BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalization,
)
from ._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 as BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalization,
)
from ._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 as ProjectsCreateRequestApplyTextNormalization,
)
from ._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostFictionType0 as BodyCreateStudioProjectV1StudioProjectsPostFiction,
)
from ._literals import BodyCreateStudioProjectV1StudioProjectsPostFictionType0 as ProjectsCreateRequestFiction
from ._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 as BodyCreateStudioProjectV1StudioProjectsPostSourceType,
)
from ._literals import BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 as ProjectsCreateRequestSourceType
from ._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 as BodyCreateStudioProjectV1StudioProjectsPostTargetAudience,
)
from ._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 as ProjectsCreateRequestTargetAudience,
)
from ._literals import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1 as BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsOne,
)
from ._literals import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1 as BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitOne,
)
from ._literals import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1 as BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsOne,
)
from ._literals import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1 as BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedOne,
)
from ._literals import (
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item as BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByItem,
)
from ._literals import (
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 as BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0,
)
from ._literals import (
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 as BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSort,
)
from ._literals import BodySpeechToTextV1SpeechToTextPostFileFormat as SpeechToTextConvertRequestFileFormat
from ._literals import BodySpeechToTextV1SpeechToTextPostModelId as SpeechToTextConvertRequestModelId
from ._literals import (
    BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle as SpeechToTextConvertRequestMultichannelOutputStyle,
)
from ._literals import (
    BodySpeechToTextV1SpeechToTextPostTimestampsGranularity as SpeechToTextConvertRequestTimestampsGranularity,
)
from ._literals import (
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId as MusicSeparateStemsRequestStemVariationId,
)
from ._literals import CaptionStyleCharacterAnimationModelEnterTypeType0 as CaptionStyleCharacterAnimationModelEnterType
from ._literals import CaptionStyleCharacterAnimationModelExitTypeType0 as CaptionStyleCharacterAnimationModelExitType
from ._literals import CaptionStyleHorizontalPlacementModelAlignType0 as CaptionStyleHorizontalPlacementModelAlign
from ._literals import CaptionStyleModelTextAlignType0 as CaptionStyleModelTextAlign
from ._literals import CaptionStyleModelTextBlendModeType0 as CaptionStyleModelTextBlendMode
from ._literals import CaptionStyleModelTextStyleType0 as CaptionStyleModelTextStyle
from ._literals import CaptionStyleModelTextTransformType0 as CaptionStyleModelTextTransform
from ._literals import CaptionStyleModelTextWeightType0 as CaptionStyleModelTextWeight
from ._literals import CaptionStyleSectionAnimationModelEnterTypeType0 as CaptionStyleSectionAnimationModelEnterType
from ._literals import CaptionStyleSectionAnimationModelExitTypeType0 as CaptionStyleSectionAnimationModelExitType
from ._literals import CaptionStyleVerticalPlacementModelAlignType0 as CaptionStyleVerticalPlacementModelAlign
from ._literals import CaptionStyleWordAnimationModelEnterTypeType0 as CaptionStyleWordAnimationModelEnterType
from ._literals import CaptionStyleWordAnimationModelExitTypeType0 as CaptionStyleWordAnimationModelExitType
from ._literals import ChapterContentBlockInputModelSubTypeType0 as ChapterContentBlockInputModelSubType
from ._literals import ChapterResponseStateType0 as ChapterResponseModelStateType0
from ._literals import ChapterResponseStateType0 as ChapterResponseState
from ._literals import ChapterWithContentResponseModelStateType0 as ChapterWithContentResponseModelState
from ._literals import ClipAnimationEnterEffectType0 as ClipAnimationEnterEffect
from ._literals import ClipAnimationExitEffectType0 as ClipAnimationExitEffect
from ._literals import ContentThresholdGuardrailThresholdType1 as ContentThresholdGuardrailThresholdOne
from ._literals import ConversationalAiConversationsGetFormat as ConversationsGetRequestFormat
from ._literals import (
    ConversationalAiConversationsListExcludeStatusesType0Item as ConversationsListRequestExcludeStatusesItem,
)
from ._literals import ConversationalAiConversationsListSummaryMode as ConversationsListRequestSummaryMode
from ._literals import (
    ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item as MessagesTextSearchRequestExcludeStatusesItem,
)
from ._literals import (
    ConversationalAiConversationsMessagesTextSearchSummaryMode as MessagesTextSearchRequestSummaryMode,
)
from ._literals import ConversationalAiTestsListSortMode as TestsListRequestSortMode
from ._literals import ConversationHistoryTranscriptCommonModelInputRole as ConversationHistoryTranscriptCommonModelRole
from ._literals import (
    ConversationHistoryTranscriptResponseModelRoleType0 as ConversationHistoryTranscriptResponseModelRole,
)
from ._literals import ConversationSentimentAnalysisOverallLabelType0 as ConversationSentimentAnalysisOverallLabel
from ._literals import ConversationSummaryMessageModelRoleType0 as ConversationSummaryMessageModelRole
from ._literals import ConversationSummaryResponseModelStatusType0 as ConversationSummaryResponseModelStatus
from ._literals import CreateOAuth2JwtRequestAlgorithm as CreateOAuth2JWTRequestAlgorithm
from ._literals import CreateOAuth2JwtRequestTokenResponseField as CreateOAuth2JWTRequestTokenResponseField
from ._literals import CreatePrivateKeyJwtRequestAlgorithm as CreatePrivateKeyJWTRequestAlgorithm
from ._literals import CustomGuardrailConfigModelType0 as CustomGuardrailConfigModel
from ._literals import CustomLlmapiType as CustomLLMAPIType
from ._literals import (
    DefaultSharingGroupResponseModelPermissionLevelType0 as DefaultSharingGroupResponseModelPermissionLevel,
)
from ._literals import DependentAvailableAgentIdentifierAccessLevelType0 as DependentAvailableAgentIdentifierAccessLevel
from ._literals import (
    DependentAvailableMcpServerIdentifierAccessLevelType0 as DependentAvailableMCPServerIdentifierAccessLevelType0,
)
from ._literals import (
    DependentAvailableMcpServerIdentifierAccessLevelType0 as DependentAvailableMcpServerIdentifierAccessLevel,
)
from ._literals import DependentAvailableToolIdentifierAccessLevelType0 as DependentAvailableToolIdentifierAccessLevel
from ._literals import DirectPublishingReadResponseModelDisplayModeType0 as DirectPublishingReadResponseModelDisplayMode
from ._literals import (
    DirectPublishingReadResponseModelGenreType0ItemType0 as DirectPublishingReadResponseModelGenreType0Item,
)
from ._literals import DirectPublishingReadResponseModelPayoutTypeType0 as DirectPublishingReadResponseModelPayoutType
from ._literals import (
    DirectPublishingReadResponseModelTargetAudienceType0 as DirectPublishingReadResponseModelTargetAudience,
)
from ._literals import DubbingLanguageResponseStatusType0 as DubbingLanguageResponseStatus
from ._literals import DubbingListCreationSourcesType0Item as DubbingListRequestCreationSourcesItem
from ._literals import DubbingListDubbingModelsType0Item as DubbingListRequestDubbingModelsItem
from ._literals import DubbingListDubbingStatus as DubbingListRequestDubbingStatus
from ._literals import DubbingListDubbingStatusesType0Item as DubbingListRequestDubbingStatusesItem
from ._literals import DubbingListFilterByCreator as DubbingListRequestFilterByCreator
from ._literals import DubbingListOrderBy as DubbingListRequestOrderBy
from ._literals import DubbingListOrderDirection as DubbingListRequestOrderDirection
from ._literals import DubbingProjectListSortDirection as ProjectListRequestSortDirection
from ._literals import DubbingProjectResponseStatusType0 as DubbingProjectResponseStatus
from ._literals import DubbingTranscriptGetFormatType as TranscriptGetRequestFormatType
from ._literals import DubbingTranscriptsGetFormatType as TranscriptsGetRequestFormatType
from ._literals import (
    DubbingTranscriptsResponseModelTranscriptFormatType0 as DubbingTranscriptsResponseModelTranscriptFormat,
)
from ._literals import DubRequestMode as BodyDubAVideoOrAnAudioFileV1DubbingPostMode
from ._literals import DubRequestMode as DubbingCreateRequestMode
from ._literals import EnvironmentVariableResponseTypeType0 as EnvironmentVariableResponseType
from ._literals import EnvironmentVariablesListTypeType0 as EnvironmentVariablesListRequestType
from ._literals import EnvironmentVariablesListTypeType0 as EnvironmentVariablesListType
from ._literals import (
    FineTuningResponseStateAdditionalPropertyType0 as FineTuningResponseModelStateAdditionalPropertyType0,
)
from ._literals import FineTuningResponseStateAdditionalPropertyType0 as FineTuningResponseStateAdditionalProperty
from ._literals import FlowsImageListStatusType0 as FlowsImageListStatus
from ._literals import FlowsImageListStatusType0 as ImageListRequestStatus
from ._literals import FlowsTextToSpeechListStatusType0 as FlowsTextToSpeechListStatus
from ._literals import FlowsTextToSpeechListStatusType0 as TextToSpeechListRequestStatus
from ._literals import FlowsVideoListStatusType0 as FlowsVideoListStatus
from ._literals import FlowsVideoListStatusType0 as VideoListRequestStatus
from ._literals import FrustratedConversationRefOverallLabelType0 as FrustratedConversationRefOverallLabel
from ._literals import GenerationChunkInputConditionStrengthType0 as GenerationChunkInputConditionStrength
from ._literals import GenerationChunkInputContextAdherenceType0 as GenerationChunkInputContextAdherence
from ._literals import GenerationChunkOutputConditionStrengthType0 as GenerationChunkOutputConditionStrength
from ._literals import GetConversationSummaryResponseModelStatusType0 as GetConversationSummaryResponseModelStatus
from ._literals import (
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0 as GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0,
)
from ._literals import (
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0 as GetPronunciationDictionaryMetadataResponsePermissionOnResource,
)
from ._literals import (
    GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0 as GetPronunciationDictionaryWithRulesResponseModelPermissionOnResource,
)
from ._literals import GptImage1RequestAspectRatio as GPTImage1RequestAspectRatio
from ._literals import GptImage1RequestBackground as GPTImage1RequestBackground
from ._literals import GptImage1RequestQuality as GPTImage1RequestQuality
from ._literals import GptImage2RequestAspectRatio as GPTImage2RequestAspectRatio
from ._literals import GptImage2RequestQuality as GPTImage2RequestQuality
from ._literals import GptImage2RequestResolution as GPTImage2RequestResolution
from ._literals import GptImage15RequestAspectRatio as GPTImage15RequestAspectRatio
from ._literals import GptImage15RequestBackground as GPTImage15RequestBackground
from ._literals import GptImage15RequestQuality as GPTImage15RequestQuality
from ._literals import ImageAnalysisStatusType0 as ImageAnalysisStatus
from ._literals import (
    InvoiceResponsePaymentIntentStatussesItemType0 as InvoiceResponseModelPaymentIntentStatussesItemType0,
)
from ._literals import InvoiceResponsePaymentIntentStatussesItemType0 as InvoiceResponsePaymentIntentStatussesItem
from ._literals import InvoiceResponsePaymentIntentStatusType0 as InvoiceResponseModelPaymentIntentStatusType0
from ._literals import InvoiceResponsePaymentIntentStatusType0 as InvoiceResponsePaymentIntentStatus
from ._literals import LibraryVoiceResponseCategoryType0 as LibraryVoiceResponseCategory
from ._literals import LibraryVoiceResponseCategoryType0 as LibraryVoiceResponseModelCategoryType0
from ._literals import Llm as LLM
from ._literals import LlmLiteralJsonSchemaPropertyTypeType0 as LLMLiteralJsonSchemaPropertyTypeType0
from ._literals import LlmLiteralJsonSchemaPropertyTypeType0 as LlmLiteralJsonSchemaPropertyType
from ._literals import LlmLiteralJsonSchemaPropertyTypeType0 as LlmLiteralJsonSchemaPropertyTypeZero
from ._literals import LlmReasoningEffort as LLMReasoningEffort
from ._literals import McpApprovalPolicy as MCPApprovalPolicy
from ._literals import McpServerTransport as MCPServerTransport
from ._literals import McpToolApprovalPolicy as MCPToolApprovalPolicy
from ._literals import MediaGenerationFailedResponseFailureReasonType0 as MediaGenerationFailedResponseFailureReason
from ._literals import MediaGenerationInProgressResponseStatusType0 as MediaGenerationInProgressResponseStatus
from ._literals import MusicComposeDetailedOutputFormatOfTheGeneratedAudio as MusicComposeDetailedRequestOutputFormat
from ._literals import (
    MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio as MusicComposeDetailedStreamRequestOutputFormat,
)
from ._literals import MusicComposeOutputFormatOfTheGeneratedAudio as MusicComposeRequestOutputFormat
from ._literals import MusicFinetunesListSort as FinetunesListRequestSort
from ._literals import MusicFinetunesListSortDirection as FinetunesListRequestSortDirection
from ._literals import MusicModelId as MusicModelID
from ._literals import MusicStreamOutputFormatOfTheGeneratedAudio as MusicStreamRequestOutputFormat
from ._literals import OAuth2JwtResponseAlgorithmType0 as OAuth2JWTResponseAlgorithmType0
from ._literals import OAuth2JwtResponseAlgorithmType0 as OAuth2JwtResponseAlgorithm
from ._literals import OAuth2JwtResponseTokenResponseFieldType0 as OAuth2JWTResponseTokenResponseFieldType0
from ._literals import OAuth2JwtResponseTokenResponseFieldType0 as OAuth2JwtResponseTokenResponseField
from ._literals import PendingClipTaskTypeType0 as PendingClipTaskType
from ._literals import (
    PendingSubscriptionSwitchResponseModelNextTierType0 as PendingSubscriptionSwitchResponseModelNextTier,
)
from ._literals import PrivateKeyJwtResponseAlgorithmType0 as PrivateKeyJWTResponseAlgorithmType0
from ._literals import PrivateKeyJwtResponseAlgorithmType0 as PrivateKeyJwtResponseAlgorithm
from ._literals import ProjectCreationMetaResponseModelStatusType0 as ProjectCreationMetaResponseModelStatus
from ._literals import ProjectExtendedResponseAccessLevelType0 as ProjectExtendedResponseAccessLevel
from ._literals import ProjectExtendedResponseAccessLevelType0 as ProjectExtendedResponseModelAccessLevelType0
from ._literals import (
    ProjectExtendedResponseApplyTextNormalizationType0 as ProjectExtendedResponseApplyTextNormalization,
)
from ._literals import (
    ProjectExtendedResponseApplyTextNormalizationType0 as ProjectExtendedResponseModelApplyTextNormalizationType0,
)
from ._literals import ProjectExtendedResponseAspectRatioType0 as ProjectExtendedResponseAspectRatio
from ._literals import ProjectExtendedResponseAspectRatioType0 as ProjectExtendedResponseModelAspectRatioType0
from ._literals import ProjectExtendedResponseFictionType0 as ProjectExtendedResponseFiction
from ._literals import ProjectExtendedResponseFictionType0 as ProjectExtendedResponseModelFictionType0
from ._literals import ProjectExtendedResponseSourceTypeType0 as ProjectExtendedResponseModelSourceTypeType0
from ._literals import ProjectExtendedResponseSourceTypeType0 as ProjectExtendedResponseSourceType
from ._literals import ProjectExtendedResponseStateType0 as ProjectExtendedResponseModelStateType0
from ._literals import ProjectExtendedResponseStateType0 as ProjectExtendedResponseState
from ._literals import ProjectExtendedResponseTargetAudienceType0 as ProjectExtendedResponseModelTargetAudienceType0
from ._literals import ProjectExtendedResponseTargetAudienceType0 as ProjectExtendedResponseTargetAudience
from ._literals import ProjectResponseAccessLevelType0 as ProjectResponseAccessLevel
from ._literals import ProjectResponseAccessLevelType0 as ProjectResponseModelAccessLevelType0
from ._literals import ProjectResponseAspectRatioType0 as ProjectResponseAspectRatio
from ._literals import ProjectResponseAspectRatioType0 as ProjectResponseModelAspectRatioType0
from ._literals import ProjectResponseFictionType0 as ProjectResponseFiction
from ._literals import ProjectResponseFictionType0 as ProjectResponseModelFictionType0
from ._literals import ProjectResponseSourceTypeType0 as ProjectResponseModelSourceTypeType0
from ._literals import ProjectResponseSourceTypeType0 as ProjectResponseSourceType
from ._literals import ProjectResponseStateType0 as ProjectResponseModelStateType0
from ._literals import ProjectResponseStateType0 as ProjectResponseState
from ._literals import ProjectResponseTargetAudienceType0 as ProjectResponseModelTargetAudienceType0
from ._literals import ProjectResponseTargetAudienceType0 as ProjectResponseTargetAudience
from ._literals import PronunciationDictionariesListSortType0 as PronunciationDictionariesListRequestSort
from ._literals import PronunciationDictionariesListSortType0 as PronunciationDictionariesListSort
from ._literals import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 as PronunciationDictionaryVersionResponseModelPermissionOnResource,
)
from ._literals import RagIndexStatus as RAGIndexStatus
from ._literals import ReaderResourceResponseModelResourceTypeType0 as ReaderResourceResponseModelResourceType
from ._literals import ReferencedToolCommonModelTypeType0 as ReferencedToolCommonModelType
from ._literals import RenderStatusType0 as RenderStatus
from ._literals import ResourceAccessInfoAccessSourceType0 as ResourceAccessInfoAccessSource
from ._literals import (
    ResourceAccessInfoAnonymousAccessLevelOverrideType0 as ResourceAccessInfoAnonymousAccessLevelOverride,
)
from ._literals import ResourceAccessInfoRoleType0 as ResourceAccessInfoRole
from ._literals import (
    ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0 as ResourceMetadataResponseModelAnonymousAccessLevelOverride,
)
from ._literals import ReviewResponseModelRejectReasonsType0ItemType0 as ReviewResponseModelRejectReasonsType0Item
from ._literals import ReviewResponseModelReviewStatusType0 as ReviewResponseModelReviewStatus
from ._literals import SampleConfigDbModelParentTypeType0 as SampleConfigDBModelParentTypeType0
from ._literals import SampleConfigDbModelParentTypeType0 as SampleConfigDbModelParentType
from ._literals import SfxModelId as SFXModelId
from ._literals import ShareOptionResponseModelTypeType0 as ShareOptionResponseModelType
from ._literals import SipLogMessageDirection as SIPLogMessageDirection
from ._literals import SipMediaEncryptionEnum as SIPMediaEncryptionEnum
from ._literals import SipTrunkTransportEnum as SIPTrunkTransportEnum
from ._literals import SmsConversationInfoDirection as SMSConversationInfoDirection
from ._literals import SpeakerSeparationResponseModelStatusType0 as SpeakerSeparationResponseModelStatus
from ._literals import SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio as SpeechToSpeechConvertRequestOutputFormat
from ._literals import (
    SpeechToSpeechRequestFileFormatType0 as BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0,
)
from ._literals import SpeechToSpeechRequestFileFormatType0 as SpeechToSpeechConvertRequestFileFormat
from ._literals import SpeechToSpeechRequestFileFormatType0 as SpeechToSpeechRequestFileFormat
from ._literals import SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio as SpeechToSpeechStreamRequestOutputFormat
from ._literals import (
    SpeechToSpeechStreamRequestFileFormatType0 as BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0,
)
from ._literals import SpeechToSpeechStreamRequestFileFormatType0 as SpeechToSpeechStreamRequestFileFormat
from ._literals import SpeechToTextWordResponseModelTypeType0 as SpeechToTextWordResponseModelType
from ._literals import StudioClipReferenceClipTypeType0 as StudioClipReferenceClipType
from ._literals import TestRunMetadataTestTypeType0 as TestRunMetadataTestType
from ._literals import TextToDialogueConvertOutputFormatOfTheGeneratedAudio as TextToDialogueConvertRequestOutputFormat
from ._literals import (
    TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio as TextToDialogueConvertWithTimestampsRequestOutputFormat,
)
from ._literals import TextToSpeechConvertOutputFormatOfTheGeneratedAudio as TextToSpeechConvertRequestOutputFormat
from ._literals import (
    TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio as TextToSpeechConvertWithTimestampsRequestOutputFormat,
)
from ._literals import TextToSpeechStreamOutputFormatOfTheGeneratedAudio as TextToSpeechStreamRequestOutputFormat
from ._literals import (
    TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio as TextToSpeechStreamWithTimestampsRequestOutputFormat,
)
from ._literals import ToolExecutionTaskSupportType0 as ToolExecutionTaskSupport
from ._literals import TtsConversationalModel as TTSConversationalModel
from ._literals import TtsModelFamily as TTSModelFamily
from ._literals import TtsOptimizeStreamingLatency as TTSOptimizeStreamingLatency
from ._literals import TtsOutputFormat as TTSOutputFormat
from ._literals import UpdateMusicFinetuneRequestModelVisibilityType0 as UpdateMusicFinetuneRequestModelVisibility
from ._literals import UpdateOAuth2JwtRequestAlgorithmType0 as UpdateOAuth2JWTRequestAlgorithmType0
from ._literals import UpdateOAuth2JwtRequestAlgorithmType0 as UpdateOAuth2JwtRequestAlgorithm
from ._literals import UpdateOAuth2JwtRequestTokenResponseFieldType0 as UpdateOAuth2JWTRequestTokenResponseFieldType0
from ._literals import UpdateOAuth2JwtRequestTokenResponseFieldType0 as UpdateOAuth2JwtRequestTokenResponseField
from ._literals import (
    UuiTransferConfigProtocolDiscriminatorModeType0 as UUITransferConfigProtocolDiscriminatorModeType0,
)
from ._literals import UuiTransferConfigProtocolDiscriminatorModeType0 as UuiTransferConfigProtocolDiscriminatorMode
from ._literals import V1HistoryGetParametersSortDirectionSchema as HistoryListRequestSortDirection
from ._literals import V1HistoryGetParametersSourceSchema as HistoryListRequestSource
from ._literals import VideoAnalysisStatusType0 as VideoAnalysisStatus
from ._literals import VoiceCategoryModel as VOICECATEGORY
from ._literals import VoiceCategoryType0 as VoiceCategory
from ._literals import VoiceCategoryType0 as VoiceResponseModelCategoryType0
from ._literals import VoiceLabellingStatusType0 as VoiceLabellingStatus
from ._literals import VoiceLabellingStatusType0 as VoiceResponseModelLabellingStatusType0
from ._literals import VoiceRecordingQualityType0 as VoiceRecordingQuality
from ._literals import VoiceRecordingQualityType0 as VoiceResponseModelRecordingQualityType0
from ._literals import VoiceSafetyControlType0 as VoiceResponseModelSafetyControlType0
from ._literals import VoiceSafetyControlType0 as VoiceSafetyControl
from ._literals import VoicesGetSharedCategory as VoicesGetSharedRequestCategory
from ._literals import VoicesGetSharedSort as VoicesGetSharedRequestSort
from ._literals import VoiceSharingResponseCategoryType0 as VoiceSharingResponseCategory
from ._literals import VoiceSharingResponseCategoryType0 as VoiceSharingResponseModelCategoryType0
from ._literals import VoiceSharingResponseReviewStatusType0 as VoiceSharingResponseModelReviewStatusType0
from ._literals import VoiceSharingResponseReviewStatusType0 as VoiceSharingResponseReviewStatus
from ._literals import VoiceSharingResponseStatusType0 as VoiceSharingResponseModelStatusType0
from ._literals import VoiceSharingResponseStatusType0 as VoiceSharingResponseStatus
from ._literals import WebhookToolApiSchemaConfigOutputContentTypeType0 as WebhookToolApiSchemaConfigOutputContentType
from ._literals import WebhookToolApiSchemaConfigOutputMethodType0 as WebhookToolApiSchemaConfigOutputMethod
from ._literals import WidgetConfigOutputSyntaxHighlightThemeType0 as WidgetConfigOutputSyntaxHighlightTheme
from ._literals import (
    WidgetConfigResponseSyntaxHighlightThemeType0 as WidgetConfigResponseModelSyntaxHighlightThemeType0,
)
from ._literals import WidgetConfigResponseSyntaxHighlightThemeType0 as WidgetConfigResponseSyntaxHighlightTheme
from ._literals import WidgetConfigSyntaxHighlightThemeType0 as WidgetConfigInputSyntaxHighlightThemeType0
from ._literals import WidgetConfigSyntaxHighlightThemeType0 as WidgetConfigSyntaxHighlightTheme
from ._literals import (
    WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0 as WorkspaceAnalyticsQueryResponseModelColumnTypesItem,
)
from .add_chapter_response_model import AddChapterResponseModel
from .add_knowledge_base_response_model import AddKnowledgeBaseResponseModel
from .add_member_to_group_request import AddMemberToGroupRequest
from .add_member_to_group_request import (
    AddMemberToGroupRequest as BodyAddMemberToUserGroupV1WorkspaceGroupsGroupIdMembersPost,
)
from .add_project_response_model import AddProjectResponseModel
from .add_pronunciation_dictionary_request import AddPronunciationDictionaryRequest
from .add_pronunciation_dictionary_request import (
    AddPronunciationDictionaryRequest as BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePost,
)
from .add_pronunciation_dictionary_response_model import AddPronunciationDictionaryResponseModel
from .add_ticket_comment_request_model import AddTicketCommentRequestModel
from .add_turn_comment_request_model import AddTurnCommentRequestModel
from .add_voice_ivc_response_model import AddVoiceIvcResponseModel
from .add_voice_ivc_response_model import AddVoiceIvcResponseModel as AddVoiceIVCResponseModel
from .add_voice_request import AddVoiceRequest, AddVoiceRequestLabelsType0
from .add_voice_request import AddVoiceRequest as BodyAddVoiceV1VoicesAddPost
from .add_voice_request import AddVoiceRequestLabelsType0 as AddVoiceRequestLabels
from .add_voice_request import AddVoiceRequestLabelsType0 as BodyAddVoiceV1VoicesAddPostLabelsType0
from .add_voice_response_model import AddVoiceResponseModel
from .add_workspace_group_member_response_model import AddWorkspaceGroupMemberResponseModel
from .add_workspace_invite_response_model import AddWorkspaceInviteResponseModel
from .adhoc_agent_config_override_for_test_request_model import AdhocAgentConfigOverrideForTestRequestModel
from .agent_branch_response import AgentBranchBasicInfo, AgentBranchResponse
from .agent_call_limits import AgentCallLimits
from .agent_chat_response_part import AgentChatResponsePart, AgentChatResponsePartTextResponsePart
from .agent_config import (
    AgentConfig,
    AgentConfigTextBehaviorOverridesType0,
    BuiltInToolsInput,
    PromptAgentApiModelInput,
    RagConfigInput,
)
from .agent_config import AgentConfig as AgentConfigAPIModelInput
from .agent_config import AgentConfigTextBehaviorOverridesType0 as AgentConfigAPIModelInputTextBehaviorOverridesType0
from .agent_config import AgentConfigTextBehaviorOverridesType0 as AgentConfigTextBehaviorOverrides
from .agent_config import PromptAgentApiModelInput as PromptAgentAPIModelInput
from .agent_config import RagConfigInput as RagConfig
from .agent_config_override_config import AgentConfigOverrideConfig, PromptAgentApiModelOverrideConfig
from .agent_config_override_config import PromptAgentApiModelOverrideConfig as PromptAgentAPIModelOverrideConfig
from .agent_conversation_ticket_response_model import (
    AgentConversationTicketResponseModel,
    TicketCommentResponseModel,
    TurnCommentResponseModel,
)
from .agent_deployment_response import AgentDeploymentResponse, AgentDeploymentResponseTrafficPercentageBranchIdMap
from .agent_failure_response_example import AgentFailureResponseExample
from .agent_knowledge_base_rag_query_request_model import AgentKnowledgeBaseRagQueryRequestModel
from .agent_knowledge_base_rag_query_response_model import (
    AgentKnowledgeBaseRagChunkResponseModel,
    AgentKnowledgeBaseRagQueryResponseModel,
)
from .agent_metadata import AgentMetadata
from .agent_metadata_response_model import AgentMetadataResponseModel
from .agent_platform_settings_request_model import (
    AgentAnalysisItemsInput,
    AgentPlatformSettingsRequestModel,
    AgentPlatformSettingsRequestModelDataCollection,
    AgentPlatformSettingsRequestModelDataCollectionScopes,
    AgentWorkspaceOverridesInput,
    AlertingIntegrationNotifier,
    AlertingSettings,
    AlertingSettingsMonitorConfigs,
    AlertingWebhookNotifier,
    ContentGuardrailInput,
    ConversationConfigClientOverrideConfigInput,
    ConversationInitiationClientDataConfigInput,
    CustomGuardrailInput,
    CustomGuardrailsConfigInput,
    EvaluationSettingsInput,
    GuardrailsV1Input,
    ModerationGuardrailInput,
    WidgetConfig,
    WidgetConfigLanguagePresets,
)
from .agent_platform_settings_request_model import AgentAnalysisItemsInput as AgentAnalysisItems
from .agent_platform_settings_request_model import AgentWorkspaceOverridesInput as AgentWorkspaceOverrides
from .agent_platform_settings_request_model import (
    AlertingIntegrationNotifier as AlertingSettingsNotifiersItem_Integration,
)
from .agent_platform_settings_request_model import AlertingWebhookNotifier as AlertingSettingsNotifiersItem_Webhook
from .agent_platform_settings_request_model import ContentGuardrailInput as ContentGuardrail
from .agent_platform_settings_request_model import (
    ConversationConfigClientOverrideConfigInput as ConversationConfigClientOverrideConfig,
)
from .agent_platform_settings_request_model import (
    ConversationInitiationClientDataConfigInput as ConversationInitiationClientDataConfig,
)
from .agent_platform_settings_request_model import CustomGuardrailInput as CustomGuardrail
from .agent_platform_settings_request_model import CustomGuardrailsConfigInput as CustomGuardrailsConfig
from .agent_platform_settings_request_model import EvaluationSettingsInput as EvaluationSettings
from .agent_platform_settings_request_model import GuardrailsV1Input as AgentPlatformSettingsRequestModelGuardrails_1
from .agent_platform_settings_request_model import GuardrailsV1Input as GuardrailsV1
from .agent_platform_settings_request_model import ModerationGuardrailInput as ModerationGuardrail
from .agent_platform_settings_request_model import WidgetConfig as WidgetConfigInput
from .agent_platform_settings_request_model import WidgetConfigLanguagePresets as WidgetConfigInputLanguagePresets
from .agent_platform_settings_response_model import (
    AgentAnalysisItemsOutput,
    AgentPlatformSettingsResponseModel,
    AgentPlatformSettingsResponseModelDataCollection,
    AgentPlatformSettingsResponseModelDataCollectionScopes,
    AgentWorkspaceOverridesOutput,
    AlertingIntegrationNotifierResponse,
    AlertingSettingsResponse,
    AlertingSettingsResponseMonitorConfigs,
    AlertingWebhookNotifierResponse,
    ContentGuardrailOutput,
    ConversationConfigClientOverrideConfigOutput,
    ConversationInitiationClientDataConfigOutput,
    CustomGuardrailOutput,
    CustomGuardrailsConfigOutput,
    EvaluationSettingsOutput,
    GuardrailsV1Output,
    ModerationGuardrailOutput,
    SafetyResponseModel,
    WidgetConfigOutput,
    WidgetConfigOutputLanguagePresets,
)
from .agent_platform_settings_response_model import (
    AlertingIntegrationNotifierResponse as AlertingSettingsResponseNotifiersItem_Integration,
)
from .agent_platform_settings_response_model import (
    AlertingWebhookNotifierResponse as AlertingSettingsResponseNotifiersItem_Webhook,
)
from .agent_platform_settings_response_model import GuardrailsV1Output as AgentPlatformSettingsResponseModelGuardrails_1
from .agent_queueing_config import AgentQueueingConfig
from .agent_response import AgentResponse, AgentResponseAgentResponseEvent
from .agent_response_correction import AgentResponseCorrection, AgentResponseCorrectionAgentResponseCorrectionEvent
from .agent_response_payload import AgentResponsePayload
from .agent_simulated_chat_test_response_model import (
    AgentSimulatedChatTestResponseModel,
    ContextualUpdateInfo,
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput,
    ConversationHistoryTranscriptFileInputResponseModel,
    ConversationHistoryTranscriptResponseModel,
    ConversationHistoryTranscriptSystemToolResultCommonModelOutput,
    TransferToAgentToolResultSuccessModelOutput,
)
from .agent_simulated_chat_test_response_model import (
    TransferToAgentToolResultSuccessModelOutput as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToAgentSuccess,
)
from .agent_successful_response_example import AgentSuccessfulResponseExample
from .agent_summary_response_model import AgentSummaryResponseModel
from .agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
from .agent_testing_settings import AgentTestingSettings, AttachedTestModel
from .agent_tool_response import AgentToolResponse, AgentToolResponseAgentToolResponse
from .agent_transfer_op_pop import AgentTransferOpPop
from .agent_transfer_op_pop import AgentTransferOpPop as AgentTransferOp_Pop
from .agent_transfer_op_push import AgentTransferOpPush
from .agent_transfer_op_push import AgentTransferOpPush as AgentTransferOp_Push
from .agent_transfer_op_replace import AgentTransferOpReplace
from .agent_transfer_op_replace import AgentTransferOpReplace as AgentTransferOp_Replace
from .agent_version_metadata import AgentVersionMetadata, AgentVersionParents
from .agent_workflow_request_model import (
    AgentConfigApiModelWorkflowOverrideInput,
    AgentConfigApiModelWorkflowOverrideInputTextBehaviorOverridesType0,
    AgentWorkflowRequestModel,
    AgentWorkflowRequestModelEdges,
    AgentWorkflowRequestModelNodes,
    BuiltInToolsWorkflowOverrideInput,
    ConversationalConfigApiModelWorkflowOverrideInput,
    ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0,
    ConversationConfigWorkflowOverrideInput,
    PromptAgentApiModelWorkflowOverrideInput,
    RagConfigWorkflowOverrideInput,
    TtsConversationalConfigWorkflowOverrideInput,
    WorkflowEdgeModelInput,
    WorkflowEndNodeModelInput,
    WorkflowExpressionConditionModelInput,
    WorkflowLlmConditionModelInput,
    WorkflowOverrideAgentNodeModelInput,
    WorkflowPhoneNumberNodeModelInput,
    WorkflowResultConditionModelInput,
    WorkflowStandaloneAgentNodeModelInput,
    WorkflowStartNodeModelInput,
    WorkflowToolNodeModelInput,
    WorkflowUnconditionalModelInput,
)
from .agent_workflow_request_model import (
    AgentConfigApiModelWorkflowOverrideInput as AgentConfigAPIModelWorkflowOverrideInput,
)
from .agent_workflow_request_model import (
    AgentConfigApiModelWorkflowOverrideInputTextBehaviorOverridesType0 as AgentConfigAPIModelWorkflowOverrideInputTextBehaviorOverridesType0,
)
from .agent_workflow_request_model import (
    AgentConfigApiModelWorkflowOverrideInputTextBehaviorOverridesType0 as AgentConfigApiModelWorkflowOverrideInputTextBehaviorOverrides,
)
from .agent_workflow_request_model import (
    ConversationalConfigApiModelWorkflowOverrideInput as ConversationalConfigAPIModelWorkflowOverrideInput,
)
from .agent_workflow_request_model import (
    ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0 as ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0,
)
from .agent_workflow_request_model import (
    ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0 as ConversationalConfigApiModelWorkflowOverrideInputLanguagePresets,
)
from .agent_workflow_request_model import ConversationConfigWorkflowOverrideInput as ConversationConfigWorkflowOverride
from .agent_workflow_request_model import (
    PromptAgentApiModelWorkflowOverrideInput as PromptAgentAPIModelWorkflowOverrideInput,
)
from .agent_workflow_request_model import RagConfigWorkflowOverrideInput as RagConfigWorkflowOverride
from .agent_workflow_request_model import (
    TtsConversationalConfigWorkflowOverrideInput as TTSConversationalConfigWorkflowOverrideInput,
)
from .agent_workflow_request_model import (
    TtsConversationalConfigWorkflowOverrideInput as TtsConversationalConfigWorkflowOverride,
)
from .agent_workflow_request_model import WorkflowEndNodeModelInput as AgentWorkflowRequestModelNodesValue_End
from .agent_workflow_request_model import (
    WorkflowExpressionConditionModelInput as WorkflowEdgeModelInputBackwardCondition_Expression,
)
from .agent_workflow_request_model import (
    WorkflowExpressionConditionModelInput as WorkflowEdgeModelInputForwardCondition_Expression,
)
from .agent_workflow_request_model import WorkflowLlmConditionModelInput as WorkflowEdgeModelInputBackwardCondition_Llm
from .agent_workflow_request_model import WorkflowLlmConditionModelInput as WorkflowEdgeModelInputForwardCondition_Llm
from .agent_workflow_request_model import WorkflowLlmConditionModelInput as WorkflowLLMConditionModelInput
from .agent_workflow_request_model import (
    WorkflowOverrideAgentNodeModelInput as AgentWorkflowRequestModelNodesValue_OverrideAgent,
)
from .agent_workflow_request_model import (
    WorkflowPhoneNumberNodeModelInput as AgentWorkflowRequestModelNodesValue_PhoneNumber,
)
from .agent_workflow_request_model import (
    WorkflowResultConditionModelInput as WorkflowEdgeModelInputBackwardCondition_Result,
)
from .agent_workflow_request_model import (
    WorkflowResultConditionModelInput as WorkflowEdgeModelInputForwardCondition_Result,
)
from .agent_workflow_request_model import (
    WorkflowStandaloneAgentNodeModelInput as AgentWorkflowRequestModelNodesValue_StandaloneAgent,
)
from .agent_workflow_request_model import WorkflowStartNodeModelInput as AgentWorkflowRequestModelNodesValue_Start
from .agent_workflow_request_model import WorkflowToolNodeModelInput as AgentWorkflowRequestModelNodesValue_Tool
from .agent_workflow_request_model import (
    WorkflowUnconditionalModelInput as WorkflowEdgeModelInputBackwardCondition_Unconditional,
)
from .agent_workflow_request_model import (
    WorkflowUnconditionalModelInput as WorkflowEdgeModelInputForwardCondition_Unconditional,
)
from .agent_workflow_response_model import (
    AgentConfigApiModelWorkflowOverrideOutput,
    AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0,
    AgentWorkflowResponseModel,
    AgentWorkflowResponseModelEdges,
    AgentWorkflowResponseModelNodes,
    BuiltInToolsWorkflowOverrideOutput,
    ConversationalConfigApiModelWorkflowOverrideOutput,
    ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0,
    ConversationConfigWorkflowOverrideOutput,
    PromptAgentApiModelWorkflowOverrideOutput,
    RagConfigWorkflowOverrideOutput,
    TtsConversationalConfigWorkflowOverrideOutput,
    WorkflowEdgeModelOutput,
    WorkflowEndNodeModelOutput,
    WorkflowExpressionConditionModelOutput,
    WorkflowLlmConditionModelOutput,
    WorkflowOverrideAgentNodeModelOutput,
    WorkflowPhoneNumberNodeModelOutput,
    WorkflowResultConditionModelOutput,
    WorkflowStandaloneAgentNodeModelOutput,
    WorkflowStartNodeModelOutput,
    WorkflowToolNodeModelOutput,
    WorkflowUnconditionalModelOutput,
)
from .agent_workflow_response_model import (
    AgentConfigApiModelWorkflowOverrideOutput as AgentConfigAPIModelWorkflowOverrideOutput,
)
from .agent_workflow_response_model import (
    AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0 as AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0,
)
from .agent_workflow_response_model import (
    AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0 as AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverrides,
)
from .agent_workflow_response_model import (
    ConversationalConfigApiModelWorkflowOverrideOutput as ConversationalConfigAPIModelWorkflowOverrideOutput,
)
from .agent_workflow_response_model import (
    ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0 as ConversationalConfigAPIModelWorkflowOverrideOutputLanguagePresetsType0,
)
from .agent_workflow_response_model import (
    ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0 as ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresets,
)
from .agent_workflow_response_model import (
    PromptAgentApiModelWorkflowOverrideOutput as PromptAgentAPIModelWorkflowOverrideOutput,
)
from .agent_workflow_response_model import (
    TtsConversationalConfigWorkflowOverrideOutput as TTSConversationalConfigWorkflowOverrideOutput,
)
from .agent_workflow_response_model import WorkflowEndNodeModelOutput as AgentWorkflowResponseModelNodesValue_End
from .agent_workflow_response_model import (
    WorkflowExpressionConditionModelOutput as WorkflowEdgeModelOutputBackwardCondition_Expression,
)
from .agent_workflow_response_model import (
    WorkflowExpressionConditionModelOutput as WorkflowEdgeModelOutputForwardCondition_Expression,
)
from .agent_workflow_response_model import (
    WorkflowLlmConditionModelOutput as WorkflowEdgeModelOutputBackwardCondition_Llm,
)
from .agent_workflow_response_model import (
    WorkflowLlmConditionModelOutput as WorkflowEdgeModelOutputForwardCondition_Llm,
)
from .agent_workflow_response_model import WorkflowLlmConditionModelOutput as WorkflowLLMConditionModelOutput
from .agent_workflow_response_model import (
    WorkflowOverrideAgentNodeModelOutput as AgentWorkflowResponseModelNodesValue_OverrideAgent,
)
from .agent_workflow_response_model import (
    WorkflowPhoneNumberNodeModelOutput as AgentWorkflowResponseModelNodesValue_PhoneNumber,
)
from .agent_workflow_response_model import (
    WorkflowResultConditionModelOutput as WorkflowEdgeModelOutputBackwardCondition_Result,
)
from .agent_workflow_response_model import (
    WorkflowResultConditionModelOutput as WorkflowEdgeModelOutputForwardCondition_Result,
)
from .agent_workflow_response_model import (
    WorkflowStandaloneAgentNodeModelOutput as AgentWorkflowResponseModelNodesValue_StandaloneAgent,
)
from .agent_workflow_response_model import WorkflowStartNodeModelOutput as AgentWorkflowResponseModelNodesValue_Start
from .agent_workflow_response_model import WorkflowToolNodeModelOutput as AgentWorkflowResponseModelNodesValue_Tool
from .agent_workflow_response_model import (
    WorkflowUnconditionalModelOutput as WorkflowEdgeModelOutputBackwardCondition_Unconditional,
)
from .agent_workflow_response_model import (
    WorkflowUnconditionalModelOutput as WorkflowEdgeModelOutputForwardCondition_Unconditional,
)
from .alerting_monitor_config import AlertingMonitorConfig
from .alignment import Alignment
from .allowlist_item import AllowlistItem
from .analysis_charging import (
    AnalysisCharging,
    AnalysisRunningTotal,
    AnalysisRunningTotalChargePerFeature,
    AnalysisRunningTotalPricePerFeature,
    AnalysisRunSnapshot,
    AnalysisRunSnapshotChargePerFeature,
    AnalysisRunSnapshotPricePerFeature,
)
from .analysis_property import AnalysisProperty
from .api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
from .api_integration_o_auth_2_auth_code_response import (
    ApiIntegrationOAuth2AuthCodeResponse as AuthConnectionsCreateResponse_ApiIntegrationOauth2AuthCode,
)
from .api_integration_o_auth_2_auth_code_response import (
    ApiIntegrationOAuth2AuthCodeResponse as AuthConnectionsUpdateResponse_ApiIntegrationOauth2AuthCode,
)
from .api_integration_o_auth_2_auth_code_response import (
    ApiIntegrationOAuth2AuthCodeResponse as ListAuthConnectionsResponseAuthConnectionsItem_ApiIntegrationOauth2AuthCode,
)
from .api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
from .api_integration_o_auth_2_custom_app_response import (
    ApiIntegrationOAuth2CustomAppResponse as AuthConnectionsCreateResponse_ApiIntegrationOauth2CustomApp,
)
from .api_integration_o_auth_2_custom_app_response import (
    ApiIntegrationOAuth2CustomAppResponse as AuthConnectionsUpdateResponse_ApiIntegrationOauth2CustomApp,
)
from .api_integration_o_auth_2_custom_app_response import (
    ApiIntegrationOAuth2CustomAppResponse as ListAuthConnectionsResponseAuthConnectionsItem_ApiIntegrationOauth2CustomApp,
)
from .api_integration_webhook_overrides import (
    ApiIntegrationWebhookOverrides,
    ApiIntegrationWebhookOverridesRequestHeadersType0,
    ApiIntegrationWebhookOverridesSchemaOverridesType0,
)
from .api_integration_webhook_overrides import (
    ApiIntegrationWebhookOverridesRequestHeadersType0 as ApiIntegrationWebhookOverridesRequestHeaders,
)
from .api_integration_webhook_overrides import (
    ApiIntegrationWebhookOverridesSchemaOverridesType0 as ApiIntegrationWebhookOverridesSchemaOverrides,
)
from .api_integration_webhook_tool_config_input import ApiIntegrationWebhookToolConfigInput
from .api_integration_webhook_tool_config_input import (
    ApiIntegrationWebhookToolConfigInput as PromptAgentApiModelInputToolsItem_ApiIntegrationWebhook,
)
from .api_integration_webhook_tool_config_input import (
    ApiIntegrationWebhookToolConfigInput as PromptAgentApiModelWorkflowOverrideInputToolsItem_ApiIntegrationWebhook,
)
from .api_integration_webhook_tool_config_output import ApiIntegrationWebhookToolConfigOutput
from .api_integration_webhook_tool_config_output import (
    ApiIntegrationWebhookToolConfigOutput as PromptAgentApiModelOutputToolsItem_ApiIntegrationWebhook,
)
from .api_integration_webhook_tool_config_output import (
    ApiIntegrationWebhookToolConfigOutput as PromptAgentApiModelWorkflowOverrideOutputToolsItem_ApiIntegrationWebhook,
)
from .asr_conversational_config import AsrConversationalConfig
from .asr_conversational_config import AsrConversationalConfig as ASRConversationalConfig
from .asr_conversational_config_override_config import AsrConversationalConfigOverrideConfig
from .asr_conversational_config_override_config import (
    AsrConversationalConfigOverrideConfig as ASRConversationalConfigOverrideConfig,
)
from .asr_conversational_config_workflow_override import AsrConversationalConfigWorkflowOverride
from .asr_conversational_config_workflow_override import (
    AsrConversationalConfigWorkflowOverride as ASRConversationalConfigWorkflowOverride,
)
from .asset_list_response import AssetListResponse
from .asset_response import AssetResponse
from .asset_transcription import AssetTranscription, AssetTranscriptionData
from .assign_conversation_tags_request_model import AssignConversationTagsRequestModel
from .assignable_user_response_model import AssignableUserResponseModel
from .ast_addition_operator_node_input import AstAdditionOperatorNodeInput
from .ast_addition_operator_node_input import AstAdditionOperatorNodeInput as ASTAdditionOperatorNodeInput
from .ast_addition_operator_node_input import AstAdditionOperatorNodeInput as AstNodeInput_AddOperator
from .ast_addition_operator_node_output import AstAdditionOperatorNodeOutput
from .ast_addition_operator_node_output import AstAdditionOperatorNodeOutput as ASTAdditionOperatorNodeOutput
from .ast_addition_operator_node_output import AstAdditionOperatorNodeOutput as AstNodeOutput_AddOperator
from .ast_and_operator_node_input import AstAndOperatorNodeInput
from .ast_and_operator_node_input import AstAndOperatorNodeInput as ASTAndOperatorNodeInput
from .ast_and_operator_node_input import AstAndOperatorNodeInput as AstNodeInput_AndOperator
from .ast_and_operator_node_output import AstAndOperatorNodeOutput
from .ast_and_operator_node_output import AstAndOperatorNodeOutput as ASTAndOperatorNodeOutput
from .ast_and_operator_node_output import AstAndOperatorNodeOutput as AstNodeOutput_AndOperator
from .ast_boolean_node_input import AstBooleanNodeInput
from .ast_boolean_node_input import AstBooleanNodeInput as ASTBooleanNodeInput
from .ast_boolean_node_input import AstBooleanNodeInput as AstNodeInput_BooleanLiteral
from .ast_boolean_node_output import AstBooleanNodeOutput
from .ast_boolean_node_output import AstBooleanNodeOutput as ASTBooleanNodeOutput
from .ast_boolean_node_output import AstBooleanNodeOutput as AstNodeOutput_BooleanLiteral
from .ast_conditional_operator_node_input import AstConditionalOperatorNodeInput
from .ast_conditional_operator_node_input import AstConditionalOperatorNodeInput as ASTConditionalOperatorNodeInput
from .ast_conditional_operator_node_input import AstConditionalOperatorNodeInput as AstNodeInput_ConditionalOperator
from .ast_conditional_operator_node_output import AstConditionalOperatorNodeOutput
from .ast_conditional_operator_node_output import AstConditionalOperatorNodeOutput as ASTConditionalOperatorNodeOutput
from .ast_conditional_operator_node_output import AstConditionalOperatorNodeOutput as AstNodeOutput_ConditionalOperator
from .ast_division_operator_node_input import AstDivisionOperatorNodeInput
from .ast_division_operator_node_input import AstDivisionOperatorNodeInput as ASTDivisionOperatorNodeInput
from .ast_division_operator_node_input import AstDivisionOperatorNodeInput as AstNodeInput_DivOperator
from .ast_division_operator_node_output import AstDivisionOperatorNodeOutput
from .ast_division_operator_node_output import AstDivisionOperatorNodeOutput as ASTDivisionOperatorNodeOutput
from .ast_division_operator_node_output import AstDivisionOperatorNodeOutput as AstNodeOutput_DivOperator
from .ast_dynamic_variable_node_input import AstDynamicVariableNodeInput
from .ast_dynamic_variable_node_input import AstDynamicVariableNodeInput as ASTDynamicVariableNodeInput
from .ast_dynamic_variable_node_input import AstDynamicVariableNodeInput as AstNodeInput_DynamicVariable
from .ast_dynamic_variable_node_output import AstDynamicVariableNodeOutput
from .ast_dynamic_variable_node_output import AstDynamicVariableNodeOutput as ASTDynamicVariableNodeOutput
from .ast_dynamic_variable_node_output import AstDynamicVariableNodeOutput as AstNodeOutput_DynamicVariable
from .ast_equals_operator_node_input import AstEqualsOperatorNodeInput
from .ast_equals_operator_node_input import AstEqualsOperatorNodeInput as ASTEqualsOperatorNodeInput
from .ast_equals_operator_node_input import AstEqualsOperatorNodeInput as AstNodeInput_EqOperator
from .ast_equals_operator_node_output import AstEqualsOperatorNodeOutput
from .ast_equals_operator_node_output import AstEqualsOperatorNodeOutput as ASTEqualsOperatorNodeOutput
from .ast_equals_operator_node_output import AstEqualsOperatorNodeOutput as AstNodeOutput_EqOperator
from .ast_greater_than_operator_node_input import AstGreaterThanOperatorNodeInput
from .ast_greater_than_operator_node_input import AstGreaterThanOperatorNodeInput as ASTGreaterThanOperatorNodeInput
from .ast_greater_than_operator_node_input import AstGreaterThanOperatorNodeInput as AstNodeInput_GtOperator
from .ast_greater_than_operator_node_output import AstGreaterThanOperatorNodeOutput
from .ast_greater_than_operator_node_output import AstGreaterThanOperatorNodeOutput as ASTGreaterThanOperatorNodeOutput
from .ast_greater_than_operator_node_output import AstGreaterThanOperatorNodeOutput as AstNodeOutput_GtOperator
from .ast_greater_than_or_equals_operator_node_input import AstGreaterThanOrEqualsOperatorNodeInput
from .ast_greater_than_or_equals_operator_node_input import (
    AstGreaterThanOrEqualsOperatorNodeInput as ASTGreaterThanOrEqualsOperatorNodeInput,
)
from .ast_greater_than_or_equals_operator_node_input import (
    AstGreaterThanOrEqualsOperatorNodeInput as AstNodeInput_GteOperator,
)
from .ast_greater_than_or_equals_operator_node_output import AstGreaterThanOrEqualsOperatorNodeOutput
from .ast_greater_than_or_equals_operator_node_output import (
    AstGreaterThanOrEqualsOperatorNodeOutput as ASTGreaterThanOrEqualsOperatorNodeOutput,
)
from .ast_greater_than_or_equals_operator_node_output import (
    AstGreaterThanOrEqualsOperatorNodeOutput as AstNodeOutput_GteOperator,
)
from .ast_less_than_operator_node_input import AstLessThanOperatorNodeInput
from .ast_less_than_operator_node_input import AstLessThanOperatorNodeInput as ASTLessThanOperatorNodeInput
from .ast_less_than_operator_node_input import AstLessThanOperatorNodeInput as AstNodeInput_LtOperator
from .ast_less_than_operator_node_output import AstLessThanOperatorNodeOutput
from .ast_less_than_operator_node_output import AstLessThanOperatorNodeOutput as ASTLessThanOperatorNodeOutput
from .ast_less_than_operator_node_output import AstLessThanOperatorNodeOutput as AstNodeOutput_LtOperator
from .ast_less_than_or_equals_operator_node_input import AstLessThanOrEqualsOperatorNodeInput
from .ast_less_than_or_equals_operator_node_input import (
    AstLessThanOrEqualsOperatorNodeInput as ASTLessThanOrEqualsOperatorNodeInput,
)
from .ast_less_than_or_equals_operator_node_input import (
    AstLessThanOrEqualsOperatorNodeInput as AstNodeInput_LteOperator,
)
from .ast_less_than_or_equals_operator_node_output import AstLessThanOrEqualsOperatorNodeOutput
from .ast_less_than_or_equals_operator_node_output import (
    AstLessThanOrEqualsOperatorNodeOutput as ASTLessThanOrEqualsOperatorNodeOutput,
)
from .ast_less_than_or_equals_operator_node_output import (
    AstLessThanOrEqualsOperatorNodeOutput as AstNodeOutput_LteOperator,
)
from .ast_multiplication_operator_node_input import AstMultiplicationOperatorNodeInput
from .ast_multiplication_operator_node_input import (
    AstMultiplicationOperatorNodeInput as ASTMultiplicationOperatorNodeInput,
)
from .ast_multiplication_operator_node_input import AstMultiplicationOperatorNodeInput as AstNodeInput_MulOperator
from .ast_multiplication_operator_node_output import AstMultiplicationOperatorNodeOutput
from .ast_multiplication_operator_node_output import (
    AstMultiplicationOperatorNodeOutput as ASTMultiplicationOperatorNodeOutput,
)
from .ast_multiplication_operator_node_output import AstMultiplicationOperatorNodeOutput as AstNodeOutput_MulOperator
from .ast_not_equals_operator_node_input import AstNotEqualsOperatorNodeInput
from .ast_not_equals_operator_node_input import AstNotEqualsOperatorNodeInput as ASTNotEqualsOperatorNodeInput
from .ast_not_equals_operator_node_input import AstNotEqualsOperatorNodeInput as AstNodeInput_NeqOperator
from .ast_not_equals_operator_node_output import AstNotEqualsOperatorNodeOutput
from .ast_not_equals_operator_node_output import AstNotEqualsOperatorNodeOutput as ASTNotEqualsOperatorNodeOutput
from .ast_not_equals_operator_node_output import AstNotEqualsOperatorNodeOutput as AstNodeOutput_NeqOperator
from .ast_null_node_input import AstNullNodeInput
from .ast_null_node_input import AstNullNodeInput as ASTNullNodeInput
from .ast_null_node_input import AstNullNodeInput as AstNodeInput_NullLiteral
from .ast_null_node_output import AstNullNodeOutput
from .ast_null_node_output import AstNullNodeOutput as ASTNullNodeOutput
from .ast_null_node_output import AstNullNodeOutput as AstNodeOutput_NullLiteral
from .ast_number_node_input import AstNumberNodeInput
from .ast_number_node_input import AstNumberNodeInput as ASTNumberNodeInput
from .ast_number_node_input import AstNumberNodeInput as AstNodeInput_NumberLiteral
from .ast_number_node_output import AstNumberNodeOutput
from .ast_number_node_output import AstNumberNodeOutput as ASTNumberNodeOutput
from .ast_number_node_output import AstNumberNodeOutput as AstNodeOutput_NumberLiteral
from .ast_or_operator_node_input import AstOrOperatorNodeInput
from .ast_or_operator_node_input import AstOrOperatorNodeInput as ASTOrOperatorNodeInput
from .ast_or_operator_node_input import AstOrOperatorNodeInput as AstNodeInput_OrOperator
from .ast_or_operator_node_output import AstOrOperatorNodeOutput
from .ast_or_operator_node_output import AstOrOperatorNodeOutput as ASTOrOperatorNodeOutput
from .ast_or_operator_node_output import AstOrOperatorNodeOutput as AstNodeOutput_OrOperator
from .ast_string_node_input import AstStringNodeInput
from .ast_string_node_input import AstStringNodeInput as ASTStringNodeInput
from .ast_string_node_input import AstStringNodeInput as AstNodeInput_StringLiteral
from .ast_string_node_output import AstStringNodeOutput
from .ast_string_node_output import AstStringNodeOutput as ASTStringNodeOutput
from .ast_string_node_output import AstStringNodeOutput as AstNodeOutput_StringLiteral
from .ast_subtraction_operator_node_input import AstSubtractionOperatorNodeInput
from .ast_subtraction_operator_node_input import AstSubtractionOperatorNodeInput as ASTSubtractionOperatorNodeInput
from .ast_subtraction_operator_node_input import AstSubtractionOperatorNodeInput as AstNodeInput_SubOperator
from .ast_subtraction_operator_node_output import AstSubtractionOperatorNodeOutput
from .ast_subtraction_operator_node_output import AstSubtractionOperatorNodeOutput as ASTSubtractionOperatorNodeOutput
from .ast_subtraction_operator_node_output import AstSubtractionOperatorNodeOutput as AstNodeOutput_SubOperator
from .astllm_node_output import AstllmNodeOutput
from .astllm_node_output import AstllmNodeOutput as ASTLLMNode
from .astllm_node_output import AstllmNodeOutput as AstNodeOutput_Llm
from .astllm_node_prompt import ASTLLMNodePrompt
from .astllm_node_prompt import ASTLLMNodePrompt as AstllmNodeInputOne
from .astllm_node_value_schema import ASTLLMNodeValueSchema
from .astllm_node_value_schema import ASTLLMNodeValueSchema as AstllmNodeInputZero
from .attached_system_data_collection_ref import AttachedSystemDataCollectionRef
from .attached_system_data_collection_ref import (
    AttachedSystemDataCollectionRef as AgentAnalysisItemsInputDataCollectionItem_System,
)
from .attached_system_data_collection_ref import (
    AttachedSystemDataCollectionRef as AgentAnalysisItemsOutputDataCollectionItem_System,
)
from .attached_system_evaluation_ref import AttachedSystemEvaluationRef
from .attached_system_evaluation_ref import (
    AttachedSystemEvaluationRef as AgentAnalysisItemsInputEvaluationCriteriaItem_System,
)
from .attached_system_evaluation_ref import (
    AttachedSystemEvaluationRef as AgentAnalysisItemsOutputEvaluationCriteriaItem_System,
)
from .attached_user_data_collection_ref import AttachedUserDataCollectionRef
from .attached_user_data_collection_ref import (
    AttachedUserDataCollectionRef as AgentAnalysisItemsInputDataCollectionItem_User,
)
from .attached_user_data_collection_ref import (
    AttachedUserDataCollectionRef as AgentAnalysisItemsOutputDataCollectionItem_User,
)
from .attached_user_evaluation_ref import AttachedUserEvaluationRef
from .attached_user_evaluation_ref import (
    AttachedUserEvaluationRef as AgentAnalysisItemsInputEvaluationCriteriaItem_User,
)
from .attached_user_evaluation_ref import (
    AttachedUserEvaluationRef as AgentAnalysisItemsOutputEvaluationCriteriaItem_User,
)
from .audio_isolation_request import AudioIsolationRequest
from .audio_isolation_request import AudioIsolationRequest as BodyAudioIsolationV1AudioIsolationPost
from .audio_isolation_stream_request import AudioIsolationStreamRequest
from .audio_isolation_stream_request import (
    AudioIsolationStreamRequest as BodyAudioIsolationStreamV1AudioIsolationStreamPost,
)
from .audio_native_create_project_response_model import AudioNativeCreateProjectResponseModel
from .audio_native_edit_content_response_model import AudioNativeEditContentResponseModel
from .audio_output import AudioOutput
from .audio_output_multi import AudioOutputMulti
from .audio_ref_chunk import AudioRefChunk
from .audio_response import AudioEventAlignment, AudioResponse, AudioResponseAudioEvent
from .audio_with_timestamps_and_voice_segments_response_model import AudioWithTimestampsAndVoiceSegmentsResponseModel
from .audio_with_timestamps_response import AudioWithTimestampsResponse
from .audio_with_timestamps_response import AudioWithTimestampsResponse as AudioWithTimestampsResponseModel
from .auth_connection_dependencies import AuthConnectionDependencies, DependentIntegrationConnectionIdentifier
from .auth_connection_locator import AuthConnectionLocator
from .auth_settings import AuthSettings
from .auto_generation_metadata import AutoGenerationMetadata
from .auto_sync_info import AutoSyncInfo
from .background_sound_config import BackgroundSoundConfig
from .background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride
from .backup_llm_default import BackupLlmDefault
from .backup_llm_default import BackupLlmDefault as BackupLLMDefault
from .backup_llm_default import BackupLlmDefault as PromptAgentApiModelInputBackupLlmConfig_Default
from .backup_llm_default import BackupLlmDefault as PromptAgentApiModelOutputBackupLlmConfig_Default
from .backup_llm_default import BackupLlmDefault as PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig_Default
from .backup_llm_default import BackupLlmDefault as PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig_Default
from .backup_llm_disabled import BackupLlmDisabled
from .backup_llm_disabled import BackupLlmDisabled as BackupLLMDisabled
from .backup_llm_disabled import BackupLlmDisabled as PromptAgentApiModelInputBackupLlmConfig_Disabled
from .backup_llm_disabled import BackupLlmDisabled as PromptAgentApiModelOutputBackupLlmConfig_Disabled
from .backup_llm_disabled import BackupLlmDisabled as PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig_Disabled
from .backup_llm_disabled import BackupLlmDisabled as PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig_Disabled
from .backup_llm_override import BackupLlmOverride
from .backup_llm_override import BackupLlmOverride as BackupLLMOverride
from .backup_llm_override import BackupLlmOverride as PromptAgentApiModelInputBackupLlmConfig_Override
from .backup_llm_override import BackupLlmOverride as PromptAgentApiModelOutputBackupLlmConfig_Override
from .backup_llm_override import BackupLlmOverride as PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig_Override
from .backup_llm_override import BackupLlmOverride as PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig_Override
from .base_turn_config import BaseTurnConfig
from .basic_auth_response import BasicAuthResponse
from .basic_auth_response import BasicAuthResponse as AuthConnectionsCreateResponse_BasicAuth
from .basic_auth_response import BasicAuthResponse as AuthConnectionsUpdateResponse_BasicAuth
from .basic_auth_response import BasicAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_BasicAuth
from .batch_call_detailed_response import (
    BatchCallDetailedResponse,
    ConversationInitiationClientDataInternal,
    ConversationInitiationClientDataInternalCustomLlmExtraBody,
    ConversationInitiationClientDataInternalDynamicVariables,
    ConversationInitiationClientDataInternalToolMockOverrides,
    OrchestratorToolMockBehaviorConfig,
    OutboundCallRecipientResponseModel,
)
from .batch_call_response import BatchCallResponse
from .batch_call_whats_app_params import BatchCallWhatsAppParams
from .batch_failure_response_model import BatchFailureResponseModel
from .batch_failure_response_model import BatchFailureResponseModel as DocumentsBulkDeleteResponseValue_Failure
from .batch_failure_response_model import (
    BatchFailureResponseModel as KnowledgeBaseGetOrCreateRagIndexesResponseValue_Failure,
)
from .batch_failure_response_model import BatchFailureResponseModel as SummariesGetResponseValue_Failure
from .bearer_auth_response import BearerAuthResponse
from .bearer_auth_response import BearerAuthResponse as AuthConnectionsCreateResponse_BearerAuth
from .bearer_auth_response import BearerAuthResponse as AuthConnectionsUpdateResponse_BearerAuth
from .bearer_auth_response import BearerAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_BearerAuth
from .behavior_override import BehaviorOverride
from .body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post import (
    BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
)
from .body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post import (
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
)
from .body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post import (
    BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost,
)
from .body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post import (
    BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost as BodyAddSamplesToPVCVoiceV1VoicesPvcVoiceIdSamplesPost,
)
from .body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post import (
    BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
)
from .body_add_to_knowledge_base_v1_convai_knowledge_base_post import BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost
from .body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post import (
    BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost,
)
from .body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post import (
    BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost,
)
from .body_bulk_move_tests_to_folder_v1_convai_agent_testing_bulk_move_post import (
    BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost,
)
from .body_compose_music_v1_music_post import BodyComposeMusicV1MusicPost
from .body_compose_music_with_a_detailed_response_v1_music_detailed_post import (
    BodyComposeMusicWithADetailedResponseV1MusicDetailedPost,
)
from .body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
    BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    GetOrCreateRagIndexRequestModel,
)
from .body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
    BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost as BodyComputeRAGIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
)
from .body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
    GetOrCreateRagIndexRequestModel as GetOrCreateRAGIndexRequestModel,
)
from .body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0,
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0,
)
from .body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0 as BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfig,
)
from .body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0 as BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettings,
)
from .body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post import (
    BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost,
)
from .body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
    BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
    BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0,
)
from .body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
    BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 as BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabels,
)
from .body_create_agent_draft_v1_convai_agents_agent_id_drafts_post import (
    BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPost,
    BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostConversationConfig,
    BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostPlatformSettings,
)
from .body_create_agent_test_folder_v1_convai_agent_testing_folders_post import (
    BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost,
)
from .body_create_agent_v1_convai_agents_create_post import BodyCreateAgentV1ConvaiAgentsCreatePost
from .body_create_chapter_v1_studio_projects_project_id_chapters_post import (
    BodyCreateChapterV1StudioProjectsProjectIdChaptersPost,
)
from .body_create_crawl_job_v1_convai_knowledge_base_crawl_post import BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost
from .body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post import (
    BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost,
    BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0,
)
from .body_create_dubbing_language_target_v1_dubbing_project_project_id_language_post import (
    BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0 as BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslations,
)
from .body_create_dubbing_project_v1_dubbing_project_post import BodyCreateDubbingProjectV1DubbingProjectPost
from .body_create_file_document_v1_convai_knowledge_base_file_post import (
    BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost,
)
from .body_create_folder_v1_convai_knowledge_base_folder_post import BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost
from .body_create_forced_alignment_v1_forced_alignment_post import BodyCreateForcedAlignmentV1ForcedAlignmentPost
from .body_create_music_finetune_v1_music_finetunes_post import BodyCreateMusicFinetuneV1MusicFinetunesPost
from .body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post import (
    AgentDeploymentPercentageStrategy,
    AgentDeploymentRequest,
    AgentDeploymentRequestItem,
    BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost,
)
from .body_create_or_update_deployments_v1_convai_agents_agent_id_deployments_post import (
    AgentDeploymentPercentageStrategy as AgentDeploymentRequestItemDeploymentStrategy_Percentage,
)
from .body_create_podcast_v1_studio_podcasts_post import (
    BodyCreatePodcastV1StudioPodcastsPost,
    PodcastBulletinMode,
    PodcastBulletinModeData,
    PodcastConversationMode,
    PodcastConversationModeData,
    PodcastTextSource,
    PodcastUrlSource,
)
from .body_create_podcast_v1_studio_podcasts_post import (
    PodcastBulletinMode as BodyCreatePodcastV1StudioPodcastsPostMode_Bulletin,
)
from .body_create_podcast_v1_studio_podcasts_post import (
    PodcastConversationMode as BodyCreatePodcastV1StudioPodcastsPostMode_Conversation,
)
from .body_create_podcast_v1_studio_podcasts_post import (
    PodcastTextSource as BodyCreatePodcastV1StudioPodcastsPostSourceTwoItem_Text,
)
from .body_create_podcast_v1_studio_podcasts_post import (
    PodcastUrlSource as BodyCreatePodcastV1StudioPodcastsPostSourceTwoItem_Url,
)
from .body_create_podcast_v1_studio_podcasts_post import PodcastUrlSource as PodcastURLSource
from .body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post import (
    BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
    PronunciationDictionaryVersionLocator,
)
from .body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post import (
    PronunciationDictionaryVersionLocator as PronunciationDictionaryVersionLocatorDBModel,
)
from .body_create_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_post import (
    BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost,
)
from .body_create_service_account_v1_service_accounts_post import (
    BodyCreateServiceAccountV1ServiceAccountsPost,
    DefaultSharingGroupConfig,
)
from .body_create_studio_project_v1_studio_projects_post import BodyCreateStudioProjectV1StudioProjectsPost
from .body_create_text_document_v1_convai_knowledge_base_text_post import (
    BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
)
from .body_create_url_document_v1_convai_knowledge_base_url_post import (
    BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost,
)
from .body_create_url_document_v1_convai_knowledge_base_url_post import (
    BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost as BodyCreateURLDocumentV1ConvaiKnowledgeBaseUrlPost,
)
from .body_create_workspace_webhook_v1_workspace_webhooks_post import (
    BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost,
    WebhookHmacSettings,
    WebhookHmacSettingsRequestHeadersType0,
)
from .body_create_workspace_webhook_v1_workspace_webhooks_post import WebhookHmacSettings as WebhookHMACSettings
from .body_create_workspace_webhook_v1_workspace_webhooks_post import (
    WebhookHmacSettingsRequestHeadersType0 as WebhookHMACSettingsRequestHeadersType0,
)
from .body_create_workspace_webhook_v1_workspace_webhooks_post import (
    WebhookHmacSettingsRequestHeadersType0 as WebhookHmacSettingsRequestHeaders,
)
from .body_creates_audio_native_enabled_project_v1_audio_native_post import (
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePost,
)
from .body_delete_existing_invitation_v1_workspace_invites_delete import (
    BodyDeleteExistingInvitationV1WorkspaceInvitesDelete,
)
from .body_delete_member_from_user_group_v1_workspace_groups_group_id_members_remove_post import (
    BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost,
)
from .body_dubs_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_dub_post import (
    BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost,
)
from .body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post import (
    BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost,
)
from .body_edit_pvc_voice_v1_voices_pvc_voice_id_post import (
    BodyEditPvcVoiceV1VoicesPvcVoiceIdPost,
    BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0,
)
from .body_edit_pvc_voice_v1_voices_pvc_voice_id_post import (
    BodyEditPvcVoiceV1VoicesPvcVoiceIdPost as BodyEditPVCVoiceV1VoicesPvcVoiceIdPost,
)
from .body_edit_pvc_voice_v1_voices_pvc_voice_id_post import (
    BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 as BodyEditPVCVoiceV1VoicesPvcVoiceIdPostLabelsType0,
)
from .body_edit_pvc_voice_v1_voices_pvc_voice_id_post import (
    BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 as BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabels,
)
from .body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch import (
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch,
)
from .body_generate_composition_plan_v1_music_plan_post import BodyGenerateCompositionPlanV1MusicPlanPost
from .body_get_dependent_agents_for_multiple_documents_v1_convai_knowledge_base_dependent_agents_post import (
    BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
)
from .body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post import (
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
)
from .body_handle_an_outbound_call_via_exotel_v1_convai_exotel_outbound_call_post import (
    BodyHandleAnOutboundCallViaExotelV1ConvaiExotelOutboundCallPost,
)
from .body_handle_an_outbound_call_via_sip_trunk_v1_convai_sip_trunk_outbound_call_post import (
    BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
)
from .body_handle_an_outbound_call_via_sip_trunk_v1_convai_sip_trunk_outbound_call_post import (
    BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost as BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost,
)
from .body_handle_an_outbound_call_via_twilio_v1_convai_twilio_outbound_call_post import (
    BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
)
from .body_invite_multiple_users_v1_workspace_invites_add_bulk_post import (
    BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost,
)
from .body_list_api_requests_v1_workspace_analytics_requests_post import (
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost,
)
from .body_list_api_requests_v1_workspace_analytics_requests_post import (
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost as BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPost,
)
from .body_make_an_outbound_call_via_whats_app_v1_convai_whatsapp_outbound_call_post import (
    BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost,
)
from .body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post import (
    BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost,
)
from .body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post import (
    BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost,
)
from .body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post import (
    BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
)
from .body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post import (
    BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
)
from .body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post import (
    BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
)
from .body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post import (
    BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost as BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
)
from .body_register_media_v1_productions_orders_order_id_media_post import (
    BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
)
from .body_render_audio_or_video_for_the_given_language_v1_dubbing_resource_dubbing_id_render_language_post import (
    BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost,
)
from .body_request_manual_verification_v1_voices_pvc_voice_id_verification_post import (
    BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost,
)
from .body_run_pvc_training_v1_voices_pvc_voice_id_train_post import BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost
from .body_run_pvc_training_v1_voices_pvc_voice_id_train_post import (
    BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost as BodyRunPVCTrainingV1VoicesPvcVoiceIdTrainPost,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
    WhatsAppTemplateBodyComponentParams,
    WhatsAppTemplateButtonComponentParams,
    WhatsAppTemplateDocumentParam,
    WhatsAppTemplateDocumentParamDetails,
    WhatsAppTemplateHeaderComponentParams,
    WhatsAppTemplateImageParam,
    WhatsAppTemplateImageParamDetails,
    WhatsAppTemplateLocationParam,
    WhatsAppTemplateLocationParamDetails,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    WhatsAppTemplateBodyComponentParams as BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem_Body,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    WhatsAppTemplateButtonComponentParams as BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem_Button,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    WhatsAppTemplateDocumentParam as WhatsAppTemplateHeaderComponentParamsParametersItem_Document,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    WhatsAppTemplateHeaderComponentParams as BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem_Header,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    WhatsAppTemplateImageParam as WhatsAppTemplateHeaderComponentParamsParametersItem_Image,
)
from .body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    WhatsAppTemplateLocationParam as WhatsAppTemplateHeaderComponentParamsParametersItem_Location,
)
from .body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post import (
    BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
)
from .body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post import (
    BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost,
)
from .body_share_workspace_resource_v1_workspace_resources_resource_id_share_post import (
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
)
from .body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post import (
    BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
)
from .body_simulates_a_conversation_v1_convai_agents_agent_id_simulate_conversation_post import (
    BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost,
)
from .body_speech_to_text_v1_speech_to_text_post import (
    BodySpeechToTextV1SpeechToTextPost,
    BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1,
    DocxExportOptions,
    HtmlExportOptions,
    PdfExportOptions,
    SegmentedJsonExportOptions,
    SrtExportOptions,
    TxtExportOptions,
)
from .body_speech_to_text_v1_speech_to_text_post import DocxExportOptions as ExportOptions_Docx
from .body_speech_to_text_v1_speech_to_text_post import HtmlExportOptions as ExportOptions_Html
from .body_speech_to_text_v1_speech_to_text_post import PdfExportOptions as ExportOptions_Pdf
from .body_speech_to_text_v1_speech_to_text_post import SegmentedJsonExportOptions as ExportOptions_SegmentedJson
from .body_speech_to_text_v1_speech_to_text_post import SrtExportOptions as ExportOptions_Srt
from .body_speech_to_text_v1_speech_to_text_post import TxtExportOptions as ExportOptions_Txt
from .body_stem_separation_v1_music_stem_separation_post import BodyStemSeparationV1MusicStemSeparationPost
from .body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post import (
    BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost,
)
from .body_stream_composed_music_v1_music_stream_post import BodyStreamComposedMusicV1MusicStreamPost
from .body_stream_composed_music_with_a_detailed_response_v1_music_detailed_stream_post import (
    BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost,
)
from .body_stream_studio_project_audio_v1_studio_projects_project_id_snapshots_project_snapshot_id_stream_post import (
    BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost,
)
from .body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post import (
    BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
    OutboundCallRecipient,
)
from .body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps
from .body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post import (
    BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost,
)
from .body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post import BodyTextToDialogueMultiVoiceV1TextToDialoguePost
from .body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps
from .body_text_to_speech_full import BodyTextToSpeechFull
from .body_text_to_speech_full_with_timestamps import BodyTextToSpeechFullWithTimestamps
from .body_text_to_speech_stream import BodyTextToSpeechStream
from .body_text_to_speech_stream_with_timestamps import BodyTextToSpeechStreamWithTimestamps
from .body_transcribes_segments_v1_dubbing_resource_dubbing_id_transcribe_post import (
    BodyTranscribesSegmentsV1DubbingResourceDubbingIdTranscribePost,
)
from .body_translates_all_or_some_segments_and_languages_v1_dubbing_resource_dubbing_id_translate_post import (
    BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost,
)
from .body_unshare_workspace_resource_v1_workspace_resources_resource_id_unshare_post import (
    BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost,
)
from .body_update_agent_branch_v1_convai_agents_agent_id_branches_branch_id_patch import (
    BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch,
)
from .body_update_agent_test_folder_v1_convai_agent_testing_folders_folder_id_patch import (
    BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
)
from .body_update_audio_native_content_from_url_v1_audio_native_content_post import (
    BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost,
)
from .body_update_audio_native_content_from_url_v1_audio_native_content_post import (
    BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost as BodyUpdateAudioNativeContentFromURLV1AudioNativeContentPost,
)
from .body_update_audio_native_project_content_v1_audio_native_project_id_content_post import (
    BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost,
)
from .body_update_chapter_v1_studio_projects_project_id_chapters_chapter_id_post import (
    BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost,
    ChapterContentBlockInputModel,
    ChapterContentInputModel,
    ChapterContentParagraphTtsNodeInputModel,
)
from .body_update_document_v1_convai_knowledge_base_documentation_id_patch import (
    BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch,
)
from .body_update_file_document_v1_convai_knowledge_base_documentation_id_update_file_patch import (
    BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
)
from .body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch import (
    BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch,
)
from .body_update_order_v1_productions_orders_order_id_patch import (
    BodyUpdateOrderV1ProductionsOrdersOrderIdPatch,
    UpdateOrderRequest,
)
from .body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch import (
    BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch,
)
from .body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post import (
    BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost,
)
from .body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post import (
    BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost as BodyUpdatePVCVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost,
)
from .body_update_studio_project_content_v1_studio_projects_project_id_content_post import (
    BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost,
)
from .body_update_studio_project_v1_studio_projects_project_id_post import (
    BodyUpdateStudioProjectV1StudioProjectsProjectIdPost,
)
from .body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch import (
    BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
    BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0,
)
from .body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch import (
    BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0 as BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeaders,
)
from .body_upload_asset_v1_assets_post import BodyUploadAssetV1AssetsPost
from .body_upload_file_v1_convai_conversations_conversation_id_files_post import (
    BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
)
from .body_upload_music_v1_music_upload_post import BodyUploadMusicV1MusicUploadPost
from .body_upsert_order_item_v1_productions_orders_order_id_items_post import (
    BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
    UpsertOrderItemRequest,
)
from .body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post import (
    BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost,
)
from .body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post import (
    BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost as BodyVerifyPVCVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost,
)
from .body_video_to_music_v1_music_video_to_music_post import BodyVideoToMusicV1MusicVideoToMusicPost
from .bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
from .bytedance_seedance_2_fast_request import (
    BytedanceSeedance2FastRequest as VideoGenerationRequest_BytedanceSeedanceV2Fast,
)
from .bytedance_seedance_2_mini_request import BytedanceSeedance2MiniRequest
from .bytedance_seedance_2_mini_request import (
    BytedanceSeedance2MiniRequest as VideoGenerationRequest_BytedanceSeedanceV2Mini,
)
from .bytedance_seedance_2_request import BytedanceSeedance2Request
from .bytedance_seedance_2_request import BytedanceSeedance2Request as VideoGenerationRequest_BytedanceSeedanceV2
from .bytedance_seedance_25_request import BytedanceSeedance25Request
from .bytedance_seedance_25_request import BytedanceSeedance25Request as VideoGenerationRequest_BytedanceSeedanceV25
from .bytedance_seedream_5_lite_request import BytedanceSeedream5LiteRequest
from .bytedance_seedream_5_lite_request import (
    BytedanceSeedream5LiteRequest as ImageGenerationRequest_BytedanceSeedream5Lite,
)
from .bytedance_seedream_5_pro_request import BytedanceSeedream5ProRequest
from .bytedance_seedream_5_pro_request import (
    BytedanceSeedream5ProRequest as ImageGenerationRequest_BytedanceSeedream5Pro,
)
from .canvas_placement import CanvasPlacement
from .caption_style_character_animation_model import CaptionStyleCharacterAnimationModel
from .caption_style_horizontal_placement_model import CaptionStyleHorizontalPlacementModel
from .caption_style_model import CaptionStyleModel
from .caption_style_section_animation_model import CaptionStyleSectionAnimationModel
from .caption_style_template_model import CaptionStyleTemplateModel
from .caption_style_vertical_placement_model import CaptionStyleVerticalPlacementModel
from .caption_style_word_animation_model import CaptionStyleWordAnimationModel
from .chapter_response import ChapterResponse
from .chapter_response import ChapterResponse as ChapterResponseModel
from .chapter_snapshot_extended_response_model import ChapterSnapshotExtendedResponseModel
from .chapter_snapshots_response import ChapterSnapshotResponse, ChapterSnapshotsResponse
from .chapter_snapshots_response import ChapterSnapshotResponse as ChapterSnapshotResponseModel
from .chapter_snapshots_response import ChapterSnapshotsResponse as ChapterSnapshotsResponseModel
from .chapter_statistics_response import ChapterStatisticsResponse, VoiceStatisticsResponseModel
from .chapter_statistics_response import ChapterStatisticsResponse as ChapterStatisticsResponseModel
from .chapter_with_content_response_model import (
    ChapterContentBlockExtendableNodeResponseModel,
    ChapterContentBlockResponseModel,
    ChapterContentBlockTtsNodeResponseModel,
    ChapterContentResponseModel,
    ChapterWithContentResponseModel,
)
from .chapter_with_content_response_model import (
    ChapterContentBlockExtendableNodeResponseModel as ChapterContentBlockResponseModelNodesItem_Other,
)
from .chapter_with_content_response_model import (
    ChapterContentBlockTtsNodeResponseModel as ChapterContentBlockResponseModelNodesItem_TtsNode,
)
from .character_alignment_model import CharacterAlignmentModel
from .character_alignment_response_model import CharacterAlignmentResponseModel
from .character_response_model import CharacterMetadataResponseModel, CharacterResponseModel
from .client_tool_call import ClientToolCall, ClientToolCallClientToolCall, ClientToolCallClientToolCallParameters
from .client_tool_config_input import ClientToolConfigInput
from .client_tool_config_input import ClientToolConfigInput as PromptAgentApiModelInputToolsItem_Client
from .client_tool_config_input import ClientToolConfigInput as PromptAgentApiModelWorkflowOverrideInputToolsItem_Client
from .client_tool_config_input import ClientToolConfigInput as ToolRequestModelToolConfig_Client
from .client_tool_config_output import ClientToolConfigOutput
from .client_tool_config_output import ClientToolConfigOutput as PromptAgentApiModelOutputToolsItem_Client
from .client_tool_config_output import (
    ClientToolConfigOutput as PromptAgentApiModelWorkflowOverrideOutputToolsItem_Client,
)
from .client_tool_config_output import ClientToolConfigOutput as ToolResponseModelToolConfig_Client
from .client_tool_result import ClientToolResult
from .clip_animation import ClipAnimation
from .close_connection import CloseConnection
from .close_context import CloseContext
from .close_payload import ClosePayload
from .close_socket import CloseSocket
from .column_filter import ColumnFilter
from .committed_transcript_entities_payload import CommittedTranscriptEntitiesPayload
from .committed_transcript_payload import CommittedTranscriptPayload
from .committed_transcript_with_timestamps_payload import CommittedTranscriptWithTimestampsPayload, TranscriptionWord
from .compile_procedures_response_model import CompileProceduresResponseModel
from .compile_procedures_validation_error_response_model import (
    CompileProceduresValidationErrorResponseModel,
    CompileProceduresValidationErrorResponseModelErrors,
    ProcedureValidationError,
)
from .composition_plan import CompositionPlan, GenerationChunkInput
from .composition_plan import GenerationChunkInput as GenerationChunk
from .constant_schema_override import ConstantSchemaOverride, ConstantSchemaOverrideConstantValueType5
from .constant_schema_override import (
    ConstantSchemaOverride as ApiIntegrationWebhookOverridesSchemaOverridesValue_Constant,
)
from .constant_schema_override import ConstantSchemaOverride as McpToolConfigInputInputOverridesValue_Constant
from .constant_schema_override import ConstantSchemaOverride as McpToolConfigOutputInputOverridesValue_Constant
from .constant_schema_override import (
    ConstantSchemaOverride as McpToolConfigOverrideCreateRequestModelInputOverridesValue_Constant,
)
from .constant_schema_override import ConstantSchemaOverride as McpToolConfigOverrideInputInputOverridesValue_Constant
from .constant_schema_override import ConstantSchemaOverride as McpToolConfigOverrideOutputInputOverridesValue_Constant
from .constant_schema_override import (
    ConstantSchemaOverride as McpToolConfigOverrideUpdateRequestModelInputOverridesValue_Constant,
)
from .constant_schema_override import ConstantSchemaOverride as WorkflowToolLocatorSchemaOverridesValue_Constant
from .content_config import ContentConfig, ContentThresholdGuardrail
from .contextual_update import ContextualUpdate
from .conv_ai_dynamic_variable import ConvAiDynamicVariable
from .conv_ai_dynamic_variable import ConvAiDynamicVariable as ConvAIDynamicVariable
from .conv_ai_env_var_locator import ConvAiEnvVarLocator
from .conv_ai_env_var_locator import ConvAiEnvVarLocator as ConvAIEnvVarLocator
from .conv_ai_file_upload_response_model import ConvAiFileUploadResponseModel
from .conv_ai_file_upload_response_model import ConvAiFileUploadResponseModel as ConvAIFileUploadResponseModel
from .conv_ai_secret_locator import ConvAiSecretLocator
from .conv_ai_secret_locator import ConvAiSecretLocator as ConvAISecretLocator
from .conv_ai_user_secret_db_model import ConvAiUserSecretDbModel
from .conv_ai_user_secret_db_model import ConvAiUserSecretDbModel as ConvAIUserSecretDBModel
from .conv_ai_webhooks import ConvAiWebhooks
from .conv_ai_webhooks import ConvAiWebhooks as ConvAIWebhooks
from .conv_ai_workspace_stored_secret_config import ConvAiStoredSecretDependencies, ConvAiWorkspaceStoredSecretConfig
from .conv_ai_workspace_stored_secret_config import ConvAiStoredSecretDependencies as ConvAIStoredSecretDependencies
from .conv_ai_workspace_stored_secret_config import (
    ConvAiWorkspaceStoredSecretConfig as ConvAIWorkspaceStoredSecretConfig,
)
from .conversation_asr_usage_model import ConversationAsrUsageModel
from .conversation_asr_usage_model import ConversationAsrUsageModel as ConversationASRUsageModel
from .conversation_config_client_override_input import (
    AgentConfigOverrideInput,
    AsrConversationalConfigOverride,
    ConversationConfigClientOverrideInput,
    PromptAgentApiModelOverrideInput,
)
from .conversation_config_client_override_input import AgentConfigOverrideInput as AgentConfigOverride
from .conversation_config_client_override_input import (
    AsrConversationalConfigOverride as ASRConversationalConfigOverride,
)
from .conversation_config_client_override_input import (
    ConversationConfigClientOverrideInput as ConversationConfigClientOverride,
)
from .conversation_config_client_override_input import (
    PromptAgentApiModelOverrideInput as PromptAgentAPIModelOverrideInput,
)
from .conversation_config_client_override_output import (
    AgentConfigOverrideOutput,
    ConversationConfigClientOverrideOutput,
    PromptAgentApiModelOverride,
)
from .conversation_config_client_override_output import PromptAgentApiModelOverride as PromptAgentAPIModelOverride
from .conversation_config_input import ConversationConfigInput
from .conversation_config_input import ConversationConfigInput as ConversationConfig
from .conversation_config_output import ConversationConfigOutput
from .conversation_config_override import ConversationConfigOverride
from .conversation_config_override_config import ConversationConfigOverrideConfig
from .conversation_feedback_request_model import ConversationFeedbackRequestModel
from .conversation_history_analysis_common_model import (
    ConversationHistoryAnalysisCommonModel,
    ConversationHistoryAnalysisCommonModelDataCollectionResults,
    ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults,
)
from .conversation_history_evaluation_criteria_result_common_model import (
    ConversationHistoryEvaluationCriteriaResultCommonModel,
)
from .conversation_history_exotel_phone_call_model import ConversationHistoryExotelPhoneCallModel
from .conversation_history_multivoice_message_model import (
    ConversationHistoryMultivoiceMessageModel,
    ConversationHistoryMultivoiceMessagePartModel,
)
from .conversation_history_redaction_config import ConversationHistoryRedactionConfig
from .conversation_history_transcript_api_integration_webhook_tools_result_common_model import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
)
from .conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
)
from .conversation_history_transcript_common_model_input import (
    ConversationHistoryTranscriptCommonModelInput,
    LlmUsageInput,
    LlmUsageInputModelUsage,
)
from .conversation_history_transcript_common_model_input import (
    ConversationHistoryTranscriptCommonModelInput as ConversationHistoryTranscriptCommonModel,
)
from .conversation_history_transcript_common_model_input import LlmUsageInput as LLMUsage
from .conversation_history_transcript_common_model_input import LlmUsageInputModelUsage as LLMUsageModelUsage
from .conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from .conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from .conversation_history_transcript_system_tool_result_common_model import (
    ConversationHistoryTranscriptSystemToolResultCommonModel,
    TransferToAgentToolResultSuccessModel,
)
from .conversation_history_transcript_system_tool_result_common_model import (
    TransferToAgentToolResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToAgentSuccess,
)
from .conversation_history_transcript_system_tool_result_common_model_input import (
    ConversationHistoryTranscriptSystemToolResultCommonModelInput,
    TransferToAgentToolResultSuccessModelInput,
)
from .conversation_history_transcript_system_tool_result_common_model_input import (
    TransferToAgentToolResultSuccessModelInput as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToAgentSuccess,
)
from .conversation_history_transcript_tool_call_client_details import ConversationHistoryTranscriptToolCallClientDetails
from .conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails as ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_Client,
)
from .conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails as ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_Client,
)
from .conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails as ToolExecutionResponseModelToolCallDetails_Client,
)
from .conversation_history_transcript_tool_call_common_model_input import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,
    ConversationHistoryTranscriptToolCallCommonModelInput,
)
from .conversation_history_transcript_tool_call_common_model_input import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput as ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_ApiIntegrationWebhook,
)
from .conversation_history_transcript_tool_call_common_model_input import (
    ConversationHistoryTranscriptToolCallCommonModelInput as ConversationHistoryTranscriptToolCallCommonModel,
)
from .conversation_history_transcript_tool_call_common_model_output import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails,
    ConversationHistoryTranscriptToolCallCommonModelOutput,
)
from .conversation_history_transcript_tool_call_common_model_output import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails as ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_ApiIntegrationWebhook,
)
from .conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails,
    ConversationHistoryTranscriptToolCallMcpDetailsParameters,
)
from .conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails as ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_Mcp,
)
from .conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails as ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_Mcp,
)
from .conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails as ConversationHistoryTranscriptToolCallMCPDetails,
)
from .conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails as ToolExecutionResponseModelToolCallDetails_Mcp,
)
from .conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetailsParameters as ConversationHistoryTranscriptToolCallMCPDetailsParameters,
)
from .conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
    ConversationHistoryTranscriptToolCallWebhookDetailsHeaders,
    ConversationHistoryTranscriptToolCallWebhookDetailsPathParams,
    ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams,
)
from .conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails as ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_Webhook,
)
from .conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails as ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_Webhook,
)
from .conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails as ToolExecutionResponseModelToolCallDetails_Webhook,
)
from .conversation_history_transcript_workflow_tools_result_common_model_input import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput,
    WorkflowToolNestedToolsStepModelInput,
    WorkflowToolResponseModelInput,
)
from .conversation_history_transcript_workflow_tools_result_common_model_input import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput as ConversationHistoryTranscriptWorkflowToolsResultCommonModel,
)
from .conversation_history_transcript_workflow_tools_result_common_model_input import (
    WorkflowToolNestedToolsStepModelInput as WorkflowToolNestedToolsStepModel,
)
from .conversation_history_transcript_workflow_tools_result_common_model_input import (
    WorkflowToolNestedToolsStepModelInput as WorkflowToolResponseModelInputStepsItem_NestedTools,
)
from .conversation_history_transcript_workflow_tools_result_common_model_input import (
    WorkflowToolResponseModelInput as WorkflowToolResponseModel,
)
from .conversation_history_transcript_workflow_tools_result_common_model_output import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
    WorkflowToolNestedToolsStepModelOutput,
    WorkflowToolResponseModelOutput,
)
from .conversation_history_transcript_workflow_tools_result_common_model_output import (
    WorkflowToolNestedToolsStepModelOutput as WorkflowToolResponseModelOutputStepsItems_NestedTools,
)
from .conversation_initiation_client_data import (
    ConversationInitiationClientData,
    ConversationInitiationClientDataConversationConfigOverride,
    ConversationInitiationClientDataConversationConfigOverrideAgent,
    ConversationInitiationClientDataConversationConfigOverrideAgentPrompt,
    ConversationInitiationClientDataConversationConfigOverrideTts,
    ConversationInitiationClientDataCustomLlmExtraBody,
    ConversationInitiationClientDataDynamicVariables,
    ConversationInitiationClientDataSourceInfo,
)
from .conversation_initiation_client_data_request_input import (
    ConversationInitiationClientDataRequestInput,
    ConversationInitiationClientDataRequestInputCustomLlmExtraBody,
    ConversationInitiationClientDataRequestInputDynamicVariables,
)
from .conversation_initiation_client_data_request_input import (
    ConversationInitiationClientDataRequestInput as ConversationInitiationClientDataRequest,
)
from .conversation_initiation_client_data_request_input import (
    ConversationInitiationClientDataRequestInputCustomLlmExtraBody as ConversationInitiationClientDataRequestCustomLlmExtraBody,
)
from .conversation_initiation_client_data_request_input import (
    ConversationInitiationClientDataRequestInputDynamicVariables as ConversationInitiationClientDataRequestDynamicVariables,
)
from .conversation_initiation_client_data_webhook import (
    ConversationInitiationClientDataWebhook,
    ConversationInitiationClientDataWebhookRequestHeaders,
)
from .conversation_initiation_metadata import (
    ConversationInitiationMetadata,
    ConversationInitiationMetadataConversationInitiationMetadataEvent,
)
from .conversation_initiation_source_info import ConversationInitiationSourceInfo
from .conversation_reasoning_model import ConversationReasoningModel
from .conversation_signed_url_response_model import ConversationSignedUrlResponseModel
from .conversation_simulation_specification import (
    ConversationSimulationSpecification,
    ConversationSimulationSpecificationDynamicVariables,
    ConversationSimulationSpecificationToolMockConfig,
    ToolMockConfig,
)
from .conversation_tag_response_model import ConversationTagResponseModel
from .conversation_tts_usage_model import ConversationTtsUsageModel, ConversationVoiceUsageModel
from .conversation_tts_usage_model import ConversationTtsUsageModel as ConversationTTSUsageModel
from .conversation_turn_metrics import ConversationTurnMetrics, ConversationTurnMetricsMetrics, MetricRecord
from .conversation_voice_reward_model import ConversationVoiceRewardModel
from .conversational_ai_agents_summaries_get_response_get_agent_summaries_v1_convai_agents_summaries_get import (
    AgentSummaryBatchSuccessfulResponseModel,
    ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet,
)
from .conversational_ai_agents_summaries_get_response_get_agent_summaries_v1_convai_agents_summaries_get import (
    AgentSummaryBatchSuccessfulResponseModel as SummariesGetResponseValue_Success,
)
from .conversational_ai_knowledge_base_documents_bulk_delete_response_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post import (
    ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost,
    KnowledgeBaseBulkDeleteSuccessfulResponseModel,
    KnowledgeBaseDeletedResponseModel,
)
from .conversational_ai_knowledge_base_documents_bulk_delete_response_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post import (
    KnowledgeBaseBulkDeleteSuccessfulResponseModel as DocumentsBulkDeleteResponseValue_Success,
)
from .conversational_ai_knowledge_base_documents_summaries_get_response_get_knowledge_base_summaries_by_ids_v1_convai_knowledge_base_summaries_get import (
    ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet,
    KnowledgeBaseSummaryBatchSuccessfulResponseModel,
)
from .conversational_ai_knowledge_base_get_or_create_rag_indexes_response_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
    ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    RagIndexBatchSuccessfulResponseModel,
)
from .conversational_ai_knowledge_base_get_or_create_rag_indexes_response_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
    RagIndexBatchSuccessfulResponseModel as KnowledgeBaseGetOrCreateRagIndexesResponseValue_Success,
)
from .conversational_ai_knowledge_base_get_or_create_rag_indexes_response_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
    RagIndexBatchSuccessfulResponseModel as RAGIndexBatchSuccessfulResponseModel,
)
from .conversational_config import ConversationalConfig, ConversationalConfigLanguagePresets
from .conversational_config import ConversationalConfig as ConversationalConfigAPIModelInput
from .conversational_config import (
    ConversationalConfigLanguagePresets as ConversationalConfigAPIModelInputLanguagePresets,
)
from .conversational_config_api_model_output import (
    AgentConfigApiModelOutput,
    AgentConfigApiModelOutputTextBehaviorOverridesType0,
    BuiltInToolsOutput,
    ConversationalConfigApiModelOutput,
    ConversationalConfigApiModelOutputLanguagePresets,
    PromptAgentApiModelOutput,
    RagConfigOutput,
)
from .conversational_config_api_model_output import AgentConfigApiModelOutput as AgentConfigAPIModelOutput
from .conversational_config_api_model_output import (
    AgentConfigApiModelOutputTextBehaviorOverridesType0 as AgentConfigAPIModelOutputTextBehaviorOverridesType0,
)
from .conversational_config_api_model_output import (
    AgentConfigApiModelOutputTextBehaviorOverridesType0 as AgentConfigApiModelOutputTextBehaviorOverrides,
)
from .conversational_config_api_model_output import (
    ConversationalConfigApiModelOutput as ConversationalConfigAPIModelOutput,
)
from .conversational_config_api_model_output import (
    ConversationalConfigApiModelOutputLanguagePresets as ConversationalConfigAPIModelOutputLanguagePresets,
)
from .conversational_config_api_model_output import PromptAgentApiModelOutput as PromptAgentAPIModelOutput
from .convert_chapter_response_model import ConvertChapterResponseModel
from .convert_project_response_model import ConvertProjectResponseModel
from .create_agent_branch_response_model import CreateAgentBranchResponseModel
from .create_agent_conversation_ticket_request_model import (
    CreateAgentConversationTicketRequestModel,
    TurnCommentRequestModel,
)
from .create_agent_response_model import CreateAgentResponseModel
from .create_agent_test_folder_response_model import CreateAgentTestFolderResponseModel
from .create_agent_test_response_model import CreateAgentTestResponseModel
from .create_auth_connection_environment_variable_request import (
    CreateAuthConnectionEnvironmentVariableRequest,
    CreateAuthConnectionEnvironmentVariableRequestValues,
)
from .create_auth_connection_environment_variable_request import (
    CreateAuthConnectionEnvironmentVariableRequest as EnvironmentVariablesCreateRequestBody_AuthConnection,
)
from .create_basic_auth_request import CreateBasicAuthRequest
from .create_basic_auth_request import CreateBasicAuthRequest as AuthConnectionsCreateRequestBody_BasicAuth
from .create_bearer_auth_request import CreateBearerAuthRequest
from .create_bearer_auth_request import CreateBearerAuthRequest as AuthConnectionsCreateRequestBody_BearerAuth
from .create_conversation_tag_request_model import CreateConversationTagRequestModel
from .create_crawl_job_response_model import CreateCrawlJobResponseModel
from .create_custom_header_auth_request import CreateCustomHeaderAuthRequest
from .create_custom_header_auth_request import (
    CreateCustomHeaderAuthRequest as AuthConnectionsCreateRequestBody_CustomHeaderAuth,
)
from .create_exotel_phone_number_request import CreateExotelPhoneNumberRequest
from .create_exotel_phone_number_request import CreateExotelPhoneNumberRequest as PhoneNumbersCreateRequestBody_Exotel
from .create_manual_ticket_request_model import CreateManualTicketRequestModel
from .create_mtls_auth_request import CreateMtlsAuthRequest
from .create_mtls_auth_request import CreateMtlsAuthRequest as AuthConnectionsCreateRequestBody_Mtls
from .create_mtls_auth_request import CreateMtlsAuthRequest as CreateMTLSAuthRequest
from .create_o_auth_2_client_creds_request import (
    CreateOAuth2ClientCredsRequest,
    CreateOAuth2ClientCredsRequestCustomHeaders,
    CreateOAuth2ClientCredsRequestExtraParams,
)
from .create_o_auth_2_client_creds_request import (
    CreateOAuth2ClientCredsRequest as AuthConnectionsCreateRequestBody_Oauth2ClientCredentials,
)
from .create_o_auth_2_jwt_request import CreateOAuth2JwtRequest, CreateOAuth2JwtRequestExtraParams
from .create_o_auth_2_jwt_request import CreateOAuth2JwtRequest as AuthConnectionsCreateRequestBody_Oauth2Jwt
from .create_o_auth_2_jwt_request import CreateOAuth2JwtRequest as CreateOAuth2JWTRequest
from .create_o_auth_2_jwt_request import CreateOAuth2JwtRequestExtraParams as CreateOAuth2JWTRequestExtraParams
from .create_order_request import CreateOrderRequest
from .create_order_response import CreateOrderResponse
from .create_phone_number_response_model import CreatePhoneNumberResponseModel
from .create_private_key_jwt_request import CreatePrivateKeyJwtRequest, CreatePrivateKeyJwtRequestExtraParams
from .create_private_key_jwt_request import CreatePrivateKeyJwtRequest as AuthConnectionsCreateRequestBody_PrivateKeyJwt
from .create_private_key_jwt_request import CreatePrivateKeyJwtRequest as CreatePrivateKeyJWTRequest
from .create_private_key_jwt_request import (
    CreatePrivateKeyJwtRequestExtraParams as CreatePrivateKeyJWTRequestExtraParams,
)
from .create_procedure_request_model import CreateProcedureRequestModel
from .create_procedure_response_model import CreateProcedureResponseModel
from .create_pronunciation_dictionary_response_model import CreatePronunciationDictionaryResponseModel
from .create_pvc_voice_request import CreatePvcVoiceRequest, CreatePvcVoiceRequestLabelsType0
from .create_pvc_voice_request import CreatePvcVoiceRequest as BodyCreatePVCVoiceV1VoicesPvcPost
from .create_pvc_voice_request import CreatePvcVoiceRequestLabelsType0 as BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0
from .create_pvc_voice_request import CreatePvcVoiceRequestLabelsType0 as CreatePvcVoiceRequestLabels
from .create_response_unit_test_request import (
    CreateResponseUnitTestRequest,
    CreateResponseUnitTestRequestDynamicVariables,
)
from .create_response_unit_test_request import CreateResponseUnitTestRequest as TestsCreateRequestBody_Llm
from .create_secret_environment_variable_request import (
    CreateSecretEnvironmentVariableRequest,
    CreateSecretEnvironmentVariableRequestValues,
)
from .create_secret_environment_variable_request import (
    CreateSecretEnvironmentVariableRequest as EnvironmentVariablesCreateRequestBody_Secret,
)
from .create_simulation_test_request import (
    CreateSimulationTestRequest,
    CreateSimulationTestRequestDynamicVariables,
    CreateSimulationTestRequestToolMockOverrides,
)
from .create_simulation_test_request import CreateSimulationTestRequest as TestsCreateRequestBody_Simulation
from .create_sip_trunk_phone_number_request import CreateSipTrunkPhoneNumberRequest
from .create_sip_trunk_phone_number_request import (
    CreateSipTrunkPhoneNumberRequest as CreateSIPTrunkPhoneNumberRequestV2,
)
from .create_sip_trunk_phone_number_request import (
    CreateSipTrunkPhoneNumberRequest as PhoneNumbersCreateRequestBody_SipTrunk,
)
from .create_sound_effect_request import CreateSoundEffectRequest
from .create_sound_effect_request import CreateSoundEffectRequest as BodySoundGenerationV1SoundGenerationPost
from .create_speech_engine_request import CreateSpeechEngineRequest
from .create_string_environment_variable_request import (
    CreateStringEnvironmentVariableRequest,
    CreateStringEnvironmentVariableRequestValues,
)
from .create_string_environment_variable_request import (
    CreateStringEnvironmentVariableRequest as EnvironmentVariablesCreateRequestBody_String,
)
from .create_tool_call_unit_test_request import (
    CreateToolCallUnitTestRequest,
    CreateToolCallUnitTestRequestDynamicVariables,
)
from .create_tool_call_unit_test_request import CreateToolCallUnitTestRequest as TestsCreateRequestBody_Tool
from .create_twilio_phone_number_request import CreateTwilioPhoneNumberRequest, RegionConfigRequest
from .create_twilio_phone_number_request import CreateTwilioPhoneNumberRequest as PhoneNumbersCreateRequestBody_Twilio
from .creatify_aurora_request import CreatifyAuroraRequest
from .creatify_aurora_request import CreatifyAuroraRequest as VideoGenerationRequest_CreatifyAurora
from .custom_guardrail_config import CustomGuardrailConfig
from .custom_header_auth_response import CustomHeaderAuthResponse
from .custom_header_auth_response import CustomHeaderAuthResponse as AuthConnectionsCreateResponse_CustomHeaderAuth
from .custom_header_auth_response import CustomHeaderAuthResponse as AuthConnectionsUpdateResponse_CustomHeaderAuth
from .custom_header_auth_response import (
    CustomHeaderAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_CustomHeaderAuth,
)
from .custom_llm import CustomLlm, CustomLlmRequestHeaders
from .custom_llm import CustomLlm as CustomLLM
from .custom_llm import CustomLlmRequestHeaders as CustomLLMRequestHeaders
from .custom_sip_header import CustomSipHeader
from .custom_sip_header import CustomSipHeader as CustomSIPHeader
from .custom_sip_header import CustomSipHeader as PhoneNumberTransferCustomSipHeadersItem_Static
from .custom_sip_header import CustomSipHeader as WorkflowPhoneNumberNodeModelInputCustomSipHeadersItem_Static
from .custom_sip_header import CustomSipHeader as WorkflowPhoneNumberNodeModelOutputCustomSipHeadersItem_Static
from .custom_sip_header_with_dynamic_variable import CustomSipHeaderWithDynamicVariable
from .custom_sip_header_with_dynamic_variable import (
    CustomSipHeaderWithDynamicVariable as CustomSIPHeaderWithDynamicVariable,
)
from .custom_sip_header_with_dynamic_variable import (
    CustomSipHeaderWithDynamicVariable as PhoneNumberTransferCustomSipHeadersItem_Dynamic,
)
from .custom_sip_header_with_dynamic_variable import (
    CustomSipHeaderWithDynamicVariable as WorkflowPhoneNumberNodeModelInputCustomSipHeadersItem_Dynamic,
)
from .custom_sip_header_with_dynamic_variable import (
    CustomSipHeaderWithDynamicVariable as WorkflowPhoneNumberNodeModelOutputCustomSipHeadersItem_Dynamic,
)
from .dashboard_call_success_chart_model import DashboardCallSuccessChartModel
from .dashboard_call_success_chart_model import (
    DashboardCallSuccessChartModel as GetConvAiDashboardSettingsResponseModelChartsItem_CallSuccess,
)
from .dashboard_call_success_chart_model import (
    DashboardCallSuccessChartModel as PatchConvAiDashboardSettingsRequestChartsItem_CallSuccess,
)
from .dashboard_criteria_chart_model import DashboardCriteriaChartModel
from .dashboard_criteria_chart_model import (
    DashboardCriteriaChartModel as GetConvAiDashboardSettingsResponseModelChartsItem_Criteria,
)
from .dashboard_criteria_chart_model import (
    DashboardCriteriaChartModel as PatchConvAiDashboardSettingsRequestChartsItem_Criteria,
)
from .dashboard_data_collection_chart_model import DashboardDataCollectionChartModel
from .dashboard_data_collection_chart_model import (
    DashboardDataCollectionChartModel as GetConvAiDashboardSettingsResponseModelChartsItem_DataCollection,
)
from .dashboard_data_collection_chart_model import (
    DashboardDataCollectionChartModel as PatchConvAiDashboardSettingsRequestChartsItem_DataCollection,
)
from .data_collection_result_common_model import DataCollectionResultCommonModel
from .delete_chapter_response_model import DeleteChapterResponseModel
from .delete_dubbing_response_model import DeleteDubbingResponseModel
from .delete_history_item_response import DeleteHistoryItemResponse
from .delete_project_response_model import DeleteProjectResponseModel
from .delete_sample_response import DeleteSampleResponse
from .delete_sample_response import DeleteSampleResponse as DeleteSampleResponseModel
from .delete_voice_response_model import DeleteVoiceResponseModel
from .delete_voice_sample_response_model import DeleteVoiceSampleResponseModel
from .delete_workspace_group_member_response_model import DeleteWorkspaceGroupMemberResponseModel
from .delete_workspace_invite_response_model import DeleteWorkspaceInviteResponseModel
from .delete_workspace_webhook_response_model import DeleteWorkspaceWebhookResponseModel
from .dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as ConvAiStoredSecretDependenciesAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as GetKnowledgeBaseDependentAgentsResponseModelAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as GetKnowledgeBaseSummaryFileResponseModelDependentAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as GetKnowledgeBaseSummaryFolderResponseModelDependentAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as GetKnowledgeBaseSummaryTextResponseModelDependentAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as GetKnowledgeBaseSummaryUrlResponseModelDependentAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as GetToolDependentAgentsResponseModelAgentsItem_Available,
)
from .dependent_available_agent_identifier import (
    DependentAvailableAgentIdentifier as McpServerResponseModelDependentAgentsItem_Available,
)
from .dependent_available_mcp_server_identifier import DependentAvailableMcpServerIdentifier
from .dependent_available_mcp_server_identifier import (
    DependentAvailableMcpServerIdentifier as AuthConnectionDependenciesMcpServersItem_Available,
)
from .dependent_available_mcp_server_identifier import (
    DependentAvailableMcpServerIdentifier as ConvAiStoredSecretDependenciesMcpServersItem_Available,
)
from .dependent_available_mcp_server_identifier import (
    DependentAvailableMcpServerIdentifier as DependentAvailableMCPServerIdentifier,
)
from .dependent_available_tool_identifier import DependentAvailableToolIdentifier
from .dependent_available_tool_identifier import (
    DependentAvailableToolIdentifier as AuthConnectionDependenciesToolsItem_Available,
)
from .dependent_available_tool_identifier import (
    DependentAvailableToolIdentifier as ConvAiStoredSecretDependenciesToolsItem_Available,
)
from .dependent_branch_info import DependentBranchInfo
from .dependent_phone_number_identifier import DependentPhoneNumberIdentifier
from .dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as ConvAiStoredSecretDependenciesAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as GetKnowledgeBaseDependentAgentsResponseModelAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as GetKnowledgeBaseSummaryFileResponseModelDependentAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as GetKnowledgeBaseSummaryFolderResponseModelDependentAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as GetKnowledgeBaseSummaryTextResponseModelDependentAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as GetKnowledgeBaseSummaryUrlResponseModelDependentAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as GetToolDependentAgentsResponseModelAgentsItem_Unknown,
)
from .dependent_unknown_agent_identifier import (
    DependentUnknownAgentIdentifier as McpServerResponseModelDependentAgentsItem_Unknown,
)
from .dependent_unknown_mcp_server_identifier import DependentUnknownMcpServerIdentifier
from .dependent_unknown_mcp_server_identifier import (
    DependentUnknownMcpServerIdentifier as AuthConnectionDependenciesMcpServersItem_Unknown,
)
from .dependent_unknown_mcp_server_identifier import (
    DependentUnknownMcpServerIdentifier as ConvAiStoredSecretDependenciesMcpServersItem_Unknown,
)
from .dependent_unknown_mcp_server_identifier import (
    DependentUnknownMcpServerIdentifier as DependentUnknownMCPServerIdentifier,
)
from .dependent_unknown_tool_identifier import DependentUnknownToolIdentifier
from .dependent_unknown_tool_identifier import (
    DependentUnknownToolIdentifier as AuthConnectionDependenciesToolsItem_Unknown,
)
from .dependent_unknown_tool_identifier import (
    DependentUnknownToolIdentifier as ConvAiStoredSecretDependenciesToolsItem_Unknown,
)
from .detected_entity import DetectedEntity
from .dialogue_input import DialogueInput
from .do_dubbing_response import DoDubbingResponse
from .do_dubbing_response import DoDubbingResponse as DoDubbingResponseModel
from .download_history_request import DownloadHistoryRequest
from .download_history_request import DownloadHistoryRequest as BodyDownloadHistoryItemsV1HistoryDownloadPost
from .dtmf_input_config import DtmfInputConfig
from .dtmf_input_config import DtmfInputConfig as DTMFInputConfig
from .dub_order_item_request import DubOrderItemRequest
from .dub_order_item_request import DubOrderItemRequest as OrderItemRequestInput_Dub
from .dub_order_item_request import DubOrderItemRequest as OrderItemRequestOutput_Dub
from .dub_request import DubRequest
from .dub_request import DubRequest as BodyDubAVideoOrAnAudioFileV1DubbingPost
from .dubbing_bulk_segment_update_request import (
    DubbingBulkSegmentUpdateRequest,
    DubbingBulkSegmentUpdateRequestSegments,
)
from .dubbing_bulk_source_segment_update_response import DubbingBulkSourceSegmentUpdateResponse
from .dubbing_bulk_target_segment_update_request import (
    DubbingBulkTargetSegmentUpdateRequest,
    DubbingBulkTargetSegmentUpdateRequestSegments,
)
from .dubbing_bulk_target_segment_update_response import DubbingBulkTargetSegmentUpdateResponse
from .dubbing_error import DubbingError
from .dubbing_language_list_response import DubbingLanguageListResponse
from .dubbing_language_response import DubbingLanguageOutputs, DubbingLanguageResponse
from .dubbing_media_reference import DubbingMediaReference
from .dubbing_metadata_page_response_model import DubbingMetadataPageResponseModel
from .dubbing_metadata_response import DubbingMediaMetadata, DubbingMetadataResponse
from .dubbing_project_list_response import DubbingProjectListResponse
from .dubbing_project_response import DubbingProjectResponse, DubbingSourceMediaInfo
from .dubbing_regenerate_response import DubbingRegenerateResponse
from .dubbing_render_response_model import DubbingRenderResponseModel
from .dubbing_resource import (
    DubbedSegment,
    DubbingResource,
    DubbingResourceRenders,
    DubbingResourceSpeakerSegments,
    DubbingResourceSpeakerTracks,
    Render,
    SpeakerSegment,
    SpeakerSegmentDubs,
    SpeakerTrack,
    SpeakerTrackVoices,
)
from .dubbing_segment_create_request import DubbingSegmentCreateRequest
from .dubbing_segment_update_request import DubbingSegmentUpdateRequest
from .dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
from .dubbing_source_transcript_response import DubbingSourceTranscriptResponse
from .dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest
from .dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse
from .dubbing_target_transcript_response import DubbingTargetTranscriptResponse
from .dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
from .dubbing_transcript_response_model import DubbingTranscriptResponseModel
from .dubbing_transcript_revision_response import DubbingTranscriptRevisionResponse
from .dubbing_transcript_segment import DubbingTranscriptSegment
from .dubbing_transcript_utterance import DubbingTranscriptCharacter, DubbingTranscriptUtterance, DubbingTranscriptWord
from .dubbing_transcripts_response_model import DubbingTranscript, DubbingTranscriptsResponseModel
from .dummy_tool_result_model import DummyToolResultModel
from .dummy_tool_result_model import (
    DummyToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_Dummy,
)
from .dummy_tool_result_model import (
    DummyToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_Dummy,
)
from .dynamic_variable_assignment import DynamicVariableAssignment
from .dynamic_variable_schema_override import DynamicVariableSchemaOverride
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as ApiIntegrationWebhookOverridesSchemaOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as McpToolConfigInputInputOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as McpToolConfigOutputInputOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as McpToolConfigOverrideCreateRequestModelInputOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as McpToolConfigOverrideInputInputOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as McpToolConfigOverrideOutputInputOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as McpToolConfigOverrideUpdateRequestModelInputOverridesValue_DynamicVariable,
)
from .dynamic_variable_schema_override import (
    DynamicVariableSchemaOverride as WorkflowToolLocatorSchemaOverridesValue_DynamicVariable,
)
from .dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
from .dynamic_variables_config import DynamicVariablesConfig, DynamicVariablesConfigDynamicVariablePlaceholders
from .dynamic_variables_config_workflow_override import (
    DynamicVariablesConfigWorkflowOverride,
    DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0,
)
from .dynamic_variables_config_workflow_override import (
    DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 as DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholders,
)
from .edit_chapter_response_model import EditChapterResponseModel
from .edit_project_response_model import EditProjectResponseModel
from .edit_voice_request import EditVoiceRequest, EditVoiceRequestLabelsType0
from .edit_voice_request import EditVoiceRequest as BodyEditVoiceV1VoicesVoiceIdEditPost
from .edit_voice_request import EditVoiceRequestLabelsType0 as BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0
from .edit_voice_request import EditVoiceRequestLabelsType0 as EditVoiceRequestLabels
from .edit_voice_response_model import EditVoiceResponseModel
from .edit_voice_settings_response_model import EditVoiceSettingsResponseModel
from .eleven_flash_v25_request import ElevenFlashV25Request, ElevenFlashV25VoiceSettings
from .eleven_flash_v25_request import ElevenFlashV25Request as TextToSpeechGenerationRequest_ElevenFlashV25
from .eleven_multilingual_v2_request import ElevenMultilingualV2Request, TtsVoiceSettings
from .eleven_multilingual_v2_request import (
    ElevenMultilingualV2Request as TextToSpeechGenerationRequest_ElevenMultilingualV2,
)
from .eleven_v3_request import ElevenV3Request, ElevenV3VoiceSettings
from .eleven_v3_request import ElevenV3Request as TextToSpeechGenerationRequest_ElevenV3
from .end_call_tool_config import EndCallToolConfig
from .end_call_tool_config import EndCallToolConfig as SystemToolConfigInputParams_EndCall
from .end_call_tool_config import EndCallToolConfig as SystemToolConfigOutputParams_EndCall
from .end_call_tool_result_model import EndCallToolResultModel
from .end_call_tool_result_model import (
    EndCallToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_EndCallSuccess,
)
from .end_call_tool_result_model import (
    EndCallToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_EndCallSuccess,
)
from .end_call_tool_result_model import (
    EndCallToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_EndCallSuccess,
)
from .end_call_trigger_action import EndCallTriggerAction
from .end_call_trigger_action import EndCallTriggerAction as ContentGuardrailInputTriggerAction_EndCall
from .end_call_trigger_action import EndCallTriggerAction as ContentGuardrailOutputTriggerAction_EndCall
from .end_call_trigger_action import EndCallTriggerAction as CustomGuardrailConfigTriggerAction_EndCall
from .environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from .environment_variable_auth_connection_value_request import EnvironmentVariableAuthConnectionValueRequest
from .environment_variable_response import (
    EnvironmentVariableAuthConnectionValue,
    EnvironmentVariableResponse,
    EnvironmentVariableResponseValuesType0,
    EnvironmentVariableResponseValuesType1,
    EnvironmentVariableResponseValuesType2,
    EnvironmentVariableSecretValue,
)
from .environment_variable_secret_value_request import EnvironmentVariableSecretValueRequest
from .environment_variables_list_response import EnvironmentVariablesListResponse
from .error_payload import ErrorPayload
from .exotel_outbound_call_response import ExotelOutboundCallResponse
from .external_file_sync_info import ExternalFileSyncInfo
from .external_folder_sync_info import ExternalFolderSyncInfo
from .feature_status_common_model import FeatureStatusCommonModel
from .feedback import Feedback
from .file_input_config import FileInputConfig
from .file_input_config_workflow_override import FileInputConfigWorkflowOverride
from .file_refresh_status import FileRefreshStatus
from .final_output import FinalOutput
from .final_output_multi import FinalOutputMulti
from .flush_context import FlushContext
from .focus_guardrail import FocusGuardrail
from .forced_alignment_response_model import (
    ForcedAlignmentCharacterResponseModel,
    ForcedAlignmentResponseModel,
    ForcedAlignmentWordResponseModel,
)
from .gemini_3_pro_image_request import Gemini3ProImageRequest
from .gemini_3_pro_image_request import Gemini3ProImageRequest as ImageGenerationRequest_Gemini3ProImage
from .gemini_25_flash_image_request import Gemini25FlashImageRequest
from .gemini_25_flash_image_request import Gemini25FlashImageRequest as ImageGenerationRequest_Gemini25FlashImage
from .gemini_31_flash_image_request import Gemini31FlashImageRequest
from .gemini_31_flash_image_request import Gemini31FlashImageRequest as ImageGenerationRequest_Gemini31FlashImage
from .gemini_31_flash_lite_image_request import Gemini31FlashLiteImageRequest
from .gemini_31_flash_lite_image_request import (
    Gemini31FlashLiteImageRequest as ImageGenerationRequest_Gemini31FlashLiteImage,
)
from .generation_chunk_output import GenerationChunkOutput
from .generation_config import GenerationConfig
from .generation_node import GenerationNode, GenerationNodeModelParametersType0
from .generation_node import GenerationNodeModelParametersType0 as GenerationNodeModelParameters
from .generation_reference import GenerationReference
from .generation_reference import GenerationReference as AudioReference_Generation
from .generation_reference import GenerationReference as ImageReference_Generation
from .generation_reference import GenerationReference as VideoReference_Generation
from .get_agent_conversation_tickets_page_response_model import GetAgentConversationTicketsPageResponseModel
from .get_agent_embed_response_model import (
    GetAgentEmbedResponseModel,
    WidgetConfigResponse,
    WidgetConfigResponseLanguagePresets,
    WidgetLanguagePresetResponse,
)
from .get_agent_embed_response_model import WidgetConfigResponse as WidgetConfigResponseModel
from .get_agent_embed_response_model import (
    WidgetConfigResponseLanguagePresets as WidgetConfigResponseModelLanguagePresets,
)
from .get_agent_knowledgebase_size_response_model import GetAgentKnowledgebaseSizeResponseModel
from .get_agent_link_response_model import ConversationTokenResponseModel, GetAgentLinkResponseModel
from .get_agent_response_model import GetAgentResponseModel
from .get_agent_test_folder_response_model import GetAgentTestFolderResponseModel
from .get_agent_topics_response_model import (
    AgentTopicResponseModel,
    GetAgentTopicsResponseModel,
    NumericDistributionAggregate,
    TopicEvaluationCriteriaAggregate,
    TopicMetricsAggregate,
    TopicSentimentAggregate,
)
from .get_agents_page_response_model import GetAgentsPageResponseModel
from .get_audio_isolation_history_response_model import (
    AudioIsolationHistoryItemResponseModel,
    GetAudioIsolationHistoryResponseModel,
)
from .get_audio_native_project_settings_response_model import (
    AudioNativeProjectSettingsResponseModel,
    GetAudioNativeProjectSettingsResponseModel,
)
from .get_chapters_response import GetChaptersResponse
from .get_chapters_response import GetChaptersResponse as GetChaptersResponseModel
from .get_conv_ai_dashboard_settings_response_model import GetConvAiDashboardSettingsResponseModel
from .get_conv_ai_dashboard_settings_response_model import (
    GetConvAiDashboardSettingsResponseModel as GetConvAIDashboardSettingsResponseModel,
)
from .get_conv_ai_settings_response_model import GetConvAiSettingsResponseModel
from .get_conv_ai_settings_response_model import GetConvAiSettingsResponseModel as GetConvAISettingsResponseModel
from .get_conversation_response_model import (
    AsyncConversationMetadata,
    ConversationChargingCommonModel,
    ConversationDeletionSettings,
    ConversationHistoryBatchCallModel,
    ConversationHistoryElevenAssistantCommonModel,
    ConversationHistoryErrorCommonModel,
    ConversationHistoryFeedbackCommonModel,
    ConversationHistoryMetadataCommonModel,
    ConversationHistoryRagUsageCommonModel,
    ConversationHistorySipTrunkingPhoneCallModel,
    ConversationHistoryTwilioPhoneCallModel,
    ConversationInitiationClientDataRequestOutput,
    ConversationInitiationClientDataRequestOutputCustomLlmExtraBody,
    ConversationInitiationClientDataRequestOutputDynamicVariables,
    DefaultConversationInitiationTrigger,
    FeaturesUsageCommonModel,
    GetConversationResponseModel,
    LlmCategoryUsage,
    TestsFeatureUsageCommonModel,
    WhatsAppConversationInfo,
    WorkflowFeaturesUsageCommonModel,
    ZendeskConversationInitiationTrigger,
)
from .get_conversation_response_model import (
    ConversationHistorySipTrunkingPhoneCallModel as ConversationHistoryMetadataCommonModelPhoneCall_SipTrunking,
)
from .get_conversation_response_model import (
    ConversationHistorySipTrunkingPhoneCallModel as ConversationHistorySIPTrunkingPhoneCallModel,
)
from .get_conversation_response_model import (
    ConversationHistoryTwilioPhoneCallModel as ConversationHistoryMetadataCommonModelPhoneCall_Twilio,
)
from .get_conversation_response_model import (
    DefaultConversationInitiationTrigger as ConversationHistoryMetadataCommonModelInitiationTrigger_Default,
)
from .get_conversation_response_model import LlmCategoryUsage as LLMCategoryUsage
from .get_conversation_response_model import (
    ZendeskConversationInitiationTrigger as ConversationHistoryMetadataCommonModelInitiationTrigger_Zendesk,
)
from .get_conversation_summary_response_model import (
    ConversationSummaryMessageModel,
    GetConversationSummaryResponseModel,
)
from .get_conversation_tags_page_response_model import GetConversationTagsPageResponseModel
from .get_conversation_users_page_response_model import (
    ConversationUserResponseModel,
    FrustratedConversationRef,
    GetConversationUsersPageResponseModel,
    SentimentAggregate,
)
from .get_conversations_page_response_model import (
    ConversationSentimentAnalysis,
    ConversationSummaryResponseModel,
    ConversationSummaryResponseModelDataCollectionResultsType0,
    ConversationSummaryResponseModelEvaluationCriteriaResultsType0,
    EvaluationCriteriaSummaryResult,
    GetConversationsPageResponseModel,
)
from .get_conversations_page_response_model import (
    ConversationSummaryResponseModelDataCollectionResultsType0 as ConversationSummaryResponseModelDataCollectionResults,
)
from .get_conversations_page_response_model import (
    ConversationSummaryResponseModelEvaluationCriteriaResultsType0 as ConversationSummaryResponseModelEvaluationCriteriaResults,
)
from .get_crawl_job_response_model import GetCrawlJobResponseModel
from .get_knowledge_base_dependent_agents_response_model import GetKnowledgeBaseDependentAgentsResponseModel
from .get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel
from .get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel as DocumentRefreshResponse_File
from .get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel as DocumentUpdateFileResponse_File
from .get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel as DocumentsGetResponse_File
from .get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel as DocumentsUpdateResponse_File
from .get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel, KbExternalSyncJob
from .get_knowledge_base_folder_response_model import (
    GetKnowledgeBaseFolderResponseModel as DocumentRefreshResponse_Folder,
)
from .get_knowledge_base_folder_response_model import (
    GetKnowledgeBaseFolderResponseModel as DocumentUpdateFileResponse_Folder,
)
from .get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel as DocumentsGetResponse_Folder
from .get_knowledge_base_folder_response_model import (
    GetKnowledgeBaseFolderResponseModel as DocumentsUpdateResponse_Folder,
)
from .get_knowledge_base_list_response_model import GetKnowledgeBaseListResponseModel
from .get_knowledge_base_summary_file_response_model import GetKnowledgeBaseSummaryFileResponseModel
from .get_knowledge_base_summary_file_response_model import (
    GetKnowledgeBaseSummaryFileResponseModel as GetKnowledgeBaseListResponseModelDocumentsItem_File,
)
from .get_knowledge_base_summary_file_response_model import (
    GetKnowledgeBaseSummaryFileResponseModel as KnowledgeBaseContentSearchResultDocument_File,
)
from .get_knowledge_base_summary_file_response_model import (
    GetKnowledgeBaseSummaryFileResponseModel as KnowledgeBaseSummaryBatchSuccessfulResponseModelData_File,
)
from .get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
from .get_knowledge_base_summary_folder_response_model import (
    GetKnowledgeBaseSummaryFolderResponseModel as GetKnowledgeBaseListResponseModelDocumentsItem_Folder,
)
from .get_knowledge_base_summary_folder_response_model import (
    GetKnowledgeBaseSummaryFolderResponseModel as KnowledgeBaseContentSearchResultDocument_Folder,
)
from .get_knowledge_base_summary_folder_response_model import (
    GetKnowledgeBaseSummaryFolderResponseModel as KnowledgeBaseSummaryBatchSuccessfulResponseModelData_Folder,
)
from .get_knowledge_base_summary_text_response_model import GetKnowledgeBaseSummaryTextResponseModel
from .get_knowledge_base_summary_text_response_model import (
    GetKnowledgeBaseSummaryTextResponseModel as GetKnowledgeBaseListResponseModelDocumentsItem_Text,
)
from .get_knowledge_base_summary_text_response_model import (
    GetKnowledgeBaseSummaryTextResponseModel as KnowledgeBaseContentSearchResultDocument_Text,
)
from .get_knowledge_base_summary_text_response_model import (
    GetKnowledgeBaseSummaryTextResponseModel as KnowledgeBaseSummaryBatchSuccessfulResponseModelData_Text,
)
from .get_knowledge_base_summary_url_response_model import GetKnowledgeBaseSummaryUrlResponseModel
from .get_knowledge_base_summary_url_response_model import (
    GetKnowledgeBaseSummaryUrlResponseModel as GetKnowledgeBaseListResponseModelDocumentsItem_Url,
)
from .get_knowledge_base_summary_url_response_model import (
    GetKnowledgeBaseSummaryUrlResponseModel as GetKnowledgeBaseSummaryURLResponseModel,
)
from .get_knowledge_base_summary_url_response_model import (
    GetKnowledgeBaseSummaryUrlResponseModel as KnowledgeBaseContentSearchResultDocument_Url,
)
from .get_knowledge_base_summary_url_response_model import (
    GetKnowledgeBaseSummaryUrlResponseModel as KnowledgeBaseSummaryBatchSuccessfulResponseModelData_Url,
)
from .get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel
from .get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel as DocumentRefreshResponse_Text
from .get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel as DocumentUpdateFileResponse_Text
from .get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel as DocumentsGetResponse_Text
from .get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel as DocumentsUpdateResponse_Text
from .get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel
from .get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel as DocumentRefreshResponse_Url
from .get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel as DocumentUpdateFileResponse_Url
from .get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel as DocumentsGetResponse_Url
from .get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel as DocumentsUpdateResponse_Url
from .get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel as GetKnowledgeBaseURLResponseModel
from .get_library_voices_response import GetLibraryVoicesResponse, LibraryVoiceResponse
from .get_library_voices_response import GetLibraryVoicesResponse as GetLibraryVoicesResponseModel
from .get_library_voices_response import LibraryVoiceResponse as LibraryVoiceResponseModel
from .get_live_count_response import GetLiveCountResponse
from .get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
from .get_phone_number_exotel_response_model import (
    GetPhoneNumberExotelResponseModel as GetAgentResponseModelPhoneNumbersItem_Exotel,
)
from .get_phone_number_exotel_response_model import (
    GetPhoneNumberExotelResponseModel as MergePreviewResponseModelPhoneNumbersItem_Exotel,
)
from .get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel as PhoneNumbersGetResponse_Exotel
from .get_phone_number_exotel_response_model import (
    GetPhoneNumberExotelResponseModel as PhoneNumbersListResponseItem_Exotel,
)
from .get_phone_number_exotel_response_model import (
    GetPhoneNumberExotelResponseModel as PhoneNumbersUpdateResponse_Exotel,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberInboundSipTrunkConfigResponseModel,
    GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders,
    GetPhoneNumberOutboundSipTrunkConfigResponseModel,
    GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders,
    GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders,
    GetPhoneNumberSipTrunkResponseModel,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberInboundSipTrunkConfigResponseModel as GetPhoneNumberInboundSIPTrunkConfigResponseModel,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders as GetPhoneNumberInboundSIPTrunkConfigResponseModelAttributesToHeaders,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModel as GetPhoneNumberOutboundSIPTrunkConfigResponseModel,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders as GetPhoneNumberOutboundSIPTrunkConfigResponseModelAttributesToHeaders,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders as GetPhoneNumberOutboundSIPTrunkConfigResponseModelHeaders,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberSipTrunkResponseModel as GetAgentResponseModelPhoneNumbersItem_SipTrunk,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberSipTrunkResponseModel as GetPhoneNumberSIPTrunkResponseModel,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberSipTrunkResponseModel as MergePreviewResponseModelPhoneNumbersItem_SipTrunk,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberSipTrunkResponseModel as PhoneNumbersGetResponse_SipTrunk,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberSipTrunkResponseModel as PhoneNumbersListResponseItem_SipTrunk,
)
from .get_phone_number_sip_trunk_response_model import (
    GetPhoneNumberSipTrunkResponseModel as PhoneNumbersUpdateResponse_SipTrunk,
)
from .get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel
from .get_phone_number_twilio_response_model import (
    GetPhoneNumberTwilioResponseModel as GetAgentResponseModelPhoneNumbersItem_Twilio,
)
from .get_phone_number_twilio_response_model import (
    GetPhoneNumberTwilioResponseModel as MergePreviewResponseModelPhoneNumbersItem_Twilio,
)
from .get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel as PhoneNumbersGetResponse_Twilio
from .get_phone_number_twilio_response_model import (
    GetPhoneNumberTwilioResponseModel as PhoneNumbersListResponseItem_Twilio,
)
from .get_phone_number_twilio_response_model import (
    GetPhoneNumberTwilioResponseModel as PhoneNumbersUpdateResponse_Twilio,
)
from .get_projects_response import GetProjectsResponse
from .get_projects_response import GetProjectsResponse as GetProjectsResponseModel
from .get_pronunciation_dictionaries_metadata_response_model import GetPronunciationDictionariesMetadataResponseModel
from .get_pronunciation_dictionary_metadata_response import GetPronunciationDictionaryMetadataResponse
from .get_pronunciation_dictionary_metadata_response import (
    GetPronunciationDictionaryMetadataResponse as GetPronunciationDictionaryMetadataResponseModel,
)
from .get_pronunciation_dictionary_with_rules_response_model import (
    GetPronunciationDictionaryWithRulesResponseModel,
    PronunciationDictionaryAliasRuleResponseModel,
    PronunciationDictionaryPhonemeRuleResponseModel,
)
from .get_pronunciation_dictionary_with_rules_response_model import (
    PronunciationDictionaryAliasRuleResponseModel as GetPronunciationDictionaryWithRulesResponseModelRulesItem_Alias,
)
from .get_pronunciation_dictionary_with_rules_response_model import (
    PronunciationDictionaryPhonemeRuleResponseModel as GetPronunciationDictionaryWithRulesResponseModelRulesItem_Phoneme,
)
from .get_response_unit_test_response_model import (
    GetResponseUnitTestResponseModel,
    GetResponseUnitTestResponseModelDynamicVariables,
)
from .get_response_unit_test_response_model import GetResponseUnitTestResponseModel as TestsGetResponse_Llm
from .get_response_unit_test_response_model import GetResponseUnitTestResponseModel as TestsUpdateResponse_Llm
from .get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
from .get_simulation_test_response_model import (
    GetSimulationTestResponseModel,
    GetSimulationTestResponseModelDynamicVariables,
    GetSimulationTestResponseModelToolMockOverrides,
)
from .get_simulation_test_response_model import GetSimulationTestResponseModel as TestsGetResponse_Simulation
from .get_simulation_test_response_model import GetSimulationTestResponseModel as TestsUpdateResponse_Simulation
from .get_sip_log_messages_response import GetSipLogMessagesResponse, SipLogMessage
from .get_sip_log_messages_response import GetSipLogMessagesResponse as GetSIPLogMessagesResponse
from .get_sip_log_messages_response import SipLogMessage as SIPLogMessage
from .get_speech_history_response import GetSpeechHistoryResponse
from .get_speech_history_response import GetSpeechHistoryResponse as GetSpeechHistoryResponseModel
from .get_test_invocations_page_response_model import (
    GetTestInvocationsPageResponseModel,
    TestInvocationSummaryResponseModel,
)
from .get_test_suite_invocation_response_model import (
    GetTestSuiteInvocationResponseModel,
    ResponseUnitTestModel,
    ResponseUnitTestModelDynamicVariables,
    SimulationTestModel,
    SimulationTestModelDynamicVariables,
    SimulationTestModelToolMockOverrides,
    TestConditionRationaleCommonModel,
    TestConditionResultCommonModel,
    TestRunMetadata,
    TestRunResultBucket,
    TestRunResultSummary,
    ToolCallUnitTestModel,
    ToolCallUnitTestModelDynamicVariables,
    UnitTestRunResponseModel,
)
from .get_test_suite_invocation_response_model import ResponseUnitTestModel as UnitTestRunResponseModelTestInfo_Llm
from .get_test_suite_invocation_response_model import SimulationTestModel as UnitTestRunResponseModelTestInfo_Simulation
from .get_test_suite_invocation_response_model import ToolCallUnitTestModel as UnitTestRunResponseModelTestInfo_Tool
from .get_tests_page_response_model import GetTestsPageResponseModel
from .get_tests_summaries_by_ids_response_model import (
    GetTestsSummariesByIdsResponseModel,
    GetTestsSummariesByIdsResponseModelTests,
)
from .get_tool_call_unit_test_response_model import (
    GetToolCallUnitTestResponseModel,
    GetToolCallUnitTestResponseModelDynamicVariables,
)
from .get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel as TestsGetResponse_Tool
from .get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel as TestsUpdateResponse_Tool
from .get_tool_dependent_agents_response_model import GetToolDependentAgentsResponseModel
from .get_tool_executions_page_response_model import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput,
    GetToolExecutionsPageResponseModel,
    ToolExecutionResponseModel,
)
from .get_tool_executions_page_response_model import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput as ToolExecutionResponseModelToolCallDetails_ApiIntegrationWebhook,
)
from .get_voice_accents_response_model import GetVoiceAccentsResponseModel, VoiceAccentResponseModel
from .get_voices_response import GetVoicesResponse
from .get_voices_response import GetVoicesResponse as GetVoicesResponseModel
from .get_voices_v2_response import GetVoicesV2Response
from .get_voices_v2_response import GetVoicesV2Response as GetVoicesV2ResponseModel
from .get_whats_app_account_response import GetWhatsAppAccountResponse
from .get_workspace_secrets_response_model import GetWorkspaceSecretsResponseModel
from .gpt_image_1_request import GptImage1Request
from .gpt_image_1_request import GptImage1Request as GPTImage1Request
from .gpt_image_1_request import GptImage1Request as ImageGenerationRequest_GptImage1
from .gpt_image_2_request import GptImage2Request
from .gpt_image_2_request import GptImage2Request as GPTImage2Request
from .gpt_image_2_request import GptImage2Request as ImageGenerationRequest_GptImage2
from .gpt_image_15_request import GptImage15Request
from .gpt_image_15_request import GptImage15Request as GPTImage15Request
from .gpt_image_15_request import GptImage15Request as ImageGenerationRequest_GptImage15
from .history_download_response_400 import HistoryDownloadResponse400
from .http_validation_error import HttpValidationError, ValidationError
from .http_validation_error import HttpValidationError as HTTPValidationError
from .image_avatar import ImageAvatar
from .image_avatar import ImageAvatar as WidgetConfigAvatar_Image
from .image_avatar import ImageAvatar as WidgetConfigOutputAvatar_Image
from .image_avatar import ImageAvatar as WidgetConfigResponseAvatar_Image
from .inbound_sip_trunk_config_request_model import (
    InboundSipTrunkConfigRequestModel,
    InboundSipTrunkConfigRequestModelAttributesToHeaders,
)
from .inbound_sip_trunk_config_request_model import (
    InboundSipTrunkConfigRequestModel as InboundSIPTrunkConfigRequestModel,
)
from .inbound_sip_trunk_config_request_model import (
    InboundSipTrunkConfigRequestModelAttributesToHeaders as InboundSIPTrunkConfigRequestModelAttributesToHeaders,
)
from .init_payload import InitPayload
from .initialise_context import InitialiseContext
from .initialize_connection import InitializeConnection
from .initialize_connection_multi import InitializeConnectionMulti
from .inline_audio_reference import InlineAudioReference
from .inline_audio_reference import InlineAudioReference as AudioReference_InlineBase64
from .inline_image_reference import InlineImageReference
from .inline_image_reference import InlineImageReference as ImageReference_InlineBase64
from .inline_video_reference import InlineVideoReference
from .inline_video_reference import InlineVideoReference as VideoReference_InlineBase64
from .input_audio_chunk_payload import InputAudioChunkPayload
from .internal_alerting_webhook_notifier import AlertingWebhookHeader, InternalAlertingWebhookNotifier
from .internal_tentative_agent_response import (
    InternalTentativeAgentResponse,
    InternalTentativeAgentResponseTentativeAgentResponseInternalEvent,
)
from .interruption import Interruption, InterruptionInterruptionEvent
from .invite_user_request import InviteUserRequest
from .invite_user_request import InviteUserRequest as BodyInviteUserV1WorkspaceInvitesAddPost
from .keep_context_alive import KeepContextAlive
from .knowledge_base_content_search_response_model import (
    KnowledgeBaseContentSearchResponseModel,
    KnowledgeBaseContentSearchResult,
)
from .knowledge_base_document_chunk_response_model import KnowledgeBaseDocumentChunkResponseModel
from .knowledge_base_document_chunks_response_model import KnowledgeBaseDocumentChunksResponseModel
from .knowledge_base_document_metadata_response_model import KnowledgeBaseDocumentMetadataResponseModel
from .knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel
from .knowledge_base_folder_path_segment_summary_response_model import (
    KnowledgeBaseFolderPathSegmentSummaryResponseModel,
)
from .knowledge_base_locator import KnowledgeBaseLocator
from .knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig
from .knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig as SystemToolConfigInputParams_KnowledgeBaseRag
from .knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig as SystemToolConfigOutputParams_KnowledgeBaseRag
from .knowledge_base_rag_tool_result_model import KnowledgeBaseRagChunkModel, KnowledgeBaseRagToolResultModel
from .knowledge_base_rag_tool_result_model import (
    KnowledgeBaseRagToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_KnowledgeBaseRagSuccess,
)
from .knowledge_base_rag_tool_result_model import (
    KnowledgeBaseRagToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_KnowledgeBaseRagSuccess,
)
from .knowledge_base_source_file_url_response_model import KnowledgeBaseSourceFileUrlResponseModel
from .knowledge_base_tool_config import KnowledgeBaseToolConfig
from .knowledge_base_tool_config import KnowledgeBaseToolConfig as SystemToolConfigInputParams_KnowledgeBase
from .knowledge_base_tool_config import KnowledgeBaseToolConfig as SystemToolConfigOutputParams_KnowledgeBase
from .knowledge_base_tool_info import KnowledgeBaseToolInfo
from .knowledge_base_tool_result_model import KnowledgeBaseToolResultModel
from .knowledge_base_tool_result_model import (
    KnowledgeBaseToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_KnowledgeBaseSuccess,
)
from .knowledge_base_tool_result_model import (
    KnowledgeBaseToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_KnowledgeBaseSuccess,
)
from .language_added_response import LanguageAddedResponse
from .language_detection_tool_config import LanguageDetectionToolConfig
from .language_detection_tool_config import LanguageDetectionToolConfig as SystemToolConfigInputParams_LanguageDetection
from .language_detection_tool_config import (
    LanguageDetectionToolConfig as SystemToolConfigOutputParams_LanguageDetection,
)
from .language_detection_tool_result_model import LanguageDetectionToolResultModel
from .language_detection_tool_result_model import (
    LanguageDetectionToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_LanguageDetectionSuccess,
)
from .language_detection_tool_result_model import (
    LanguageDetectionToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_LanguageDetectionSuccess,
)
from .language_detection_tool_result_model import (
    LanguageDetectionToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_LanguageDetectionSuccess,
)
from .language_info import LanguageInfo
from .language_preset_input import LanguagePresetInput
from .language_preset_output import LanguagePresetOutput
from .language_preset_translation import LanguagePresetTranslation
from .list_auth_connections_response import ListAuthConnectionsResponse
from .list_crawl_jobs_response_model import ListCrawlJobsResponseModel
from .list_mcp_tools_response_model import (
    Icon,
    ListMcpToolsResponseModel,
    Tool,
    ToolAnnotations,
    ToolExecution,
    ToolInputschema,
    ToolMetaType0,
    ToolOutputSchemaType0,
)
from .list_mcp_tools_response_model import ListMcpToolsResponseModel as ListMCPToolsResponseModel
from .list_mcp_tools_response_model import ToolMetaType0 as ToolMeta
from .list_mcp_tools_response_model import ToolOutputSchemaType0 as ToolOutputSchema
from .list_orders_response import ListOrdersResponse, OrderSummary
from .list_procedures_response_model import ListProceduresResponseModel, ProcedureListItemResponseModel
from .list_response_agent_branch_summary import AgentBranchSummary, ListResponseAgentBranchSummary
from .list_response_meta import ListResponseMeta
from .list_similar_voices_request import ListSimilarVoicesRequest
from .list_similar_voices_request import ListSimilarVoicesRequest as BodyGetSimilarLibraryVoicesV1SimilarVoicesPost
from .list_speech_engines_response import ListSpeechEnginesResponse, SpeechEngineSummaryResponse
from .list_tests_by_ids_request_model import ListTestsByIdsRequestModel
from .list_whats_app_accounts_response import ListWhatsAppAccountsResponse
from .literal_json_schema_property import LiteralJsonSchemaProperty
from .llm_deprecation_config_model import LlmDeprecationConfigModel
from .llm_deprecation_config_model import LlmDeprecationConfigModel as LLMDeprecationConfigModel
from .llm_deprecation_info_model import LlmDeprecationInfoModel
from .llm_deprecation_info_model import LlmDeprecationInfoModel as LLMDeprecationInfoModel
from .llm_input_output_tokens_usage import LlmInputOutputTokensUsage
from .llm_input_output_tokens_usage import LlmInputOutputTokensUsage as LLMInputOutputTokensUsage
from .llm_list_response_model_input import LlmInfoModelInput, LlmListResponseModelInput
from .llm_list_response_model_input import LlmInfoModelInput as LLMInfoModelInput
from .llm_list_response_model_input import LlmInfoModelInput as LlmInfoModel
from .llm_list_response_model_input import LlmListResponseModelInput as LLMListResponseModelInput
from .llm_list_response_model_input import LlmListResponseModelInput as LlmListResponseModel
from .llm_list_response_model_output import LlmInfoModelOutput, LlmListResponseModelOutput
from .llm_list_response_model_output import LlmInfoModelOutput as LLMInfoModelOutput
from .llm_list_response_model_output import LlmListResponseModelOutput as LLMListResponseModelOutput
from .llm_literal_json_schema_property import LlmLiteralJsonSchemaProperty
from .llm_literal_json_schema_property import LlmLiteralJsonSchemaProperty as LLMLiteralJsonSchemaProperty
from .llm_schema_override import LlmSchemaOverride
from .llm_schema_override import LlmSchemaOverride as ApiIntegrationWebhookOverridesSchemaOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as LLMSchemaOverride
from .llm_schema_override import LlmSchemaOverride as McpToolConfigInputInputOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as McpToolConfigOutputInputOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as McpToolConfigOverrideCreateRequestModelInputOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as McpToolConfigOverrideInputInputOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as McpToolConfigOverrideOutputInputOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as McpToolConfigOverrideUpdateRequestModelInputOverridesValue_Llm
from .llm_schema_override import LlmSchemaOverride as WorkflowToolLocatorSchemaOverridesValue_Llm
from .llm_tokens_category_usage import LlmTokensCategoryUsage
from .llm_tokens_category_usage import LlmTokensCategoryUsage as LLMTokensCategoryUsage
from .llm_usage_calculator_public_request_model import LlmUsageCalculatorPublicRequestModel
from .llm_usage_calculator_public_request_model import (
    LlmUsageCalculatorPublicRequestModel as LLMUsageCalculatorPublicRequestModel,
)
from .llm_usage_calculator_request_model import LlmUsageCalculatorRequestModel
from .llm_usage_calculator_request_model import LlmUsageCalculatorRequestModel as LLMUsageCalculatorRequestModel
from .llm_usage_calculator_response_model import LlmUsageCalculatorLlmResponseModel, LlmUsageCalculatorResponseModel
from .llm_usage_calculator_response_model import (
    LlmUsageCalculatorLlmResponseModel as LLMUsageCalculatorLLMResponseModel,
)
from .llm_usage_calculator_response_model import LlmUsageCalculatorResponseModel as LLMUsageCalculatorResponseModel
from .llm_usage_output import LlmUsageOutput, LlmUsageOutputModelUsage
from .llm_usage_output import LlmUsageOutput as LLMUsageOutput
from .llm_usage_output import LlmUsageOutputModelUsage as LLMUsageOutputModelUsage
from .loadable_memory_entry import LoadableMemoryEntry
from .mcp_approval_policy_update_request_model import McpApprovalPolicyUpdateRequestModel
from .mcp_approval_policy_update_request_model import (
    McpApprovalPolicyUpdateRequestModel as MCPApprovalPolicyUpdateRequestModel,
)
from .mcp_server_config_update_request_model import (
    McpServerConfigUpdateRequestModel,
    McpServerConfigUpdateRequestModelRequestHeadersType0,
    McpServerConfigUpdateRequestModelRequestMetaType0,
)
from .mcp_server_config_update_request_model import (
    McpServerConfigUpdateRequestModel as MCPServerConfigUpdateRequestModel,
)
from .mcp_server_config_update_request_model import (
    McpServerConfigUpdateRequestModelRequestHeadersType0 as MCPServerConfigUpdateRequestModelRequestHeadersType0,
)
from .mcp_server_config_update_request_model import (
    McpServerConfigUpdateRequestModelRequestHeadersType0 as McpServerConfigUpdateRequestModelRequestHeaders,
)
from .mcp_server_config_update_request_model import (
    McpServerConfigUpdateRequestModelRequestMetaType0 as MCPServerConfigUpdateRequestModelRequestMetaType0,
)
from .mcp_server_config_update_request_model import (
    McpServerConfigUpdateRequestModelRequestMetaType0 as McpServerConfigUpdateRequestModelRequestMeta,
)
from .mcp_server_request_model import (
    McpServerConfigInput,
    McpServerConfigInputRequestHeaders,
    McpServerConfigInputRequestMeta,
    McpServerRequestModel,
    McpToolConfigOverrideInput,
    McpToolConfigOverrideInputInputOverridesType0,
)
from .mcp_server_request_model import McpServerConfigInput as MCPServerConfigInput
from .mcp_server_request_model import McpServerConfigInput as McpServerConfig
from .mcp_server_request_model import McpServerConfigInputRequestHeaders as MCPServerConfigInputRequestHeaders
from .mcp_server_request_model import McpServerConfigInputRequestMeta as MCPServerConfigInputRequestMeta
from .mcp_server_request_model import McpServerRequestModel as MCPServerRequestModel
from .mcp_server_request_model import McpToolConfigOverrideInput as MCPToolConfigOverrideInput
from .mcp_server_request_model import McpToolConfigOverrideInput as McpToolConfigOverride
from .mcp_server_request_model import (
    McpToolConfigOverrideInputInputOverridesType0 as MCPToolConfigOverrideInputInputOverridesType0,
)
from .mcp_server_request_model import (
    McpToolConfigOverrideInputInputOverridesType0 as McpToolConfigOverrideInputInputOverrides,
)
from .mcp_server_response_model import (
    McpServerConfigOutput,
    McpServerConfigOutputRequestHeaders,
    McpServerConfigOutputRequestMeta,
    McpServerMetadataResponseModel,
    McpServerResponseModel,
)
from .mcp_server_response_model import McpServerConfigOutput as MCPServerConfigOutput
from .mcp_server_response_model import McpServerConfigOutputRequestHeaders as MCPServerConfigOutputRequestHeaders
from .mcp_server_response_model import McpServerConfigOutputRequestMeta as MCPServerConfigOutputRequestMeta
from .mcp_server_response_model import McpServerMetadataResponseModel as MCPServerMetadataResponseModel
from .mcp_server_response_model import McpServerResponseModel as MCPServerResponseModel
from .mcp_servers_response_model import McpServersResponseModel
from .mcp_servers_response_model import McpServersResponseModel as MCPServersResponseModel
from .mcp_tool_add_approval_request_model import (
    McpToolAddApprovalRequestModel,
    McpToolAddApprovalRequestModelInputSchema,
)
from .mcp_tool_add_approval_request_model import McpToolAddApprovalRequestModel as MCPToolAddApprovalRequestModel
from .mcp_tool_add_approval_request_model import (
    McpToolAddApprovalRequestModelInputSchema as MCPToolAddApprovalRequestModelInputSchema,
)
from .mcp_tool_approval_hash import McpToolApprovalHash
from .mcp_tool_approval_hash import McpToolApprovalHash as MCPToolApprovalHash
from .mcp_tool_config_input import (
    McpToolConfigInput,
    McpToolConfigInputInputOverridesType0,
    McpToolConfigInputMcpInputSchemaType0,
)
from .mcp_tool_config_input import McpToolConfigInput as MCPToolConfigInput
from .mcp_tool_config_input import McpToolConfigInput as PromptAgentApiModelInputToolsItem_Mcp
from .mcp_tool_config_input import McpToolConfigInput as PromptAgentApiModelWorkflowOverrideInputToolsItem_Mcp
from .mcp_tool_config_input import McpToolConfigInput as ToolRequestModelToolConfig_Mcp
from .mcp_tool_config_input import McpToolConfigInputInputOverridesType0 as MCPToolConfigInputInputOverridesType0
from .mcp_tool_config_input import McpToolConfigInputInputOverridesType0 as McpToolConfigInputInputOverrides
from .mcp_tool_config_input import McpToolConfigInputMcpInputSchemaType0 as MCPToolConfigInputMcpInputSchemaType0
from .mcp_tool_config_input import McpToolConfigInputMcpInputSchemaType0 as McpToolConfigInputMcpInputSchema
from .mcp_tool_config_output import (
    McpToolConfigOutput,
    McpToolConfigOutputInputOverridesType0,
    McpToolConfigOutputMcpInputSchemaType0,
)
from .mcp_tool_config_output import McpToolConfigOutput as MCPToolConfigOutput
from .mcp_tool_config_output import McpToolConfigOutput as PromptAgentApiModelOutputToolsItem_Mcp
from .mcp_tool_config_output import McpToolConfigOutput as PromptAgentApiModelWorkflowOverrideOutputToolsItem_Mcp
from .mcp_tool_config_output import McpToolConfigOutput as ToolResponseModelToolConfig_Mcp
from .mcp_tool_config_output import McpToolConfigOutputInputOverridesType0 as MCPToolConfigOutputInputOverridesType0
from .mcp_tool_config_output import McpToolConfigOutputInputOverridesType0 as McpToolConfigOutputInputOverrides
from .mcp_tool_config_output import McpToolConfigOutputMcpInputSchemaType0 as MCPToolConfigOutputMcpInputSchemaType0
from .mcp_tool_config_output import McpToolConfigOutputMcpInputSchemaType0 as McpToolConfigOutputMcpInputSchema
from .mcp_tool_config_override_create_request_model import (
    McpToolConfigOverrideCreateRequestModel,
    McpToolConfigOverrideCreateRequestModelInputOverridesType0,
)
from .mcp_tool_config_override_create_request_model import (
    McpToolConfigOverrideCreateRequestModel as MCPToolConfigOverrideCreateRequestModel,
)
from .mcp_tool_config_override_create_request_model import (
    McpToolConfigOverrideCreateRequestModelInputOverridesType0 as MCPToolConfigOverrideCreateRequestModelInputOverridesType0,
)
from .mcp_tool_config_override_create_request_model import (
    McpToolConfigOverrideCreateRequestModelInputOverridesType0 as McpToolConfigOverrideCreateRequestModelInputOverrides,
)
from .mcp_tool_config_override_output import McpToolConfigOverrideOutput, McpToolConfigOverrideOutputInputOverridesType0
from .mcp_tool_config_override_output import McpToolConfigOverrideOutput as MCPToolConfigOverrideOutput
from .mcp_tool_config_override_output import (
    McpToolConfigOverrideOutputInputOverridesType0 as MCPToolConfigOverrideOutputInputOverridesType0,
)
from .mcp_tool_config_override_output import (
    McpToolConfigOverrideOutputInputOverridesType0 as McpToolConfigOverrideOutputInputOverrides,
)
from .mcp_tool_config_override_update_request_model import (
    McpToolConfigOverrideUpdateRequestModel,
    McpToolConfigOverrideUpdateRequestModelInputOverridesType0,
)
from .mcp_tool_config_override_update_request_model import (
    McpToolConfigOverrideUpdateRequestModel as MCPToolConfigOverrideUpdateRequestModel,
)
from .mcp_tool_config_override_update_request_model import (
    McpToolConfigOverrideUpdateRequestModelInputOverridesType0 as MCPToolConfigOverrideUpdateRequestModelInputOverridesType0,
)
from .mcp_tool_config_override_update_request_model import (
    McpToolConfigOverrideUpdateRequestModelInputOverridesType0 as McpToolConfigOverrideUpdateRequestModelInputOverrides,
)
from .media_generation_completed_response import MediaGenerationCompletedResponse
from .media_generation_completed_response import MediaGenerationCompletedResponse as MediaGenerationResponse_Completed
from .media_generation_create_response import MediaGenerationCreateResponse
from .media_generation_failed_response import MediaGenerationFailedResponse
from .media_generation_failed_response import MediaGenerationFailedResponse as MediaGenerationResponse_Failed
from .media_generation_in_progress_response import MediaGenerationInProgressResponse
from .media_generation_in_progress_response import (
    MediaGenerationInProgressResponse as MediaGenerationResponse_Generating,
)
from .media_generation_in_progress_response import MediaGenerationInProgressResponse as MediaGenerationResponse_Pending
from .media_generation_list_response import MediaGenerationListResponse
from .memory_entry_search_result import ConversationSource, ManualSource, MemoryEntrySearchResult
from .memory_entry_search_result import ConversationSource as MemoryEntrySearchResultSource_Conversation
from .memory_entry_search_result import ManualSource as MemoryEntrySearchResultSource_Manual
from .merge_preview_response_model import FieldConflict, MergePreviewResponseModel
from .messages_search_response import MessagesSearchResponse, MessagesSearchResult
from .model import LanguageResponse, Model, ModelRatesResponseModel
from .model import LanguageResponse as LanguageResponseModel
from .model import Model as ModelResponseModel
from .model_settings_response_model import ModelSettingsResponseModel
from .moderation_config import ModerationConfig, ThresholdGuardrail
from .mtls_auth_response import MtlsAuthResponse
from .mtls_auth_response import MtlsAuthResponse as AuthConnectionsCreateResponse_Mtls
from .mtls_auth_response import MtlsAuthResponse as AuthConnectionsUpdateResponse_Mtls
from .mtls_auth_response import MtlsAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_Mtls
from .mtls_auth_response import MtlsAuthResponse as MTLSAuthResponse
from .multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
from .multimodal_message import MultimodalMessage, MultimodalMessageFile
from .multipart_music_response import DetailedMusicResponse, MultipartMusicResponse, SongMetadata
from .music_finetune_page_response_model import MusicFinetunePageResponseModel
from .music_finetune_response_model import MusicFinetuneResponseModel
from .music_prompt import MusicPrompt, SectionSource, SongSection
from .music_upload_response import MusicUploadResponse
from .normalized_alignment import NormalizedAlignment
from .o_auth_2_client_creds_response import (
    OAuth2ClientCredsResponse,
    OAuth2ClientCredsResponseCustomHeaders,
    OAuth2ClientCredsResponseExtraParams,
)
from .o_auth_2_client_creds_response import (
    OAuth2ClientCredsResponse as AuthConnectionsCreateResponse_Oauth2ClientCredentials,
)
from .o_auth_2_client_creds_response import (
    OAuth2ClientCredsResponse as AuthConnectionsUpdateResponse_Oauth2ClientCredentials,
)
from .o_auth_2_client_creds_response import (
    OAuth2ClientCredsResponse as ListAuthConnectionsResponseAuthConnectionsItem_Oauth2ClientCredentials,
)
from .o_auth_2_jwt_response import OAuth2JwtResponse, OAuth2JwtResponseExtraParams
from .o_auth_2_jwt_response import OAuth2JwtResponse as AuthConnectionsCreateResponse_Oauth2Jwt
from .o_auth_2_jwt_response import OAuth2JwtResponse as AuthConnectionsUpdateResponse_Oauth2Jwt
from .o_auth_2_jwt_response import OAuth2JwtResponse as ListAuthConnectionsResponseAuthConnectionsItem_Oauth2Jwt
from .o_auth_2_jwt_response import OAuth2JwtResponse as OAuth2JWTResponse
from .o_auth_2_jwt_response import OAuth2JwtResponseExtraParams as OAuth2JWTResponseExtraParams
from .object_json_schema_property_input import (
    ArrayJsonSchemaPropertyInput,
    ObjectJsonSchemaPropertyInput,
    ObjectJsonSchemaPropertyInputConstantValueType0,
    ObjectJsonSchemaPropertyInputProperties,
)
from .object_json_schema_property_input import (
    ObjectJsonSchemaPropertyInputConstantValueType0 as ObjectJsonSchemaPropertyInputConstantValue,
)
from .object_json_schema_property_output import (
    ArrayJsonSchemaPropertyOutput,
    ObjectJsonSchemaPropertyOutput,
    ObjectJsonSchemaPropertyOutputConstantValueType0,
    ObjectJsonSchemaPropertyOutputProperties,
)
from .object_json_schema_property_output import (
    ObjectJsonSchemaPropertyOutputConstantValueType0 as ObjectJsonSchemaPropertyOutputConstantValue,
)
from .omit_schema_override import OmitSchemaOverride
from .omit_schema_override import OmitSchemaOverride as ApiIntegrationWebhookOverridesSchemaOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as McpToolConfigInputInputOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as McpToolConfigOutputInputOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as McpToolConfigOverrideCreateRequestModelInputOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as McpToolConfigOverrideInputInputOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as McpToolConfigOverrideOutputInputOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as McpToolConfigOverrideUpdateRequestModelInputOverridesValue_Omit
from .omit_schema_override import OmitSchemaOverride as WorkflowToolLocatorSchemaOverridesValue_Omit
from .opener_config import OpenerConfig
from .orb_avatar import OrbAvatar
from .orb_avatar import OrbAvatar as WidgetConfigAvatar_Orb
from .orb_avatar import OrbAvatar as WidgetConfigOutputAvatar_Orb
from .orb_avatar import OrbAvatar as WidgetConfigResponseAvatar_Orb
from .order_deliverables_response import DeliverableInfo, OrderDeliverablesResponse
from .order_media_response import OrderMediaResponse
from .order_response import OrderItemInfo, OrderResponse
from .outbound_sip_trunk_config_request_model import (
    OutboundSipTrunkConfigRequestModel,
    OutboundSipTrunkConfigRequestModelAttributesToHeaders,
    OutboundSipTrunkConfigRequestModelHeaders,
)
from .outbound_sip_trunk_config_request_model import (
    OutboundSipTrunkConfigRequestModel as OutboundSIPTrunkConfigRequestModel,
)
from .outbound_sip_trunk_config_request_model import (
    OutboundSipTrunkConfigRequestModelAttributesToHeaders as OutboundSIPTrunkConfigRequestModelAttributesToHeaders,
)
from .outbound_sip_trunk_config_request_model import (
    OutboundSipTrunkConfigRequestModelHeaders as OutboundSIPTrunkConfigRequestModelHeaders,
)
from .paired_languages_response import LanguagePairInfo, PairedLanguagesResponse
from .paired_languages_response import PairedLanguagesResponse as LanguagesResponse_Pair
from .partial_transcript_payload import PartialTranscriptPayload
from .patch_agent_conversation_ticket_request_model import PatchAgentConversationTicketRequestModel
from .patch_conv_ai_dashboard_settings_request import PatchConvAiDashboardSettingsRequest
from .patch_conv_ai_dashboard_settings_request import (
    PatchConvAiDashboardSettingsRequest as PatchConvAIDashboardSettingsRequest,
)
from .patch_conv_ai_settings_request import PatchConvAiSettingsRequest
from .patch_conv_ai_settings_request import PatchConvAiSettingsRequest as PatchConvAISettingsRequest
from .patch_conversation_tag_request_model import PatchConversationTagRequestModel
from .patch_workspace_secret_request import PatchWorkspaceSecretRequest
from .patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel
from .pending_blocks_metadata_model import PendingBlocksMetadataModel
from .pending_clip_task import PendingClipTask, PendingClipTaskMetadata
from .pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
from .phone_number_agent_info import PhoneNumberAgentInfo
from .phone_number_dynamic_variable_transfer_destination import PhoneNumberDynamicVariableTransferDestination
from .phone_number_dynamic_variable_transfer_destination import (
    PhoneNumberDynamicVariableTransferDestination as PhoneNumberTransferTransferDestination_PhoneDynamicVariable,
)
from .phone_number_dynamic_variable_transfer_destination import (
    PhoneNumberDynamicVariableTransferDestination as WorkflowPhoneNumberNodeModelInputTransferDestination_PhoneDynamicVariable,
)
from .phone_number_dynamic_variable_transfer_destination import (
    PhoneNumberDynamicVariableTransferDestination as WorkflowPhoneNumberNodeModelOutputTransferDestination_PhoneDynamicVariable,
)
from .phone_number_transfer import PhoneNumberTransfer
from .phone_number_transfer_destination import PhoneNumberTransferDestination
from .phone_number_transfer_destination import (
    PhoneNumberTransferDestination as PhoneNumberTransferTransferDestination_Phone,
)
from .phone_number_transfer_destination import (
    PhoneNumberTransferDestination as WorkflowPhoneNumberNodeModelInputTransferDestination_Phone,
)
from .phone_number_transfer_destination import (
    PhoneNumberTransferDestination as WorkflowPhoneNumberNodeModelOutputTransferDestination_Phone,
)
from .ping import Ping, PingPingEvent
from .ping_payload import PingPayload
from .platform_usage import PlatformCategoryUsage, PlatformUsage, PlatformUsageCategoryUsage
from .play_dtmf_result_error_model import PlayDtmfResultErrorModel
from .play_dtmf_result_error_model import (
    PlayDtmfResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_PlayDtmfError,
)
from .play_dtmf_result_error_model import (
    PlayDtmfResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_PlayDtmfError,
)
from .play_dtmf_result_error_model import (
    PlayDtmfResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_PlayDtmfError,
)
from .play_dtmf_result_error_model import PlayDtmfResultErrorModel as PlayDTMFResultErrorModel
from .play_dtmf_result_success_model import PlayDtmfResultSuccessModel
from .play_dtmf_result_success_model import (
    PlayDtmfResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_PlayDtmfSuccess,
)
from .play_dtmf_result_success_model import (
    PlayDtmfResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_PlayDtmfSuccess,
)
from .play_dtmf_result_success_model import (
    PlayDtmfResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_PlayDtmfSuccess,
)
from .play_dtmf_result_success_model import PlayDtmfResultSuccessModel as PlayDTMFResultSuccessModel
from .play_dtmf_tool_config import PlayDtmfToolConfig
from .play_dtmf_tool_config import PlayDtmfToolConfig as PlayDTMFToolConfig
from .play_dtmf_tool_config import PlayDtmfToolConfig as SystemToolConfigInputParams_PlayKeypadTouchTone
from .play_dtmf_tool_config import PlayDtmfToolConfig as SystemToolConfigOutputParams_PlayKeypadTouchTone
from .podcast_project_response_model import PodcastProjectResponseModel
from .pong import Pong
from .pong_payload import PongPayload
from .position_input import PositionInput
from .position_output import PositionOutput
from .post_agent_avatar_response_model import PostAgentAvatarResponseModel
from .post_dial_digits_dynamic_variable import PostDialDigitsDynamicVariable
from .post_dial_digits_dynamic_variable import (
    PostDialDigitsDynamicVariable as PhoneNumberTransferPostDialDigits_Dynamic,
)
from .post_dial_digits_dynamic_variable import (
    PostDialDigitsDynamicVariable as WorkflowPhoneNumberNodeModelInputPostDialDigits_Dynamic,
)
from .post_dial_digits_dynamic_variable import (
    PostDialDigitsDynamicVariable as WorkflowPhoneNumberNodeModelOutputPostDialDigits_Dynamic,
)
from .post_dial_digits_static import PostDialDigitsStatic
from .post_dial_digits_static import PostDialDigitsStatic as PhoneNumberTransferPostDialDigits_Static
from .post_dial_digits_static import PostDialDigitsStatic as WorkflowPhoneNumberNodeModelInputPostDialDigits_Static
from .post_dial_digits_static import PostDialDigitsStatic as WorkflowPhoneNumberNodeModelOutputPostDialDigits_Static
from .post_workspace_secret_request import PostWorkspaceSecretRequest
from .post_workspace_secret_response_model import PostWorkspaceSecretResponseModel
from .price import Price
from .privacy_config_input import PrivacyConfigInput
from .privacy_config_input import PrivacyConfigInput as PrivacyConfig
from .privacy_config_output import PrivacyConfigOutput
from .private_key_jwt_response import PrivateKeyJwtResponse, PrivateKeyJwtResponseExtraParams
from .private_key_jwt_response import PrivateKeyJwtResponse as AuthConnectionsCreateResponse_PrivateKeyJwt
from .private_key_jwt_response import PrivateKeyJwtResponse as AuthConnectionsUpdateResponse_PrivateKeyJwt
from .private_key_jwt_response import (
    PrivateKeyJwtResponse as ListAuthConnectionsResponseAuthConnectionsItem_PrivateKeyJwt,
)
from .private_key_jwt_response import PrivateKeyJwtResponse as PrivateKeyJWTResponse
from .private_key_jwt_response import PrivateKeyJwtResponseExtraParams as PrivateKeyJWTResponseExtraParams
from .procedure_at_version_input import ProcedureAtVersionInput
from .procedure_at_version_input import ProcedureAtVersionInput as ProcedureAtVersion
from .procedure_at_version_output import ProcedureAtVersionOutput
from .procedure_at_version_response_model import ProcedureAtVersionResponseModel
from .procedure_draft_response_model import ProcedureDraftResponseModel
from .procedure_ref_response_model import ProcedureRefResponseModel
from .project_creation_meta_response_model import ProjectCreationMetaResponseModel
from .project_extended_response import (
    AudioAnalysis,
    AudioAnalysisResult,
    AudioKeyMoment,
    AudioSegment,
    Contributor,
    DirectPublishingReadResponseModel,
    GenerationSourceContext,
    GenerationSourceContextModelParametersType0,
    ImageAnalysis,
    ImageAnalysisResult,
    ImageSubject,
    MusicExploreSongSourceContext,
    PreviewAudioDbModel,
    ProjectExtendedResponse,
    ProjectExtendedResponseCaptionStyleTemplateOverridesType0,
    ProjectExtendedResponseExperimental,
    ProjectExternalAudioResponseModel,
    ProjectImageResponseModel,
    ProjectVideoResponseModel,
    ProjectVideoThumbnailSheetResponseModel,
    ProjectVoiceResponseModel,
    PronunciationDictionaryLocatorResponseModel,
    PronunciationDictionaryVersionResponseModel,
    ReadLegalTerms,
    ReadMetadataChapterDbModel,
    ReferenceVideo,
    ReviewResponseModel,
    ReviewResponseModelScoresBreakdownType0,
    SampleConfigDbModel,
    SfxSourceContext,
    SfxSourceContextGenerationConfigType0,
    SongSourceContext,
    SongSourceContextGenerationSettingsType0,
    StudioClipReference,
    VideoAnalysis,
    VideoAnalysisResult,
    VideoKeyMoment,
    VideoSegment,
    VideoSubject,
)
from .project_extended_response import (
    GenerationSourceContextModelParametersType0 as GenerationSourceContextModelParameters,
)
from .project_extended_response import (
    MusicExploreSongSourceContext as ProjectExternalAudioResponseModelSourceContext_MusicExploreSong,
)
from .project_extended_response import PreviewAudioDbModel as PreviewAudioDBModel
from .project_extended_response import ProjectExtendedResponse as ProjectExtendedResponseModel
from .project_extended_response import (
    ProjectExtendedResponseCaptionStyleTemplateOverridesType0 as ProjectExtendedResponseCaptionStyleTemplateOverrides,
)
from .project_extended_response import (
    ProjectExtendedResponseCaptionStyleTemplateOverridesType0 as ProjectExtendedResponseModelCaptionStyleTemplateOverridesType0,
)
from .project_extended_response import ProjectExtendedResponseExperimental as ProjectExtendedResponseModelExperimental
from .project_extended_response import ProjectExternalAudioResponseModel as ProjectExtendedResponseAssetsItem_Audio
from .project_extended_response import ProjectImageResponseModel as ProjectExtendedResponseAssetsItem_Image
from .project_extended_response import ProjectVideoResponseModel as ProjectExtendedResponseAssetsItem_Video
from .project_extended_response import ReadMetadataChapterDbModel as ReadMetadataChapterDBModel
from .project_extended_response import ReviewResponseModelScoresBreakdownType0 as ReviewResponseModelScoresBreakdown
from .project_extended_response import SampleConfigDbModel as SampleConfigDBModel
from .project_extended_response import SfxSourceContext as ProjectExternalAudioResponseModelSourceContext_Sfx
from .project_extended_response import SfxSourceContextGenerationConfigType0 as SfxSourceContextGenerationConfig
from .project_extended_response import SongSourceContext as ProjectExternalAudioResponseModelSourceContext_Song
from .project_extended_response import SongSourceContextGenerationSettingsType0 as SongSourceContextGenerationSettings
from .project_muted_tracks_response_model import ProjectMutedTracksResponseModel
from .project_response import ProjectResponse, ProjectResponseCaptionStyleTemplateOverridesType0
from .project_response import ProjectResponse as ProjectResponseModel
from .project_response import (
    ProjectResponseCaptionStyleTemplateOverridesType0 as ProjectResponseCaptionStyleTemplateOverrides,
)
from .project_response import (
    ProjectResponseCaptionStyleTemplateOverridesType0 as ProjectResponseModelCaptionStyleTemplateOverridesType0,
)
from .project_snapshot_extended_response_model import (
    ProjectSnapshotExtendedResponseModel,
    ProjectSnapshotExtendedResponseModelAudioUploadType0,
    ProjectSnapshotExtendedResponseModelZipUploadType0,
)
from .project_snapshot_extended_response_model import (
    ProjectSnapshotExtendedResponseModelAudioUploadType0 as ProjectSnapshotExtendedResponseModelAudioUpload,
)
from .project_snapshot_extended_response_model import (
    ProjectSnapshotExtendedResponseModelZipUploadType0 as ProjectSnapshotExtendedResponseModelZipUpload,
)
from .project_snapshots_response import (
    ProjectSnapshotResponse,
    ProjectSnapshotResponseAudioUploadType0,
    ProjectSnapshotResponseZipUploadType0,
    ProjectSnapshotsResponse,
)
from .project_snapshots_response import ProjectSnapshotResponse as ProjectSnapshotResponseModel
from .project_snapshots_response import ProjectSnapshotResponseAudioUploadType0 as ProjectSnapshotResponseAudioUpload
from .project_snapshots_response import (
    ProjectSnapshotResponseAudioUploadType0 as ProjectSnapshotResponseModelAudioUploadType0,
)
from .project_snapshots_response import (
    ProjectSnapshotResponseZipUploadType0 as ProjectSnapshotResponseModelZipUploadType0,
)
from .project_snapshots_response import ProjectSnapshotResponseZipUploadType0 as ProjectSnapshotResponseZipUpload
from .project_snapshots_response import ProjectSnapshotsResponse as ProjectSnapshotsResponseModel
from .prompt_agent_api_model_override_output import PromptAgentApiModelOverrideOutput
from .prompt_agent_api_model_override_output import (
    PromptAgentApiModelOverrideOutput as PromptAgentAPIModelOverrideOutput,
)
from .prompt_evaluation_criteria import PromptEvaluationCriteria
from .prompt_injection_guardrail import PromptInjectionGuardrail
from .pronunciation_dictionary import PronunciationDictionary
from .pronunciation_dictionary import (
    PronunciationDictionary as BodyAddRulesToThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdAddRulesPost,
)
from .pronunciation_dictionary_alias_rule_request_model import PronunciationDictionaryAliasRuleRequestModel
from .pronunciation_dictionary_alias_rule_request_model import (
    PronunciationDictionaryAliasRuleRequestModel as BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostRulesItem_Alias,
)
from .pronunciation_dictionary_alias_rule_request_model import (
    PronunciationDictionaryAliasRuleRequestModel as BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPostRulesItem_Alias,
)
from .pronunciation_dictionary_alias_rule_request_model import (
    PronunciationDictionaryAliasRuleRequestModel as PronunciationDictionaryRulesItem_Alias,
)
from .pronunciation_dictionary_locator import PronunciationDictionaryLocator
from .pronunciation_dictionary_phoneme_rule_request_model import PronunciationDictionaryPhonemeRuleRequestModel
from .pronunciation_dictionary_phoneme_rule_request_model import (
    PronunciationDictionaryPhonemeRuleRequestModel as BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostRulesItem_Phoneme,
)
from .pronunciation_dictionary_phoneme_rule_request_model import (
    PronunciationDictionaryPhonemeRuleRequestModel as BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPostRulesItem_Phoneme,
)
from .pronunciation_dictionary_phoneme_rule_request_model import (
    PronunciationDictionaryPhonemeRuleRequestModel as PronunciationDictionaryRulesItem_Phoneme,
)
from .pronunciation_dictionary_rules_response_model import PronunciationDictionaryRulesResponseModel
from .pronunciation_dictionary_version_locator_model import PronunciationDictionaryVersionLocatorModel
from .pronunciation_dictionary_version_locator_request_model import PronunciationDictionaryVersionLocatorRequestModel
from .pydantic_pronunciation_dictionary_version_locator import PydanticPronunciationDictionaryVersionLocator
from .query_params_json_schema import QueryParamsJsonSchema, QueryParamsJsonSchemaProperties
from .quote_info import QuoteInfo
from .rag_document_index_response_model import RagDocumentIndexResponseModel, RagDocumentIndexUsage
from .rag_document_index_response_model import RagDocumentIndexResponseModel as RAGDocumentIndexResponseModel
from .rag_document_index_response_model import RagDocumentIndexUsage as RAGDocumentIndexUsage
from .rag_document_indexes_response_model import RagDocumentIndexesResponseModel
from .rag_document_indexes_response_model import RagDocumentIndexesResponseModel as RAGDocumentIndexesResponseModel
from .rag_index_overview_response_model import (
    RagIndexOverviewEmbeddingModelResponseModel,
    RagIndexOverviewResponseModel,
)
from .rag_index_overview_response_model import (
    RagIndexOverviewEmbeddingModelResponseModel as RAGIndexOverviewEmbeddingModelResponseModel,
)
from .rag_index_overview_response_model import RagIndexOverviewResponseModel as RAGIndexOverviewResponseModel
from .rag_index_request_model import RagIndexRequestModel
from .rag_index_request_model import RagIndexRequestModel as RAGIndexRequestModel
from .rag_retrieval_info import RagChunkMetadata, RagRetrievalInfo
from .realtime_voice_settings import RealtimeVoiceSettings
from .referenced_tool_common_model import ReferencedToolCommonModel
from .refresh_token_auth_response import RefreshTokenAuthResponse, RefreshTokenAuthResponseExtraParams
from .refresh_token_auth_response import RefreshTokenAuthResponse as AuthConnectionsCreateResponse_RefreshTokenAuth
from .refresh_token_auth_response import RefreshTokenAuthResponse as AuthConnectionsUpdateResponse_RefreshTokenAuth
from .refresh_token_auth_response import (
    RefreshTokenAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_RefreshTokenAuth,
)
from .regional_processing_surcharge_info import RegionalProcessingSurchargeInfo
from .register_media_response import RegisterMediaResponse
from .remove_order_item_response import RemoveOrderItemResponse
from .remove_pronunciation_dictionary_rules_request import RemovePronunciationDictionaryRulesRequest
from .remove_pronunciation_dictionary_rules_request import (
    RemovePronunciationDictionaryRulesRequest as BodyRemoveRulesFromThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdRemoveRulesPost,
)
from .replicate_voice_to_isolated_environment_request_model import ReplicateVoiceToIsolatedEnvironmentRequestModel
from .replicate_voice_to_isolated_environment_response_model import ReplicateVoiceToIsolatedEnvironmentResponseModel
from .request_pvc_manual_verification_response_model import RequestPvcManualVerificationResponseModel
from .request_pvc_manual_verification_response_model import (
    RequestPvcManualVerificationResponseModel as RequestPVCManualVerificationResponseModel,
)
from .required_constraints import RequiredConstraint, RequiredConstraints
from .resource_access_info import ResourceAccessInfo
from .resource_metadata_response_model import (
    ResourceMetadataResponseModel,
    ResourceMetadataResponseModelRoleToGroupIds,
    ShareOptionResponseModel,
)
from .response_filter import ResponseFilter
from .resubmit_tests_request_model import ResubmitTestsRequestModel
from .retry_trigger_action import RetryTriggerAction
from .retry_trigger_action import RetryTriggerAction as ContentGuardrailInputTriggerAction_Retry
from .retry_trigger_action import RetryTriggerAction as ContentGuardrailOutputTriggerAction_Retry
from .retry_trigger_action import RetryTriggerAction as CustomGuardrailConfigTriggerAction_Retry
from .run_agent_tests_request_model import RunAgentTestsRequestModel, SingleTestRunRequestModel
from .run_conversation_evaluations_request import RunConversationEvaluationsRequest
from .safety_common_model_input import SafetyCommonModelInput
from .safety_common_model_input import SafetyCommonModelInput as SafetyCommonModel
from .safety_common_model_output import SafetyCommonModelOutput
from .safety_evaluation import SafetyEvaluation
from .say_node_literal_message_input import SayNodeLiteralMessageInput, SayNodeLiteralMessageInputTextTranslations
from .say_node_literal_message_output import SayNodeLiteralMessageOutput, SayNodeLiteralMessageOutputTextTranslations
from .say_node_prompt_message_input import SayNodePromptMessageInput
from .say_node_prompt_message_output import SayNodePromptMessageOutput
from .scim_group_response_model import ScimGroupResponseModel
from .scoped_analysis_result import (
    ScopedAnalysisResult,
    ScopedAnalysisResultDataCollectionResults,
    ScopedAnalysisResultEvaluationCriteriaResults,
)
from .scribe_auth_error_payload import ScribeAuthErrorPayload
from .scribe_chunk_size_exceeded_error_payload import ScribeChunkSizeExceededErrorPayload
from .scribe_error_payload import ScribeErrorPayload
from .scribe_input_error_payload import ScribeInputErrorPayload
from .scribe_insufficient_audio_activity_error_payload import ScribeInsufficientAudioActivityErrorPayload
from .scribe_queue_overflow_error_payload import ScribeQueueOverflowErrorPayload
from .scribe_quota_exceeded_error_payload import ScribeQuotaExceededErrorPayload
from .scribe_rate_limited_error_payload import ScribeRateLimitedErrorPayload
from .scribe_resource_exhausted_error_payload import ScribeResourceExhaustedErrorPayload
from .scribe_session_time_limit_exceeded_error_payload import ScribeSessionTimeLimitExceededErrorPayload
from .scribe_throttled_error_payload import ScribeThrottledErrorPayload
from .scribe_transcriber_error_payload import ScribeTranscriberErrorPayload
from .scribe_unaccepted_terms_error_payload import ScribeUnacceptedTermsErrorPayload
from .search_highlight_segment import SearchHighlightSegment
from .segment_create_payload import SegmentCreatePayload, SegmentCreatePayloadTranslationsType0
from .segment_create_payload import SegmentCreatePayloadTranslationsType0 as SegmentCreatePayloadTranslations
from .segment_create_response import SegmentCreateResponse
from .segment_delete_response import SegmentDeleteResponse
from .segment_dub_response import SegmentDubResponse
from .segment_migration_response import SegmentMigrationResponse
from .segment_subtitle_frame import SegmentSubtitleFrame
from .segment_transcription_response import SegmentTranscriptionResponse
from .segment_translation_response import SegmentTranslationResponse
from .segment_update_payload import SegmentUpdatePayload
from .segment_update_response import SegmentUpdateResponse
from .send_text import SendText
from .send_text_multi import SendTextMulti
from .sentiment_analysis_settings import SentimentAnalysisSettings
from .session_started_payload import SessionStartedPayload, SessionStartedPayloadConfig
from .similar_voices_for_speaker_response import SimilarVoice, SimilarVoicesForSpeakerResponse
from .simulation_library_settings import SimulationLibrarySettings
from .simulation_tool_mock_behavior_config import SimulationToolMockBehaviorConfig
from .single_languages_response import SingleLanguagesResponse
from .single_languages_response import SingleLanguagesResponse as LanguagesResponse_Single
from .single_use_token_response_model import SingleUseTokenResponseModel
from .sip_trunk_credentials_request_model import SipTrunkCredentialsRequestModel
from .sip_trunk_credentials_request_model import SipTrunkCredentialsRequestModel as SIPTrunkCredentialsRequestModel
from .sip_trunk_outbound_call_response import SipTrunkOutboundCallResponse
from .sip_trunk_outbound_call_response import SipTrunkOutboundCallResponse as SIPTrunkOutboundCallResponse
from .sip_uri_dynamic_variable_transfer_destination import SipUriDynamicVariableTransferDestination
from .sip_uri_dynamic_variable_transfer_destination import (
    SipUriDynamicVariableTransferDestination as PhoneNumberTransferTransferDestination_SipUriDynamicVariable,
)
from .sip_uri_dynamic_variable_transfer_destination import (
    SipUriDynamicVariableTransferDestination as SIPUriDynamicVariableTransferDestination,
)
from .sip_uri_dynamic_variable_transfer_destination import (
    SipUriDynamicVariableTransferDestination as WorkflowPhoneNumberNodeModelInputTransferDestination_SipUriDynamicVariable,
)
from .sip_uri_dynamic_variable_transfer_destination import (
    SipUriDynamicVariableTransferDestination as WorkflowPhoneNumberNodeModelOutputTransferDestination_SipUriDynamicVariable,
)
from .sip_uri_transfer_destination import SipUriTransferDestination
from .sip_uri_transfer_destination import SipUriTransferDestination as PhoneNumberTransferTransferDestination_SipUri
from .sip_uri_transfer_destination import SipUriTransferDestination as SIPUriTransferDestination
from .sip_uri_transfer_destination import (
    SipUriTransferDestination as WorkflowPhoneNumberNodeModelInputTransferDestination_SipUri,
)
from .sip_uri_transfer_destination import (
    SipUriTransferDestination as WorkflowPhoneNumberNodeModelOutputTransferDestination_SipUri,
)
from .skip_turn_tool_config import SkipTurnToolConfig
from .skip_turn_tool_config import SkipTurnToolConfig as SystemToolConfigInputParams_SkipTurn
from .skip_turn_tool_config import SkipTurnToolConfig as SystemToolConfigOutputParams_SkipTurn
from .skip_turn_tool_response_model import SkipTurnToolResponseModel
from .skip_turn_tool_response_model import (
    SkipTurnToolResponseModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_SkipTurnSuccess,
)
from .skip_turn_tool_response_model import (
    SkipTurnToolResponseModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_SkipTurnSuccess,
)
from .skip_turn_tool_response_model import (
    SkipTurnToolResponseModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_SkipTurnSuccess,
)
from .slack_bot_auth_response import SlackBotAuthResponse
from .slack_bot_auth_response import SlackBotAuthResponse as AuthConnectionsCreateResponse_SlackBotAuth
from .slack_bot_auth_response import SlackBotAuthResponse as AuthConnectionsUpdateResponse_SlackBotAuth
from .slack_bot_auth_response import SlackBotAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_SlackBotAuth
from .smb_client_access_config import SmbClientAccessConfig
from .smb_client_access_config import SmbClientAccessConfig as SMBClientAccessConfig
from .smb_tool_config import (
    CancelCalendarEventParams,
    CancelGroupSessionForAllParams,
    CancelGroupSessionRegistrationParams,
    CheckServiceAvailabilityParams,
    CreateAgentProcedureParams,
    CreateAgentRuleParams,
    CreateAssetParams,
    CreateClientAppointmentParams,
    CreateClientInteractionParams,
    CreateClientParams,
    CreateHolidayParams,
    CreateLocationParams,
    CreateProductParams,
    CreateServiceParams,
    CreateStaffParams,
    CreateTransferRuleParams,
    DeleteAgentProcedureParams,
    DeleteAgentRuleParams,
    DeleteAssetParams,
    DeleteCalendarEventParams,
    DeleteClientInteractionParams,
    DeleteClientParams,
    DeleteGroupSessionParams,
    DeleteHolidayParams,
    DeleteLocationParams,
    DeleteProductParams,
    DeleteServiceParams,
    DeleteStaffParams,
    DeleteTransferRuleParams,
    GetAnalyticsSummaryParams,
    GetAppointmentByConfirmationNumberParams,
    GetBookingPageSettingsParams,
    GetBookingSlugStatusParams,
    GetClientAppointmentsParams,
    GetClientByPhoneParams,
    GetScheduleParams,
    LeaveMessageParams,
    ListAgentProceduresParams,
    ListAgentReferencesParams,
    ListAgentRulesParams,
    ListAssetsParams,
    ListAssetsParamsListKwargs,
    ListCalendarEventsParams,
    ListClientInteractionsParams,
    ListClientsParams,
    ListCustomerFacingAgentsParams,
    ListGroupSessionsParams,
    ListHolidaysParams,
    ListLocationsParams,
    ListProductsParams,
    ListProductsParamsListKwargs,
    ListServicesParams,
    ListServicesParamsListKwargs,
    ListStaffParams,
    ListStaffParamsListKwargs,
    ListTransferRulesParams,
    OptInSmsReminderParams,
    OptOutSmsReminderParams,
    RegisterForGroupSessionParams,
    ReportKnowledgeGapParams,
    RestoreCalendarEventParams,
    ScheduleGroupSessionParams,
    SearchClientsParams,
    SetBookingSlugParams,
    SmbToolConfig,
    SubmitBusinessInfoParams,
    TriggerUserVerificationParams,
    UpdateAgentProcedureParams,
    UpdateAgentRuleParams,
    UpdateAssetParams,
    UpdateBookingPageAppearanceParams,
    UpdateBookingPageSettingsParams,
    UpdateBusinessInfoParams,
    UpdateCalendarEventParams,
    UpdateClientParams,
    UpdateCustomerFacingConfigParams,
    UpdateGroupSessionSeatsParams,
    UpdateHolidayParams,
    UpdateLocationParams,
    UpdateProductParams,
    UpdateServiceParams,
    UpdateStaffParams,
    UpdateTransferRuleParams,
    ValidateUserVerificationCodeParams,
)
from .smb_tool_config import CancelCalendarEventParams as SmbToolConfigParams_CancelCalendarEvent
from .smb_tool_config import CancelGroupSessionForAllParams as SmbToolConfigParams_CancelGroupSessionForAll
from .smb_tool_config import CancelGroupSessionRegistrationParams as SmbToolConfigParams_CancelGroupSessionRegistration
from .smb_tool_config import CheckServiceAvailabilityParams as SmbToolConfigParams_CheckServiceAvailability
from .smb_tool_config import CreateAgentProcedureParams as SmbToolConfigParams_CreateAgentProcedure
from .smb_tool_config import CreateAgentRuleParams as SmbToolConfigParams_CreateAgentRule
from .smb_tool_config import CreateAssetParams as SmbToolConfigParams_CreateAsset
from .smb_tool_config import CreateClientAppointmentParams as SmbToolConfigParams_CreateClientAppointment
from .smb_tool_config import CreateClientInteractionParams as SmbToolConfigParams_CreateClientInteraction
from .smb_tool_config import CreateClientParams as SmbToolConfigParams_CreateClient
from .smb_tool_config import CreateHolidayParams as SmbToolConfigParams_CreateHoliday
from .smb_tool_config import CreateLocationParams as SmbToolConfigParams_CreateLocation
from .smb_tool_config import CreateProductParams as SmbToolConfigParams_CreateProduct
from .smb_tool_config import CreateServiceParams as SmbToolConfigParams_CreateService
from .smb_tool_config import CreateStaffParams as SmbToolConfigParams_CreateStaff
from .smb_tool_config import CreateTransferRuleParams as SmbToolConfigParams_CreateTransferRule
from .smb_tool_config import DeleteAgentProcedureParams as SmbToolConfigParams_DeleteAgentProcedure
from .smb_tool_config import DeleteAgentRuleParams as SmbToolConfigParams_DeleteAgentRule
from .smb_tool_config import DeleteAssetParams as SmbToolConfigParams_DeleteAsset
from .smb_tool_config import DeleteCalendarEventParams as SmbToolConfigParams_DeleteCalendarEvent
from .smb_tool_config import DeleteClientInteractionParams as SmbToolConfigParams_DeleteClientInteraction
from .smb_tool_config import DeleteClientParams as SmbToolConfigParams_DeleteClient
from .smb_tool_config import DeleteGroupSessionParams as SmbToolConfigParams_DeleteGroupSession
from .smb_tool_config import DeleteHolidayParams as SmbToolConfigParams_DeleteHoliday
from .smb_tool_config import DeleteLocationParams as SmbToolConfigParams_DeleteLocation
from .smb_tool_config import DeleteProductParams as SmbToolConfigParams_DeleteProduct
from .smb_tool_config import DeleteServiceParams as SmbToolConfigParams_DeleteService
from .smb_tool_config import DeleteStaffParams as SmbToolConfigParams_DeleteStaff
from .smb_tool_config import DeleteTransferRuleParams as SmbToolConfigParams_DeleteTransferRule
from .smb_tool_config import GetAnalyticsSummaryParams as SmbToolConfigParams_GetAnalyticsSummary
from .smb_tool_config import (
    GetAppointmentByConfirmationNumberParams as SmbToolConfigParams_GetAppointmentByConfirmationNumber,
)
from .smb_tool_config import GetBookingPageSettingsParams as SmbToolConfigParams_GetBookingPageSettings
from .smb_tool_config import GetBookingSlugStatusParams as SmbToolConfigParams_GetBookingSlugStatus
from .smb_tool_config import GetClientAppointmentsParams as SmbToolConfigParams_GetClientAppointments
from .smb_tool_config import GetClientByPhoneParams as SmbToolConfigParams_GetClientByPhone
from .smb_tool_config import GetScheduleParams as SmbToolConfigParams_GetSchedule
from .smb_tool_config import LeaveMessageParams as SmbToolConfigParams_LeaveMessage
from .smb_tool_config import ListAgentProceduresParams as SmbToolConfigParams_ListAgentProcedures
from .smb_tool_config import ListAgentReferencesParams as SmbToolConfigParams_ListAgentReferences
from .smb_tool_config import ListAgentRulesParams as SmbToolConfigParams_ListAgentRules
from .smb_tool_config import ListAssetsParams as SmbToolConfigParams_ListAssets
from .smb_tool_config import ListCalendarEventsParams as SmbToolConfigParams_ListCalendarEvents
from .smb_tool_config import ListClientInteractionsParams as SmbToolConfigParams_ListClientInteractions
from .smb_tool_config import ListClientsParams as SmbToolConfigParams_ListClients
from .smb_tool_config import ListCustomerFacingAgentsParams as SmbToolConfigParams_ListCustomerFacingAgents
from .smb_tool_config import ListGroupSessionsParams as SmbToolConfigParams_ListGroupSessions
from .smb_tool_config import ListHolidaysParams as SmbToolConfigParams_ListHolidays
from .smb_tool_config import ListLocationsParams as SmbToolConfigParams_ListLocations
from .smb_tool_config import ListProductsParams as SmbToolConfigParams_ListProducts
from .smb_tool_config import ListServicesParams as SmbToolConfigParams_ListServices
from .smb_tool_config import ListStaffParams as SmbToolConfigParams_ListStaff
from .smb_tool_config import ListTransferRulesParams as SmbToolConfigParams_ListTransferRules
from .smb_tool_config import OptInSmsReminderParams as SmbToolConfigParams_OptInSmsReminder
from .smb_tool_config import OptOutSmsReminderParams as SmbToolConfigParams_OptOutSmsReminder
from .smb_tool_config import RegisterForGroupSessionParams as SmbToolConfigParams_RegisterForGroupSession
from .smb_tool_config import ReportKnowledgeGapParams as SmbToolConfigParams_ReportKnowledgeGap
from .smb_tool_config import RestoreCalendarEventParams as SmbToolConfigParams_RestoreCalendarEvent
from .smb_tool_config import ScheduleGroupSessionParams as SmbToolConfigParams_ScheduleGroupSession
from .smb_tool_config import SearchClientsParams as SmbToolConfigParams_SearchClients
from .smb_tool_config import SetBookingSlugParams as SmbToolConfigParams_SetBookingSlug
from .smb_tool_config import SmbToolConfig as PromptAgentApiModelInputToolsItem_Smb
from .smb_tool_config import SmbToolConfig as PromptAgentApiModelOutputToolsItem_Smb
from .smb_tool_config import SmbToolConfig as PromptAgentApiModelWorkflowOverrideInputToolsItem_Smb
from .smb_tool_config import SmbToolConfig as PromptAgentApiModelWorkflowOverrideOutputToolsItem_Smb
from .smb_tool_config import SmbToolConfig as SMBToolConfig
from .smb_tool_config import SubmitBusinessInfoParams as SmbToolConfigParams_SubmitBusinessInfo
from .smb_tool_config import TriggerUserVerificationParams as SmbToolConfigParams_TriggerUserVerification
from .smb_tool_config import UpdateAgentProcedureParams as SmbToolConfigParams_UpdateAgentProcedure
from .smb_tool_config import UpdateAgentRuleParams as SmbToolConfigParams_UpdateAgentRule
from .smb_tool_config import UpdateAssetParams as SmbToolConfigParams_UpdateAsset
from .smb_tool_config import UpdateBookingPageAppearanceParams as SmbToolConfigParams_UpdateBookingPageAppearance
from .smb_tool_config import UpdateBookingPageSettingsParams as SmbToolConfigParams_UpdateBookingPageSettings
from .smb_tool_config import UpdateBusinessInfoParams as SmbToolConfigParams_UpdateBusinessInfo
from .smb_tool_config import UpdateCalendarEventParams as SmbToolConfigParams_UpdateCalendarEvent
from .smb_tool_config import UpdateClientParams as SmbToolConfigParams_UpdateClient
from .smb_tool_config import UpdateCustomerFacingConfigParams as SmbToolConfigParams_UpdateCustomerFacingConfig
from .smb_tool_config import UpdateGroupSessionSeatsParams as SmbToolConfigParams_UpdateGroupSessionSeats
from .smb_tool_config import UpdateHolidayParams as SmbToolConfigParams_UpdateHoliday
from .smb_tool_config import UpdateLocationParams as SmbToolConfigParams_UpdateLocation
from .smb_tool_config import UpdateProductParams as SmbToolConfigParams_UpdateProduct
from .smb_tool_config import UpdateServiceParams as SmbToolConfigParams_UpdateService
from .smb_tool_config import UpdateStaffParams as SmbToolConfigParams_UpdateStaff
from .smb_tool_config import UpdateTransferRuleParams as SmbToolConfigParams_UpdateTransferRule
from .smb_tool_config import ValidateUserVerificationCodeParams as SmbToolConfigParams_ValidateUserVerificationCode
from .sms_conversation_info import SmsConversationInfo
from .sms_conversation_info import SmsConversationInfo as SMSConversationInfo
from .speaker_audio_response_model import SpeakerAudioResponseModel
from .speaker_created_response import SpeakerCreatedResponse
from .speaker_separation_response_model import (
    SpeakerResponseModel,
    SpeakerSeparationResponseModel,
    SpeakerSeparationResponseModelSpeakersType0,
)
from .speaker_separation_response_model import (
    SpeakerSeparationResponseModelSpeakersType0 as SpeakerSeparationResponseModelSpeakers,
)
from .speaker_updated_response import SpeakerUpdatedResponse
from .speech_engine_config import SpeechEngineConfig, SpeechEngineConfigRequestHeaders
from .speech_engine_conversation_initiation_client_data_config import SpeechEngineConversationInitiationClientDataConfig
from .speech_engine_response import AgentMetadataDbModel, SpeechEngineResponse
from .speech_engine_response import AgentMetadataDbModel as AgentMetadataDBModel
from .speech_history_item_response import (
    DialogueInputResponseModel,
    FeedbackItem,
    HistoryAlignmentResponseModel,
    HistoryAlignmentsResponseModel,
    SpeechHistoryItemResponse,
    SpeechHistoryItemResponseModelSettings,
)
from .speech_history_item_response import FeedbackItem as FeedbackResponseModel
from .speech_history_item_response import SpeechHistoryItemResponse as SpeechHistoryItemResponseModel
from .speech_to_speech_request import SpeechToSpeechRequest
from .speech_to_speech_request import SpeechToSpeechRequest as BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost
from .speech_to_speech_stream_request import SpeechToSpeechStreamRequest
from .speech_to_speech_stream_request import (
    SpeechToSpeechStreamRequest as BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost,
)
from .speech_to_text_chunk_response_model import (
    AdditionalFormatResponseModel,
    SpeechToTextCharacterResponseModel,
    SpeechToTextChunkResponseModel,
    SpeechToTextWordResponseModel,
)
from .speech_to_text_webhook_response_model import SpeechToTextWebhookResponseModel
from .start_pvc_voice_training_response_model import StartPvcVoiceTrainingResponseModel
from .start_pvc_voice_training_response_model import (
    StartPvcVoiceTrainingResponseModel as StartPVCVoiceTrainingResponseModel,
)
from .start_speaker_separation_response_model import StartSpeakerSeparationResponseModel
from .static_asset_reference import StaticAssetReference
from .static_asset_reference import StaticAssetReference as AudioReference_Asset
from .static_asset_reference import StaticAssetReference as ImageReference_Asset
from .static_asset_reference import StaticAssetReference as VideoReference_Asset
from .streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
    StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
)
from .streaming_audio_chunk_with_timestamps_response import StreamingAudioChunkWithTimestampsResponse
from .streaming_audio_chunk_with_timestamps_response import (
    StreamingAudioChunkWithTimestampsResponse as StreamingAudioChunkWithTimestampsResponseModel,
)
from .studio_agent_settings_model import (
    StudioAgentSettingsModel,
    StudioAgentSettingsModelToolSettings,
    StudioAgentToolSettingsModel,
)
from .studio_text_style_outline_model import StudioTextStyleOutlineModel
from .studio_text_style_shadow_model import StudioTextStyleShadowModel
from .subagent_run_result_details import SubagentRunResultDetails
from .submit_order_response import SubmitOrderResponse
from .subscription import (
    DiscountResponseModel,
    InvoiceResponse,
    PendingCancellationResponseModel,
    PendingSubscriptionSwitchResponseModel,
    Subscription,
)
from .subscription import InvoiceResponse as InvoiceResponseModel
from .subscription import PendingCancellationResponseModel as SubscriptionPendingChange_Cancellation
from .subscription import PendingSubscriptionSwitchResponseModel as SubscriptionPendingChange_Change
from .subscription import Subscription as ExtendedSubscriptionResponseModel
from .subtitle_order_item_request import CueOptionsRequest, SubtitleOrderItemRequest
from .subtitle_order_item_request import SubtitleOrderItemRequest as OrderItemRequestInput_Subtitles
from .subtitle_order_item_request import SubtitleOrderItemRequest as OrderItemRequestOutput_Subtitles
from .suggested_audio_tag import SuggestedAudioTag
from .supported_voice import SupportedVoice
from .system_evaluation_criteria import SystemEvaluationCriteria
from .system_tool_config_input import (
    AgentTransferInput,
    EndProcedureToolConfigInput,
    EndProcedureToolConfigInputProcedures,
    RunSubagentToolConfigInput,
    StartProcedureToolConfigInput,
    StartProcedureToolConfigInputProcedures,
    SubAgentInput,
    SystemToolConfigInput,
    TransferToAgentToolConfigInput,
    TransferToNumberToolConfigInput,
)
from .system_tool_config_input import AgentTransferInput as AgentTransfer
from .system_tool_config_input import EndProcedureToolConfigInput as EndProcedureToolConfig
from .system_tool_config_input import EndProcedureToolConfigInput as SystemToolConfigInputParams_EndProcedure
from .system_tool_config_input import RunSubagentToolConfigInput as SystemToolConfigInputParams_RunSubagent
from .system_tool_config_input import StartProcedureToolConfigInput as StartProcedureToolConfig
from .system_tool_config_input import StartProcedureToolConfigInput as SystemToolConfigInputParams_StartProcedure
from .system_tool_config_input import SystemToolConfigInput as PromptAgentApiModelInputToolsItem_System
from .system_tool_config_input import SystemToolConfigInput as PromptAgentApiModelWorkflowOverrideInputToolsItem_System
from .system_tool_config_input import SystemToolConfigInput as ToolRequestModelToolConfig_System
from .system_tool_config_input import TransferToAgentToolConfigInput as SystemToolConfigInputParams_TransferToAgent
from .system_tool_config_input import TransferToAgentToolConfigInput as TransferToAgentToolConfig
from .system_tool_config_input import TransferToNumberToolConfigInput as SystemToolConfigInputParams_TransferToNumber
from .system_tool_config_input import TransferToNumberToolConfigInput as TransferToNumberToolConfig
from .system_tool_config_output import (
    AgentTransferOutput,
    EndProcedureToolConfigOutput,
    EndProcedureToolConfigOutputProcedures,
    RunSubagentToolConfigOutput,
    StartProcedureToolConfigOutput,
    StartProcedureToolConfigOutputProcedures,
    SubAgentOutput,
    SystemToolConfigOutput,
    TransferToAgentToolConfigOutput,
    TransferToNumberToolConfigOutput,
)
from .system_tool_config_output import EndProcedureToolConfigOutput as SystemToolConfigOutputParams_EndProcedure
from .system_tool_config_output import RunSubagentToolConfigOutput as SystemToolConfigOutputParams_RunSubagent
from .system_tool_config_output import StartProcedureToolConfigOutput as SystemToolConfigOutputParams_StartProcedure
from .system_tool_config_output import SystemToolConfigOutput as PromptAgentApiModelOutputToolsItem_System
from .system_tool_config_output import (
    SystemToolConfigOutput as PromptAgentApiModelWorkflowOverrideOutputToolsItem_System,
)
from .system_tool_config_output import SystemToolConfigOutput as ToolResponseModelToolConfig_System
from .system_tool_config_output import TransferToAgentToolConfigOutput as SystemToolConfigOutputParams_TransferToAgent
from .system_tool_config_output import TransferToNumberToolConfigOutput as SystemToolConfigOutputParams_TransferToNumber
from .telephony_call_config import TelephonyCallConfig
from .test_from_conversation_metadata_input import TestFromConversationMetadataInput
from .test_from_conversation_metadata_output import TestFromConversationMetadataOutput
from .test_tool_result_model import TestToolResultModel
from .test_tool_result_model import (
    TestToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TestingToolResult,
)
from .test_tool_result_model import (
    TestToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TestingToolResult,
)
from .test_tool_result_model import (
    TestToolResultModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_TestingToolResult,
)
from .time_range import TimeRange
from .to_dialogue_settings_response_model import ToDialogueSettingsResponseModel
from .token_response_model import TokenResponseModel
from .tool_request_model import ToolRequestModel
from .tool_response_mock_config_input import ToolResponseMockConfigInput
from .tool_response_mock_config_input import ToolResponseMockConfigInput as ToolResponseMockConfig
from .tool_response_mock_config_output import ToolResponseMockConfigOutput
from .tool_response_model import ToolResponseModel, ToolUsageStatsResponseModel
from .tools_response_model import ToolsResponseModel
from .topic_discovery_settings import TopicDiscoverySettings
from .transcription_order_item_request import TranscriptionOrderItemRequest
from .transcription_order_item_request import TranscriptionOrderItemRequest as OrderItemRequestInput_Transcription
from .transcription_order_item_request import TranscriptionOrderItemRequest as OrderItemRequestOutput_Transcription
from .transfer_branch_info_defaulting_to_main import TransferBranchInfoDefaultingToMain
from .transfer_branch_info_defaulting_to_main import (
    TransferBranchInfoDefaultingToMain as TransferToAgentToolResultSuccessModelInputBranchInfo_DefaultingToMain,
)
from .transfer_branch_info_defaulting_to_main import (
    TransferBranchInfoDefaultingToMain as TransferToAgentToolResultSuccessModelOutputBranchInfo_DefaultingToMain,
)
from .transfer_branch_info_traffic_split import TransferBranchInfoTrafficSplit
from .transfer_branch_info_traffic_split import (
    TransferBranchInfoTrafficSplit as TransferToAgentToolResultSuccessModelInputBranchInfo_TrafficSplit,
)
from .transfer_branch_info_traffic_split import (
    TransferBranchInfoTrafficSplit as TransferToAgentToolResultSuccessModelOutputBranchInfo_TrafficSplit,
)
from .transfer_to_agent_tool_result_error_model import TransferToAgentToolResultErrorModel
from .transfer_to_agent_tool_result_error_model import (
    TransferToAgentToolResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToAgentError,
)
from .transfer_to_agent_tool_result_error_model import (
    TransferToAgentToolResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToAgentError,
)
from .transfer_to_agent_tool_result_error_model import (
    TransferToAgentToolResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToAgentError,
)
from .transfer_to_number_result_error_model import TransferToNumberResultErrorModel
from .transfer_to_number_result_error_model import (
    TransferToNumberResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberError,
)
from .transfer_to_number_result_error_model import (
    TransferToNumberResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberError,
)
from .transfer_to_number_result_error_model import (
    TransferToNumberResultErrorModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToNumberError,
)
from .transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel
from .transfer_to_number_result_exotel_success_model import (
    TransferToNumberResultExotelSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberExotelSuccess,
)
from .transfer_to_number_result_exotel_success_model import (
    TransferToNumberResultExotelSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberExotelSuccess,
)
from .transfer_to_number_result_sip_success_model import TransferToNumberResultSipSuccessModel
from .transfer_to_number_result_sip_success_model import (
    TransferToNumberResultSipSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberSipSuccess,
)
from .transfer_to_number_result_sip_success_model import (
    TransferToNumberResultSipSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberSipSuccess,
)
from .transfer_to_number_result_sip_success_model import (
    TransferToNumberResultSipSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToNumberSipSuccess,
)
from .transfer_to_number_result_twilio_success_model import TransferToNumberResultTwilioSuccessModel
from .transfer_to_number_result_twilio_success_model import (
    TransferToNumberResultTwilioSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberTwilioSuccess,
)
from .transfer_to_number_result_twilio_success_model import (
    TransferToNumberResultTwilioSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberTwilioSuccess,
)
from .transfer_to_number_result_twilio_success_model import (
    TransferToNumberResultTwilioSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToNumberTwilioSuccess,
)
from .translated_string import TranslatedString
from .triggered_guardrail_common_model import TriggeredGuardrailCommonModel
from .tts_conversational_config_input import TtsConversationalConfigInput
from .tts_conversational_config_input import TtsConversationalConfigInput as TTSConversationalConfigInput
from .tts_conversational_config_input import TtsConversationalConfigInput as TtsConversationalConfig
from .tts_conversational_config_output import TtsConversationalConfigOutput
from .tts_conversational_config_output import TtsConversationalConfigOutput as TTSConversationalConfigOutput
from .tts_conversational_config_override import TtsConversationalConfigOverride
from .tts_conversational_config_override import TtsConversationalConfigOverride as TTSConversationalConfigOverride
from .tts_conversational_config_override_config import TtsConversationalConfigOverrideConfig
from .tts_conversational_config_override_config import (
    TtsConversationalConfigOverrideConfig as TTSConversationalConfigOverrideConfig,
)
from .turn_config import SoftTimeoutConfig, TurnConfig
from .turn_config_override import SoftTimeoutConfigOverride, TurnConfigOverride
from .turn_config_override_config import SoftTimeoutConfigOverrideConfig, TurnConfigOverrideConfig
from .turn_config_workflow_override import SoftTimeoutConfigWorkflowOverride, TurnConfigWorkflowOverride
from .twilio_outbound_call_response import TwilioOutboundCallResponse
from .unit_test_summary_response_model import UnitTestSummaryResponseModel
from .unit_test_tool_call_evaluation_model_input import UnitTestToolCallEvaluationModelInput
from .unit_test_tool_call_evaluation_model_input import (
    UnitTestToolCallEvaluationModelInput as UnitTestToolCallEvaluationModel,
)
from .unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput
from .unit_test_tool_call_parameter import (
    ExactParameterEvaluationStrategy,
    LlmParameterEvaluationStrategy,
    MatchAnythingParameterEvaluationStrategy,
    RegexParameterEvaluationStrategy,
    UnitTestToolCallParameter,
)
from .unit_test_tool_call_parameter import ExactParameterEvaluationStrategy as UnitTestToolCallParameterEval_Exact
from .unit_test_tool_call_parameter import LlmParameterEvaluationStrategy as LLMParameterEvaluationStrategy
from .unit_test_tool_call_parameter import LlmParameterEvaluationStrategy as UnitTestToolCallParameterEval_Llm
from .unit_test_tool_call_parameter import (
    MatchAnythingParameterEvaluationStrategy as UnitTestToolCallParameterEval_Anything,
)
from .unit_test_tool_call_parameter import RegexParameterEvaluationStrategy as UnitTestToolCallParameterEval_Regex
from .unit_test_workflow_node_transition_evaluation_node_id import UnitTestWorkflowNodeTransitionEvaluationNodeId
from .unknown_variant import UnknownVariant
from .update_agent_request import (
    ProcedureVersionRef,
    UpdateAgentRequest,
    UpdateAgentRequestConversationConfigType0,
    UpdateAgentRequestPlatformSettingsType0,
    UpdateAgentRequestProceduresType0,
)
from .update_agent_request import UpdateAgentRequest as BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatch
from .update_agent_request import (
    UpdateAgentRequestConversationConfigType0 as BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatchConversationConfigType0,
)
from .update_agent_request import UpdateAgentRequestConversationConfigType0 as UpdateAgentRequestConversationConfig
from .update_agent_request import (
    UpdateAgentRequestPlatformSettingsType0 as BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatchPlatformSettingsType0,
)
from .update_agent_request import UpdateAgentRequestPlatformSettingsType0 as UpdateAgentRequestPlatformSettings
from .update_agent_request import (
    UpdateAgentRequestProceduresType0 as BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatchProceduresType0,
)
from .update_agent_request import UpdateAgentRequestProceduresType0 as UpdateAgentRequestProcedures
from .update_basic_auth_request import UpdateBasicAuthRequest
from .update_basic_auth_request import UpdateBasicAuthRequest as AuthConnectionsUpdateRequestBody_BasicAuth
from .update_bearer_auth_request import UpdateBearerAuthRequest
from .update_bearer_auth_request import UpdateBearerAuthRequest as AuthConnectionsUpdateRequestBody_BearerAuth
from .update_environment_variable_request import (
    UpdateEnvironmentVariableRequest,
    UpdateEnvironmentVariableRequestValues,
)
from .update_member_request import UpdateMemberRequest
from .update_member_request import UpdateMemberRequest as BodyUpdateMemberV1WorkspaceMembersPost
from .update_music_finetune_request_model import UpdateMusicFinetuneRequestModel
from .update_o_auth_2_client_creds_request import (
    UpdateOAuth2ClientCredsRequest,
    UpdateOAuth2ClientCredsRequestCustomHeadersType0,
    UpdateOAuth2ClientCredsRequestExtraParamsType0,
)
from .update_o_auth_2_client_creds_request import (
    UpdateOAuth2ClientCredsRequest as AuthConnectionsUpdateRequestBody_Oauth2ClientCredentials,
)
from .update_o_auth_2_client_creds_request import (
    UpdateOAuth2ClientCredsRequestCustomHeadersType0 as UpdateOAuth2ClientCredsRequestCustomHeaders,
)
from .update_o_auth_2_client_creds_request import (
    UpdateOAuth2ClientCredsRequestExtraParamsType0 as UpdateOAuth2ClientCredsRequestExtraParams,
)
from .update_o_auth_2_jwt_request import UpdateOAuth2JwtRequest, UpdateOAuth2JwtRequestExtraParamsType0
from .update_o_auth_2_jwt_request import UpdateOAuth2JwtRequest as AuthConnectionsUpdateRequestBody_Oauth2Jwt
from .update_o_auth_2_jwt_request import UpdateOAuth2JwtRequest as UpdateOAuth2JWTRequest
from .update_o_auth_2_jwt_request import (
    UpdateOAuth2JwtRequestExtraParamsType0 as UpdateOAuth2JWTRequestExtraParamsType0,
)
from .update_o_auth_2_jwt_request import UpdateOAuth2JwtRequestExtraParamsType0 as UpdateOAuth2JwtRequestExtraParams
from .update_order_response import UpdateOrderResponse
from .update_phone_number_request import UpdatePhoneNumberRequest
from .update_procedure_draft_request_model import UpdateProcedureDraftRequestModel
from .update_response_unit_test_request import (
    UpdateResponseUnitTestRequest,
    UpdateResponseUnitTestRequestDynamicVariables,
)
from .update_response_unit_test_request import UpdateResponseUnitTestRequest as TestsUpdateRequestBody_Llm
from .update_simulation_test_request import (
    UpdateSimulationTestRequest,
    UpdateSimulationTestRequestDynamicVariables,
    UpdateSimulationTestRequestToolMockOverrides,
)
from .update_simulation_test_request import UpdateSimulationTestRequest as TestsUpdateRequestBody_Simulation
from .update_speech_engine_request import UpdateSpeechEngineRequest
from .update_tool_call_unit_test_request import (
    UpdateToolCallUnitTestRequest,
    UpdateToolCallUnitTestRequestDynamicVariables,
)
from .update_tool_call_unit_test_request import UpdateToolCallUnitTestRequest as TestsUpdateRequestBody_Tool
from .update_whats_app_account_request import UpdateWhatsAppAccountRequest
from .update_workspace_member_response_model import UpdateWorkspaceMemberResponseModel
from .upsert_order_item_response import UpsertOrderItemResponse
from .url_avatar import UrlAvatar
from .url_avatar import UrlAvatar as URLAvatar
from .url_avatar import UrlAvatar as WidgetConfigAvatar_Url
from .url_avatar import UrlAvatar as WidgetConfigOutputAvatar_Url
from .url_avatar import UrlAvatar as WidgetConfigResponseAvatar_Url
from .url_secret_auth_response import UrlSecretAuthResponse
from .url_secret_auth_response import UrlSecretAuthResponse as AuthConnectionsCreateResponse_UrlSecret
from .url_secret_auth_response import UrlSecretAuthResponse as AuthConnectionsUpdateResponse_UrlSecret
from .url_secret_auth_response import UrlSecretAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_UrlSecret
from .usage_characters_response_model import UsageCharactersResponseModel, UsageCharactersResponseModelUsage
from .user import SubscriptionResponse, User
from .user import SubscriptionResponse as SubscriptionResponseModel
from .user import User as UserResponseModel
from .user_activity import UserActivity
from .user_audio_chunk import UserAudioChunk
from .user_feedback import UserFeedback
from .user_message import UserMessage
from .user_transcript import UserTranscript, UserTranscriptUserTranscriptionEvent
from .user_transcript_payload import TranscriptMessage, UserTranscriptPayload
from .utterance_response_model import UtteranceResponseModel
from .uui_transfer_config import UuiTransferConfig
from .uui_transfer_config import UuiTransferConfig as UUITransferConfig
from .vad_config import VadConfig
from .vad_config import VadConfig as VADConfig
from .vad_config_workflow_override import VadConfigWorkflowOverride
from .vad_config_workflow_override import VadConfigWorkflowOverride as VADConfigWorkflowOverride
from .vad_score import VadScore, VadScoreVadScoreEvent
from .veo_31_fast_request import Veo31FastRequest
from .veo_31_fast_request import Veo31FastRequest as VideoGenerationRequest_Veo31FastGenerate001
from .veo_31_request import Veo31Request
from .veo_31_request import Veo31Request as VideoGenerationRequest_Veo31Generate001
from .veo_image_reference import VeoImageReference
from .verification_attempt_response import RecordingResponse, VerificationAttemptResponse
from .verification_attempt_response import RecordingResponse as RecordingResponseModel
from .verification_attempt_response import VerificationAttemptResponse as VerificationAttemptResponseModel
from .verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
from .verify_pvc_voice_captcha_response_model import VerifyPvcVoiceCaptchaResponseModel
from .verify_pvc_voice_captcha_response_model import (
    VerifyPvcVoiceCaptchaResponseModel as VerifyPVCVoiceCaptchaResponseModel,
)
from .visited_agent_ref import VisitedAgentRef
from .voice import (
    FineTuningResponse,
    FineTuningResponseMessageType0,
    FineTuningResponseProgressType0,
    FineTuningResponseState,
    ManualVerificationFileResponse,
    ManualVerificationResponse,
    ReaderResourceResponseModel,
    Voice,
    VoiceLabels,
    VoiceSharingModerationCheckResponseModel,
    VoiceSharingResponse,
    VoiceSharingResponseLabels,
    VoiceVerificationResponse,
)
from .voice import FineTuningResponse as FineTuningResponseModel
from .voice import FineTuningResponseMessageType0 as FineTuningResponseMessage
from .voice import FineTuningResponseMessageType0 as FineTuningResponseModelMessageType0
from .voice import FineTuningResponseProgressType0 as FineTuningResponseModelProgressType0
from .voice import FineTuningResponseProgressType0 as FineTuningResponseProgress
from .voice import FineTuningResponseState as FineTuningResponseModelState
from .voice import ManualVerificationFileResponse as ManualVerificationFileResponseModel
from .voice import ManualVerificationResponse as ManualVerificationResponseModel
from .voice import Voice as VoiceResponseModel
from .voice import VoiceLabels as VoiceResponseModelLabels
from .voice import VoiceSharingResponse as VoiceSharingResponseModel
from .voice import VoiceSharingResponseLabels as VoiceSharingResponseModelLabels
from .voice import VoiceVerificationResponse as VoiceVerificationResponseModel
from .voice_design_preview_response import VoiceDesignPreviewResponse, VoicePreviewResponseModel
from .voice_design_preview_response import VoiceDesignPreviewResponse as VoicePreviewsResponseModel
from .voice_design_request import VoiceDesignRequest
from .voice_design_request import VoiceDesignRequest as VoicePreviewsRequestModel
from .voice_design_request_model import VoiceDesignRequestModel
from .voice_mail_detection_result_success_model import VoiceMailDetectionResultSuccessModel
from .voice_mail_detection_result_success_model import (
    VoiceMailDetectionResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_VoicemailDetectionSuccess,
)
from .voice_mail_detection_result_success_model import (
    VoiceMailDetectionResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_VoicemailDetectionSuccess,
)
from .voice_mail_detection_result_success_model import (
    VoiceMailDetectionResultSuccessModel as ConversationHistoryTranscriptSystemToolResultCommonModelResult_VoicemailDetectionSuccess,
)
from .voice_remix_request_model import VoiceRemixRequestModel
from .voice_sample import VoiceSample
from .voice_sample import VoiceSample as SampleResponseModel
from .voice_sample_preview_response_model import VoiceSamplePreviewResponseModel
from .voice_sample_visual_waveform_response_model import VoiceSampleVisualWaveformResponseModel
from .voice_segment import VoiceSegment
from .voice_settings import VoiceSettings
from .voice_settings import VoiceSettings as VoiceSettingsResponseModel
from .voice_settings_model import VoiceSettingsModel
from .voicemail_detection_tool_config import VoicemailDetectionToolConfig
from .voicemail_detection_tool_config import (
    VoicemailDetectionToolConfig as SystemToolConfigInputParams_VoicemailDetection,
)
from .voicemail_detection_tool_config import (
    VoicemailDetectionToolConfig as SystemToolConfigOutputParams_VoicemailDetection,
)
from .voices_not_permitted_warning import VoicesNotPermittedWarning
from .webhook_target_all import WebhookTargetAll
from .webhook_target_all import WebhookTargetAll as WebhookTarget_All
from .webhook_target_ids import WebhookTargetIds
from .webhook_target_ids import WebhookTargetIds as WebhookTarget_Ids
from .webhook_tool_config_input import (
    WebhookToolApiSchemaConfigInput,
    WebhookToolApiSchemaConfigInputPathParamsSchema,
    WebhookToolApiSchemaConfigInputRequestHeaders,
    WebhookToolConfigInput,
)
from .webhook_tool_config_input import WebhookToolConfigInput as PromptAgentApiModelInputToolsItem_Webhook
from .webhook_tool_config_input import (
    WebhookToolConfigInput as PromptAgentApiModelWorkflowOverrideInputToolsItem_Webhook,
)
from .webhook_tool_config_input import WebhookToolConfigInput as ToolRequestModelToolConfig_Webhook
from .webhook_tool_config_output import (
    WebhookToolApiSchemaConfigOutput,
    WebhookToolApiSchemaConfigOutputPathParamsSchema,
    WebhookToolApiSchemaConfigOutputRequestHeaders,
    WebhookToolConfigOutput,
)
from .webhook_tool_config_output import WebhookToolConfigOutput as PromptAgentApiModelOutputToolsItem_Webhook
from .webhook_tool_config_output import (
    WebhookToolConfigOutput as PromptAgentApiModelWorkflowOverrideOutputToolsItem_Webhook,
)
from .webhook_tool_config_output import WebhookToolConfigOutput as ToolResponseModelToolConfig_Webhook
from .websocket_tts_client_message_multi import WebsocketTtsClientMessageMulti
from .websocket_tts_client_message_multi import WebsocketTtsClientMessageMulti as WebsocketTTSClientMessageMulti
from .websocket_tts_server_message_multi import WebsocketTtsServerMessageMulti
from .websocket_tts_server_message_multi import WebsocketTtsServerMessageMulti as WebsocketTTSServerMessageMulti
from .whats_app_auth_response import WhatsAppAuthResponse
from .whats_app_auth_response import WhatsAppAuthResponse as AuthConnectionsCreateResponse_WhatsappAuth
from .whats_app_auth_response import WhatsAppAuthResponse as AuthConnectionsUpdateResponse_WhatsappAuth
from .whats_app_auth_response import WhatsAppAuthResponse as ListAuthConnectionsResponseAuthConnectionsItem_WhatsappAuth
from .whats_app_outbound_call_response import WhatsAppOutboundCallResponse
from .whats_app_outbound_message_response import WhatsAppOutboundMessageResponse
from .whats_app_template_text_param import WhatsAppTemplateTextParam
from .whats_app_template_text_param import (
    WhatsAppTemplateTextParam as WhatsAppTemplateHeaderComponentParamsParametersItem_Text,
)
from .widget_end_feedback_config import WidgetEndFeedbackConfig
from .widget_language_preset import (
    WidgetLanguagePreset,
    WidgetTermsTranslation,
    WidgetTextContentsTranslation,
    WidgetTextContentsTranslationSource,
    WidgetTextContentsTranslationText,
)
from .widget_styles import WidgetStyles
from .widget_text_contents import WidgetTextContents
from .word_timestamp import WordTimestamp
from .workflow_tool_edge_step_model import WorkflowToolEdgeStepModel
from .workflow_tool_edge_step_model import WorkflowToolEdgeStepModel as WorkflowToolResponseModelInputStepsItem_Edge
from .workflow_tool_edge_step_model import WorkflowToolEdgeStepModel as WorkflowToolResponseModelOutputStepsItems_Edge
from .workflow_tool_locator import WorkflowToolLocator, WorkflowToolLocatorSchemaOverridesType0
from .workflow_tool_locator import WorkflowToolLocatorSchemaOverridesType0 as WorkflowToolLocatorSchemaOverrides
from .workflow_tool_max_iterations_exceeded_step_model import WorkflowToolMaxIterationsExceededStepModel
from .workflow_tool_max_iterations_exceeded_step_model import (
    WorkflowToolMaxIterationsExceededStepModel as WorkflowToolResponseModelInputStepsItem_MaxIterationsExceeded,
)
from .workflow_tool_max_iterations_exceeded_step_model import (
    WorkflowToolMaxIterationsExceededStepModel as WorkflowToolResponseModelOutputStepsItems_MaxIterationsExceeded,
)
from .workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel
from .workspace_api_key_list_response_model import WorkspaceApiKeyListResponseModel
from .workspace_api_key_response_model import WorkspaceApiKeyResponseModel
from .workspace_audit_logs_page_response import (
    ActorModel,
    ActorModelSessionType0,
    DeviceModel,
    HttpRequestModel,
    UrlModel,
    UserModel,
    WorkspaceAuditLogEntryResponse,
    WorkspaceAuditLogEntryResponseMetadata,
    WorkspaceAuditLogEntryResponseUnmapped,
    WorkspaceAuditLogsPageResponse,
)
from .workspace_audit_logs_page_response import ActorModelSessionType0 as ActorModelSession
from .workspace_batch_calls_response import WorkspaceBatchCallsResponse
from .workspace_create_api_key_response_model import WorkspaceCreateApiKeyResponseModel
from .workspace_create_service_account_response_model import WorkspaceCreateServiceAccountResponseModel
from .workspace_create_webhook_response_model import WorkspaceCreateWebhookResponseModel
from .workspace_group_by_name_response_model import WorkspaceGroupByNameResponseModel
from .workspace_group_response_model import WorkspaceGroupResponseModel
from .workspace_groups_list_response_get_all_groups_v1_workspace_groups_get import (
    WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet,
)
from .workspace_member_response_model import WorkspaceMemberResponseModel
from .workspace_service_account_list_response_model import (
    DefaultSharingGroupResponseModel,
    WorkspaceServiceAccountListResponseModel,
    WorkspaceServiceAccountResponseModel,
)
from .workspace_webhook_list_response_model import (
    WorkspaceWebhookListResponseModel,
    WorkspaceWebhookResponseModel,
    WorkspaceWebhookUsageResponseModel,
)

AgentAnalysisItemsInputDataCollectionItem: TypeAlias = AttachedUserDataCollectionRef | AttachedSystemDataCollectionRef
AgentAnalysisItemsInputEvaluationCriteriaItem: TypeAlias = AttachedUserEvaluationRef | AttachedSystemEvaluationRef
AgentAnalysisItemsOutputDataCollectionItem: TypeAlias = (
    AttachedUserDataCollectionRef | AttachedSystemDataCollectionRef | UnknownVariant
)
AgentAnalysisItemsOutputEvaluationCriteriaItem: TypeAlias = (
    AttachedUserEvaluationRef | AttachedSystemEvaluationRef | UnknownVariant
)
AgentBranchResponseProtectionStatus: TypeAlias = BranchProtectionStatus | str
AgentBranchSummaryProtectionStatus: TypeAlias = BranchProtectionStatus | str
AgentConversationTicketResponseModelIssueType: TypeAlias = AgentConversationTicketIssueType | str
AgentConversationTicketResponseModelSource: TypeAlias = AgentConversationTicketSource | str
AgentConversationTicketResponseModelStatus: TypeAlias = AgentConversationTicketStatus | str
AgentKnowledgeBaseRagChunkResponseModelContentFormat: TypeAlias = ContentFormat | str
AgentKnowledgeBaseRagChunkResponseModelDocumentType: TypeAlias = KnowledgeBaseDocumentType | str
AgentMetadataDbModelCreatedFrom: TypeAlias = AgentDefinitionSource | str
AgentMetadataDbModelLastUpdatedFrom: TypeAlias = AgentDefinitionSource | str
AgentPlatformSettingsResponseModelAnalysisLlm: TypeAlias = Llm | str
AgentPlatformSettingsResponseModelDataCollectionScopesValue: TypeAlias = AnalysisScope | str
AgentPlatformSettingsResponseModelTrustContext: TypeAlias = AgentTrustContext | str
AgentTransferOp: TypeAlias = AgentTransferOpReplace | AgentTransferOpPush | AgentTransferOpPop
AgentWorkflowRequestModelNodesValue: TypeAlias = (
    WorkflowStartNodeModelInput
    | WorkflowEndNodeModelInput
    | WorkflowPhoneNumberNodeModelInput
    | WorkflowOverrideAgentNodeModelInput
    | WorkflowStandaloneAgentNodeModelInput
    | WorkflowToolNodeModelInput
)
AgentWorkflowResponseModelNodesValue: TypeAlias = (
    WorkflowStartNodeModelOutput
    | WorkflowEndNodeModelOutput
    | WorkflowPhoneNumberNodeModelOutput
    | WorkflowOverrideAgentNodeModelOutput
    | WorkflowStandaloneAgentNodeModelOutput
    | WorkflowToolNodeModelOutput
    | UnknownVariant
)
AlertingSettingsNotifiersItem: TypeAlias = AlertingWebhookNotifier | AlertingIntegrationNotifier
AlertingSettingsResponseNotifiersItem: TypeAlias = (
    AlertingWebhookNotifierResponse | AlertingIntegrationNotifierResponse | UnknownVariant
)
AnalysisPropertyConstantValue: TypeAlias = str | int | float | bool
AnalysisPropertyLlm: TypeAlias = Llm | str
ApiIntegrationOAuth2AuthCodeResponseStatus: TypeAlias = AuthConnectionStatus | str
ApiIntegrationOAuth2CustomAppResponseStatus: TypeAlias = AuthConnectionStatus | str
ApiIntegrationWebhookOverridesRequestHeadersValue: TypeAlias = str | ConvAiDynamicVariable
ApiIntegrationWebhookOverridesResponseFilterMode: TypeAlias = ResponseFilterMode | str
ApiIntegrationWebhookOverridesSchemaOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride | UnknownVariant
)
ApiIntegrationWebhookToolConfigOutputExecutionMode: TypeAlias = ToolExecutionMode | str
ApiIntegrationWebhookToolConfigOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
ApiIntegrationWebhookToolConfigOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
ApiIntegrationWebhookToolConfigOutputToolCallSound: TypeAlias = ToolCallSoundType | str
ApiIntegrationWebhookToolConfigOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
ApiIntegrationWebhookToolConfigOutputToolErrorHandlingMode: TypeAlias = ToolErrorHandlingMode | str
ArrayJsonSchemaPropertyInputItems: TypeAlias = (
    ObjectJsonSchemaPropertyInput | ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty
)
ArrayJsonSchemaPropertyOutputItems: TypeAlias = (
    ObjectJsonSchemaPropertyOutput | ArrayJsonSchemaPropertyOutput | LiteralJsonSchemaProperty | UnknownVariant
)
AsrConversationalConfigProvider: TypeAlias = AsrProvider | str
AsrConversationalConfigQuality: TypeAlias = AsrQuality | str
AsrConversationalConfigUserInputAudioFormat: TypeAlias = AsrInputFormat | str
AsrConversationalConfigWorkflowOverrideProvider: TypeAlias = AsrProvider | str
AsrConversationalConfigWorkflowOverrideQuality: TypeAlias = AsrQuality | str
AsrConversationalConfigWorkflowOverrideUserInputAudioFormat: TypeAlias = AsrInputFormat | str
AstllmNodeInput: TypeAlias = ASTLLMNodeValueSchema | ASTLLMNodePrompt
AstNodeInput: TypeAlias = (
    AstStringNodeInput
    | AstNumberNodeInput
    | AstBooleanNodeInput
    | AstNullNodeInput
    | AstDynamicVariableNodeInput
    | AstOrOperatorNodeInput
    | AstAndOperatorNodeInput
    | AstEqualsOperatorNodeInput
    | AstNotEqualsOperatorNodeInput
    | AstGreaterThanOperatorNodeInput
    | AstLessThanOperatorNodeInput
    | AstGreaterThanOrEqualsOperatorNodeInput
    | AstLessThanOrEqualsOperatorNodeInput
    | AstAdditionOperatorNodeInput
    | AstSubtractionOperatorNodeInput
    | AstMultiplicationOperatorNodeInput
    | AstDivisionOperatorNodeInput
    | AstConditionalOperatorNodeInput
    | ASTLLMNodeValueSchema
    | ASTLLMNodePrompt
)
AstNodeInput_Llm: TypeAlias = ASTLLMNodeValueSchema | ASTLLMNodePrompt
AstNodeOutput: TypeAlias = (
    AstStringNodeOutput
    | AstNumberNodeOutput
    | AstBooleanNodeOutput
    | AstNullNodeOutput
    | AstllmNodeOutput
    | AstDynamicVariableNodeOutput
    | AstOrOperatorNodeOutput
    | AstAndOperatorNodeOutput
    | AstEqualsOperatorNodeOutput
    | AstNotEqualsOperatorNodeOutput
    | AstGreaterThanOperatorNodeOutput
    | AstLessThanOperatorNodeOutput
    | AstGreaterThanOrEqualsOperatorNodeOutput
    | AstLessThanOrEqualsOperatorNodeOutput
    | AstAdditionOperatorNodeOutput
    | AstSubtractionOperatorNodeOutput
    | AstMultiplicationOperatorNodeOutput
    | AstDivisionOperatorNodeOutput
    | AstConditionalOperatorNodeOutput
    | UnknownVariant
)
AstNumberNodeInputValue: TypeAlias = float | int
AstNumberNodeOutputValue: TypeAlias = float | int
AttachedSystemDataCollectionRefScope: TypeAlias = AnalysisScope | str
AttachedSystemEvaluationRefScope: TypeAlias = AnalysisScope | str
AttachedUserDataCollectionRefScope: TypeAlias = AnalysisScope | str
AttachedUserEvaluationRefScope: TypeAlias = AnalysisScope | str
AudioReference: TypeAlias = GenerationReference | StaticAssetReference | InlineAudioReference
AuthConnectionDependenciesMcpServersItem: TypeAlias = (
    DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant
)
AuthConnectionDependenciesToolsItem: TypeAlias = (
    DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant
)
AuthConnectionsCreateRequestBody: TypeAlias = (
    CreateOAuth2ClientCredsRequest
    | CreateCustomHeaderAuthRequest
    | CreateBasicAuthRequest
    | CreateBearerAuthRequest
    | CreateOAuth2JwtRequest
    | CreatePrivateKeyJwtRequest
    | CreateMtlsAuthRequest
)
AuthConnectionsCreateResponse: TypeAlias = (
    OAuth2ClientCredsResponse
    | RefreshTokenAuthResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | MtlsAuthResponse
    | CustomHeaderAuthResponse
    | ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | WhatsAppAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
)
AuthConnectionsUpdateRequestBody: TypeAlias = (
    UpdateOAuth2ClientCredsRequest | UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2JwtRequest
)
AuthConnectionsUpdateResponse: TypeAlias = (
    OAuth2ClientCredsResponse
    | RefreshTokenAuthResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | MtlsAuthResponse
    | CustomHeaderAuthResponse
    | ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | WhatsAppAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
)
BackgroundSoundConfigSourceId: TypeAlias = BackgroundSoundPresetId | str
BackgroundSoundConfigSourceType: TypeAlias = BackgroundSoundSourceType | str
BackgroundSoundConfigWorkflowOverrideSourceId: TypeAlias = BackgroundSoundPresetId | str
BackgroundSoundConfigWorkflowOverrideSourceType: TypeAlias = BackgroundSoundSourceType | str
BackupLlmOverrideOrderItem: TypeAlias = Llm | str
BaseTurnConfigMode: TypeAlias = TurnMode | str
BaseTurnConfigSpellingPatience: TypeAlias = SpellingPatience | str
BaseTurnConfigTurnEagerness: TypeAlias = TurnEagerness | str
BaseTurnConfigTurnModel: TypeAlias = TurnModel | str
BasicAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
BatchCallDetailedResponsePhoneProvider: TypeAlias = TelephonyProvider | str
BatchCallDetailedResponseStatus: TypeAlias = BatchCallStatus | str
BatchCallResponsePhoneProvider: TypeAlias = TelephonyProvider | str
BatchCallResponseStatus: TypeAlias = BatchCallStatus | str
BearerAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
BehaviorOverrideInteractionBudget: TypeAlias = InteractionBudget | str
BehaviorOverrideOutputFormat: TypeAlias = OutputFormat | str
BehaviorOverrideVerbosity: TypeAlias = Verbosity | str
BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostRulesItem: TypeAlias = (
    PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel
)
BodyComposeMusicV1MusicPostCompositionPlan: TypeAlias = MusicPrompt | CompositionPlan
BodyComposeMusicWithADetailedResponseV1MusicDetailedPostCompositionPlan: TypeAlias = MusicPrompt | CompositionPlan
BodyCreatePodcastV1StudioPodcastsPostMode: TypeAlias = PodcastConversationMode | PodcastBulletinMode
BodyCreatePodcastV1StudioPodcastsPostSourceItem: TypeAlias = PodcastTextSource | PodcastUrlSource
BodyCreatePodcastV1StudioPodcastsPostSourceTwoItem: TypeAlias = PodcastTextSource | PodcastUrlSource
BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimit: TypeAlias = (
    int | BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1
)
BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowed: TypeAlias = (
    bool
    | BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
)
BodyGenerateCompositionPlanV1MusicPlanPostSourceCompositionPlan: TypeAlias = MusicPrompt | CompositionPlan
BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem: TypeAlias = (
    WhatsAppTemplateHeaderComponentParams | WhatsAppTemplateBodyComponentParams | WhatsAppTemplateButtonComponentParams
)
BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPostRulesItem: TypeAlias = (
    PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel
)
BodySpeechToTextV1SpeechToTextPostWebhookMetadata: TypeAlias = (
    str | BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1
)
BodyStreamComposedMusicV1MusicStreamPostCompositionPlan: TypeAlias = MusicPrompt | CompositionPlan
BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPostCompositionPlan: TypeAlias = (
    MusicPrompt | CompositionPlan
)
BodyUploadMusicV1MusicUploadPostExtractCompositionPlan: TypeAlias = bool | MusicModelId
ChapterContentBlockResponseModelNodesItem: TypeAlias = (
    ChapterContentBlockTtsNodeResponseModel | ChapterContentBlockExtendableNodeResponseModel | UnknownVariant
)
ClientToolConfigOutputExecutionMode: TypeAlias = ToolExecutionMode | str
ClientToolConfigOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
ClientToolConfigOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
ClientToolConfigOutputToolCallSound: TypeAlias = ToolCallSoundType | str
ClientToolConfigOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
ClientToolConfigOutputToolErrorHandlingMode: TypeAlias = ToolErrorHandlingMode | str
CompositionPlanChunksItem: TypeAlias = GenerationChunkInput | AudioRefChunk
CompositionPlanCreateResponse: TypeAlias = MusicPrompt | CompositionPlan
ContentGuardrailInputTriggerAction: TypeAlias = EndCallTriggerAction | RetryTriggerAction
ContentGuardrailOutputExecutionMode: TypeAlias = GuardrailExecutionMode | str
ContentGuardrailOutputTriggerAction: TypeAlias = EndCallTriggerAction | RetryTriggerAction | UnknownVariant
ContentThresholdGuardrailThreshold: TypeAlias = float | ContentThresholdGuardrailThresholdType1 | str
ConvAiStoredSecretDependenciesAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
ConvAiStoredSecretDependenciesMcpServersItem: TypeAlias = (
    DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant
)
ConvAiStoredSecretDependenciesOthersItem: TypeAlias = SecretDependencyType | str
ConvAiStoredSecretDependenciesToolsItem: TypeAlias = (
    DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant
)
ConvAiWebhooksEventsItem: TypeAlias = WebhookEventType | str
ConvAiWebhooksTranscriptFormat: TypeAlias = WebhookTranscriptFormat | str
ConversationConfigOutputClientEventsItem: TypeAlias = ClientEvent | str
ConversationConfigOutputMonitoringEventsItem: TypeAlias = ClientEvent | str
ConversationConfigWorkflowOverrideOutputClientEventsItem: TypeAlias = ClientEvent | str
ConversationConfigWorkflowOverrideOutputMonitoringEventsItem: TypeAlias = ClientEvent | str
ConversationHistoryAnalysisCommonModelCallSuccessful: TypeAlias = EvaluationSuccessResult | str
ConversationHistoryEvaluationCriteriaResultCommonModelResult: TypeAlias = EvaluationSuccessResult | str
ConversationHistoryFeedbackCommonModelOverallScore: TypeAlias = UserFeedbackScore | str
ConversationHistoryFeedbackCommonModelType: TypeAlias = ConversationFeedbackType | str
ConversationHistoryMetadataCommonModelAgentCreatedFrom: TypeAlias = AgentDefinitionSource | str
ConversationHistoryMetadataCommonModelAgentLastUpdatedFrom: TypeAlias = AgentDefinitionSource | str
ConversationHistoryMetadataCommonModelAuthorizationMethod: TypeAlias = AuthorizationMethod | str
ConversationHistoryMetadataCommonModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
ConversationHistoryMetadataCommonModelInitiationTrigger: TypeAlias = (
    DefaultConversationInitiationTrigger | ZendeskConversationInitiationTrigger | UnknownVariant
)
ConversationHistoryMetadataCommonModelPhoneCall: TypeAlias = (
    ConversationHistoryTwilioPhoneCallModel | ConversationHistorySipTrunkingPhoneCallModel | UnknownVariant
)
ConversationHistoryRedactionConfigEntitiesItem: TypeAlias = ConfigEntityType | str
ConversationHistoryTranscriptCommonModelInputToolResultsItem: TypeAlias = (
    ConversationHistoryTranscriptSystemToolResultCommonModelInput
    | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
    | ConversationHistoryTranscriptOtherToolsResultCommonModel
)
ConversationHistoryTranscriptCommonModelOutputToolResultsItems: TypeAlias = (
    ConversationHistoryTranscriptSystemToolResultCommonModel
    | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
    | ConversationHistoryTranscriptOtherToolsResultCommonModel
    | UnknownVariant
)
ConversationHistoryTranscriptResponseModelSourceMedium: TypeAlias = ChatSourceMedium | str
ConversationHistoryTranscriptResponseModelToolResultsItem: TypeAlias = (
    ConversationHistoryTranscriptSystemToolResultCommonModelOutput
    | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput
    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
    | ConversationHistoryTranscriptOtherToolsResultCommonModel
    | UnknownVariant
)
ConversationHistoryTranscriptSystemToolResultCommonModelInputResult: TypeAlias = (
    EndCallToolResultModel
    | LanguageDetectionToolResultModel
    | TransferToAgentToolResultSuccessModelInput
    | TransferToAgentToolResultErrorModel
    | TransferToNumberResultTwilioSuccessModel
    | TransferToNumberResultSipSuccessModel
    | TransferToNumberResultExotelSuccessModel
    | TransferToNumberResultErrorModel
    | SkipTurnToolResponseModel
    | PlayDtmfResultSuccessModel
    | PlayDtmfResultErrorModel
    | VoiceMailDetectionResultSuccessModel
    | TestToolResultModel
    | KnowledgeBaseRagToolResultModel
    | KnowledgeBaseToolResultModel
    | DummyToolResultModel
)
ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult: TypeAlias = (
    EndCallToolResultModel
    | LanguageDetectionToolResultModel
    | TransferToAgentToolResultSuccessModelOutput
    | TransferToAgentToolResultErrorModel
    | TransferToNumberResultTwilioSuccessModel
    | TransferToNumberResultSipSuccessModel
    | TransferToNumberResultExotelSuccessModel
    | TransferToNumberResultErrorModel
    | SkipTurnToolResponseModel
    | PlayDtmfResultSuccessModel
    | PlayDtmfResultErrorModel
    | VoiceMailDetectionResultSuccessModel
    | TestToolResultModel
    | KnowledgeBaseRagToolResultModel
    | KnowledgeBaseToolResultModel
    | DummyToolResultModel
    | UnknownVariant
)
ConversationHistoryTranscriptSystemToolResultCommonModelResult: TypeAlias = (
    EndCallToolResultModel
    | LanguageDetectionToolResultModel
    | TransferToAgentToolResultSuccessModel
    | TransferToAgentToolResultErrorModel
    | TransferToNumberResultTwilioSuccessModel
    | TransferToNumberResultSipSuccessModel
    | TransferToNumberResultErrorModel
    | SkipTurnToolResponseModel
    | PlayDtmfResultSuccessModel
    | PlayDtmfResultErrorModel
    | VoiceMailDetectionResultSuccessModel
    | TestToolResultModel
    | UnknownVariant
)
ConversationHistoryTranscriptToolCallCommonModelInputToolDetails: TypeAlias = (
    ConversationHistoryTranscriptToolCallWebhookDetails
    | ConversationHistoryTranscriptToolCallClientDetails
    | ConversationHistoryTranscriptToolCallMcpDetails
    | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
)
ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails: TypeAlias = (
    ConversationHistoryTranscriptToolCallWebhookDetails
    | ConversationHistoryTranscriptToolCallClientDetails
    | ConversationHistoryTranscriptToolCallMcpDetails
    | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails
    | UnknownVariant
)
ConversationHistoryTranscriptToolCallCommonModelOutputType: TypeAlias = ToolType | str
ConversationInitiationClientDataDynamicVariablesValue: TypeAlias = str | float | int | bool
ConversationInitiationClientDataWebhookRequestHeadersValue: TypeAlias = str | ConvAiSecretLocator
ConversationInitiationSourceInfoSource: TypeAlias = ConversationInitiationSource | str
ConversationSummaryResponseModelCallSuccessful: TypeAlias = EvaluationSuccessResult | str
ConversationSummaryResponseModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
ConversationSummaryResponseModelDirection: TypeAlias = TelephonyDirection | str
ConversationTokenResponseModelPurpose: TypeAlias = ConversationTokenPurpose | str
CreateCrawlJobResponseModelType: TypeAlias = CrawlType | str
CustomGuardrailConfigExecutionMode: TypeAlias = GuardrailExecutionMode | str
CustomGuardrailConfigTriggerAction: TypeAlias = EndCallTriggerAction | RetryTriggerAction | UnknownVariant
CustomHeaderAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
CustomLlmApiKey: TypeAlias = ConvAiSecretLocator | ConvAiEnvVarLocator
CustomLlmApiType: TypeAlias = CustomLlmapiType | str
CustomLlmAuthConnection: TypeAlias = AuthConnectionLocator | EnvironmentAuthConnectionLocator
CustomLlmRequestHeadersValue: TypeAlias = str | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
DependentPhoneNumberIdentifierProvider: TypeAlias = TelephonyProvider | str
DetailedMusicResponseCompositionPlan: TypeAlias = MusicPrompt | CompositionPlan
DirectPublishingReadResponseModelGenreItem: TypeAlias = DirectPublishingReadResponseModelGenreType0ItemType0 | str
DocumentRefreshResponse: TypeAlias = (
    GetKnowledgeBaseUrlResponseModel
    | GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseFolderResponseModel
)
DocumentsBulkDeleteResponseValue: TypeAlias = KnowledgeBaseBulkDeleteSuccessfulResponseModel | BatchFailureResponseModel
DocumentsGetResponse: TypeAlias = (
    GetKnowledgeBaseUrlResponseModel
    | GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseFolderResponseModel
)
DocumentsUpdateResponse: TypeAlias = (
    GetKnowledgeBaseUrlResponseModel
    | GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseFolderResponseModel
)
DocumentUpdateFileResponse: TypeAlias = (
    GetKnowledgeBaseUrlResponseModel
    | GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseFolderResponseModel
)
EnvironmentVariableResponseValues: TypeAlias = (
    EnvironmentVariableResponseValuesType0
    | EnvironmentVariableResponseValuesType1
    | EnvironmentVariableResponseValuesType2
)
EnvironmentVariablesCreateRequestBody: TypeAlias = (
    CreateStringEnvironmentVariableRequest
    | CreateSecretEnvironmentVariableRequest
    | CreateAuthConnectionEnvironmentVariableRequest
)
EvaluationCriteriaSummaryResultResult: TypeAlias = EvaluationSuccessResult | str
ExportOptions: TypeAlias = (
    SegmentedJsonExportOptions
    | DocxExportOptions
    | PdfExportOptions
    | TxtExportOptions
    | HtmlExportOptions
    | SrtExportOptions
)
ExternalFileSyncInfoType: TypeAlias = ExternalSyncProvider | str
ExternalFolderSyncInfoType: TypeAlias = ExternalSyncProvider | str
FieldConflictSection: TypeAlias = ConflictSection | str
FileRefreshStatusStatus: TypeAlias = CrawlStatus | str
FineTuningResponseStateValue: TypeAlias = FineTuningResponseStateAdditionalPropertyType0 | str
GetAgentResponseModelPhoneNumbersItem: TypeAlias = (
    GetPhoneNumberTwilioResponseModel
    | GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | UnknownVariant
)
GetConvAiDashboardSettingsResponseModelChartsItem: TypeAlias = (
    DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel | UnknownVariant
)
GetConvAiSettingsResponseModelDefaultLivekitStack: TypeAlias = LivekitStackType | str
GetConversationSummaryResponseModelCallSuccessful: TypeAlias = EvaluationSuccessResult | str
GetCrawlJobResponseModelStatus: TypeAlias = CrawlStatus | str
GetCrawlJobResponseModelType: TypeAlias = CrawlType | str
GetKnowledgeBaseDependentAgentsResponseModelAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
GetKnowledgeBaseFileResponseModelContentFormat: TypeAlias = ContentFormat | str
GetKnowledgeBaseFileResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseFolderResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseListResponseModelDocumentsItem: TypeAlias = (
    GetKnowledgeBaseSummaryUrlResponseModel
    | GetKnowledgeBaseSummaryFileResponseModel
    | GetKnowledgeBaseSummaryTextResponseModel
    | GetKnowledgeBaseSummaryFolderResponseModel
    | UnknownVariant
)
GetKnowledgeBaseSummaryFileResponseModelDependentAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
GetKnowledgeBaseSummaryFileResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseSummaryFolderResponseModelDependentAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
GetKnowledgeBaseSummaryFolderResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseSummaryTextResponseModelDependentAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
GetKnowledgeBaseSummaryTextResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseSummaryUrlResponseModelDependentAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
GetKnowledgeBaseSummaryUrlResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseTextResponseModelContentFormat: TypeAlias = ContentFormat | str
GetKnowledgeBaseTextResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetKnowledgeBaseUrlResponseModelContentFormat: TypeAlias = ContentFormat | str
GetKnowledgeBaseUrlResponseModelSupportedUsagesItem: TypeAlias = DocumentUsageModeEnum | str
GetPhoneNumberInboundSipTrunkConfigResponseModelMediaEncryption: TypeAlias = SipMediaEncryptionEnum | str
GetPhoneNumberOutboundSipTrunkConfigResponseModelEnabledCodecsItem: TypeAlias = MediaCodec | str
GetPhoneNumberOutboundSipTrunkConfigResponseModelMediaEncryption: TypeAlias = SipMediaEncryptionEnum | str
GetPhoneNumberOutboundSipTrunkConfigResponseModelTransport: TypeAlias = SipTrunkTransportEnum | str
GetPhoneNumberSipTrunkResponseModelLivekitStack: TypeAlias = LivekitStackType | str
GetPronunciationDictionaryWithRulesResponseModelRulesItem: TypeAlias = (
    PronunciationDictionaryAliasRuleResponseModel | PronunciationDictionaryPhonemeRuleResponseModel | UnknownVariant
)
GetResponseUnitTestResponseModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
GetSecretDependenciesResponseModelDependenciesItem: TypeAlias = (
    DependentAvailableToolIdentifier
    | DependentUnknownToolIdentifier
    | DependentAvailableAgentIdentifier
    | DependentUnknownAgentIdentifier
    | DependentPhoneNumberIdentifier
    | UnknownVariant
)
GetSimulationTestResponseModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
GetSimulationTestResponseModelEvaluationModel: TypeAlias = Llm | str
GetSimulationTestResponseModelSimulatedUserModel: TypeAlias = Llm | str
GetTestSuiteInvocationResponseModelBucketingStatus: TypeAlias = BucketingStatus | str
GetToolCallUnitTestResponseModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
GetToolDependentAgentsResponseModelAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
ImageGenerationRequest: TypeAlias = (
    GptImage1Request
    | GptImage15Request
    | GptImage2Request
    | Gemini25FlashImageRequest
    | Gemini3ProImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
)
ImageReference: TypeAlias = GenerationReference | StaticAssetReference | InlineImageReference
IvcCreateRequestLabels: TypeAlias = AddVoiceRequestLabelsType0 | str
KbExternalSyncJobStatus: TypeAlias = CrawlStatus | str
KbExternalSyncJobSyncType: TypeAlias = ExternalSyncJobType | str
KbExternalSyncJobTriggeredBy: TypeAlias = ExternalSyncJobTrigger | str
KbExternalSyncJobType: TypeAlias = ExternalSyncProvider | str
KnowledgeBaseContentSearchResultDocument: TypeAlias = (
    GetKnowledgeBaseSummaryUrlResponseModel
    | GetKnowledgeBaseSummaryFileResponseModel
    | GetKnowledgeBaseSummaryTextResponseModel
    | GetKnowledgeBaseSummaryFolderResponseModel
    | UnknownVariant
)
KnowledgeBaseGetOrCreateRagIndexesResponseValue: TypeAlias = (
    RagIndexBatchSuccessfulResponseModel | BatchFailureResponseModel
)
KnowledgeBaseLocatorType: TypeAlias = KnowledgeBaseDocumentType | str
KnowledgeBaseLocatorUsageMode: TypeAlias = DocumentUsageModeEnum | str
KnowledgeBaseRagToolResultModelStatus: TypeAlias = KnowledgeBaseRagToolStatus | str
KnowledgeBaseSummaryBatchSuccessfulResponseModelData: TypeAlias = (
    GetKnowledgeBaseSummaryUrlResponseModel
    | GetKnowledgeBaseSummaryFileResponseModel
    | GetKnowledgeBaseSummaryTextResponseModel
    | GetKnowledgeBaseSummaryFolderResponseModel
    | UnknownVariant
)
KnowledgeBaseToolConfigEnabledStrategiesItem: TypeAlias = SearchStrategy | str
KnowledgeBaseToolResultModelStatus: TypeAlias = KnowledgeBaseToolStatus | str
LanguagesResponse: TypeAlias = PairedLanguagesResponse | SingleLanguagesResponse | UnknownVariant
ListAuthConnectionsResponseAuthConnectionsItem: TypeAlias = (
    OAuth2ClientCredsResponse
    | RefreshTokenAuthResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | MtlsAuthResponse
    | CustomHeaderAuthResponse
    | ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | WhatsAppAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
    | UnknownVariant
)
LiteralJsonSchemaPropertyConstantValue: TypeAlias = str | int | float | bool
LlmDeprecationInfoModelLlm: TypeAlias = Llm | str
LlmDeprecationInfoModelReplacementModel: TypeAlias = Llm | str
LlmInfoModelInputAvailableReasoningEffortsItem: TypeAlias = LlmReasoningEffort | str
LlmInfoModelInputLlm: TypeAlias = Llm | str
LlmUsageCalculatorLlmResponseModelLlm: TypeAlias = Llm | str
McpServerConfigInputAuthConnection: TypeAlias = AuthConnectionLocator | EnvironmentAuthConnectionLocator
McpServerConfigInputRequestHeadersValue: TypeAlias = (
    str | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
McpServerConfigInputRequestMetaValue: TypeAlias = (
    str | int | float | bool | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
McpServerConfigInputSecretToken: TypeAlias = ConvAiSecretLocator | ConvAiUserSecretDbModel
McpServerConfigInputUrl: TypeAlias = str | ConvAiSecretLocator
McpServerConfigOutputApprovalPolicy: TypeAlias = McpApprovalPolicy | str
McpServerConfigOutputAuthConnection: TypeAlias = AuthConnectionLocator | EnvironmentAuthConnectionLocator
McpServerConfigOutputExecutionMode: TypeAlias = ToolExecutionMode | str
McpServerConfigOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
McpServerConfigOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
McpServerConfigOutputRequestHeadersValue: TypeAlias = (
    str | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
McpServerConfigOutputRequestMetaValue: TypeAlias = (
    str | int | float | bool | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
McpServerConfigOutputSecretToken: TypeAlias = ConvAiSecretLocator | ConvAiUserSecretDbModel
McpServerConfigOutputToolCallSound: TypeAlias = ToolCallSoundType | str
McpServerConfigOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
McpServerConfigOutputTransport: TypeAlias = McpServerTransport | str
McpServerConfigOutputUrl: TypeAlias = str | ConvAiSecretLocator
McpServerConfigUpdateRequestModelAuthConnection: TypeAlias = AuthConnectionLocator | EnvironmentAuthConnectionLocator
McpServerConfigUpdateRequestModelRequestHeadersValue: TypeAlias = (
    str | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
McpServerConfigUpdateRequestModelRequestMetaValue: TypeAlias = (
    str | int | float | bool | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
McpServerResponseModelDependentAgentsItem: TypeAlias = (
    DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant
)
McpToolApprovalHashApprovalPolicy: TypeAlias = McpToolApprovalPolicy | str
McpToolConfigInputInputOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride
)
McpToolConfigOutputApprovalPolicy: TypeAlias = McpApprovalPolicy | str
McpToolConfigOutputExecutionMode: TypeAlias = ToolExecutionMode | str
McpToolConfigOutputInputOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride | UnknownVariant
)
McpToolConfigOutputIntegrationType: TypeAlias = IntegrationType | str
McpToolConfigOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
McpToolConfigOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
McpToolConfigOutputToolCallSound: TypeAlias = ToolCallSoundType | str
McpToolConfigOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
McpToolConfigOutputToolErrorHandlingMode: TypeAlias = ToolErrorHandlingMode | str
McpToolConfigOverrideCreateRequestModelInputOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride
)
McpToolConfigOverrideCreateRequestModelToolCallSound: TypeAlias = ToolCallSoundType | Literal["off"]
McpToolConfigOverrideInputInputOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride
)
McpToolConfigOverrideInputToolCallSound: TypeAlias = ToolCallSoundType | Literal["off"]
McpToolConfigOverrideOutputExecutionMode: TypeAlias = ToolExecutionMode | str
McpToolConfigOverrideOutputInputOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride | UnknownVariant
)
McpToolConfigOverrideOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
McpToolConfigOverrideOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
McpToolConfigOverrideOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
McpToolConfigOverrideUpdateRequestModelInputOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride
)
McpToolConfigOverrideUpdateRequestModelToolCallSound: TypeAlias = ToolCallSoundType | Literal["off"]
MediaGenerationResponse: TypeAlias = (
    MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | UnknownVariant
)
MemoryEntrySearchResultSource: TypeAlias = ConversationSource | ManualSource
MergePreviewResponseModelPhoneNumbersItem: TypeAlias = (
    GetPhoneNumberTwilioResponseModel
    | GetPhoneNumberExotelResponseModel
    | GetPhoneNumberSipTrunkResponseModel
    | UnknownVariant
)
ModerationGuardrailOutputExecutionMode: TypeAlias = GuardrailExecutionMode | str
MtlsAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
MusicAllowedOutputFormats: TypeAlias = AllowedOutputFormats | MusicOnlyOutputFormats
MusicFinetuneResponseModelCreatedBy: TypeAlias = FinetuneCreatedBy | str
MusicFinetuneResponseModelFailureReason: TypeAlias = MusicFinetuneFailureReason | str
MusicFinetuneResponseModelStatus: TypeAlias = MusicFinetuneStatus | str
MusicFinetuneResponseModelVisibility: TypeAlias = FinetuneVisibility | str
MusicOutputFormat: TypeAlias = AllowedOutputFormats | MusicOnlyOutputFormats | Literal["auto"]
MusicUploadRequestExtractCompositionPlan: TypeAlias = bool | MusicModelId
MusicUploadResponseCompositionPlan: TypeAlias = MusicPrompt | CompositionPlan
OAuth2ClientCredsResponseStatus: TypeAlias = AuthConnectionStatus | str
OAuth2JwtResponseStatus: TypeAlias = AuthConnectionStatus | str
ObjectJsonSchemaPropertyInputPropertiesValue: TypeAlias = (
    ObjectJsonSchemaPropertyInput | ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty
)
ObjectJsonSchemaPropertyOutputPropertiesValue: TypeAlias = (
    ObjectJsonSchemaPropertyOutput | ArrayJsonSchemaPropertyOutput | LiteralJsonSchemaProperty | UnknownVariant
)
OrchestratorToolMockBehaviorConfigFallbackStrategy: TypeAlias = MockNoMatchBehavior | str
OrchestratorToolMockBehaviorConfigMockingStrategy: TypeAlias = MockingStrategy | str
OrderItemRequest: TypeAlias = DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest
OrderItemRequestInput: TypeAlias = DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest
OrderItemRequestOutput: TypeAlias = (
    DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest | UnknownVariant
)
OrderResponseState: TypeAlias = OrderState | str
OrderSummaryState: TypeAlias = OrderState | str
OutboundCallRecipientResponseModelStatus: TypeAlias = BatchCallRecipientStatus | str
PatchConvAiDashboardSettingsRequestChartsItem: TypeAlias = (
    DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel
)
PendingSubscriptionSwitchResponseModelNextBillingPeriod: TypeAlias = BillingPeriod | str
PhoneNumbersCreateRequestBody: TypeAlias = (
    CreateTwilioPhoneNumberRequest | CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest
)
PhoneNumbersGetResponse: TypeAlias = (
    GetPhoneNumberTwilioResponseModel | GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel
)
PhoneNumbersListResponseItem: TypeAlias = (
    GetPhoneNumberTwilioResponseModel | GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel
)
PhoneNumbersUpdateResponse: TypeAlias = (
    GetPhoneNumberTwilioResponseModel | GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel
)
PhoneNumberTransferCustomSipHeadersItem: TypeAlias = (
    CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant
)
PhoneNumberTransferPostDialDigits: TypeAlias = PostDialDigitsStatic | PostDialDigitsDynamicVariable | UnknownVariant
PhoneNumberTransferTransferDestination: TypeAlias = (
    PhoneNumberTransferDestination
    | SipUriTransferDestination
    | PhoneNumberDynamicVariableTransferDestination
    | SipUriDynamicVariableTransferDestination
    | UnknownVariant
)
PhoneNumberTransferTransferType: TypeAlias = TransferTypeEnum | str
PriceCurrency: TypeAlias = Currency | str
PrivateKeyJwtResponseStatus: TypeAlias = AuthConnectionStatus | str
ProcedureAtVersionOutputType: TypeAlias = ProcedureType | str
ProcedureAtVersionResponseModelType: TypeAlias = ProcedureType | str
ProcedureDraftResponseModelType: TypeAlias = ProcedureType | str
ProcedureListItemResponseModelType: TypeAlias = ProcedureType | str
ProjectCreateRequestModelId: TypeAlias = BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0 | str
ProjectCreationMetaResponseModelType: TypeAlias = ProjectCreationMetaType | str
ProjectExtendedResponseAssetsItem: TypeAlias = (
    ProjectVideoResponseModel | ProjectExternalAudioResponseModel | ProjectImageResponseModel | UnknownVariant
)
ProjectExtendedResponseQualityPreset: TypeAlias = QualityPresetType | str
ProjectExternalAudioResponseModelSourceContext: TypeAlias = (
    SongSourceContext | MusicExploreSongSourceContext | SfxSourceContext | UnknownVariant
)
PromptAgentApiModelInputBackupLlmConfig: TypeAlias = BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride
PromptAgentApiModelInputToolsItem: TypeAlias = (
    WebhookToolConfigInput
    | ClientToolConfigInput
    | SystemToolConfigInput
    | McpToolConfigInput
    | ApiIntegrationWebhookToolConfigInput
    | SmbToolConfig
)
PromptAgentApiModelOutputBackupLlmConfig: TypeAlias = (
    BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | UnknownVariant
)
PromptAgentApiModelOutputLlm: TypeAlias = Llm | str
PromptAgentApiModelOutputReasoningEffort: TypeAlias = LlmReasoningEffort | str
PromptAgentApiModelOutputToolsItem: TypeAlias = (
    WebhookToolConfigOutput
    | ClientToolConfigOutput
    | SystemToolConfigOutput
    | McpToolConfigOutput
    | ApiIntegrationWebhookToolConfigOutput
    | SmbToolConfig
    | UnknownVariant
)
PromptAgentApiModelOverrideLlm: TypeAlias = Llm | str
PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig: TypeAlias = (
    BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride
)
PromptAgentApiModelWorkflowOverrideInputToolsItem: TypeAlias = (
    WebhookToolConfigInput
    | ClientToolConfigInput
    | SystemToolConfigInput
    | McpToolConfigInput
    | ApiIntegrationWebhookToolConfigInput
    | SmbToolConfig
)
PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig: TypeAlias = (
    BackupLlmDefault | BackupLlmDisabled | BackupLlmOverride | UnknownVariant
)
PromptAgentApiModelWorkflowOverrideOutputLlm: TypeAlias = Llm | str
PromptAgentApiModelWorkflowOverrideOutputReasoningEffort: TypeAlias = LlmReasoningEffort | str
PromptAgentApiModelWorkflowOverrideOutputToolsItem: TypeAlias = (
    WebhookToolConfigOutput
    | ClientToolConfigOutput
    | SystemToolConfigOutput
    | McpToolConfigOutput
    | ApiIntegrationWebhookToolConfigOutput
    | SmbToolConfig
    | UnknownVariant
)
PromptEvaluationCriteriaLlm: TypeAlias = Llm | str
PromptEvaluationCriteriaScope: TypeAlias = AnalysisScope | str
PromptEvaluationCriteriaScoringMode: TypeAlias = CriteriaScoringMode | str
PronunciationDictionaryRulesItem: TypeAlias = (
    PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel
)
RagConfigOutputEmbeddingModel: TypeAlias = EmbeddingModelEnum | str
RagConfigWorkflowOverrideOutputEmbeddingModel: TypeAlias = EmbeddingModelEnum | str
RagDocumentIndexResponseModelModel: TypeAlias = EmbeddingModelEnum | str
RagDocumentIndexResponseModelStatus: TypeAlias = RagIndexStatus | str
RagIndexOverviewEmbeddingModelResponseModelModel: TypeAlias = EmbeddingModelEnum | str
RagRetrievalInfoEmbeddingModel: TypeAlias = EmbeddingModelEnum | str
RefreshTokenAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
ResourceMetadataResponseModelResourceType: TypeAlias = WorkspaceResourceType | str
ResponseUnitTestModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
ReviewResponseModelRejectReasonsItem: TypeAlias = ReviewResponseModelRejectReasonsType0ItemType0 | str
ScimGroupResponseModelSeatType: TypeAlias = SeatType | str
SimilarVoiceCategory: TypeAlias = VoiceCategoryModel | str
SimulationTestModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
SimulationTestModelEvaluationModel: TypeAlias = Llm | str
SimulationTestModelSimulatedUserModel: TypeAlias = Llm | str
SimulationToolMockBehaviorConfigFallbackStrategy: TypeAlias = MockNoMatchBehavior | str
SimulationToolMockBehaviorConfigMockingStrategy: TypeAlias = MockingStrategy | str
SlackBotAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
SmbToolConfigInterruptionMode: TypeAlias = ToolInterruptionMode | str
SmbToolConfigParams: TypeAlias = (
    SearchClientsParams
    | ListClientsParams
    | GetClientByPhoneParams
    | CreateClientParams
    | UpdateClientParams
    | DeleteClientParams
    | ListStaffParams
    | CreateStaffParams
    | UpdateStaffParams
    | DeleteStaffParams
    | ListAssetsParams
    | CreateAssetParams
    | UpdateAssetParams
    | DeleteAssetParams
    | ListServicesParams
    | CreateServiceParams
    | UpdateServiceParams
    | DeleteServiceParams
    | ListProductsParams
    | CreateProductParams
    | UpdateProductParams
    | DeleteProductParams
    | CheckServiceAvailabilityParams
    | CreateClientAppointmentParams
    | GetClientAppointmentsParams
    | GetAppointmentByConfirmationNumberParams
    | ListGroupSessionsParams
    | ScheduleGroupSessionParams
    | RegisterForGroupSessionParams
    | CancelGroupSessionRegistrationParams
    | UpdateGroupSessionSeatsParams
    | CancelGroupSessionForAllParams
    | DeleteGroupSessionParams
    | ListCalendarEventsParams
    | UpdateCalendarEventParams
    | CancelCalendarEventParams
    | RestoreCalendarEventParams
    | DeleteCalendarEventParams
    | ListCustomerFacingAgentsParams
    | ListAgentRulesParams
    | CreateAgentRuleParams
    | UpdateAgentRuleParams
    | DeleteAgentRuleParams
    | ListTransferRulesParams
    | CreateTransferRuleParams
    | UpdateTransferRuleParams
    | DeleteTransferRuleParams
    | ListAgentProceduresParams
    | ListAgentReferencesParams
    | CreateAgentProcedureParams
    | UpdateAgentProcedureParams
    | DeleteAgentProcedureParams
    | ListHolidaysParams
    | CreateHolidayParams
    | UpdateHolidayParams
    | DeleteHolidayParams
    | GetScheduleParams
    | SubmitBusinessInfoParams
    | UpdateBusinessInfoParams
    | UpdateCustomerFacingConfigParams
    | GetAnalyticsSummaryParams
    | GetBookingPageSettingsParams
    | UpdateBookingPageSettingsParams
    | UpdateBookingPageAppearanceParams
    | GetBookingSlugStatusParams
    | SetBookingSlugParams
    | ListClientInteractionsParams
    | CreateClientInteractionParams
    | DeleteClientInteractionParams
    | ListLocationsParams
    | CreateLocationParams
    | UpdateLocationParams
    | DeleteLocationParams
    | LeaveMessageParams
    | ReportKnowledgeGapParams
    | OptInSmsReminderParams
    | OptOutSmsReminderParams
    | TriggerUserVerificationParams
    | ValidateUserVerificationCodeParams
    | UnknownVariant
)
SmbToolConfigPreToolSpeech: TypeAlias = PreToolSpeechMode | str
SmbToolConfigToolCallSound: TypeAlias = ToolCallSoundType | str
SmbToolConfigToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
SmbToolConfigToolErrorHandlingMode: TypeAlias = ToolErrorHandlingMode | str
SpeechEngineConfigRequestHeadersValue: TypeAlias = str | ConvAiSecretLocator | ConvAiDynamicVariable
SpeechHistoryItemResponseSource: TypeAlias = SpeechHistoryItemResponseModelSource | str
SpeechHistoryItemResponseVoiceCategory: TypeAlias = SpeechHistoryItemResponseModelVoiceCategory | str
SpeechToTextConvertRequestWebhookMetadata: TypeAlias = str | BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1
SpeechToTextConvertResponse: TypeAlias = (
    SpeechToTextChunkResponseModel | MultichannelSpeechToTextResponseModel | SpeechToTextWebhookResponseModel
)
SubmitOrderResponseState: TypeAlias = OrderState | str
SubscriptionBillingPeriod: TypeAlias = BillingPeriod | str
SubscriptionCharacterRefreshPeriod: TypeAlias = CharacterRefreshPeriod | str
SubscriptionCurrency: TypeAlias = Currency | str
SubscriptionPendingChange: TypeAlias = (
    PendingSubscriptionSwitchResponseModel | PendingCancellationResponseModel | UnknownVariant
)
SubscriptionResponseBillingPeriod: TypeAlias = BillingPeriod | str
SubscriptionResponseCharacterRefreshPeriod: TypeAlias = CharacterRefreshPeriod | str
SubscriptionResponseCurrency: TypeAlias = Currency | str
SubscriptionResponseStatus: TypeAlias = SubscriptionStatusType | str
SubscriptionStatus: TypeAlias = SubscriptionStatusType | str
SummariesGetResponseValue: TypeAlias = AgentSummaryBatchSuccessfulResponseModel | BatchFailureResponseModel
SupportedVoiceModelFamily: TypeAlias = TtsModelFamily | str
SupportedVoiceOptimizeStreamingLatency: TypeAlias = TtsOptimizeStreamingLatency | int
SystemToolConfigInputParams: TypeAlias = (
    EndCallToolConfig
    | LanguageDetectionToolConfig
    | TransferToAgentToolConfigInput
    | TransferToNumberToolConfigInput
    | SkipTurnToolConfig
    | PlayDtmfToolConfig
    | VoicemailDetectionToolConfig
    | KnowledgeBaseRagToolConfig
    | KnowledgeBaseToolConfig
    | StartProcedureToolConfigInput
    | EndProcedureToolConfigInput
    | RunSubagentToolConfigInput
)
SystemToolConfigOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
SystemToolConfigOutputParams: TypeAlias = (
    EndCallToolConfig
    | LanguageDetectionToolConfig
    | TransferToAgentToolConfigOutput
    | TransferToNumberToolConfigOutput
    | SkipTurnToolConfig
    | PlayDtmfToolConfig
    | VoicemailDetectionToolConfig
    | KnowledgeBaseRagToolConfig
    | KnowledgeBaseToolConfig
    | StartProcedureToolConfigOutput
    | EndProcedureToolConfigOutput
    | RunSubagentToolConfigOutput
    | UnknownVariant
)
SystemToolConfigOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
SystemToolConfigOutputToolCallSound: TypeAlias = ToolCallSoundType | str
SystemToolConfigOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
SystemToolConfigOutputToolErrorHandlingMode: TypeAlias = ToolErrorHandlingMode | str
TestConditionResultCommonModelResult: TypeAlias = EvaluationSuccessResult | str
TestRunResultBucketStatus: TypeAlias = TestRunStatus | str
TestsCreateRequestBody: TypeAlias = (
    CreateResponseUnitTestRequest | CreateToolCallUnitTestRequest | CreateSimulationTestRequest
)
TestsGetResponse: TypeAlias = (
    GetResponseUnitTestResponseModel | GetToolCallUnitTestResponseModel | GetSimulationTestResponseModel
)
TestsUpdateRequestBody: TypeAlias = (
    UpdateResponseUnitTestRequest | UpdateToolCallUnitTestRequest | UpdateSimulationTestRequest
)
TestsUpdateResponse: TypeAlias = (
    GetResponseUnitTestResponseModel | GetToolCallUnitTestResponseModel | GetSimulationTestResponseModel
)
TextToSpeechGenerationRequest: TypeAlias = ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request
ToolCallUnitTestModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
ToolExecutionResponseModelToolCallDetails: TypeAlias = (
    ConversationHistoryTranscriptToolCallWebhookDetails
    | ConversationHistoryTranscriptToolCallClientDetails
    | ConversationHistoryTranscriptToolCallMcpDetails
    | ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
    | UnknownVariant
)
ToolRequestModelToolConfig: TypeAlias = (
    WebhookToolConfigInput | ClientToolConfigInput | SystemToolConfigInput | McpToolConfigInput
)
ToolResponseModelToolConfig: TypeAlias = (
    WebhookToolConfigOutput | ClientToolConfigOutput | SystemToolConfigOutput | McpToolConfigOutput | UnknownVariant
)
TranscriptGetResponse: TypeAlias = DubbingTranscriptResponseModel | str
TranscriptsGetResponse: TypeAlias = SpeechToTextChunkResponseModel | MultichannelSpeechToTextResponseModel
TransferToAgentToolResultSuccessModelInputBranchInfo: TypeAlias = (
    TransferBranchInfoTrafficSplit | TransferBranchInfoDefaultingToMain
)
TransferToAgentToolResultSuccessModelOutputBranchInfo: TypeAlias = (
    TransferBranchInfoTrafficSplit | TransferBranchInfoDefaultingToMain | UnknownVariant
)
TriggeredGuardrailCommonModelGuardrailType: TypeAlias = GuardrailType | str
TtsConversationalConfigOutputAgentOutputAudioFormat: TypeAlias = TtsOutputFormat | str
TtsConversationalConfigOutputModelId: TypeAlias = TtsConversationalModel | str
TtsConversationalConfigOutputOptimizeStreamingLatency: TypeAlias = TtsOptimizeStreamingLatency | int
TtsConversationalConfigOutputTextNormalisationType: TypeAlias = TextNormalisationType | str
TtsConversationalConfigWorkflowOverrideOutputAgentOutputAudioFormat: TypeAlias = TtsOutputFormat | str
TtsConversationalConfigWorkflowOverrideOutputModelId: TypeAlias = TtsConversationalModel | str
TtsConversationalConfigWorkflowOverrideOutputOptimizeStreamingLatency: TypeAlias = TtsOptimizeStreamingLatency | int
TtsConversationalConfigWorkflowOverrideOutputTextNormalisationType: TypeAlias = TextNormalisationType | str
TurnConfigMode: TypeAlias = TurnMode | str
TurnConfigSpellingPatience: TypeAlias = SpellingPatience | str
TurnConfigTurnEagerness: TypeAlias = TurnEagerness | str
TurnConfigTurnModel: TypeAlias = TurnModel | str
TurnConfigWorkflowOverrideMode: TypeAlias = TurnMode | str
TurnConfigWorkflowOverrideSpellingPatience: TypeAlias = SpellingPatience | str
TurnConfigWorkflowOverrideTurnEagerness: TypeAlias = TurnEagerness | str
TurnConfigWorkflowOverrideTurnModel: TypeAlias = TurnModel | str
UnitTestRunResponseModelStatus: TypeAlias = TestRunStatus | str
UnitTestRunResponseModelTestInfo: TypeAlias = (
    ResponseUnitTestModel | ToolCallUnitTestModel | SimulationTestModel | UnknownVariant
)
UnitTestSummaryResponseModelConversationInitiationSource: TypeAlias = ConversationInitiationSource | str
UnitTestSummaryResponseModelEntityType: TypeAlias = AgentTestEntityType | str
UnitTestSummaryResponseModelType: TypeAlias = TestType | str
UnitTestToolCallParameterEval: TypeAlias = (
    LlmParameterEvaluationStrategy
    | RegexParameterEvaluationStrategy
    | ExactParameterEvaluationStrategy
    | MatchAnythingParameterEvaluationStrategy
    | UnknownVariant
)
UpdateEnvironmentVariableRequestValuesValue: TypeAlias = (
    str | EnvironmentVariableSecretValueRequest | EnvironmentVariableAuthConnectionValueRequest
)
UrlSecretAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
UserModelTypeId: TypeAlias = UserTypeId | int
UserSeatType: TypeAlias = SeatType | str
ValidationErrorLocItem: TypeAlias = str | int
VideoGenerationRequest: TypeAlias = (
    CreatifyAuroraRequest
    | Veo31Request
    | Veo31FastRequest
    | BytedanceSeedance2Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance25Request
)
VideoReference: TypeAlias = GenerationReference | StaticAssetReference | InlineVideoReference
VoicesUpdateRequestLabels: TypeAlias = EditVoiceRequestLabelsType0 | str
WebhookTarget: TypeAlias = WebhookTargetAll | WebhookTargetIds
WebhookToolApiSchemaConfigInputAuthConnection: TypeAlias = AuthConnectionLocator | EnvironmentAuthConnectionLocator
WebhookToolApiSchemaConfigInputRequestHeadersValue: TypeAlias = (
    str | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
WebhookToolApiSchemaConfigOutputAuthConnection: TypeAlias = AuthConnectionLocator | EnvironmentAuthConnectionLocator
WebhookToolApiSchemaConfigOutputRequestHeadersValue: TypeAlias = (
    str | ConvAiSecretLocator | ConvAiDynamicVariable | ConvAiEnvVarLocator
)
WebhookToolConfigOutputExecutionMode: TypeAlias = ToolExecutionMode | str
WebhookToolConfigOutputInterruptionMode: TypeAlias = ToolInterruptionMode | str
WebhookToolConfigOutputPreToolSpeech: TypeAlias = PreToolSpeechMode | str
WebhookToolConfigOutputToolCallSound: TypeAlias = ToolCallSoundType | str
WebhookToolConfigOutputToolCallSoundBehavior: TypeAlias = ToolCallSoundBehavior | str
WebhookToolConfigOutputToolErrorHandlingMode: TypeAlias = ToolErrorHandlingMode | str
WhatsAppAuthResponseStatus: TypeAlias = AuthConnectionStatus | str
WhatsAppTemplateHeaderComponentParamsParametersItem: TypeAlias = (
    WhatsAppTemplateTextParam
    | WhatsAppTemplateImageParam
    | WhatsAppTemplateDocumentParam
    | WhatsAppTemplateLocationParam
)
WidgetConfigAvatar: TypeAlias = OrbAvatar | UrlAvatar | ImageAvatar
WidgetConfigOutputAvatar: TypeAlias = OrbAvatar | UrlAvatar | ImageAvatar | UnknownVariant
WidgetConfigOutputExpandable: TypeAlias = WidgetExpandable | str
WidgetConfigOutputFeedbackMode: TypeAlias = WidgetFeedbackMode | str
WidgetConfigOutputPlacement: TypeAlias = WidgetPlacement | str
WidgetConfigOutputVariant: TypeAlias = EmbedVariant | str
WidgetConfigResponseAvatar: TypeAlias = OrbAvatar | UrlAvatar | ImageAvatar | UnknownVariant
WidgetConfigResponseExpandable: TypeAlias = WidgetExpandable | str
WidgetConfigResponseFeedbackMode: TypeAlias = WidgetFeedbackMode | str
WidgetConfigResponsePlacement: TypeAlias = WidgetPlacement | str
WidgetConfigResponseVariant: TypeAlias = EmbedVariant | str
WidgetEndFeedbackConfigType: TypeAlias = WidgetEndFeedbackType | str
WorkflowEdgeModelInputBackwardCondition: TypeAlias = (
    WorkflowUnconditionalModelInput
    | WorkflowLlmConditionModelInput
    | WorkflowResultConditionModelInput
    | WorkflowExpressionConditionModelInput
)
WorkflowEdgeModelInputForwardCondition: TypeAlias = (
    WorkflowUnconditionalModelInput
    | WorkflowLlmConditionModelInput
    | WorkflowResultConditionModelInput
    | WorkflowExpressionConditionModelInput
)
WorkflowEdgeModelOutputBackwardCondition: TypeAlias = (
    WorkflowUnconditionalModelOutput
    | WorkflowLlmConditionModelOutput
    | WorkflowResultConditionModelOutput
    | WorkflowExpressionConditionModelOutput
    | UnknownVariant
)
WorkflowEdgeModelOutputForwardCondition: TypeAlias = (
    WorkflowUnconditionalModelOutput
    | WorkflowLlmConditionModelOutput
    | WorkflowResultConditionModelOutput
    | WorkflowExpressionConditionModelOutput
    | UnknownVariant
)
WorkflowOverrideAgentNodeModelOutputEntryBehavior: TypeAlias = EntryBehavior | str
WorkflowPhoneNumberNodeModelInputCustomSipHeadersItem: TypeAlias = CustomSipHeader | CustomSipHeaderWithDynamicVariable
WorkflowPhoneNumberNodeModelInputPostDialDigits: TypeAlias = PostDialDigitsStatic | PostDialDigitsDynamicVariable
WorkflowPhoneNumberNodeModelInputTransferDestination: TypeAlias = (
    PhoneNumberTransferDestination
    | SipUriTransferDestination
    | PhoneNumberDynamicVariableTransferDestination
    | SipUriDynamicVariableTransferDestination
)
WorkflowPhoneNumberNodeModelOutputCustomSipHeadersItem: TypeAlias = (
    CustomSipHeader | CustomSipHeaderWithDynamicVariable | UnknownVariant
)
WorkflowPhoneNumberNodeModelOutputPostDialDigits: TypeAlias = (
    PostDialDigitsStatic | PostDialDigitsDynamicVariable | UnknownVariant
)
WorkflowPhoneNumberNodeModelOutputTransferDestination: TypeAlias = (
    PhoneNumberTransferDestination
    | SipUriTransferDestination
    | PhoneNumberDynamicVariableTransferDestination
    | SipUriDynamicVariableTransferDestination
    | UnknownVariant
)
WorkflowPhoneNumberNodeModelOutputTransferType: TypeAlias = TransferTypeEnum | str
WorkflowToolLocatorSchemaOverridesValue: TypeAlias = (
    ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride | UnknownVariant
)
WorkflowToolNestedToolsStepModelInputResultsItem: TypeAlias = (
    ConversationHistoryTranscriptSystemToolResultCommonModelInput
    | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
    | ConversationHistoryTranscriptOtherToolsResultCommonModel
)
WorkflowToolNestedToolsStepModelOutputResultsItems: TypeAlias = (
    ConversationHistoryTranscriptSystemToolResultCommonModel
    | ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
    | ConversationHistoryTranscriptOtherToolsResultCommonModel
    | UnknownVariant
)
WorkflowToolResponseModelInputStepsItem: TypeAlias = (
    WorkflowToolEdgeStepModel | WorkflowToolNestedToolsStepModelInput | WorkflowToolMaxIterationsExceededStepModel
)
WorkflowToolResponseModelOutputStepsItems: TypeAlias = (
    WorkflowToolEdgeStepModel
    | WorkflowToolNestedToolsStepModelOutput
    | WorkflowToolMaxIterationsExceededStepModel
    | UnknownVariant
)
WorkspaceAnalyticsQueryResponseModelColumnUnitsItem: TypeAlias = ColumnUnit | str
WorkspaceApiKeyResponseModelDisableReason: TypeAlias = LockReason | str
WorkspaceApiKeyResponseModelPermissionsItem: TypeAlias = PermissionType | str
WorkspaceAuditLogEntryResponseActivityId: TypeAlias = (
    AccountChangeActivityId
    | AuthenticationActivityId
    | EntityManagementActivityId
    | UserAccessManagementActivityId
    | GroupManagementActivityId
    | int
)
WorkspaceAuditLogEntryResponseSeverityId: TypeAlias = SeverityId | int
WorkspaceAuditLogEntryResponseStatusId: TypeAlias = StatusId | int
WorkspaceGroupResponseModelPermissionsItem: TypeAlias = WorkspaceGroupPermission | str
WorkspaceMemberResponseModelSeatType: TypeAlias = SeatType | str
WorkspaceWebhookResponseModelAuthType: TypeAlias = WebhookAuthMethodType | str
WorkspaceWebhookResponseModelEventsItem: TypeAlias = WorkspaceWebhookEventType | str
WorkspaceWebhookUsageResponseModelUsageType: TypeAlias = WebhookUsageType | str
AdditionalFormats: TypeAlias = list[ExportOptions]
ItemId = str
MediaId = str
OrderId = str

__all__ = [
    "LLM",
    "VOICECATEGORY",
    "ASRConversationalConfig",
    "ASRConversationalConfigOverride",
    "ASRConversationalConfigOverrideConfig",
    "ASRConversationalConfigWorkflowOverride",
    "ASRInputFormat",
    "ASRProvider",
    "ASRQuality",
    "ASTAdditionOperatorNodeInput",
    "ASTAdditionOperatorNodeOutput",
    "ASTAndOperatorNodeInput",
    "ASTAndOperatorNodeOutput",
    "ASTBooleanNodeInput",
    "ASTBooleanNodeOutput",
    "ASTConditionalOperatorNodeInput",
    "ASTConditionalOperatorNodeOutput",
    "ASTDivisionOperatorNodeInput",
    "ASTDivisionOperatorNodeOutput",
    "ASTDynamicVariableNodeInput",
    "ASTDynamicVariableNodeOutput",
    "ASTEqualsOperatorNodeInput",
    "ASTEqualsOperatorNodeOutput",
    "ASTGreaterThanOperatorNodeInput",
    "ASTGreaterThanOperatorNodeOutput",
    "ASTGreaterThanOrEqualsOperatorNodeInput",
    "ASTGreaterThanOrEqualsOperatorNodeOutput",
    "ASTLLMNode",
    "ASTLLMNodePrompt",
    "ASTLLMNodeValueSchema",
    "ASTLessThanOperatorNodeInput",
    "ASTLessThanOperatorNodeOutput",
    "ASTLessThanOrEqualsOperatorNodeInput",
    "ASTLessThanOrEqualsOperatorNodeOutput",
    "ASTMultiplicationOperatorNodeInput",
    "ASTMultiplicationOperatorNodeOutput",
    "ASTNotEqualsOperatorNodeInput",
    "ASTNotEqualsOperatorNodeOutput",
    "ASTNullNodeInput",
    "ASTNullNodeOutput",
    "ASTNumberNodeInput",
    "ASTNumberNodeOutput",
    "ASTOrOperatorNodeInput",
    "ASTOrOperatorNodeOutput",
    "ASTStringNodeInput",
    "ASTStringNodeOutput",
    "ASTSubtractionOperatorNodeInput",
    "ASTSubtractionOperatorNodeOutput",
    "AccountChangeActivityId",
    "ActorModel",
    "ActorModelSession",
    "ActorModelSessionType0",
    "AddChapterResponseModel",
    "AddKnowledgeBaseResponseModel",
    "AddMemberToGroupRequest",
    "AddProjectResponseModel",
    "AddPronunciationDictionaryRequest",
    "AddPronunciationDictionaryRequestWorkspaceAccess",
    "AddPronunciationDictionaryRequestWorkspaceAccessType0",
    "AddPronunciationDictionaryResponseModel",
    "AddPronunciationDictionaryResponseModelPermissionOnResource",
    "AddPronunciationDictionaryResponseModelPermissionOnResourceType0",
    "AddTicketCommentRequestModel",
    "AddTurnCommentRequestModel",
    "AddVoiceIVCResponseModel",
    "AddVoiceIvcResponseModel",
    "AddVoiceRequest",
    "AddVoiceRequestLabels",
    "AddVoiceRequestLabelsType0",
    "AddVoiceResponseModel",
    "AddWorkspaceGroupMemberResponseModel",
    "AddWorkspaceInviteResponseModel",
    "AdditionalFormatResponseModel",
    "AdditionalFormats",
    "AdhocAgentConfigOverrideForTestRequestModel",
    "AgentAnalysisItems",
    "AgentAnalysisItemsInput",
    "AgentAnalysisItemsInputDataCollectionItem",
    "AgentAnalysisItemsInputDataCollectionItem_System",
    "AgentAnalysisItemsInputDataCollectionItem_User",
    "AgentAnalysisItemsInputEvaluationCriteriaItem",
    "AgentAnalysisItemsInputEvaluationCriteriaItem_System",
    "AgentAnalysisItemsInputEvaluationCriteriaItem_User",
    "AgentAnalysisItemsOutput",
    "AgentAnalysisItemsOutputDataCollectionItem",
    "AgentAnalysisItemsOutputDataCollectionItem_System",
    "AgentAnalysisItemsOutputDataCollectionItem_User",
    "AgentAnalysisItemsOutputEvaluationCriteriaItem",
    "AgentAnalysisItemsOutputEvaluationCriteriaItem_System",
    "AgentAnalysisItemsOutputEvaluationCriteriaItem_User",
    "AgentBranchBasicInfo",
    "AgentBranchResponse",
    "AgentBranchResponseProtectionStatus",
    "AgentBranchSummary",
    "AgentBranchSummaryProtectionStatus",
    "AgentCallLimits",
    "AgentChatResponsePart",
    "AgentChatResponsePartTextResponsePart",
    "AgentChatResponsePartType",
    "AgentConfig",
    "AgentConfigAPIModelInput",
    "AgentConfigAPIModelInputTextBehaviorOverridesType0",
    "AgentConfigAPIModelOutput",
    "AgentConfigAPIModelOutputTextBehaviorOverridesType0",
    "AgentConfigAPIModelWorkflowOverrideInput",
    "AgentConfigAPIModelWorkflowOverrideInputTextBehaviorOverridesType0",
    "AgentConfigAPIModelWorkflowOverrideOutput",
    "AgentConfigAPIModelWorkflowOverrideOutputTextBehaviorOverridesType0",
    "AgentConfigApiModelOutput",
    "AgentConfigApiModelOutputTextBehaviorOverrides",
    "AgentConfigApiModelOutputTextBehaviorOverridesType0",
    "AgentConfigApiModelWorkflowOverrideInput",
    "AgentConfigApiModelWorkflowOverrideInputTextBehaviorOverrides",
    "AgentConfigApiModelWorkflowOverrideInputTextBehaviorOverridesType0",
    "AgentConfigApiModelWorkflowOverrideOutput",
    "AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverrides",
    "AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0",
    "AgentConfigOverride",
    "AgentConfigOverrideConfig",
    "AgentConfigOverrideInput",
    "AgentConfigOverrideOutput",
    "AgentConfigTextBehaviorOverrides",
    "AgentConfigTextBehaviorOverridesType0",
    "AgentConversationTicketIssueType",
    "AgentConversationTicketResponseModel",
    "AgentConversationTicketResponseModelIssueType",
    "AgentConversationTicketResponseModelSource",
    "AgentConversationTicketResponseModelStatus",
    "AgentConversationTicketSource",
    "AgentConversationTicketStatus",
    "AgentDefinitionSource",
    "AgentDeploymentPercentageStrategy",
    "AgentDeploymentRequest",
    "AgentDeploymentRequestItem",
    "AgentDeploymentRequestItemDeploymentStrategy_Percentage",
    "AgentDeploymentResponse",
    "AgentDeploymentResponseTrafficPercentageBranchIdMap",
    "AgentFailureResponseExample",
    "AgentKnowledgeBaseRagChunkResponseModel",
    "AgentKnowledgeBaseRagChunkResponseModelContentFormat",
    "AgentKnowledgeBaseRagChunkResponseModelDocumentType",
    "AgentKnowledgeBaseRagQueryRequestModel",
    "AgentKnowledgeBaseRagQueryResponseModel",
    "AgentMetadata",
    "AgentMetadataDBModel",
    "AgentMetadataDbModel",
    "AgentMetadataDbModelCreatedFrom",
    "AgentMetadataDbModelLastUpdatedFrom",
    "AgentMetadataResponseModel",
    "AgentPlatformSettingsRequestModel",
    "AgentPlatformSettingsRequestModelDataCollection",
    "AgentPlatformSettingsRequestModelDataCollectionScopes",
    "AgentPlatformSettingsRequestModelGuardrails_1",
    "AgentPlatformSettingsResponseModel",
    "AgentPlatformSettingsResponseModelAnalysisLlm",
    "AgentPlatformSettingsResponseModelDataCollection",
    "AgentPlatformSettingsResponseModelDataCollectionScopes",
    "AgentPlatformSettingsResponseModelDataCollectionScopesValue",
    "AgentPlatformSettingsResponseModelGuardrails_1",
    "AgentPlatformSettingsResponseModelTrustContext",
    "AgentQueueingConfig",
    "AgentResponse",
    "AgentResponseAgentResponseEvent",
    "AgentResponseCorrection",
    "AgentResponseCorrectionAgentResponseCorrectionEvent",
    "AgentResponsePayload",
    "AgentSimulatedChatTestResponseModel",
    "AgentSortBy",
    "AgentSuccessfulResponseExample",
    "AgentSummaryBatchSuccessfulResponseModel",
    "AgentSummaryResponseModel",
    "AgentTestEntityType",
    "AgentTestFolderPathSegmentResponseModel",
    "AgentTestingSettings",
    "AgentToolResponse",
    "AgentToolResponseAgentToolResponse",
    "AgentTopicResponseModel",
    "AgentTransfer",
    "AgentTransferInput",
    "AgentTransferOp",
    "AgentTransferOpPop",
    "AgentTransferOpPush",
    "AgentTransferOpReplace",
    "AgentTransferOp_Pop",
    "AgentTransferOp_Push",
    "AgentTransferOp_Replace",
    "AgentTransferOutput",
    "AgentTrustContext",
    "AgentVersionMetadata",
    "AgentVersionParents",
    "AgentWorkflowRequestModel",
    "AgentWorkflowRequestModelEdges",
    "AgentWorkflowRequestModelNodes",
    "AgentWorkflowRequestModelNodesValue",
    "AgentWorkflowRequestModelNodesValue_End",
    "AgentWorkflowRequestModelNodesValue_OverrideAgent",
    "AgentWorkflowRequestModelNodesValue_PhoneNumber",
    "AgentWorkflowRequestModelNodesValue_StandaloneAgent",
    "AgentWorkflowRequestModelNodesValue_Start",
    "AgentWorkflowRequestModelNodesValue_Tool",
    "AgentWorkflowResponseModel",
    "AgentWorkflowResponseModelEdges",
    "AgentWorkflowResponseModelNodes",
    "AgentWorkflowResponseModelNodesValue",
    "AgentWorkflowResponseModelNodesValue_End",
    "AgentWorkflowResponseModelNodesValue_OverrideAgent",
    "AgentWorkflowResponseModelNodesValue_PhoneNumber",
    "AgentWorkflowResponseModelNodesValue_StandaloneAgent",
    "AgentWorkflowResponseModelNodesValue_Start",
    "AgentWorkflowResponseModelNodesValue_Tool",
    "AgentWorkspaceOverrides",
    "AgentWorkspaceOverridesInput",
    "AgentWorkspaceOverridesOutput",
    "AlertingIntegrationNotifier",
    "AlertingIntegrationNotifierResponse",
    "AlertingMonitorConfig",
    "AlertingSettings",
    "AlertingSettingsMonitorConfigs",
    "AlertingSettingsNotifiersItem",
    "AlertingSettingsNotifiersItem_Integration",
    "AlertingSettingsNotifiersItem_Webhook",
    "AlertingSettingsResponse",
    "AlertingSettingsResponseMonitorConfigs",
    "AlertingSettingsResponseNotifiersItem",
    "AlertingSettingsResponseNotifiersItem_Integration",
    "AlertingSettingsResponseNotifiersItem_Webhook",
    "AlertingWebhookHeader",
    "AlertingWebhookMethod",
    "AlertingWebhookNotifier",
    "AlertingWebhookNotifierResponse",
    "Alignment",
    "AllowedOutputFormats",
    "AllowlistItem",
    "AnalysisCharging",
    "AnalysisProperty",
    "AnalysisPropertyConstantValue",
    "AnalysisPropertyLlm",
    "AnalysisPropertyType",
    "AnalysisPropertyTypeType0",
    "AnalysisRunSnapshot",
    "AnalysisRunSnapshotChargePerFeature",
    "AnalysisRunSnapshotPricePerFeature",
    "AnalysisRunningTotal",
    "AnalysisRunningTotalChargePerFeature",
    "AnalysisRunningTotalPricePerFeature",
    "AnalysisScope",
    "AnalysisType",
    "ApiIntegrationOAuth2AuthCodeResponse",
    "ApiIntegrationOAuth2AuthCodeResponseScopeSeparator",
    "ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0",
    "ApiIntegrationOAuth2AuthCodeResponseStatus",
    "ApiIntegrationOAuth2CustomAppResponse",
    "ApiIntegrationOAuth2CustomAppResponseScopeSeparator",
    "ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0",
    "ApiIntegrationOAuth2CustomAppResponseStatus",
    "ApiIntegrationWebhookOverrides",
    "ApiIntegrationWebhookOverridesRequestHeaders",
    "ApiIntegrationWebhookOverridesRequestHeadersType0",
    "ApiIntegrationWebhookOverridesRequestHeadersValue",
    "ApiIntegrationWebhookOverridesResponseFilterMode",
    "ApiIntegrationWebhookOverridesSchemaOverrides",
    "ApiIntegrationWebhookOverridesSchemaOverridesType0",
    "ApiIntegrationWebhookOverridesSchemaOverridesValue",
    "ApiIntegrationWebhookOverridesSchemaOverridesValue_Constant",
    "ApiIntegrationWebhookOverridesSchemaOverridesValue_DynamicVariable",
    "ApiIntegrationWebhookOverridesSchemaOverridesValue_Llm",
    "ApiIntegrationWebhookOverridesSchemaOverridesValue_Omit",
    "ApiIntegrationWebhookToolConfigInput",
    "ApiIntegrationWebhookToolConfigOutput",
    "ApiIntegrationWebhookToolConfigOutputExecutionMode",
    "ApiIntegrationWebhookToolConfigOutputInterruptionMode",
    "ApiIntegrationWebhookToolConfigOutputPreToolSpeech",
    "ApiIntegrationWebhookToolConfigOutputToolCallSound",
    "ApiIntegrationWebhookToolConfigOutputToolCallSoundBehavior",
    "ApiIntegrationWebhookToolConfigOutputToolErrorHandlingMode",
    "ArrayJsonSchemaPropertyInput",
    "ArrayJsonSchemaPropertyInputItems",
    "ArrayJsonSchemaPropertyInputPropertyKind",
    "ArrayJsonSchemaPropertyOutput",
    "ArrayJsonSchemaPropertyOutputItems",
    "AsrConversationalConfig",
    "AsrConversationalConfigOverride",
    "AsrConversationalConfigOverrideConfig",
    "AsrConversationalConfigProvider",
    "AsrConversationalConfigQuality",
    "AsrConversationalConfigUserInputAudioFormat",
    "AsrConversationalConfigWorkflowOverride",
    "AsrConversationalConfigWorkflowOverrideProvider",
    "AsrConversationalConfigWorkflowOverrideQuality",
    "AsrConversationalConfigWorkflowOverrideUserInputAudioFormat",
    "AsrInputFormat",
    "AsrProvider",
    "AsrQuality",
    "AssetListResponse",
    "AssetResponse",
    "AssetTranscription",
    "AssetTranscriptionData",
    "AssetTranscriptionStatus",
    "AssetTranscriptionStatusType0",
    "AssignConversationTagsRequestModel",
    "AssignableUserResponseModel",
    "AstAdditionOperatorNodeInput",
    "AstAdditionOperatorNodeOutput",
    "AstAndOperatorNodeInput",
    "AstAndOperatorNodeOutput",
    "AstBooleanNodeInput",
    "AstBooleanNodeOutput",
    "AstConditionalOperatorNodeInput",
    "AstConditionalOperatorNodeOutput",
    "AstDivisionOperatorNodeInput",
    "AstDivisionOperatorNodeOutput",
    "AstDynamicVariableNodeInput",
    "AstDynamicVariableNodeOutput",
    "AstEqualsOperatorNodeInput",
    "AstEqualsOperatorNodeOutput",
    "AstGreaterThanOperatorNodeInput",
    "AstGreaterThanOperatorNodeOutput",
    "AstGreaterThanOrEqualsOperatorNodeInput",
    "AstGreaterThanOrEqualsOperatorNodeOutput",
    "AstLessThanOperatorNodeInput",
    "AstLessThanOperatorNodeOutput",
    "AstLessThanOrEqualsOperatorNodeInput",
    "AstLessThanOrEqualsOperatorNodeOutput",
    "AstMultiplicationOperatorNodeInput",
    "AstMultiplicationOperatorNodeOutput",
    "AstNodeInput",
    "AstNodeInput_AddOperator",
    "AstNodeInput_AndOperator",
    "AstNodeInput_BooleanLiteral",
    "AstNodeInput_ConditionalOperator",
    "AstNodeInput_DivOperator",
    "AstNodeInput_DynamicVariable",
    "AstNodeInput_EqOperator",
    "AstNodeInput_GtOperator",
    "AstNodeInput_GteOperator",
    "AstNodeInput_Llm",
    "AstNodeInput_LtOperator",
    "AstNodeInput_LteOperator",
    "AstNodeInput_MulOperator",
    "AstNodeInput_NeqOperator",
    "AstNodeInput_NullLiteral",
    "AstNodeInput_NumberLiteral",
    "AstNodeInput_OrOperator",
    "AstNodeInput_StringLiteral",
    "AstNodeInput_SubOperator",
    "AstNodeOutput",
    "AstNodeOutput_AddOperator",
    "AstNodeOutput_AndOperator",
    "AstNodeOutput_BooleanLiteral",
    "AstNodeOutput_ConditionalOperator",
    "AstNodeOutput_DivOperator",
    "AstNodeOutput_DynamicVariable",
    "AstNodeOutput_EqOperator",
    "AstNodeOutput_GtOperator",
    "AstNodeOutput_GteOperator",
    "AstNodeOutput_Llm",
    "AstNodeOutput_LtOperator",
    "AstNodeOutput_LteOperator",
    "AstNodeOutput_MulOperator",
    "AstNodeOutput_NeqOperator",
    "AstNodeOutput_NullLiteral",
    "AstNodeOutput_NumberLiteral",
    "AstNodeOutput_OrOperator",
    "AstNodeOutput_StringLiteral",
    "AstNodeOutput_SubOperator",
    "AstNotEqualsOperatorNodeInput",
    "AstNotEqualsOperatorNodeOutput",
    "AstNullNodeInput",
    "AstNullNodeOutput",
    "AstNumberNodeInput",
    "AstNumberNodeInputValue",
    "AstNumberNodeOutput",
    "AstNumberNodeOutputValue",
    "AstOrOperatorNodeInput",
    "AstOrOperatorNodeOutput",
    "AstStringNodeInput",
    "AstStringNodeOutput",
    "AstSubtractionOperatorNodeInput",
    "AstSubtractionOperatorNodeOutput",
    "AstllmNodeInput",
    "AstllmNodeInputOne",
    "AstllmNodeInputZero",
    "AstllmNodeOutput",
    "AsyncConversationMetadata",
    "AsyncConversationMetadataDeliveryStatus",
    "AttachedSystemDataCollectionRef",
    "AttachedSystemDataCollectionRefScope",
    "AttachedSystemEvaluationRef",
    "AttachedSystemEvaluationRefAnalysisItemId",
    "AttachedSystemEvaluationRefAnalysisItemIdType0",
    "AttachedSystemEvaluationRefScope",
    "AttachedTestModel",
    "AttachedUserDataCollectionRef",
    "AttachedUserDataCollectionRefScope",
    "AttachedUserEvaluationRef",
    "AttachedUserEvaluationRefScope",
    "AudioAnalysis",
    "AudioAnalysisResult",
    "AudioAnalysisStatus",
    "AudioAnalysisStatusType0",
    "AudioEventAlignment",
    "AudioFormatEnum",
    "AudioIsolationConvertRequestFileFormat",
    "AudioIsolationHistoryItemResponseModel",
    "AudioIsolationRequest",
    "AudioIsolationRequestFileFormat",
    "AudioIsolationRequestFileFormatType0",
    "AudioIsolationStreamRequest",
    "AudioIsolationStreamRequestFileFormat",
    "AudioIsolationStreamRequestFileFormatType0",
    "AudioKeyMoment",
    "AudioNativeCreateProjectResponseModel",
    "AudioNativeCreateRequestApplyTextNormalization",
    "AudioNativeEditContentResponseModel",
    "AudioNativeProjectSettingsResponseModel",
    "AudioNativeProjectSettingsResponseModelStatus",
    "AudioNativeProjectSettingsResponseModelStatusType0",
    "AudioOutput",
    "AudioOutputMulti",
    "AudioRefChunk",
    "AudioReference",
    "AudioReference_Asset",
    "AudioReference_Generation",
    "AudioReference_InlineBase64",
    "AudioResponse",
    "AudioResponseAudioEvent",
    "AudioSegment",
    "AudioWithTimestampsAndVoiceSegmentsResponseModel",
    "AudioWithTimestampsResponse",
    "AudioWithTimestampsResponseModel",
    "AuthConnectionDependencies",
    "AuthConnectionDependenciesMcpServersItem",
    "AuthConnectionDependenciesMcpServersItem_Available",
    "AuthConnectionDependenciesMcpServersItem_Unknown",
    "AuthConnectionDependenciesToolsItem",
    "AuthConnectionDependenciesToolsItem_Available",
    "AuthConnectionDependenciesToolsItem_Unknown",
    "AuthConnectionLocator",
    "AuthConnectionStatus",
    "AuthConnectionsCreateRequestBody",
    "AuthConnectionsCreateRequestBody_BasicAuth",
    "AuthConnectionsCreateRequestBody_BearerAuth",
    "AuthConnectionsCreateRequestBody_CustomHeaderAuth",
    "AuthConnectionsCreateRequestBody_Mtls",
    "AuthConnectionsCreateRequestBody_Oauth2ClientCredentials",
    "AuthConnectionsCreateRequestBody_Oauth2Jwt",
    "AuthConnectionsCreateRequestBody_PrivateKeyJwt",
    "AuthConnectionsCreateResponse",
    "AuthConnectionsCreateResponse_ApiIntegrationOauth2AuthCode",
    "AuthConnectionsCreateResponse_ApiIntegrationOauth2CustomApp",
    "AuthConnectionsCreateResponse_BasicAuth",
    "AuthConnectionsCreateResponse_BearerAuth",
    "AuthConnectionsCreateResponse_CustomHeaderAuth",
    "AuthConnectionsCreateResponse_Mtls",
    "AuthConnectionsCreateResponse_Oauth2ClientCredentials",
    "AuthConnectionsCreateResponse_Oauth2Jwt",
    "AuthConnectionsCreateResponse_PrivateKeyJwt",
    "AuthConnectionsCreateResponse_RefreshTokenAuth",
    "AuthConnectionsCreateResponse_SlackBotAuth",
    "AuthConnectionsCreateResponse_UrlSecret",
    "AuthConnectionsCreateResponse_WhatsappAuth",
    "AuthConnectionsUpdateRequestBody",
    "AuthConnectionsUpdateRequestBody_BasicAuth",
    "AuthConnectionsUpdateRequestBody_BearerAuth",
    "AuthConnectionsUpdateRequestBody_Oauth2ClientCredentials",
    "AuthConnectionsUpdateRequestBody_Oauth2Jwt",
    "AuthConnectionsUpdateResponse",
    "AuthConnectionsUpdateResponse_ApiIntegrationOauth2AuthCode",
    "AuthConnectionsUpdateResponse_ApiIntegrationOauth2CustomApp",
    "AuthConnectionsUpdateResponse_BasicAuth",
    "AuthConnectionsUpdateResponse_BearerAuth",
    "AuthConnectionsUpdateResponse_CustomHeaderAuth",
    "AuthConnectionsUpdateResponse_Mtls",
    "AuthConnectionsUpdateResponse_Oauth2ClientCredentials",
    "AuthConnectionsUpdateResponse_Oauth2Jwt",
    "AuthConnectionsUpdateResponse_PrivateKeyJwt",
    "AuthConnectionsUpdateResponse_RefreshTokenAuth",
    "AuthConnectionsUpdateResponse_SlackBotAuth",
    "AuthConnectionsUpdateResponse_UrlSecret",
    "AuthConnectionsUpdateResponse_WhatsappAuth",
    "AuthSettings",
    "AuthenticationActivityId",
    "AuthorizationMethod",
    "AutoGenerationMetadata",
    "AutoSyncInfo",
    "BackgroundSoundConfig",
    "BackgroundSoundConfigSourceId",
    "BackgroundSoundConfigSourceType",
    "BackgroundSoundConfigWorkflowOverride",
    "BackgroundSoundConfigWorkflowOverrideSourceId",
    "BackgroundSoundConfigWorkflowOverrideSourceType",
    "BackgroundSoundPresetId",
    "BackgroundSoundSourceType",
    "BackupLLMDefault",
    "BackupLLMDisabled",
    "BackupLLMOverride",
    "BackupLlmDefault",
    "BackupLlmDisabled",
    "BackupLlmOverride",
    "BackupLlmOverrideOrderItem",
    "BaseTurnConfig",
    "BaseTurnConfigMode",
    "BaseTurnConfigSpellingPatience",
    "BaseTurnConfigTurnEagerness",
    "BaseTurnConfigTurnModel",
    "BasicAuthResponse",
    "BasicAuthResponseStatus",
    "BatchCallDetailedResponse",
    "BatchCallDetailedResponsePhoneProvider",
    "BatchCallDetailedResponseStatus",
    "BatchCallRecipientStatus",
    "BatchCallResponse",
    "BatchCallResponsePhoneProvider",
    "BatchCallResponseStatus",
    "BatchCallStatus",
    "BatchCallWhatsAppParams",
    "BatchFailureResponseModel",
    "BearerAuthResponse",
    "BearerAuthResponseStatus",
    "BehaviorOverride",
    "BehaviorOverrideInteractionBudget",
    "BehaviorOverrideOutputFormat",
    "BehaviorOverrideVerbosity",
    "BillingPeriod",
    "BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePost",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePostWorkspaceAccessType0",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostRulesItem",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostRulesItem_Alias",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostRulesItem_Phoneme",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccess",
    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0",
    "BodyAddMemberToUserGroupV1WorkspaceGroupsGroupIdMembersPost",
    "BodyAddRulesToThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdAddRulesPost",
    "BodyAddSamplesToPVCVoiceV1VoicesPvcVoiceIdSamplesPost",
    "BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost",
    "BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost",
    "BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost",
    "BodyAddVoiceV1VoicesAddPost",
    "BodyAddVoiceV1VoicesAddPostLabelsType0",
    "BodyAudioIsolationStreamV1AudioIsolationStreamPost",
    "BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0",
    "BodyAudioIsolationV1AudioIsolationPost",
    "BodyAudioIsolationV1AudioIsolationPostFileFormatType0",
    "BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost",
    "BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost",
    "BodyBulkMoveTestsToFolderV1ConvaiAgentTestingBulkMovePost",
    "BodyComposeMusicV1MusicPost",
    "BodyComposeMusicV1MusicPostCompositionPlan",
    "BodyComposeMusicWithADetailedResponseV1MusicDetailedPost",
    "BodyComposeMusicWithADetailedResponseV1MusicDetailedPostCompositionPlan",
    "BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix",
    "BodyComputeRAGIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost",
    "BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost",
    "BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost",
    "BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfig",
    "BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostConversationConfigType0",
    "BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettings",
    "BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPostPlatformSettingsType0",
    "BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost",
    "BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost",
    "BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabels",
    "BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0",
    "BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPost",
    "BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostConversationConfig",
    "BodyCreateAgentDraftV1ConvaiAgentsAgentIdDraftsPostPlatformSettings",
    "BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost",
    "BodyCreateAgentV1ConvaiAgentsCreatePost",
    "BodyCreateChapterV1StudioProjectsProjectIdChaptersPost",
    "BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost",
    "BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePost",
    "BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslations",
    "BodyCreateDubbingLanguageTargetV1DubbingProjectProjectIdLanguagePostTranslationsType0",
    "BodyCreateDubbingProjectV1DubbingProjectPost",
    "BodyCreateDubbingProjectV1DubbingProjectPostModelId",
    "BodyCreateDubbingProjectV1DubbingProjectPostModelIdType0",
    "BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost",
    "BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost",
    "BodyCreateForcedAlignmentV1ForcedAlignmentPost",
    "BodyCreateMusicFinetuneV1MusicFinetunesPost",
    "BodyCreateMusicFinetuneV1MusicFinetunesPostVisibility",
    "BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0",
    "BodyCreateOrUpdateDeploymentsV1ConvaiAgentsAgentIdDeploymentsPost",
    "BodyCreatePVCVoiceV1VoicesPvcPost",
    "BodyCreatePVCVoiceV1VoicesPvcPostLabelsType0",
    "BodyCreatePodcastV1StudioPodcastsPost",
    "BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalization",
    "BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0",
    "BodyCreatePodcastV1StudioPodcastsPostDurationScale",
    "BodyCreatePodcastV1StudioPodcastsPostMode",
    "BodyCreatePodcastV1StudioPodcastsPostMode_Bulletin",
    "BodyCreatePodcastV1StudioPodcastsPostMode_Conversation",
    "BodyCreatePodcastV1StudioPodcastsPostSourceItem",
    "BodyCreatePodcastV1StudioPodcastsPostSourceTwoItem",
    "BodyCreatePodcastV1StudioPodcastsPostSourceTwoItem_Text",
    "BodyCreatePodcastV1StudioPodcastsPostSourceTwoItem_Url",
    "BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage",
    "BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost",
    "BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost",
    "BodyCreateServiceAccountV1ServiceAccountsPost",
    "BodyCreateStudioProjectV1StudioProjectsPost",
    "BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalization",
    "BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0",
    "BodyCreateStudioProjectV1StudioProjectsPostFiction",
    "BodyCreateStudioProjectV1StudioProjectsPostFictionType0",
    "BodyCreateStudioProjectV1StudioProjectsPostSourceType",
    "BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0",
    "BodyCreateStudioProjectV1StudioProjectsPostTargetAudience",
    "BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0",
    "BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost",
    "BodyCreateURLDocumentV1ConvaiKnowledgeBaseUrlPost",
    "BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost",
    "BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost",
    "BodyCreatesAudioNativeEnabledProjectV1AudioNativePost",
    "BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalization",
    "BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0",
    "BodyDeleteExistingInvitationV1WorkspaceInvitesDelete",
    "BodyDeleteMemberFromUserGroupV1WorkspaceGroupsGroupIdMembersRemovePost",
    "BodyDownloadHistoryItemsV1HistoryDownloadPost",
    "BodyDubAVideoOrAnAudioFileV1DubbingPost",
    "BodyDubAVideoOrAnAudioFileV1DubbingPostMode",
    "BodyDubsAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdDubPost",
    "BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost",
    "BodyEditPVCVoiceV1VoicesPvcVoiceIdPost",
    "BodyEditPVCVoiceV1VoicesPvcVoiceIdPostLabelsType0",
    "BodyEditPvcVoiceV1VoicesPvcVoiceIdPost",
    "BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabels",
    "BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsOne",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimit",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitOne",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsOne",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowed",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedOne",
    "BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1",
    "BodyEditVoiceV1VoicesVoiceIdEditPost",
    "BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0",
    "BodyGenerateCompositionPlanV1MusicPlanPost",
    "BodyGenerateCompositionPlanV1MusicPlanPostSourceCompositionPlan",
    "BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost",
    "BodyGetSimilarLibraryVoicesV1SimilarVoicesPost",
    "BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost",
    "BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByItem",
    "BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item",
    "BodyHandleAnOutboundCallViaExotelV1ConvaiExotelOutboundCallPost",
    "BodyHandleAnOutboundCallViaSIPTrunkV1ConvaiSipTrunkOutboundCallPost",
    "BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost",
    "BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost",
    "BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost",
    "BodyInviteUserV1WorkspaceInvitesAddPost",
    "BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPost",
    "BodyListAPIRequestsV1WorkspaceAnalyticsRequestsPostSortType0",
    "BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost",
    "BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSort",
    "BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0",
    "BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost",
    "BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost",
    "BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost",
    "BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost",
    "BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatch",
    "BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatchConversationConfigType0",
    "BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatchPlatformSettingsType0",
    "BodyPatchesAnAgentSettingsV1ConvaiAgentsAgentIdPatchProceduresType0",
    "BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost",
    "BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost",
    "BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost",
    "BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost",
    "BodyRemoveRulesFromThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdRemoveRulesPost",
    "BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost",
    "BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost",
    "BodyRunPVCTrainingV1VoicesPvcVoiceIdTrainPost",
    "BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost",
    "BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost",
    "BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem",
    "BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem_Body",
    "BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem_Button",
    "BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePostTemplateParamsItem_Header",
    "BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost",
    "BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPostRulesItem",
    "BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPostRulesItem_Alias",
    "BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPostRulesItem_Phoneme",
    "BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost",
    "BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost",
    "BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole",
    "BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost",
    "BodySimulatesAConversationV1ConvaiAgentsAgentIdSimulateConversationPost",
    "BodySoundGenerationV1SoundGenerationPost",
    "BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost",
    "BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0",
    "BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost",
    "BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0",
    "BodySpeechToTextV1SpeechToTextPost",
    "BodySpeechToTextV1SpeechToTextPostFileFormat",
    "BodySpeechToTextV1SpeechToTextPostModelId",
    "BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle",
    "BodySpeechToTextV1SpeechToTextPostTimestampsGranularity",
    "BodySpeechToTextV1SpeechToTextPostWebhookMetadata",
    "BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1",
    "BodyStemSeparationV1MusicStemSeparationPost",
    "BodyStemSeparationV1MusicStemSeparationPostStemVariationId",
    "BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost",
    "BodyStreamComposedMusicV1MusicStreamPost",
    "BodyStreamComposedMusicV1MusicStreamPostCompositionPlan",
    "BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost",
    "BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPostCompositionPlan",
    "BodyStreamStudioProjectAudioV1StudioProjectsProjectIdSnapshotsProjectSnapshotIdStreamPost",
    "BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost",
    "BodyTextToDialogueFullWithTimestamps",
    "BodyTextToDialogueFullWithTimestampsApplyTextNormalization",
    "BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost",
    "BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization",
    "BodyTextToDialogueMultiVoiceV1TextToDialoguePost",
    "BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization",
    "BodyTextToDialogueStreamWithTimestamps",
    "BodyTextToDialogueStreamWithTimestampsApplyTextNormalization",
    "BodyTextToSpeechFull",
    "BodyTextToSpeechFullApplyTextNormalization",
    "BodyTextToSpeechFullWithTimestamps",
    "BodyTextToSpeechFullWithTimestampsApplyTextNormalization",
    "BodyTextToSpeechStream",
    "BodyTextToSpeechStreamApplyTextNormalization",
    "BodyTextToSpeechStreamWithTimestamps",
    "BodyTextToSpeechStreamWithTimestampsApplyTextNormalization",
    "BodyTranscribesSegmentsV1DubbingResourceDubbingIdTranscribePost",
    "BodyTranslatesAllOrSomeSegmentsAndLanguagesV1DubbingResourceDubbingIdTranslatePost",
    "BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost",
    "BodyUpdateAgentBranchV1ConvaiAgentsAgentIdBranchesBranchIdPatch",
    "BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch",
    "BodyUpdateAudioNativeContentFromURLV1AudioNativeContentPost",
    "BodyUpdateAudioNativeContentFromUrlV1AudioNativeContentPost",
    "BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost",
    "BodyUpdateChapterV1StudioProjectsProjectIdChaptersChapterIdPost",
    "BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch",
    "BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch",
    "BodyUpdateMemberV1WorkspaceMembersPost",
    "BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch",
    "BodyUpdateOrderV1ProductionsOrdersOrderIdPatch",
    "BodyUpdatePVCVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost",
    "BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch",
    "BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost",
    "BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost",
    "BodyUpdateStudioProjectV1StudioProjectsProjectIdPost",
    "BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch",
    "BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeaders",
    "BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatchRequestHeadersType0",
    "BodyUploadAssetV1AssetsPost",
    "BodyUploadFileV1ConvaiConversationsConversationIdFilesPost",
    "BodyUploadMusicV1MusicUploadPost",
    "BodyUploadMusicV1MusicUploadPostExtractCompositionPlan",
    "BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost",
    "BodyVerifyPVCVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost",
    "BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost",
    "BodyVideoToMusicV1MusicVideoToMusicPost",
    "BranchProtectionStatus",
    "BreakdownTypes",
    "BucketingStatus",
    "BuiltInToolsInput",
    "BuiltInToolsOutput",
    "BuiltInToolsWorkflowOverrideInput",
    "BuiltInToolsWorkflowOverrideOutput",
    "BytedanceSeedance2FastRequest",
    "BytedanceSeedance2FastRequestAspectRatio",
    "BytedanceSeedance2FastRequestResolution",
    "BytedanceSeedance2MiniRequest",
    "BytedanceSeedance2MiniRequestAspectRatio",
    "BytedanceSeedance2MiniRequestResolution",
    "BytedanceSeedance2Request",
    "BytedanceSeedance2RequestAspectRatio",
    "BytedanceSeedance2RequestResolution",
    "BytedanceSeedance25Request",
    "BytedanceSeedance25RequestAspectRatio",
    "BytedanceSeedance25RequestResolution",
    "BytedanceSeedream5LiteRequest",
    "BytedanceSeedream5LiteRequestAspectRatio",
    "BytedanceSeedream5LiteRequestResolution",
    "BytedanceSeedream5ProRequest",
    "BytedanceSeedream5ProRequestAspectRatio",
    "BytedanceSeedream5ProRequestResolution",
    "CancelCalendarEventParams",
    "CancelGroupSessionForAllParams",
    "CancelGroupSessionRegistrationParams",
    "CanvasPlacement",
    "CaptionStyleCharacterAnimationModel",
    "CaptionStyleCharacterAnimationModelEnterType",
    "CaptionStyleCharacterAnimationModelEnterTypeType0",
    "CaptionStyleCharacterAnimationModelExitType",
    "CaptionStyleCharacterAnimationModelExitTypeType0",
    "CaptionStyleHorizontalPlacementModel",
    "CaptionStyleHorizontalPlacementModelAlign",
    "CaptionStyleHorizontalPlacementModelAlignType0",
    "CaptionStyleModel",
    "CaptionStyleModelTextAlign",
    "CaptionStyleModelTextAlignType0",
    "CaptionStyleModelTextBlendMode",
    "CaptionStyleModelTextBlendModeType0",
    "CaptionStyleModelTextStyle",
    "CaptionStyleModelTextStyleType0",
    "CaptionStyleModelTextTransform",
    "CaptionStyleModelTextTransformType0",
    "CaptionStyleModelTextWeight",
    "CaptionStyleModelTextWeightType0",
    "CaptionStyleSectionAnimationModel",
    "CaptionStyleSectionAnimationModelEnterType",
    "CaptionStyleSectionAnimationModelEnterTypeType0",
    "CaptionStyleSectionAnimationModelExitType",
    "CaptionStyleSectionAnimationModelExitTypeType0",
    "CaptionStyleTemplateModel",
    "CaptionStyleVerticalPlacementModel",
    "CaptionStyleVerticalPlacementModelAlign",
    "CaptionStyleVerticalPlacementModelAlignType0",
    "CaptionStyleWordAnimationModel",
    "CaptionStyleWordAnimationModelEnterType",
    "CaptionStyleWordAnimationModelEnterTypeType0",
    "CaptionStyleWordAnimationModelExitType",
    "CaptionStyleWordAnimationModelExitTypeType0",
    "ChapterContentBlockExtendableNodeResponseModel",
    "ChapterContentBlockInputModel",
    "ChapterContentBlockInputModelSubType",
    "ChapterContentBlockInputModelSubTypeType0",
    "ChapterContentBlockResponseModel",
    "ChapterContentBlockResponseModelNodesItem",
    "ChapterContentBlockResponseModelNodesItem_Other",
    "ChapterContentBlockResponseModelNodesItem_TtsNode",
    "ChapterContentBlockTtsNodeResponseModel",
    "ChapterContentInputModel",
    "ChapterContentParagraphTtsNodeInputModel",
    "ChapterContentResponseModel",
    "ChapterResponse",
    "ChapterResponseModel",
    "ChapterResponseModelStateType0",
    "ChapterResponseState",
    "ChapterResponseStateType0",
    "ChapterSnapshotExtendedResponseModel",
    "ChapterSnapshotResponse",
    "ChapterSnapshotResponseModel",
    "ChapterSnapshotsResponse",
    "ChapterSnapshotsResponseModel",
    "ChapterStatisticsResponse",
    "ChapterStatisticsResponseModel",
    "ChapterWithContentResponseModel",
    "ChapterWithContentResponseModelState",
    "ChapterWithContentResponseModelStateType0",
    "CharacterAge",
    "CharacterAlignmentModel",
    "CharacterAlignmentResponseModel",
    "CharacterGender",
    "CharacterMetadataResponseModel",
    "CharacterRefreshPeriod",
    "CharacterResponseModel",
    "CharacterRole",
    "ChatSourceMedium",
    "CheckServiceAvailabilityParams",
    "ClientEvent",
    "ClientToolCall",
    "ClientToolCallClientToolCall",
    "ClientToolCallClientToolCallParameters",
    "ClientToolConfigInput",
    "ClientToolConfigOutput",
    "ClientToolConfigOutputExecutionMode",
    "ClientToolConfigOutputInterruptionMode",
    "ClientToolConfigOutputPreToolSpeech",
    "ClientToolConfigOutputToolCallSound",
    "ClientToolConfigOutputToolCallSoundBehavior",
    "ClientToolConfigOutputToolErrorHandlingMode",
    "ClientToolResult",
    "ClipAnimation",
    "ClipAnimationEnterEffect",
    "ClipAnimationEnterEffectType0",
    "ClipAnimationExitEffect",
    "ClipAnimationExitEffectType0",
    "CloseConnection",
    "CloseContext",
    "ClosePayload",
    "CloseSocket",
    "ColumnFilter",
    "ColumnFilterOperation",
    "ColumnUnit",
    "CommitStrategy",
    "CommittedTranscriptEntitiesPayload",
    "CommittedTranscriptPayload",
    "CommittedTranscriptWithTimestampsPayload",
    "CompileProceduresResponseModel",
    "CompileProceduresValidationErrorResponseModel",
    "CompileProceduresValidationErrorResponseModelErrors",
    "CompositionPlan",
    "CompositionPlanChunksItem",
    "CompositionPlanCreateResponse",
    "ConfigEntityType",
    "ConflictSection",
    "ConstantSchemaOverride",
    "ConstantSchemaOverrideConstantValueType5",
    "ContentConfig",
    "ContentFormat",
    "ContentGuardrail",
    "ContentGuardrailInput",
    "ContentGuardrailInputTriggerAction",
    "ContentGuardrailInputTriggerAction_EndCall",
    "ContentGuardrailInputTriggerAction_Retry",
    "ContentGuardrailOutput",
    "ContentGuardrailOutputExecutionMode",
    "ContentGuardrailOutputTriggerAction",
    "ContentGuardrailOutputTriggerAction_EndCall",
    "ContentGuardrailOutputTriggerAction_Retry",
    "ContentThresholdGuardrail",
    "ContentThresholdGuardrailThreshold",
    "ContentThresholdGuardrailThresholdOne",
    "ContentThresholdGuardrailThresholdType1",
    "ContextualUpdate",
    "ContextualUpdateInfo",
    "Contributor",
    "ConvAIDynamicVariable",
    "ConvAIEnvVarLocator",
    "ConvAIFileUploadResponseModel",
    "ConvAISecretLocator",
    "ConvAIStoredSecretDependencies",
    "ConvAIUserSecretDBModel",
    "ConvAIWebhooks",
    "ConvAIWorkspaceStoredSecretConfig",
    "ConvAiDynamicVariable",
    "ConvAiEnvVarLocator",
    "ConvAiFileUploadResponseModel",
    "ConvAiSecretLocator",
    "ConvAiStoredSecretDependencies",
    "ConvAiStoredSecretDependenciesAgentsItem",
    "ConvAiStoredSecretDependenciesAgentsItem_Available",
    "ConvAiStoredSecretDependenciesAgentsItem_Unknown",
    "ConvAiStoredSecretDependenciesMcpServersItem",
    "ConvAiStoredSecretDependenciesMcpServersItem_Available",
    "ConvAiStoredSecretDependenciesMcpServersItem_Unknown",
    "ConvAiStoredSecretDependenciesOthersItem",
    "ConvAiStoredSecretDependenciesToolsItem",
    "ConvAiStoredSecretDependenciesToolsItem_Available",
    "ConvAiStoredSecretDependenciesToolsItem_Unknown",
    "ConvAiUserSecretDbModel",
    "ConvAiWebhooks",
    "ConvAiWebhooksEventsItem",
    "ConvAiWebhooksTranscriptFormat",
    "ConvAiWorkspaceStoredSecretConfig",
    "ConversationASRUsageModel",
    "ConversationAsrUsageModel",
    "ConversationChargingCommonModel",
    "ConversationConfig",
    "ConversationConfigClientOverride",
    "ConversationConfigClientOverrideConfig",
    "ConversationConfigClientOverrideConfigInput",
    "ConversationConfigClientOverrideConfigOutput",
    "ConversationConfigClientOverrideInput",
    "ConversationConfigClientOverrideOutput",
    "ConversationConfigInput",
    "ConversationConfigOutput",
    "ConversationConfigOutputClientEventsItem",
    "ConversationConfigOutputMonitoringEventsItem",
    "ConversationConfigOverride",
    "ConversationConfigOverrideConfig",
    "ConversationConfigWorkflowOverride",
    "ConversationConfigWorkflowOverrideInput",
    "ConversationConfigWorkflowOverrideOutput",
    "ConversationConfigWorkflowOverrideOutputClientEventsItem",
    "ConversationConfigWorkflowOverrideOutputMonitoringEventsItem",
    "ConversationDeletionSettings",
    "ConversationFeedbackRequestModel",
    "ConversationFeedbackType",
    "ConversationHistoryAnalysisCommonModel",
    "ConversationHistoryAnalysisCommonModelCallSuccessful",
    "ConversationHistoryAnalysisCommonModelDataCollectionResults",
    "ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults",
    "ConversationHistoryBatchCallModel",
    "ConversationHistoryElevenAssistantCommonModel",
    "ConversationHistoryErrorCommonModel",
    "ConversationHistoryEvaluationCriteriaResultCommonModel",
    "ConversationHistoryEvaluationCriteriaResultCommonModelResult",
    "ConversationHistoryExotelPhoneCallModel",
    "ConversationHistoryFeedbackCommonModel",
    "ConversationHistoryFeedbackCommonModelOverallScore",
    "ConversationHistoryFeedbackCommonModelType",
    "ConversationHistoryMetadataCommonModel",
    "ConversationHistoryMetadataCommonModelAgentCreatedFrom",
    "ConversationHistoryMetadataCommonModelAgentLastUpdatedFrom",
    "ConversationHistoryMetadataCommonModelAuthorizationMethod",
    "ConversationHistoryMetadataCommonModelConversationInitiationSource",
    "ConversationHistoryMetadataCommonModelInitiationTrigger",
    "ConversationHistoryMetadataCommonModelInitiationTrigger_Default",
    "ConversationHistoryMetadataCommonModelInitiationTrigger_Zendesk",
    "ConversationHistoryMetadataCommonModelPhoneCall",
    "ConversationHistoryMetadataCommonModelPhoneCall_SipTrunking",
    "ConversationHistoryMetadataCommonModelPhoneCall_Twilio",
    "ConversationHistoryMultivoiceMessageModel",
    "ConversationHistoryMultivoiceMessagePartModel",
    "ConversationHistoryRagUsageCommonModel",
    "ConversationHistoryRedactionConfig",
    "ConversationHistoryRedactionConfigEntitiesItem",
    "ConversationHistorySIPTrunkingPhoneCallModel",
    "ConversationHistorySipTrunkingPhoneCallModel",
    "ConversationHistorySipTrunkingPhoneCallModelDirection",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput",
    "ConversationHistoryTranscriptCommonModel",
    "ConversationHistoryTranscriptCommonModelInput",
    "ConversationHistoryTranscriptCommonModelInputRole",
    "ConversationHistoryTranscriptCommonModelInputToolResultsItem",
    "ConversationHistoryTranscriptCommonModelOutput",
    "ConversationHistoryTranscriptCommonModelOutputRole",
    "ConversationHistoryTranscriptCommonModelOutputSourceMedium",
    "ConversationHistoryTranscriptCommonModelOutputToolResultsItems",
    "ConversationHistoryTranscriptCommonModelRole",
    "ConversationHistoryTranscriptFileInputResponseModel",
    "ConversationHistoryTranscriptOtherToolsResultCommonModel",
    "ConversationHistoryTranscriptOtherToolsResultCommonModelType",
    "ConversationHistoryTranscriptResponseModel",
    "ConversationHistoryTranscriptResponseModelRole",
    "ConversationHistoryTranscriptResponseModelRoleType0",
    "ConversationHistoryTranscriptResponseModelSourceMedium",
    "ConversationHistoryTranscriptResponseModelToolResultsItem",
    "ConversationHistoryTranscriptSystemToolResultCommonModel",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInput",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_Dummy",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_EndCallSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_KnowledgeBaseRagSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_KnowledgeBaseSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_LanguageDetectionSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_PlayDtmfError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_PlayDtmfSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_SkipTurnSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TestingToolResult",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToAgentError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToAgentSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberExotelSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberSipSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_TransferToNumberTwilioSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelInputResult_VoicemailDetectionSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutput",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_Dummy",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_EndCallSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_KnowledgeBaseRagSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_KnowledgeBaseSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_LanguageDetectionSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_PlayDtmfError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_PlayDtmfSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_SkipTurnSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TestingToolResult",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToAgentError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToAgentSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberExotelSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberSipSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_TransferToNumberTwilioSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult_VoicemailDetectionSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_EndCallSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_LanguageDetectionSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_PlayDtmfError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_PlayDtmfSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_SkipTurnSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_TestingToolResult",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToAgentError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToAgentSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToNumberError",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToNumberSipSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_TransferToNumberTwilioSuccess",
    "ConversationHistoryTranscriptSystemToolResultCommonModelResult_VoicemailDetectionSuccess",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput",
    "ConversationHistoryTranscriptToolCallClientDetails",
    "ConversationHistoryTranscriptToolCallCommonModel",
    "ConversationHistoryTranscriptToolCallCommonModelInput",
    "ConversationHistoryTranscriptToolCallCommonModelInputToolDetails",
    "ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_ApiIntegrationWebhook",
    "ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_Client",
    "ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_Mcp",
    "ConversationHistoryTranscriptToolCallCommonModelInputToolDetails_Webhook",
    "ConversationHistoryTranscriptToolCallCommonModelOutput",
    "ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails",
    "ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_ApiIntegrationWebhook",
    "ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_Client",
    "ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_Mcp",
    "ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails_Webhook",
    "ConversationHistoryTranscriptToolCallCommonModelOutputType",
    "ConversationHistoryTranscriptToolCallMCPDetails",
    "ConversationHistoryTranscriptToolCallMCPDetailsParameters",
    "ConversationHistoryTranscriptToolCallMcpDetails",
    "ConversationHistoryTranscriptToolCallMcpDetailsParameters",
    "ConversationHistoryTranscriptToolCallWebhookDetails",
    "ConversationHistoryTranscriptToolCallWebhookDetailsHeaders",
    "ConversationHistoryTranscriptToolCallWebhookDetailsPathParams",
    "ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams",
    "ConversationHistoryTranscriptWorkflowToolsResultCommonModel",
    "ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput",
    "ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput",
    "ConversationHistoryTwilioPhoneCallModel",
    "ConversationHistoryTwilioPhoneCallModelDirection",
    "ConversationInitiationClientData",
    "ConversationInitiationClientDataConfig",
    "ConversationInitiationClientDataConfigInput",
    "ConversationInitiationClientDataConfigOutput",
    "ConversationInitiationClientDataConversationConfigOverride",
    "ConversationInitiationClientDataConversationConfigOverrideAgent",
    "ConversationInitiationClientDataConversationConfigOverrideAgentPrompt",
    "ConversationInitiationClientDataConversationConfigOverrideTts",
    "ConversationInitiationClientDataCustomLlmExtraBody",
    "ConversationInitiationClientDataDynamicVariables",
    "ConversationInitiationClientDataDynamicVariablesValue",
    "ConversationInitiationClientDataInternal",
    "ConversationInitiationClientDataInternalCustomLlmExtraBody",
    "ConversationInitiationClientDataInternalDynamicVariables",
    "ConversationInitiationClientDataInternalToolMockOverrides",
    "ConversationInitiationClientDataRequest",
    "ConversationInitiationClientDataRequestCustomLlmExtraBody",
    "ConversationInitiationClientDataRequestDynamicVariables",
    "ConversationInitiationClientDataRequestInput",
    "ConversationInitiationClientDataRequestInputCustomLlmExtraBody",
    "ConversationInitiationClientDataRequestInputDynamicVariables",
    "ConversationInitiationClientDataRequestOutput",
    "ConversationInitiationClientDataRequestOutputCustomLlmExtraBody",
    "ConversationInitiationClientDataRequestOutputDynamicVariables",
    "ConversationInitiationClientDataSourceInfo",
    "ConversationInitiationClientDataWebhook",
    "ConversationInitiationClientDataWebhookRequestHeaders",
    "ConversationInitiationClientDataWebhookRequestHeadersValue",
    "ConversationInitiationMetadata",
    "ConversationInitiationMetadataConversationInitiationMetadataEvent",
    "ConversationInitiationSource",
    "ConversationInitiationSourceInfo",
    "ConversationInitiationSourceInfoSource",
    "ConversationProduct",
    "ConversationReasoningModel",
    "ConversationSentimentAnalysis",
    "ConversationSentimentAnalysisOverallLabel",
    "ConversationSentimentAnalysisOverallLabelType0",
    "ConversationSignedUrlResponseModel",
    "ConversationSimulationSpecification",
    "ConversationSimulationSpecificationDynamicVariables",
    "ConversationSimulationSpecificationToolMockConfig",
    "ConversationSource",
    "ConversationSummaryMessageModel",
    "ConversationSummaryMessageModelRole",
    "ConversationSummaryMessageModelRoleType0",
    "ConversationSummaryResponseModel",
    "ConversationSummaryResponseModelCallSuccessful",
    "ConversationSummaryResponseModelConversationInitiationSource",
    "ConversationSummaryResponseModelDataCollectionResults",
    "ConversationSummaryResponseModelDataCollectionResultsType0",
    "ConversationSummaryResponseModelDirection",
    "ConversationSummaryResponseModelEvaluationCriteriaResults",
    "ConversationSummaryResponseModelEvaluationCriteriaResultsType0",
    "ConversationSummaryResponseModelStatus",
    "ConversationSummaryResponseModelStatusType0",
    "ConversationTTSUsageModel",
    "ConversationTagResponseModel",
    "ConversationTokenPurpose",
    "ConversationTokenResponseModel",
    "ConversationTokenResponseModelPurpose",
    "ConversationTtsUsageModel",
    "ConversationTurnMetrics",
    "ConversationTurnMetricsMetrics",
    "ConversationUserResponseModel",
    "ConversationVoiceRewardModel",
    "ConversationVoiceUsageModel",
    "ConversationalAiAgentsSummariesGetResponseGetAgentSummariesV1ConvaiAgentsSummariesGet",
    "ConversationalAiConversationsGetFormat",
    "ConversationalAiConversationsListExcludeStatusesType0Item",
    "ConversationalAiConversationsListSummaryMode",
    "ConversationalAiConversationsMessagesTextSearchExcludeStatusesType0Item",
    "ConversationalAiConversationsMessagesTextSearchSummaryMode",
    "ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost",
    "ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet",
    "ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost",
    "ConversationalAiTestsListSortMode",
    "ConversationalConfig",
    "ConversationalConfigAPIModelInput",
    "ConversationalConfigAPIModelInputLanguagePresets",
    "ConversationalConfigAPIModelOutput",
    "ConversationalConfigAPIModelOutputLanguagePresets",
    "ConversationalConfigAPIModelWorkflowOverrideInput",
    "ConversationalConfigAPIModelWorkflowOverrideInputLanguagePresetsType0",
    "ConversationalConfigAPIModelWorkflowOverrideOutput",
    "ConversationalConfigAPIModelWorkflowOverrideOutputLanguagePresetsType0",
    "ConversationalConfigApiModelOutput",
    "ConversationalConfigApiModelOutputLanguagePresets",
    "ConversationalConfigApiModelWorkflowOverrideInput",
    "ConversationalConfigApiModelWorkflowOverrideInputLanguagePresets",
    "ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0",
    "ConversationalConfigApiModelWorkflowOverrideOutput",
    "ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresets",
    "ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0",
    "ConversationalConfigLanguagePresets",
    "ConversationsGetRequestFormat",
    "ConversationsListRequestExcludeStatusesItem",
    "ConversationsListRequestSummaryMode",
    "ConvertChapterResponseModel",
    "ConvertProjectResponseModel",
    "CrawlStatus",
    "CrawlType",
    "CreateAgentBranchResponseModel",
    "CreateAgentConversationTicketRequestModel",
    "CreateAgentProcedureParams",
    "CreateAgentResponseModel",
    "CreateAgentRuleParams",
    "CreateAgentTestFolderResponseModel",
    "CreateAgentTestResponseModel",
    "CreateAssetParams",
    "CreateAuthConnectionEnvironmentVariableRequest",
    "CreateAuthConnectionEnvironmentVariableRequestValues",
    "CreateBasicAuthRequest",
    "CreateBearerAuthRequest",
    "CreateClientAppointmentParams",
    "CreateClientInteractionParams",
    "CreateClientParams",
    "CreateConversationTagRequestModel",
    "CreateCrawlJobResponseModel",
    "CreateCrawlJobResponseModelType",
    "CreateCustomHeaderAuthRequest",
    "CreateExotelPhoneNumberRequest",
    "CreateHolidayParams",
    "CreateLocationParams",
    "CreateMTLSAuthRequest",
    "CreateManualTicketRequestModel",
    "CreateMtlsAuthRequest",
    "CreateOAuth2ClientCredsRequest",
    "CreateOAuth2ClientCredsRequestCustomHeaders",
    "CreateOAuth2ClientCredsRequestExtraParams",
    "CreateOAuth2JWTRequest",
    "CreateOAuth2JWTRequestAlgorithm",
    "CreateOAuth2JWTRequestExtraParams",
    "CreateOAuth2JWTRequestTokenResponseField",
    "CreateOAuth2JwtRequest",
    "CreateOAuth2JwtRequestAlgorithm",
    "CreateOAuth2JwtRequestExtraParams",
    "CreateOAuth2JwtRequestTokenResponseField",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreatePhoneNumberResponseModel",
    "CreatePrivateKeyJWTRequest",
    "CreatePrivateKeyJWTRequestAlgorithm",
    "CreatePrivateKeyJWTRequestExtraParams",
    "CreatePrivateKeyJwtRequest",
    "CreatePrivateKeyJwtRequestAlgorithm",
    "CreatePrivateKeyJwtRequestExtraParams",
    "CreateProcedureRequestModel",
    "CreateProcedureResponseModel",
    "CreateProductParams",
    "CreatePronunciationDictionaryResponseModel",
    "CreatePvcVoiceRequest",
    "CreatePvcVoiceRequestLabels",
    "CreatePvcVoiceRequestLabelsType0",
    "CreateResponseUnitTestRequest",
    "CreateResponseUnitTestRequestDynamicVariables",
    "CreateSIPTrunkPhoneNumberRequestV2",
    "CreateSecretEnvironmentVariableRequest",
    "CreateSecretEnvironmentVariableRequestValues",
    "CreateServiceParams",
    "CreateSimulationTestRequest",
    "CreateSimulationTestRequestDynamicVariables",
    "CreateSimulationTestRequestToolMockOverrides",
    "CreateSipTrunkPhoneNumberRequest",
    "CreateSoundEffectRequest",
    "CreateSpeechEngineRequest",
    "CreateStaffParams",
    "CreateStringEnvironmentVariableRequest",
    "CreateStringEnvironmentVariableRequestValues",
    "CreateToolCallUnitTestRequest",
    "CreateToolCallUnitTestRequestDynamicVariables",
    "CreateTransferRuleParams",
    "CreateTwilioPhoneNumberRequest",
    "CreatifyAuroraRequest",
    "CreatifyAuroraRequestResolution",
    "CriteriaScoringMode",
    "CueOptionsRequest",
    "Currency",
    "CustomGuardrail",
    "CustomGuardrailConfig",
    "CustomGuardrailConfigExecutionMode",
    "CustomGuardrailConfigModel",
    "CustomGuardrailConfigModelType0",
    "CustomGuardrailConfigTriggerAction",
    "CustomGuardrailConfigTriggerAction_EndCall",
    "CustomGuardrailConfigTriggerAction_Retry",
    "CustomGuardrailInput",
    "CustomGuardrailOutput",
    "CustomGuardrailsConfig",
    "CustomGuardrailsConfigInput",
    "CustomGuardrailsConfigOutput",
    "CustomHeaderAuthResponse",
    "CustomHeaderAuthResponseStatus",
    "CustomLLM",
    "CustomLLMAPIType",
    "CustomLLMRequestHeaders",
    "CustomLlm",
    "CustomLlmApiKey",
    "CustomLlmApiType",
    "CustomLlmAuthConnection",
    "CustomLlmRequestHeaders",
    "CustomLlmRequestHeadersValue",
    "CustomLlmapiType",
    "CustomSIPHeader",
    "CustomSIPHeaderWithDynamicVariable",
    "CustomSipHeader",
    "CustomSipHeaderWithDynamicVariable",
    "DTMFInputConfig",
    "DashboardCallSuccessChartModel",
    "DashboardCriteriaChartModel",
    "DashboardDataCollectionChartModel",
    "DataCollectionResultCommonModel",
    "DefaultConversationInitiationTrigger",
    "DefaultSharingGroupConfig",
    "DefaultSharingGroupConfigPermissionLevel",
    "DefaultSharingGroupResponseModel",
    "DefaultSharingGroupResponseModelPermissionLevel",
    "DefaultSharingGroupResponseModelPermissionLevelType0",
    "DeleteAgentProcedureParams",
    "DeleteAgentRuleParams",
    "DeleteAssetParams",
    "DeleteCalendarEventParams",
    "DeleteChapterResponseModel",
    "DeleteClientInteractionParams",
    "DeleteClientParams",
    "DeleteDubbingResponseModel",
    "DeleteGroupSessionParams",
    "DeleteHistoryItemResponse",
    "DeleteHolidayParams",
    "DeleteLocationParams",
    "DeleteProductParams",
    "DeleteProjectResponseModel",
    "DeleteSampleResponse",
    "DeleteSampleResponseModel",
    "DeleteServiceParams",
    "DeleteStaffParams",
    "DeleteTransferRuleParams",
    "DeleteVoiceResponseModel",
    "DeleteVoiceSampleResponseModel",
    "DeleteWorkspaceGroupMemberResponseModel",
    "DeleteWorkspaceInviteResponseModel",
    "DeleteWorkspaceWebhookResponseModel",
    "DeliverableInfo",
    "DependentAvailableAgentIdentifier",
    "DependentAvailableAgentIdentifierAccessLevel",
    "DependentAvailableAgentIdentifierAccessLevelType0",
    "DependentAvailableMCPServerIdentifier",
    "DependentAvailableMCPServerIdentifierAccessLevelType0",
    "DependentAvailableMcpServerIdentifier",
    "DependentAvailableMcpServerIdentifierAccessLevel",
    "DependentAvailableMcpServerIdentifierAccessLevelType0",
    "DependentAvailableToolIdentifier",
    "DependentAvailableToolIdentifierAccessLevel",
    "DependentAvailableToolIdentifierAccessLevelType0",
    "DependentBranchInfo",
    "DependentIntegrationConnectionIdentifier",
    "DependentPhoneNumberIdentifier",
    "DependentPhoneNumberIdentifierProvider",
    "DependentUnknownAgentIdentifier",
    "DependentUnknownMCPServerIdentifier",
    "DependentUnknownMcpServerIdentifier",
    "DependentUnknownToolIdentifier",
    "DetailedMusicResponse",
    "DetailedMusicResponseCompositionPlan",
    "DetectedEntity",
    "DeviceModel",
    "DialogueInput",
    "DialogueInputResponseModel",
    "DirectPublishingReadResponseModel",
    "DirectPublishingReadResponseModelDisplayMode",
    "DirectPublishingReadResponseModelDisplayModeType0",
    "DirectPublishingReadResponseModelGenreItem",
    "DirectPublishingReadResponseModelGenreType0Item",
    "DirectPublishingReadResponseModelGenreType0ItemType0",
    "DirectPublishingReadResponseModelPayoutType",
    "DirectPublishingReadResponseModelPayoutTypeType0",
    "DirectPublishingReadResponseModelTargetAudience",
    "DirectPublishingReadResponseModelTargetAudienceType0",
    "DiscountResponseModel",
    "DoDubbingResponse",
    "DoDubbingResponseModel",
    "DocumentRefreshResponse",
    "DocumentRefreshResponse_File",
    "DocumentRefreshResponse_Folder",
    "DocumentRefreshResponse_Text",
    "DocumentRefreshResponse_Url",
    "DocumentUpdateFileResponse",
    "DocumentUpdateFileResponse_File",
    "DocumentUpdateFileResponse_Folder",
    "DocumentUpdateFileResponse_Text",
    "DocumentUpdateFileResponse_Url",
    "DocumentUsageModeEnum",
    "DocumentsBulkDeleteResponseValue",
    "DocumentsBulkDeleteResponseValue_Failure",
    "DocumentsBulkDeleteResponseValue_Success",
    "DocumentsGetResponse",
    "DocumentsGetResponse_File",
    "DocumentsGetResponse_Folder",
    "DocumentsGetResponse_Text",
    "DocumentsGetResponse_Url",
    "DocumentsUpdateResponse",
    "DocumentsUpdateResponse_File",
    "DocumentsUpdateResponse_Folder",
    "DocumentsUpdateResponse_Text",
    "DocumentsUpdateResponse_Url",
    "DocxExportOptions",
    "DownloadHistoryRequest",
    "DtmfInputConfig",
    "DubOrderItemRequest",
    "DubRequest",
    "DubRequestMode",
    "DubbedSegment",
    "DubbingBulkSegmentUpdateRequest",
    "DubbingBulkSegmentUpdateRequestSegments",
    "DubbingBulkSourceSegmentUpdateResponse",
    "DubbingBulkTargetSegmentUpdateRequest",
    "DubbingBulkTargetSegmentUpdateRequestSegments",
    "DubbingBulkTargetSegmentUpdateResponse",
    "DubbingCreateRequestMode",
    "DubbingError",
    "DubbingLanguageListResponse",
    "DubbingLanguageOutputs",
    "DubbingLanguageResponse",
    "DubbingLanguageResponseStatus",
    "DubbingLanguageResponseStatusType0",
    "DubbingListCreationSourcesType0Item",
    "DubbingListDubbingModelsType0Item",
    "DubbingListDubbingStatus",
    "DubbingListDubbingStatusesType0Item",
    "DubbingListFilterByCreator",
    "DubbingListOrderBy",
    "DubbingListOrderDirection",
    "DubbingListRequestCreationSourcesItem",
    "DubbingListRequestDubbingModelsItem",
    "DubbingListRequestDubbingStatus",
    "DubbingListRequestDubbingStatusesItem",
    "DubbingListRequestFilterByCreator",
    "DubbingListRequestOrderBy",
    "DubbingListRequestOrderDirection",
    "DubbingMediaMetadata",
    "DubbingMediaReference",
    "DubbingMetadataPageResponseModel",
    "DubbingMetadataResponse",
    "DubbingProjectListResponse",
    "DubbingProjectListSortDirection",
    "DubbingProjectResponse",
    "DubbingProjectResponseStatus",
    "DubbingProjectResponseStatusType0",
    "DubbingRegenerateResponse",
    "DubbingRenderResponseModel",
    "DubbingResource",
    "DubbingResourceRenders",
    "DubbingResourceSpeakerSegments",
    "DubbingResourceSpeakerTracks",
    "DubbingSegmentCreateRequest",
    "DubbingSegmentUpdateRequest",
    "DubbingSourceMediaInfo",
    "DubbingSourceSegmentUpdateResponse",
    "DubbingSourceTranscriptResponse",
    "DubbingTargetSegmentUpdateRequest",
    "DubbingTargetSegmentUpdateResponse",
    "DubbingTargetTranscriptResponse",
    "DubbingTargetTranscriptSegment",
    "DubbingTranscript",
    "DubbingTranscriptCharacter",
    "DubbingTranscriptGetFormatType",
    "DubbingTranscriptResponseModel",
    "DubbingTranscriptRevisionResponse",
    "DubbingTranscriptSegment",
    "DubbingTranscriptUtterance",
    "DubbingTranscriptWord",
    "DubbingTranscriptsGetFormatType",
    "DubbingTranscriptsResponseModel",
    "DubbingTranscriptsResponseModelTranscriptFormat",
    "DubbingTranscriptsResponseModelTranscriptFormatType0",
    "DummyToolResultModel",
    "DynamicVariableAssignment",
    "DynamicVariableSchemaOverride",
    "DynamicVariableUpdateCommonModel",
    "DynamicVariablesConfig",
    "DynamicVariablesConfigDynamicVariablePlaceholders",
    "DynamicVariablesConfigWorkflowOverride",
    "DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholders",
    "DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0",
    "EditChapterResponseModel",
    "EditProjectResponseModel",
    "EditVoiceRequest",
    "EditVoiceRequestLabels",
    "EditVoiceRequestLabelsType0",
    "EditVoiceResponseModel",
    "EditVoiceSettingsResponseModel",
    "ElevenFlashV25Request",
    "ElevenFlashV25RequestOutputFormat",
    "ElevenFlashV25VoiceSettings",
    "ElevenMultilingualV2Request",
    "ElevenMultilingualV2RequestOutputFormat",
    "ElevenV3Request",
    "ElevenV3RequestOutputFormat",
    "ElevenV3VoiceSettings",
    "EmbedVariant",
    "EmbeddingModelEnum",
    "EndCallToolConfig",
    "EndCallToolResultModel",
    "EndCallTriggerAction",
    "EndProcedureToolConfig",
    "EndProcedureToolConfigInput",
    "EndProcedureToolConfigInputProcedures",
    "EndProcedureToolConfigOutput",
    "EndProcedureToolConfigOutputProcedures",
    "EndProcedureToolErrorStatus",
    "EntityManagementActivityId",
    "EntryBehavior",
    "EnvironmentAuthConnectionLocator",
    "EnvironmentVariableAuthConnectionValue",
    "EnvironmentVariableAuthConnectionValueRequest",
    "EnvironmentVariableResponse",
    "EnvironmentVariableResponseType",
    "EnvironmentVariableResponseTypeType0",
    "EnvironmentVariableResponseValues",
    "EnvironmentVariableResponseValuesType0",
    "EnvironmentVariableResponseValuesType1",
    "EnvironmentVariableResponseValuesType2",
    "EnvironmentVariableSecretValue",
    "EnvironmentVariableSecretValueRequest",
    "EnvironmentVariablesCreateRequestBody",
    "EnvironmentVariablesCreateRequestBody_AuthConnection",
    "EnvironmentVariablesCreateRequestBody_Secret",
    "EnvironmentVariablesCreateRequestBody_String",
    "EnvironmentVariablesListRequestType",
    "EnvironmentVariablesListResponse",
    "EnvironmentVariablesListType",
    "EnvironmentVariablesListTypeType0",
    "ErrorPayload",
    "EvaluationCriteriaSummaryResult",
    "EvaluationCriteriaSummaryResultResult",
    "EvaluationSettings",
    "EvaluationSettingsInput",
    "EvaluationSettingsOutput",
    "EvaluationSuccessResult",
    "ExactParameterEvaluationStrategy",
    "ExotelApiSubdomain",
    "ExotelOutboundCallResponse",
    "ExportOptions",
    "ExportOptions_Docx",
    "ExportOptions_Html",
    "ExportOptions_Pdf",
    "ExportOptions_SegmentedJson",
    "ExportOptions_Srt",
    "ExportOptions_Txt",
    "ExtendedSubscriptionResponseModel",
    "ExternalFileSyncInfo",
    "ExternalFileSyncInfoType",
    "ExternalFolderSyncInfo",
    "ExternalFolderSyncInfoType",
    "ExternalSyncJobTrigger",
    "ExternalSyncJobType",
    "ExternalSyncProvider",
    "FeatureStatusCommonModel",
    "FeaturesUsageCommonModel",
    "Feedback",
    "FeedbackItem",
    "FeedbackResponseModel",
    "FeedbackScore",
    "FieldConflict",
    "FieldConflictSection",
    "FileInputConfig",
    "FileInputConfigWorkflowOverride",
    "FileRefreshStatus",
    "FileRefreshStatusStatus",
    "FinalOutput",
    "FinalOutputMulti",
    "FineTuningResponse",
    "FineTuningResponseMessage",
    "FineTuningResponseMessageType0",
    "FineTuningResponseModel",
    "FineTuningResponseModelMessageType0",
    "FineTuningResponseModelProgressType0",
    "FineTuningResponseModelState",
    "FineTuningResponseModelStateAdditionalPropertyType0",
    "FineTuningResponseProgress",
    "FineTuningResponseProgressType0",
    "FineTuningResponseState",
    "FineTuningResponseStateAdditionalProperty",
    "FineTuningResponseStateAdditionalPropertyType0",
    "FineTuningResponseStateValue",
    "FinetuneCreatedBy",
    "FinetuneVisibility",
    "FinetunesCreateRequestVisibility",
    "FinetunesListRequestSort",
    "FinetunesListRequestSortDirection",
    "FlowsImageListStatus",
    "FlowsImageListStatusType0",
    "FlowsTextToSpeechListStatus",
    "FlowsTextToSpeechListStatusType0",
    "FlowsVideoListStatus",
    "FlowsVideoListStatusType0",
    "FlushContext",
    "FocusGuardrail",
    "ForcedAlignmentCharacterResponseModel",
    "ForcedAlignmentResponseModel",
    "ForcedAlignmentWordResponseModel",
    "FrustratedConversationRef",
    "FrustratedConversationRefOverallLabel",
    "FrustratedConversationRefOverallLabelType0",
    "GPTImage1Request",
    "GPTImage1RequestAspectRatio",
    "GPTImage1RequestBackground",
    "GPTImage1RequestQuality",
    "GPTImage2Request",
    "GPTImage2RequestAspectRatio",
    "GPTImage2RequestQuality",
    "GPTImage2RequestResolution",
    "GPTImage15Request",
    "GPTImage15RequestAspectRatio",
    "GPTImage15RequestBackground",
    "GPTImage15RequestQuality",
    "Gemini3ProImageRequest",
    "Gemini3ProImageRequestAspectRatio",
    "Gemini3ProImageRequestResolution",
    "Gemini25FlashImageRequest",
    "Gemini25FlashImageRequestAspectRatio",
    "Gemini31FlashImageRequest",
    "Gemini31FlashImageRequestAspectRatio",
    "Gemini31FlashImageRequestResolution",
    "Gemini31FlashLiteImageRequest",
    "Gemini31FlashLiteImageRequestAspectRatio",
    "GenerationChunk",
    "GenerationChunkInput",
    "GenerationChunkInputConditionStrength",
    "GenerationChunkInputConditionStrengthType0",
    "GenerationChunkInputContextAdherence",
    "GenerationChunkInputContextAdherenceType0",
    "GenerationChunkOutput",
    "GenerationChunkOutputConditionStrength",
    "GenerationChunkOutputConditionStrengthType0",
    "GenerationChunkOutputContextAdherence",
    "GenerationConfig",
    "GenerationNode",
    "GenerationNodeModelParameters",
    "GenerationNodeModelParametersType0",
    "GenerationReference",
    "GenerationSourceContext",
    "GenerationSourceContextModelParameters",
    "GenerationSourceContextModelParametersType0",
    "GenesysBotOutcome",
    "GenesysRegion",
    "GetAgentConversationTicketsPageResponseModel",
    "GetAgentEmbedResponseModel",
    "GetAgentKnowledgebaseSizeResponseModel",
    "GetAgentLinkResponseModel",
    "GetAgentResponseModel",
    "GetAgentResponseModelPhoneNumbersItem",
    "GetAgentResponseModelPhoneNumbersItem_Exotel",
    "GetAgentResponseModelPhoneNumbersItem_SipTrunk",
    "GetAgentResponseModelPhoneNumbersItem_Twilio",
    "GetAgentTestFolderResponseModel",
    "GetAgentTopicsResponseModel",
    "GetAgentsPageResponseModel",
    "GetAnalyticsSummaryParams",
    "GetAppointmentByConfirmationNumberParams",
    "GetAudioIsolationHistoryResponseModel",
    "GetAudioNativeProjectSettingsResponseModel",
    "GetBookingPageSettingsParams",
    "GetBookingSlugStatusParams",
    "GetChaptersResponse",
    "GetChaptersResponseModel",
    "GetClientAppointmentsParams",
    "GetClientByPhoneParams",
    "GetConvAIDashboardSettingsResponseModel",
    "GetConvAISettingsResponseModel",
    "GetConvAiDashboardSettingsResponseModel",
    "GetConvAiDashboardSettingsResponseModelChartsItem",
    "GetConvAiDashboardSettingsResponseModelChartsItem_CallSuccess",
    "GetConvAiDashboardSettingsResponseModelChartsItem_Criteria",
    "GetConvAiDashboardSettingsResponseModelChartsItem_DataCollection",
    "GetConvAiSettingsResponseModel",
    "GetConvAiSettingsResponseModelDefaultLivekitStack",
    "GetConversationResponseModel",
    "GetConversationResponseModelStatus",
    "GetConversationSummaryResponseModel",
    "GetConversationSummaryResponseModelCallSuccessful",
    "GetConversationSummaryResponseModelStatus",
    "GetConversationSummaryResponseModelStatusType0",
    "GetConversationTagsPageResponseModel",
    "GetConversationUsersPageResponseModel",
    "GetConversationsPageResponseModel",
    "GetCrawlJobResponseModel",
    "GetCrawlJobResponseModelStatus",
    "GetCrawlJobResponseModelType",
    "GetKnowledgeBaseDependentAgentsResponseModel",
    "GetKnowledgeBaseDependentAgentsResponseModelAgentsItem",
    "GetKnowledgeBaseDependentAgentsResponseModelAgentsItem_Available",
    "GetKnowledgeBaseDependentAgentsResponseModelAgentsItem_Unknown",
    "GetKnowledgeBaseFileResponseModel",
    "GetKnowledgeBaseFileResponseModelContentFormat",
    "GetKnowledgeBaseFileResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseFolderResponseModel",
    "GetKnowledgeBaseFolderResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseListResponseModel",
    "GetKnowledgeBaseListResponseModelDocumentsItem",
    "GetKnowledgeBaseListResponseModelDocumentsItem_File",
    "GetKnowledgeBaseListResponseModelDocumentsItem_Folder",
    "GetKnowledgeBaseListResponseModelDocumentsItem_Text",
    "GetKnowledgeBaseListResponseModelDocumentsItem_Url",
    "GetKnowledgeBaseSummaryFileResponseModel",
    "GetKnowledgeBaseSummaryFileResponseModelDependentAgentsItem",
    "GetKnowledgeBaseSummaryFileResponseModelDependentAgentsItem_Available",
    "GetKnowledgeBaseSummaryFileResponseModelDependentAgentsItem_Unknown",
    "GetKnowledgeBaseSummaryFileResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseSummaryFolderResponseModel",
    "GetKnowledgeBaseSummaryFolderResponseModelDependentAgentsItem",
    "GetKnowledgeBaseSummaryFolderResponseModelDependentAgentsItem_Available",
    "GetKnowledgeBaseSummaryFolderResponseModelDependentAgentsItem_Unknown",
    "GetKnowledgeBaseSummaryFolderResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseSummaryTextResponseModel",
    "GetKnowledgeBaseSummaryTextResponseModelDependentAgentsItem",
    "GetKnowledgeBaseSummaryTextResponseModelDependentAgentsItem_Available",
    "GetKnowledgeBaseSummaryTextResponseModelDependentAgentsItem_Unknown",
    "GetKnowledgeBaseSummaryTextResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseSummaryURLResponseModel",
    "GetKnowledgeBaseSummaryUrlResponseModel",
    "GetKnowledgeBaseSummaryUrlResponseModelDependentAgentsItem",
    "GetKnowledgeBaseSummaryUrlResponseModelDependentAgentsItem_Available",
    "GetKnowledgeBaseSummaryUrlResponseModelDependentAgentsItem_Unknown",
    "GetKnowledgeBaseSummaryUrlResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseTextResponseModel",
    "GetKnowledgeBaseTextResponseModelContentFormat",
    "GetKnowledgeBaseTextResponseModelSupportedUsagesItem",
    "GetKnowledgeBaseURLResponseModel",
    "GetKnowledgeBaseUrlResponseModel",
    "GetKnowledgeBaseUrlResponseModelContentFormat",
    "GetKnowledgeBaseUrlResponseModelSupportedUsagesItem",
    "GetLibraryVoicesResponse",
    "GetLibraryVoicesResponseModel",
    "GetLiveCountResponse",
    "GetOrCreateRAGIndexRequestModel",
    "GetOrCreateRagIndexRequestModel",
    "GetPhoneNumberExotelResponseModel",
    "GetPhoneNumberInboundSIPTrunkConfigResponseModel",
    "GetPhoneNumberInboundSIPTrunkConfigResponseModelAttributesToHeaders",
    "GetPhoneNumberInboundSipTrunkConfigResponseModel",
    "GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders",
    "GetPhoneNumberInboundSipTrunkConfigResponseModelMediaEncryption",
    "GetPhoneNumberOutboundSIPTrunkConfigResponseModel",
    "GetPhoneNumberOutboundSIPTrunkConfigResponseModelAttributesToHeaders",
    "GetPhoneNumberOutboundSIPTrunkConfigResponseModelHeaders",
    "GetPhoneNumberOutboundSipTrunkConfigResponseModel",
    "GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders",
    "GetPhoneNumberOutboundSipTrunkConfigResponseModelEnabledCodecsItem",
    "GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders",
    "GetPhoneNumberOutboundSipTrunkConfigResponseModelMediaEncryption",
    "GetPhoneNumberOutboundSipTrunkConfigResponseModelTransport",
    "GetPhoneNumberSIPTrunkResponseModel",
    "GetPhoneNumberSipTrunkResponseModel",
    "GetPhoneNumberSipTrunkResponseModelLivekitStack",
    "GetPhoneNumberTwilioResponseModel",
    "GetProjectsResponse",
    "GetProjectsResponseModel",
    "GetPronunciationDictionariesMetadataResponseModel",
    "GetPronunciationDictionaryMetadataResponse",
    "GetPronunciationDictionaryMetadataResponseModel",
    "GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0",
    "GetPronunciationDictionaryMetadataResponsePermissionOnResource",
    "GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0",
    "GetPronunciationDictionaryWithRulesResponseModel",
    "GetPronunciationDictionaryWithRulesResponseModelPermissionOnResource",
    "GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0",
    "GetPronunciationDictionaryWithRulesResponseModelRulesItem",
    "GetPronunciationDictionaryWithRulesResponseModelRulesItem_Alias",
    "GetPronunciationDictionaryWithRulesResponseModelRulesItem_Phoneme",
    "GetResponseUnitTestResponseModel",
    "GetResponseUnitTestResponseModelConversationInitiationSource",
    "GetResponseUnitTestResponseModelDynamicVariables",
    "GetSIPLogMessagesResponse",
    "GetScheduleParams",
    "GetSecretDependenciesResponseModel",
    "GetSecretDependenciesResponseModelDependenciesItem",
    "GetSimulationTestResponseModel",
    "GetSimulationTestResponseModelConversationInitiationSource",
    "GetSimulationTestResponseModelDynamicVariables",
    "GetSimulationTestResponseModelEvaluationModel",
    "GetSimulationTestResponseModelSimulatedUserModel",
    "GetSimulationTestResponseModelToolMockOverrides",
    "GetSipLogMessagesResponse",
    "GetSpeechHistoryResponse",
    "GetSpeechHistoryResponseModel",
    "GetTestInvocationsPageResponseModel",
    "GetTestSuiteInvocationResponseModel",
    "GetTestSuiteInvocationResponseModelBucketingStatus",
    "GetTestsPageResponseModel",
    "GetTestsSummariesByIdsResponseModel",
    "GetTestsSummariesByIdsResponseModelTests",
    "GetToolCallUnitTestResponseModel",
    "GetToolCallUnitTestResponseModelConversationInitiationSource",
    "GetToolCallUnitTestResponseModelDynamicVariables",
    "GetToolDependentAgentsResponseModel",
    "GetToolDependentAgentsResponseModelAgentsItem",
    "GetToolDependentAgentsResponseModelAgentsItem_Available",
    "GetToolDependentAgentsResponseModelAgentsItem_Unknown",
    "GetToolExecutionsPageResponseModel",
    "GetVoiceAccentsResponseModel",
    "GetVoicesResponse",
    "GetVoicesResponseModel",
    "GetVoicesV2Response",
    "GetVoicesV2ResponseModel",
    "GetWhatsAppAccountResponse",
    "GetWorkspaceSecretsResponseModel",
    "GptImage1Request",
    "GptImage1RequestAspectRatio",
    "GptImage1RequestBackground",
    "GptImage1RequestQuality",
    "GptImage2Request",
    "GptImage2RequestAspectRatio",
    "GptImage2RequestQuality",
    "GptImage2RequestResolution",
    "GptImage15Request",
    "GptImage15RequestAspectRatio",
    "GptImage15RequestBackground",
    "GptImage15RequestQuality",
    "GroupManagementActivityId",
    "GuardrailExecutionMode",
    "GuardrailType",
    "GuardrailsV1",
    "GuardrailsV1Input",
    "GuardrailsV1Output",
    "HTTPValidationError",
    "HistoryAlignmentResponseModel",
    "HistoryAlignmentsResponseModel",
    "HistoryDownloadResponse400",
    "HistoryListRequestSortDirection",
    "HistoryListRequestSource",
    "HtmlExportOptions",
    "HttpRequestModel",
    "HttpValidationError",
    "Icon",
    "ImageAnalysis",
    "ImageAnalysisResult",
    "ImageAnalysisStatus",
    "ImageAnalysisStatusType0",
    "ImageAvatar",
    "ImageGenerationRequest",
    "ImageGenerationRequest_BytedanceSeedream5Lite",
    "ImageGenerationRequest_BytedanceSeedream5Pro",
    "ImageGenerationRequest_Gemini3ProImage",
    "ImageGenerationRequest_Gemini25FlashImage",
    "ImageGenerationRequest_Gemini31FlashImage",
    "ImageGenerationRequest_Gemini31FlashLiteImage",
    "ImageGenerationRequest_GptImage1",
    "ImageGenerationRequest_GptImage2",
    "ImageGenerationRequest_GptImage15",
    "ImageListRequestStatus",
    "ImageReference",
    "ImageReference_Asset",
    "ImageReference_Generation",
    "ImageReference_InlineBase64",
    "ImageSubject",
    "InboundSIPTrunkConfigRequestModel",
    "InboundSIPTrunkConfigRequestModelAttributesToHeaders",
    "InboundSipTrunkConfigRequestModel",
    "InboundSipTrunkConfigRequestModelAttributesToHeaders",
    "InitPayload",
    "InitialiseContext",
    "InitializeConnection",
    "InitializeConnectionMulti",
    "InlineAudioReference",
    "InlineAudioReferenceMimeType",
    "InlineImageReference",
    "InlineImageReferenceMimeType",
    "InlineVideoReference",
    "InlineVideoReferenceMimeType",
    "InputAudioChunkPayload",
    "IntegrationType",
    "InteractionBudget",
    "InternalAlertingWebhookNotifier",
    "InternalTentativeAgentResponse",
    "InternalTentativeAgentResponseTentativeAgentResponseInternalEvent",
    "Interruption",
    "InterruptionInterruptionEvent",
    "InviteUserRequest",
    "InvoiceResponse",
    "InvoiceResponseModel",
    "InvoiceResponseModelPaymentIntentStatusType0",
    "InvoiceResponseModelPaymentIntentStatussesItemType0",
    "InvoiceResponsePaymentIntentStatus",
    "InvoiceResponsePaymentIntentStatusType0",
    "InvoiceResponsePaymentIntentStatussesItem",
    "InvoiceResponsePaymentIntentStatussesItemType0",
    "ItemId",
    "IvcCreateRequestLabels",
    "KbExternalSyncJob",
    "KbExternalSyncJobStatus",
    "KbExternalSyncJobSyncType",
    "KbExternalSyncJobTriggeredBy",
    "KbExternalSyncJobType",
    "KeepContextAlive",
    "KnowledgeBaseBulkDeleteSuccessfulResponseModel",
    "KnowledgeBaseContentSearchResponseModel",
    "KnowledgeBaseContentSearchResult",
    "KnowledgeBaseContentSearchResultDocument",
    "KnowledgeBaseContentSearchResultDocument_File",
    "KnowledgeBaseContentSearchResultDocument_Folder",
    "KnowledgeBaseContentSearchResultDocument_Text",
    "KnowledgeBaseContentSearchResultDocument_Url",
    "KnowledgeBaseDeletedResponseModel",
    "KnowledgeBaseDependentType",
    "KnowledgeBaseDocumentChunkResponseModel",
    "KnowledgeBaseDocumentChunksResponseModel",
    "KnowledgeBaseDocumentMetadataResponseModel",
    "KnowledgeBaseDocumentType",
    "KnowledgeBaseFolderPathSegmentResponseModel",
    "KnowledgeBaseFolderPathSegmentSummaryResponseModel",
    "KnowledgeBaseGetOrCreateRagIndexesResponseValue",
    "KnowledgeBaseGetOrCreateRagIndexesResponseValue_Failure",
    "KnowledgeBaseGetOrCreateRagIndexesResponseValue_Success",
    "KnowledgeBaseLocator",
    "KnowledgeBaseLocatorType",
    "KnowledgeBaseLocatorUsageMode",
    "KnowledgeBaseRagChunkModel",
    "KnowledgeBaseRagToolConfig",
    "KnowledgeBaseRagToolResultModel",
    "KnowledgeBaseRagToolResultModelStatus",
    "KnowledgeBaseRagToolStatus",
    "KnowledgeBaseSortBy",
    "KnowledgeBaseSourceFileUrlResponseModel",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModel",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModelData",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModelData_File",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModelData_Folder",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModelData_Text",
    "KnowledgeBaseSummaryBatchSuccessfulResponseModelData_Url",
    "KnowledgeBaseToolConfig",
    "KnowledgeBaseToolConfigEnabledStrategiesItem",
    "KnowledgeBaseToolInfo",
    "KnowledgeBaseToolResultModel",
    "KnowledgeBaseToolResultModelStatus",
    "KnowledgeBaseToolStatus",
    "LLMCategoryUsage",
    "LLMDeprecationConfigModel",
    "LLMDeprecationInfoModel",
    "LLMInfoModelInput",
    "LLMInfoModelOutput",
    "LLMInputOutputTokensUsage",
    "LLMListResponseModelInput",
    "LLMListResponseModelOutput",
    "LLMLiteralJsonSchemaProperty",
    "LLMLiteralJsonSchemaPropertyTypeType0",
    "LLMParameterEvaluationStrategy",
    "LLMReasoningEffort",
    "LLMSchemaOverride",
    "LLMTokensCategoryUsage",
    "LLMUsage",
    "LLMUsageCalculatorLLMResponseModel",
    "LLMUsageCalculatorPublicRequestModel",
    "LLMUsageCalculatorRequestModel",
    "LLMUsageCalculatorResponseModel",
    "LLMUsageModelUsage",
    "LLMUsageOutput",
    "LLMUsageOutputModelUsage",
    "LanguageAddedResponse",
    "LanguageDetectionToolConfig",
    "LanguageDetectionToolResultModel",
    "LanguageInfo",
    "LanguagePairInfo",
    "LanguagePresetInput",
    "LanguagePresetOutput",
    "LanguagePresetTranslation",
    "LanguageResponse",
    "LanguageResponseModel",
    "LanguagesResponse",
    "LanguagesResponse_Pair",
    "LanguagesResponse_Single",
    "LeaveMessageParams",
    "LibraryVoiceResponse",
    "LibraryVoiceResponseCategory",
    "LibraryVoiceResponseCategoryType0",
    "LibraryVoiceResponseModel",
    "LibraryVoiceResponseModelCategoryType0",
    "ListAgentProceduresParams",
    "ListAgentReferencesParams",
    "ListAgentRulesParams",
    "ListAssetsParams",
    "ListAssetsParamsListKwargs",
    "ListAuthConnectionsResponse",
    "ListAuthConnectionsResponseAuthConnectionsItem",
    "ListAuthConnectionsResponseAuthConnectionsItem_ApiIntegrationOauth2AuthCode",
    "ListAuthConnectionsResponseAuthConnectionsItem_ApiIntegrationOauth2CustomApp",
    "ListAuthConnectionsResponseAuthConnectionsItem_BasicAuth",
    "ListAuthConnectionsResponseAuthConnectionsItem_BearerAuth",
    "ListAuthConnectionsResponseAuthConnectionsItem_CustomHeaderAuth",
    "ListAuthConnectionsResponseAuthConnectionsItem_Mtls",
    "ListAuthConnectionsResponseAuthConnectionsItem_Oauth2ClientCredentials",
    "ListAuthConnectionsResponseAuthConnectionsItem_Oauth2Jwt",
    "ListAuthConnectionsResponseAuthConnectionsItem_PrivateKeyJwt",
    "ListAuthConnectionsResponseAuthConnectionsItem_RefreshTokenAuth",
    "ListAuthConnectionsResponseAuthConnectionsItem_SlackBotAuth",
    "ListAuthConnectionsResponseAuthConnectionsItem_UrlSecret",
    "ListAuthConnectionsResponseAuthConnectionsItem_WhatsappAuth",
    "ListCalendarEventsParams",
    "ListClientInteractionsParams",
    "ListClientsParams",
    "ListCrawlJobsResponseModel",
    "ListCustomerFacingAgentsParams",
    "ListGroupSessionsParams",
    "ListHolidaysParams",
    "ListLocationsParams",
    "ListMCPToolsResponseModel",
    "ListMcpToolsResponseModel",
    "ListOrdersResponse",
    "ListProceduresResponseModel",
    "ListProductsParams",
    "ListProductsParamsListKwargs",
    "ListResponseAgentBranchSummary",
    "ListResponseMeta",
    "ListServicesParams",
    "ListServicesParamsListKwargs",
    "ListSimilarVoicesRequest",
    "ListSpeechEnginesResponse",
    "ListStaffParams",
    "ListStaffParamsListKwargs",
    "ListTestsByIdsRequestModel",
    "ListTransferRulesParams",
    "ListWhatsAppAccountsResponse",
    "LiteralJsonSchemaProperty",
    "LiteralJsonSchemaPropertyConstantValue",
    "LiteralJsonSchemaPropertyType",
    "LivekitStackType",
    "Llm",
    "LlmCategoryUsage",
    "LlmDeprecationConfigModel",
    "LlmDeprecationInfoModel",
    "LlmDeprecationInfoModelLlm",
    "LlmDeprecationInfoModelReplacementModel",
    "LlmInfoModel",
    "LlmInfoModelInput",
    "LlmInfoModelInputAvailableReasoningEffortsItem",
    "LlmInfoModelInputLlm",
    "LlmInfoModelOutput",
    "LlmInputOutputTokensUsage",
    "LlmListResponseModel",
    "LlmListResponseModelInput",
    "LlmListResponseModelOutput",
    "LlmLiteralJsonSchemaProperty",
    "LlmLiteralJsonSchemaPropertyType",
    "LlmLiteralJsonSchemaPropertyTypeType0",
    "LlmLiteralJsonSchemaPropertyTypeZero",
    "LlmParameterEvaluationStrategy",
    "LlmReasoningEffort",
    "LlmSchemaOverride",
    "LlmTokensCategoryUsage",
    "LlmUsageCalculatorLlmResponseModel",
    "LlmUsageCalculatorLlmResponseModelLlm",
    "LlmUsageCalculatorPublicRequestModel",
    "LlmUsageCalculatorRequestModel",
    "LlmUsageCalculatorResponseModel",
    "LlmUsageInput",
    "LlmUsageInputModelUsage",
    "LlmUsageOutput",
    "LlmUsageOutputModelUsage",
    "LoadMemoryEntryToolErrorStatus",
    "LoadableMemoryEntry",
    "LockReason",
    "MCPApprovalPolicy",
    "MCPApprovalPolicyUpdateRequestModel",
    "MCPServerConfigInput",
    "MCPServerConfigInputRequestHeaders",
    "MCPServerConfigInputRequestMeta",
    "MCPServerConfigOutput",
    "MCPServerConfigOutputRequestHeaders",
    "MCPServerConfigOutputRequestMeta",
    "MCPServerConfigUpdateRequestModel",
    "MCPServerConfigUpdateRequestModelRequestHeadersType0",
    "MCPServerConfigUpdateRequestModelRequestMetaType0",
    "MCPServerMetadataResponseModel",
    "MCPServerRequestModel",
    "MCPServerResponseModel",
    "MCPServerTransport",
    "MCPServersResponseModel",
    "MCPToolAddApprovalRequestModel",
    "MCPToolAddApprovalRequestModelInputSchema",
    "MCPToolApprovalHash",
    "MCPToolApprovalPolicy",
    "MCPToolConfigInput",
    "MCPToolConfigInputInputOverridesType0",
    "MCPToolConfigInputMcpInputSchemaType0",
    "MCPToolConfigOutput",
    "MCPToolConfigOutputInputOverridesType0",
    "MCPToolConfigOutputMcpInputSchemaType0",
    "MCPToolConfigOverrideCreateRequestModel",
    "MCPToolConfigOverrideCreateRequestModelInputOverridesType0",
    "MCPToolConfigOverrideInput",
    "MCPToolConfigOverrideInputInputOverridesType0",
    "MCPToolConfigOverrideOutput",
    "MCPToolConfigOverrideOutputInputOverridesType0",
    "MCPToolConfigOverrideUpdateRequestModel",
    "MCPToolConfigOverrideUpdateRequestModelInputOverridesType0",
    "MTLSAuthResponse",
    "ManualSource",
    "ManualVerificationFileResponse",
    "ManualVerificationFileResponseModel",
    "ManualVerificationResponse",
    "ManualVerificationResponseModel",
    "MatchAnythingParameterEvaluationStrategy",
    "McpApprovalPolicy",
    "McpApprovalPolicyUpdateRequestModel",
    "McpServerConfig",
    "McpServerConfigInput",
    "McpServerConfigInputAuthConnection",
    "McpServerConfigInputRequestHeaders",
    "McpServerConfigInputRequestHeadersValue",
    "McpServerConfigInputRequestMeta",
    "McpServerConfigInputRequestMetaValue",
    "McpServerConfigInputSecretToken",
    "McpServerConfigInputUrl",
    "McpServerConfigOutput",
    "McpServerConfigOutputApprovalPolicy",
    "McpServerConfigOutputAuthConnection",
    "McpServerConfigOutputExecutionMode",
    "McpServerConfigOutputInterruptionMode",
    "McpServerConfigOutputPreToolSpeech",
    "McpServerConfigOutputRequestHeaders",
    "McpServerConfigOutputRequestHeadersValue",
    "McpServerConfigOutputRequestMeta",
    "McpServerConfigOutputRequestMetaValue",
    "McpServerConfigOutputSecretToken",
    "McpServerConfigOutputToolCallSound",
    "McpServerConfigOutputToolCallSoundBehavior",
    "McpServerConfigOutputTransport",
    "McpServerConfigOutputUrl",
    "McpServerConfigUpdateRequestModel",
    "McpServerConfigUpdateRequestModelAuthConnection",
    "McpServerConfigUpdateRequestModelRequestHeaders",
    "McpServerConfigUpdateRequestModelRequestHeadersType0",
    "McpServerConfigUpdateRequestModelRequestHeadersValue",
    "McpServerConfigUpdateRequestModelRequestMeta",
    "McpServerConfigUpdateRequestModelRequestMetaType0",
    "McpServerConfigUpdateRequestModelRequestMetaValue",
    "McpServerMetadataResponseModel",
    "McpServerRequestModel",
    "McpServerResponseModel",
    "McpServerResponseModelDependentAgentsItem",
    "McpServerResponseModelDependentAgentsItem_Available",
    "McpServerResponseModelDependentAgentsItem_Unknown",
    "McpServerTransport",
    "McpServersResponseModel",
    "McpToolAddApprovalRequestModel",
    "McpToolAddApprovalRequestModelInputSchema",
    "McpToolApprovalHash",
    "McpToolApprovalHashApprovalPolicy",
    "McpToolApprovalPolicy",
    "McpToolConfigInput",
    "McpToolConfigInputInputOverrides",
    "McpToolConfigInputInputOverridesType0",
    "McpToolConfigInputInputOverridesValue",
    "McpToolConfigInputInputOverridesValue_Constant",
    "McpToolConfigInputInputOverridesValue_DynamicVariable",
    "McpToolConfigInputInputOverridesValue_Llm",
    "McpToolConfigInputInputOverridesValue_Omit",
    "McpToolConfigInputMcpInputSchema",
    "McpToolConfigInputMcpInputSchemaType0",
    "McpToolConfigOutput",
    "McpToolConfigOutputApprovalPolicy",
    "McpToolConfigOutputExecutionMode",
    "McpToolConfigOutputInputOverrides",
    "McpToolConfigOutputInputOverridesType0",
    "McpToolConfigOutputInputOverridesValue",
    "McpToolConfigOutputInputOverridesValue_Constant",
    "McpToolConfigOutputInputOverridesValue_DynamicVariable",
    "McpToolConfigOutputInputOverridesValue_Llm",
    "McpToolConfigOutputInputOverridesValue_Omit",
    "McpToolConfigOutputIntegrationType",
    "McpToolConfigOutputInterruptionMode",
    "McpToolConfigOutputMcpInputSchema",
    "McpToolConfigOutputMcpInputSchemaType0",
    "McpToolConfigOutputPreToolSpeech",
    "McpToolConfigOutputToolCallSound",
    "McpToolConfigOutputToolCallSoundBehavior",
    "McpToolConfigOutputToolErrorHandlingMode",
    "McpToolConfigOverride",
    "McpToolConfigOverrideCreateRequestModel",
    "McpToolConfigOverrideCreateRequestModelInputOverrides",
    "McpToolConfigOverrideCreateRequestModelInputOverridesType0",
    "McpToolConfigOverrideCreateRequestModelInputOverridesValue",
    "McpToolConfigOverrideCreateRequestModelInputOverridesValue_Constant",
    "McpToolConfigOverrideCreateRequestModelInputOverridesValue_DynamicVariable",
    "McpToolConfigOverrideCreateRequestModelInputOverridesValue_Llm",
    "McpToolConfigOverrideCreateRequestModelInputOverridesValue_Omit",
    "McpToolConfigOverrideCreateRequestModelToolCallSound",
    "McpToolConfigOverrideInput",
    "McpToolConfigOverrideInputInputOverrides",
    "McpToolConfigOverrideInputInputOverridesType0",
    "McpToolConfigOverrideInputInputOverridesValue",
    "McpToolConfigOverrideInputInputOverridesValue_Constant",
    "McpToolConfigOverrideInputInputOverridesValue_DynamicVariable",
    "McpToolConfigOverrideInputInputOverridesValue_Llm",
    "McpToolConfigOverrideInputInputOverridesValue_Omit",
    "McpToolConfigOverrideInputToolCallSound",
    "McpToolConfigOverrideOutput",
    "McpToolConfigOverrideOutputExecutionMode",
    "McpToolConfigOverrideOutputInputOverrides",
    "McpToolConfigOverrideOutputInputOverridesType0",
    "McpToolConfigOverrideOutputInputOverridesValue",
    "McpToolConfigOverrideOutputInputOverridesValue_Constant",
    "McpToolConfigOverrideOutputInputOverridesValue_DynamicVariable",
    "McpToolConfigOverrideOutputInputOverridesValue_Llm",
    "McpToolConfigOverrideOutputInputOverridesValue_Omit",
    "McpToolConfigOverrideOutputInterruptionMode",
    "McpToolConfigOverrideOutputPreToolSpeech",
    "McpToolConfigOverrideOutputToolCallSoundBehavior",
    "McpToolConfigOverrideUpdateRequestModel",
    "McpToolConfigOverrideUpdateRequestModelInputOverrides",
    "McpToolConfigOverrideUpdateRequestModelInputOverridesType0",
    "McpToolConfigOverrideUpdateRequestModelInputOverridesValue",
    "McpToolConfigOverrideUpdateRequestModelInputOverridesValue_Constant",
    "McpToolConfigOverrideUpdateRequestModelInputOverridesValue_DynamicVariable",
    "McpToolConfigOverrideUpdateRequestModelInputOverridesValue_Llm",
    "McpToolConfigOverrideUpdateRequestModelInputOverridesValue_Omit",
    "McpToolConfigOverrideUpdateRequestModelToolCallSound",
    "MediaCodec",
    "MediaGenerationCompletedResponse",
    "MediaGenerationCreateResponse",
    "MediaGenerationFailedResponse",
    "MediaGenerationFailedResponseFailureReason",
    "MediaGenerationFailedResponseFailureReasonType0",
    "MediaGenerationInProgressResponse",
    "MediaGenerationInProgressResponseStatus",
    "MediaGenerationInProgressResponseStatusType0",
    "MediaGenerationListResponse",
    "MediaGenerationResponse",
    "MediaGenerationResponse_Completed",
    "MediaGenerationResponse_Failed",
    "MediaGenerationResponse_Generating",
    "MediaGenerationResponse_Pending",
    "MediaId",
    "MemoryEntrySearchResult",
    "MemoryEntrySearchResultSource",
    "MemoryEntrySearchResultSource_Conversation",
    "MemoryEntrySearchResultSource_Manual",
    "MergePreviewResponseModel",
    "MergePreviewResponseModelPhoneNumbersItem",
    "MergePreviewResponseModelPhoneNumbersItem_Exotel",
    "MergePreviewResponseModelPhoneNumbersItem_SipTrunk",
    "MergePreviewResponseModelPhoneNumbersItem_Twilio",
    "MessageSearchSortBy",
    "MessagesSearchResponse",
    "MessagesSearchResult",
    "MessagesTextSearchRequestExcludeStatusesItem",
    "MessagesTextSearchRequestSummaryMode",
    "MetricRecord",
    "MetricType",
    "MockNoMatchBehavior",
    "MockingStrategy",
    "Model",
    "ModelRatesResponseModel",
    "ModelResponseModel",
    "ModelSettingsResponseModel",
    "ModerationConfig",
    "ModerationGuardrail",
    "ModerationGuardrailInput",
    "ModerationGuardrailOutput",
    "ModerationGuardrailOutputExecutionMode",
    "MtlsAuthResponse",
    "MtlsAuthResponseStatus",
    "MultichannelSpeechToTextResponseModel",
    "MultimodalMessage",
    "MultimodalMessageFile",
    "MultipartMusicResponse",
    "MusicAllowedOutputFormats",
    "MusicComposeDetailedOutputFormatOfTheGeneratedAudio",
    "MusicComposeDetailedRequestOutputFormat",
    "MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio",
    "MusicComposeDetailedStreamRequestOutputFormat",
    "MusicComposeOutputFormatOfTheGeneratedAudio",
    "MusicComposeRequestOutputFormat",
    "MusicExploreSongSourceContext",
    "MusicFinetuneFailureReason",
    "MusicFinetunePageResponseModel",
    "MusicFinetuneResponseModel",
    "MusicFinetuneResponseModelCreatedBy",
    "MusicFinetuneResponseModelFailureReason",
    "MusicFinetuneResponseModelStatus",
    "MusicFinetuneResponseModelVisibility",
    "MusicFinetuneStatus",
    "MusicFinetunesListSort",
    "MusicFinetunesListSortDirection",
    "MusicGenerationMode",
    "MusicModelID",
    "MusicModelId",
    "MusicOnlyOutputFormats",
    "MusicOutputFormat",
    "MusicPrompt",
    "MusicSeparateStemsRequestStemVariationId",
    "MusicStreamOutputFormatOfTheGeneratedAudio",
    "MusicStreamRequestOutputFormat",
    "MusicUploadRequestExtractCompositionPlan",
    "MusicUploadResponse",
    "MusicUploadResponseCompositionPlan",
    "NonStreamingOutputFormats",
    "NormalizedAlignment",
    "NumericDistributionAggregate",
    "OAuth2ClientCredsResponse",
    "OAuth2ClientCredsResponseCustomHeaders",
    "OAuth2ClientCredsResponseExtraParams",
    "OAuth2ClientCredsResponseStatus",
    "OAuth2JWTResponse",
    "OAuth2JWTResponseAlgorithmType0",
    "OAuth2JWTResponseExtraParams",
    "OAuth2JWTResponseTokenResponseFieldType0",
    "OAuth2JwtResponse",
    "OAuth2JwtResponseAlgorithm",
    "OAuth2JwtResponseAlgorithmType0",
    "OAuth2JwtResponseExtraParams",
    "OAuth2JwtResponseStatus",
    "OAuth2JwtResponseTokenResponseField",
    "OAuth2JwtResponseTokenResponseFieldType0",
    "ObjectJsonSchemaPropertyInput",
    "ObjectJsonSchemaPropertyInputConstantValue",
    "ObjectJsonSchemaPropertyInputConstantValueType0",
    "ObjectJsonSchemaPropertyInputProperties",
    "ObjectJsonSchemaPropertyInputPropertiesValue",
    "ObjectJsonSchemaPropertyInputPropertyKind",
    "ObjectJsonSchemaPropertyOutput",
    "ObjectJsonSchemaPropertyOutputConstantValue",
    "ObjectJsonSchemaPropertyOutputConstantValueType0",
    "ObjectJsonSchemaPropertyOutputProperties",
    "ObjectJsonSchemaPropertyOutputPropertiesValue",
    "OmitSchemaOverride",
    "OpenerConfig",
    "OptInSmsReminderParams",
    "OptOutSmsReminderParams",
    "OrbAvatar",
    "OrchestratorToolMockBehaviorConfig",
    "OrchestratorToolMockBehaviorConfigFallbackStrategy",
    "OrchestratorToolMockBehaviorConfigMockingStrategy",
    "OrderDeliverablesResponse",
    "OrderId",
    "OrderItemInfo",
    "OrderItemKind",
    "OrderItemRequest",
    "OrderItemRequestInput",
    "OrderItemRequestInput_Dub",
    "OrderItemRequestInput_Subtitles",
    "OrderItemRequestInput_Transcription",
    "OrderItemRequestOutput",
    "OrderItemRequestOutput_Dub",
    "OrderItemRequestOutput_Subtitles",
    "OrderItemRequestOutput_Transcription",
    "OrderMediaResponse",
    "OrderResponse",
    "OrderResponseState",
    "OrderState",
    "OrderSummary",
    "OrderSummaryState",
    "OutboundCallRecipient",
    "OutboundCallRecipientResponseModel",
    "OutboundCallRecipientResponseModelStatus",
    "OutboundSIPTrunkConfigRequestModel",
    "OutboundSIPTrunkConfigRequestModelAttributesToHeaders",
    "OutboundSIPTrunkConfigRequestModelHeaders",
    "OutboundSipTrunkConfigRequestModel",
    "OutboundSipTrunkConfigRequestModelAttributesToHeaders",
    "OutboundSipTrunkConfigRequestModelHeaders",
    "OutputFormat",
    "PairedLanguagesResponse",
    "PartialTranscriptPayload",
    "PatchAgentConversationTicketRequestModel",
    "PatchConvAIDashboardSettingsRequest",
    "PatchConvAISettingsRequest",
    "PatchConvAiDashboardSettingsRequest",
    "PatchConvAiDashboardSettingsRequestChartsItem",
    "PatchConvAiDashboardSettingsRequestChartsItem_CallSuccess",
    "PatchConvAiDashboardSettingsRequestChartsItem_Criteria",
    "PatchConvAiDashboardSettingsRequestChartsItem_DataCollection",
    "PatchConvAiSettingsRequest",
    "PatchConversationTagRequestModel",
    "PatchWorkspaceSecretRequest",
    "PatchWorkspaceWebhookResponseModel",
    "PdfExportOptions",
    "PendingBlocksMetadataModel",
    "PendingCancellationResponseModel",
    "PendingClipTask",
    "PendingClipTaskMetadata",
    "PendingClipTaskType",
    "PendingClipTaskTypeType0",
    "PendingExternalAudiosMetadataModel",
    "PendingSubscriptionSwitchResponseModel",
    "PendingSubscriptionSwitchResponseModelNextBillingPeriod",
    "PendingSubscriptionSwitchResponseModelNextTier",
    "PendingSubscriptionSwitchResponseModelNextTierType0",
    "PermissionType",
    "PhoneNumberAgentInfo",
    "PhoneNumberDynamicVariableTransferDestination",
    "PhoneNumberTransfer",
    "PhoneNumberTransferCustomSipHeadersItem",
    "PhoneNumberTransferCustomSipHeadersItem_Dynamic",
    "PhoneNumberTransferCustomSipHeadersItem_Static",
    "PhoneNumberTransferDestination",
    "PhoneNumberTransferPostDialDigits",
    "PhoneNumberTransferPostDialDigits_Dynamic",
    "PhoneNumberTransferPostDialDigits_Static",
    "PhoneNumberTransferTransferDestination",
    "PhoneNumberTransferTransferDestination_Phone",
    "PhoneNumberTransferTransferDestination_PhoneDynamicVariable",
    "PhoneNumberTransferTransferDestination_SipUri",
    "PhoneNumberTransferTransferDestination_SipUriDynamicVariable",
    "PhoneNumberTransferTransferType",
    "PhoneNumbersCreateRequestBody",
    "PhoneNumbersCreateRequestBody_Exotel",
    "PhoneNumbersCreateRequestBody_SipTrunk",
    "PhoneNumbersCreateRequestBody_Twilio",
    "PhoneNumbersGetResponse",
    "PhoneNumbersGetResponse_Exotel",
    "PhoneNumbersGetResponse_SipTrunk",
    "PhoneNumbersGetResponse_Twilio",
    "PhoneNumbersListResponseItem",
    "PhoneNumbersListResponseItem_Exotel",
    "PhoneNumbersListResponseItem_SipTrunk",
    "PhoneNumbersListResponseItem_Twilio",
    "PhoneNumbersUpdateResponse",
    "PhoneNumbersUpdateResponse_Exotel",
    "PhoneNumbersUpdateResponse_SipTrunk",
    "PhoneNumbersUpdateResponse_Twilio",
    "Ping",
    "PingPayload",
    "PingPingEvent",
    "PlatformCategory",
    "PlatformCategoryUsage",
    "PlatformUsage",
    "PlatformUsageCategoryUsage",
    "PlayDTMFResultErrorModel",
    "PlayDTMFResultSuccessModel",
    "PlayDTMFToolConfig",
    "PlayDtmfResultErrorModel",
    "PlayDtmfResultSuccessModel",
    "PlayDtmfToolConfig",
    "PodcastBulletinMode",
    "PodcastBulletinModeData",
    "PodcastConversationMode",
    "PodcastConversationModeData",
    "PodcastProjectResponseModel",
    "PodcastTextSource",
    "PodcastURLSource",
    "PodcastUrlSource",
    "Pong",
    "PongPayload",
    "PositionInput",
    "PositionOutput",
    "PostAgentAvatarResponseModel",
    "PostDialDigitsDynamicVariable",
    "PostDialDigitsStatic",
    "PostWorkspaceSecretRequest",
    "PostWorkspaceSecretResponseModel",
    "PreToolSpeechMode",
    "PreviewAudioDBModel",
    "PreviewAudioDbModel",
    "Price",
    "PriceCurrency",
    "PrivacyConfig",
    "PrivacyConfigInput",
    "PrivacyConfigOutput",
    "PrivateKeyJWTResponse",
    "PrivateKeyJWTResponseAlgorithmType0",
    "PrivateKeyJWTResponseExtraParams",
    "PrivateKeyJwtResponse",
    "PrivateKeyJwtResponseAlgorithm",
    "PrivateKeyJwtResponseAlgorithmType0",
    "PrivateKeyJwtResponseExtraParams",
    "PrivateKeyJwtResponseStatus",
    "ProcedureAtVersion",
    "ProcedureAtVersionInput",
    "ProcedureAtVersionOutput",
    "ProcedureAtVersionOutputType",
    "ProcedureAtVersionResponseModel",
    "ProcedureAtVersionResponseModelType",
    "ProcedureDraftResponseModel",
    "ProcedureDraftResponseModelType",
    "ProcedureListItemResponseModel",
    "ProcedureListItemResponseModelType",
    "ProcedureRefResponseModel",
    "ProcedureType",
    "ProcedureValidationError",
    "ProcedureVersionRef",
    "ProjectCreateRequestModelId",
    "ProjectCreationMetaResponseModel",
    "ProjectCreationMetaResponseModelStatus",
    "ProjectCreationMetaResponseModelStatusType0",
    "ProjectCreationMetaResponseModelType",
    "ProjectCreationMetaType",
    "ProjectExtendedResponse",
    "ProjectExtendedResponseAccessLevel",
    "ProjectExtendedResponseAccessLevelType0",
    "ProjectExtendedResponseApplyTextNormalization",
    "ProjectExtendedResponseApplyTextNormalizationType0",
    "ProjectExtendedResponseAspectRatio",
    "ProjectExtendedResponseAspectRatioType0",
    "ProjectExtendedResponseAssetsItem",
    "ProjectExtendedResponseAssetsItem_Audio",
    "ProjectExtendedResponseAssetsItem_Image",
    "ProjectExtendedResponseAssetsItem_Video",
    "ProjectExtendedResponseCaptionStyleTemplateOverrides",
    "ProjectExtendedResponseCaptionStyleTemplateOverridesType0",
    "ProjectExtendedResponseExperimental",
    "ProjectExtendedResponseFiction",
    "ProjectExtendedResponseFictionType0",
    "ProjectExtendedResponseModel",
    "ProjectExtendedResponseModelAccessLevelType0",
    "ProjectExtendedResponseModelApplyTextNormalizationType0",
    "ProjectExtendedResponseModelAspectRatioType0",
    "ProjectExtendedResponseModelCaptionStyleTemplateOverridesType0",
    "ProjectExtendedResponseModelExperimental",
    "ProjectExtendedResponseModelFictionType0",
    "ProjectExtendedResponseModelSourceTypeType0",
    "ProjectExtendedResponseModelStateType0",
    "ProjectExtendedResponseModelTargetAudienceType0",
    "ProjectExtendedResponseQualityPreset",
    "ProjectExtendedResponseSourceType",
    "ProjectExtendedResponseSourceTypeType0",
    "ProjectExtendedResponseState",
    "ProjectExtendedResponseStateType0",
    "ProjectExtendedResponseTargetAudience",
    "ProjectExtendedResponseTargetAudienceType0",
    "ProjectExternalAudioResponseModel",
    "ProjectExternalAudioResponseModelSourceContext",
    "ProjectExternalAudioResponseModelSourceContext_MusicExploreSong",
    "ProjectExternalAudioResponseModelSourceContext_Sfx",
    "ProjectExternalAudioResponseModelSourceContext_Song",
    "ProjectImageResponseModel",
    "ProjectListRequestSortDirection",
    "ProjectMutedTracksResponseModel",
    "ProjectResponse",
    "ProjectResponseAccessLevel",
    "ProjectResponseAccessLevelType0",
    "ProjectResponseAspectRatio",
    "ProjectResponseAspectRatioType0",
    "ProjectResponseCaptionStyleTemplateOverrides",
    "ProjectResponseCaptionStyleTemplateOverridesType0",
    "ProjectResponseFiction",
    "ProjectResponseFictionType0",
    "ProjectResponseModel",
    "ProjectResponseModelAccessLevelType0",
    "ProjectResponseModelAspectRatioType0",
    "ProjectResponseModelCaptionStyleTemplateOverridesType0",
    "ProjectResponseModelFictionType0",
    "ProjectResponseModelSourceTypeType0",
    "ProjectResponseModelStateType0",
    "ProjectResponseModelTargetAudienceType0",
    "ProjectResponseSourceType",
    "ProjectResponseSourceTypeType0",
    "ProjectResponseState",
    "ProjectResponseStateType0",
    "ProjectResponseTargetAudience",
    "ProjectResponseTargetAudienceType0",
    "ProjectSnapshotExtendedResponseModel",
    "ProjectSnapshotExtendedResponseModelAudioUpload",
    "ProjectSnapshotExtendedResponseModelAudioUploadType0",
    "ProjectSnapshotExtendedResponseModelZipUpload",
    "ProjectSnapshotExtendedResponseModelZipUploadType0",
    "ProjectSnapshotResponse",
    "ProjectSnapshotResponseAudioUpload",
    "ProjectSnapshotResponseAudioUploadType0",
    "ProjectSnapshotResponseModel",
    "ProjectSnapshotResponseModelAudioUploadType0",
    "ProjectSnapshotResponseModelZipUploadType0",
    "ProjectSnapshotResponseZipUpload",
    "ProjectSnapshotResponseZipUploadType0",
    "ProjectSnapshotsResponse",
    "ProjectSnapshotsResponseModel",
    "ProjectVideoResponseModel",
    "ProjectVideoThumbnailSheetResponseModel",
    "ProjectVoiceResponseModel",
    "ProjectsCreateRequestApplyTextNormalization",
    "ProjectsCreateRequestFiction",
    "ProjectsCreateRequestSourceType",
    "ProjectsCreateRequestTargetAudience",
    "PromptAgentAPIModelInput",
    "PromptAgentAPIModelOutput",
    "PromptAgentAPIModelOverride",
    "PromptAgentAPIModelOverrideConfig",
    "PromptAgentAPIModelOverrideInput",
    "PromptAgentAPIModelOverrideOutput",
    "PromptAgentAPIModelWorkflowOverrideInput",
    "PromptAgentAPIModelWorkflowOverrideOutput",
    "PromptAgentApiModelInput",
    "PromptAgentApiModelInputBackupLlmConfig",
    "PromptAgentApiModelInputBackupLlmConfig_Default",
    "PromptAgentApiModelInputBackupLlmConfig_Disabled",
    "PromptAgentApiModelInputBackupLlmConfig_Override",
    "PromptAgentApiModelInputToolsItem",
    "PromptAgentApiModelInputToolsItem_ApiIntegrationWebhook",
    "PromptAgentApiModelInputToolsItem_Client",
    "PromptAgentApiModelInputToolsItem_Mcp",
    "PromptAgentApiModelInputToolsItem_Smb",
    "PromptAgentApiModelInputToolsItem_System",
    "PromptAgentApiModelInputToolsItem_Webhook",
    "PromptAgentApiModelOutput",
    "PromptAgentApiModelOutputBackupLlmConfig",
    "PromptAgentApiModelOutputBackupLlmConfig_Default",
    "PromptAgentApiModelOutputBackupLlmConfig_Disabled",
    "PromptAgentApiModelOutputBackupLlmConfig_Override",
    "PromptAgentApiModelOutputLlm",
    "PromptAgentApiModelOutputReasoningEffort",
    "PromptAgentApiModelOutputToolsItem",
    "PromptAgentApiModelOutputToolsItem_ApiIntegrationWebhook",
    "PromptAgentApiModelOutputToolsItem_Client",
    "PromptAgentApiModelOutputToolsItem_Mcp",
    "PromptAgentApiModelOutputToolsItem_Smb",
    "PromptAgentApiModelOutputToolsItem_System",
    "PromptAgentApiModelOutputToolsItem_Webhook",
    "PromptAgentApiModelOverride",
    "PromptAgentApiModelOverrideConfig",
    "PromptAgentApiModelOverrideInput",
    "PromptAgentApiModelOverrideLlm",
    "PromptAgentApiModelOverrideOutput",
    "PromptAgentApiModelWorkflowOverrideInput",
    "PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig",
    "PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig_Default",
    "PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig_Disabled",
    "PromptAgentApiModelWorkflowOverrideInputBackupLlmConfig_Override",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem_ApiIntegrationWebhook",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem_Client",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem_Mcp",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem_Smb",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem_System",
    "PromptAgentApiModelWorkflowOverrideInputToolsItem_Webhook",
    "PromptAgentApiModelWorkflowOverrideOutput",
    "PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig",
    "PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig_Default",
    "PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig_Disabled",
    "PromptAgentApiModelWorkflowOverrideOutputBackupLlmConfig_Override",
    "PromptAgentApiModelWorkflowOverrideOutputLlm",
    "PromptAgentApiModelWorkflowOverrideOutputReasoningEffort",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem_ApiIntegrationWebhook",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem_Client",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem_Mcp",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem_Smb",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem_System",
    "PromptAgentApiModelWorkflowOverrideOutputToolsItem_Webhook",
    "PromptEvaluationCriteria",
    "PromptEvaluationCriteriaLlm",
    "PromptEvaluationCriteriaScope",
    "PromptEvaluationCriteriaScoringMode",
    "PromptInjectionGuardrail",
    "PronunciationDictionariesCreateFromFileRequestWorkspaceAccess",
    "PronunciationDictionariesListRequestSort",
    "PronunciationDictionariesListSort",
    "PronunciationDictionariesListSortType0",
    "PronunciationDictionary",
    "PronunciationDictionaryAliasRuleRequestModel",
    "PronunciationDictionaryAliasRuleResponseModel",
    "PronunciationDictionaryLocator",
    "PronunciationDictionaryLocatorResponseModel",
    "PronunciationDictionaryPhonemeRuleRequestModel",
    "PronunciationDictionaryPhonemeRuleResponseModel",
    "PronunciationDictionaryRulesItem",
    "PronunciationDictionaryRulesItem_Alias",
    "PronunciationDictionaryRulesItem_Phoneme",
    "PronunciationDictionaryRulesResponseModel",
    "PronunciationDictionaryVersionLocator",
    "PronunciationDictionaryVersionLocatorDBModel",
    "PronunciationDictionaryVersionLocatorModel",
    "PronunciationDictionaryVersionLocatorRequestModel",
    "PronunciationDictionaryVersionResponseModel",
    "PronunciationDictionaryVersionResponseModelPermissionOnResource",
    "PronunciationDictionaryVersionResponseModelPermissionOnResourceType0",
    "PydanticPronunciationDictionaryVersionLocator",
    "QualityPresetType",
    "QueryParamsJsonSchema",
    "QueryParamsJsonSchemaProperties",
    "QuoteInfo",
    "RAGDocumentIndexResponseModel",
    "RAGDocumentIndexUsage",
    "RAGDocumentIndexesResponseModel",
    "RAGIndexBatchSuccessfulResponseModel",
    "RAGIndexOverviewEmbeddingModelResponseModel",
    "RAGIndexOverviewResponseModel",
    "RAGIndexRequestModel",
    "RAGIndexStatus",
    "RagChunkMetadata",
    "RagConfig",
    "RagConfigInput",
    "RagConfigOutput",
    "RagConfigOutputEmbeddingModel",
    "RagConfigWorkflowOverride",
    "RagConfigWorkflowOverrideInput",
    "RagConfigWorkflowOverrideOutput",
    "RagConfigWorkflowOverrideOutputEmbeddingModel",
    "RagDocumentIndexResponseModel",
    "RagDocumentIndexResponseModelModel",
    "RagDocumentIndexResponseModelStatus",
    "RagDocumentIndexUsage",
    "RagDocumentIndexesResponseModel",
    "RagIndexBatchSuccessfulResponseModel",
    "RagIndexOverviewEmbeddingModelResponseModel",
    "RagIndexOverviewEmbeddingModelResponseModelModel",
    "RagIndexOverviewResponseModel",
    "RagIndexRequestModel",
    "RagIndexStatus",
    "RagRetrievalInfo",
    "RagRetrievalInfoEmbeddingModel",
    "ReadLegalTerms",
    "ReadMetadataChapterDBModel",
    "ReadMetadataChapterDbModel",
    "ReaderResourceResponseModel",
    "ReaderResourceResponseModelResourceType",
    "ReaderResourceResponseModelResourceTypeType0",
    "RealtimeVoiceSettings",
    "RecordingResponse",
    "RecordingResponseModel",
    "ReferenceVideo",
    "ReferencedToolCommonModel",
    "ReferencedToolCommonModelType",
    "ReferencedToolCommonModelTypeType0",
    "RefreshTokenAuthResponse",
    "RefreshTokenAuthResponseExtraParams",
    "RefreshTokenAuthResponseStatus",
    "RegexParameterEvaluationStrategy",
    "RegionConfigRequest",
    "RegionalProcessingSurchargeInfo",
    "RegisterForGroupSessionParams",
    "RegisterMediaResponse",
    "RemoveOrderItemResponse",
    "RemovePronunciationDictionaryRulesRequest",
    "Render",
    "RenderStatus",
    "RenderStatusType0",
    "RenderType",
    "ReplicateVoiceToIsolatedEnvironmentRequestModel",
    "ReplicateVoiceToIsolatedEnvironmentResponseModel",
    "ReportKnowledgeGapParams",
    "RequestPVCManualVerificationResponseModel",
    "RequestPvcManualVerificationResponseModel",
    "RequiredConstraint",
    "RequiredConstraints",
    "ResourceAccessInfo",
    "ResourceAccessInfoAccessSource",
    "ResourceAccessInfoAccessSourceType0",
    "ResourceAccessInfoAnonymousAccessLevelOverride",
    "ResourceAccessInfoAnonymousAccessLevelOverrideType0",
    "ResourceAccessInfoRole",
    "ResourceAccessInfoRoleType0",
    "ResourceMetadataResponseModel",
    "ResourceMetadataResponseModelAnonymousAccessLevelOverride",
    "ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0",
    "ResourceMetadataResponseModelResourceType",
    "ResourceMetadataResponseModelRoleToGroupIds",
    "ResponseConversationErrorType",
    "ResponseFilter",
    "ResponseFilterMode",
    "ResponseUnitTestModel",
    "ResponseUnitTestModelConversationInitiationSource",
    "ResponseUnitTestModelDynamicVariables",
    "RestoreCalendarEventParams",
    "ResubmitTestsRequestModel",
    "RetryTriggerAction",
    "ReviewResponseModel",
    "ReviewResponseModelRejectReasonsItem",
    "ReviewResponseModelRejectReasonsType0Item",
    "ReviewResponseModelRejectReasonsType0ItemType0",
    "ReviewResponseModelReviewStatus",
    "ReviewResponseModelReviewStatusType0",
    "ReviewResponseModelScoresBreakdown",
    "ReviewResponseModelScoresBreakdownType0",
    "RunAgentTestsRequestModel",
    "RunConversationEvaluationsRequest",
    "RunSubagentToolConfigInput",
    "RunSubagentToolConfigOutput",
    "SFXModelId",
    "SIPLogMessage",
    "SIPLogMessageDirection",
    "SIPMediaEncryptionEnum",
    "SIPTrunkCredentialsRequestModel",
    "SIPTrunkOutboundCallResponse",
    "SIPTrunkTransportEnum",
    "SIPUriDynamicVariableTransferDestination",
    "SIPUriTransferDestination",
    "SMBClientAccessConfig",
    "SMBToolConfig",
    "SMSConversationInfo",
    "SMSConversationInfoDirection",
    "SafetyCommonModel",
    "SafetyCommonModelInput",
    "SafetyCommonModelOutput",
    "SafetyEvaluation",
    "SafetyResponseModel",
    "SafetyRule",
    "SampleConfigDBModel",
    "SampleConfigDBModelParentTypeType0",
    "SampleConfigDbModel",
    "SampleConfigDbModelParentType",
    "SampleConfigDbModelParentTypeType0",
    "SampleResponseModel",
    "SayNodeLiteralMessageInput",
    "SayNodeLiteralMessageInputTextTranslations",
    "SayNodeLiteralMessageOutput",
    "SayNodeLiteralMessageOutputTextTranslations",
    "SayNodePromptMessageInput",
    "SayNodePromptMessageOutput",
    "ScheduleGroupSessionParams",
    "ScimGroupResponseModel",
    "ScimGroupResponseModelSeatType",
    "ScopedAnalysisResult",
    "ScopedAnalysisResultDataCollectionResults",
    "ScopedAnalysisResultEvaluationCriteriaResults",
    "ScribeAuthErrorPayload",
    "ScribeChunkSizeExceededErrorPayload",
    "ScribeErrorPayload",
    "ScribeInputErrorPayload",
    "ScribeInsufficientAudioActivityErrorPayload",
    "ScribeQueueOverflowErrorPayload",
    "ScribeQuotaExceededErrorPayload",
    "ScribeRateLimitedErrorPayload",
    "ScribeResourceExhaustedErrorPayload",
    "ScribeSessionTimeLimitExceededErrorPayload",
    "ScribeThrottledErrorPayload",
    "ScribeTranscriberErrorPayload",
    "ScribeUnacceptedTermsErrorPayload",
    "SearchClientsParams",
    "SearchHighlightSegment",
    "SearchStrategy",
    "SeatType",
    "SecretDependencyResourceType",
    "SecretDependencyType",
    "SectionSource",
    "SegmentCreatePayload",
    "SegmentCreatePayloadTranslations",
    "SegmentCreatePayloadTranslationsType0",
    "SegmentCreateResponse",
    "SegmentDeleteResponse",
    "SegmentDubResponse",
    "SegmentMigrationResponse",
    "SegmentSubtitleFrame",
    "SegmentTranscriptionResponse",
    "SegmentTranslationResponse",
    "SegmentUpdatePayload",
    "SegmentUpdateResponse",
    "SegmentedJsonExportOptions",
    "SendText",
    "SendTextMulti",
    "SentimentAggregate",
    "SentimentAnalysisSettings",
    "SessionStartedPayload",
    "SessionStartedPayloadConfig",
    "SetBookingSlugParams",
    "SeverityId",
    "SfxModelId",
    "SfxSourceContext",
    "SfxSourceContextGenerationConfig",
    "SfxSourceContextGenerationConfigType0",
    "ShareOptionResponseModel",
    "ShareOptionResponseModelType",
    "ShareOptionResponseModelTypeType0",
    "SimilarVoice",
    "SimilarVoiceCategory",
    "SimilarVoicesForSpeakerResponse",
    "SimulationLibrarySettings",
    "SimulationTestModel",
    "SimulationTestModelConversationInitiationSource",
    "SimulationTestModelDynamicVariables",
    "SimulationTestModelEvaluationModel",
    "SimulationTestModelSimulatedUserModel",
    "SimulationTestModelToolMockOverrides",
    "SimulationToolMockBehaviorConfig",
    "SimulationToolMockBehaviorConfigFallbackStrategy",
    "SimulationToolMockBehaviorConfigMockingStrategy",
    "SingleLanguagesResponse",
    "SingleTestRunRequestModel",
    "SingleUseTokenResponseModel",
    "SingleUseTokenType",
    "SipLogMessage",
    "SipLogMessageDirection",
    "SipMediaEncryptionEnum",
    "SipTrunkCredentialsRequestModel",
    "SipTrunkOutboundCallResponse",
    "SipTrunkTransportEnum",
    "SipUriDynamicVariableTransferDestination",
    "SipUriTransferDestination",
    "SkipTurnToolConfig",
    "SkipTurnToolResponseModel",
    "SlackBotAuthResponse",
    "SlackBotAuthResponseStatus",
    "SmbClientAccessConfig",
    "SmbToolConfig",
    "SmbToolConfigInterruptionMode",
    "SmbToolConfigParams",
    "SmbToolConfigParams_CancelCalendarEvent",
    "SmbToolConfigParams_CancelGroupSessionForAll",
    "SmbToolConfigParams_CancelGroupSessionRegistration",
    "SmbToolConfigParams_CheckServiceAvailability",
    "SmbToolConfigParams_CreateAgentProcedure",
    "SmbToolConfigParams_CreateAgentRule",
    "SmbToolConfigParams_CreateAsset",
    "SmbToolConfigParams_CreateClient",
    "SmbToolConfigParams_CreateClientAppointment",
    "SmbToolConfigParams_CreateClientInteraction",
    "SmbToolConfigParams_CreateHoliday",
    "SmbToolConfigParams_CreateLocation",
    "SmbToolConfigParams_CreateProduct",
    "SmbToolConfigParams_CreateService",
    "SmbToolConfigParams_CreateStaff",
    "SmbToolConfigParams_CreateTransferRule",
    "SmbToolConfigParams_DeleteAgentProcedure",
    "SmbToolConfigParams_DeleteAgentRule",
    "SmbToolConfigParams_DeleteAsset",
    "SmbToolConfigParams_DeleteCalendarEvent",
    "SmbToolConfigParams_DeleteClient",
    "SmbToolConfigParams_DeleteClientInteraction",
    "SmbToolConfigParams_DeleteGroupSession",
    "SmbToolConfigParams_DeleteHoliday",
    "SmbToolConfigParams_DeleteLocation",
    "SmbToolConfigParams_DeleteProduct",
    "SmbToolConfigParams_DeleteService",
    "SmbToolConfigParams_DeleteStaff",
    "SmbToolConfigParams_DeleteTransferRule",
    "SmbToolConfigParams_GetAnalyticsSummary",
    "SmbToolConfigParams_GetAppointmentByConfirmationNumber",
    "SmbToolConfigParams_GetBookingPageSettings",
    "SmbToolConfigParams_GetBookingSlugStatus",
    "SmbToolConfigParams_GetClientAppointments",
    "SmbToolConfigParams_GetClientByPhone",
    "SmbToolConfigParams_GetSchedule",
    "SmbToolConfigParams_LeaveMessage",
    "SmbToolConfigParams_ListAgentProcedures",
    "SmbToolConfigParams_ListAgentReferences",
    "SmbToolConfigParams_ListAgentRules",
    "SmbToolConfigParams_ListAssets",
    "SmbToolConfigParams_ListCalendarEvents",
    "SmbToolConfigParams_ListClientInteractions",
    "SmbToolConfigParams_ListClients",
    "SmbToolConfigParams_ListCustomerFacingAgents",
    "SmbToolConfigParams_ListGroupSessions",
    "SmbToolConfigParams_ListHolidays",
    "SmbToolConfigParams_ListLocations",
    "SmbToolConfigParams_ListProducts",
    "SmbToolConfigParams_ListServices",
    "SmbToolConfigParams_ListStaff",
    "SmbToolConfigParams_ListTransferRules",
    "SmbToolConfigParams_OptInSmsReminder",
    "SmbToolConfigParams_OptOutSmsReminder",
    "SmbToolConfigParams_RegisterForGroupSession",
    "SmbToolConfigParams_ReportKnowledgeGap",
    "SmbToolConfigParams_RestoreCalendarEvent",
    "SmbToolConfigParams_ScheduleGroupSession",
    "SmbToolConfigParams_SearchClients",
    "SmbToolConfigParams_SetBookingSlug",
    "SmbToolConfigParams_SubmitBusinessInfo",
    "SmbToolConfigParams_TriggerUserVerification",
    "SmbToolConfigParams_UpdateAgentProcedure",
    "SmbToolConfigParams_UpdateAgentRule",
    "SmbToolConfigParams_UpdateAsset",
    "SmbToolConfigParams_UpdateBookingPageAppearance",
    "SmbToolConfigParams_UpdateBookingPageSettings",
    "SmbToolConfigParams_UpdateBusinessInfo",
    "SmbToolConfigParams_UpdateCalendarEvent",
    "SmbToolConfigParams_UpdateClient",
    "SmbToolConfigParams_UpdateCustomerFacingConfig",
    "SmbToolConfigParams_UpdateGroupSessionSeats",
    "SmbToolConfigParams_UpdateHoliday",
    "SmbToolConfigParams_UpdateLocation",
    "SmbToolConfigParams_UpdateProduct",
    "SmbToolConfigParams_UpdateService",
    "SmbToolConfigParams_UpdateStaff",
    "SmbToolConfigParams_UpdateTransferRule",
    "SmbToolConfigParams_ValidateUserVerificationCode",
    "SmbToolConfigPreToolSpeech",
    "SmbToolConfigToolCallSound",
    "SmbToolConfigToolCallSoundBehavior",
    "SmbToolConfigToolErrorHandlingMode",
    "SmsConversationInfo",
    "SmsConversationInfoDirection",
    "SoftTimeoutConfig",
    "SoftTimeoutConfigOverride",
    "SoftTimeoutConfigOverrideConfig",
    "SoftTimeoutConfigWorkflowOverride",
    "SongMetadata",
    "SongSection",
    "SongSourceContext",
    "SongSourceContextGenerationSettings",
    "SongSourceContextGenerationSettingsType0",
    "SortDirection",
    "SpeakerAudioResponseModel",
    "SpeakerCreatedResponse",
    "SpeakerResponseModel",
    "SpeakerSegment",
    "SpeakerSegmentDubs",
    "SpeakerSeparationResponseModel",
    "SpeakerSeparationResponseModelSpeakers",
    "SpeakerSeparationResponseModelSpeakersType0",
    "SpeakerSeparationResponseModelStatus",
    "SpeakerSeparationResponseModelStatusType0",
    "SpeakerTrack",
    "SpeakerTrackVoices",
    "SpeakerUpdatedResponse",
    "SpeechEngineConfig",
    "SpeechEngineConfigRequestHeaders",
    "SpeechEngineConfigRequestHeadersValue",
    "SpeechEngineConversationInitiationClientDataConfig",
    "SpeechEngineResponse",
    "SpeechEngineSummaryResponse",
    "SpeechHistoryItemResponse",
    "SpeechHistoryItemResponseModel",
    "SpeechHistoryItemResponseModelSettings",
    "SpeechHistoryItemResponseModelSource",
    "SpeechHistoryItemResponseModelVoiceCategory",
    "SpeechHistoryItemResponseSource",
    "SpeechHistoryItemResponseVoiceCategory",
    "SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio",
    "SpeechToSpeechConvertRequestFileFormat",
    "SpeechToSpeechConvertRequestOutputFormat",
    "SpeechToSpeechRequest",
    "SpeechToSpeechRequestFileFormat",
    "SpeechToSpeechRequestFileFormatType0",
    "SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio",
    "SpeechToSpeechStreamRequest",
    "SpeechToSpeechStreamRequestFileFormat",
    "SpeechToSpeechStreamRequestFileFormatType0",
    "SpeechToSpeechStreamRequestOutputFormat",
    "SpeechToTextCharacterResponseModel",
    "SpeechToTextChunkResponseModel",
    "SpeechToTextConvertRequestFileFormat",
    "SpeechToTextConvertRequestModelId",
    "SpeechToTextConvertRequestMultichannelOutputStyle",
    "SpeechToTextConvertRequestTimestampsGranularity",
    "SpeechToTextConvertRequestWebhookMetadata",
    "SpeechToTextConvertResponse",
    "SpeechToTextWebhookResponseModel",
    "SpeechToTextWordResponseModel",
    "SpeechToTextWordResponseModelType",
    "SpeechToTextWordResponseModelTypeType0",
    "SpellingPatience",
    "SrtExportOptions",
    "StartPVCVoiceTrainingResponseModel",
    "StartProcedureToolConfig",
    "StartProcedureToolConfigInput",
    "StartProcedureToolConfigInputProcedures",
    "StartProcedureToolConfigOutput",
    "StartProcedureToolConfigOutputProcedures",
    "StartProcedureToolErrorStatus",
    "StartPvcVoiceTrainingResponseModel",
    "StartSpeakerSeparationResponseModel",
    "StaticAssetReference",
    "StatusId",
    "StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel",
    "StreamingAudioChunkWithTimestampsResponse",
    "StreamingAudioChunkWithTimestampsResponseModel",
    "StudioAgentSettingsModel",
    "StudioAgentSettingsModelToolSettings",
    "StudioAgentToolSettingsModel",
    "StudioClipReference",
    "StudioClipReferenceClipType",
    "StudioClipReferenceClipTypeType0",
    "StudioTextStyleOutlineModel",
    "StudioTextStyleShadowModel",
    "SubAgentInput",
    "SubAgentOutput",
    "SubagentRunResultDetails",
    "SubmitBusinessInfoParams",
    "SubmitOrderResponse",
    "SubmitOrderResponseState",
    "Subscription",
    "SubscriptionBillingPeriod",
    "SubscriptionCharacterRefreshPeriod",
    "SubscriptionCurrency",
    "SubscriptionPendingChange",
    "SubscriptionPendingChange_Cancellation",
    "SubscriptionPendingChange_Change",
    "SubscriptionResponse",
    "SubscriptionResponseBillingPeriod",
    "SubscriptionResponseCharacterRefreshPeriod",
    "SubscriptionResponseCurrency",
    "SubscriptionResponseModel",
    "SubscriptionResponseStatus",
    "SubscriptionStatus",
    "SubscriptionStatusType",
    "SubtitleOrderItemRequest",
    "SuggestedAudioTag",
    "SummariesGetResponseValue",
    "SummariesGetResponseValue_Failure",
    "SummariesGetResponseValue_Success",
    "SupportedVoice",
    "SupportedVoiceModelFamily",
    "SupportedVoiceOptimizeStreamingLatency",
    "SystemEvaluationCriteria",
    "SystemToolConfigInput",
    "SystemToolConfigInputParams",
    "SystemToolConfigInputParams_EndCall",
    "SystemToolConfigInputParams_EndProcedure",
    "SystemToolConfigInputParams_KnowledgeBase",
    "SystemToolConfigInputParams_KnowledgeBaseRag",
    "SystemToolConfigInputParams_LanguageDetection",
    "SystemToolConfigInputParams_PlayKeypadTouchTone",
    "SystemToolConfigInputParams_RunSubagent",
    "SystemToolConfigInputParams_SkipTurn",
    "SystemToolConfigInputParams_StartProcedure",
    "SystemToolConfigInputParams_TransferToAgent",
    "SystemToolConfigInputParams_TransferToNumber",
    "SystemToolConfigInputParams_VoicemailDetection",
    "SystemToolConfigOutput",
    "SystemToolConfigOutputInterruptionMode",
    "SystemToolConfigOutputParams",
    "SystemToolConfigOutputParams_EndCall",
    "SystemToolConfigOutputParams_EndProcedure",
    "SystemToolConfigOutputParams_KnowledgeBase",
    "SystemToolConfigOutputParams_KnowledgeBaseRag",
    "SystemToolConfigOutputParams_LanguageDetection",
    "SystemToolConfigOutputParams_PlayKeypadTouchTone",
    "SystemToolConfigOutputParams_RunSubagent",
    "SystemToolConfigOutputParams_SkipTurn",
    "SystemToolConfigOutputParams_StartProcedure",
    "SystemToolConfigOutputParams_TransferToAgent",
    "SystemToolConfigOutputParams_TransferToNumber",
    "SystemToolConfigOutputParams_VoicemailDetection",
    "SystemToolConfigOutputPreToolSpeech",
    "SystemToolConfigOutputToolCallSound",
    "SystemToolConfigOutputToolCallSoundBehavior",
    "SystemToolConfigOutputToolErrorHandlingMode",
    "TTSConversationalConfigInput",
    "TTSConversationalConfigOutput",
    "TTSConversationalConfigOverride",
    "TTSConversationalConfigOverrideConfig",
    "TTSConversationalConfigWorkflowOverrideInput",
    "TTSConversationalConfigWorkflowOverrideOutput",
    "TTSConversationalModel",
    "TTSModelFamily",
    "TTSOptimizeStreamingLatency",
    "TTSOutputFormat",
    "TelephonyCallConfig",
    "TelephonyDirection",
    "TelephonyProvider",
    "TestConditionRationaleCommonModel",
    "TestConditionResultCommonModel",
    "TestConditionResultCommonModelResult",
    "TestFromConversationMetadataInput",
    "TestFromConversationMetadataOutput",
    "TestInvocationSummaryResponseModel",
    "TestRunMetadata",
    "TestRunMetadataTestType",
    "TestRunMetadataTestTypeType0",
    "TestRunResultBucket",
    "TestRunResultBucketStatus",
    "TestRunResultSummary",
    "TestRunStatus",
    "TestSharingMode",
    "TestToolResultModel",
    "TestType",
    "TestsCreateRequestBody",
    "TestsCreateRequestBody_Llm",
    "TestsCreateRequestBody_Simulation",
    "TestsCreateRequestBody_Tool",
    "TestsFeatureUsageCommonModel",
    "TestsGetResponse",
    "TestsGetResponse_Llm",
    "TestsGetResponse_Simulation",
    "TestsGetResponse_Tool",
    "TestsListRequestSortMode",
    "TestsUpdateRequestBody",
    "TestsUpdateRequestBody_Llm",
    "TestsUpdateRequestBody_Simulation",
    "TestsUpdateRequestBody_Tool",
    "TestsUpdateResponse",
    "TestsUpdateResponse_Llm",
    "TestsUpdateResponse_Simulation",
    "TestsUpdateResponse_Tool",
    "TextNormalisationType",
    "TextToDialogueConvertOutputFormatOfTheGeneratedAudio",
    "TextToDialogueConvertRequestOutputFormat",
    "TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio",
    "TextToDialogueConvertWithTimestampsRequestOutputFormat",
    "TextToSpeechApplyTextNormalizationEnum",
    "TextToSpeechConvertOutputFormatOfTheGeneratedAudio",
    "TextToSpeechConvertRequestOutputFormat",
    "TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio",
    "TextToSpeechConvertWithTimestampsRequestOutputFormat",
    "TextToSpeechGenerationRequest",
    "TextToSpeechGenerationRequest_ElevenFlashV25",
    "TextToSpeechGenerationRequest_ElevenMultilingualV2",
    "TextToSpeechGenerationRequest_ElevenV3",
    "TextToSpeechListRequestStatus",
    "TextToSpeechOutputFormatEnum",
    "TextToSpeechStreamOutputFormatOfTheGeneratedAudio",
    "TextToSpeechStreamRequestOutputFormat",
    "TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio",
    "TextToSpeechStreamWithTimestampsRequestOutputFormat",
    "ThresholdGuardrail",
    "TicketCommentResponseModel",
    "TimeRange",
    "ToDialogueSettingsResponseModel",
    "TokenResponseModel",
    "Tool",
    "ToolAnnotations",
    "ToolCallSoundBehavior",
    "ToolCallSoundType",
    "ToolCallUnitTestModel",
    "ToolCallUnitTestModelConversationInitiationSource",
    "ToolCallUnitTestModelDynamicVariables",
    "ToolErrorHandlingMode",
    "ToolExecution",
    "ToolExecutionMode",
    "ToolExecutionResponseModel",
    "ToolExecutionResponseModelToolCallDetails",
    "ToolExecutionResponseModelToolCallDetails_ApiIntegrationWebhook",
    "ToolExecutionResponseModelToolCallDetails_Client",
    "ToolExecutionResponseModelToolCallDetails_Mcp",
    "ToolExecutionResponseModelToolCallDetails_Webhook",
    "ToolExecutionTaskSupport",
    "ToolExecutionTaskSupportType0",
    "ToolInputschema",
    "ToolInterruptionMode",
    "ToolMeta",
    "ToolMetaType0",
    "ToolMockConfig",
    "ToolOutputSchema",
    "ToolOutputSchemaType0",
    "ToolRequestModel",
    "ToolRequestModelToolConfig",
    "ToolRequestModelToolConfig_Client",
    "ToolRequestModelToolConfig_Mcp",
    "ToolRequestModelToolConfig_System",
    "ToolRequestModelToolConfig_Webhook",
    "ToolResponseMockConfig",
    "ToolResponseMockConfigInput",
    "ToolResponseMockConfigOutput",
    "ToolResponseModel",
    "ToolResponseModelToolConfig",
    "ToolResponseModelToolConfig_Client",
    "ToolResponseModelToolConfig_Mcp",
    "ToolResponseModelToolConfig_System",
    "ToolResponseModelToolConfig_Webhook",
    "ToolSortBy",
    "ToolType",
    "ToolTypeFilter",
    "ToolUsageStatsResponseModel",
    "ToolsResponseModel",
    "TopicDiscoverySettings",
    "TopicEvaluationCriteriaAggregate",
    "TopicMetricsAggregate",
    "TopicSentimentAggregate",
    "TopicSortBy",
    "TranscriptGetRequestFormatType",
    "TranscriptGetResponse",
    "TranscriptMessage",
    "TranscriptionOrderItemRequest",
    "TranscriptionWord",
    "TranscriptionWordType",
    "TranscriptsGetRequestFormatType",
    "TranscriptsGetResponse",
    "TransferBranchInfoDefaultingToMain",
    "TransferBranchInfoTrafficSplit",
    "TransferToAgentToolConfig",
    "TransferToAgentToolConfigInput",
    "TransferToAgentToolConfigOutput",
    "TransferToAgentToolResultErrorModel",
    "TransferToAgentToolResultSuccessModel",
    "TransferToAgentToolResultSuccessModelInput",
    "TransferToAgentToolResultSuccessModelInputBranchInfo",
    "TransferToAgentToolResultSuccessModelInputBranchInfo_DefaultingToMain",
    "TransferToAgentToolResultSuccessModelInputBranchInfo_TrafficSplit",
    "TransferToAgentToolResultSuccessModelOutput",
    "TransferToAgentToolResultSuccessModelOutputBranchInfo",
    "TransferToAgentToolResultSuccessModelOutputBranchInfo_DefaultingToMain",
    "TransferToAgentToolResultSuccessModelOutputBranchInfo_TrafficSplit",
    "TransferToNumberResultErrorModel",
    "TransferToNumberResultExotelSuccessModel",
    "TransferToNumberResultSipSuccessModel",
    "TransferToNumberResultTwilioSuccessModel",
    "TransferToNumberToolConfig",
    "TransferToNumberToolConfigInput",
    "TransferToNumberToolConfigOutput",
    "TransferTypeEnum",
    "TranslatedString",
    "TriggerUserVerificationParams",
    "TriggeredGuardrailCommonModel",
    "TriggeredGuardrailCommonModelGuardrailType",
    "TtsConversationalConfig",
    "TtsConversationalConfigInput",
    "TtsConversationalConfigOutput",
    "TtsConversationalConfigOutputAgentOutputAudioFormat",
    "TtsConversationalConfigOutputModelId",
    "TtsConversationalConfigOutputOptimizeStreamingLatency",
    "TtsConversationalConfigOutputTextNormalisationType",
    "TtsConversationalConfigOverride",
    "TtsConversationalConfigOverrideConfig",
    "TtsConversationalConfigWorkflowOverride",
    "TtsConversationalConfigWorkflowOverrideInput",
    "TtsConversationalConfigWorkflowOverrideOutput",
    "TtsConversationalConfigWorkflowOverrideOutputAgentOutputAudioFormat",
    "TtsConversationalConfigWorkflowOverrideOutputModelId",
    "TtsConversationalConfigWorkflowOverrideOutputOptimizeStreamingLatency",
    "TtsConversationalConfigWorkflowOverrideOutputTextNormalisationType",
    "TtsConversationalModel",
    "TtsModelFamily",
    "TtsOptimizeStreamingLatency",
    "TtsOutputFormat",
    "TtsVoiceSettings",
    "TurnCommentRequestModel",
    "TurnCommentResponseModel",
    "TurnConfig",
    "TurnConfigMode",
    "TurnConfigOverride",
    "TurnConfigOverrideConfig",
    "TurnConfigSpellingPatience",
    "TurnConfigTurnEagerness",
    "TurnConfigTurnModel",
    "TurnConfigWorkflowOverride",
    "TurnConfigWorkflowOverrideMode",
    "TurnConfigWorkflowOverrideSpellingPatience",
    "TurnConfigWorkflowOverrideTurnEagerness",
    "TurnConfigWorkflowOverrideTurnModel",
    "TurnEagerness",
    "TurnMode",
    "TurnModel",
    "TwilioEdgeLocation",
    "TwilioOutboundCallResponse",
    "TwilioRegionId",
    "TxtExportOptions",
    "URLAvatar",
    "UUITransferConfig",
    "UUITransferConfigProtocolDiscriminatorModeType0",
    "UnitTestRunResponseModel",
    "UnitTestRunResponseModelStatus",
    "UnitTestRunResponseModelTestInfo",
    "UnitTestRunResponseModelTestInfo_Llm",
    "UnitTestRunResponseModelTestInfo_Simulation",
    "UnitTestRunResponseModelTestInfo_Tool",
    "UnitTestSummaryResponseModel",
    "UnitTestSummaryResponseModelConversationInitiationSource",
    "UnitTestSummaryResponseModelEntityType",
    "UnitTestSummaryResponseModelType",
    "UnitTestToolCallEvaluationModel",
    "UnitTestToolCallEvaluationModelInput",
    "UnitTestToolCallEvaluationModelOutput",
    "UnitTestToolCallParameter",
    "UnitTestToolCallParameterEval",
    "UnitTestToolCallParameterEval_Anything",
    "UnitTestToolCallParameterEval_Exact",
    "UnitTestToolCallParameterEval_Llm",
    "UnitTestToolCallParameterEval_Regex",
    "UnitTestWorkflowNodeTransitionEvaluationNodeId",
    "UnknownVariant",
    "UpdateAgentProcedureParams",
    "UpdateAgentRequest",
    "UpdateAgentRequestConversationConfig",
    "UpdateAgentRequestConversationConfigType0",
    "UpdateAgentRequestPlatformSettings",
    "UpdateAgentRequestPlatformSettingsType0",
    "UpdateAgentRequestProcedures",
    "UpdateAgentRequestProceduresType0",
    "UpdateAgentRuleParams",
    "UpdateAssetParams",
    "UpdateBasicAuthRequest",
    "UpdateBearerAuthRequest",
    "UpdateBookingPageAppearanceParams",
    "UpdateBookingPageSettingsParams",
    "UpdateBusinessInfoParams",
    "UpdateCalendarEventParams",
    "UpdateClientParams",
    "UpdateCustomerFacingConfigParams",
    "UpdateEnvironmentVariableRequest",
    "UpdateEnvironmentVariableRequestValues",
    "UpdateEnvironmentVariableRequestValuesValue",
    "UpdateGroupSessionSeatsParams",
    "UpdateHolidayParams",
    "UpdateLocationParams",
    "UpdateMemberRequest",
    "UpdateMusicFinetuneRequestModel",
    "UpdateMusicFinetuneRequestModelVisibility",
    "UpdateMusicFinetuneRequestModelVisibilityType0",
    "UpdateOAuth2ClientCredsRequest",
    "UpdateOAuth2ClientCredsRequestCustomHeaders",
    "UpdateOAuth2ClientCredsRequestCustomHeadersType0",
    "UpdateOAuth2ClientCredsRequestExtraParams",
    "UpdateOAuth2ClientCredsRequestExtraParamsType0",
    "UpdateOAuth2JWTRequest",
    "UpdateOAuth2JWTRequestAlgorithmType0",
    "UpdateOAuth2JWTRequestExtraParamsType0",
    "UpdateOAuth2JWTRequestTokenResponseFieldType0",
    "UpdateOAuth2JwtRequest",
    "UpdateOAuth2JwtRequestAlgorithm",
    "UpdateOAuth2JwtRequestAlgorithmType0",
    "UpdateOAuth2JwtRequestExtraParams",
    "UpdateOAuth2JwtRequestExtraParamsType0",
    "UpdateOAuth2JwtRequestTokenResponseField",
    "UpdateOAuth2JwtRequestTokenResponseFieldType0",
    "UpdateOrderRequest",
    "UpdateOrderResponse",
    "UpdatePhoneNumberRequest",
    "UpdateProcedureDraftRequestModel",
    "UpdateProductParams",
    "UpdateResponseUnitTestRequest",
    "UpdateResponseUnitTestRequestDynamicVariables",
    "UpdateServiceParams",
    "UpdateSimulationTestRequest",
    "UpdateSimulationTestRequestDynamicVariables",
    "UpdateSimulationTestRequestToolMockOverrides",
    "UpdateSpeechEngineRequest",
    "UpdateStaffParams",
    "UpdateToolCallUnitTestRequest",
    "UpdateToolCallUnitTestRequestDynamicVariables",
    "UpdateTransferRuleParams",
    "UpdateWhatsAppAccountRequest",
    "UpdateWorkspaceMemberResponseModel",
    "UpsertOrderItemRequest",
    "UpsertOrderItemResponse",
    "UrlAvatar",
    "UrlModel",
    "UrlSecretAuthResponse",
    "UrlSecretAuthResponseStatus",
    "UsageAggregationInterval",
    "UsageCharactersResponseModel",
    "UsageCharactersResponseModelUsage",
    "User",
    "UserAccessManagementActivityId",
    "UserActivity",
    "UserAudioChunk",
    "UserFeedback",
    "UserFeedbackScore",
    "UserMessage",
    "UserModel",
    "UserModelTypeId",
    "UserResponseModel",
    "UserSeatType",
    "UserTranscript",
    "UserTranscriptPayload",
    "UserTranscriptUserTranscriptionEvent",
    "UserTypeId",
    "UsersSortBy",
    "UtteranceResponseModel",
    "UuiTransferConfig",
    "UuiTransferConfigProtocolDiscriminatorMode",
    "UuiTransferConfigProtocolDiscriminatorModeType0",
    "V1HistoryGetParametersSortDirectionSchema",
    "V1HistoryGetParametersSourceSchema",
    "VADConfig",
    "VADConfigWorkflowOverride",
    "VadConfig",
    "VadConfigWorkflowOverride",
    "VadScore",
    "VadScoreVadScoreEvent",
    "ValidateUserVerificationCodeParams",
    "ValidationError",
    "ValidationErrorLocItem",
    "Veo31FastRequest",
    "Veo31FastRequestAspectRatio",
    "Veo31FastRequestDurationSecs",
    "Veo31FastRequestResolution",
    "Veo31Request",
    "Veo31RequestAspectRatio",
    "Veo31RequestDurationSecs",
    "Veo31RequestResolution",
    "VeoImageReference",
    "VeoImageReferenceRole",
    "Verbosity",
    "VerificationAttemptResponse",
    "VerificationAttemptResponseModel",
    "VerifiedVoiceLanguageResponseModel",
    "VerifyPVCVoiceCaptchaResponseModel",
    "VerifyPvcVoiceCaptchaResponseModel",
    "VideoAnalysis",
    "VideoAnalysisResult",
    "VideoAnalysisStatus",
    "VideoAnalysisStatusType0",
    "VideoGenerationRequest",
    "VideoGenerationRequest_BytedanceSeedanceV2",
    "VideoGenerationRequest_BytedanceSeedanceV2Fast",
    "VideoGenerationRequest_BytedanceSeedanceV2Mini",
    "VideoGenerationRequest_BytedanceSeedanceV25",
    "VideoGenerationRequest_CreatifyAurora",
    "VideoGenerationRequest_Veo31FastGenerate001",
    "VideoGenerationRequest_Veo31Generate001",
    "VideoKeyMoment",
    "VideoListRequestStatus",
    "VideoReference",
    "VideoReference_Asset",
    "VideoReference_Generation",
    "VideoReference_InlineBase64",
    "VideoSegment",
    "VideoSubject",
    "VisitedAgentRef",
    "Voice",
    "VoiceAccentResponseModel",
    "VoiceCategory",
    "VoiceCategoryModel",
    "VoiceCategoryType0",
    "VoiceDesignPreviewResponse",
    "VoiceDesignRequest",
    "VoiceDesignRequestModel",
    "VoiceDesignRequestModelModelId",
    "VoiceLabellingStatus",
    "VoiceLabellingStatusType0",
    "VoiceLabels",
    "VoiceMailDetectionResultSuccessModel",
    "VoicePreviewResponseModel",
    "VoicePreviewsRequestModel",
    "VoicePreviewsResponseModel",
    "VoiceRecordingQuality",
    "VoiceRecordingQualityType0",
    "VoiceRemixRequestModel",
    "VoiceResponseModel",
    "VoiceResponseModelCategoryType0",
    "VoiceResponseModelLabellingStatusType0",
    "VoiceResponseModelLabels",
    "VoiceResponseModelRecordingQualityType0",
    "VoiceResponseModelSafetyControlType0",
    "VoiceSafetyControl",
    "VoiceSafetyControlType0",
    "VoiceSample",
    "VoiceSamplePreviewResponseModel",
    "VoiceSampleVisualWaveformResponseModel",
    "VoiceSegment",
    "VoiceSettings",
    "VoiceSettingsModel",
    "VoiceSettingsResponseModel",
    "VoiceSharingModerationCheckResponseModel",
    "VoiceSharingResponse",
    "VoiceSharingResponseCategory",
    "VoiceSharingResponseCategoryType0",
    "VoiceSharingResponseLabels",
    "VoiceSharingResponseModel",
    "VoiceSharingResponseModelCategoryType0",
    "VoiceSharingResponseModelLabels",
    "VoiceSharingResponseModelReviewStatusType0",
    "VoiceSharingResponseModelStatusType0",
    "VoiceSharingResponseReviewStatus",
    "VoiceSharingResponseReviewStatusType0",
    "VoiceSharingResponseStatus",
    "VoiceSharingResponseStatusType0",
    "VoiceStatisticsResponseModel",
    "VoiceVerificationResponse",
    "VoiceVerificationResponseModel",
    "VoicemailDetectionToolConfig",
    "VoicesGetSharedCategory",
    "VoicesGetSharedRequestCategory",
    "VoicesGetSharedRequestSort",
    "VoicesGetSharedSort",
    "VoicesNotPermittedWarning",
    "VoicesUpdateRequestLabels",
    "WebhookAuthMethodType",
    "WebhookEventType",
    "WebhookHMACSettings",
    "WebhookHMACSettingsRequestHeadersType0",
    "WebhookHmacSettings",
    "WebhookHmacSettingsRequestHeaders",
    "WebhookHmacSettingsRequestHeadersType0",
    "WebhookTarget",
    "WebhookTargetAll",
    "WebhookTargetIds",
    "WebhookTarget_All",
    "WebhookTarget_Ids",
    "WebhookToolApiSchemaConfigInput",
    "WebhookToolApiSchemaConfigInputAuthConnection",
    "WebhookToolApiSchemaConfigInputContentType",
    "WebhookToolApiSchemaConfigInputMethod",
    "WebhookToolApiSchemaConfigInputPathParamsSchema",
    "WebhookToolApiSchemaConfigInputRequestHeaders",
    "WebhookToolApiSchemaConfigInputRequestHeadersValue",
    "WebhookToolApiSchemaConfigOutput",
    "WebhookToolApiSchemaConfigOutputAuthConnection",
    "WebhookToolApiSchemaConfigOutputContentType",
    "WebhookToolApiSchemaConfigOutputContentTypeType0",
    "WebhookToolApiSchemaConfigOutputMethod",
    "WebhookToolApiSchemaConfigOutputMethodType0",
    "WebhookToolApiSchemaConfigOutputPathParamsSchema",
    "WebhookToolApiSchemaConfigOutputRequestHeaders",
    "WebhookToolApiSchemaConfigOutputRequestHeadersValue",
    "WebhookToolConfigInput",
    "WebhookToolConfigOutput",
    "WebhookToolConfigOutputExecutionMode",
    "WebhookToolConfigOutputInterruptionMode",
    "WebhookToolConfigOutputPreToolSpeech",
    "WebhookToolConfigOutputToolCallSound",
    "WebhookToolConfigOutputToolCallSoundBehavior",
    "WebhookToolConfigOutputToolErrorHandlingMode",
    "WebhookTranscriptFormat",
    "WebhookUsageType",
    "WebsocketTTSClientMessageMulti",
    "WebsocketTTSServerMessageMulti",
    "WebsocketTtsClientMessageMulti",
    "WebsocketTtsServerMessageMulti",
    "WhatsAppAuthResponse",
    "WhatsAppAuthResponseStatus",
    "WhatsAppConversationInfo",
    "WhatsAppConversationInfoDirection",
    "WhatsAppOutboundCallResponse",
    "WhatsAppOutboundMessageResponse",
    "WhatsAppTemplateBodyComponentParams",
    "WhatsAppTemplateButtonComponentParams",
    "WhatsAppTemplateDocumentParam",
    "WhatsAppTemplateDocumentParamDetails",
    "WhatsAppTemplateHeaderComponentParams",
    "WhatsAppTemplateHeaderComponentParamsParametersItem",
    "WhatsAppTemplateHeaderComponentParamsParametersItem_Document",
    "WhatsAppTemplateHeaderComponentParamsParametersItem_Image",
    "WhatsAppTemplateHeaderComponentParamsParametersItem_Location",
    "WhatsAppTemplateHeaderComponentParamsParametersItem_Text",
    "WhatsAppTemplateImageParam",
    "WhatsAppTemplateImageParamDetails",
    "WhatsAppTemplateLocationParam",
    "WhatsAppTemplateLocationParamDetails",
    "WhatsAppTemplateTextParam",
    "WidgetConfig",
    "WidgetConfigAvatar",
    "WidgetConfigAvatar_Image",
    "WidgetConfigAvatar_Orb",
    "WidgetConfigAvatar_Url",
    "WidgetConfigInput",
    "WidgetConfigInputLanguagePresets",
    "WidgetConfigInputSyntaxHighlightThemeType0",
    "WidgetConfigLanguagePresets",
    "WidgetConfigOutput",
    "WidgetConfigOutputAvatar",
    "WidgetConfigOutputAvatar_Image",
    "WidgetConfigOutputAvatar_Orb",
    "WidgetConfigOutputAvatar_Url",
    "WidgetConfigOutputExpandable",
    "WidgetConfigOutputFeedbackMode",
    "WidgetConfigOutputLanguagePresets",
    "WidgetConfigOutputPlacement",
    "WidgetConfigOutputSyntaxHighlightTheme",
    "WidgetConfigOutputSyntaxHighlightThemeType0",
    "WidgetConfigOutputVariant",
    "WidgetConfigResponse",
    "WidgetConfigResponseAvatar",
    "WidgetConfigResponseAvatar_Image",
    "WidgetConfigResponseAvatar_Orb",
    "WidgetConfigResponseAvatar_Url",
    "WidgetConfigResponseExpandable",
    "WidgetConfigResponseFeedbackMode",
    "WidgetConfigResponseLanguagePresets",
    "WidgetConfigResponseModel",
    "WidgetConfigResponseModelLanguagePresets",
    "WidgetConfigResponseModelSyntaxHighlightThemeType0",
    "WidgetConfigResponsePlacement",
    "WidgetConfigResponseSyntaxHighlightTheme",
    "WidgetConfigResponseSyntaxHighlightThemeType0",
    "WidgetConfigResponseVariant",
    "WidgetConfigSyntaxHighlightTheme",
    "WidgetConfigSyntaxHighlightThemeType0",
    "WidgetEndFeedbackConfig",
    "WidgetEndFeedbackConfigType",
    "WidgetEndFeedbackType",
    "WidgetExpandable",
    "WidgetFeedbackMode",
    "WidgetLanguagePreset",
    "WidgetLanguagePresetResponse",
    "WidgetPlacement",
    "WidgetStyles",
    "WidgetTermsTranslation",
    "WidgetTextContents",
    "WidgetTextContentsTranslation",
    "WidgetTextContentsTranslationSource",
    "WidgetTextContentsTranslationText",
    "WordTimestamp",
    "WorkflowEdgeModelInput",
    "WorkflowEdgeModelInputBackwardCondition",
    "WorkflowEdgeModelInputBackwardCondition_Expression",
    "WorkflowEdgeModelInputBackwardCondition_Llm",
    "WorkflowEdgeModelInputBackwardCondition_Result",
    "WorkflowEdgeModelInputBackwardCondition_Unconditional",
    "WorkflowEdgeModelInputForwardCondition",
    "WorkflowEdgeModelInputForwardCondition_Expression",
    "WorkflowEdgeModelInputForwardCondition_Llm",
    "WorkflowEdgeModelInputForwardCondition_Result",
    "WorkflowEdgeModelInputForwardCondition_Unconditional",
    "WorkflowEdgeModelOutput",
    "WorkflowEdgeModelOutputBackwardCondition",
    "WorkflowEdgeModelOutputBackwardCondition_Expression",
    "WorkflowEdgeModelOutputBackwardCondition_Llm",
    "WorkflowEdgeModelOutputBackwardCondition_Result",
    "WorkflowEdgeModelOutputBackwardCondition_Unconditional",
    "WorkflowEdgeModelOutputForwardCondition",
    "WorkflowEdgeModelOutputForwardCondition_Expression",
    "WorkflowEdgeModelOutputForwardCondition_Llm",
    "WorkflowEdgeModelOutputForwardCondition_Result",
    "WorkflowEdgeModelOutputForwardCondition_Unconditional",
    "WorkflowEndNodeModelInput",
    "WorkflowEndNodeModelOutput",
    "WorkflowExpressionConditionModelInput",
    "WorkflowExpressionConditionModelOutput",
    "WorkflowFeaturesUsageCommonModel",
    "WorkflowLLMConditionModelInput",
    "WorkflowLLMConditionModelOutput",
    "WorkflowLlmConditionModelInput",
    "WorkflowLlmConditionModelOutput",
    "WorkflowOverrideAgentNodeModelInput",
    "WorkflowOverrideAgentNodeModelOutput",
    "WorkflowOverrideAgentNodeModelOutputEntryBehavior",
    "WorkflowPhoneNumberNodeModelInput",
    "WorkflowPhoneNumberNodeModelInputCustomSipHeadersItem",
    "WorkflowPhoneNumberNodeModelInputCustomSipHeadersItem_Dynamic",
    "WorkflowPhoneNumberNodeModelInputCustomSipHeadersItem_Static",
    "WorkflowPhoneNumberNodeModelInputPostDialDigits",
    "WorkflowPhoneNumberNodeModelInputPostDialDigits_Dynamic",
    "WorkflowPhoneNumberNodeModelInputPostDialDigits_Static",
    "WorkflowPhoneNumberNodeModelInputTransferDestination",
    "WorkflowPhoneNumberNodeModelInputTransferDestination_Phone",
    "WorkflowPhoneNumberNodeModelInputTransferDestination_PhoneDynamicVariable",
    "WorkflowPhoneNumberNodeModelInputTransferDestination_SipUri",
    "WorkflowPhoneNumberNodeModelInputTransferDestination_SipUriDynamicVariable",
    "WorkflowPhoneNumberNodeModelOutput",
    "WorkflowPhoneNumberNodeModelOutputCustomSipHeadersItem",
    "WorkflowPhoneNumberNodeModelOutputCustomSipHeadersItem_Dynamic",
    "WorkflowPhoneNumberNodeModelOutputCustomSipHeadersItem_Static",
    "WorkflowPhoneNumberNodeModelOutputPostDialDigits",
    "WorkflowPhoneNumberNodeModelOutputPostDialDigits_Dynamic",
    "WorkflowPhoneNumberNodeModelOutputPostDialDigits_Static",
    "WorkflowPhoneNumberNodeModelOutputTransferDestination",
    "WorkflowPhoneNumberNodeModelOutputTransferDestination_Phone",
    "WorkflowPhoneNumberNodeModelOutputTransferDestination_PhoneDynamicVariable",
    "WorkflowPhoneNumberNodeModelOutputTransferDestination_SipUri",
    "WorkflowPhoneNumberNodeModelOutputTransferDestination_SipUriDynamicVariable",
    "WorkflowPhoneNumberNodeModelOutputTransferType",
    "WorkflowResultConditionModelInput",
    "WorkflowResultConditionModelOutput",
    "WorkflowStandaloneAgentNodeModelInput",
    "WorkflowStandaloneAgentNodeModelOutput",
    "WorkflowStartNodeModelInput",
    "WorkflowStartNodeModelOutput",
    "WorkflowToolEdgeStepModel",
    "WorkflowToolLocator",
    "WorkflowToolLocatorSchemaOverrides",
    "WorkflowToolLocatorSchemaOverridesType0",
    "WorkflowToolLocatorSchemaOverridesValue",
    "WorkflowToolLocatorSchemaOverridesValue_Constant",
    "WorkflowToolLocatorSchemaOverridesValue_DynamicVariable",
    "WorkflowToolLocatorSchemaOverridesValue_Llm",
    "WorkflowToolLocatorSchemaOverridesValue_Omit",
    "WorkflowToolMaxIterationsExceededStepModel",
    "WorkflowToolNestedToolsStepModel",
    "WorkflowToolNestedToolsStepModelInput",
    "WorkflowToolNestedToolsStepModelInputResultsItem",
    "WorkflowToolNestedToolsStepModelOutput",
    "WorkflowToolNestedToolsStepModelOutputResultsItems",
    "WorkflowToolNodeModelInput",
    "WorkflowToolNodeModelOutput",
    "WorkflowToolResponseModel",
    "WorkflowToolResponseModelInput",
    "WorkflowToolResponseModelInputStepsItem",
    "WorkflowToolResponseModelInputStepsItem_Edge",
    "WorkflowToolResponseModelInputStepsItem_MaxIterationsExceeded",
    "WorkflowToolResponseModelInputStepsItem_NestedTools",
    "WorkflowToolResponseModelOutput",
    "WorkflowToolResponseModelOutputStepsItems",
    "WorkflowToolResponseModelOutputStepsItems_Edge",
    "WorkflowToolResponseModelOutputStepsItems_MaxIterationsExceeded",
    "WorkflowToolResponseModelOutputStepsItems_NestedTools",
    "WorkflowUnconditionalModelInput",
    "WorkflowUnconditionalModelOutput",
    "WorkspaceAnalyticsQueryResponseModel",
    "WorkspaceAnalyticsQueryResponseModelColumnTypesItem",
    "WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0",
    "WorkspaceAnalyticsQueryResponseModelColumnUnitsItem",
    "WorkspaceApiKeyListResponseModel",
    "WorkspaceApiKeyResponseModel",
    "WorkspaceApiKeyResponseModelDisableReason",
    "WorkspaceApiKeyResponseModelPermissionsItem",
    "WorkspaceAuditLogEntryResponse",
    "WorkspaceAuditLogEntryResponseActivityId",
    "WorkspaceAuditLogEntryResponseMetadata",
    "WorkspaceAuditLogEntryResponseSeverityId",
    "WorkspaceAuditLogEntryResponseStatusId",
    "WorkspaceAuditLogEntryResponseUnmapped",
    "WorkspaceAuditLogsPageResponse",
    "WorkspaceBatchCallsResponse",
    "WorkspaceCreateApiKeyResponseModel",
    "WorkspaceCreateServiceAccountResponseModel",
    "WorkspaceCreateWebhookResponseModel",
    "WorkspaceGroupByNameResponseModel",
    "WorkspaceGroupPermission",
    "WorkspaceGroupResponseModel",
    "WorkspaceGroupResponseModelPermissionsItem",
    "WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet",
    "WorkspaceMemberResponseModel",
    "WorkspaceMemberResponseModelSeatType",
    "WorkspaceResourceType",
    "WorkspaceServiceAccountListResponseModel",
    "WorkspaceServiceAccountResponseModel",
    "WorkspaceWebhookEventType",
    "WorkspaceWebhookListResponseModel",
    "WorkspaceWebhookResponseModel",
    "WorkspaceWebhookResponseModelAuthType",
    "WorkspaceWebhookResponseModelEventsItem",
    "WorkspaceWebhookUsageResponseModel",
    "WorkspaceWebhookUsageResponseModelUsageType",
    "ZendeskConversationInitiationTrigger",
]
