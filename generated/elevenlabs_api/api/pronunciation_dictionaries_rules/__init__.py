"""`client.pronunciation_dictionaries.rules`: the operations of group `pronunciation_dictionaries_rules`, as methods of PronunciationDictionariesRulesResource and AsyncPronunciationDictionariesRulesResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
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
from . import (
    pronunciation_dictionaries_rules_add,
    pronunciation_dictionaries_rules_remove,
    pronunciation_dictionaries_rules_set,
)


def _parse_pronunciation_dictionaries_rules_add(
    response: httpx.Response,
) -> models.PronunciationDictionaryRulesResponseModel:
    from ...models.pronunciation_dictionary_rules_response_model import PronunciationDictionaryRulesResponseModel

    response_200 = PronunciationDictionaryRulesResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_pronunciation_dictionaries_rules_remove(
    response: httpx.Response,
) -> models.PronunciationDictionaryRulesResponseModel:
    from ...models.pronunciation_dictionary_rules_response_model import PronunciationDictionaryRulesResponseModel

    response_200 = PronunciationDictionaryRulesResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_pronunciation_dictionaries_rules_set(
    response: httpx.Response,
) -> models.PronunciationDictionaryRulesResponseModel:
    from ...models.pronunciation_dictionary_rules_response_model import PronunciationDictionaryRulesResponseModel

    response_200 = PronunciationDictionaryRulesResponseModel.from_dict(loads(response.content))

    return response_200


class PronunciationDictionariesRulesResource:
    """The operations of group `pronunciation_dictionaries_rules`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> PronunciationDictionariesRulesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return PronunciationDictionariesRulesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def add(
        self,
        pronunciation_dictionary_id: str,
        rules: builtins.list[
            models.PronunciationDictionaryAliasRuleRequestModel | models.PronunciationDictionaryPhonemeRuleRequestModel
        ],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PronunciationDictionaryRulesResponseModel:
        """Add Rules To The Pronunciation Dictionary

        Add rules to the pronunciation dictionary. If a rule with the same string_to_replace already exists,
        it will be replaced.

        `POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/add-rules`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
                List of pronunciation rules. Rule can be either: an alias rule: {'string_to_replace': 'a',
                'type': 'alias', 'alias': 'b', } or a phoneme rule: {'string_to_replace': 'a', 'type':
                'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.pronunciation_dictionary import PronunciationDictionary

        kwargs = pronunciation_dictionaries_rules_add._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=PronunciationDictionary(
                rules=rules,
            ),
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_rules_add, request_options)

    def remove(
        self,
        pronunciation_dictionary_id: str,
        rule_strings: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PronunciationDictionaryRulesResponseModel:
        """Remove Rules From The Pronunciation Dictionary

        Remove rules from the pronunciation dictionary

        `POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/remove-rules`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            rule_strings (list[str]): List of strings to remove from the pronunciation dictionary.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.remove_pronunciation_dictionary_rules_request import RemovePronunciationDictionaryRulesRequest

        kwargs = pronunciation_dictionaries_rules_remove._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=RemovePronunciationDictionaryRulesRequest(
                rule_strings=rule_strings,
            ),
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_rules_remove, request_options)

    def set(
        self,
        pronunciation_dictionary_id: str,
        rules: builtins.list[
            models.PronunciationDictionaryAliasRuleRequestModel | models.PronunciationDictionaryPhonemeRuleRequestModel
        ],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PronunciationDictionaryRulesResponseModel:
        """Set Rules On The Pronunciation Dictionary

        Replaces all existing rules on the pronunciation dictionary with the provided ones.

        `POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/set-rules`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
                List of pronunciation rules. Rule can be either: an alias rule: {'string_to_replace': 'a',
                'type': 'alias', 'alias': 'b', } or a phoneme rule: {'string_to_replace': 'a', 'type':
                'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post import (
            BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
        )

        kwargs = pronunciation_dictionaries_rules_set._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost(
                rules=rules,
            ),
        )

        return self._requester.request(kwargs, _parse_pronunciation_dictionaries_rules_set, request_options)


class PronunciationDictionariesRulesResourceWithRawResponse:
    """`PronunciationDictionariesRulesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: PronunciationDictionariesRulesResource) -> None:
        self.add = raw_response(resource.add)
        self.remove = raw_response(resource.remove)
        self.set = raw_response(resource.set)


class AsyncPronunciationDictionariesRulesResource:
    """The operations of group `pronunciation_dictionaries_rules`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncPronunciationDictionariesRulesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncPronunciationDictionariesRulesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def add(
        self,
        pronunciation_dictionary_id: str,
        rules: builtins.list[
            models.PronunciationDictionaryAliasRuleRequestModel | models.PronunciationDictionaryPhonemeRuleRequestModel
        ],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PronunciationDictionaryRulesResponseModel:
        """Add Rules To The Pronunciation Dictionary

        Add rules to the pronunciation dictionary. If a rule with the same string_to_replace already exists,
        it will be replaced.

        `POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/add-rules`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
                List of pronunciation rules. Rule can be either: an alias rule: {'string_to_replace': 'a',
                'type': 'alias', 'alias': 'b', } or a phoneme rule: {'string_to_replace': 'a', 'type':
                'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.pronunciation_dictionary import PronunciationDictionary

        kwargs = pronunciation_dictionaries_rules_add._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=PronunciationDictionary(
                rules=rules,
            ),
        )

        return await self._requester.request(kwargs, _parse_pronunciation_dictionaries_rules_add, request_options)

    async def remove(
        self,
        pronunciation_dictionary_id: str,
        rule_strings: builtins.list[str],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PronunciationDictionaryRulesResponseModel:
        """Remove Rules From The Pronunciation Dictionary

        Remove rules from the pronunciation dictionary

        `POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/remove-rules`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            rule_strings (list[str]): List of strings to remove from the pronunciation dictionary.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.remove_pronunciation_dictionary_rules_request import RemovePronunciationDictionaryRulesRequest

        kwargs = pronunciation_dictionaries_rules_remove._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=RemovePronunciationDictionaryRulesRequest(
                rule_strings=rule_strings,
            ),
        )

        return await self._requester.request(kwargs, _parse_pronunciation_dictionaries_rules_remove, request_options)

    async def set(
        self,
        pronunciation_dictionary_id: str,
        rules: builtins.list[
            models.PronunciationDictionaryAliasRuleRequestModel | models.PronunciationDictionaryPhonemeRuleRequestModel
        ],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.PronunciationDictionaryRulesResponseModel:
        """Set Rules On The Pronunciation Dictionary

        Replaces all existing rules on the pronunciation dictionary with the provided ones.

        `POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/set-rules`.

        Args:
            pronunciation_dictionary_id (str): The id of the pronunciation dictionary
            rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
                List of pronunciation rules. Rule can be either: an alias rule: {'string_to_replace': 'a',
                'type': 'alias', 'alias': 'b', } or a phoneme rule: {'string_to_replace': 'a', 'type':
                'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("pronunciation_dictionary_id", pronunciation_dictionary_id)
        from ...models.body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post import (
            BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
        )

        kwargs = pronunciation_dictionaries_rules_set._get_kwargs(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            body=BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost(
                rules=rules,
            ),
        )

        return await self._requester.request(kwargs, _parse_pronunciation_dictionaries_rules_set, request_options)


class AsyncPronunciationDictionariesRulesResourceWithRawResponse:
    """`AsyncPronunciationDictionariesRulesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncPronunciationDictionariesRulesResource) -> None:
        self.add = async_raw_response(resource.add)
        self.remove = async_raw_response(resource.remove)
        self.set = async_raw_response(resource.set)
