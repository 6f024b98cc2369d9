"""`POST /v1/convai/knowledge-base/dependent-agents`: Get Dependent Agents For Multiple Documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import KnowledgeBaseDependentType
    from ...models.body_get_dependent_agents_for_multiple_documents_v1_convai_knowledge_base_dependent_agents_post import (
        BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
    )
    from ...models.get_knowledge_base_dependent_agents_response_model import (
        GetKnowledgeBaseDependentAgentsResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
        "method": "post",
        "url": "/v1/convai/knowledge-base/dependent-agents",
    }
    _kwargs["params"] = params
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError | None:
    """Get Dependent Agents For Multiple Documents

    Get a list of agents depending on any of the given knowledge base documents.

    Args:
        dependent_type (KnowledgeBaseDependentType | Unset):
        page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        body (BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost):
    """

    return sync_detailed(
        client=client,
        body=body,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
    dependent_type: KnowledgeBaseDependentType | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetKnowledgeBaseDependentAgentsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
