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
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetSpeechHistoryResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetSpeechHistoryResponse(Lazy):
    """Attributes:
    history (list[SpeechHistoryItemResponse]): A list of speech history items.
    has_more (bool): Whether there are more history items to fetch.
    last_history_item_id (None | str | Unset): The ID of the last history item.
    scanned_until (int | None | Unset): The timestamp of the last history item.
    """

    history: list[SpeechHistoryItemResponse]

    has_more: bool

    last_history_item_id: None | str | Unset = UNSET

    scanned_until: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "history",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        history: Any
        try:
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        except (AttributeError, TypeError):
            history = self.history

        has_more = self.has_more

        last_history_item_id: Any
        try:
            last_history_item_id = self.last_history_item_id

        except (AttributeError, TypeError):
            last_history_item_id = self.last_history_item_id

        scanned_until: Any
        try:
            scanned_until = self.scanned_until

        except (AttributeError, TypeError):
            scanned_until = self.scanned_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if history is not None or "history" not in self._missing_fields:
            field_dict["history"] = history
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if last_history_item_id is not UNSET:
            field_dict["last_history_item_id"] = last_history_item_id
        if scanned_until is not UNSET:
            field_dict["scanned_until"] = scanned_until
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_speech_history_response = cls.__new__(cls)
        get_speech_history_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_speech_history_response

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


def _read_history(cls: type[GetSpeechHistoryResponse], d: Mapping[str, Any]) -> Any:
    history_raw = d.get("history", MISSING)
    if history_raw is MISSING:
        history = missing_field(cls, "history")
    else:
        try:
            expect_array("history", history_raw)
            history = []
            _history = history_raw
            for history_item_data in _history:
                history_item = SpeechHistoryItemResponse.from_dict(history_item_data)

                history.append(history_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            history = deviating_field(cls, "history", history_raw)

    return history


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_last_history_item_id = plain_reader(
    "last_history_item_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_scanned_until = plain_reader(
    "scanned_until",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "history",
        "has_more",
        "last_history_item_id",
        "scanned_until",
    )
)


def _read_additional_properties(cls: type[GetSpeechHistoryResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetSpeechHistoryResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "history" in known:
        history = known["history"]
    else:
        history = _read_history(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    last_history_item_id = d.get("last_history_item_id", UNSET)
    if (
        last_history_item_id.__class__ is not str
        and last_history_item_id is not None
        and last_history_item_id is not UNSET
    ):
        last_history_item_id = _read_last_history_item_id(cls, d)

    scanned_until = d.get("scanned_until", UNSET)
    if scanned_until.__class__ is not int and scanned_until is not None and scanned_until is not UNSET:
        scanned_until = _read_scanned_until(cls, d)

    return {
        "history": history,
        "has_more": has_more,
        "last_history_item_id": last_history_item_id,
        "scanned_until": scanned_until,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetSpeechHistoryResponse,
    _all_fields,
    {
        "history": _read_history,
        "has_more": _read_has_more,
        "last_history_item_id": _read_last_history_item_id,
        "scanned_until": _read_scanned_until,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speech_history_item_response import SpeechHistoryItemResponse
