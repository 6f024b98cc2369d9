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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CaptionStyleTemplateModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CaptionStyleTemplateModel(Lazy):
    """Attributes:
    key (str):
    label (str):
    requires_high_fps (bool | Unset): Defaults to False on the server.
    """

    key: str

    label: str

    requires_high_fps: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "key",
        "label",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        key = self.key

        label = self.label

        requires_high_fps = self.requires_high_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not None or "key" not in self._missing_fields:
            field_dict["key"] = key
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if requires_high_fps is not UNSET:
            field_dict["requires_high_fps"] = requires_high_fps
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        caption_style_template_model = cls.__new__(cls)
        caption_style_template_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return caption_style_template_model

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


_read_key = plain_reader("key", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

_read_requires_high_fps = plain_reader("requires_high_fps", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "key",
        "label",
        "requires_high_fps",
    )
)


def _read_additional_properties(cls: type[CaptionStyleTemplateModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CaptionStyleTemplateModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    key = d.get("key", MISSING)
    if key.__class__ is not str:
        key = _read_key(cls, d)

    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    requires_high_fps = d.get("requires_high_fps", UNSET)
    if requires_high_fps.__class__ is not bool and requires_high_fps is not UNSET:
        requires_high_fps = _read_requires_high_fps(cls, d)

    return {
        "key": key,
        "label": label,
        "requires_high_fps": requires_high_fps,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CaptionStyleTemplateModel,
    _all_fields,
    {
        "key": _read_key,
        "label": _read_label,
        "requires_high_fps": _read_requires_high_fps,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
