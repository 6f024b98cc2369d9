"""`client.conversational_ai.agents.llm_usage`: the operations of group `conversational_ai_agents_llm_usage`, as methods of ConversationalAiAgentsLlmUsageResource and AsyncConversationalAiAgentsLlmUsageResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
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
from . import conversational_ai_agents_llm_usage_calculate


def _parse_conversational_ai_agents_llm_usage_calculate(
    response: httpx.Response,
) -> models.LlmUsageCalculatorResponseModel:
    from ...models.llm_usage_calculator_response_model import LlmUsageCalculatorResponseModel

    response_200 = LlmUsageCalculatorResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiAgentsLlmUsageResource:
    """The operations of group `conversational_ai_agents_llm_usage`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiAgentsLlmUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiAgentsLlmUsageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def calculate(
        self,
        agent_id: str,
        *,
        prompt_length: int | None | Unset = UNSET,
        number_of_pages: int | None | Unset = UNSET,
        rag_enabled: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.LlmUsageCalculatorResponseModel:
        """Calculate Expected Llm Usage For An Agent

        Calculates expected number of LLM tokens needed for the specified agent.

        `POST /v1/convai/agent/{agent_id}/llm-usage/calculate`.

        Args:
            agent_id (str):
            prompt_length (int | None | Unset): Length of the prompt in characters.
            number_of_pages (int | None | Unset): Pages of content in pdf documents OR urls in agent's
                Knowledge Base.
            rag_enabled (bool | None | Unset): Whether RAG is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.llm_usage_calculator_request_model import LlmUsageCalculatorRequestModel

        kwargs = conversational_ai_agents_llm_usage_calculate._get_kwargs(
            agent_id=agent_id,
            body=LlmUsageCalculatorRequestModel(
                prompt_length=prompt_length,
                number_of_pages=number_of_pages,
                rag_enabled=rag_enabled,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_agents_llm_usage_calculate, request_options)


class ConversationalAiAgentsLlmUsageResourceWithRawResponse:
    """`ConversationalAiAgentsLlmUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiAgentsLlmUsageResource) -> None:
        self.calculate = raw_response(resource.calculate)


class AsyncConversationalAiAgentsLlmUsageResource:
    """The operations of group `conversational_ai_agents_llm_usage`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiAgentsLlmUsageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiAgentsLlmUsageResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def calculate(
        self,
        agent_id: str,
        *,
        prompt_length: int | None | Unset = UNSET,
        number_of_pages: int | None | Unset = UNSET,
        rag_enabled: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.LlmUsageCalculatorResponseModel:
        """Calculate Expected Llm Usage For An Agent

        Calculates expected number of LLM tokens needed for the specified agent.

        `POST /v1/convai/agent/{agent_id}/llm-usage/calculate`.

        Args:
            agent_id (str):
            prompt_length (int | None | Unset): Length of the prompt in characters.
            number_of_pages (int | None | Unset): Pages of content in pdf documents OR urls in agent's
                Knowledge Base.
            rag_enabled (bool | None | Unset): Whether RAG is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("agent_id", agent_id)
        from ...models.llm_usage_calculator_request_model import LlmUsageCalculatorRequestModel

        kwargs = conversational_ai_agents_llm_usage_calculate._get_kwargs(
            agent_id=agent_id,
            body=LlmUsageCalculatorRequestModel(
                prompt_length=prompt_length,
                number_of_pages=number_of_pages,
                rag_enabled=rag_enabled,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_agents_llm_usage_calculate, request_options
        )


class AsyncConversationalAiAgentsLlmUsageResourceWithRawResponse:
    """`AsyncConversationalAiAgentsLlmUsageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiAgentsLlmUsageResource) -> None:
        self.calculate = async_raw_response(resource.calculate)
