"""`client.conversational_ai.knowledge_base.crawl_jobs`: the operations of group `conversational_ai_knowledge_base_crawl_jobs`, as methods of ConversationalAiKnowledgeBaseCrawlJobsResource and AsyncConversationalAiKnowledgeBaseCrawlJobsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
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
    conversational_ai_knowledge_base_crawl_jobs_cancel,
    conversational_ai_knowledge_base_crawl_jobs_create,
    conversational_ai_knowledge_base_crawl_jobs_get,
    conversational_ai_knowledge_base_crawl_jobs_list,
)


def _parse_conversational_ai_knowledge_base_crawl_jobs_list(
    response: httpx.Response,
) -> models.ListCrawlJobsResponseModel:
    from ...models.list_crawl_jobs_response_model import ListCrawlJobsResponseModel

    response_200 = ListCrawlJobsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_crawl_jobs_create(
    response: httpx.Response,
) -> models.CreateCrawlJobResponseModel:
    from ...models.create_crawl_job_response_model import CreateCrawlJobResponseModel

    response_200 = CreateCrawlJobResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_crawl_jobs_get(response: httpx.Response) -> models.GetCrawlJobResponseModel:
    from ...models.get_crawl_job_response_model import GetCrawlJobResponseModel

    response_200 = GetCrawlJobResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_crawl_jobs_cancel(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


_PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_CRAWL_JOBS_LIST = Paging(
    items="crawl_jobs",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiKnowledgeBaseCrawlJobsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    include_job_ids: builtins.list[str] | None | Unset
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseCrawlJobsResource:
    """The operations of group `conversational_ai_knowledge_base_crawl_jobs`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseCrawlJobsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseCrawlJobsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def list(
        self,
        *,
        include_job_ids: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListCrawlJobsResponseModel:
        """List Ongoing And Recent Crawl Jobs Created By A User

        Get a list of ongoing and recent crawl jobs for the user.

        `GET /v1/convai/knowledge-base/crawl`.

        Args:
            include_job_ids (list[str] | None | Unset): Ids of additional crawl jobs to retrieve
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_crawl_jobs_list._get_kwargs(
            include_job_ids=include_job_ids,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseCrawlJobsListQuery],
    ) -> Iterator[models.ListCrawlJobsResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_CRAWL_JOBS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseCrawlJobsListQuery],
    ) -> Iterator[models.GetCrawlJobResponseModel]:
        """Every item (`crawl_jobs`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.crawl_jobs

    def create(
        self,
        url: str,
        *,
        max_depth: int | Unset = UNSET,
        max_pages: int | Unset = UNSET,
        pattern: None | str | Unset = UNSET,
        sitemap_urls: builtins.list[str] | None | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        enable_auto_sync: bool | Unset = UNSET,
        auto_remove: bool | Unset = UNSET,
        minimum_frequency_days: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateCrawlJobResponseModel:
        """Create Crawl Job

        Create a crawl job to crawl the given URL with specified depth and page limits.

        `POST /v1/convai/knowledge-base/crawl`.

        Args:
            url (str): URL to a page of documentation that the agent will have access to in order to
                interact with users.
            max_depth (int | Unset): Maximum depth for crawling (1-5), defaults to 3. Defaults to 3 on
                the server.
            max_pages (int | Unset): Maximum number of pages to crawl (1-10,000), defaults to 1000.
                Defaults to 1000 on the server.
            pattern (None | str | Unset): If set, only URLs that match this pattern are included.
            sitemap_urls (list[str] | None | Unset): List of URLs to crawl from sitemap (optional,
                overrides automatic URL discovery).
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults
                to False on the server.
            auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes
                unavailable. Only applicable when auto-sync is enabled. Defaults to False on the server.
            minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the
                underlying eligible documents are refreshed. The actual interval may be shorter, never
                longer. Defaults to 7, tightened to the parent folder's frequency if that is stricter. Only
                applicable when auto-sync is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_crawl_job_v1_convai_knowledge_base_crawl_post import (
            BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
        )

        kwargs = conversational_ai_knowledge_base_crawl_jobs_create._get_kwargs(
            body=BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost(
                url=url,
                max_depth=max_depth,
                max_pages=max_pages,
                pattern=pattern,
                sitemap_urls=sitemap_urls,
                parent_folder_id=parent_folder_id,
                enable_auto_sync=enable_auto_sync,
                auto_remove=auto_remove,
                minimum_frequency_days=minimum_frequency_days,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_create, request_options
        )

    def get(
        self,
        crawl_job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetCrawlJobResponseModel:
        """Get Crawl Job Details

        Get details about a specific crawl job including status and progress.

        `GET /v1/convai/knowledge-base/crawl/{crawl_job_id}`.

        Args:
            crawl_job_id (str): The id of the crawl job to retrieve
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("crawl_job_id", crawl_job_id)
        kwargs = conversational_ai_knowledge_base_crawl_jobs_get._get_kwargs(
            crawl_job_id=crawl_job_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_get, request_options)

    def cancel(
        self,
        crawl_job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Cancel Crawl Job

        Cancel a crawl job and delete all associated documents and folders.

        `POST /v1/convai/knowledge-base/crawl/{crawl_job_id}/cancel`.

        Args:
            crawl_job_id (str): The id of the crawl job to retrieve
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("crawl_job_id", crawl_job_id)
        kwargs = conversational_ai_knowledge_base_crawl_jobs_cancel._get_kwargs(
            crawl_job_id=crawl_job_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_cancel, request_options
        )


class ConversationalAiKnowledgeBaseCrawlJobsResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseCrawlJobsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseCrawlJobsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.cancel = raw_response(resource.cancel)


class AsyncConversationalAiKnowledgeBaseCrawlJobsResource:
    """The operations of group `conversational_ai_knowledge_base_crawl_jobs`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseCrawlJobsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseCrawlJobsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        *,
        include_job_ids: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListCrawlJobsResponseModel:
        """List Ongoing And Recent Crawl Jobs Created By A User

        Get a list of ongoing and recent crawl jobs for the user.

        `GET /v1/convai/knowledge-base/crawl`.

        Args:
            include_job_ids (list[str] | None | Unset): Ids of additional crawl jobs to retrieve
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_crawl_jobs_list._get_kwargs(
            include_job_ids=include_job_ids,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_list, request_options
        )

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseCrawlJobsListQuery],
    ) -> AsyncIterator[models.ListCrawlJobsResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_CRAWL_JOBS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseCrawlJobsListQuery],
    ) -> AsyncIterator[models.GetCrawlJobResponseModel]:
        """Every item (`crawl_jobs`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.crawl_jobs:
                yield item

    async def create(
        self,
        url: str,
        *,
        max_depth: int | Unset = UNSET,
        max_pages: int | Unset = UNSET,
        pattern: None | str | Unset = UNSET,
        sitemap_urls: builtins.list[str] | None | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        enable_auto_sync: bool | Unset = UNSET,
        auto_remove: bool | Unset = UNSET,
        minimum_frequency_days: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.CreateCrawlJobResponseModel:
        """Create Crawl Job

        Create a crawl job to crawl the given URL with specified depth and page limits.

        `POST /v1/convai/knowledge-base/crawl`.

        Args:
            url (str): URL to a page of documentation that the agent will have access to in order to
                interact with users.
            max_depth (int | Unset): Maximum depth for crawling (1-5), defaults to 3. Defaults to 3 on
                the server.
            max_pages (int | Unset): Maximum number of pages to crawl (1-10,000), defaults to 1000.
                Defaults to 1000 on the server.
            pattern (None | str | Unset): If set, only URLs that match this pattern are included.
            sitemap_urls (list[str] | None | Unset): List of URLs to crawl from sitemap (optional,
                overrides automatic URL discovery).
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults
                to False on the server.
            auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes
                unavailable. Only applicable when auto-sync is enabled. Defaults to False on the server.
            minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the
                underlying eligible documents are refreshed. The actual interval may be shorter, never
                longer. Defaults to 7, tightened to the parent folder's frequency if that is stricter. Only
                applicable when auto-sync is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_crawl_job_v1_convai_knowledge_base_crawl_post import (
            BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
        )

        kwargs = conversational_ai_knowledge_base_crawl_jobs_create._get_kwargs(
            body=BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost(
                url=url,
                max_depth=max_depth,
                max_pages=max_pages,
                pattern=pattern,
                sitemap_urls=sitemap_urls,
                parent_folder_id=parent_folder_id,
                enable_auto_sync=enable_auto_sync,
                auto_remove=auto_remove,
                minimum_frequency_days=minimum_frequency_days,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_create, request_options
        )

    async def get(
        self,
        crawl_job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetCrawlJobResponseModel:
        """Get Crawl Job Details

        Get details about a specific crawl job including status and progress.

        `GET /v1/convai/knowledge-base/crawl/{crawl_job_id}`.

        Args:
            crawl_job_id (str): The id of the crawl job to retrieve
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("crawl_job_id", crawl_job_id)
        kwargs = conversational_ai_knowledge_base_crawl_jobs_get._get_kwargs(
            crawl_job_id=crawl_job_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_get, request_options
        )

    async def cancel(
        self,
        crawl_job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Cancel Crawl Job

        Cancel a crawl job and delete all associated documents and folders.

        `POST /v1/convai/knowledge-base/crawl/{crawl_job_id}/cancel`.

        Args:
            crawl_job_id (str): The id of the crawl job to retrieve
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("crawl_job_id", crawl_job_id)
        kwargs = conversational_ai_knowledge_base_crawl_jobs_cancel._get_kwargs(
            crawl_job_id=crawl_job_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_crawl_jobs_cancel, request_options
        )


class AsyncConversationalAiKnowledgeBaseCrawlJobsResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseCrawlJobsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseCrawlJobsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.cancel = async_raw_response(resource.cancel)
