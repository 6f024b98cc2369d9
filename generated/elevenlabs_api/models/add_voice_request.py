from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
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

T = TypeVar("T", bound="AddVoiceRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AddVoiceRequest(Lazy):
    """Attributes:
    name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    files (list[File]): A list of file paths to audio recordings intended for voice cloning.
    remove_background_noise (bool | Unset): If set will remove background noise for voice samples using our audio
        isolation model. If the samples do not include background noise, it can make the quality worse. Defaults to
        False on the server.
    description (None | str | Unset): A description of the voice.
    labels (AddVoiceRequestLabelsType0 | None | str | Unset): Labels for the voice. Keys can be language, accent,
        gender, or age.
    """

    name: str

    files: list[File]

    remove_background_noise: bool | Unset = UNSET

    description: None | str | Unset = UNSET

    labels: AddVoiceRequestLabelsType0 | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "files",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        files: Any
        try:
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
            elif isinstance(self.labels, AddVoiceRequestLabelsType0):
                labels = self.labels.to_dict()
            else:
                labels = self.labels

        except (AttributeError, TypeError):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if files is not None or "files" not in self._missing_fields:
            field_dict["files"] = files
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

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
            if isinstance(self.labels, AddVoiceRequestLabelsType0):
                files.append(("labels", (None, types.json_part(self.labels.to_dict()).encode(), "application/json")))
            elif isinstance(self.labels, str) or self.labels is None:
                files.append(("labels", (None, str(self.labels).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        add_voice_request = cls.__new__(cls)
        add_voice_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return add_voice_request

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


_read_name = plain_reader("name", (str,), "a string", True)


def _read_files(cls: type[AddVoiceRequest], d: Mapping[str, Any]) -> Any:
    files_raw = d.get("files", MISSING)
    if files_raw is MISSING:
        files = missing_field(cls, "files")
    else:
        try:
            expect_array("files", files_raw)
            files = []
            _files = files_raw
            for files_item_data in _files:
                files_item = File(payload=BytesIO(files_item_data))

                files.append(files_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            files = deviating_field(cls, "files", files_raw)

    return files


_read_remove_background_noise = plain_reader("remove_background_noise", (bool,), "a boolean", False)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_labels(cls: type[AddVoiceRequest], d: Mapping[str, Any]) -> Any:
    labels_raw = d.get("labels", UNSET)
    try:

        def _parse_labels(data: object) -> AddVoiceRequestLabelsType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                labels_type_0 = AddVoiceRequestLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AddVoiceRequestLabelsType0 | None | str | Unset", data)

        labels = _parse_labels(labels_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        labels = deviating_field(cls, "labels", labels_raw)

    return labels


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "files",
        "remove_background_noise",
        "description",
        "labels",
    )
)


def _read_additional_properties(cls: type[AddVoiceRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AddVoiceRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "files" in known:
        files = known["files"]
    else:
        files = _read_files(cls, d)

    remove_background_noise = d.get("remove_background_noise", UNSET)
    if remove_background_noise.__class__ is not bool and remove_background_noise is not UNSET:
        remove_background_noise = _read_remove_background_noise(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    if "labels" in known:
        labels = known["labels"]
    else:
        labels = d.get("labels", UNSET)
        if labels is not UNSET and labels is not None:
            labels = _read_labels(cls, d)

    return {
        "name": name,
        "files": files,
        "remove_background_noise": remove_background_noise,
        "description": description,
        "labels": labels,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AddVoiceRequest,
    _all_fields,
    {
        "name": _read_name,
        "files": _read_files,
        "remove_background_noise": _read_remove_background_noise,
        "description": _read_description,
        "labels": _read_labels,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.add_voice_request_labels_type_0 import AddVoiceRequestLabelsType0
