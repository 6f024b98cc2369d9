"""`POST /v1/convai/agents/{agent_id}/run-tests`: Run Tests On The Agent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_test_suite_invocation_response_model import GetTestSuiteInvocationResponseModel
    from ...models.http_validation_error import HttpValidationError
    from ...models.run_agent_tests_request_model import RunAgentTestsRequestModel


def _get_kwargs(
    agent_id: str,
    *,
    body: RunAgentTestsRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/run-tests".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTestSuiteInvocationResponseModel | HttpValidationError | None:
    from ...models.get_test_suite_invocation_response_model import GetTestSuiteInvocationResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetTestSuiteInvocationResponseModel.from_dict(response.json())

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
    body: RunAgentTestsRequestModel,
) -> GetTestSuiteInvocationResponseModel | HttpValidationError | None:
    """Run Tests On The Agent

    Run selected tests on the agent with provided configuration. If the agent configuration is provided,
    it will be used to override default agent configuration.

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body (RunAgentTestsRequestModel):
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
    body: RunAgentTestsRequestModel,
) -> Response[GetTestSuiteInvocationResponseModel | HttpValidationError]:
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
    body: RunAgentTestsRequestModel,
) -> GetTestSuiteInvocationResponseModel | HttpValidationError | None:
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
    body: RunAgentTestsRequestModel,
) -> Response[GetTestSuiteInvocationResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
