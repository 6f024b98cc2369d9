from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DubbingTranscriptRevisionResponse")


@_attrs_define
class DubbingTranscriptRevisionResponse:
    """The new revision after a source edit that returns no segment (e.g. a delete).

    Attributes:
        revision (int): The project's source-transcript revision after this edit.
    """

    revision: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if revision is not None or "revision" not in self._missing_fields:
            field_dict["revision"] = revision
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        revision = d.pop("revision", MISSING)
        if revision.__class__ is not int:
            if revision is MISSING:
                revision = missing_field(cls, "revision")
                _missing += ("revision",)
            else:
                revision = unexpected_type(cls, "revision", revision, "an integer")

        dubbing_transcript_revision_response = cls(
            revision=revision,
        )
        if _missing:
            dubbing_transcript_revision_response._missing_fields = _missing
        dubbing_transcript_revision_response.additional_properties = d
        return dubbing_transcript_revision_response

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
