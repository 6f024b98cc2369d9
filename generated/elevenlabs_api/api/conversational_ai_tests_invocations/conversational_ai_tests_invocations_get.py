"""`GET /v1/convai/test-invocations/{test_invocation_id}`: Get Test Invocation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_test_suite_invocation_response_model import GetTestSuiteInvocationResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    test_invocation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/test-invocations/{test_invocation_id}".format(
            test_invocation_id=quote(str(test_invocation_id), safe=""),
        ),
    }
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
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> GetTestSuiteInvocationResponseModel | HttpValidationError | None:
    """Get Test Invocation

    Gets a test invocation by ID.

    Args:
        test_invocation_id (str): The id of a test invocation. This is returned when tests are
            run.
    """

    return sync_detailed(
        test_invocation_id=test_invocation_id,
        client=client,
    ).parsed


def sync_detailed(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetTestSuiteInvocationResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        test_invocation_id=test_invocation_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> GetTestSuiteInvocationResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            test_invocation_id=test_invocation_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetTestSuiteInvocationResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        test_invocation_id=test_invocation_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
