from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    rules: List of pronunciation rules. Rule can be either:
            an alias rule: {'string_to_replace': 'a', 'type': 'alias', 'alias': 'b', }
            or a phoneme rule: {'string_to_replace': 'a', 'type': 'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
    name: The name of the pronunciation dictionary, used for identification only.
    description: A description of the pronunciation dictionary, used for identification only.
    workspace_access: Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access.
    """

    rules: list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]

    name: str

    description: None | str | Unset = UNSET

    workspace_access: (
        BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "rules",
            "rules",
            list_of(
                union(
                    object_of("PronunciationDictionaryAliasRuleRequestModel"),
                    object_of("PronunciationDictionaryPhonemeRuleRequestModel"),
                )
            ),
            required=True,
        ),
        Field("name", "name", STR, required=True),
        Field("description", "description", union(STR, NULL)),
        Field(
            "workspace_access",
            "workspace_access",
            union(
                literal(
                    "BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0"
                ),
                NULL,
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_alias_rule_request_model import PronunciationDictionaryAliasRuleRequestModel
from ..models.pronunciation_dictionary_phoneme_rule_request_model import PronunciationDictionaryPhonemeRuleRequestModel
