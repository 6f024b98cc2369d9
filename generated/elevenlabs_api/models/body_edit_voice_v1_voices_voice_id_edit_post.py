from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyEditVoiceV1VoicesVoiceIdEditPost")


@_attrs_define
class BodyEditVoiceV1VoicesVoiceIdEditPost:
    """Attributes:
    name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    files (list[File] | Unset): Audio files to add to the voice
    remove_background_noise (bool | Unset): If set will remove background noise for voice samples using our audio
        isolation model. If the samples do not include background noise, it can make the quality worse. Default: False.
    description (None | str | Unset): A description of the voice.
    labels (BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0 | None | str | Unset): Labels for the voice. Keys can be
        language, accent, gender, or age.
    moderate_metadata (bool | Unset): Run synchronous LLM moderation over the voice name and description when they
        change. Has no effect unless the voice_library_metadata_moderation feature flag is enabled for the user.
        Default: False.
    """

    name: str

    files: list[File] | Unset = UNSET

    remove_background_noise: bool | Unset = False

    description: None | str | Unset = UNSET

    labels: BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0 | None | str | Unset = UNSET

    moderate_metadata: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        files: Any
        try:
            files = UNSET
            if not isinstance(self.files, Unset):
                files = []
                for files_item_data in self.files:
                    files_item = files_item_data.to_tuple()

                    files.append(files_item)

        except (AttributeError, TypeError):
            files = self.files

        remove_background_noise = self.remove_background_noise

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        labels: Any
        try:
            if isinstance(self.labels, Unset):
                labels = UNSET
            elif isinstance(self.labels, BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0):
                labels = self.labels.to_dict()
            else:
                labels = self.labels

        except (AttributeError, TypeError):
            labels = self.labels

        moderate_metadata = self.moderate_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if files is not UNSET:
            field_dict["files"] = files
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if moderate_metadata is not UNSET:
            field_dict["moderate_metadata"] = moderate_metadata
        return field_dict

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
            if isinstance(self.labels, BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0):
                files.append(("labels", (None, json.dumps(self.labels.to_dict()).encode(), "application/json")))
            elif isinstance(self.labels, str) or self.labels is None:
                files.append(("labels", (None, str(self.labels).encode(), "text/plain")))

        if not isinstance(self.moderate_metadata, Unset):
            files.append(("moderate_metadata", (None, b"true" if self.moderate_metadata else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        files_raw = d.pop("files", UNSET)
        try:
            expect_array("files", files_raw)
            _files = files_raw
            files: list[File] | Unset = UNSET
            if _files is not UNSET:
                files = []
                for files_item_data in _files:
                    files_item = File(payload=BytesIO(files_item_data))

                    files.append(files_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            files = deviating_field(cls, "files", files_raw)

        remove_background_noise = d.pop("remove_background_noise", UNSET)
        if remove_background_noise.__class__ is not bool and remove_background_noise is not UNSET:
            remove_background_noise = unexpected_type(
                cls, "remove_background_noise", remove_background_noise, "a boolean"
            )

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        labels_raw = d.pop("labels", UNSET)
        try:

            def _parse_labels(data: object) -> BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    labels_type_0 = BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0.from_dict(data)

                    return labels_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0 | None | str | Unset", data)

            labels = _parse_labels(labels_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            labels = deviating_field(cls, "labels", labels_raw)

        moderate_metadata = d.pop("moderate_metadata", UNSET)
        if moderate_metadata.__class__ is not bool and moderate_metadata is not UNSET:
            moderate_metadata = unexpected_type(cls, "moderate_metadata", moderate_metadata, "a boolean")

        body_edit_voice_v1_voices_voice_id_edit_post = cls(
            name=name,
            files=files,
            remove_background_noise=remove_background_noise,
            description=description,
            labels=labels,
            moderate_metadata=moderate_metadata,
        )
        if _missing:
            body_edit_voice_v1_voices_voice_id_edit_post._missing_fields = _missing
        body_edit_voice_v1_voices_voice_id_edit_post.additional_properties = d
        return body_edit_voice_v1_voices_voice_id_edit_post

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.body_edit_voice_v1_voices_voice_id_edit_post_labels_type_0 import (
    BodyEditVoiceV1VoicesVoiceIdEditPostLabelsType0,
)
