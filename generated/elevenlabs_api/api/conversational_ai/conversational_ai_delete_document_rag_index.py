"""`DELETE /v1/convai/knowledge-base/{documentation_id}/rag-index/{rag_index_id}`: Delete Rag Index.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.rag_document_index_response_model import RagDocumentIndexResponseModel


def _get_kwargs(
    documentation_id: str,
    rag_index_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/knowledge-base/{documentation_id}/rag-index/{rag_index_id}".format(
            documentation_id=quote(str(documentation_id), safe=""),
            rag_index_id=quote(str(rag_index_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | RagDocumentIndexResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.rag_document_index_response_model import RagDocumentIndexResponseModel

    if response.status_code == 200:
        response_200 = RagDocumentIndexResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    documentation_id: str,
    rag_index_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | RagDocumentIndexResponseModel | None:
    """Delete Rag Index.

    Delete RAG index for the knowledgebase document.

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
        rag_index_id (str): The id of RAG index of document from the knowledge base.
    """

    return sync_detailed(
        documentation_id=documentation_id,
        rag_index_id=rag_index_id,
        client=client,
    ).parsed


def sync_detailed(
    documentation_id: str,
    rag_index_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | RagDocumentIndexResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        rag_index_id=rag_index_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    rag_index_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | RagDocumentIndexResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            rag_index_id=rag_index_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    rag_index_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | RagDocumentIndexResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        rag_index_id=rag_index_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
