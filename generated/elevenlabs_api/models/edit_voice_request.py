from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, FILE, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class EditVoiceRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name that identifies this voice. This will be displayed in the dropdown of the website.
    files: Audio files to add to the voice
    remove_background_noise: If set will remove background noise for voice samples using our audio isolation model.
        If the samples do not include background noise, it can make the quality worse. Defaults to False on the server.
    description: A description of the voice.
    labels: Labels for the voice. Keys can be language, accent, gender, or age.
    moderate_metadata: Run synchronous LLM moderation over the voice name and description when they change. Has no
        effect unless the voice_library_metadata_moderation feature flag is enabled for the user. Defaults to False on
        the server.
    """

    name: str

    files: list[File] | Unset = UNSET

    remove_background_noise: bool | Unset = UNSET

    description: None | str | Unset = UNSET

    labels: EditVoiceRequestLabelsType0 | None | str | Unset = UNSET

    moderate_metadata: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("files", "files", list_of(FILE)),
        Field("remove_background_noise", "remove_background_noise", BOOL),
        Field("description", "description", union(STR, NULL)),
        Field("labels", "labels", union(object_of("EditVoiceRequestLabelsType0"), STR, NULL)),
        Field("moderate_metadata", "moderate_metadata", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.files, Unset):
            for files_item_element in self.files:
                files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.remove_background_noise, Unset):
            files.append(
                ("remove_background_noise", (None, b"true" if self.remove_background_noise else b"false", "text/plain"))
            )

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str) or self.description is None:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.labels, Unset):
            if isinstance(self.labels, EditVoiceRequestLabelsType0):
                files.append(("labels", (None, types.json_part(self.labels.to_dict()).encode(), "application/json")))
            elif isinstance(self.labels, str) or self.labels is None:
                files.append(("labels", (None, str(self.labels).encode(), "text/plain")))

        if not isinstance(self.moderate_metadata, Unset):
            files.append(("moderate_metadata", (None, b"true" if self.moderate_metadata else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files


@_attrs_define(slots=False)
class EditVoiceRequestLabelsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
