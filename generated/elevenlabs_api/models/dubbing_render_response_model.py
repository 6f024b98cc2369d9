from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DubbingRenderResponseModel")


@_attrs_define
class DubbingRenderResponseModel:
    """Attributes:
    version (int):
    render_id (str):
    """

    version: int

    render_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        render_id = self.render_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not None or "version" not in self._missing_fields:
            field_dict["version"] = version
        if render_id is not None or "render_id" not in self._missing_fields:
            field_dict["render_id"] = render_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        version = d.pop("version", MISSING)
        if version.__class__ is not int:
            if version is MISSING:
                version = missing_field(cls, "version")
                _missing += ("version",)
            else:
                version = unexpected_type(cls, "version", version, "an integer")

        render_id = d.pop("render_id", MISSING)
        if render_id.__class__ is not str:
            if render_id is MISSING:
                render_id = missing_field(cls, "render_id")
                _missing += ("render_id",)
            else:
                render_id = unexpected_type(cls, "render_id", render_id, "a string")

        dubbing_render_response_model = cls(
            version=version,
            render_id=render_id,
        )
        if _missing:
            dubbing_render_response_model._missing_fields = _missing
        dubbing_render_response_model.additional_properties = d
        return dubbing_render_response_model

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
