"""`GET /v1/convai/knowledge-base/{documentation_id}/rag-index`: Get Rag Indexes Of The Specified Knowledgebase Document.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.rag_document_indexes_response_model import RagDocumentIndexesResponseModel


def _get_kwargs(
    documentation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/rag-index".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | RagDocumentIndexesResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.rag_document_indexes_response_model import RagDocumentIndexesResponseModel

    if response.status_code == 200:
        response_200 = RagDocumentIndexesResponseModel.from_dict(response.json())

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
) -> HttpValidationError | RagDocumentIndexesResponseModel | None:
    """Get Rag Indexes Of The Specified Knowledgebase Document.

    Provides information about all RAG indexes of the specified knowledgebase document.

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
    ).parsed


def sync_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | RagDocumentIndexesResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | RagDocumentIndexesResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | RagDocumentIndexesResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
