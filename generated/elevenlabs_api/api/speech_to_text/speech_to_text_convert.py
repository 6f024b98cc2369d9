"""`POST /v1/speech-to-text`: Speech To Text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_speech_to_text_v1_speech_to_text_post import BodySpeechToTextV1SpeechToTextPost
    from ...models.http_validation_error import HttpValidationError
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel
    from ...models.speech_to_text_webhook_response_model import SpeechToTextWebhookResponseModel


def _get_kwargs(
    *,
    body: BodySpeechToTextV1SpeechToTextPost,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_token: None | str | Unset = token

    params["token"] = json_token

    params["enable_logging"] = enable_logging

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/speech-to-text",
    }
    _kwargs["params"] = params
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | HttpValidationError
    | MultichannelSpeechToTextResponseModel
    | SpeechToTextChunkResponseModel
    | SpeechToTextWebhookResponseModel
    | None
):
    from ...models.http_validation_error import HttpValidationError
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel
    from ...models.speech_to_text_webhook_response_model import SpeechToTextWebhookResponseModel

    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
            if isinstance(data, dict):
                for known in (
                    SpeechToTextChunkResponseModel,
                    MultichannelSpeechToTextResponseModel,
                    SpeechToTextWebhookResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = SpeechToTextChunkResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_1 = MultichannelSpeechToTextResponseModel.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_2 = SpeechToTextWebhookResponseModel.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodySpeechToTextV1SpeechToTextPost,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> (
    Any
    | HttpValidationError
    | MultichannelSpeechToTextResponseModel
    | SpeechToTextChunkResponseModel
    | SpeechToTextWebhookResponseModel
    | None
):
    """Speech To Text

    Transcribe an audio or video file. If webhook is set to true, the request will be processed
    asynchronously and results sent to configured webhooks. When use_multi_channel is true and the
    provided audio has multiple channels, a 'transcripts' object with separate transcripts for each
    channel is returned; set multichannel_output_style='combined' to instead receive a single transcript
    with all channels merged and sorted by time. Otherwise, returns a single transcript. The optional
    webhook_metadata parameter allows you to attach custom data that will be included in webhook
    responses for request correlation and tracking.

    Args:
        token (None | str | Unset): A single-use authentication token created via POST /v1/single-
            use-token/batch_scribe. This token can only be used once and expires after 15 minutes.
            Alternative to API key or bearer token authentication for frontend clients.
        enable_logging (bool | Unset): When enable_logging is set to false zero retention mode
            will be used for the request. This will mean log and transcript storage features are
            unavailable for this request. Zero retention mode may only be used by enterprise
            customers. Defaults to True on the server.
        body (BodySpeechToTextV1SpeechToTextPost):
    """

    return sync_detailed(
        client=client,
        body=body,
        token=token,
        enable_logging=enable_logging,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodySpeechToTextV1SpeechToTextPost,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Response[
    Any
    | HttpValidationError
    | MultichannelSpeechToTextResponseModel
    | SpeechToTextChunkResponseModel
    | SpeechToTextWebhookResponseModel
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        token=token,
        enable_logging=enable_logging,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodySpeechToTextV1SpeechToTextPost,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> (
    Any
    | HttpValidationError
    | MultichannelSpeechToTextResponseModel
    | SpeechToTextChunkResponseModel
    | SpeechToTextWebhookResponseModel
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            token=token,
            enable_logging=enable_logging,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodySpeechToTextV1SpeechToTextPost,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = UNSET,
) -> Response[
    Any
    | HttpValidationError
    | MultichannelSpeechToTextResponseModel
    | SpeechToTextChunkResponseModel
    | SpeechToTextWebhookResponseModel
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        token=token,
        enable_logging=enable_logging,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
