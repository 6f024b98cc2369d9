"""`POST /v1/convai/test-invocations/{test_invocation_id}/resubmit`: Resubmit Tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HttpValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: ResubmitTestsRequestModel,
) -> Response[Any | HttpValidationError]:
    """Resubmit Tests

     Resubmits specific test runs from a test invocation.

    Args:
        test_invocation_id (str): The id of a test invocation. This is returned when tests are
            run.
        body (ResubmitTestsRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpValidationError]
    """

    kwargs = _get_kwargs(
        test_invocation_id=test_invocation_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HttpValidationError
    """

    return sync_detailed(
        test_invocation_id=test_invocation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    test_invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: ResubmitTestsRequestModel,
) -> Response[Any | HttpValidationError]:
    """Resubmit Tests

     Resubmits specific test runs from a test invocation.

    Args:
        test_invocation_id (str): The id of a test invocation. This is returned when tests are
            run.
        body (ResubmitTestsRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpValidationError]
    """

    kwargs = _get_kwargs(
        test_invocation_id=test_invocation_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HttpValidationError
    """

    return (
        await asyncio_detailed(
            test_invocation_id=test_invocation_id,
            client=client,
            body=body,
        )
    ).parsed
