from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioNativeCreateProjectResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioNativeCreateProjectResponseModel(Lazy):
    """Example:
        {'converting': False, 'html_snippet': "<div id='audio-native-player'></div>", 'project_id':
        'JBFqnCBsd6RMkjVDRZzb'}

    Attributes:
        project_id (str): The ID of the created Audio Native project.
        converting (bool): Whether the project is currently being converted.
        html_snippet (str): The HTML snippet to embed the Audio Native player.
    """

    project_id: str

    converting: bool

    html_snippet: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "converting",
        "html_snippet",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_id = self.project_id

        converting = self.converting

        html_snippet = self.html_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if converting is not None or "converting" not in self._missing_fields:
            field_dict["converting"] = converting
        if html_snippet is not None or "html_snippet" not in self._missing_fields:
            field_dict["html_snippet"] = html_snippet
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_native_create_project_response_model = cls.__new__(cls)
        audio_native_create_project_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return audio_native_create_project_response_model

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


_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_converting = plain_reader("converting", (bool,), "a boolean", True)

_read_html_snippet = plain_reader("html_snippet", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "project_id",
        "converting",
        "html_snippet",
    )
)


def _read_additional_properties(
    cls: type[AudioNativeCreateProjectResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AudioNativeCreateProjectResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    converting = d.get("converting", MISSING)
    if converting.__class__ is not bool:
        converting = _read_converting(cls, d)

    html_snippet = d.get("html_snippet", MISSING)
    if html_snippet.__class__ is not str:
        html_snippet = _read_html_snippet(cls, d)

    return {
        "project_id": project_id,
        "converting": converting,
        "html_snippet": html_snippet,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioNativeCreateProjectResponseModel,
    _all_fields,
    {
        "project_id": _read_project_id,
        "converting": _read_converting,
        "html_snippet": _read_html_snippet,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
