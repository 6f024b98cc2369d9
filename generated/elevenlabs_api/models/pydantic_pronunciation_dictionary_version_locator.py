from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PydanticPronunciationDictionaryVersionLocator")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PydanticPronunciationDictionaryVersionLocator(Lazy):
    """A locator for other documents to be able to reference a specific dictionary and it's version.
    This is a pydantic version of PronunciationDictionaryVersionLocatorDBModel.
    Required to ensure compat with the rest of the agent data models.

    Attributes:
        pronunciation_dictionary_id (str): The ID of the pronunciation dictionary
        version_id (None | str): The ID of the version of the pronunciation dictionary
    """

    pronunciation_dictionary_id: str

    version_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "pronunciation_dictionary_id",
        "version_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if pronunciation_dictionary_id is not None or "pronunciation_dictionary_id" not in self._missing_fields:
            field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id
        if version_id is not None or "version_id" not in self._missing_fields:
            field_dict["version_id"] = version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pydantic_pronunciation_dictionary_version_locator = cls.__new__(cls)
        pydantic_pronunciation_dictionary_version_locator.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return pydantic_pronunciation_dictionary_version_locator

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


_read_pronunciation_dictionary_id = plain_reader("pronunciation_dictionary_id", (str,), "a string", True)

_read_version_id = plain_reader(
    "version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "pronunciation_dictionary_id",
        "version_id",
    )
)


def _read_additional_properties(
    cls: type[PydanticPronunciationDictionaryVersionLocator], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PydanticPronunciationDictionaryVersionLocator], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    pronunciation_dictionary_id = d.get("pronunciation_dictionary_id", MISSING)
    if pronunciation_dictionary_id.__class__ is not str:
        pronunciation_dictionary_id = _read_pronunciation_dictionary_id(cls, d)

    version_id = d.get("version_id", MISSING)
    if version_id.__class__ is not str and version_id is not None:
        version_id = _read_version_id(cls, d)

    return {
        "pronunciation_dictionary_id": pronunciation_dictionary_id,
        "version_id": version_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PydanticPronunciationDictionaryVersionLocator,
    _all_fields,
    {
        "pronunciation_dictionary_id": _read_pronunciation_dictionary_id,
        "version_id": _read_version_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
