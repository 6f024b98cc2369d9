from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    union,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    files: Verification documents
    extra_text: Extra text to be used in the manual verification process.
    """

    files: list[File]

    extra_text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("files", "files", list_of(FILE), required=True),
        Field("extra_text", "extra_text", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.extra_text, Unset):
            if isinstance(self.extra_text, str) or self.extra_text is None:
                files.append(("extra_text", (None, str(self.extra_text).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
