"""`GET /v1/dubbing/{dubbing_id}/transcripts/{language_code}/format/{format_type}`: Retrieve A Transcript."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import DubbingTranscriptsGetFormatType
    from ...models.dubbing_transcripts_response_model import DubbingTranscriptsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    dubbing_id: str,
    language_code: str,
    format_type: DubbingTranscriptsGetFormatType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/transcripts/{language_code}/format/{format_type}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
            format_type=quote(str(format_type), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingTranscriptsResponseModel | HttpValidationError | None:
    from ...models.dubbing_transcripts_response_model import DubbingTranscriptsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingTranscriptsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    language_code: str,
    format_type: DubbingTranscriptsGetFormatType,
    *,
    client: AuthenticatedClient,
) -> DubbingTranscriptsResponseModel | HttpValidationError | None:
    """Retrieve A Transcript

    Fetch the transcript for one of the languages in a dub.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
            fetch the transcript of the original media.
        format_type (DubbingTranscriptsGetFormatType): Format to return transcript in. For
            subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
            format is not yet supported for Dubbing Studio.
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
        client=client,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    language_code: str,
    format_type: DubbingTranscriptsGetFormatType,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingTranscriptsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    language_code: str,
    format_type: DubbingTranscriptsGetFormatType,
    *,
    client: AuthenticatedClient,
) -> DubbingTranscriptsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    format_type: DubbingTranscriptsGetFormatType,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingTranscriptsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
