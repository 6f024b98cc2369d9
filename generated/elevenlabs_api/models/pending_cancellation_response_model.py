from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="PendingCancellationResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PendingCancellationResponseModel(Lazy):
    """Attributes:
    timestamp_seconds (int): The timestamp of the cancellation.
    kind (Literal['cancellation'] | Unset):  Default: 'cancellation'.
    """

    timestamp_seconds: int

    kind: Literal["cancellation"] | Unset = _attrs_field(
        default="cancellation",
        kw_only=True,
        validator=types.tag("PendingCancellationResponseModel", "kind", "cancellation"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("timestamp_seconds",)
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "cancellation")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        timestamp_seconds = self.timestamp_seconds

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timestamp_seconds is not None or "timestamp_seconds" not in self._missing_fields:
            field_dict["timestamp_seconds"] = timestamp_seconds
        if kind is not UNSET:
            field_dict["kind"] = kind
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pending_cancellation_response_model = cls.__new__(cls)
        pending_cancellation_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return pending_cancellation_response_model

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


def _read_kind(cls: type[PendingCancellationResponseModel], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["cancellation"] | Unset, kind_raw)
    if kind != "cancellation" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'cancellation', got '{kind}'")

    return kind


_read_timestamp_seconds = plain_reader("timestamp_seconds", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "timestamp_seconds",
        "kind",
    )
)


def _read_additional_properties(cls: type[PendingCancellationResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PendingCancellationResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "kind" in known:
        kind = known["kind"]
    else:
        kind = d.get("kind", UNSET)
        if kind is not UNSET:
            kind = _read_kind(cls, d)

    timestamp_seconds = d.get("timestamp_seconds", MISSING)
    if timestamp_seconds.__class__ is not int:
        timestamp_seconds = _read_timestamp_seconds(cls, d)

    return {
        "timestamp_seconds": timestamp_seconds,
        "kind": kind,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PendingCancellationResponseModel,
    _all_fields,
    {
        "timestamp_seconds": _read_timestamp_seconds,
        "kind": _read_kind,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
