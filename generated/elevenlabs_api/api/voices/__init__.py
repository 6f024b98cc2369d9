"""`client.voices`: the operations of group `voices`, as methods of VoicesResource and AsyncVoicesResource."""

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from .. import AsyncVoicesSamplesResource, VoicesSamplesResource
    from ..voices_accents import AsyncVoicesAccentsResource, VoicesAccentsResource
    from ..voices_ivc import AsyncVoicesIvcResource, VoicesIvcResource
    from ..voices_pvc import AsyncVoicesPvcResource, VoicesPvcResource
    from ..voices_settings import AsyncVoicesSettingsResource, VoicesSettingsResource
from . import (
    voices_delete,
    voices_find_similar_voices,
    voices_get,
    voices_get_all,
    voices_get_shared,
    voices_replicate_to_isolated_environment,
    voices_search,
    voices_share,
    voices_update,
)


def _parse_voices_get_shared(response: httpx.Response) -> models.GetLibraryVoicesResponse:
    from ...models.get_library_voices_response import GetLibraryVoicesResponse

    response_200 = GetLibraryVoicesResponse.from_dict(loads(response.content))

    return response_200


def _parse_voices_find_similar_voices(response: httpx.Response) -> models.GetLibraryVoicesResponse:
    from ...models.get_library_voices_response import GetLibraryVoicesResponse

    response_200 = GetLibraryVoicesResponse.from_dict(loads(response.content))

    return response_200


def _parse_voices_get_all(response: httpx.Response) -> models.GetVoicesResponse:
    from ...models.get_voices_response import GetVoicesResponse

    response_200 = GetVoicesResponse.from_dict(loads(response.content))

    return response_200


def _parse_voices_share(response: httpx.Response) -> models.AddVoiceResponseModel:
    from ...models.add_voice_response_model import AddVoiceResponseModel

    response_200 = AddVoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_get(response: httpx.Response) -> models.Voice:
    from ...models.voice import Voice

    response_200 = Voice.from_dict(loads(response.content))

    return response_200


def _parse_voices_delete(response: httpx.Response) -> models.DeleteVoiceResponseModel:
    from ...models.delete_voice_response_model import DeleteVoiceResponseModel

    response_200 = DeleteVoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_update(response: httpx.Response) -> models.EditVoiceResponseModel:
    from ...models.edit_voice_response_model import EditVoiceResponseModel

    response_200 = EditVoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_replicate_to_isolated_environment(
    response: httpx.Response,
) -> models.ReplicateVoiceToIsolatedEnvironmentResponseModel:
    from ...models.replicate_voice_to_isolated_environment_response_model import (
        ReplicateVoiceToIsolatedEnvironmentResponseModel,
    )

    response_200 = ReplicateVoiceToIsolatedEnvironmentResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_voices_search(response: httpx.Response) -> models.GetVoicesV2Response:
    from ...models.get_voices_v2_response import GetVoicesV2Response

    response_200 = GetVoicesV2Response.from_dict(loads(response.content))

    return response_200


_PAGING_VOICES_GET_SHARED = Paging(
    items="voices",
    kind="page",
    more="has_more",
    parameter="page",
    start=0,
)
_PAGING_VOICES_SEARCH = Paging(
    items="voices",
    kind="cursor",
    more="has_more",
    next="next_page_token",
    parameter="next_page_token",
)


class VoicesGetSharedQuery(TypedDict, total=False):
    """The query parameters of `get_shared`, for passing them on as keyword arguments."""

    page_size: int | Unset
    category: models.VoicesGetSharedCategory | Unset
    gender: None | str | Unset
    age: None | str | Unset
    accent: None | str | Unset
    language: None | str | Unset
    locale: None | str | Unset
    search: None | str | Unset
    use_cases: builtins.list[str] | None | Unset
    descriptives: builtins.list[str] | None | Unset
    featured: bool | Unset
    min_notice_period_days: int | None | Unset
    include_custom_rates: bool | None | Unset
    include_live_moderated: bool | None | Unset
    reader_app_enabled: bool | Unset
    owner_id: None | str | Unset
    sort: models.VoicesGetSharedSort | Unset
    page: int | Unset


class VoicesGetAllQuery(TypedDict, total=False):
    """The query parameters of `get_all`, for passing them on as keyword arguments."""

    show_legacy: bool | None | Unset


class VoicesGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    with_settings: bool | Unset


class VoicesSearchQuery(TypedDict, total=False):
    """The query parameters of `search`, for passing them on as keyword arguments."""

    next_page_token: None | str | Unset
    page_size: int | Unset
    search: None | str | Unset
    sort: None | str | Unset
    sort_direction: None | str | Unset
    voice_type: None | str | Unset
    category: None | str | Unset
    fine_tuning_state: None | str | Unset
    collection_id: None | str | Unset
    gender: None | str | Unset
    age: None | str | Unset
    language: builtins.list[str] | None | Unset
    accent: None | str | Unset
    use_cases: builtins.list[str] | None | Unset
    min_notice_period_days: int | None | Unset
    include_custom_rates: bool | None | Unset
    include_live_moderated: bool | None | Unset
    high_quality: bool | None | Unset
    include_total_count: bool | Unset
    voice_ids: builtins.list[str] | None | Unset


class VoicesResource:
    """The operations of group `voices`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def accents(self) -> VoicesAccentsResource:
        """`voices_accents` operations."""
        from ..voices_accents import VoicesAccentsResource

        return VoicesAccentsResource(self._requester)

    @functools.cached_property
    def ivc(self) -> VoicesIvcResource:
        """`voices_ivc` operations."""
        from ..voices_ivc import VoicesIvcResource

        return VoicesIvcResource(self._requester)

    @functools.cached_property
    def pvc(self) -> VoicesPvcResource:
        """`voices_pvc` operations and groups."""
        from ..voices_pvc import VoicesPvcResource

        return VoicesPvcResource(self._requester)

    @functools.cached_property
    def samples(self) -> VoicesSamplesResource:
        """`voices_samples` operations and groups."""
        from .. import VoicesSamplesResource

        return VoicesSamplesResource(self._requester)

    @functools.cached_property
    def settings(self) -> VoicesSettingsResource:
        """`voices_settings` operations."""
        from ..voices_settings import VoicesSettingsResource

        return VoicesSettingsResource(self._requester)

    def get_shared(
        self,
        *,
        page_size: int | Unset = UNSET,
        category: models.VoicesGetSharedCategory | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        age: None | str | Unset = UNSET,
        accent: None | str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        use_cases: builtins.list[str] | None | Unset = UNSET,
        descriptives: builtins.list[str] | None | Unset = UNSET,
        featured: bool | Unset = UNSET,
        min_notice_period_days: int | None | Unset = UNSET,
        include_custom_rates: bool | None | Unset = UNSET,
        include_live_moderated: bool | None | Unset = UNSET,
        reader_app_enabled: bool | Unset = UNSET,
        owner_id: None | str | Unset = UNSET,
        sort: models.VoicesGetSharedSort | Unset = UNSET,
        page: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetLibraryVoicesResponse:
        """Get Voices

        Retrieves a list of shared voices.

        `GET /v1/shared-voices`.

        Args:
            page_size (int | Unset): How many shared voices to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            category (VoicesGetSharedCategory | Unset): Voice category used for filtering One of:
                famous, high_quality, professional.
            gender (None | str | Unset): Gender used for filtering
            age (None | str | Unset): Age used for filtering
            accent (None | str | Unset): Accent used for filtering
            language (None | str | Unset): Language used for filtering
            locale (None | str | Unset): Locale used for filtering
            search (None | str | Unset): Search term used for filtering
            use_cases (list[str] | None | Unset): Use-case used for filtering
            descriptives (list[str] | None | Unset): Search term used for filtering
            featured (bool | Unset): Filter featured voices Defaults to False on the server.
            min_notice_period_days (int | None | Unset): Filter voices with a minimum notice period of
                the given number of days.
            include_custom_rates (bool | None | Unset): Include/exclude voices with custom rates
            include_live_moderated (bool | None | Unset): Include/exclude voices that are live moderated
            reader_app_enabled (bool | Unset): Filter voices that are enabled for the reader app
                Defaults to False on the server.
            owner_id (None | str | Unset): Filter voices by public owner ID
            sort (VoicesGetSharedSort | Unset): Sort criteria. Must be one of: created_date,
                usage_character_count_1y, trending, cloned_by_count. Defaults to 'created_date' on the
                server. One of: cloned_by_count, created_date, trending, usage_character_count_1y.
            page (int | Unset): Defaults to 0 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_get_shared._get_kwargs(
            page_size=page_size,
            category=category,
            gender=gender,
            age=age,
            accent=accent,
            language=language,
            locale=locale,
            search=search,
            use_cases=use_cases,
            descriptives=descriptives,
            featured=featured,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            reader_app_enabled=reader_app_enabled,
            owner_id=owner_id,
            sort=sort,
            page=page,
        )

        return self._requester.request(kwargs, _parse_voices_get_shared, request_options)

    def iter_get_shared_pages(
        self,
        **query: Unpack[VoicesGetSharedQuery],
    ) -> Iterator[models.GetLibraryVoicesResponse]:
        """Every page of `get_shared` with these parameters, asking for the next `page` while `has_more`."""
        return self._requester.pages(self.get_shared, query, _PAGING_VOICES_GET_SHARED)

    def iter_get_shared(
        self,
        **query: Unpack[VoicesGetSharedQuery],
    ) -> Iterator[models.LibraryVoiceResponse]:
        """Every item (`voices`) of every page of `get_shared` with these parameters."""
        for page in self.iter_get_shared_pages(**query):
            yield from page.voices

    def find_similar_voices(
        self,
        *,
        audio_file: FileInput | Unset = UNSET,
        similarity_threshold: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetLibraryVoicesResponse:
        """Get Similar Library Voices

        Returns a list of shared voices similar to the provided audio sample. If neither
        similarity_threshold nor top_k is provided, we will apply default values.

        `POST /v1/similar-voices`.

        Args:
            audio_file (FileInput | Unset):
            similarity_threshold (float | None | Unset): Threshold for voice similarity between provided
                sample and library voices. Values range from 0 to 2. The smaller the value the more similar
                voices will be returned.
            top_k (int | None | Unset): Number of most similar voices to return. If similarity_threshold
                is provided, less than this number of voices may be returned. Values range from 1 to 100.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.list_similar_voices_request import ListSimilarVoicesRequest

        kwargs = voices_find_similar_voices._get_kwargs(
            body=ListSimilarVoicesRequest(
                audio_file=audio_file if isinstance(audio_file, Unset) or audio_file is None else as_file(audio_file),
                similarity_threshold=similarity_threshold,
                top_k=top_k,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_find_similar_voices, request_options)

    def get_all(
        self,
        *,
        show_legacy: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetVoicesResponse:
        """List Voices

        Returns a list of all available voices for a user. Stops working once the user's workspace exceeds
        500 voices.

        `GET /v1/voices`.

        Args:
            show_legacy (bool | None | Unset): If set to true, legacy premade voices will be included in
                responses from /v1/voices Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_get_all._get_kwargs(
            show_legacy=show_legacy,
        )

        return self._requester.request(kwargs, _parse_voices_get_all, request_options)

    def share(
        self,
        public_user_id: str,
        voice_id: str,
        new_name: str,
        *,
        bookmarked: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Add Shared Voice

        Add a shared voice to your collection of voices.

        `POST /v1/voices/add/{public_user_id}/{voice_id}`.

        Args:
            public_user_id (str): Public user ID used to publicly identify ElevenLabs users.
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            new_name (str): The name that identifies this voice. This will be displayed in the dropdown
                of the website.
            bookmarked (bool | Unset): Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("public_user_id", public_user_id)
        check_path_parameter("voice_id", voice_id)
        from ...models.body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post import (
            BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
        )

        kwargs = voices_share._get_kwargs(
            public_user_id=public_user_id,
            voice_id=voice_id,
            body=BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost(
                new_name=new_name,
                bookmarked=bookmarked,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_share, request_options)

    def get(
        self,
        voice_id: str,
        *,
        with_settings: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.Voice:
        """Get Voice

        Returns metadata about a specific voice.

        `GET /v1/voices/{voice_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
                removed in a future version. Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_get._get_kwargs(
            voice_id=voice_id,
            with_settings=with_settings,
        )

        return self._requester.request(kwargs, _parse_voices_get, request_options)

    def delete(
        self,
        voice_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteVoiceResponseModel:
        """Delete Voice

        Deletes a voice by its ID.

        `DELETE /v1/voices/{voice_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_delete._get_kwargs(
            voice_id=voice_id,
        )

        return self._requester.request(kwargs, _parse_voices_delete, request_options)

    def update(
        self,
        voice_id: str,
        name: str,
        *,
        files: builtins.list[FileInput] | Unset = UNSET,
        remove_background_noise: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        labels: models.EditVoiceRequestLabelsType0 | None | str | Unset = UNSET,
        moderate_metadata: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceResponseModel:
        """Edit Voice

        Edit a voice created by you.

        `POST /v1/voices/{voice_id}/edit`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            name (str): The name that identifies this voice. This will be displayed in the dropdown of
                the website.
            files (list[FileInput] | Unset): Audio files to add to the voice
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            description (None | str | Unset): A description of the voice.
            labels (EditVoiceRequestLabelsType0 | None | str | Unset): Labels for the voice. Keys can be
                language, accent, gender, or age.
            moderate_metadata (bool | Unset): Run synchronous LLM moderation over the voice name and
                description when they change. Has no effect unless the voice_library_metadata_moderation
                feature flag is enabled for the user. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.edit_voice_request import EditVoiceRequest

        kwargs = voices_update._get_kwargs(
            voice_id=voice_id,
            body=EditVoiceRequest(
                name=name,
                files=files if isinstance(files, Unset) or files is None else [as_file(f) for f in files],
                remove_background_noise=remove_background_noise,
                description=description,
                labels=labels,
                moderate_metadata=moderate_metadata,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_update, request_options)

    def replicate_to_isolated_environment(
        self,
        voice_id: str,
        target_workspace_id: str,
        *,
        preserve_voice_id: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ReplicateVoiceToIsolatedEnvironmentResponseModel:
        """Replicate Voice To Isolated Environment

        Replicates an Instant Voice Clone or Voice Design voice to a workspace in a different data
        residency. The target workspace must belong to the same consolidated billing group. The user must
        have VOICES_WRITE in the source workspace, and be an admin on the source voice. Human users (i.e.
        not service accounts) must also have VOICES_WRITE in the target workspace. This endpoint is
        available on the central environment only.

        `POST /v1/voices/{voice_id}/replicate-to-isolated-environment`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            target_workspace_id (str): ID of the workspace to replicate the voice into. It must belong
                to the same consolidated billing group as the calling workspace; the target's data residency
                is derived from that link.
            preserve_voice_id (bool | Unset): When true (default) the replicated voice keeps the same
                voice ID in the target residency; set to false to assign a new voice ID. Defaults to True on
                the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.replicate_voice_to_isolated_environment_request_model import (
            ReplicateVoiceToIsolatedEnvironmentRequestModel,
        )

        kwargs = voices_replicate_to_isolated_environment._get_kwargs(
            voice_id=voice_id,
            body=ReplicateVoiceToIsolatedEnvironmentRequestModel(
                target_workspace_id=target_workspace_id,
                preserve_voice_id=preserve_voice_id,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_replicate_to_isolated_environment, request_options)

    def search(
        self,
        *,
        next_page_token: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        sort_direction: None | str | Unset = UNSET,
        voice_type: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        fine_tuning_state: None | str | Unset = UNSET,
        collection_id: None | str | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        age: None | str | Unset = UNSET,
        language: builtins.list[str] | None | Unset = UNSET,
        accent: None | str | Unset = UNSET,
        use_cases: builtins.list[str] | None | Unset = UNSET,
        min_notice_period_days: int | None | Unset = UNSET,
        include_custom_rates: bool | None | Unset = UNSET,
        include_live_moderated: bool | None | Unset = UNSET,
        high_quality: bool | None | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        voice_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetVoicesV2Response:
        """Get Voices V2

        Gets a list of all available voices for a user with search, filtering and pagination.

        `GET /v2/voices`.

        Args:
            next_page_token (None | str | Unset): The next page token to use for pagination. Returned
                from the previous request. Use this in combination with the has_more flag for reliable
                pagination.
            page_size (int | Unset): How many voices to return at maximum. Can not exceed 100, defaults
                to 10. Page 0 may include more voices due to default voices being included. Defaults to 10
                on the server.
            search (None | str | Unset): Search term to filter voices by. Searches in name, description,
                labels, category.
            sort (None | str | Unset): Which field to sort by, one of 'created_at_unix' or 'name'.
                'created_at_unix' may not be available for older voices.
            sort_direction (None | str | Unset): Which direction to sort the voices in. 'asc' or 'desc'.
            voice_type (None | str | Unset): Type of the voice to filter by. One of 'personal',
                'community', 'default', 'workspace', 'non-default', 'non-community', 'saved'. 'non-default'
                is equal to all but 'default'. 'non-community' is equal to 'personal' and 'workspace'
                combined (excludes library copies). 'saved' is equal to non-default, but includes default
                voices if they have been added to a collection.
            category (None | str | Unset): Category of the voice to filter by. One of 'premade',
                'cloned', 'generated', 'professional'
            fine_tuning_state (None | str | Unset): State of the voice's fine tuning to filter by.
                Applicable only to professional voices clones. One of 'draft', 'not_verified',
                'not_started', 'queued', 'fine_tuning', 'fine_tuned', 'failed', 'delayed'
            collection_id (None | str | Unset): Collection ID to filter voices by.
            gender (None | str | Unset): Gender used for filtering, based on the voice's 'gender' label.
            age (None | str | Unset): Age used for filtering, based on the voice's 'age' label.
            language (list[str] | None | Unset): Languages used for filtering, based on the voice's
                'language' label. Voices matching any of the given languages are returned.
            accent (None | str | Unset): Accent used for filtering, based on the voice's 'accent' label.
            use_cases (list[str] | None | Unset): Use cases used for filtering, based on the voice's
                'use_case' label. Voices matching any of the given use cases are returned.
            min_notice_period_days (int | None | Unset): Filter to voices whose sharing notice period is
                at least the given number of days.
            include_custom_rates (bool | None | Unset): Whether to include voices that have a custom
                sharing rate. Defaults to including them.
            include_live_moderated (bool | None | Unset): Whether to include voices that have live
                moderation enabled. Defaults to including them.
            high_quality (bool | None | Unset): When true, only return studio-quality voices (those
                whose category is 'high_quality').
            include_total_count (bool | Unset): Whether to include the total count of voices found in
                the response. NOTE: The total_count value is a live snapshot and may change between requests
                as users create, modify, or delete voices. For pagination, rely on the has_more flag
                instead. Only enable this when you actually need the total count (e.g., for display
                purposes), as it incurs a performance cost. Defaults to True on the server.
            voice_ids (list[str] | None | Unset): Voice IDs to lookup by. Maximum 100 voice IDs.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_search._get_kwargs(
            next_page_token=next_page_token,
            page_size=page_size,
            search=search,
            sort=sort,
            sort_direction=sort_direction,
            voice_type=voice_type,
            category=category,
            fine_tuning_state=fine_tuning_state,
            collection_id=collection_id,
            gender=gender,
            age=age,
            language=language,
            accent=accent,
            use_cases=use_cases,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            high_quality=high_quality,
            include_total_count=include_total_count,
            voice_ids=voice_ids,
        )

        return self._requester.request(kwargs, _parse_voices_search, request_options)

    def iter_search_pages(
        self,
        **query: Unpack[VoicesSearchQuery],
    ) -> Iterator[models.GetVoicesV2Response]:
        """Every page of `search` with these parameters, sending `next_page_token` back as `next_page_token` while `has_more`."""
        return self._requester.pages(self.search, query, _PAGING_VOICES_SEARCH)

    def iter_search(
        self,
        **query: Unpack[VoicesSearchQuery],
    ) -> Iterator[models.Voice]:
        """Every item (`voices`) of every page of `search` with these parameters."""
        for page in self.iter_search_pages(**query):
            yield from page.voices


class VoicesResourceWithRawResponse:
    """`VoicesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesResource) -> None:
        self.get_shared = raw_response(resource.get_shared)
        self.find_similar_voices = raw_response(resource.find_similar_voices)
        self.get_all = raw_response(resource.get_all)
        self.share = raw_response(resource.share)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.replicate_to_isolated_environment = raw_response(resource.replicate_to_isolated_environment)
        self.search = raw_response(resource.search)


class AsyncVoicesResource:
    """The operations of group `voices`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def accents(self) -> AsyncVoicesAccentsResource:
        """`voices_accents` operations."""
        from ..voices_accents import AsyncVoicesAccentsResource

        return AsyncVoicesAccentsResource(self._requester)

    @functools.cached_property
    def ivc(self) -> AsyncVoicesIvcResource:
        """`voices_ivc` operations."""
        from ..voices_ivc import AsyncVoicesIvcResource

        return AsyncVoicesIvcResource(self._requester)

    @functools.cached_property
    def pvc(self) -> AsyncVoicesPvcResource:
        """`voices_pvc` operations and groups."""
        from ..voices_pvc import AsyncVoicesPvcResource

        return AsyncVoicesPvcResource(self._requester)

    @functools.cached_property
    def samples(self) -> AsyncVoicesSamplesResource:
        """`voices_samples` operations and groups."""
        from .. import AsyncVoicesSamplesResource

        return AsyncVoicesSamplesResource(self._requester)

    @functools.cached_property
    def settings(self) -> AsyncVoicesSettingsResource:
        """`voices_settings` operations."""
        from ..voices_settings import AsyncVoicesSettingsResource

        return AsyncVoicesSettingsResource(self._requester)

    async def get_shared(
        self,
        *,
        page_size: int | Unset = UNSET,
        category: models.VoicesGetSharedCategory | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        age: None | str | Unset = UNSET,
        accent: None | str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        use_cases: builtins.list[str] | None | Unset = UNSET,
        descriptives: builtins.list[str] | None | Unset = UNSET,
        featured: bool | Unset = UNSET,
        min_notice_period_days: int | None | Unset = UNSET,
        include_custom_rates: bool | None | Unset = UNSET,
        include_live_moderated: bool | None | Unset = UNSET,
        reader_app_enabled: bool | Unset = UNSET,
        owner_id: None | str | Unset = UNSET,
        sort: models.VoicesGetSharedSort | Unset = UNSET,
        page: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetLibraryVoicesResponse:
        """Get Voices

        Retrieves a list of shared voices.

        `GET /v1/shared-voices`.

        Args:
            page_size (int | Unset): How many shared voices to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            category (VoicesGetSharedCategory | Unset): Voice category used for filtering One of:
                famous, high_quality, professional.
            gender (None | str | Unset): Gender used for filtering
            age (None | str | Unset): Age used for filtering
            accent (None | str | Unset): Accent used for filtering
            language (None | str | Unset): Language used for filtering
            locale (None | str | Unset): Locale used for filtering
            search (None | str | Unset): Search term used for filtering
            use_cases (list[str] | None | Unset): Use-case used for filtering
            descriptives (list[str] | None | Unset): Search term used for filtering
            featured (bool | Unset): Filter featured voices Defaults to False on the server.
            min_notice_period_days (int | None | Unset): Filter voices with a minimum notice period of
                the given number of days.
            include_custom_rates (bool | None | Unset): Include/exclude voices with custom rates
            include_live_moderated (bool | None | Unset): Include/exclude voices that are live moderated
            reader_app_enabled (bool | Unset): Filter voices that are enabled for the reader app
                Defaults to False on the server.
            owner_id (None | str | Unset): Filter voices by public owner ID
            sort (VoicesGetSharedSort | Unset): Sort criteria. Must be one of: created_date,
                usage_character_count_1y, trending, cloned_by_count. Defaults to 'created_date' on the
                server. One of: cloned_by_count, created_date, trending, usage_character_count_1y.
            page (int | Unset): Defaults to 0 on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_get_shared._get_kwargs(
            page_size=page_size,
            category=category,
            gender=gender,
            age=age,
            accent=accent,
            language=language,
            locale=locale,
            search=search,
            use_cases=use_cases,
            descriptives=descriptives,
            featured=featured,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            reader_app_enabled=reader_app_enabled,
            owner_id=owner_id,
            sort=sort,
            page=page,
        )

        return await self._requester.request(kwargs, _parse_voices_get_shared, request_options)

    def iter_get_shared_pages(
        self,
        **query: Unpack[VoicesGetSharedQuery],
    ) -> AsyncIterator[models.GetLibraryVoicesResponse]:
        """Every page of `get_shared` with these parameters, asking for the next `page` while `has_more`."""
        return self._requester.pages(self.get_shared, query, _PAGING_VOICES_GET_SHARED)

    async def iter_get_shared(
        self,
        **query: Unpack[VoicesGetSharedQuery],
    ) -> AsyncIterator[models.LibraryVoiceResponse]:
        """Every item (`voices`) of every page of `get_shared` with these parameters."""
        async for page in self.iter_get_shared_pages(**query):
            for item in page.voices:
                yield item

    async def find_similar_voices(
        self,
        *,
        audio_file: FileInput | Unset = UNSET,
        similarity_threshold: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetLibraryVoicesResponse:
        """Get Similar Library Voices

        Returns a list of shared voices similar to the provided audio sample. If neither
        similarity_threshold nor top_k is provided, we will apply default values.

        `POST /v1/similar-voices`.

        Args:
            audio_file (FileInput | Unset):
            similarity_threshold (float | None | Unset): Threshold for voice similarity between provided
                sample and library voices. Values range from 0 to 2. The smaller the value the more similar
                voices will be returned.
            top_k (int | None | Unset): Number of most similar voices to return. If similarity_threshold
                is provided, less than this number of voices may be returned. Values range from 1 to 100.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.list_similar_voices_request import ListSimilarVoicesRequest

        kwargs = voices_find_similar_voices._get_kwargs(
            body=ListSimilarVoicesRequest(
                audio_file=audio_file if isinstance(audio_file, Unset) or audio_file is None else as_file(audio_file),
                similarity_threshold=similarity_threshold,
                top_k=top_k,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_find_similar_voices, request_options)

    async def get_all(
        self,
        *,
        show_legacy: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetVoicesResponse:
        """List Voices

        Returns a list of all available voices for a user. Stops working once the user's workspace exceeds
        500 voices.

        `GET /v1/voices`.

        Args:
            show_legacy (bool | None | Unset): If set to true, legacy premade voices will be included in
                responses from /v1/voices Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_get_all._get_kwargs(
            show_legacy=show_legacy,
        )

        return await self._requester.request(kwargs, _parse_voices_get_all, request_options)

    async def share(
        self,
        public_user_id: str,
        voice_id: str,
        new_name: str,
        *,
        bookmarked: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceResponseModel:
        """Add Shared Voice

        Add a shared voice to your collection of voices.

        `POST /v1/voices/add/{public_user_id}/{voice_id}`.

        Args:
            public_user_id (str): Public user ID used to publicly identify ElevenLabs users.
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            new_name (str): The name that identifies this voice. This will be displayed in the dropdown
                of the website.
            bookmarked (bool | Unset): Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("public_user_id", public_user_id)
        check_path_parameter("voice_id", voice_id)
        from ...models.body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post import (
            BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
        )

        kwargs = voices_share._get_kwargs(
            public_user_id=public_user_id,
            voice_id=voice_id,
            body=BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost(
                new_name=new_name,
                bookmarked=bookmarked,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_share, request_options)

    async def get(
        self,
        voice_id: str,
        *,
        with_settings: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.Voice:
        """Get Voice

        Returns metadata about a specific voice.

        `GET /v1/voices/{voice_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            with_settings (bool | Unset): This parameter is now deprecated. It is ignored and will be
                removed in a future version. Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_get._get_kwargs(
            voice_id=voice_id,
            with_settings=with_settings,
        )

        return await self._requester.request(kwargs, _parse_voices_get, request_options)

    async def delete(
        self,
        voice_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteVoiceResponseModel:
        """Delete Voice

        Deletes a voice by its ID.

        `DELETE /v1/voices/{voice_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_delete._get_kwargs(
            voice_id=voice_id,
        )

        return await self._requester.request(kwargs, _parse_voices_delete, request_options)

    async def update(
        self,
        voice_id: str,
        name: str,
        *,
        files: builtins.list[FileInput] | Unset = UNSET,
        remove_background_noise: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        labels: models.EditVoiceRequestLabelsType0 | None | str | Unset = UNSET,
        moderate_metadata: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceResponseModel:
        """Edit Voice

        Edit a voice created by you.

        `POST /v1/voices/{voice_id}/edit`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            name (str): The name that identifies this voice. This will be displayed in the dropdown of
                the website.
            files (list[FileInput] | Unset): Audio files to add to the voice
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            description (None | str | Unset): A description of the voice.
            labels (EditVoiceRequestLabelsType0 | None | str | Unset): Labels for the voice. Keys can be
                language, accent, gender, or age.
            moderate_metadata (bool | Unset): Run synchronous LLM moderation over the voice name and
                description when they change. Has no effect unless the voice_library_metadata_moderation
                feature flag is enabled for the user. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.edit_voice_request import EditVoiceRequest

        kwargs = voices_update._get_kwargs(
            voice_id=voice_id,
            body=EditVoiceRequest(
                name=name,
                files=files if isinstance(files, Unset) or files is None else [as_file(f) for f in files],
                remove_background_noise=remove_background_noise,
                description=description,
                labels=labels,
                moderate_metadata=moderate_metadata,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_update, request_options)

    async def replicate_to_isolated_environment(
        self,
        voice_id: str,
        target_workspace_id: str,
        *,
        preserve_voice_id: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ReplicateVoiceToIsolatedEnvironmentResponseModel:
        """Replicate Voice To Isolated Environment

        Replicates an Instant Voice Clone or Voice Design voice to a workspace in a different data
        residency. The target workspace must belong to the same consolidated billing group. The user must
        have VOICES_WRITE in the source workspace, and be an admin on the source voice. Human users (i.e.
        not service accounts) must also have VOICES_WRITE in the target workspace. This endpoint is
        available on the central environment only.

        `POST /v1/voices/{voice_id}/replicate-to-isolated-environment`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            target_workspace_id (str): ID of the workspace to replicate the voice into. It must belong
                to the same consolidated billing group as the calling workspace; the target's data residency
                is derived from that link.
            preserve_voice_id (bool | Unset): When true (default) the replicated voice keeps the same
                voice ID in the target residency; set to false to assign a new voice ID. Defaults to True on
                the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.replicate_voice_to_isolated_environment_request_model import (
            ReplicateVoiceToIsolatedEnvironmentRequestModel,
        )

        kwargs = voices_replicate_to_isolated_environment._get_kwargs(
            voice_id=voice_id,
            body=ReplicateVoiceToIsolatedEnvironmentRequestModel(
                target_workspace_id=target_workspace_id,
                preserve_voice_id=preserve_voice_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_replicate_to_isolated_environment, request_options)

    async def search(
        self,
        *,
        next_page_token: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        sort: None | str | Unset = UNSET,
        sort_direction: None | str | Unset = UNSET,
        voice_type: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        fine_tuning_state: None | str | Unset = UNSET,
        collection_id: None | str | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        age: None | str | Unset = UNSET,
        language: builtins.list[str] | None | Unset = UNSET,
        accent: None | str | Unset = UNSET,
        use_cases: builtins.list[str] | None | Unset = UNSET,
        min_notice_period_days: int | None | Unset = UNSET,
        include_custom_rates: bool | None | Unset = UNSET,
        include_live_moderated: bool | None | Unset = UNSET,
        high_quality: bool | None | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        voice_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetVoicesV2Response:
        """Get Voices V2

        Gets a list of all available voices for a user with search, filtering and pagination.

        `GET /v2/voices`.

        Args:
            next_page_token (None | str | Unset): The next page token to use for pagination. Returned
                from the previous request. Use this in combination with the has_more flag for reliable
                pagination.
            page_size (int | Unset): How many voices to return at maximum. Can not exceed 100, defaults
                to 10. Page 0 may include more voices due to default voices being included. Defaults to 10
                on the server.
            search (None | str | Unset): Search term to filter voices by. Searches in name, description,
                labels, category.
            sort (None | str | Unset): Which field to sort by, one of 'created_at_unix' or 'name'.
                'created_at_unix' may not be available for older voices.
            sort_direction (None | str | Unset): Which direction to sort the voices in. 'asc' or 'desc'.
            voice_type (None | str | Unset): Type of the voice to filter by. One of 'personal',
                'community', 'default', 'workspace', 'non-default', 'non-community', 'saved'. 'non-default'
                is equal to all but 'default'. 'non-community' is equal to 'personal' and 'workspace'
                combined (excludes library copies). 'saved' is equal to non-default, but includes default
                voices if they have been added to a collection.
            category (None | str | Unset): Category of the voice to filter by. One of 'premade',
                'cloned', 'generated', 'professional'
            fine_tuning_state (None | str | Unset): State of the voice's fine tuning to filter by.
                Applicable only to professional voices clones. One of 'draft', 'not_verified',
                'not_started', 'queued', 'fine_tuning', 'fine_tuned', 'failed', 'delayed'
            collection_id (None | str | Unset): Collection ID to filter voices by.
            gender (None | str | Unset): Gender used for filtering, based on the voice's 'gender' label.
            age (None | str | Unset): Age used for filtering, based on the voice's 'age' label.
            language (list[str] | None | Unset): Languages used for filtering, based on the voice's
                'language' label. Voices matching any of the given languages are returned.
            accent (None | str | Unset): Accent used for filtering, based on the voice's 'accent' label.
            use_cases (list[str] | None | Unset): Use cases used for filtering, based on the voice's
                'use_case' label. Voices matching any of the given use cases are returned.
            min_notice_period_days (int | None | Unset): Filter to voices whose sharing notice period is
                at least the given number of days.
            include_custom_rates (bool | None | Unset): Whether to include voices that have a custom
                sharing rate. Defaults to including them.
            include_live_moderated (bool | None | Unset): Whether to include voices that have live
                moderation enabled. Defaults to including them.
            high_quality (bool | None | Unset): When true, only return studio-quality voices (those
                whose category is 'high_quality').
            include_total_count (bool | Unset): Whether to include the total count of voices found in
                the response. NOTE: The total_count value is a live snapshot and may change between requests
                as users create, modify, or delete voices. For pagination, rely on the has_more flag
                instead. Only enable this when you actually need the total count (e.g., for display
                purposes), as it incurs a performance cost. Defaults to True on the server.
            voice_ids (list[str] | None | Unset): Voice IDs to lookup by. Maximum 100 voice IDs.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_search._get_kwargs(
            next_page_token=next_page_token,
            page_size=page_size,
            search=search,
            sort=sort,
            sort_direction=sort_direction,
            voice_type=voice_type,
            category=category,
            fine_tuning_state=fine_tuning_state,
            collection_id=collection_id,
            gender=gender,
            age=age,
            language=language,
            accent=accent,
            use_cases=use_cases,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            high_quality=high_quality,
            include_total_count=include_total_count,
            voice_ids=voice_ids,
        )

        return await self._requester.request(kwargs, _parse_voices_search, request_options)

    def iter_search_pages(
        self,
        **query: Unpack[VoicesSearchQuery],
    ) -> AsyncIterator[models.GetVoicesV2Response]:
        """Every page of `search` with these parameters, sending `next_page_token` back as `next_page_token` while `has_more`."""
        return self._requester.pages(self.search, query, _PAGING_VOICES_SEARCH)

    async def iter_search(
        self,
        **query: Unpack[VoicesSearchQuery],
    ) -> AsyncIterator[models.Voice]:
        """Every item (`voices`) of every page of `search` with these parameters."""
        async for page in self.iter_search_pages(**query):
            for item in page.voices:
                yield item


class AsyncVoicesResourceWithRawResponse:
    """`AsyncVoicesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesResource) -> None:
        self.get_shared = async_raw_response(resource.get_shared)
        self.find_similar_voices = async_raw_response(resource.find_similar_voices)
        self.get_all = async_raw_response(resource.get_all)
        self.share = async_raw_response(resource.share)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.replicate_to_isolated_environment = async_raw_response(resource.replicate_to_isolated_environment)
        self.search = async_raw_response(resource.search)
