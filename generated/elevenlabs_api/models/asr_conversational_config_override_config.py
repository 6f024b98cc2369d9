from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AsrConversationalConfigOverrideConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    keywords: Whether to allow overriding the keywords field. Defaults to False on the server.
    """

    keywords: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("keywords", "keywords", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
