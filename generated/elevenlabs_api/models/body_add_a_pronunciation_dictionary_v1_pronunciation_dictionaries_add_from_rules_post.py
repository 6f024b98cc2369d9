from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0,
    check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post_workspace_access_type_0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost(Lazy):
    """Attributes:
    rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
        List of pronunciation rules. Rule can be either:
            an alias rule: {'string_to_replace': 'a', 'type': 'alias', 'alias': 'b', }
            or a phoneme rule: {'string_to_replace': 'a', 'type': 'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
    name (str): The name of the pronunciation dictionary, used for identification only.
    description (None | str | Unset): A description of the pronunciation dictionary, used for identification only.
    workspace_access (BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0
        | None | Unset): Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access.
    """

    rules: list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]

    name: str

    description: None | str | Unset = UNSET

    workspace_access: (
        BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "rules",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        rules: Any
        try:
            rules = []
            for rules_item_data in self.rules:
                rules_item: dict[str, Any]
                if isinstance(rules_item_data, PronunciationDictionaryAliasRuleRequestModel) or isinstance(
                    rules_item_data, PronunciationDictionaryPhonemeRuleRequestModel
                ):
                    rules_item = rules_item_data.to_dict()
                else:
                    rules_item = rules_item_data

                rules.append(rules_item)

        except (AttributeError, TypeError):
            rules = self.rules

        name = self.name

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        workspace_access: Any
        try:
            if isinstance(self.workspace_access, Unset):
                workspace_access = UNSET
            elif isinstance(self.workspace_access, str):
                workspace_access = self.workspace_access
            else:
                workspace_access = self.workspace_access

        except (AttributeError, TypeError):
            workspace_access = self.workspace_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if rules is not None or "rules" not in self._missing_fields:
            field_dict["rules"] = rules
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_access is not UNSET:
            field_dict["workspace_access"] = workspace_access
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post = cls.__new__(cls)
        body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_rules(
    cls: type[BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost], d: Mapping[str, Any]
) -> Any:
    rules_raw = d.get("rules", MISSING)
    if rules_raw is MISSING:
        rules = missing_field(cls, "rules")
    else:
        try:
            expect_array("rules", rules_raw)
            rules = []
            _rules = rules_raw
            for rules_item_data in _rules:

                def _parse_rules_item(
                    data: object,
                ) -> PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel:
                    return parse_strictly(_parse_rules_item_member, data)

                def _parse_rules_item_member(
                    data: object,
                ) -> PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel:
                    if isinstance(data, dict):
                        for known in (
                            PronunciationDictionaryAliasRuleRequestModel,
                            PronunciationDictionaryPhonemeRuleRequestModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        rules_item_type_0 = PronunciationDictionaryAliasRuleRequestModel.from_dict(data)

                        return rules_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    rules_item_type_1 = PronunciationDictionaryPhonemeRuleRequestModel.from_dict(data)

                    return rules_item_type_1

                rules_item = _parse_rules_item(rules_item_data)

                rules.append(rules_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            rules = deviating_field(cls, "rules", rules_raw)

    return rules


_read_name = plain_reader("name", (str,), "a string", True)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_workspace_access(
    cls: type[BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost], d: Mapping[str, Any]
) -> Any:
    workspace_access_raw = d.get("workspace_access", UNSET)
    try:

        def _parse_workspace_access(
            data: object,
        ) -> (
            BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            workspace_access_type_0 = check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post_workspace_access_type_0(
                data
            )

            return workspace_access_type_0

        workspace_access = _parse_workspace_access(workspace_access_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workspace_access = deviating_field(cls, "workspace_access", workspace_access_raw)

    return workspace_access


_FIELDS: frozenset[str] = frozenset(
    (
        "rules",
        "name",
        "description",
        "workspace_access",
    )
)


def _read_additional_properties(
    cls: type[BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "rules" in known:
        rules = known["rules"]
    else:
        rules = _read_rules(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    if "workspace_access" in known:
        workspace_access = known["workspace_access"]
    else:
        workspace_access = d.get("workspace_access", UNSET)
        if workspace_access is not UNSET and workspace_access is not None:
            workspace_access = _read_workspace_access(cls, d)

    return {
        "rules": rules,
        "name": name,
        "description": description,
        "workspace_access": workspace_access,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
    _all_fields,
    {
        "rules": _read_rules,
        "name": _read_name,
        "description": _read_description,
        "workspace_access": _read_workspace_access,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_alias_rule_request_model import PronunciationDictionaryAliasRuleRequestModel
from ..models.pronunciation_dictionary_phoneme_rule_request_model import PronunciationDictionaryPhonemeRuleRequestModel
