from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import RenderStatusType0, RenderType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Render")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Render(Lazy):
    """Attributes:
    id (str):
    version (int):
    language (None | str):
    type_ (None | RenderType | str):
    media_ref (DubbingMediaReference | None):
    status (RenderStatusType0 | str):
    """

    id: str

    version: int

    language: None | str = _attrs_field(default=None, kw_only=True)

    type_: None | RenderType | str = _attrs_field(default=None, kw_only=True)

    media_ref: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    status: RenderStatusType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "version",
        "language",
        "type",
        "media_ref",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        version = self.version

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        media_ref: Any
        try:
            if isinstance(self.media_ref, DubbingMediaReference):
                media_ref = self.media_ref.to_dict()
            else:
                media_ref = self.media_ref

        except (AttributeError, TypeError):
            media_ref = self.media_ref

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if version is not None or "version" not in self._missing_fields:
            field_dict["version"] = version
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if media_ref is not None or "media_ref" not in self._missing_fields:
            field_dict["media_ref"] = media_ref
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        render = cls.__new__(cls)
        render.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return render

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_version = plain_reader("version", (int,), "an integer", True)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_type_ = plain_reader(
    "type",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)


def _read_media_ref(cls: type[Render], d: Mapping[str, Any]) -> Any:
    media_ref_raw = d.get("media_ref", MISSING)
    if media_ref_raw is MISSING:
        media_ref = missing_field(cls, "media_ref")
    else:
        try:

            def _parse_media_ref(data: object) -> DubbingMediaReference | None:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                media_ref_type_0 = DubbingMediaReference.from_dict(data)

                return media_ref_type_0

            media_ref = _parse_media_ref(media_ref_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            media_ref = deviating_field(cls, "media_ref", media_ref_raw)

    return media_ref


_read_status = plain_reader("status", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "version",
        "language",
        "type",
        "media_ref",
        "status",
    )
)


def _read_additional_properties(cls: type[Render], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Render], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    version = d.get("version", MISSING)
    if version.__class__ is not int:
        version = _read_version(cls, d)

    language = d.get("language", MISSING)
    if language.__class__ is not str and language is not None:
        language = _read_language(cls, d)

    type_ = d.get("type", MISSING)
    if type_ is not None and type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    if "media_ref" in known:
        media_ref = known["media_ref"]
    else:
        media_ref = d.get("media_ref", MISSING)
        if media_ref is not None:
            media_ref = _read_media_ref(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    return {
        "id": id,
        "version": version,
        "language": language,
        "type_": type_,
        "media_ref": media_ref,
        "status": status,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Render,
    _all_fields,
    {
        "id": _read_id,
        "version": _read_version,
        "language": _read_language,
        "type_": _read_type_,
        "media_ref": _read_media_ref,
        "status": _read_status,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
