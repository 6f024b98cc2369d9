"""`POST /v1/convai/test-invocations/{test_invocation_id}/resubmit`: Resubmit Tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.resubmit_tests_request_model import ResubmitTestsRequestModel


def _get_kwargs(
    test_invocation_id: str,
    *,
    body: ResubmitTestsRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/test-invocations/{test_invocation_id}/resubmit".format(
            test_invocation_id=quote(str(test_invocation_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.json()
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
    body: ResubmitTestsRequestModel,
) -> Any | HttpValidationError | None:
    """Resubmit Tests

    Resubmits specific test runs from a test invocation.

    Args:
        test_invocation_id (str): The id of a test invocation. This is returned when tests are
            run.
        body (ResubmitTestsRequestModel):
    """

    return sync_detailed(
        test_invocation_id=test_invocation_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: ResubmitTestsRequestModel,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        test_invocation_id=test_invocation_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: ResubmitTestsRequestModel,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            test_invocation_id=test_invocation_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: ResubmitTestsRequestModel,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        test_invocation_id=test_invocation_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
