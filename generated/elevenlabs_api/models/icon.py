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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Icon")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Icon(Lazy):
    """An icon for display in user interfaces.

    Attributes:
        src (str):
        mime_type (None | str | Unset):
        sizes (list[str] | None | Unset):
    """

    src: str

    mime_type: None | str | Unset = UNSET

    sizes: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("src",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        src = self.src

        mime_type: Any
        try:
            mime_type = self.mime_type

        except (AttributeError, TypeError):
            mime_type = self.mime_type

        sizes: Any
        try:
            if isinstance(self.sizes, Unset):
                sizes = UNSET
            elif isinstance(self.sizes, list):
                sizes = self.sizes

            else:
                sizes = self.sizes

        except (AttributeError, TypeError):
            sizes = self.sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if src is not None or "src" not in self._missing_fields:
            field_dict["src"] = src
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        icon = cls.__new__(cls)
        icon.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return icon

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


_read_src = plain_reader("src", (str,), "a string", True)

_read_mime_type = plain_reader(
    "mimeType",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_sizes = plain_reader(
    "sizes",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "src",
        "mimeType",
        "sizes",
    )
)


def _read_additional_properties(cls: type[Icon], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Icon], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    src = d.get("src", MISSING)
    if src.__class__ is not str:
        src = _read_src(cls, d)

    mime_type = d.get("mimeType", UNSET)
    if mime_type.__class__ is not str and mime_type is not None and mime_type is not UNSET:
        mime_type = _read_mime_type(cls, d)

    sizes = d.get("sizes", UNSET)
    if sizes.__class__ is not list and sizes is not None and sizes is not UNSET:
        sizes = _read_sizes(cls, d)
    elif sizes.__class__ is list and sizes:
        check_items(cls, "sizes", sizes, (str,), "a string")

    return {
        "src": src,
        "mime_type": mime_type,
        "sizes": sizes,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Icon,
    _all_fields,
    {
        "src": _read_src,
        "mime_type": _read_mime_type,
        "sizes": _read_sizes,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
