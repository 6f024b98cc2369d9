from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SegmentCreatePayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SegmentCreatePayload(Lazy):
    """Attributes:
    start_time (float):
    end_time (float):
    text (None | str | Unset):
    translations (None | SegmentCreatePayloadTranslationsType0 | Unset):
    """

    start_time: float

    end_time: float

    text: None | str | Unset = UNSET

    translations: None | SegmentCreatePayloadTranslationsType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "start_time",
        "end_time",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        start_time = self.start_time

        end_time = self.end_time

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        translations: Any
        try:
            if isinstance(self.translations, Unset):
                translations = UNSET
            elif isinstance(self.translations, SegmentCreatePayloadTranslationsType0):
                translations = self.translations.to_dict()
            else:
                translations = self.translations

        except (AttributeError, TypeError):
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not None or "start_time" not in self._missing_fields:
            field_dict["start_time"] = start_time
        if end_time is not None or "end_time" not in self._missing_fields:
            field_dict["end_time"] = end_time
        if text is not UNSET:
            field_dict["text"] = text
        if translations is not UNSET:
            field_dict["translations"] = translations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        segment_create_payload = cls.__new__(cls)
        segment_create_payload.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return segment_create_payload

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


_read_start_time = plain_reader(
    "start_time",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_end_time = plain_reader(
    "end_time",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_translations(cls: type[SegmentCreatePayload], d: Mapping[str, Any]) -> Any:
    translations_raw = d.get("translations", UNSET)
    try:

        def _parse_translations(data: object) -> None | SegmentCreatePayloadTranslationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            translations_type_0 = SegmentCreatePayloadTranslationsType0.from_dict(data)

            return translations_type_0

        translations = _parse_translations(translations_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        translations = deviating_field(cls, "translations", translations_raw)

    return translations


_FIELDS: frozenset[str] = frozenset(
    (
        "start_time",
        "end_time",
        "text",
        "translations",
    )
)


def _read_additional_properties(cls: type[SegmentCreatePayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SegmentCreatePayload], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_time = d.get("start_time", MISSING)
    if start_time.__class__ is not float and start_time.__class__ is not int:
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", MISSING)
    if end_time.__class__ is not float and end_time.__class__ is not int:
        end_time = _read_end_time(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    if "translations" in known:
        translations = known["translations"]
    else:
        translations = d.get("translations", UNSET)
        if translations is not UNSET and translations is not None:
            translations = _read_translations(cls, d)

    return {
        "start_time": start_time,
        "end_time": end_time,
        "text": text,
        "translations": translations,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SegmentCreatePayload,
    _all_fields,
    {
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "text": _read_text,
        "translations": _read_translations,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.segment_create_payload_translations_type_0 import SegmentCreatePayloadTranslationsType0
