"""`client.conversational_ai.batch_calls`: the operations of group `conversational_ai_batch_calls`, as methods of ConversationalAiBatchCallsResource and AsyncConversationalAiBatchCallsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncBinaryStream,
    AsyncRequester,
    BinaryStream,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    conversational_ai_batch_calls_cancel,
    conversational_ai_batch_calls_create,
    conversational_ai_batch_calls_delete,
    conversational_ai_batch_calls_export,
    conversational_ai_batch_calls_get,
    conversational_ai_batch_calls_list,
    conversational_ai_batch_calls_retry,
)


def _parse_conversational_ai_batch_calls_create(response: httpx.Response) -> models.BatchCallResponse:
    from ...models.batch_call_response import BatchCallResponse

    response_200 = BatchCallResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_batch_calls_list(response: httpx.Response) -> models.WorkspaceBatchCallsResponse:
    from ...models.workspace_batch_calls_response import WorkspaceBatchCallsResponse

    response_200 = WorkspaceBatchCallsResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_batch_calls_get(response: httpx.Response) -> models.BatchCallDetailedResponse:
    from ...models.batch_call_detailed_response import BatchCallDetailedResponse

    response_200 = BatchCallDetailedResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_batch_calls_delete(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_batch_calls_cancel(response: httpx.Response) -> models.BatchCallResponse:
    from ...models.batch_call_response import BatchCallResponse

    response_200 = BatchCallResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_batch_calls_retry(response: httpx.Response) -> models.BatchCallResponse:
    from ...models.batch_call_response import BatchCallResponse

    response_200 = BatchCallResponse.from_dict(loads(response.content))

    return response_200


class ConversationalAiBatchCallsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    limit: int | Unset
    last_doc: None | str | Unset
    agent_id: None | str | Unset


class ConversationalAiBatchCallsResource:
    """The operations of group `conversational_ai_batch_calls`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiBatchCallsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiBatchCallsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        call_name: str,
        agent_id: str,
        recipients: builtins.list[models.OutboundCallRecipient],
        *,
        scheduled_time_unix: int | None | Unset = UNSET,
        agent_phone_number_id: None | str | Unset = UNSET,
        whatsapp_params: models.BatchCallWhatsAppParams | None | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        target_concurrency_limit: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallResponse:
        """Submit A Batch Call Request.

        Submit a batch call request to schedule calls for multiple recipients.

        `POST /v1/convai/batch-calling/submit`.

        Args:
            call_name (str):
            agent_id (str):
            recipients (list[OutboundCallRecipient]):
            scheduled_time_unix (int | None | Unset):
            agent_phone_number_id (None | str | Unset):
            whatsapp_params (BatchCallWhatsAppParams | None | Unset):
            timezone (None | str | Unset):
            branch_id (None | str | Unset):
            environment (None | str | Unset):
            telephony_call_config (TelephonyCallConfig | Unset):
            target_concurrency_limit (int | None | Unset): Maximum number of simultaneous calls for this
                batch. When set, dispatch is governed by this limit rather than workspace/agent capacity
                percentages.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post import (
            BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
        )

        kwargs = conversational_ai_batch_calls_create._get_kwargs(
            body=BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost(
                call_name=call_name,
                agent_id=agent_id,
                recipients=recipients,
                scheduled_time_unix=scheduled_time_unix,
                agent_phone_number_id=agent_phone_number_id,
                whatsapp_params=whatsapp_params,
                timezone=timezone,
                branch_id=branch_id,
                environment=environment,
                telephony_call_config=telephony_call_config,
                target_concurrency_limit=target_concurrency_limit,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_batch_calls_create, request_options)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        last_doc: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceBatchCallsResponse:
        """Get All Batch Calls For A Workspace.

        Get all batch calls for the current workspace.

        `GET /v1/convai/batch-calling/workspace`.

        Args:
            limit (int | Unset): Defaults to 100 on the server.
            last_doc (None | str | Unset):
            agent_id (None | str | Unset): Filter batch calls to a single agent.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_batch_calls_list._get_kwargs(
            limit=limit,
            last_doc=last_doc,
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_batch_calls_list, request_options)

    def get(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallDetailedResponse:
        """Get A Batch Call By Id.

        Get detailed information about a batch call including all recipients.

        `GET /v1/convai/batch-calling/{batch_id}`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_get._get_kwargs(
            batch_id=batch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_batch_calls_get, request_options)

    def delete(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete A Batch Call.

        Permanently delete a batch call and all recipient records. Conversations remain in history.

        `DELETE /v1/convai/batch-calling/{batch_id}`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_delete._get_kwargs(
            batch_id=batch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_batch_calls_delete, request_options)

    def cancel(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallResponse:
        """Cancel A Batch Call.

        Cancel a running batch call and set all recipients to cancelled status.

        `POST /v1/convai/batch-calling/{batch_id}/cancel`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_cancel._get_kwargs(
            batch_id=batch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_batch_calls_cancel, request_options)

    def export(
        self,
        batch_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Export Batch Call Results

        Download all recipients and conversation results for a terminal batch call as CSV.

        `GET /v1/convai/batch-calling/{batch_id}/export`; the body (text/csv) streams: iterate over it, or `.save(path)`.

        Args:
            batch_id (str):
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_export._get_kwargs(
            batch_id=batch_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def retry(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallResponse:
        """Retry A Batch Call.

        Retry a batch call, calling failed and no-response recipients again.

        `POST /v1/convai/batch-calling/{batch_id}/retry`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_retry._get_kwargs(
            batch_id=batch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_batch_calls_retry, request_options)


class ConversationalAiBatchCallsResourceWithRawResponse:
    """`ConversationalAiBatchCallsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiBatchCallsResource) -> None:
        self.create = raw_response(resource.create)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.cancel = raw_response(resource.cancel)
        self.export = raw_response(resource.export)
        self.retry = raw_response(resource.retry)


class AsyncConversationalAiBatchCallsResource:
    """The operations of group `conversational_ai_batch_calls`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiBatchCallsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiBatchCallsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def create(
        self,
        call_name: str,
        agent_id: str,
        recipients: builtins.list[models.OutboundCallRecipient],
        *,
        scheduled_time_unix: int | None | Unset = UNSET,
        agent_phone_number_id: None | str | Unset = UNSET,
        whatsapp_params: models.BatchCallWhatsAppParams | None | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        target_concurrency_limit: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallResponse:
        """Submit A Batch Call Request.

        Submit a batch call request to schedule calls for multiple recipients.

        `POST /v1/convai/batch-calling/submit`.

        Args:
            call_name (str):
            agent_id (str):
            recipients (list[OutboundCallRecipient]):
            scheduled_time_unix (int | None | Unset):
            agent_phone_number_id (None | str | Unset):
            whatsapp_params (BatchCallWhatsAppParams | None | Unset):
            timezone (None | str | Unset):
            branch_id (None | str | Unset):
            environment (None | str | Unset):
            telephony_call_config (TelephonyCallConfig | Unset):
            target_concurrency_limit (int | None | Unset): Maximum number of simultaneous calls for this
                batch. When set, dispatch is governed by this limit rather than workspace/agent capacity
                percentages.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post import (
            BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
        )

        kwargs = conversational_ai_batch_calls_create._get_kwargs(
            body=BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost(
                call_name=call_name,
                agent_id=agent_id,
                recipients=recipients,
                scheduled_time_unix=scheduled_time_unix,
                agent_phone_number_id=agent_phone_number_id,
                whatsapp_params=whatsapp_params,
                timezone=timezone,
                branch_id=branch_id,
                environment=environment,
                telephony_call_config=telephony_call_config,
                target_concurrency_limit=target_concurrency_limit,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_batch_calls_create, request_options)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        last_doc: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceBatchCallsResponse:
        """Get All Batch Calls For A Workspace.

        Get all batch calls for the current workspace.

        `GET /v1/convai/batch-calling/workspace`.

        Args:
            limit (int | Unset): Defaults to 100 on the server.
            last_doc (None | str | Unset):
            agent_id (None | str | Unset): Filter batch calls to a single agent.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_batch_calls_list._get_kwargs(
            limit=limit,
            last_doc=last_doc,
            agent_id=agent_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_batch_calls_list, request_options)

    async def get(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallDetailedResponse:
        """Get A Batch Call By Id.

        Get detailed information about a batch call including all recipients.

        `GET /v1/convai/batch-calling/{batch_id}`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_get._get_kwargs(
            batch_id=batch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_batch_calls_get, request_options)

    async def delete(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete A Batch Call.

        Permanently delete a batch call and all recipient records. Conversations remain in history.

        `DELETE /v1/convai/batch-calling/{batch_id}`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_delete._get_kwargs(
            batch_id=batch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_batch_calls_delete, request_options)

    async def cancel(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallResponse:
        """Cancel A Batch Call.

        Cancel a running batch call and set all recipients to cancelled status.

        `POST /v1/convai/batch-calling/{batch_id}/cancel`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_cancel._get_kwargs(
            batch_id=batch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_batch_calls_cancel, request_options)

    def export(
        self,
        batch_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Export Batch Call Results

        Download all recipients and conversation results for a terminal batch call as CSV.

        `GET /v1/convai/batch-calling/{batch_id}/export`; the body (text/csv) streams: iterate over it, or `.save(path)`.

        Args:
            batch_id (str):
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_export._get_kwargs(
            batch_id=batch_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    async def retry(
        self,
        batch_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.BatchCallResponse:
        """Retry A Batch Call.

        Retry a batch call, calling failed and no-response recipients again.

        `POST /v1/convai/batch-calling/{batch_id}/retry`.

        Args:
            batch_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("batch_id", batch_id)
        kwargs = conversational_ai_batch_calls_retry._get_kwargs(
            batch_id=batch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_batch_calls_retry, request_options)


class AsyncConversationalAiBatchCallsResourceWithRawResponse:
    """`AsyncConversationalAiBatchCallsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiBatchCallsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.cancel = async_raw_response(resource.cancel)
        self.export = async_raw_response(resource.export)
        self.retry = async_raw_response(resource.retry)
