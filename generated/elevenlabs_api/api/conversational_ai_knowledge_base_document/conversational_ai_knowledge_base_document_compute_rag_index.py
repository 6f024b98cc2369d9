"""`POST /v1/convai/knowledge-base/{documentation_id}/rag-index`: Compute Rag Index.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.rag_document_index_response_model import RagDocumentIndexResponseModel
    from ...models.rag_index_request_model import RagIndexRequestModel


def _get_kwargs(
    documentation_id: str,
    *,
    body: RagIndexRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/{documentation_id}/rag-index".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: RagIndexRequestModel,
) -> HttpValidationError | RagDocumentIndexResponseModel | None:
    """Compute Rag Index.

    In case the document is not RAG indexed, it triggers rag indexing task, otherwise it just returns
    the current status.

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
        body (RagIndexRequestModel):
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    body: RagIndexRequestModel,
) -> Response[HttpValidationError | RagDocumentIndexResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    body: RagIndexRequestModel,
) -> HttpValidationError | RagDocumentIndexResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    body: RagIndexRequestModel,
) -> Response[HttpValidationError | RagDocumentIndexResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
