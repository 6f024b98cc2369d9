"""`client.conversational_ai.conversations`: the operations of group `conversational_ai_conversations`, as methods of ConversationalAiConversationsResource and AsyncConversationalAiConversationsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_conversations_analysis import (
        AsyncConversationalAiConversationsAnalysisResource,
        ConversationalAiConversationsAnalysisResource,
    )
    from ..conversational_ai_conversations_audio import (
        AsyncConversationalAiConversationsAudioResource,
        ConversationalAiConversationsAudioResource,
    )
    from ..conversational_ai_conversations_feedback import (
        AsyncConversationalAiConversationsFeedbackResource,
        ConversationalAiConversationsFeedbackResource,
    )
    from ..conversational_ai_conversations_files import (
        AsyncConversationalAiConversationsFilesResource,
        ConversationalAiConversationsFilesResource,
    )
    from ..conversational_ai_conversations_messages import (
        AsyncConversationalAiConversationsMessagesResource,
        ConversationalAiConversationsMessagesResource,
    )
    from ..conversational_ai_conversations_tags import (
        AsyncConversationalAiConversationsTagsResource,
        ConversationalAiConversationsTagsResource,
    )
    from ..conversational_ai_conversations_topics import (
        AsyncConversationalAiConversationsTopicsResource,
        ConversationalAiConversationsTopicsResource,
    )
from . import (
    conversational_ai_conversations_delete,
    conversational_ai_conversations_get,
    conversational_ai_conversations_get_signed_url,
    conversational_ai_conversations_get_signed_url_deprecated,
    conversational_ai_conversations_get_sip_messages,
    conversational_ai_conversations_get_summary,
    conversational_ai_conversations_get_webrtc_token,
    conversational_ai_conversations_list,
    conversational_ai_conversations_resolve,
)


def _parse_conversational_ai_conversations_get_signed_url(
    response: httpx.Response,
) -> models.ConversationSignedUrlResponseModel:
    from ...models.conversation_signed_url_response_model import ConversationSignedUrlResponseModel

    response_200 = ConversationSignedUrlResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_get_signed_url_deprecated(
    response: httpx.Response,
) -> models.ConversationSignedUrlResponseModel:
    from ...models.conversation_signed_url_response_model import ConversationSignedUrlResponseModel

    response_200 = ConversationSignedUrlResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_get_webrtc_token(response: httpx.Response) -> models.TokenResponseModel:
    from ...models.token_response_model import TokenResponseModel

    response_200 = TokenResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_list(response: httpx.Response) -> models.GetConversationsPageResponseModel:
    from ...models.get_conversations_page_response_model import GetConversationsPageResponseModel

    response_200 = GetConversationsPageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_resolve(response: httpx.Response) -> models.GetConversationResponseModel:
    from ...models.get_conversation_response_model import GetConversationResponseModel

    response_200 = GetConversationResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_get(response: httpx.Response) -> models.GetConversationResponseModel:
    from ...models.get_conversation_response_model import GetConversationResponseModel

    response_200 = GetConversationResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_conversations_get_sip_messages(
    response: httpx.Response,
) -> models.GetSipLogMessagesResponse:
    from ...models.get_sip_log_messages_response import GetSipLogMessagesResponse

    response_200 = GetSipLogMessagesResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_get_summary(
    response: httpx.Response,
) -> models.GetConversationSummaryResponseModel:
    from ...models.get_conversation_summary_response_model import GetConversationSummaryResponseModel

    response_200 = GetConversationSummaryResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_CONVERSATIONS_LIST = Paging(
    items="conversations",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)
_PAGING_CONVERSATIONAL_AI_CONVERSATIONS_GET_SIP_MESSAGES = Paging(
    items="sip_messages",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiConversationsGetSignedUrlQuery(TypedDict, total=False):
    """The query parameters of `get_signed_url`, for passing them on as keyword arguments."""

    agent_id: str
    include_conversation_id: bool | Unset
    branch_id: None | str | Unset
    environment: None | str | Unset
    debug_events_request: bool | Unset


class ConversationalAiConversationsGetSignedUrlDeprecatedQuery(TypedDict, total=False):
    """The query parameters of `get_signed_url_deprecated`, for passing them on as keyword arguments."""

    agent_id: str
    include_conversation_id: bool | Unset
    branch_id: None | str | Unset
    environment: None | str | Unset
    debug_events_request: bool | Unset


class ConversationalAiConversationsGetWebrtcTokenQuery(TypedDict, total=False):
    """The query parameters of `get_webrtc_token`, for passing them on as keyword arguments."""

    agent_id: str
    participant_name: None | str | Unset
    branch_id: None | str | Unset
    environment: None | str | Unset
    debug_events_request: bool | Unset


class ConversationalAiConversationsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    agent_id: None | str | Unset
    visited_agent_ids: builtins.list[str] | None | Unset
    visited_agent_branch_ids: builtins.list[str] | None | Unset
    triggered_procedure_ids: builtins.list[str] | None | Unset
    call_successful: models.EvaluationSuccessResult | None | Unset
    call_start_before_unix: int | None | Unset
    call_start_after_unix: int | None | Unset
    call_duration_min_secs: int | None | Unset
    call_duration_max_secs: int | None | Unset
    rating_max: int | None | Unset
    rating_min: int | None | Unset
    has_feedback_comment: bool | None | Unset
    user_id: None | str | Unset
    evaluation_params: builtins.list[str] | None | Unset
    data_collection_params: builtins.list[str] | None | Unset
    data_collection_ids: builtins.list[str] | None | Unset
    evaluation_criteria_ids: builtins.list[str] | None | Unset
    tool_names: builtins.list[str] | None | Unset
    tool_names_successful: builtins.list[str] | None | Unset
    tool_names_errored: builtins.list[str] | None | Unset
    include_invalid_tool_calls: bool | Unset
    main_languages: builtins.list[str] | None | Unset
    page_size: int | Unset
    summary_mode: models.ConversationalAiConversationsListSummaryMode | Unset
    search: None | str | Unset
    conversation_initiation_source: models.ConversationInitiationSource | None | Unset
    text_only: bool | None | Unset
    conversation_product_type: models.ConversationProduct | None | Unset
    branch_id: None | str | Unset
    version_id: None | str | Unset
    parent_conversation_id: None | str | Unset
    topic_ids: builtins.list[str] | None | Unset
    exclude_statuses: builtins.list[models.ConversationalAiConversationsListExcludeStatusesType0Item] | None | Unset
    tag_ids: builtins.list[str] | None | Unset
    workflow_node_entered_id: None | str | Unset
    termination_reasons: builtins.list[str] | None | Unset
    guardrail_types: builtins.list[models.GuardrailType] | None | Unset
    custom_guardrail_names: builtins.list[str] | None | Unset
    sort_direction: models.SortDirection | Unset


class ConversationalAiConversationsResolveQuery(TypedDict, total=False):
    """The query parameters of `resolve`, for passing them on as keyword arguments."""

    agent_id: str
    reference: str


class ConversationalAiConversationsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    format: models.ConversationalAiConversationsGetFormat | Unset


class ConversationalAiConversationsGetSipMessagesQuery(TypedDict, total=False):
    """The query parameters of `get_sip_messages`, for passing them on as keyword arguments."""

    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiConversationsGetSummaryQuery(TypedDict, total=False):
    """The query parameters of `get_summary`, for passing them on as keyword arguments."""

    max_messages: int | Unset


class ConversationalAiConversationsResource:
    """The operations of group `conversational_ai_conversations`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def analysis(self) -> ConversationalAiConversationsAnalysisResource:
        """`conversational_ai_conversations_analysis` operations."""
        from ..conversational_ai_conversations_analysis import ConversationalAiConversationsAnalysisResource

        return ConversationalAiConversationsAnalysisResource(self._requester)

    @functools.cached_property
    def audio(self) -> ConversationalAiConversationsAudioResource:
        """`conversational_ai_conversations_audio` operations."""
        from ..conversational_ai_conversations_audio import ConversationalAiConversationsAudioResource

        return ConversationalAiConversationsAudioResource(self._requester)

    @functools.cached_property
    def feedback(self) -> ConversationalAiConversationsFeedbackResource:
        """`conversational_ai_conversations_feedback` operations."""
        from ..conversational_ai_conversations_feedback import ConversationalAiConversationsFeedbackResource

        return ConversationalAiConversationsFeedbackResource(self._requester)

    @functools.cached_property
    def files(self) -> ConversationalAiConversationsFilesResource:
        """`conversational_ai_conversations_files` operations."""
        from ..conversational_ai_conversations_files import ConversationalAiConversationsFilesResource

        return ConversationalAiConversationsFilesResource(self._requester)

    @functools.cached_property
    def messages(self) -> ConversationalAiConversationsMessagesResource:
        """`conversational_ai_conversations_messages` operations."""
        from ..conversational_ai_conversations_messages import ConversationalAiConversationsMessagesResource

        return ConversationalAiConversationsMessagesResource(self._requester)

    @functools.cached_property
    def tags(self) -> ConversationalAiConversationsTagsResource:
        """`conversational_ai_conversations_tags` operations."""
        from ..conversational_ai_conversations_tags import ConversationalAiConversationsTagsResource

        return ConversationalAiConversationsTagsResource(self._requester)

    @functools.cached_property
    def topics(self) -> ConversationalAiConversationsTopicsResource:
        """`conversational_ai_conversations_topics` operations."""
        from ..conversational_ai_conversations_topics import ConversationalAiConversationsTopicsResource

        return ConversationalAiConversationsTopicsResource(self._requester)

    def get_signed_url(
        self,
        *,
        agent_id: str,
        include_conversation_id: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        debug_events_request: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationSignedUrlResponseModel:
        """Get Signed Url

        Get a signed url to start a conversation with an agent with an agent that requires authorization

        `GET /v1/convai/conversation/get-signed-url`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            include_conversation_id (bool | Unset): Whether to include a conversation_id with the
                response. If included, the conversation_signature cannot be used again. Defaults to False on
                the server.
            branch_id (None | str | Unset): The ID of the branch to use
            environment (None | str | Unset): The environment to use for resolving environment variables
                (e.g. 'production', 'staging'). Defaults to 'production'.
            debug_events_request (bool | Unset): Whether to enable debug events. Only available for
                users with editor access to the agent. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_get_signed_url._get_kwargs(
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_get_signed_url, request_options)

    def get_signed_url_deprecated(
        self,
        *,
        agent_id: str,
        include_conversation_id: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        debug_events_request: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationSignedUrlResponseModel:
        """Deprecated: Get Signed Url

        Deprecated. Get a signed url to start a conversation with an agent with an agent that requires
        authorization

        `GET /v1/convai/conversation/get_signed_url`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            include_conversation_id (bool | Unset): Whether to include a conversation_id with the
                response. If included, the conversation_signature cannot be used again. Defaults to False on
                the server.
            branch_id (None | str | Unset): The ID of the branch to use
            environment (None | str | Unset): The environment to use for resolving environment variables
                (e.g. 'production', 'staging'). Defaults to 'production'.
            debug_events_request (bool | Unset): Whether to enable debug events. Only available for
                users with editor access to the agent. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_get_signed_url_deprecated._get_kwargs(
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_conversations_get_signed_url_deprecated, request_options
        )

    def get_webrtc_token(
        self,
        *,
        agent_id: str,
        participant_name: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        debug_events_request: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.TokenResponseModel:
        """Get Webrtc Token

        Get a WebRTC session token for real-time communication.

        `GET /v1/convai/conversation/token`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            participant_name (None | str | Unset): Optional custom participant name. If not provided,
                user ID will be used
            branch_id (None | str | Unset): The ID of the branch to use
            environment (None | str | Unset): The environment to use for resolving environment variables
                (e.g. 'production', 'staging'). Defaults to 'production'.
            debug_events_request (bool | Unset): Whether to enable debug events. Only available for
                users with editor access to the agent. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_get_webrtc_token._get_kwargs(
            agent_id=agent_id,
            participant_name=participant_name,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_get_webrtc_token, request_options)

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        visited_agent_ids: builtins.list[str] | None | Unset = UNSET,
        visited_agent_branch_ids: builtins.list[str] | None | Unset = UNSET,
        triggered_procedure_ids: builtins.list[str] | None | Unset = UNSET,
        call_successful: models.EvaluationSuccessResult | None | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        call_duration_min_secs: int | None | Unset = UNSET,
        call_duration_max_secs: int | None | Unset = UNSET,
        rating_max: int | None | Unset = UNSET,
        rating_min: int | None | Unset = UNSET,
        has_feedback_comment: bool | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        evaluation_params: builtins.list[str] | None | Unset = UNSET,
        data_collection_params: builtins.list[str] | None | Unset = UNSET,
        data_collection_ids: builtins.list[str] | None | Unset = UNSET,
        evaluation_criteria_ids: builtins.list[str] | None | Unset = UNSET,
        tool_names: builtins.list[str] | None | Unset = UNSET,
        tool_names_successful: builtins.list[str] | None | Unset = UNSET,
        tool_names_errored: builtins.list[str] | None | Unset = UNSET,
        include_invalid_tool_calls: bool | Unset = UNSET,
        main_languages: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        summary_mode: models.ConversationalAiConversationsListSummaryMode | Unset = UNSET,
        search: None | str | Unset = UNSET,
        conversation_initiation_source: models.ConversationInitiationSource | None | Unset = UNSET,
        text_only: bool | None | Unset = UNSET,
        conversation_product_type: models.ConversationProduct | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        version_id: None | str | Unset = UNSET,
        parent_conversation_id: None | str | Unset = UNSET,
        topic_ids: builtins.list[str] | None | Unset = UNSET,
        exclude_statuses: builtins.list[models.ConversationalAiConversationsListExcludeStatusesType0Item]
        | None
        | Unset = UNSET,
        tag_ids: builtins.list[str] | None | Unset = UNSET,
        workflow_node_entered_id: None | str | Unset = UNSET,
        termination_reasons: builtins.list[str] | None | Unset = UNSET,
        guardrail_types: builtins.list[models.GuardrailType] | None | Unset = UNSET,
        custom_guardrail_names: builtins.list[str] | None | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationsPageResponseModel:
        """Get Conversations

        Get all conversations of agents that user owns. With option to restrict to a specific agent.

        `GET /v1/convai/conversations`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            visited_agent_ids (list[str] | None | Unset): Filter conversations where any of these agents
                participated. Can not exceed 50 values.
            visited_agent_branch_ids (list[str] | None | Unset): Filter conversations where any of these
                agent branches participated. Can not exceed 50 values.
            triggered_procedure_ids (list[str] | None | Unset): Filter conversations where any of these
                procedures were triggered. Can not exceed 50 values.
            call_successful (EvaluationSuccessResult | None | Unset): The result of the success
                evaluation One of: failure, success, unknown.
            call_start_before_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations up to this start date.
            call_start_after_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations after to this start date.
            call_duration_min_secs (int | None | Unset): Minimum call duration in seconds.
            call_duration_max_secs (int | None | Unset): Maximum call duration in seconds.
            rating_max (int | None | Unset): Maximum overall rating (1-5).
            rating_min (int | None | Unset): Minimum overall rating (1-5).
            has_feedback_comment (bool | None | Unset): Filter conversations with user feedback
                comments.
            user_id (None | str | Unset): Filter conversations by the user ID who initiated them.
            evaluation_params (list[str] | None | Unset): Evaluation filters. Repeat param. Format:
                criteria_id:result. Example: eval=value_framing:success
            data_collection_params (list[str] | None | Unset): Data collection filters. Repeat param.
                Format: id:op:value where op is one of eq|neq|gt|gte|lt|lte|in|exists|missing. For in,
                pipe-delimit values.
            data_collection_ids (list[str] | None | Unset): Data collection field IDs to include in each
                conversation summary. Repeat param. When omitted, data_collection_results is not returned.
            evaluation_criteria_ids (list[str] | None | Unset): Evaluation criteria IDs to include in
                each conversation summary. Repeat param. When omitted, evaluation_criteria_results is not
                returned.
            tool_names (list[str] | None | Unset): Filter conversations by tool names used during the
                call.
            tool_names_successful (list[str] | None | Unset): Filter conversations by tool names that
                had successful calls.
            tool_names_errored (list[str] | None | Unset): Filter conversations by tool names that had
                errored calls.
            include_invalid_tool_calls (bool | Unset): Also match tool calls that never ran. Defaults to
                False on the server.
            main_languages (list[str] | None | Unset): Filter conversations by detected main language
                (language code).
            page_size (int | Unset): How many conversations to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            summary_mode (ConversationalAiConversationsListSummaryMode | Unset): Whether to include
                transcript summaries in the response. Defaults to 'exclude' on the server. One of: exclude,
                include.
            search (None | str | Unset): Full-text or fuzzy search over transcript messages
            conversation_initiation_source (ConversationInitiationSource | None | Unset):  One of:
                android_sdk, flutter_sdk, genesys, js_sdk, node_js_sdk, python_sdk, react_native_sdk,
                react_sdk, sip_trunk, swift_sdk, twilio, unknown, whatsapp, widget.
            text_only (bool | None | Unset):
            conversation_product_type (ConversationProduct | None | Unset): Restrict results to a single
                conversation product surface. One of: agents, speech_engine.
            branch_id (None | str | Unset): Filter conversations by branch ID.
            version_id (None | str | Unset): Filter conversations by version ID.
            parent_conversation_id (None | str | Unset): Filter conversations by parent conversation ID
                for subagent conversations.
            topic_ids (list[str] | None | Unset): Filter conversations by topic IDs assigned during
                topic discovery.
            exclude_statuses (list[ConversationalAiConversationsListExcludeStatusesType0Item] | None | Unset):
                Exclude conversations with the given statuses. Useful for hiding in-progress / processing
                conversations from list views.
            tag_ids (list[str] | None | Unset): Filter conversations by conversation tag IDs assigned
                via the conversation-tags endpoints.
            workflow_node_entered_id (None | str | Unset): Filter conversations to only those that
                entered the given node.
            termination_reasons (list[str] | None | Unset): Filter conversations by their stored
                termination_reason (metadata.termination_reason). Repeat param to match any of several.
            guardrail_types (list[GuardrailType] | None | Unset): Filter to conversations where a
                guardrail of any of these types triggered (metadata.triggered_guardrails.guardrail_type).
                Repeat param to match any of several.
            custom_guardrail_names (list[str] | None | Unset): Filter to conversations where a custom
                guardrail with any of these names triggered (metadata.triggered_guardrails.guardrail_name).
                Only custom guardrails carry a name. Repeat param to match any of several.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_list._get_kwargs(
            cursor=cursor,
            agent_id=agent_id,
            visited_agent_ids=visited_agent_ids,
            visited_agent_branch_ids=visited_agent_branch_ids,
            triggered_procedure_ids=triggered_procedure_ids,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            call_duration_min_secs=call_duration_min_secs,
            call_duration_max_secs=call_duration_max_secs,
            rating_max=rating_max,
            rating_min=rating_min,
            has_feedback_comment=has_feedback_comment,
            user_id=user_id,
            evaluation_params=evaluation_params,
            data_collection_params=data_collection_params,
            data_collection_ids=data_collection_ids,
            evaluation_criteria_ids=evaluation_criteria_ids,
            tool_names=tool_names,
            tool_names_successful=tool_names_successful,
            tool_names_errored=tool_names_errored,
            include_invalid_tool_calls=include_invalid_tool_calls,
            main_languages=main_languages,
            page_size=page_size,
            summary_mode=summary_mode,
            search=search,
            conversation_initiation_source=conversation_initiation_source,
            text_only=text_only,
            conversation_product_type=conversation_product_type,
            branch_id=branch_id,
            version_id=version_id,
            parent_conversation_id=parent_conversation_id,
            topic_ids=topic_ids,
            exclude_statuses=exclude_statuses,
            tag_ids=tag_ids,
            workflow_node_entered_id=workflow_node_entered_id,
            termination_reasons=termination_reasons,
            guardrail_types=guardrail_types,
            custom_guardrail_names=custom_guardrail_names,
            sort_direction=sort_direction,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiConversationsListQuery],
    ) -> Iterator[models.GetConversationsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiConversationsListQuery],
    ) -> Iterator[models.ConversationSummaryResponseModel]:
        """Every item (`conversations`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.conversations

    def resolve(
        self,
        *,
        agent_id: str,
        reference: str,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Resolve Conversation Reference

        Resolve a conversation URL (a Slack message URL or a Zendesk ticket URL) to the deterministic
        conversation ID for the given agent, then confirm the conversation exists.

        `GET /v1/convai/conversations/resolve`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            reference (str): A Slack message URL or a Zendesk ticket URL.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_resolve._get_kwargs(
            agent_id=agent_id,
            reference=reference,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_resolve, request_options)

    @former_names(
        format_="format",
    )
    def get(
        self,
        conversation_id: str,
        *,
        format: models.ConversationalAiConversationsGetFormat | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Get Conversation Details

        Get the details of a particular conversation

        `GET /v1/convai/conversations/{conversation_id}`.

        Args:
            conversation_id (str):
            format (ConversationalAiConversationsGetFormat | Unset): Response format. Defaults to
                'json'. Set to 'opentelemetry' for an OTLP-compatible trace payload using the same structure
                as the post-call webhook. Defaults to 'json' on the server. One of: json, opentelemetry.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_get._get_kwargs(
            conversation_id=conversation_id,
            format_=format,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_get, request_options)

    def delete(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Conversation

        Delete a particular conversation

        `DELETE /v1/convai/conversations/{conversation_id}`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_delete._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_delete, request_options)

    def get_sip_messages(
        self,
        conversation_id: str,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSipLogMessagesResponse:
        """Get Sip Messages For A Conversation

        Get SIP messages associated with a conversation's phone call

        `GET /v1/convai/conversations/{conversation_id}/sip-messages`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            page_size (int | Unset): Defaults to 20 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_get_sip_messages._get_kwargs(
            conversation_id=conversation_id,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_get_sip_messages, request_options)

    def iter_get_sip_messages_pages(
        self,
        conversation_id: str,
        **query: Unpack[ConversationalAiConversationsGetSipMessagesQuery],
    ) -> Iterator[models.GetSipLogMessagesResponse]:
        """Every page of `get_sip_messages` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_sip_messages, conversation_id),
            query,
            _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_GET_SIP_MESSAGES,
        )

    def iter_get_sip_messages(
        self,
        conversation_id: str,
        **query: Unpack[ConversationalAiConversationsGetSipMessagesQuery],
    ) -> Iterator[models.SipLogMessage]:
        """Every item (`sip_messages`) of every page of `get_sip_messages` with these parameters."""
        for page in self.iter_get_sip_messages_pages(conversation_id, **query):
            yield from page.sip_messages

    def get_summary(
        self,
        conversation_id: str,
        *,
        max_messages: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationSummaryResponseModel:
        """Get Conversation Summary

        Get a lightweight summary of a conversation: its title, the generated transcript summary, whether
        the call was successful, and — only when the conversation is short — the plain chat messages. Tool
        calls, tool results, and contextual updates are omitted so the response stays small. Use this
        instead of the full conversation endpoint when you only need the gist (e.g. an agent reading many
        conversations); use GET /v1/convai/conversations/{conversation_id} when you need the full transcript
        with tool calls and contextual updates.

        `GET /v1/convai/conversations/{conversation_id}/summary`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            max_messages (int | Unset): Maximum number of chat message turns to include inline. When the
                conversation has more than this, the messages are omitted and messages_omitted is set.
                Defaults to 40 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_get_summary._get_kwargs(
            conversation_id=conversation_id,
            max_messages=max_messages,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_get_summary, request_options)


class ConversationalAiConversationsResourceWithRawResponse:
    """`ConversationalAiConversationsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsResource) -> None:
        self.get_signed_url = raw_response(resource.get_signed_url)
        self.get_signed_url_deprecated = raw_response(resource.get_signed_url_deprecated)
        self.get_webrtc_token = raw_response(resource.get_webrtc_token)
        self.list = raw_response(resource.list)
        self.resolve = raw_response(resource.resolve)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.get_sip_messages = raw_response(resource.get_sip_messages)
        self.get_summary = raw_response(resource.get_summary)


class AsyncConversationalAiConversationsResource:
    """The operations of group `conversational_ai_conversations`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    @functools.cached_property
    def analysis(self) -> AsyncConversationalAiConversationsAnalysisResource:
        """`conversational_ai_conversations_analysis` operations."""
        from ..conversational_ai_conversations_analysis import AsyncConversationalAiConversationsAnalysisResource

        return AsyncConversationalAiConversationsAnalysisResource(self._requester)

    @functools.cached_property
    def audio(self) -> AsyncConversationalAiConversationsAudioResource:
        """`conversational_ai_conversations_audio` operations."""
        from ..conversational_ai_conversations_audio import AsyncConversationalAiConversationsAudioResource

        return AsyncConversationalAiConversationsAudioResource(self._requester)

    @functools.cached_property
    def feedback(self) -> AsyncConversationalAiConversationsFeedbackResource:
        """`conversational_ai_conversations_feedback` operations."""
        from ..conversational_ai_conversations_feedback import AsyncConversationalAiConversationsFeedbackResource

        return AsyncConversationalAiConversationsFeedbackResource(self._requester)

    @functools.cached_property
    def files(self) -> AsyncConversationalAiConversationsFilesResource:
        """`conversational_ai_conversations_files` operations."""
        from ..conversational_ai_conversations_files import AsyncConversationalAiConversationsFilesResource

        return AsyncConversationalAiConversationsFilesResource(self._requester)

    @functools.cached_property
    def messages(self) -> AsyncConversationalAiConversationsMessagesResource:
        """`conversational_ai_conversations_messages` operations."""
        from ..conversational_ai_conversations_messages import AsyncConversationalAiConversationsMessagesResource

        return AsyncConversationalAiConversationsMessagesResource(self._requester)

    @functools.cached_property
    def tags(self) -> AsyncConversationalAiConversationsTagsResource:
        """`conversational_ai_conversations_tags` operations."""
        from ..conversational_ai_conversations_tags import AsyncConversationalAiConversationsTagsResource

        return AsyncConversationalAiConversationsTagsResource(self._requester)

    @functools.cached_property
    def topics(self) -> AsyncConversationalAiConversationsTopicsResource:
        """`conversational_ai_conversations_topics` operations."""
        from ..conversational_ai_conversations_topics import AsyncConversationalAiConversationsTopicsResource

        return AsyncConversationalAiConversationsTopicsResource(self._requester)

    async def get_signed_url(
        self,
        *,
        agent_id: str,
        include_conversation_id: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        debug_events_request: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationSignedUrlResponseModel:
        """Get Signed Url

        Get a signed url to start a conversation with an agent with an agent that requires authorization

        `GET /v1/convai/conversation/get-signed-url`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            include_conversation_id (bool | Unset): Whether to include a conversation_id with the
                response. If included, the conversation_signature cannot be used again. Defaults to False on
                the server.
            branch_id (None | str | Unset): The ID of the branch to use
            environment (None | str | Unset): The environment to use for resolving environment variables
                (e.g. 'production', 'staging'). Defaults to 'production'.
            debug_events_request (bool | Unset): Whether to enable debug events. Only available for
                users with editor access to the agent. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_get_signed_url._get_kwargs(
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_get_signed_url, request_options
        )

    async def get_signed_url_deprecated(
        self,
        *,
        agent_id: str,
        include_conversation_id: bool | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        debug_events_request: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationSignedUrlResponseModel:
        """Deprecated: Get Signed Url

        Deprecated. Get a signed url to start a conversation with an agent with an agent that requires
        authorization

        `GET /v1/convai/conversation/get_signed_url`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            include_conversation_id (bool | Unset): Whether to include a conversation_id with the
                response. If included, the conversation_signature cannot be used again. Defaults to False on
                the server.
            branch_id (None | str | Unset): The ID of the branch to use
            environment (None | str | Unset): The environment to use for resolving environment variables
                (e.g. 'production', 'staging'). Defaults to 'production'.
            debug_events_request (bool | Unset): Whether to enable debug events. Only available for
                users with editor access to the agent. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_get_signed_url_deprecated._get_kwargs(
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_get_signed_url_deprecated, request_options
        )

    async def get_webrtc_token(
        self,
        *,
        agent_id: str,
        participant_name: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        debug_events_request: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.TokenResponseModel:
        """Get Webrtc Token

        Get a WebRTC session token for real-time communication.

        `GET /v1/convai/conversation/token`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            participant_name (None | str | Unset): Optional custom participant name. If not provided,
                user ID will be used
            branch_id (None | str | Unset): The ID of the branch to use
            environment (None | str | Unset): The environment to use for resolving environment variables
                (e.g. 'production', 'staging'). Defaults to 'production'.
            debug_events_request (bool | Unset): Whether to enable debug events. Only available for
                users with editor access to the agent. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_get_webrtc_token._get_kwargs(
            agent_id=agent_id,
            participant_name=participant_name,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_get_webrtc_token, request_options
        )

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        visited_agent_ids: builtins.list[str] | None | Unset = UNSET,
        visited_agent_branch_ids: builtins.list[str] | None | Unset = UNSET,
        triggered_procedure_ids: builtins.list[str] | None | Unset = UNSET,
        call_successful: models.EvaluationSuccessResult | None | Unset = UNSET,
        call_start_before_unix: int | None | Unset = UNSET,
        call_start_after_unix: int | None | Unset = UNSET,
        call_duration_min_secs: int | None | Unset = UNSET,
        call_duration_max_secs: int | None | Unset = UNSET,
        rating_max: int | None | Unset = UNSET,
        rating_min: int | None | Unset = UNSET,
        has_feedback_comment: bool | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        evaluation_params: builtins.list[str] | None | Unset = UNSET,
        data_collection_params: builtins.list[str] | None | Unset = UNSET,
        data_collection_ids: builtins.list[str] | None | Unset = UNSET,
        evaluation_criteria_ids: builtins.list[str] | None | Unset = UNSET,
        tool_names: builtins.list[str] | None | Unset = UNSET,
        tool_names_successful: builtins.list[str] | None | Unset = UNSET,
        tool_names_errored: builtins.list[str] | None | Unset = UNSET,
        include_invalid_tool_calls: bool | Unset = UNSET,
        main_languages: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        summary_mode: models.ConversationalAiConversationsListSummaryMode | Unset = UNSET,
        search: None | str | Unset = UNSET,
        conversation_initiation_source: models.ConversationInitiationSource | None | Unset = UNSET,
        text_only: bool | None | Unset = UNSET,
        conversation_product_type: models.ConversationProduct | None | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        version_id: None | str | Unset = UNSET,
        parent_conversation_id: None | str | Unset = UNSET,
        topic_ids: builtins.list[str] | None | Unset = UNSET,
        exclude_statuses: builtins.list[models.ConversationalAiConversationsListExcludeStatusesType0Item]
        | None
        | Unset = UNSET,
        tag_ids: builtins.list[str] | None | Unset = UNSET,
        workflow_node_entered_id: None | str | Unset = UNSET,
        termination_reasons: builtins.list[str] | None | Unset = UNSET,
        guardrail_types: builtins.list[models.GuardrailType] | None | Unset = UNSET,
        custom_guardrail_names: builtins.list[str] | None | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationsPageResponseModel:
        """Get Conversations

        Get all conversations of agents that user owns. With option to restrict to a specific agent.

        `GET /v1/convai/conversations`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
                resolved to the same underlying resource.
            visited_agent_ids (list[str] | None | Unset): Filter conversations where any of these agents
                participated. Can not exceed 50 values.
            visited_agent_branch_ids (list[str] | None | Unset): Filter conversations where any of these
                agent branches participated. Can not exceed 50 values.
            triggered_procedure_ids (list[str] | None | Unset): Filter conversations where any of these
                procedures were triggered. Can not exceed 50 values.
            call_successful (EvaluationSuccessResult | None | Unset): The result of the success
                evaluation One of: failure, success, unknown.
            call_start_before_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations up to this start date.
            call_start_after_unix (int | None | Unset): Unix timestamp (in seconds) to filter
                conversations after to this start date.
            call_duration_min_secs (int | None | Unset): Minimum call duration in seconds.
            call_duration_max_secs (int | None | Unset): Maximum call duration in seconds.
            rating_max (int | None | Unset): Maximum overall rating (1-5).
            rating_min (int | None | Unset): Minimum overall rating (1-5).
            has_feedback_comment (bool | None | Unset): Filter conversations with user feedback
                comments.
            user_id (None | str | Unset): Filter conversations by the user ID who initiated them.
            evaluation_params (list[str] | None | Unset): Evaluation filters. Repeat param. Format:
                criteria_id:result. Example: eval=value_framing:success
            data_collection_params (list[str] | None | Unset): Data collection filters. Repeat param.
                Format: id:op:value where op is one of eq|neq|gt|gte|lt|lte|in|exists|missing. For in,
                pipe-delimit values.
            data_collection_ids (list[str] | None | Unset): Data collection field IDs to include in each
                conversation summary. Repeat param. When omitted, data_collection_results is not returned.
            evaluation_criteria_ids (list[str] | None | Unset): Evaluation criteria IDs to include in
                each conversation summary. Repeat param. When omitted, evaluation_criteria_results is not
                returned.
            tool_names (list[str] | None | Unset): Filter conversations by tool names used during the
                call.
            tool_names_successful (list[str] | None | Unset): Filter conversations by tool names that
                had successful calls.
            tool_names_errored (list[str] | None | Unset): Filter conversations by tool names that had
                errored calls.
            include_invalid_tool_calls (bool | Unset): Also match tool calls that never ran. Defaults to
                False on the server.
            main_languages (list[str] | None | Unset): Filter conversations by detected main language
                (language code).
            page_size (int | Unset): How many conversations to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            summary_mode (ConversationalAiConversationsListSummaryMode | Unset): Whether to include
                transcript summaries in the response. Defaults to 'exclude' on the server. One of: exclude,
                include.
            search (None | str | Unset): Full-text or fuzzy search over transcript messages
            conversation_initiation_source (ConversationInitiationSource | None | Unset):  One of:
                android_sdk, flutter_sdk, genesys, js_sdk, node_js_sdk, python_sdk, react_native_sdk,
                react_sdk, sip_trunk, swift_sdk, twilio, unknown, whatsapp, widget.
            text_only (bool | None | Unset):
            conversation_product_type (ConversationProduct | None | Unset): Restrict results to a single
                conversation product surface. One of: agents, speech_engine.
            branch_id (None | str | Unset): Filter conversations by branch ID.
            version_id (None | str | Unset): Filter conversations by version ID.
            parent_conversation_id (None | str | Unset): Filter conversations by parent conversation ID
                for subagent conversations.
            topic_ids (list[str] | None | Unset): Filter conversations by topic IDs assigned during
                topic discovery.
            exclude_statuses (list[ConversationalAiConversationsListExcludeStatusesType0Item] | None | Unset):
                Exclude conversations with the given statuses. Useful for hiding in-progress / processing
                conversations from list views.
            tag_ids (list[str] | None | Unset): Filter conversations by conversation tag IDs assigned
                via the conversation-tags endpoints.
            workflow_node_entered_id (None | str | Unset): Filter conversations to only those that
                entered the given node.
            termination_reasons (list[str] | None | Unset): Filter conversations by their stored
                termination_reason (metadata.termination_reason). Repeat param to match any of several.
            guardrail_types (list[GuardrailType] | None | Unset): Filter to conversations where a
                guardrail of any of these types triggered (metadata.triggered_guardrails.guardrail_type).
                Repeat param to match any of several.
            custom_guardrail_names (list[str] | None | Unset): Filter to conversations where a custom
                guardrail with any of these names triggered (metadata.triggered_guardrails.guardrail_name).
                Only custom guardrails carry a name. Repeat param to match any of several.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_list._get_kwargs(
            cursor=cursor,
            agent_id=agent_id,
            visited_agent_ids=visited_agent_ids,
            visited_agent_branch_ids=visited_agent_branch_ids,
            triggered_procedure_ids=triggered_procedure_ids,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            call_duration_min_secs=call_duration_min_secs,
            call_duration_max_secs=call_duration_max_secs,
            rating_max=rating_max,
            rating_min=rating_min,
            has_feedback_comment=has_feedback_comment,
            user_id=user_id,
            evaluation_params=evaluation_params,
            data_collection_params=data_collection_params,
            data_collection_ids=data_collection_ids,
            evaluation_criteria_ids=evaluation_criteria_ids,
            tool_names=tool_names,
            tool_names_successful=tool_names_successful,
            tool_names_errored=tool_names_errored,
            include_invalid_tool_calls=include_invalid_tool_calls,
            main_languages=main_languages,
            page_size=page_size,
            summary_mode=summary_mode,
            search=search,
            conversation_initiation_source=conversation_initiation_source,
            text_only=text_only,
            conversation_product_type=conversation_product_type,
            branch_id=branch_id,
            version_id=version_id,
            parent_conversation_id=parent_conversation_id,
            topic_ids=topic_ids,
            exclude_statuses=exclude_statuses,
            tag_ids=tag_ids,
            workflow_node_entered_id=workflow_node_entered_id,
            termination_reasons=termination_reasons,
            guardrail_types=guardrail_types,
            custom_guardrail_names=custom_guardrail_names,
            sort_direction=sort_direction,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiConversationsListQuery],
    ) -> AsyncIterator[models.GetConversationsPageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiConversationsListQuery],
    ) -> AsyncIterator[models.ConversationSummaryResponseModel]:
        """Every item (`conversations`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.conversations:
                yield item

    async def resolve(
        self,
        *,
        agent_id: str,
        reference: str,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Resolve Conversation Reference

        Resolve a conversation URL (a Slack message URL or a Zendesk ticket URL) to the deterministic
        conversation ID for the given agent, then confirm the conversation exists.

        `GET /v1/convai/conversations/resolve`.

        Args:
            agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
                same underlying resource.
            reference (str): A Slack message URL or a Zendesk ticket URL.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_conversations_resolve._get_kwargs(
            agent_id=agent_id,
            reference=reference,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_resolve, request_options)

    @former_names(
        format_="format",
    )
    async def get(
        self,
        conversation_id: str,
        *,
        format: models.ConversationalAiConversationsGetFormat | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationResponseModel:
        """Get Conversation Details

        Get the details of a particular conversation

        `GET /v1/convai/conversations/{conversation_id}`.

        Args:
            conversation_id (str):
            format (ConversationalAiConversationsGetFormat | Unset): Response format. Defaults to
                'json'. Set to 'opentelemetry' for an OTLP-compatible trace payload using the same structure
                as the post-call webhook. Defaults to 'json' on the server. One of: json, opentelemetry.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_get._get_kwargs(
            conversation_id=conversation_id,
            format_=format,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_get, request_options)

    async def delete(
        self,
        conversation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Conversation

        Delete a particular conversation

        `DELETE /v1/convai/conversations/{conversation_id}`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_delete._get_kwargs(
            conversation_id=conversation_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_conversations_delete, request_options)

    async def get_sip_messages(
        self,
        conversation_id: str,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSipLogMessagesResponse:
        """Get Sip Messages For A Conversation

        Get SIP messages associated with a conversation's phone call

        `GET /v1/convai/conversations/{conversation_id}/sip-messages`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            page_size (int | Unset): Defaults to 20 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_get_sip_messages._get_kwargs(
            conversation_id=conversation_id,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_get_sip_messages, request_options
        )

    def iter_get_sip_messages_pages(
        self,
        conversation_id: str,
        **query: Unpack[ConversationalAiConversationsGetSipMessagesQuery],
    ) -> AsyncIterator[models.GetSipLogMessagesResponse]:
        """Every page of `get_sip_messages` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_sip_messages, conversation_id),
            query,
            _PAGING_CONVERSATIONAL_AI_CONVERSATIONS_GET_SIP_MESSAGES,
        )

    async def iter_get_sip_messages(
        self,
        conversation_id: str,
        **query: Unpack[ConversationalAiConversationsGetSipMessagesQuery],
    ) -> AsyncIterator[models.SipLogMessage]:
        """Every item (`sip_messages`) of every page of `get_sip_messages` with these parameters."""
        async for page in self.iter_get_sip_messages_pages(conversation_id, **query):
            for item in page.sip_messages:
                yield item

    async def get_summary(
        self,
        conversation_id: str,
        *,
        max_messages: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConversationSummaryResponseModel:
        """Get Conversation Summary

        Get a lightweight summary of a conversation: its title, the generated transcript summary, whether
        the call was successful, and — only when the conversation is short — the plain chat messages. Tool
        calls, tool results, and contextual updates are omitted so the response stays small. Use this
        instead of the full conversation endpoint when you only need the gist (e.g. an agent reading many
        conversations); use GET /v1/convai/conversations/{conversation_id} when you need the full transcript
        with tool calls and contextual updates.

        `GET /v1/convai/conversations/{conversation_id}/summary`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            max_messages (int | Unset): Maximum number of chat message turns to include inline. When the
                conversation has more than this, the messages are omitted and messages_omitted is set.
                Defaults to 40 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_get_summary._get_kwargs(
            conversation_id=conversation_id,
            max_messages=max_messages,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_get_summary, request_options
        )


class AsyncConversationalAiConversationsResourceWithRawResponse:
    """`AsyncConversationalAiConversationsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsResource) -> None:
        self.get_signed_url = async_raw_response(resource.get_signed_url)
        self.get_signed_url_deprecated = async_raw_response(resource.get_signed_url_deprecated)
        self.get_webrtc_token = async_raw_response(resource.get_webrtc_token)
        self.list = async_raw_response(resource.list)
        self.resolve = async_raw_response(resource.resolve)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.get_sip_messages = async_raw_response(resource.get_sip_messages)
        self.get_summary = async_raw_response(resource.get_summary)
