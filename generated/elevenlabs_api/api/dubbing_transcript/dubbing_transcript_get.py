"""`GET /v1/dubbing/{dubbing_id}/transcript/{language_code}`: Deprecated: Get Dubbed Transcript."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import DubbingTranscriptGetFormatType
    from ...models.dubbing_transcript_response_model import DubbingTranscriptResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    dubbing_id: str,
    language_code: str,
    *,
    format_type: DubbingTranscriptGetFormatType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_type: str | Unset = UNSET
    if not isinstance(format_type, Unset):
        json_format_type = format_type

    params["format_type"] = json_format_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/transcript/{language_code}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DubbingTranscriptResponseModel | str | HttpValidationError | None:
    from ...models.dubbing_transcript_response_model import DubbingTranscriptResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:

        def _parse_response_200(data: object) -> DubbingTranscriptResponseModel | str:

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = DubbingTranscriptResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DubbingTranscriptResponseModel | str", data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 425:
        response_425 = cast(Any, None)
        return response_425

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
    format_type: DubbingTranscriptGetFormatType | Unset = UNSET,
) -> Any | DubbingTranscriptResponseModel | str | HttpValidationError | None:
    """Deprecated: Get Dubbed Transcript

    Deprecated. Returns transcript for the dub as an SRT or WEBVTT file.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
            fetch the transcript of the original media.
        format_type (DubbingTranscriptGetFormatType | Unset): Format to return transcript in. For
            subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
            format is not yet supported for Dubbing Studio. Defaults to 'srt' on the server.
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        language_code=language_code,
        client=client,
        format_type=format_type,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
    format_type: DubbingTranscriptGetFormatType | Unset = UNSET,
) -> Response[Any | DubbingTranscriptResponseModel | str | HttpValidationError]:
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
    *,
    client: AuthenticatedClient,
    format_type: DubbingTranscriptGetFormatType | Unset = UNSET,
) -> Any | DubbingTranscriptResponseModel | str | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
            format_type=format_type,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
    format_type: DubbingTranscriptGetFormatType | Unset = UNSET,
) -> Response[Any | DubbingTranscriptResponseModel | str | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
