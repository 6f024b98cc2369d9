from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PdfExportOptions")


@_attrs_define
class PdfExportOptions:
    """Attributes:
    format_ (Literal['pdf']):
    include_speakers (bool | Unset):  Default: True.
    include_timestamps (bool | Unset):  Default: True.
    segment_on_silence_longer_than_s (float | None | Unset):
    max_segment_duration_s (float | None | Unset):
    max_segment_chars (int | None | Unset):
    """

    format_: Literal["pdf"]

    include_speakers: bool | Unset = True

    include_timestamps: bool | Unset = True

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("format", "pdf")

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        include_speakers = self.include_speakers

        include_timestamps = self.include_timestamps

        segment_on_silence_longer_than_s: Any
        try:
            segment_on_silence_longer_than_s = self.segment_on_silence_longer_than_s

        except (AttributeError, TypeError):
            segment_on_silence_longer_than_s = self.segment_on_silence_longer_than_s

        max_segment_duration_s: Any
        try:
            max_segment_duration_s = self.max_segment_duration_s

        except (AttributeError, TypeError):
            max_segment_duration_s = self.max_segment_duration_s

        max_segment_chars: Any
        try:
            max_segment_chars = self.max_segment_chars

        except (AttributeError, TypeError):
            max_segment_chars = self.max_segment_chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["format"] = format_
        if include_speakers is not UNSET:
            field_dict["include_speakers"] = include_speakers
        if include_timestamps is not UNSET:
            field_dict["include_timestamps"] = include_timestamps
        if segment_on_silence_longer_than_s is not UNSET:
            field_dict["segment_on_silence_longer_than_s"] = segment_on_silence_longer_than_s
        if max_segment_duration_s is not UNSET:
            field_dict["max_segment_duration_s"] = max_segment_duration_s
        if max_segment_chars is not UNSET:
            field_dict["max_segment_chars"] = max_segment_chars
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        format__raw = d.pop("format", MISSING)
        if format__raw is MISSING:
            format__raw = missing_field(cls, "format")
        format_ = cast(Literal["pdf"], format__raw)
        if format_ != "pdf":
            raise ValueError(f"format must match const 'pdf', got '{format_}'")

        include_speakers = d.pop("include_speakers", UNSET)
        if include_speakers.__class__ is not bool and include_speakers is not UNSET:
            include_speakers = unexpected_type(cls, "include_speakers", include_speakers, "a boolean")

        include_timestamps = d.pop("include_timestamps", UNSET)
        if include_timestamps.__class__ is not bool and include_timestamps is not UNSET:
            include_timestamps = unexpected_type(cls, "include_timestamps", include_timestamps, "a boolean")

        segment_on_silence_longer_than_s = d.pop("segment_on_silence_longer_than_s", UNSET)
        if (
            segment_on_silence_longer_than_s.__class__ is not float
            and segment_on_silence_longer_than_s.__class__ is not int
            and segment_on_silence_longer_than_s is not None
            and segment_on_silence_longer_than_s is not UNSET
        ):
            segment_on_silence_longer_than_s = unexpected_type(
                cls, "segment_on_silence_longer_than_s", segment_on_silence_longer_than_s, "a number or null"
            )

        max_segment_duration_s = d.pop("max_segment_duration_s", UNSET)
        if (
            max_segment_duration_s.__class__ is not float
            and max_segment_duration_s.__class__ is not int
            and max_segment_duration_s is not None
            and max_segment_duration_s is not UNSET
        ):
            max_segment_duration_s = unexpected_type(
                cls, "max_segment_duration_s", max_segment_duration_s, "a number or null"
            )

        max_segment_chars = d.pop("max_segment_chars", UNSET)
        if max_segment_chars.__class__ is not int and max_segment_chars is not None and max_segment_chars is not UNSET:
            max_segment_chars = unexpected_type(cls, "max_segment_chars", max_segment_chars, "an integer or null")

        pdf_export_options = cls(
            format_=format_,
            include_speakers=include_speakers,
            include_timestamps=include_timestamps,
            segment_on_silence_longer_than_s=segment_on_silence_longer_than_s,
            max_segment_duration_s=max_segment_duration_s,
            max_segment_chars=max_segment_chars,
        )
        pdf_export_options.additional_properties = d
        return pdf_export_options

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
