"""`POST /v1/workspace/members`: Update Member."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_member_request import UpdateMemberRequest
    from ...models.update_workspace_member_response_model import UpdateWorkspaceMemberResponseModel


def _get_kwargs(
    *,
    body: UpdateMemberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/members",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | UpdateWorkspaceMemberResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_workspace_member_response_model import UpdateWorkspaceMemberResponseModel

    if response.status_code == 200:
        response_200 = UpdateWorkspaceMemberResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateMemberRequest,
) -> HttpValidationError | UpdateWorkspaceMemberResponseModel | None:
    """Update Member

    Updates attributes of a workspace member. Apart from the email identifier, all parameters will
    remain unchanged unless specified. This endpoint may only be called by workspace administrators.

    Args:
        body (UpdateMemberRequest):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateMemberRequest,
) -> Response[HttpValidationError | UpdateWorkspaceMemberResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateMemberRequest,
) -> HttpValidationError | UpdateWorkspaceMemberResponseModel | None:
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
    body: UpdateMemberRequest,
) -> Response[HttpValidationError | UpdateWorkspaceMemberResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
