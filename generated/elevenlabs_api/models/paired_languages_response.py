from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PairedLanguagesResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PairedLanguagesResponse(Lazy):
    """Example:
        {'kind': 'pair', 'language_pairs': [{'destination_languages': [{'code': 'es', 'label': 'Spanish'}, {'code': 'es-
        ES', 'label': 'Spanish (Spain)'}, {'code': 'fr', 'label': 'French'}], 'source_language': {'code': 'en', 'label':
        'English'}}, {'destination_languages': [{'code': 'en', 'label': 'English'}], 'source_language': {'code': 'es-
        ES', 'label': 'Spanish (Spain)'}}]}

    Attributes:
        language_pairs (list[LanguagePairInfo]): The list of available source-to-destination language mappings.
        kind (Literal['pair'] | Unset): Indicates this response contains source-to-destination language pairs. Default:
            'pair'.
    """

    language_pairs: list[LanguagePairInfo]

    kind: Literal["pair"] | Unset = _attrs_field(
        default="pair",
        kw_only=True,
        validator=types.tag("PairedLanguagesResponse", "kind", "pair"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("language_pairs",)
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "pair")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        language_pairs: Any
        try:
            language_pairs = []
            for language_pairs_item_data in self.language_pairs:
                language_pairs_item = language_pairs_item_data.to_dict()
                language_pairs.append(language_pairs_item)

        except (AttributeError, TypeError):
            language_pairs = self.language_pairs

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language_pairs is not None or "language_pairs" not in self._missing_fields:
            field_dict["language_pairs"] = language_pairs
        if kind is not UNSET:
            field_dict["kind"] = kind
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        paired_languages_response = cls.__new__(cls)
        paired_languages_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return paired_languages_response

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


def _read_kind(cls: type[PairedLanguagesResponse], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["pair"] | Unset, kind_raw)
    if kind != "pair" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'pair', got '{kind}'")

    return kind


def _read_language_pairs(cls: type[PairedLanguagesResponse], d: Mapping[str, Any]) -> Any:
    language_pairs_raw = d.get("language_pairs", MISSING)
    if language_pairs_raw is MISSING:
        language_pairs = missing_field(cls, "language_pairs")
    else:
        try:
            expect_array("language_pairs", language_pairs_raw)
            language_pairs = []
            _language_pairs = language_pairs_raw
            for language_pairs_item_data in _language_pairs:
                language_pairs_item = LanguagePairInfo.from_dict(language_pairs_item_data)

                language_pairs.append(language_pairs_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            language_pairs = deviating_field(cls, "language_pairs", language_pairs_raw)

    return language_pairs


_FIELDS: frozenset[str] = frozenset(
    (
        "language_pairs",
        "kind",
    )
)


def _read_additional_properties(cls: type[PairedLanguagesResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PairedLanguagesResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "kind" in known:
        kind = known["kind"]
    else:
        kind = d.get("kind", UNSET)
        if kind is not UNSET:
            kind = _read_kind(cls, d)

    if "language_pairs" in known:
        language_pairs = known["language_pairs"]
    else:
        language_pairs = _read_language_pairs(cls, d)

    return {
        "language_pairs": language_pairs,
        "kind": kind,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PairedLanguagesResponse,
    _all_fields,
    {
        "language_pairs": _read_language_pairs,
        "kind": _read_kind,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_pair_info import LanguagePairInfo
