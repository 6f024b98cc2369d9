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

T = TypeVar("T", bound="SingleLanguagesResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SingleLanguagesResponse(Lazy):
    """Example:
        {'kind': 'single', 'languages': [{'code': 'en', 'label': 'English'}, {'code': 'es-ES', 'label': 'Spanish
        (Spain)'}, {'code': 'fr', 'label': 'French'}]}

    Attributes:
        languages (list[LanguageInfo]): The list of available languages.
        kind (Literal['single'] | Unset): Indicates this response contains single languages (not source-to-destination
            pairs). Default: 'single'.
    """

    languages: list[LanguageInfo]

    kind: Literal["single"] | Unset = _attrs_field(
        default="single",
        kw_only=True,
        validator=types.tag("SingleLanguagesResponse", "kind", "single"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("languages",)
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "single")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        languages: Any
        try:
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        except (AttributeError, TypeError):
            languages = self.languages

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if languages is not None or "languages" not in self._missing_fields:
            field_dict["languages"] = languages
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
        single_languages_response = cls.__new__(cls)
        single_languages_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return single_languages_response

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


def _read_kind(cls: type[SingleLanguagesResponse], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["single"] | Unset, kind_raw)
    if kind != "single" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'single', got '{kind}'")

    return kind


def _read_languages(cls: type[SingleLanguagesResponse], d: Mapping[str, Any]) -> Any:
    languages_raw = d.get("languages", MISSING)
    if languages_raw is MISSING:
        languages = missing_field(cls, "languages")
    else:
        try:
            expect_array("languages", languages_raw)
            languages = []
            _languages = languages_raw
            for languages_item_data in _languages:
                languages_item = LanguageInfo.from_dict(languages_item_data)

                languages.append(languages_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            languages = deviating_field(cls, "languages", languages_raw)

    return languages


_FIELDS: frozenset[str] = frozenset(
    (
        "languages",
        "kind",
    )
)


def _read_additional_properties(cls: type[SingleLanguagesResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SingleLanguagesResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "kind" in known:
        kind = known["kind"]
    else:
        kind = d.get("kind", UNSET)
        if kind is not UNSET:
            kind = _read_kind(cls, d)

    if "languages" in known:
        languages = known["languages"]
    else:
        languages = _read_languages(cls, d)

    return {
        "languages": languages,
        "kind": kind,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SingleLanguagesResponse,
    _all_fields,
    {
        "languages": _read_languages,
        "kind": _read_kind,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_info import LanguageInfo
