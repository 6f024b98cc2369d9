"""`POST /v1/studio/projects/{project_id}/pronunciation-dictionaries`: Create Pronunciation Dictionaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post import (
        BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
    )
    from ...models.create_pronunciation_dictionary_response_model import CreatePronunciationDictionaryResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    *,
    body: BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects/{project_id}/pronunciation-dictionaries".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePronunciationDictionaryResponseModel | HttpValidationError | None:
    from ...models.create_pronunciation_dictionary_response_model import CreatePronunciationDictionaryResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreatePronunciationDictionaryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
) -> CreatePronunciationDictionaryResponseModel | HttpValidationError | None:
    """Create Pronunciation Dictionaries

    Create a set of pronunciation dictionaries acting on a project. This will automatically mark text
    within this project as requiring reconverting where the new dictionary would apply or the old one no
    longer does.

    Args:
        project_id (str): The ID of the Studio project.
        body (BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionarie
            sPost):
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
) -> Response[CreatePronunciationDictionaryResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
) -> CreatePronunciationDictionaryResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
) -> Response[CreatePronunciationDictionaryResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
