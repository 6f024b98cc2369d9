"""`GET /v1/convai/knowledge-base/{documentation_id}/dependent-agents`: Get Dependent Agents List."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import KnowledgeBaseDependentType
    from ...models.get_knowledge_base_dependent_agents_response_model import (
        GetKnowledgeBaseDependentAgentsResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    documentation_id: str,
    *,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_dependent_type: str | Unset = UNSET
    if not isinstance(dependent_type, Unset):
        json_dependent_type = dependent_type

    params["dependent_type"] = json_dependent_type

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/dependent-agents".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError | None:
    from ...models.get_knowledge_base_dependent_agents_response_model import (
        GetKnowledgeBaseDependentAgentsResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetKnowledgeBaseDependentAgentsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError | None:
    """Get Dependent Agents List

    Get a list of agents depending on this knowledge base document

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
        dependent_type (KnowledgeBaseDependentType | Unset):
        page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
