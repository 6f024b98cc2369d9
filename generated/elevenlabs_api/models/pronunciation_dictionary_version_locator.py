from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PronunciationDictionaryVersionLocator")


@_attrs_define
class PronunciationDictionaryVersionLocator:
    """A pronunciation dictionary to apply during speech synthesis.

    Attributes:
        pronunciation_dictionary_id (str): The ID of a pronunciation dictionary created via `POST /v1/pronunciation-
            dictionaries/add-from-file` or `POST /v1/pronunciation-dictionaries/add-from-rules`.
        version_id (None | str | Unset): The version of the dictionary to use. Omit to use the latest version.
    """

    pronunciation_dictionary_id: str

    version_id: None | str | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        if pronunciation_dictionary_id is not None or "pronunciation_dictionary_id" not in self._missing_fields:
            field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        pronunciation_dictionary_id = d.pop("pronunciation_dictionary_id", MISSING)
        if pronunciation_dictionary_id.__class__ is not str:
            if pronunciation_dictionary_id is MISSING:
                pronunciation_dictionary_id = missing_field(cls, "pronunciation_dictionary_id")
                _missing += ("pronunciation_dictionary_id",)
            else:
                pronunciation_dictionary_id = unexpected_type(
                    cls, "pronunciation_dictionary_id", pronunciation_dictionary_id, "a string"
                )

        version_id = d.pop("version_id", UNSET)
        if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
            version_id = unexpected_type(cls, "version_id", version_id, "a string or null")

        pronunciation_dictionary_version_locator = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            version_id=version_id,
        )
        if _missing:
            pronunciation_dictionary_version_locator._missing_fields = _missing
        return pronunciation_dictionary_version_locator
