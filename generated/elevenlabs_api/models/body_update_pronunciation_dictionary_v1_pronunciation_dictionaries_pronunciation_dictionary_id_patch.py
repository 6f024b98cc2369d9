from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    archived: Whether to archive the pronunciation dictionary.
    name: The name of the pronunciation dictionary, used for identification only.
    """

    archived: bool | Unset = UNSET

    name: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("archived", "archived", BOOL),
        Field("name", "name", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
