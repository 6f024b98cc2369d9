"""`GET /v2/voices`: Get Voices V2."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_voices_v2_response import GetVoicesV2Response
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
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
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
    voice_ids: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_next_page_token: None | str | Unset = next_page_token

    params["next_page_token"] = json_next_page_token

    params["page_size"] = page_size

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_sort: None | str | Unset = sort

    params["sort"] = json_sort

    json_sort_direction: None | str | Unset = sort_direction

    params["sort_direction"] = json_sort_direction

    json_voice_type: None | str | Unset = voice_type

    params["voice_type"] = json_voice_type

    json_category: None | str | Unset = category

    params["category"] = json_category

    json_fine_tuning_state: None | str | Unset = fine_tuning_state

    params["fine_tuning_state"] = json_fine_tuning_state

    json_collection_id: None | str | Unset = collection_id

    params["collection_id"] = json_collection_id

    json_gender: None | str | Unset = gender

    params["gender"] = json_gender

    json_age: None | str | Unset = age

    params["age"] = json_age

    json_language: list[str] | None | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, list):
        json_language = language

    else:
        json_language = language

    params["language"] = json_language

    json_accent: None | str | Unset = accent

    params["accent"] = json_accent

    json_use_cases: list[str] | None | Unset
    if isinstance(use_cases, Unset):
        json_use_cases = UNSET
    elif isinstance(use_cases, list):
        json_use_cases = use_cases

    else:
        json_use_cases = use_cases

    params["use_cases"] = json_use_cases

    json_min_notice_period_days: int | None | Unset = min_notice_period_days

    params["min_notice_period_days"] = json_min_notice_period_days

    json_include_custom_rates: bool | None | Unset = include_custom_rates

    params["include_custom_rates"] = json_include_custom_rates

    json_include_live_moderated: bool | None | Unset = include_live_moderated

    params["include_live_moderated"] = json_include_live_moderated

    json_high_quality: bool | None | Unset = high_quality

    params["high_quality"] = json_high_quality

    params["include_total_count"] = include_total_count

    json_voice_ids: list[str] | None | Unset
    if isinstance(voice_ids, Unset):
        json_voice_ids = UNSET
    elif isinstance(voice_ids, list):
        json_voice_ids = voice_ids

    else:
        json_voice_ids = voice_ids

    params["voice_ids"] = json_voice_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/voices",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVoicesV2Response | HttpValidationError | None:
    from ...models.get_voices_v2_response import GetVoicesV2Response
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetVoicesV2Response.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
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
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
    voice_ids: list[str] | None | Unset = UNSET,
) -> GetVoicesV2Response | HttpValidationError | None:
    """Get Voices V2

    Gets a list of all available voices for a user with search, filtering and pagination.

    Args:
        next_page_token (None | str | Unset): The next page token to use for pagination. Returned
            from the previous request. Use this in combination with the has_more flag for reliable
            pagination.
        page_size (int | Unset): How many voices to return at maximum. Can not exceed 100,
            defaults to 10. Page 0 may include more voices due to default voices being included.
            Defaults to 10 on the server.
        search (None | str | Unset): Search term to filter voices by. Searches in name,
            description, labels, category.
        sort (None | str | Unset): Which field to sort by, one of 'created_at_unix' or 'name'.
            'created_at_unix' may not be available for older voices.
        sort_direction (None | str | Unset): Which direction to sort the voices in. 'asc' or
            'desc'.
        voice_type (None | str | Unset): Type of the voice to filter by. One of 'personal',
            'community', 'default', 'workspace', 'non-default', 'non-community', 'saved'. 'non-
            default' is equal to all but 'default'. 'non-community' is equal to 'personal' and
            'workspace' combined (excludes library copies). 'saved' is equal to non-default, but
            includes default voices if they have been added to a collection.
        category (None | str | Unset): Category of the voice to filter by. One of 'premade',
            'cloned', 'generated', 'professional'
        fine_tuning_state (None | str | Unset): State of the voice's fine tuning to filter by.
            Applicable only to professional voices clones. One of 'draft', 'not_verified',
            'not_started', 'queued', 'fine_tuning', 'fine_tuned', 'failed', 'delayed'
        collection_id (None | str | Unset): Collection ID to filter voices by.
        gender (None | str | Unset): Gender used for filtering, based on the voice's 'gender'
            label.
        age (None | str | Unset): Age used for filtering, based on the voice's 'age' label.
        language (list[str] | None | Unset): Languages used for filtering, based on the voice's
            'language' label. Voices matching any of the given languages are returned.
        accent (None | str | Unset): Accent used for filtering, based on the voice's 'accent'
            label.
        use_cases (list[str] | None | Unset): Use cases used for filtering, based on the voice's
            'use_case' label. Voices matching any of the given use cases are returned.
        min_notice_period_days (int | None | Unset): Filter to voices whose sharing notice period
            is at least the given number of days.
        include_custom_rates (bool | None | Unset): Whether to include voices that have a custom
            sharing rate. Defaults to including them.
        include_live_moderated (bool | None | Unset): Whether to include voices that have live
            moderation enabled. Defaults to including them.
        high_quality (bool | None | Unset): When true, only return studio-quality voices (those
            whose category is 'high_quality').
        include_total_count (bool | Unset): Whether to include the total count of voices found in
            the response. NOTE: The total_count value is a live snapshot and may change between
            requests as users create, modify, or delete voices. For pagination, rely on the has_more
            flag instead. Only enable this when you actually need the total count (e.g., for display
            purposes), as it incurs a performance cost. Defaults to True on the server.
        voice_ids (list[str] | None | Unset): Voice IDs to lookup by. Maximum 100 voice IDs.
    """

    return sync_detailed(
        client=client,
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
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
    voice_ids: list[str] | None | Unset = UNSET,
) -> Response[GetVoicesV2Response | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
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
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
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
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
    voice_ids: list[str] | None | Unset = UNSET,
) -> GetVoicesV2Response | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
    voice_ids: list[str] | None | Unset = UNSET,
) -> Response[GetVoicesV2Response | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
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
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
