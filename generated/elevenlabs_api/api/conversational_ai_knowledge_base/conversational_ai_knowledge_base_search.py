"""`GET /v1/convai/knowledge-base/search`: Search Knowledge Base Content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import KnowledgeBaseDocumentType
    from ...models.http_validation_error import HttpValidationError
    from ...models.knowledge_base_content_search_response_model import KnowledgeBaseContentSearchResponseModel


def _get_kwargs(
    *,
    query: str,
    page_size: int | Unset = UNSET,
    types: list[KnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page_size"] = page_size

    json_types: list[str] | None | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    elif isinstance(types, list):
        json_types = []
        for types_type_0_item_data in types:
            types_type_0_item: str = types_type_0_item_data
            json_types.append(types_type_0_item)

    else:
        json_types = types

    params["types"] = json_types

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/search",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | KnowledgeBaseContentSearchResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.knowledge_base_content_search_response_model import KnowledgeBaseContentSearchResponseModel

    if response.status_code == 200:
        response_200 = KnowledgeBaseContentSearchResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    page_size: int | Unset = UNSET,
    types: list[KnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | KnowledgeBaseContentSearchResponseModel | None:
    """Search Knowledge Base Content

    Fuzzy text search over knowledge base document content

    Args:
        query (str): The search query text
        page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
        types (list[KnowledgeBaseDocumentType] | None | Unset): If present, the endpoint will
            return only documents of the given types.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        query=query,
        page_size=page_size,
        types=types,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    page_size: int | Unset = UNSET,
    types: list[KnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | KnowledgeBaseContentSearchResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        query=query,
        page_size=page_size,
        types=types,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    page_size: int | Unset = UNSET,
    types: list[KnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | KnowledgeBaseContentSearchResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            query=query,
            page_size=page_size,
            types=types,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    page_size: int | Unset = UNSET,
    types: list[KnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | KnowledgeBaseContentSearchResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        query=query,
        page_size=page_size,
        types=types,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
