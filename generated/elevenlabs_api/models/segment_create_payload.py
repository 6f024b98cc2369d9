from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SegmentCreatePayload")


@_attrs_define
class SegmentCreatePayload:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        start_time = d.pop("start_time", MISSING)
        if start_time.__class__ is not float and start_time.__class__ is not int:
            if start_time is MISSING:
                start_time = missing_field(cls, "start_time")
                _missing += ("start_time",)
            else:
                start_time = unexpected_type(cls, "start_time", start_time, "a number")

        end_time = d.pop("end_time", MISSING)
        if end_time.__class__ is not float and end_time.__class__ is not int:
            if end_time is MISSING:
                end_time = missing_field(cls, "end_time")
                _missing += ("end_time",)
            else:
                end_time = unexpected_type(cls, "end_time", end_time, "a number")

        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not None and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string or null")

        translations_raw = d.pop("translations", UNSET)
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

        segment_create_payload = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            translations=translations,
        )
        if _missing:
            segment_create_payload._missing_fields = _missing
        segment_create_payload.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.segment_create_payload_translations_type_0 import SegmentCreatePayloadTranslationsType0
