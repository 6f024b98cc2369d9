from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_status_type_0 import RenderStatusType0
from ..models.render_type import RenderType
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="Render")


@_attrs_define
class Render:
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

    language: None | str

    type_: None | RenderType | str

    media_ref: DubbingMediaReference | None

    status: RenderStatusType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        version = d.pop("version", MISSING)
        if version.__class__ is not int:
            if version is MISSING:
                version = missing_field(cls, "version")
                _missing += ("version",)
            else:
                version = unexpected_type(cls, "version", version, "an integer")

        language = d.pop("language", MISSING)
        if language.__class__ is not str and language is not None:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string or null")

        type_ = d.pop("type", MISSING)
        if type_ is not None and type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "null or a string")

        media_ref_raw = d.pop("media_ref", MISSING)
        if media_ref_raw is MISSING:
            media_ref = missing_field(cls, "media_ref")
            _missing += ("media_ref",)
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

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        render = cls(
            id=id,
            version=version,
            language=language,
            type_=type_,
            media_ref=media_ref,
            status=status,
        )
        if _missing:
            render._missing_fields = _missing
        render.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
