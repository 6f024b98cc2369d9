"""`POST /v1/music/plan`: Generate Composition Plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_generate_composition_plan_v1_music_plan_post import BodyGenerateCompositionPlanV1MusicPlanPost
    from ...models.composition_plan import CompositionPlan
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_prompt import MusicPrompt


def _get_kwargs(
    *,
    body: BodyGenerateCompositionPlanV1MusicPlanPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/plan",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompositionPlan | MusicPrompt | HttpValidationError | None:
    from ...models.composition_plan import CompositionPlan
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_prompt import MusicPrompt

    if response.status_code == 200:

        def _parse_response_200(data: object) -> CompositionPlan | MusicPrompt:
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(data: object) -> CompositionPlan | MusicPrompt:
            if isinstance(data, dict):
                for known in (
                    MusicPrompt,
                    CompositionPlan,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = MusicPrompt.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = CompositionPlan.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyGenerateCompositionPlanV1MusicPlanPost,
) -> CompositionPlan | MusicPrompt | HttpValidationError | None:
    """Generate Composition Plan

    Generate a composition plan from a prompt.

    Args:
        body (BodyGenerateCompositionPlanV1MusicPlanPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyGenerateCompositionPlanV1MusicPlanPost,
) -> Response[CompositionPlan | MusicPrompt | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyGenerateCompositionPlanV1MusicPlanPost,
) -> CompositionPlan | MusicPrompt | HttpValidationError | None:
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
    body: BodyGenerateCompositionPlanV1MusicPlanPost,
) -> Response[CompositionPlan | MusicPrompt | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
