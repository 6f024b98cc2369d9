"""`client.music.composition_plan`: the operations of group `music_composition_plan`, as methods of MusicCompositionPlanResource and AsyncMusicCompositionPlanResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads, parse_strictly
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import music_composition_plan_create


def _parse_music_composition_plan_create(response: httpx.Response) -> models.CompositionPlan | models.MusicPrompt:
    from ...models.composition_plan import CompositionPlan
    from ...models.music_prompt import MusicPrompt

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

    response_200 = _parse_response_200(loads(response.content))

    return response_200


class MusicCompositionPlanResource:
    """The operations of group `music_composition_plan`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> MusicCompositionPlanResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return MusicCompositionPlanResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        prompt: str,
        *,
        music_length_ms: int | None | Unset = UNSET,
        source_composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CompositionPlan | models.MusicPrompt:
        """Generate Composition Plan

        Generate a composition plan from a prompt.

        `POST /v1/music/plan`.

        Args:
            prompt (str): A simple text prompt to compose a plan from.
            music_length_ms (int | None | Unset): The length of the composition plan to generate in
                milliseconds. Must be between 3000ms and 600000ms. Optional - if not provided, the model
                will choose a length based on the prompt.
            source_composition_plan (CompositionPlan | MusicPrompt | None | Unset): An optional
                composition plan to use as a source for the new composition plan.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_generate_composition_plan_v1_music_plan_post import (
            BodyGenerateCompositionPlanV1MusicPlanPost,
        )

        kwargs = music_composition_plan_create._get_kwargs(
            body=BodyGenerateCompositionPlanV1MusicPlanPost(
                prompt=prompt,
                music_length_ms=music_length_ms,
                source_composition_plan=source_composition_plan,
                model_id=model_id,
            ),
        )

        return self._requester.request(kwargs, _parse_music_composition_plan_create, request_options)


class MusicCompositionPlanResourceWithRawResponse:
    """`MusicCompositionPlanResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: MusicCompositionPlanResource) -> None:
        self.create = raw_response(resource.create)


class AsyncMusicCompositionPlanResource:
    """The operations of group `music_composition_plan`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncMusicCompositionPlanResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncMusicCompositionPlanResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def create(
        self,
        prompt: str,
        *,
        music_length_ms: int | None | Unset = UNSET,
        source_composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CompositionPlan | models.MusicPrompt:
        """Generate Composition Plan

        Generate a composition plan from a prompt.

        `POST /v1/music/plan`.

        Args:
            prompt (str): A simple text prompt to compose a plan from.
            music_length_ms (int | None | Unset): The length of the composition plan to generate in
                milliseconds. Must be between 3000ms and 600000ms. Optional - if not provided, the model
                will choose a length based on the prompt.
            source_composition_plan (CompositionPlan | MusicPrompt | None | Unset): An optional
                composition plan to use as a source for the new composition plan.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_generate_composition_plan_v1_music_plan_post import (
            BodyGenerateCompositionPlanV1MusicPlanPost,
        )

        kwargs = music_composition_plan_create._get_kwargs(
            body=BodyGenerateCompositionPlanV1MusicPlanPost(
                prompt=prompt,
                music_length_ms=music_length_ms,
                source_composition_plan=source_composition_plan,
                model_id=model_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_music_composition_plan_create, request_options)


class AsyncMusicCompositionPlanResourceWithRawResponse:
    """`AsyncMusicCompositionPlanResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncMusicCompositionPlanResource) -> None:
        self.create = async_raw_response(resource.create)
