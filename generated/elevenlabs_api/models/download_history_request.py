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

T = TypeVar("T", bound="DownloadHistoryRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DownloadHistoryRequest(Lazy):
    """Attributes:
    history_item_ids (list[str]): A list of history items to download, you can get IDs of history items and other
        metadata using the GET https://api.elevenlabs.io/v1/history endpoint.
    output_format (None | str | Unset): Output format to transcode the audio file, can be wav or default.
    """

    history_item_ids: list[str]

    output_format: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("history_item_ids",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        history_item_ids: Any
        try:
            history_item_ids = self.history_item_ids

        except (AttributeError, TypeError):
            history_item_ids = self.history_item_ids

        output_format: Any
        try:
            output_format = self.output_format

        except (AttributeError, TypeError):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if history_item_ids is not None or "history_item_ids" not in self._missing_fields:
            field_dict["history_item_ids"] = history_item_ids
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        download_history_request = cls.__new__(cls)
        download_history_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return download_history_request

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


_read_history_item_ids = plain_reader("history_item_ids", (list,), "an array", True, ((str,), "a string"))

_read_output_format = plain_reader(
    "output_format",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "history_item_ids",
        "output_format",
    )
)


def _read_additional_properties(cls: type[DownloadHistoryRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DownloadHistoryRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    history_item_ids = d.get("history_item_ids", MISSING)
    if history_item_ids.__class__ is not list:
        history_item_ids = _read_history_item_ids(cls, d)
    elif history_item_ids.__class__ is list and history_item_ids:
        check_items(cls, "history_item_ids", history_item_ids, (str,), "a string")

    output_format = d.get("output_format", UNSET)
    if output_format.__class__ is not str and output_format is not None and output_format is not UNSET:
        output_format = _read_output_format(cls, d)

    return {
        "history_item_ids": history_item_ids,
        "output_format": output_format,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DownloadHistoryRequest,
    _all_fields,
    {
        "history_item_ids": _read_history_item_ids,
        "output_format": _read_output_format,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
