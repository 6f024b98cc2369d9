"""`client.conversational_ai.llm`: the operations of group `conversational_ai_llm`, as methods of ConversationalAiLlmResource and AsyncConversationalAiLlmResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_llm_list


def _parse_conversational_ai_llm_list(response: httpx.Response) -> models.LlmListResponseModelInput:
    from ...models.llm_list_response_model_input import LlmListResponseModelInput

    response_200 = LlmListResponseModelInput.from_dict(loads(response.content))

    return response_200


class ConversationalAiLlmResource:
    """The operations of group `conversational_ai_llm`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiLlmResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiLlmResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.LlmListResponseModelInput:
        """List Available Llms

        Returns a list of available LLM models that can be used with agents, including their capabilities
        and any deprecation status. The response is filtered based on the data residency of the deployment
        and any compliance requirements (e.g. HIPAA) of the workspace subscription.

        `GET /v1/convai/llm/list`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_llm_list._get_kwargs()

        return self._requester.request(kwargs, _parse_conversational_ai_llm_list, request_options)


class ConversationalAiLlmResourceWithRawResponse:
    """`ConversationalAiLlmResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiLlmResource) -> None:
        self.list = raw_response(resource.list)


class AsyncConversationalAiLlmResource:
    """The operations of group `conversational_ai_llm`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiLlmResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiLlmResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.LlmListResponseModelInput:
        """List Available Llms

        Returns a list of available LLM models that can be used with agents, including their capabilities
        and any deprecation status. The response is filtered based on the data residency of the deployment
        and any compliance requirements (e.g. HIPAA) of the workspace subscription.

        `GET /v1/convai/llm/list`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_llm_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_conversational_ai_llm_list, request_options)


class AsyncConversationalAiLlmResourceWithRawResponse:
    """`AsyncConversationalAiLlmResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiLlmResource) -> None:
        self.list = async_raw_response(resource.list)
