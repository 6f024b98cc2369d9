from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class SingleLanguagesResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'kind': 'single', 'languages': [{'code': 'en', 'label': 'English'}, {'code': 'es-ES', 'label': 'Spanish
        (Spain)'}, {'code': 'fr', 'label': 'French'}]}

    Attributes:
        languages: The list of available languages.
        kind: Indicates this response contains single languages (not source-to-destination pairs). Default: 'single'.
    """

    languages: list[LanguageInfo]

    kind: Literal["single"] | Unset = _attrs_field(
        default="single",
        kw_only=True,
        validator=types.tag("SingleLanguagesResponse", "kind", "single"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("languages", "languages", list_of(object_of("LanguageInfo")), required=True),
        Field("kind", "kind", const("single")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_info import LanguageInfo
