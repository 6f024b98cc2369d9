"""`POST /v1/convai/llm-usage/calculate`: Calculate Expected Llm Usage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.llm_usage_calculator_public_request_model import LlmUsageCalculatorPublicRequestModel
    from ...models.llm_usage_calculator_response_model import LlmUsageCalculatorResponseModel


def _get_kwargs(
    *,
    body: LlmUsageCalculatorPublicRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/llm-usage/calculate",
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
    *,
    client: AuthenticatedClient | Client,
    body: LlmUsageCalculatorPublicRequestModel,
) -> HttpValidationError | LlmUsageCalculatorResponseModel | None:
    """Calculate Expected Llm Usage

    Returns a list of LLM models and the expected cost for using them based on the provided values.

    Args:
        body (LlmUsageCalculatorPublicRequestModel):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LlmUsageCalculatorPublicRequestModel,
) -> Response[HttpValidationError | LlmUsageCalculatorResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LlmUsageCalculatorPublicRequestModel,
) -> HttpValidationError | LlmUsageCalculatorResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LlmUsageCalculatorPublicRequestModel,
) -> Response[HttpValidationError | LlmUsageCalculatorResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
