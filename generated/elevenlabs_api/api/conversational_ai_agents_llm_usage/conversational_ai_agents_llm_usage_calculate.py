"""`POST /v1/convai/agent/{agent_id}/llm-usage/calculate`: Calculate Expected Llm Usage For An Agent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.llm_usage_calculator_request_model import LlmUsageCalculatorRequestModel
    from ...models.llm_usage_calculator_response_model import LlmUsageCalculatorResponseModel


def _get_kwargs(
    agent_id: str,
    *,
    body: LlmUsageCalculatorRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agent/{agent_id}/llm-usage/calculate".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | LlmUsageCalculatorResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.llm_usage_calculator_response_model import LlmUsageCalculatorResponseModel

    if response.status_code == 200:
        response_200 = LlmUsageCalculatorResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: LlmUsageCalculatorRequestModel,
) -> HttpValidationError | LlmUsageCalculatorResponseModel | None:
    """Calculate Expected Llm Usage For An Agent

    Calculates expected number of LLM tokens needed for the specified agent.

    Args:
        agent_id (str):
        body (LlmUsageCalculatorRequestModel):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: LlmUsageCalculatorRequestModel,
) -> Response[HttpValidationError | LlmUsageCalculatorResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: LlmUsageCalculatorRequestModel,
) -> HttpValidationError | LlmUsageCalculatorResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: LlmUsageCalculatorRequestModel,
) -> Response[HttpValidationError | LlmUsageCalculatorResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
