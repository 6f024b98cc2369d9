from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AsrConversationalConfigOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AsrConversationalConfigOverride(Lazy):
    """Example:
        {'keywords': ['hello', 'world']}

    Attributes:
        keywords (list[str] | None | Unset): Keywords to boost prediction probability for
    """

    keywords: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        keywords: Any
        try:
            if isinstance(self.keywords, Unset):
                keywords = UNSET
            elif isinstance(self.keywords, list):
                keywords = self.keywords

            else:
                keywords = self.keywords

        except (AttributeError, TypeError):
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        asr_conversational_config_override = cls.__new__(cls)
        asr_conversational_config_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return asr_conversational_config_override

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


_read_keywords = plain_reader(
    "keywords",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(("keywords",))


def _read_additional_properties(cls: type[AsrConversationalConfigOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AsrConversationalConfigOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    keywords = d.get("keywords", UNSET)
    if keywords.__class__ is not list and keywords is not None and keywords is not UNSET:
        keywords = _read_keywords(cls, d)
    elif keywords.__class__ is list and keywords:
        check_items(cls, "keywords", keywords, (str,), "a string")

    return {
        "keywords": keywords,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AsrConversationalConfigOverride,
    _all_fields,
    {
        "keywords": _read_keywords,
        "additional_properties": _read_additional_properties,
    },
)
