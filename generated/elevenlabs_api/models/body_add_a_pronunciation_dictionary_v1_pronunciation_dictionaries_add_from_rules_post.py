from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post_workspace_access_type_0 import (
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPostWorkspaceAccessType0,
    check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post_workspace_access_type_0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost")


@_attrs_define
class BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        rules_raw = d.pop("rules", MISSING)
        if rules_raw is MISSING:
            rules = missing_field(cls, "rules")
            _missing += ("rules",)
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

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        workspace_access_raw = d.pop("workspace_access", UNSET)
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

        body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post = cls(
            rules=rules,
            name=name,
            description=description,
            workspace_access=workspace_access,
        )
        if _missing:
            body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post._missing_fields = (
                _missing
            )
        body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_alias_rule_request_model import PronunciationDictionaryAliasRuleRequestModel
from ..models.pronunciation_dictionary_phoneme_rule_request_model import PronunciationDictionaryPhonemeRuleRequestModel
