"""`POST /v1/convai/agent-testing/create`: Create Agent Response Test."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_agent_test_response_model import CreateAgentTestResponseModel
    from ...models.create_response_unit_test_request import CreateResponseUnitTestRequest
    from ...models.create_simulation_test_request import CreateSimulationTestRequest
    from ...models.create_tool_call_unit_test_request import CreateToolCallUnitTestRequest
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agent-testing/create",
    }
    from ...models.create_response_unit_test_request import CreateResponseUnitTestRequest
    from ...models.create_simulation_test_request import CreateSimulationTestRequest
    from ...models.create_tool_call_unit_test_request import CreateToolCallUnitTestRequest

    if (
        isinstance(body, CreateResponseUnitTestRequest)
        or isinstance(body, CreateToolCallUnitTestRequest)
        or isinstance(body, CreateSimulationTestRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentTestResponseModel | HttpValidationError | None:
    from ...models.create_agent_test_response_model import CreateAgentTestResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreateAgentTestResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> CreateAgentTestResponseModel | HttpValidationError | None:
    """Create Agent Response Test

    Creates a new agent response test.

    Args:
        body (CreateResponseUnitTestRequest | CreateSimulationTestRequest |
            CreateToolCallUnitTestRequest): Create Chat Response Test Request Information
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> Response[CreateAgentTestResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> CreateAgentTestResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> Response[CreateAgentTestResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
