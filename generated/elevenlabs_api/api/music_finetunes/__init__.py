"""`client.music.finetunes`: the operations of group `music_finetunes`, as methods of MusicFinetunesResource and AsyncMusicFinetunesResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    music_finetunes_create,
    music_finetunes_delete,
    music_finetunes_get,
    music_finetunes_list,
    music_finetunes_update,
)


def _parse_music_finetunes_list(response: httpx.Response) -> models.MusicFinetunePageResponseModel:
    from ...models.music_finetune_page_response_model import MusicFinetunePageResponseModel

    response_200 = MusicFinetunePageResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_music_finetunes_create(response: httpx.Response) -> models.MusicFinetuneResponseModel:
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel

    response_201 = MusicFinetuneResponseModel.from_dict(loads(response.content))

    return response_201


def _parse_music_finetunes_get(response: httpx.Response) -> models.MusicFinetuneResponseModel:
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel

    response_200 = MusicFinetuneResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_music_finetunes_delete(response: httpx.Response) -> models.MusicFinetuneResponseModel:
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel

    response_200 = MusicFinetuneResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_music_finetunes_update(response: httpx.Response) -> models.MusicFinetuneResponseModel:
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel

    response_200 = MusicFinetuneResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_MUSIC_FINETUNES_LIST = Paging(
    items="finetunes",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class MusicFinetunesListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    visibility: models.FinetuneVisibility | None | Unset
    created_by: models.FinetuneCreatedBy | None | Unset
    sort: models.MusicFinetunesListSort | Unset
    sort_direction: models.MusicFinetunesListSortDirection | Unset


class MusicFinetunesResource:
    """The operations of group `music_finetunes`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> MusicFinetunesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return MusicFinetunesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        visibility: models.FinetuneVisibility | None | Unset = UNSET,
        created_by: models.FinetuneCreatedBy | None | Unset = UNSET,
        sort: models.MusicFinetunesListSort | Unset = UNSET,
        sort_direction: models.MusicFinetunesListSortDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetunePageResponseModel:
        """Get Music Finetunes

        List music finetunes accessible to you (your own, workspace-shared, and ElevenLabs-curated), with
        optional filtering, sorting, and cursor pagination.

        `GET /v1/music/finetunes`.

        Args:
            cursor (None | str | Unset): Used for fetching the next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many finetunes to return. Max 150, default 50. Defaults to 50
                on the server.
            visibility (FinetuneVisibility | None | Unset): Filter by visibility. 'private' returns
                private finetunes; 'workspace' returns workspace-shared finetunes; 'public' returns public
                finetunes, which are currently ElevenLabs curated finetunes. Omit to return all accessible
                finetunes. One of: private, public, workspace.
            created_by (FinetuneCreatedBy | None | Unset): Filter by creator. 'self' returns finetunes
                you created; 'workspace' returns finetunes created by workspace teammates; 'elevenlabs'
                returns ElevenLabs curated finetunes. Omit to return finetunes from all creators. One of:
                elevenlabs, self, workspace.
            sort (MusicFinetunesListSort | Unset): Sort by field (created_at or name) Defaults to
                'created_at' on the server. One of: created_at, name.
            sort_direction (MusicFinetunesListSortDirection | Unset): Sort direction (asc or desc)
                Defaults to 'desc' on the server. One of: asc, desc.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = music_finetunes_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            visibility=visibility,
            created_by=created_by,
            sort=sort,
            sort_direction=sort_direction,
        )

        return self._requester.request(kwargs, _parse_music_finetunes_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[MusicFinetunesListQuery],
    ) -> Iterator[models.MusicFinetunePageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_MUSIC_FINETUNES_LIST)

    def iter_all(
        self,
        **query: Unpack[MusicFinetunesListQuery],
    ) -> Iterator[models.MusicFinetuneResponseModel]:
        """Every item (`finetunes`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.finetunes

    def create(
        self,
        name: str,
        primary_genre: str,
        *,
        files: builtins.list[FileInput] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        visibility: models.BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Create Music Finetune

        Create a new music finetune

        `POST /v1/music/finetunes`.

        Args:
            name (str): Name for the finetune (5-200 characters).
            primary_genre (str): Primary musical genre of the finetune.
            files (list[FileInput] | Unset): Audio files to train on. Defaults to [] on the server.
            tags (list[str] | Unset): Tags to associate with the finetune. Defaults to [] on the server.
            visibility (BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset):
                Finetune visibility. Only 'private' and 'workspace' can be set. One of: private, workspace.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_music_finetune_v1_music_finetunes_post import (
            BodyCreateMusicFinetuneV1MusicFinetunesPost,
        )

        kwargs = music_finetunes_create._get_kwargs(
            body=BodyCreateMusicFinetuneV1MusicFinetunesPost(
                name=name,
                primary_genre=primary_genre,
                files=files if isinstance(files, Unset) or files is None else [as_file(f) for f in files],
                tags=tags,
                visibility=visibility,
                model_id=model_id,
            ),
        )

        return self._requester.request(kwargs, _parse_music_finetunes_create, request_options)

    def get(
        self,
        finetune_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Get Music Finetune

        Get a music finetune.

        `GET /v1/music/finetunes/{finetune_id}`.

        Args:
            finetune_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("finetune_id", finetune_id)
        kwargs = music_finetunes_get._get_kwargs(
            finetune_id=finetune_id,
        )

        return self._requester.request(kwargs, _parse_music_finetunes_get, request_options)

    def delete(
        self,
        finetune_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Delete Music Finetune

        Delete a music finetune

        `DELETE /v1/music/finetunes/{finetune_id}`.

        Args:
            finetune_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("finetune_id", finetune_id)
        kwargs = music_finetunes_delete._get_kwargs(
            finetune_id=finetune_id,
        )

        return self._requester.request(kwargs, _parse_music_finetunes_delete, request_options)

    def update(
        self,
        finetune_id: str,
        *,
        name: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        primary_genre: None | str | Unset = UNSET,
        visibility: None | Unset | models.UpdateMusicFinetuneRequestModelVisibilityType0 = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Update Music Finetune

        Update a music finetune.

        `PATCH /v1/music/finetunes/{finetune_id}`.

        Args:
            finetune_id (str):
            name (None | str | Unset): Updated name for the finetune.
            tags (list[str] | None | Unset): Replacement set of tags.
            primary_genre (None | str | Unset): Updated primary musical genre.
            visibility (None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0): Finetune
                visibility. Only 'private' and 'workspace' can be set. One of: private, workspace.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("finetune_id", finetune_id)
        from ...models.update_music_finetune_request_model import UpdateMusicFinetuneRequestModel

        kwargs = music_finetunes_update._get_kwargs(
            finetune_id=finetune_id,
            body=UpdateMusicFinetuneRequestModel(
                name=name,
                tags=tags,
                primary_genre=primary_genre,
                visibility=visibility,
            ),
        )

        return self._requester.request(kwargs, _parse_music_finetunes_update, request_options)


class MusicFinetunesResourceWithRawResponse:
    """`MusicFinetunesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: MusicFinetunesResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncMusicFinetunesResource:
    """The operations of group `music_finetunes`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncMusicFinetunesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncMusicFinetunesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        visibility: models.FinetuneVisibility | None | Unset = UNSET,
        created_by: models.FinetuneCreatedBy | None | Unset = UNSET,
        sort: models.MusicFinetunesListSort | Unset = UNSET,
        sort_direction: models.MusicFinetunesListSortDirection | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetunePageResponseModel:
        """Get Music Finetunes

        List music finetunes accessible to you (your own, workspace-shared, and ElevenLabs-curated), with
        optional filtering, sorting, and cursor pagination.

        `GET /v1/music/finetunes`.

        Args:
            cursor (None | str | Unset): Used for fetching the next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many finetunes to return. Max 150, default 50. Defaults to 50
                on the server.
            visibility (FinetuneVisibility | None | Unset): Filter by visibility. 'private' returns
                private finetunes; 'workspace' returns workspace-shared finetunes; 'public' returns public
                finetunes, which are currently ElevenLabs curated finetunes. Omit to return all accessible
                finetunes. One of: private, public, workspace.
            created_by (FinetuneCreatedBy | None | Unset): Filter by creator. 'self' returns finetunes
                you created; 'workspace' returns finetunes created by workspace teammates; 'elevenlabs'
                returns ElevenLabs curated finetunes. Omit to return finetunes from all creators. One of:
                elevenlabs, self, workspace.
            sort (MusicFinetunesListSort | Unset): Sort by field (created_at or name) Defaults to
                'created_at' on the server. One of: created_at, name.
            sort_direction (MusicFinetunesListSortDirection | Unset): Sort direction (asc or desc)
                Defaults to 'desc' on the server. One of: asc, desc.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = music_finetunes_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            visibility=visibility,
            created_by=created_by,
            sort=sort,
            sort_direction=sort_direction,
        )

        return await self._requester.request(kwargs, _parse_music_finetunes_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[MusicFinetunesListQuery],
    ) -> AsyncIterator[models.MusicFinetunePageResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_MUSIC_FINETUNES_LIST)

    async def iter_all(
        self,
        **query: Unpack[MusicFinetunesListQuery],
    ) -> AsyncIterator[models.MusicFinetuneResponseModel]:
        """Every item (`finetunes`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.finetunes:
                yield item

    async def create(
        self,
        name: str,
        primary_genre: str,
        *,
        files: builtins.list[FileInput] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        visibility: models.BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Create Music Finetune

        Create a new music finetune

        `POST /v1/music/finetunes`.

        Args:
            name (str): Name for the finetune (5-200 characters).
            primary_genre (str): Primary musical genre of the finetune.
            files (list[FileInput] | Unset): Audio files to train on. Defaults to [] on the server.
            tags (list[str] | Unset): Tags to associate with the finetune. Defaults to [] on the server.
            visibility (BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset):
                Finetune visibility. Only 'private' and 'workspace' can be set. One of: private, workspace.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_music_finetune_v1_music_finetunes_post import (
            BodyCreateMusicFinetuneV1MusicFinetunesPost,
        )

        kwargs = music_finetunes_create._get_kwargs(
            body=BodyCreateMusicFinetuneV1MusicFinetunesPost(
                name=name,
                primary_genre=primary_genre,
                files=files if isinstance(files, Unset) or files is None else [as_file(f) for f in files],
                tags=tags,
                visibility=visibility,
                model_id=model_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_music_finetunes_create, request_options)

    async def get(
        self,
        finetune_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Get Music Finetune

        Get a music finetune.

        `GET /v1/music/finetunes/{finetune_id}`.

        Args:
            finetune_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("finetune_id", finetune_id)
        kwargs = music_finetunes_get._get_kwargs(
            finetune_id=finetune_id,
        )

        return await self._requester.request(kwargs, _parse_music_finetunes_get, request_options)

    async def delete(
        self,
        finetune_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Delete Music Finetune

        Delete a music finetune

        `DELETE /v1/music/finetunes/{finetune_id}`.

        Args:
            finetune_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("finetune_id", finetune_id)
        kwargs = music_finetunes_delete._get_kwargs(
            finetune_id=finetune_id,
        )

        return await self._requester.request(kwargs, _parse_music_finetunes_delete, request_options)

    async def update(
        self,
        finetune_id: str,
        *,
        name: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        primary_genre: None | str | Unset = UNSET,
        visibility: None | Unset | models.UpdateMusicFinetuneRequestModelVisibilityType0 = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicFinetuneResponseModel:
        """Update Music Finetune

        Update a music finetune.

        `PATCH /v1/music/finetunes/{finetune_id}`.

        Args:
            finetune_id (str):
            name (None | str | Unset): Updated name for the finetune.
            tags (list[str] | None | Unset): Replacement set of tags.
            primary_genre (None | str | Unset): Updated primary musical genre.
            visibility (None | Unset | UpdateMusicFinetuneRequestModelVisibilityType0): Finetune
                visibility. Only 'private' and 'workspace' can be set. One of: private, workspace.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("finetune_id", finetune_id)
        from ...models.update_music_finetune_request_model import UpdateMusicFinetuneRequestModel

        kwargs = music_finetunes_update._get_kwargs(
            finetune_id=finetune_id,
            body=UpdateMusicFinetuneRequestModel(
                name=name,
                tags=tags,
                primary_genre=primary_genre,
                visibility=visibility,
            ),
        )

        return await self._requester.request(kwargs, _parse_music_finetunes_update, request_options)


class AsyncMusicFinetunesResourceWithRawResponse:
    """`AsyncMusicFinetunesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncMusicFinetunesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
