from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreatePvcVoiceRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreatePvcVoiceRequest(Lazy):
    """Attributes:
    name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    language (str): Language used in the samples.
    description (None | str | Unset): Description to use for the created voice.
    labels (CreatePvcVoiceRequestLabelsType0 | None | Unset): Labels for the voice. Keys can be language, accent,
        gender, or age.
    """

    name: str

    language: str

    description: None | str | Unset = UNSET

    labels: CreatePvcVoiceRequestLabelsType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "language",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        language = self.language

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        labels: Any
        try:
            if isinstance(self.labels, Unset):
                labels = UNSET
            elif isinstance(self.labels, CreatePvcVoiceRequestLabelsType0):
                labels = self.labels.to_dict()
            else:
                labels = self.labels

        except (AttributeError, TypeError):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_pvc_voice_request = cls.__new__(cls)
        create_pvc_voice_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return create_pvc_voice_request

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

_read_language = plain_reader("language", (str,), "a string", True)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_labels(cls: type[CreatePvcVoiceRequest], d: Mapping[str, Any]) -> Any:
    labels_raw = d.get("labels", UNSET)
    try:

        def _parse_labels(data: object) -> CreatePvcVoiceRequestLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            labels_type_0 = CreatePvcVoiceRequestLabelsType0.from_dict(data)

            return labels_type_0

        labels = _parse_labels(labels_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        labels = deviating_field(cls, "labels", labels_raw)

    return labels


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "language",
        "description",
        "labels",
    )
)


def _read_additional_properties(cls: type[CreatePvcVoiceRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreatePvcVoiceRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    language = d.get("language", MISSING)
    if language.__class__ is not str:
        language = _read_language(cls, d)

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
        "language": language,
        "description": description,
        "labels": labels,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreatePvcVoiceRequest,
    _all_fields,
    {
        "name": _read_name,
        "language": _read_language,
        "description": _read_description,
        "labels": _read_labels,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.create_pvc_voice_request_labels_type_0 import CreatePvcVoiceRequestLabelsType0
