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
class BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    new_name: The name that identifies this voice. This will be displayed in the dropdown of the website.
    bookmarked: Defaults to True on the server.
    """

    new_name: str

    bookmarked: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("new_name", "new_name", STR, required=True),
        Field("bookmarked", "bookmarked", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
