"""`client.studio.projects.pronunciation_dictionaries`: the operations of group `studio_projects_pronunciation_dictionaries`, as methods of StudioProjectsPronunciationDictionariesResource and AsyncStudioProjectsPronunciationDictionariesResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
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
from . import studio_projects_pronunciation_dictionaries_create


def _parse_studio_projects_pronunciation_dictionaries_create(
    response: httpx.Response,
) -> models.CreatePronunciationDictionaryResponseModel:
    from ...models.create_pronunciation_dictionary_response_model import CreatePronunciationDictionaryResponseModel

    response_200 = CreatePronunciationDictionaryResponseModel.from_dict(loads(response.content))

    return response_200


class StudioProjectsPronunciationDictionariesResource:
    """The operations of group `studio_projects_pronunciation_dictionaries`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> StudioProjectsPronunciationDictionariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return StudioProjectsPronunciationDictionariesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        project_id: str,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocator],
        *,
        invalidate_affected_text: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreatePronunciationDictionaryResponseModel:
        """Create Pronunciation Dictionaries

        Create a set of pronunciation dictionaries acting on a project. This will automatically mark text
        within this project as requiring reconverting where the new dictionary would apply or the old one no
        longer does.

        `POST /v1/studio/projects/{project_id}/pronunciation-dictionaries`.

        Args:
            project_id (str): The ID of the Studio project.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocator]): A list of
                pronunciation dictionary locators (pronunciation_dictionary_id, version_id) encoded as a
                list of JSON strings for pronunciation dictionaries to be applied to the text. A list of
                json encoded strings is required as adding projects may occur through formData as opposed to
                jsonBody. To specify multiple dictionaries use multiple --form lines in your curl, such as
                --form 'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
                d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
                WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
            invalidate_affected_text (bool | Unset): This will automatically mark text in this project
                for reconversion when the new dictionary applies or the old one no longer does. Defaults to
                True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post import (
            BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
        )

        kwargs = studio_projects_pronunciation_dictionaries_create._get_kwargs(
            project_id=project_id,
            body=BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost(
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                invalidate_affected_text=invalidate_affected_text,
            ),
        )

        return self._requester.request(
            kwargs, _parse_studio_projects_pronunciation_dictionaries_create, request_options
        )


class StudioProjectsPronunciationDictionariesResourceWithRawResponse:
    """`StudioProjectsPronunciationDictionariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: StudioProjectsPronunciationDictionariesResource) -> None:
        self.create = raw_response(resource.create)


class AsyncStudioProjectsPronunciationDictionariesResource:
    """The operations of group `studio_projects_pronunciation_dictionaries`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioProjectsPronunciationDictionariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncStudioProjectsPronunciationDictionariesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        project_id: str,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocator],
        *,
        invalidate_affected_text: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreatePronunciationDictionaryResponseModel:
        """Create Pronunciation Dictionaries

        Create a set of pronunciation dictionaries acting on a project. This will automatically mark text
        within this project as requiring reconverting where the new dictionary would apply or the old one no
        longer does.

        `POST /v1/studio/projects/{project_id}/pronunciation-dictionaries`.

        Args:
            project_id (str): The ID of the Studio project.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocator]): A list of
                pronunciation dictionary locators (pronunciation_dictionary_id, version_id) encoded as a
                list of JSON strings for pronunciation dictionaries to be applied to the text. A list of
                json encoded strings is required as adding projects may occur through formData as opposed to
                jsonBody. To specify multiple dictionaries use multiple --form lines in your curl, such as
                --form 'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
                d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
                'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
                WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
            invalidate_affected_text (bool | Unset): This will automatically mark text in this project
                for reconversion when the new dictionary applies or the old one no longer does. Defaults to
                True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post import (
            BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
        )

        kwargs = studio_projects_pronunciation_dictionaries_create._get_kwargs(
            project_id=project_id,
            body=BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost(
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                invalidate_affected_text=invalidate_affected_text,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_studio_projects_pronunciation_dictionaries_create, request_options
        )


class AsyncStudioProjectsPronunciationDictionariesResourceWithRawResponse:
    """`AsyncStudioProjectsPronunciationDictionariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncStudioProjectsPronunciationDictionariesResource) -> None:
        self.create = async_raw_response(resource.create)
