from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetPronunciationDictionaryWithRulesResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'created_by': 'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test
        dictionary', 'id': '5xM3yVvZQKV0EfqQpLrJ', 'latest_version_id': '5xM3yVvZQKV0EfqQpLr2',
        'latest_version_rules_num': 2, 'name': 'My Dictionary', 'permission_on_resource': 'admin', 'rules': [{'alias':
        'tie-land', 'string_to_replace': 'Thailand', 'type': 'alias'}, {'alphabet': 'ipa', 'phoneme': '/təˈmeɪtoʊ/',
        'string_to_replace': 'Tomato', 'type': 'phoneme'}]}

    Attributes:
        id: The ID of the pronunciation dictionary.
        latest_version_id: The ID of the latest version of the pronunciation dictionary.
        latest_version_rules_num: The number of rules in the latest version of the pronunciation dictionary.
        name: The name of the pronunciation dictionary.
        permission_on_resource: The permission on the resource of the pronunciation dictionary.
        created_by: The user ID of the creator of the pronunciation dictionary.
        creation_time_unix: The creation time of the pronunciation dictionary in Unix timestamp.
        rules: The rules in the latest version of the pronunciation dictionary.
        archived_time_unix: The archive time of the pronunciation dictionary in Unix timestamp.
        description: The description of the pronunciation dictionary.
    """

    id: str

    latest_version_id: str

    latest_version_rules_num: int

    name: str

    permission_on_resource: GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0 | None | str = (
        _attrs_field(default=None, kw_only=True)
    )

    created_by: str

    creation_time_unix: int

    rules: list[
        PronunciationDictionaryAliasRuleResponseModel | PronunciationDictionaryPhonemeRuleResponseModel | UnknownVariant
    ]

    archived_time_unix: int | None | Unset = UNSET

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("latest_version_id", "latest_version_id", STR, required=True),
        Field("latest_version_rules_num", "latest_version_rules_num", INT, required=True),
        Field("name", "name", STR, required=True),
        Field(
            "permission_on_resource",
            "permission_on_resource",
            union(literal("GetPronunciationDictionaryWithRulesResponseModelPermissionOnResourceType0"), NULL, STR),
            required=True,
        ),
        Field("created_by", "created_by", STR, required=True),
        Field("creation_time_unix", "creation_time_unix", INT, required=True),
        Field(
            "rules",
            "rules",
            list_of(
                union(
                    object_of("PronunciationDictionaryAliasRuleResponseModel"),
                    object_of("PronunciationDictionaryPhonemeRuleResponseModel"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("archived_time_unix", "archived_time_unix", union(INT, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PronunciationDictionaryAliasRuleResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    case_sensitive: Whether the rule matches case-sensitively. Defaults to True on the server.
    word_boundaries: Whether the rule only matches at word boundaries. Defaults to True on the server.
    """

    string_to_replace: str

    type_: Literal["alias"] = _attrs_field(
        default="alias",
        kw_only=True,
        alias="type",
        validator=types.tag("PronunciationDictionaryAliasRuleResponseModel", "type", "alias"),
    )

    alias: str

    case_sensitive: bool | Unset = UNSET

    word_boundaries: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("string_to_replace", "string_to_replace", STR, required=True),
        Field("type_", "type", const("alias"), required=True),
        Field("alias", "alias", STR, required=True),
        Field("case_sensitive", "case_sensitive", BOOL),
        Field("word_boundaries", "word_boundaries", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PronunciationDictionaryAliasRuleResponseModel, type_="type")


@_attrs_define(slots=False)
class PronunciationDictionaryPhonemeRuleResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    case_sensitive: Whether the rule matches case-sensitively. Defaults to True on the server.
    word_boundaries: Whether the rule only matches at word boundaries. Defaults to True on the server.
    """

    string_to_replace: str

    type_: Literal["phoneme"] = _attrs_field(
        default="phoneme",
        kw_only=True,
        alias="type",
        validator=types.tag("PronunciationDictionaryPhonemeRuleResponseModel", "type", "phoneme"),
    )

    phoneme: str

    alphabet: str

    case_sensitive: bool | Unset = UNSET

    word_boundaries: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("string_to_replace", "string_to_replace", STR, required=True),
        Field("type_", "type", const("phoneme"), required=True),
        Field("phoneme", "phoneme", STR, required=True),
        Field("alphabet", "alphabet", STR, required=True),
        Field("case_sensitive", "case_sensitive", BOOL),
        Field("word_boundaries", "word_boundaries", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PronunciationDictionaryPhonemeRuleResponseModel, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
