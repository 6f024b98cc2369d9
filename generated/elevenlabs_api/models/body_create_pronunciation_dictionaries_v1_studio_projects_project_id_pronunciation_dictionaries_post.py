from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreatePronunciationDictionariesV1StudioProjectsProjectIdPronunciationDictionariesPost(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    pronunciation_dictionary_locators: A list of pronunciation dictionary locators (pronunciation_dictionary_id,
        version_id) encoded as a list of JSON strings for pronunciation dictionaries to be applied to the text. A list
        of json encoded strings is required as adding projects may occur through formData as opposed to jsonBody. To
        specify multiple dictionaries use multiple --form lines in your curl, such as --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
        d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
        WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
    invalidate_affected_text: This will automatically mark text in this project for reconversion when the new
        dictionary applies or the old one no longer does. Defaults to True on the server.
    """

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocator]

    invalidate_affected_text: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            list_of(object_of("PronunciationDictionaryVersionLocator")),
            required=True,
        ),
        Field("invalidate_affected_text", "invalidate_affected_text", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PronunciationDictionaryVersionLocator(Lazy, AdditionalProperties[Any]):
    pronunciation_dictionary_id: str

    version_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
