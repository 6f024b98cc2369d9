from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    files: Audio files used to create the voice.
    remove_background_noise: If set will remove background noise for voice samples using our audio isolation model.
        If the samples do not include background noise, it can make the quality worse. Defaults to False on the server.
    """

    files: list[File]

    remove_background_noise: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("files", "files", list_of(FILE), required=True),
        Field("remove_background_noise", "remove_background_noise", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.remove_background_noise, Unset):
            files.append(
                ("remove_background_noise", (None, b"true" if self.remove_background_noise else b"false", "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
