from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_status_type_0 import RenderStatusType0
from ..models.render_type import RenderType

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        language: None | str = self.language

        type_: None | str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        media_ref: dict[str, Any] | None
        if isinstance(self.media_ref, DubbingMediaReference):
            media_ref = self.media_ref.to_dict()
        else:
            media_ref = self.media_ref

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["version"] = version
        field_dict["language"] = language
        field_dict["type"] = type_
        field_dict["media_ref"] = media_ref
        field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        language = d.pop("language")

        type_ = d.pop("type")

        def _parse_media_ref(data: object) -> DubbingMediaReference | None:
            if data is None:
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            media_ref_type_0 = DubbingMediaReference.from_dict(data)

            return media_ref_type_0

        media_ref = _parse_media_ref(d.pop("media_ref"))

        status = d.pop("status")

        render = cls(
            id=id,
            version=version,
            language=language,
            type_=type_,
            media_ref=media_ref,
            status=status,
        )
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
