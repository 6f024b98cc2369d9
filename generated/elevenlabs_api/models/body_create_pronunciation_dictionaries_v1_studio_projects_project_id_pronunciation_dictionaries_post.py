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
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost(Lazy):
    """Attributes:
    pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocator]): A list of pronunciation
        dictionary locators (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for
        pronunciation dictionaries to be applied to the text. A list of json encoded strings is required as adding
        projects may occur through formData as opposed to jsonBody. To specify multiple dictionaries use multiple --form
        lines in your curl, such as --form 'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
        d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
        WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
    invalidate_affected_text (bool | Unset): This will automatically mark text in this project for reconversion when
        the new dictionary applies or the old one no longer does. Defaults to True on the server.
    """

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocator]

    invalidate_affected_text: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("pronunciation_dictionary_locators",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        invalidate_affected_text = self.invalidate_affected_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if (
            pronunciation_dictionary_locators is not None
            or "pronunciation_dictionary_locators" not in self._missing_fields
        ):
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if invalidate_affected_text is not UNSET:
            field_dict["invalidate_affected_text"] = invalidate_affected_text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post = (
            cls.__new__(cls)
        )
        body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_pronunciation_dictionaries_v1_studio_projects_project_id_pronunciation_dictionaries_post

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


def _read_pronunciation_dictionary_locators(
    cls: type[BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost],
    d: Mapping[str, Any],
) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", MISSING)
    if pronunciation_dictionary_locators_raw is MISSING:
        pronunciation_dictionary_locators = missing_field(cls, "pronunciation_dictionary_locators")
    else:
        try:
            expect_array("pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw)
            pronunciation_dictionary_locators = []
            _pronunciation_dictionary_locators = pronunciation_dictionary_locators_raw
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryVersionLocator.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            pronunciation_dictionary_locators = deviating_field(
                cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw
            )

    return pronunciation_dictionary_locators


_read_invalidate_affected_text = plain_reader("invalidate_affected_text", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "pronunciation_dictionary_locators",
        "invalidate_affected_text",
    )
)


def _read_additional_properties(
    cls: type[BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost],
    d: Mapping[str, Any],
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    invalidate_affected_text = d.get("invalidate_affected_text", UNSET)
    if invalidate_affected_text.__class__ is not bool and invalidate_affected_text is not UNSET:
        invalidate_affected_text = _read_invalidate_affected_text(cls, d)

    return {
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "invalidate_affected_text": invalidate_affected_text,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost,
    _all_fields,
    {
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "invalidate_affected_text": _read_invalidate_affected_text,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_version_locator import PronunciationDictionaryVersionLocator
