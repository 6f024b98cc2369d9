"""`client.pronunciation_dictionaries`: the operations of group `pronunciation_dictionaries`, as methods of PronunciationDictionariesResource and AsyncPronunciationDictionariesResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncBinaryStream,
    AsyncRequester,
    BinaryStream,
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
    from ..pronunciation_dictionaries_rules import (
        AsyncPronunciationDictionariesRulesResource,
        PronunciationDictionariesRulesResource,
    )
from . import (
    pronunciation_dictionaries_create_from_file,
    pronunciation_dictionaries_create_from_rules,
    pronunciation_dictionaries_download,
    pronunciation_dictionaries_get,
    pronunciation_dictionaries_list,
    pronunciation_dictionaries_update,
)


def _parse_pronunciation_dictionaries_list(
    response: httpx.Response,
) -> models.GetPronunciationDictionariesMetadataResponseModel:
    from ...models.get_pronunciation_dictionaries_metadata_response_model import (
        GetPronunciationDictionariesMetadataResponseModel,
    )

    response_200 = GetPronunciationDictionariesMetadataResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_pronunciation_dictionaries_create_from_file(
    response: httpx.Response,
) -> models.AddPronunciationDictionaryResponseModel:
    from ...models.add_pronunciation_dictionary_response_model import AddPronunciationDictionaryResponseModel

    response_200 = AddPronunciationDictionaryResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_pronunciation_dictionaries_create_from_rules(
    response: httpx.Response,
) -> models.AddPronunciationDictionaryResponseModel:
    from ...models.add_pronunciation_dictionary_response_model import AddPronunciationDictionaryResponseModel

    response_200 = AddPronunciationDictionaryResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_pronunciation_dictionaries_get(
    response: httpx.Response,
) -> models.GetPronunciationDictionaryWithRulesResponseModel:
    from ...models.get_pronunciation_dictionary_with_rules_response_model import (
        GetPronunciationDictionaryWithRulesResponseModel,
    )

    response_200 = GetPronunciationDictionaryWithRulesResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_pronunciation_dictionaries_update(
    response: httpx.Response,
) -> models.GetPronunciationDictionaryMetadataResponse:
    from ...models.get_pronunciation_dictionary_metadata_response import GetPronunciationDictionaryMetadataResponse

    response_200 = GetPronunciationDictionaryMetadataResponse.from_dict(loads(response.content))

    return response_200


_PAGING_PRONUNCIATION_DICTIONARIES_LIST = Paging(
    items="pronunciation_dictionaries",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class PronunciationDictionariesListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    sort: None | models.PronunciationDictionariesListSortType0 | Unset
    sort_direction: None | str | Unset
    include_archived: bool | Unset


class PronunciationDictionariesResource:
    """The operations of group `pronunciation_dictionaries`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> PronunciationDictionariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return PronunciationDictionariesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def rules(self) -> PronunciationDictionariesRulesResource:
        """`pronunciation_dictionaries_rules` operations."""
        from ..pronunciation_dictionaries_rules import PronunciationDictionariesRulesResource

        return PronunciationDictionariesRulesResource(self._requester)

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort: None | models.PronunciationDictionariesListSortType0 | Unset = UNSET,
        sort_direction: None | str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetPronunciationDictionariesMetadataResponseModel:
        """Get Pronunciation Dictionaries

        Get a list of the pronunciation dictionaries you have access to and their metadata

        `GET /v1/pronunciation-dictionaries`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many pronunciation dictionaries to return at maximum. Can not
                exceed 100, defaults to 30. Defaults to 30 on the server.
            sort (None | PronunciationDictionariesListSortType0 | Unset): Which field to sort by, one of
                'created_at_unix' or 'name'. Defaults to 'creation_time_unix' on the server. One of:
                creation_time_unix, name.
            sort_direction (None | str | Unset): Which direction to sort the voices in. 'ascending' or
                'descending'. Defaults to 'DESCENDING' on the server.
            include_archived (bool | Unset): Whether to include archived pronunciation dictionaries in
                the response. Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = pronunciation_dictionaries_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            sort=sort,
            sort_direction=sort_direction,
            include_archived=include_archived,
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[PronunciationDictionariesListQuery],
    ) -> Iterator[models.GetPronunciationDictionariesMetadataResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_PRONUNCIATION_DICTIONARIES_LIST)

    def iter_all(
        self,
        **query: Unpack[PronunciationDictionariesListQuery],
    ) -> Iterator[models.GetPronunciationDictionaryMetadataResponse]:
        """Every item (`pronunciation_dictionaries`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.pronunciation_dictionaries

    def create_from_file(
        self,
        name: str,
        *,
        file: FileInput | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        workspace_access: models.AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddPronunciationDictionaryResponseModel:
        """Add A Pronunciation Dictionary

        Creates a new pronunciation dictionary from a lexicon .PLS file

        `POST /v1/pronunciation-dictionaries/add-from-file`.

        Args:
            name (str): The name of the pronunciation dictionary, used for identification only.
            file (FileInput | None | Unset): A lexicon .pls file which we will use to initialize the
                project with.
            description (None | str | Unset): A description of the pronunciation dictionary, used for
                identification only.
            workspace_access (AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset):
                Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access. One
                of: admin, commenter, editor, viewer.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.add_pronunciation_dictionary_request import AddPronunciationDictionaryRequest

        kwargs = pronunciation_dictionaries_create_from_file._get_kwargs(
            body=AddPronunciationDictionaryRequest(
                name=name,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                description=description,
                workspace_access=workspace_access,
            ),
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_create_from_file, request_options)

    def create_from_rules(
        self,
        rules: builtins.list[
            models.PronunciationDictionaryAliasRuleRequestModel | models.PronunciationDictionaryPhonemeRuleRequestModel
        ],
        name: str,
        *,
        description: None | str | Unset = UNSET,
        workspace_access: models.BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddPronunciationDictionaryResponseModel:
        """Add A Pronunciation Dictionary

        Creates a new pronunciation dictionary from provided rules.

        `POST /v1/pronunciation-dictionaries/add-from-rules`.

        Args:
            rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
                List of pronunciation rules. Rule can be either: an alias rule: {'string_to_replace': 'a',
                'type': 'alias', 'alias': 'b', } or a phoneme rule: {'string_to_replace': 'a', 'type':
                'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
            name (str): The name of the pronunciation dictionary, used for identification only.
            description (None | str | Unset): A description of the pronunciation dictionary, used for
                identification only.
            workspace_access (BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0 | None | Unset):
                Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access. One
                of: admin, commenter, editor, viewer.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post import (
            BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
        )

        kwargs = pronunciation_dictionaries_create_from_rules._get_kwargs(
            body=BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost(
                rules=rules,
                name=name,
                description=description,
                workspace_access=workspace_access,
            ),
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_create_from_rules, request_options)

    def download(
        self,
        dictionary_id: str,
        version_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Get A Pls File With A Pronunciation Dictionary Version Rules

        Get a PLS file with a pronunciation dictionary version rules

        `GET /v1/pronunciation-dictionaries/{dictionary_id}/{version_id}/download`; the body (text/plain) streams: iterate over it, or `.save(path)`.

        Args:
            dictionary_id (str): The id of the pronunciation dictionary
            version_id (str): The id of the pronunciation dictionary version
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dictionary_id", dictionary_id)
        check_path_parameter("version_id", version_id)
        kwargs = pronunciation_dictionaries_download._get_kwargs(
            dictionary_id=dictionary_id,
            version_id=version_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def get(
        self,
        pronunciation_dictionary_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetPronunciationDictionaryWithRulesResponseModel:
        """Get Metadata For A Pronunciation Dictionary

        Get metadata for a pronunciation dictionary

        `GET /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        kwargs = pronunciation_dictionaries_get._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_get, request_options)

    def update(
        self,
        pronunciation_dictionary_id: str,
        *,
        archived: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetPronunciationDictionaryMetadataResponse:
        """Update Pronunciation Dictionary

        Partially update the pronunciation dictionary without changing the version

        `PATCH /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            archived (bool | Unset): Whether to archive the pronunciation dictionary.
            name (str | Unset): The name of the pronunciation dictionary, used for identification only.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch import (
            BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch,
        )

        kwargs = pronunciation_dictionaries_update._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch(
                archived=archived,
                name=name,
            ),
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_update, request_options)


class PronunciationDictionariesResourceWithRawResponse:
    """`PronunciationDictionariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: PronunciationDictionariesResource) -> None:
        self.list = raw_response(resource.list)
        self.create_from_file = raw_response(resource.create_from_file)
        self.create_from_rules = raw_response(resource.create_from_rules)
        self.download = raw_response(resource.download)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)


class AsyncPronunciationDictionariesResource:
    """The operations of group `pronunciation_dictionaries`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncPronunciationDictionariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncPronunciationDictionariesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def rules(self) -> AsyncPronunciationDictionariesRulesResource:
        """`pronunciation_dictionaries_rules` operations."""
        from ..pronunciation_dictionaries_rules import AsyncPronunciationDictionariesRulesResource

        return AsyncPronunciationDictionariesRulesResource(self._requester)

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort: None | models.PronunciationDictionariesListSortType0 | Unset = UNSET,
        sort_direction: None | str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetPronunciationDictionariesMetadataResponseModel:
        """Get Pronunciation Dictionaries

        Get a list of the pronunciation dictionaries you have access to and their metadata

        `GET /v1/pronunciation-dictionaries`.

        Args:
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            page_size (int | Unset): How many pronunciation dictionaries to return at maximum. Can not
                exceed 100, defaults to 30. Defaults to 30 on the server.
            sort (None | PronunciationDictionariesListSortType0 | Unset): Which field to sort by, one of
                'created_at_unix' or 'name'. Defaults to 'creation_time_unix' on the server. One of:
                creation_time_unix, name.
            sort_direction (None | str | Unset): Which direction to sort the voices in. 'ascending' or
                'descending'. Defaults to 'DESCENDING' on the server.
            include_archived (bool | Unset): Whether to include archived pronunciation dictionaries in
                the response. Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = pronunciation_dictionaries_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            sort=sort,
            sort_direction=sort_direction,
            include_archived=include_archived,
        )

        return await self._requester.request(kwargs, _parse_pronunciation_dictionaries_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[PronunciationDictionariesListQuery],
    ) -> AsyncIterator[models.GetPronunciationDictionariesMetadataResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_PRONUNCIATION_DICTIONARIES_LIST)

    async def iter_all(
        self,
        **query: Unpack[PronunciationDictionariesListQuery],
    ) -> AsyncIterator[models.GetPronunciationDictionaryMetadataResponse]:
        """Every item (`pronunciation_dictionaries`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.pronunciation_dictionaries:
                yield item

    async def create_from_file(
        self,
        name: str,
        *,
        file: FileInput | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        workspace_access: models.AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddPronunciationDictionaryResponseModel:
        """Add A Pronunciation Dictionary

        Creates a new pronunciation dictionary from a lexicon .PLS file

        `POST /v1/pronunciation-dictionaries/add-from-file`.

        Args:
            name (str): The name of the pronunciation dictionary, used for identification only.
            file (FileInput | None | Unset): A lexicon .pls file which we will use to initialize the
                project with.
            description (None | str | Unset): A description of the pronunciation dictionary, used for
                identification only.
            workspace_access (AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset):
                Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access. One
                of: admin, commenter, editor, viewer.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.add_pronunciation_dictionary_request import AddPronunciationDictionaryRequest

        kwargs = pronunciation_dictionaries_create_from_file._get_kwargs(
            body=AddPronunciationDictionaryRequest(
                name=name,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                description=description,
                workspace_access=workspace_access,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_pronunciation_dictionaries_create_from_file, request_options
        )

    async def create_from_rules(
        self,
        rules: builtins.list[
            models.PronunciationDictionaryAliasRuleRequestModel | models.PronunciationDictionaryPhonemeRuleRequestModel
        ],
        name: str,
        *,
        description: None | str | Unset = UNSET,
        workspace_access: models.BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddPronunciationDictionaryResponseModel:
        """Add A Pronunciation Dictionary

        Creates a new pronunciation dictionary from provided rules.

        `POST /v1/pronunciation-dictionaries/add-from-rules`.

        Args:
            rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
                List of pronunciation rules. Rule can be either: an alias rule: {'string_to_replace': 'a',
                'type': 'alias', 'alias': 'b', } or a phoneme rule: {'string_to_replace': 'a', 'type':
                'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
            name (str): The name of the pronunciation dictionary, used for identification only.
            description (None | str | Unset): A description of the pronunciation dictionary, used for
                identification only.
            workspace_access (BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0 | None | Unset):
                Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access. One
                of: admin, commenter, editor, viewer.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post import (
            BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
        )

        kwargs = pronunciation_dictionaries_create_from_rules._get_kwargs(
            body=BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost(
                rules=rules,
                name=name,
                description=description,
                workspace_access=workspace_access,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_pronunciation_dictionaries_create_from_rules, request_options
        )

    def download(
        self,
        dictionary_id: str,
        version_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Get A Pls File With A Pronunciation Dictionary Version Rules

        Get a PLS file with a pronunciation dictionary version rules

        `GET /v1/pronunciation-dictionaries/{dictionary_id}/{version_id}/download`; the body (text/plain) streams: iterate over it, or `.save(path)`.

        Args:
            dictionary_id (str): The id of the pronunciation dictionary
            version_id (str): The id of the pronunciation dictionary version
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dictionary_id", dictionary_id)
        check_path_parameter("version_id", version_id)
        kwargs = pronunciation_dictionaries_download._get_kwargs(
            dictionary_id=dictionary_id,
            version_id=version_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    async def get(
        self,
        pronunciation_dictionary_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetPronunciationDictionaryWithRulesResponseModel:
        """Get Metadata For A Pronunciation Dictionary

        Get metadata for a pronunciation dictionary

        `GET /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        kwargs = pronunciation_dictionaries_get._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
        )

        return await self._requester.request(kwargs, _parse_pronunciation_dictionaries_get, request_options)

    async def update(
        self,
        pronunciation_dictionary_id: str,
        *,
        archived: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetPronunciationDictionaryMetadataResponse:
        """Update Pronunciation Dictionary

        Partially update the pronunciation dictionary without changing the version

        `PATCH /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            archived (bool | Unset): Whether to archive the pronunciation dictionary.
            name (str | Unset): The name of the pronunciation dictionary, used for identification only.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch import (
            BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch,
        )

        kwargs = pronunciation_dictionaries_update._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch(
                archived=archived,
                name=name,
            ),
        )

        return await self._requester.request(kwargs, _parse_pronunciation_dictionaries_update, request_options)


class AsyncPronunciationDictionariesResourceWithRawResponse:
    """`AsyncPronunciationDictionariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncPronunciationDictionariesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create_from_file = async_raw_response(resource.create_from_file)
        self.create_from_rules = async_raw_response(resource.create_from_rules)
        self.download = async_raw_response(resource.download)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
