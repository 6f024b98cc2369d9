"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562 module __getattr__): importing one endpoint or the
client built on it does not load all of them, which keeps importing the client fast.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_config_override_output import AgentConfigOverrideOutput
    from .agent_definition_source import AgentDefinitionSource
    from .agent_metadata import AgentMetadata
    from .async_conversation_metadata import AsyncConversationMetadata
    from .async_conversation_metadata_delivery_status import AsyncConversationMetadataDeliveryStatus
    from .authorization_method import AuthorizationMethod
    from .conversation_charging_common_model import ConversationChargingCommonModel
    from .conversation_config_client_override_output import ConversationConfigClientOverrideOutput
    from .conversation_config_override import ConversationConfigOverride
    from .conversation_deletion_settings import ConversationDeletionSettings
    from .conversation_feedback_type import ConversationFeedbackType
    from .conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
    from .conversation_history_analysis_common_model_data_collection_results import (
        ConversationHistoryAnalysisCommonModelDataCollectionResults,
    )
    from .conversation_history_analysis_common_model_evaluation_criteria_results import (
        ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults,
    )
    from .conversation_history_batch_call_model import ConversationHistoryBatchCallModel
    from .conversation_history_eleven_assistant_common_model import ConversationHistoryElevenAssistantCommonModel
    from .conversation_history_error_common_model import ConversationHistoryErrorCommonModel
    from .conversation_history_evaluation_criteria_result_common_model import (
        ConversationHistoryEvaluationCriteriaResultCommonModel,
    )
    from .conversation_history_feedback_common_model import ConversationHistoryFeedbackCommonModel
    from .conversation_history_metadata_common_model import ConversationHistoryMetadataCommonModel
    from .conversation_history_multivoice_message_model import ConversationHistoryMultivoiceMessageModel
    from .conversation_history_multivoice_message_part_model import ConversationHistoryMultivoiceMessagePartModel
    from .conversation_history_rag_usage_common_model import ConversationHistoryRagUsageCommonModel
    from .conversation_history_sip_trunking_phone_call_model import ConversationHistorySIPTrunkingPhoneCallModel
    from .conversation_history_sip_trunking_phone_call_model_direction import (
        ConversationHistorySipTrunkingPhoneCallModelDirection,
    )
    from .conversation_history_transcript_api_integration_webhook_tools_result_common_model import (
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
    )
    from .conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
    from .conversation_history_transcript_common_model_output_role import (
        ConversationHistoryTranscriptCommonModelOutputRole,
    )
    from .conversation_history_transcript_common_model_output_source_medium import (
        ConversationHistoryTranscriptCommonModelOutputSourceMedium,
    )
    from .conversation_history_transcript_other_tools_result_common_model import (
        ConversationHistoryTranscriptOtherToolsResultCommonModel,
    )
    from .conversation_history_transcript_other_tools_result_common_model_type import (
        ConversationHistoryTranscriptOtherToolsResultCommonModelType,
    )
    from .conversation_history_transcript_system_tool_result_common_model import (
        ConversationHistoryTranscriptSystemToolResultCommonModel,
    )
    from .conversation_history_transcript_tool_call_api_integration_webhook_details import (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails,
    )
    from .conversation_history_transcript_tool_call_client_details import (
        ConversationHistoryTranscriptToolCallClientDetails,
    )
    from .conversation_history_transcript_tool_call_common_model_output import (
        ConversationHistoryTranscriptToolCallCommonModelOutput,
    )
    from .conversation_history_transcript_tool_call_mcp_details import ConversationHistoryTranscriptToolCallMCPDetails
    from .conversation_history_transcript_tool_call_mcp_details_parameters import (
        ConversationHistoryTranscriptToolCallMCPDetailsParameters,
    )
    from .conversation_history_transcript_tool_call_webhook_details import (
        ConversationHistoryTranscriptToolCallWebhookDetails,
    )
    from .conversation_history_transcript_tool_call_webhook_details_headers import (
        ConversationHistoryTranscriptToolCallWebhookDetailsHeaders,
    )
    from .conversation_history_transcript_tool_call_webhook_details_path_params import (
        ConversationHistoryTranscriptToolCallWebhookDetailsPathParams,
    )
    from .conversation_history_transcript_tool_call_webhook_details_query_params import (
        ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams,
    )
    from .conversation_history_transcript_workflow_tools_result_common_model_output import (
        ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
    )
    from .conversation_history_twilio_phone_call_model import ConversationHistoryTwilioPhoneCallModel
    from .conversation_history_twilio_phone_call_model_direction import ConversationHistoryTwilioPhoneCallModelDirection
    from .conversation_initiation_client_data_request_output import ConversationInitiationClientDataRequestOutput
    from .conversation_initiation_client_data_request_output_custom_llm_extra_body import (
        ConversationInitiationClientDataRequestOutputCustomLlmExtraBody,
    )
    from .conversation_initiation_client_data_request_output_dynamic_variables import (
        ConversationInitiationClientDataRequestOutputDynamicVariables,
    )
    from .conversation_initiation_source import ConversationInitiationSource
    from .conversation_initiation_source_info import ConversationInitiationSourceInfo
    from .conversation_summary_response_model import ConversationSummaryResponseModel
    from .conversation_summary_response_model_direction import ConversationSummaryResponseModelDirection
    from .conversation_summary_response_model_status import ConversationSummaryResponseModelStatus
    from .conversation_turn_metrics import ConversationTurnMetrics
    from .conversation_turn_metrics_metrics import ConversationTurnMetricsMetrics
    from .conversations_list_summary_mode import ConversationsListSummaryMode
    from .data_collection_result_common_model import DataCollectionResultCommonModel
    from .default_conversation_initiation_trigger import DefaultConversationInitiationTrigger
    from .delete_history_item_response import DeleteHistoryItemResponse
    from .dialogue_input_response_model import DialogueInputResponseModel
    from .download_history_items_request import DownloadHistoryItemsRequest
    from .dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
    from .embedding_model_enum import EmbeddingModelEnum
    from .end_call_tool_result_model import EndCallToolResultModel
    from .evaluation_success_result import EvaluationSuccessResult
    from .feature_status_common_model import FeatureStatusCommonModel
    from .features_usage_common_model import FeaturesUsageCommonModel
    from .feedback_response_model import FeedbackResponseModel
    from .get_conversation_response_model import GetConversationResponseModel
    from .get_conversation_response_model_status import GetConversationResponseModelStatus
    from .get_conversations_page_response_model import GetConversationsPageResponseModel
    from .get_speech_history_response_model import GetSpeechHistoryResponseModel
    from .history_alignment_response_model import HistoryAlignmentResponseModel
    from .history_alignments_response_model import HistoryAlignmentsResponseModel
    from .language_detection_tool_result_model import LanguageDetectionToolResultModel
    from .literal_json_schema_property import LiteralJsonSchemaProperty
    from .literal_json_schema_property_type import LiteralJsonSchemaPropertyType
    from .llm import LLM
    from .llm_category_usage import LLMCategoryUsage
    from .llm_input_output_tokens_usage import LLMInputOutputTokensUsage
    from .llm_tokens_category_usage import LLMTokensCategoryUsage
    from .llm_usage_output import LLMUsageOutput
    from .llm_usage_output_model_usage import LLMUsageOutputModelUsage
    from .metric_record import MetricRecord
    from .play_dtmf_result_error_model import PlayDTMFResultErrorModel
    from .play_dtmf_result_success_model import PlayDTMFResultSuccessModel
    from .prompt_agent_api_model_override import PromptAgentAPIModelOverride
    from .rag_chunk_metadata import RagChunkMetadata
    from .rag_retrieval_info import RagRetrievalInfo
    from .skip_turn_tool_response_model import SkipTurnToolResponseModel
    from .soft_timeout_config_override import SoftTimeoutConfigOverride
    from .speech_history_item_response_model import SpeechHistoryItemResponseModel
    from .speech_history_item_response_model_settings import SpeechHistoryItemResponseModelSettings
    from .speech_history_item_response_model_source import SpeechHistoryItemResponseModelSource
    from .speech_history_item_response_model_voice_category import SpeechHistoryItemResponseModelVoiceCategory
    from .test_tool_result_model import TestToolResultModel
    from .tests_feature_usage_common_model import TestsFeatureUsageCommonModel
    from .tool_type import ToolType
    from .transfer_to_agent_tool_result_error_model import TransferToAgentToolResultErrorModel
    from .transfer_to_agent_tool_result_success_model import TransferToAgentToolResultSuccessModel
    from .transfer_to_number_result_error_model import TransferToNumberResultErrorModel
    from .transfer_to_number_result_sip_success_model import TransferToNumberResultSipSuccessModel
    from .transfer_to_number_result_twilio_success_model import TransferToNumberResultTwilioSuccessModel
    from .tts_conversational_config_override import TTSConversationalConfigOverride
    from .turn_config_override import TurnConfigOverride
    from .unknown_variant import UnknownVariant
    from .user_feedback import UserFeedback
    from .user_feedback_score import UserFeedbackScore
    from .v1_history_get_parameters_sort_direction_schema import V1HistoryGetParametersSortDirectionSchema
    from .v1_history_get_parameters_source_schema import V1HistoryGetParametersSourceSchema
    from .voice_mail_detection_result_success_model import VoiceMailDetectionResultSuccessModel
    from .whats_app_conversation_info import WhatsAppConversationInfo
    from .whats_app_conversation_info_direction import WhatsAppConversationInfoDirection
    from .workflow_features_usage_common_model import WorkflowFeaturesUsageCommonModel
    from .workflow_tool_edge_step_model import WorkflowToolEdgeStepModel
    from .workflow_tool_max_iterations_exceeded_step_model import WorkflowToolMaxIterationsExceededStepModel
    from .workflow_tool_nested_tools_step_model_output import WorkflowToolNestedToolsStepModelOutput
    from .workflow_tool_response_model_output import WorkflowToolResponseModelOutput
    from .zendesk_conversation_initiation_trigger import ZendeskConversationInitiationTrigger

_MODULES = {
    "AgentConfigOverrideOutput": ".agent_config_override_output",
    "AgentDefinitionSource": ".agent_definition_source",
    "AgentMetadata": ".agent_metadata",
    "AsyncConversationMetadata": ".async_conversation_metadata",
    "AsyncConversationMetadataDeliveryStatus": ".async_conversation_metadata_delivery_status",
    "AuthorizationMethod": ".authorization_method",
    "ConversationChargingCommonModel": ".conversation_charging_common_model",
    "ConversationConfigClientOverrideOutput": ".conversation_config_client_override_output",
    "ConversationConfigOverride": ".conversation_config_override",
    "ConversationDeletionSettings": ".conversation_deletion_settings",
    "ConversationFeedbackType": ".conversation_feedback_type",
    "ConversationHistoryAnalysisCommonModel": ".conversation_history_analysis_common_model",
    "ConversationHistoryAnalysisCommonModelDataCollectionResults": ".conversation_history_analysis_common_model_data_collection_results",
    "ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults": ".conversation_history_analysis_common_model_evaluation_criteria_results",
    "ConversationHistoryBatchCallModel": ".conversation_history_batch_call_model",
    "ConversationHistoryElevenAssistantCommonModel": ".conversation_history_eleven_assistant_common_model",
    "ConversationHistoryErrorCommonModel": ".conversation_history_error_common_model",
    "ConversationHistoryEvaluationCriteriaResultCommonModel": ".conversation_history_evaluation_criteria_result_common_model",
    "ConversationHistoryFeedbackCommonModel": ".conversation_history_feedback_common_model",
    "ConversationHistoryMetadataCommonModel": ".conversation_history_metadata_common_model",
    "ConversationHistoryMultivoiceMessageModel": ".conversation_history_multivoice_message_model",
    "ConversationHistoryMultivoiceMessagePartModel": ".conversation_history_multivoice_message_part_model",
    "ConversationHistoryRagUsageCommonModel": ".conversation_history_rag_usage_common_model",
    "ConversationHistorySIPTrunkingPhoneCallModel": ".conversation_history_sip_trunking_phone_call_model",
    "ConversationHistorySipTrunkingPhoneCallModelDirection": ".conversation_history_sip_trunking_phone_call_model_direction",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel": ".conversation_history_transcript_api_integration_webhook_tools_result_common_model",
    "ConversationHistoryTranscriptCommonModelOutput": ".conversation_history_transcript_common_model_output",
    "ConversationHistoryTranscriptCommonModelOutputRole": ".conversation_history_transcript_common_model_output_role",
    "ConversationHistoryTranscriptCommonModelOutputSourceMedium": ".conversation_history_transcript_common_model_output_source_medium",
    "ConversationHistoryTranscriptOtherToolsResultCommonModel": ".conversation_history_transcript_other_tools_result_common_model",
    "ConversationHistoryTranscriptOtherToolsResultCommonModelType": ".conversation_history_transcript_other_tools_result_common_model_type",
    "ConversationHistoryTranscriptSystemToolResultCommonModel": ".conversation_history_transcript_system_tool_result_common_model",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails": ".conversation_history_transcript_tool_call_api_integration_webhook_details",
    "ConversationHistoryTranscriptToolCallClientDetails": ".conversation_history_transcript_tool_call_client_details",
    "ConversationHistoryTranscriptToolCallCommonModelOutput": ".conversation_history_transcript_tool_call_common_model_output",
    "ConversationHistoryTranscriptToolCallMCPDetails": ".conversation_history_transcript_tool_call_mcp_details",
    "ConversationHistoryTranscriptToolCallMCPDetailsParameters": ".conversation_history_transcript_tool_call_mcp_details_parameters",
    "ConversationHistoryTranscriptToolCallWebhookDetails": ".conversation_history_transcript_tool_call_webhook_details",
    "ConversationHistoryTranscriptToolCallWebhookDetailsHeaders": ".conversation_history_transcript_tool_call_webhook_details_headers",
    "ConversationHistoryTranscriptToolCallWebhookDetailsPathParams": ".conversation_history_transcript_tool_call_webhook_details_path_params",
    "ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams": ".conversation_history_transcript_tool_call_webhook_details_query_params",
    "ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput": ".conversation_history_transcript_workflow_tools_result_common_model_output",
    "ConversationHistoryTwilioPhoneCallModel": ".conversation_history_twilio_phone_call_model",
    "ConversationHistoryTwilioPhoneCallModelDirection": ".conversation_history_twilio_phone_call_model_direction",
    "ConversationInitiationClientDataRequestOutput": ".conversation_initiation_client_data_request_output",
    "ConversationInitiationClientDataRequestOutputCustomLlmExtraBody": ".conversation_initiation_client_data_request_output_custom_llm_extra_body",
    "ConversationInitiationClientDataRequestOutputDynamicVariables": ".conversation_initiation_client_data_request_output_dynamic_variables",
    "ConversationInitiationSource": ".conversation_initiation_source",
    "ConversationInitiationSourceInfo": ".conversation_initiation_source_info",
    "ConversationSummaryResponseModel": ".conversation_summary_response_model",
    "ConversationSummaryResponseModelDirection": ".conversation_summary_response_model_direction",
    "ConversationSummaryResponseModelStatus": ".conversation_summary_response_model_status",
    "ConversationTurnMetrics": ".conversation_turn_metrics",
    "ConversationTurnMetricsMetrics": ".conversation_turn_metrics_metrics",
    "ConversationsListSummaryMode": ".conversations_list_summary_mode",
    "DataCollectionResultCommonModel": ".data_collection_result_common_model",
    "DefaultConversationInitiationTrigger": ".default_conversation_initiation_trigger",
    "DeleteHistoryItemResponse": ".delete_history_item_response",
    "DialogueInputResponseModel": ".dialogue_input_response_model",
    "DownloadHistoryItemsRequest": ".download_history_items_request",
    "DynamicVariableUpdateCommonModel": ".dynamic_variable_update_common_model",
    "EmbeddingModelEnum": ".embedding_model_enum",
    "EndCallToolResultModel": ".end_call_tool_result_model",
    "EvaluationSuccessResult": ".evaluation_success_result",
    "FeatureStatusCommonModel": ".feature_status_common_model",
    "FeaturesUsageCommonModel": ".features_usage_common_model",
    "FeedbackResponseModel": ".feedback_response_model",
    "GetConversationResponseModel": ".get_conversation_response_model",
    "GetConversationResponseModelStatus": ".get_conversation_response_model_status",
    "GetConversationsPageResponseModel": ".get_conversations_page_response_model",
    "GetSpeechHistoryResponseModel": ".get_speech_history_response_model",
    "HistoryAlignmentResponseModel": ".history_alignment_response_model",
    "HistoryAlignmentsResponseModel": ".history_alignments_response_model",
    "LanguageDetectionToolResultModel": ".language_detection_tool_result_model",
    "LiteralJsonSchemaProperty": ".literal_json_schema_property",
    "LiteralJsonSchemaPropertyType": ".literal_json_schema_property_type",
    "LLM": ".llm",
    "LLMCategoryUsage": ".llm_category_usage",
    "LLMInputOutputTokensUsage": ".llm_input_output_tokens_usage",
    "LLMTokensCategoryUsage": ".llm_tokens_category_usage",
    "LLMUsageOutput": ".llm_usage_output",
    "LLMUsageOutputModelUsage": ".llm_usage_output_model_usage",
    "MetricRecord": ".metric_record",
    "PlayDTMFResultErrorModel": ".play_dtmf_result_error_model",
    "PlayDTMFResultSuccessModel": ".play_dtmf_result_success_model",
    "PromptAgentAPIModelOverride": ".prompt_agent_api_model_override",
    "RagChunkMetadata": ".rag_chunk_metadata",
    "RagRetrievalInfo": ".rag_retrieval_info",
    "SkipTurnToolResponseModel": ".skip_turn_tool_response_model",
    "SoftTimeoutConfigOverride": ".soft_timeout_config_override",
    "SpeechHistoryItemResponseModel": ".speech_history_item_response_model",
    "SpeechHistoryItemResponseModelSettings": ".speech_history_item_response_model_settings",
    "SpeechHistoryItemResponseModelSource": ".speech_history_item_response_model_source",
    "SpeechHistoryItemResponseModelVoiceCategory": ".speech_history_item_response_model_voice_category",
    "TestToolResultModel": ".test_tool_result_model",
    "TestsFeatureUsageCommonModel": ".tests_feature_usage_common_model",
    "ToolType": ".tool_type",
    "TransferToAgentToolResultErrorModel": ".transfer_to_agent_tool_result_error_model",
    "TransferToAgentToolResultSuccessModel": ".transfer_to_agent_tool_result_success_model",
    "TransferToNumberResultErrorModel": ".transfer_to_number_result_error_model",
    "TransferToNumberResultSipSuccessModel": ".transfer_to_number_result_sip_success_model",
    "TransferToNumberResultTwilioSuccessModel": ".transfer_to_number_result_twilio_success_model",
    "TTSConversationalConfigOverride": ".tts_conversational_config_override",
    "TurnConfigOverride": ".turn_config_override",
    "UnknownVariant": ".unknown_variant",
    "UserFeedback": ".user_feedback",
    "UserFeedbackScore": ".user_feedback_score",
    "V1HistoryGetParametersSortDirectionSchema": ".v1_history_get_parameters_sort_direction_schema",
    "V1HistoryGetParametersSourceSchema": ".v1_history_get_parameters_source_schema",
    "VoiceMailDetectionResultSuccessModel": ".voice_mail_detection_result_success_model",
    "WhatsAppConversationInfo": ".whats_app_conversation_info",
    "WhatsAppConversationInfoDirection": ".whats_app_conversation_info_direction",
    "WorkflowFeaturesUsageCommonModel": ".workflow_features_usage_common_model",
    "WorkflowToolEdgeStepModel": ".workflow_tool_edge_step_model",
    "WorkflowToolMaxIterationsExceededStepModel": ".workflow_tool_max_iterations_exceeded_step_model",
    "WorkflowToolNestedToolsStepModelOutput": ".workflow_tool_nested_tools_step_model_output",
    "WorkflowToolResponseModelOutput": ".workflow_tool_response_model_output",
    "ZendeskConversationInitiationTrigger": ".zendesk_conversation_initiation_trigger",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "LLM",
    "AgentConfigOverrideOutput",
    "AgentDefinitionSource",
    "AgentMetadata",
    "AsyncConversationMetadata",
    "AsyncConversationMetadataDeliveryStatus",
    "AuthorizationMethod",
    "ConversationChargingCommonModel",
    "ConversationConfigClientOverrideOutput",
    "ConversationConfigOverride",
    "ConversationDeletionSettings",
    "ConversationFeedbackType",
    "ConversationHistoryAnalysisCommonModel",
    "ConversationHistoryAnalysisCommonModelDataCollectionResults",
    "ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults",
    "ConversationHistoryBatchCallModel",
    "ConversationHistoryElevenAssistantCommonModel",
    "ConversationHistoryErrorCommonModel",
    "ConversationHistoryEvaluationCriteriaResultCommonModel",
    "ConversationHistoryFeedbackCommonModel",
    "ConversationHistoryMetadataCommonModel",
    "ConversationHistoryMultivoiceMessageModel",
    "ConversationHistoryMultivoiceMessagePartModel",
    "ConversationHistoryRagUsageCommonModel",
    "ConversationHistorySIPTrunkingPhoneCallModel",
    "ConversationHistorySipTrunkingPhoneCallModelDirection",
    "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel",
    "ConversationHistoryTranscriptCommonModelOutput",
    "ConversationHistoryTranscriptCommonModelOutputRole",
    "ConversationHistoryTranscriptCommonModelOutputSourceMedium",
    "ConversationHistoryTranscriptOtherToolsResultCommonModel",
    "ConversationHistoryTranscriptOtherToolsResultCommonModelType",
    "ConversationHistoryTranscriptSystemToolResultCommonModel",
    "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails",
    "ConversationHistoryTranscriptToolCallClientDetails",
    "ConversationHistoryTranscriptToolCallCommonModelOutput",
    "ConversationHistoryTranscriptToolCallMCPDetails",
    "ConversationHistoryTranscriptToolCallMCPDetailsParameters",
    "ConversationHistoryTranscriptToolCallWebhookDetails",
    "ConversationHistoryTranscriptToolCallWebhookDetailsHeaders",
    "ConversationHistoryTranscriptToolCallWebhookDetailsPathParams",
    "ConversationHistoryTranscriptToolCallWebhookDetailsQueryParams",
    "ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput",
    "ConversationHistoryTwilioPhoneCallModel",
    "ConversationHistoryTwilioPhoneCallModelDirection",
    "ConversationInitiationClientDataRequestOutput",
    "ConversationInitiationClientDataRequestOutputCustomLlmExtraBody",
    "ConversationInitiationClientDataRequestOutputDynamicVariables",
    "ConversationInitiationSource",
    "ConversationInitiationSourceInfo",
    "ConversationSummaryResponseModel",
    "ConversationSummaryResponseModelDirection",
    "ConversationSummaryResponseModelStatus",
    "ConversationTurnMetrics",
    "ConversationTurnMetricsMetrics",
    "ConversationsListSummaryMode",
    "DataCollectionResultCommonModel",
    "DefaultConversationInitiationTrigger",
    "DeleteHistoryItemResponse",
    "DialogueInputResponseModel",
    "DownloadHistoryItemsRequest",
    "DynamicVariableUpdateCommonModel",
    "EmbeddingModelEnum",
    "EndCallToolResultModel",
    "EvaluationSuccessResult",
    "FeatureStatusCommonModel",
    "FeaturesUsageCommonModel",
    "FeedbackResponseModel",
    "GetConversationResponseModel",
    "GetConversationResponseModelStatus",
    "GetConversationsPageResponseModel",
    "GetSpeechHistoryResponseModel",
    "HistoryAlignmentResponseModel",
    "HistoryAlignmentsResponseModel",
    "LLMCategoryUsage",
    "LLMInputOutputTokensUsage",
    "LLMTokensCategoryUsage",
    "LLMUsageOutput",
    "LLMUsageOutputModelUsage",
    "LanguageDetectionToolResultModel",
    "LiteralJsonSchemaProperty",
    "LiteralJsonSchemaPropertyType",
    "MetricRecord",
    "PlayDTMFResultErrorModel",
    "PlayDTMFResultSuccessModel",
    "PromptAgentAPIModelOverride",
    "RagChunkMetadata",
    "RagRetrievalInfo",
    "SkipTurnToolResponseModel",
    "SoftTimeoutConfigOverride",
    "SpeechHistoryItemResponseModel",
    "SpeechHistoryItemResponseModelSettings",
    "SpeechHistoryItemResponseModelSource",
    "SpeechHistoryItemResponseModelVoiceCategory",
    "TTSConversationalConfigOverride",
    "TestToolResultModel",
    "TestsFeatureUsageCommonModel",
    "ToolType",
    "TransferToAgentToolResultErrorModel",
    "TransferToAgentToolResultSuccessModel",
    "TransferToNumberResultErrorModel",
    "TransferToNumberResultSipSuccessModel",
    "TransferToNumberResultTwilioSuccessModel",
    "TurnConfigOverride",
    "UnknownVariant",
    "UserFeedback",
    "UserFeedbackScore",
    "V1HistoryGetParametersSortDirectionSchema",
    "V1HistoryGetParametersSourceSchema",
    "VoiceMailDetectionResultSuccessModel",
    "WhatsAppConversationInfo",
    "WhatsAppConversationInfoDirection",
    "WorkflowFeaturesUsageCommonModel",
    "WorkflowToolEdgeStepModel",
    "WorkflowToolMaxIterationsExceededStepModel",
    "WorkflowToolNestedToolsStepModelOutput",
    "WorkflowToolResponseModelOutput",
    "ZendeskConversationInitiationTrigger",
)
