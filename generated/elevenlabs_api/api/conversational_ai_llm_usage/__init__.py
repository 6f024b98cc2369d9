"""`client.conversational_ai.llm_usage`: the operations of group `conversational_ai_llm_usage`, as methods of ConversationalAiLlmUsageResource and AsyncConversationalAiLlmUsageResource."""

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
from . import conversational_ai_llm_usage_calculate


def _parse_conversational_ai_llm_usage_calculate(response: httpx.Response) -> models.LlmUsageCalculatorResponseModel:
    from ...models.llm_usage_calculator_response_model import LlmUsageCalculatorResponseModel

    response_200 = LlmUsageCalculatorResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiLlmUsageResource:
    """The operations of group `conversational_ai_llm_usage`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiLlmUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiLlmUsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def calculate(
        self,
        prompt_length: int,
        number_of_pages: int,
        rag_enabled: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.LlmUsageCalculatorResponseModel:
        """Calculate Expected Llm Usage

        Returns a list of LLM models and the expected cost for using them based on the provided values.

        `POST /v1/convai/llm-usage/calculate`.

        Args:
            prompt_length (int): Length of the prompt in characters.
            number_of_pages (int): Pages of content in PDF documents or URLs in the agent's knowledge
                base.
            rag_enabled (bool): Whether RAG is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.llm_usage_calculator_public_request_model import LlmUsageCalculatorPublicRequestModel

        kwargs = conversational_ai_llm_usage_calculate._get_kwargs(
            body=LlmUsageCalculatorPublicRequestModel(
                prompt_length=prompt_length,
                number_of_pages=number_of_pages,
                rag_enabled=rag_enabled,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_llm_usage_calculate, request_options)


class ConversationalAiLlmUsageResourceWithRawResponse:
    """`ConversationalAiLlmUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiLlmUsageResource) -> None:
        self.calculate = raw_response(resource.calculate)


class AsyncConversationalAiLlmUsageResource:
    """The operations of group `conversational_ai_llm_usage`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiLlmUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiLlmUsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def calculate(
        self,
        prompt_length: int,
        number_of_pages: int,
        rag_enabled: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.LlmUsageCalculatorResponseModel:
        """Calculate Expected Llm Usage

        Returns a list of LLM models and the expected cost for using them based on the provided values.

        `POST /v1/convai/llm-usage/calculate`.

        Args:
            prompt_length (int): Length of the prompt in characters.
            number_of_pages (int): Pages of content in PDF documents or URLs in the agent's knowledge
                base.
            rag_enabled (bool): Whether RAG is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.llm_usage_calculator_public_request_model import LlmUsageCalculatorPublicRequestModel

        kwargs = conversational_ai_llm_usage_calculate._get_kwargs(
            body=LlmUsageCalculatorPublicRequestModel(
                prompt_length=prompt_length,
                number_of_pages=number_of_pages,
                rag_enabled=rag_enabled,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_llm_usage_calculate, request_options)


class AsyncConversationalAiLlmUsageResourceWithRawResponse:
    """`AsyncConversationalAiLlmUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiLlmUsageResource) -> None:
        self.calculate = async_raw_response(resource.calculate)
