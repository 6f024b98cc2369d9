from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PendingCancellationResponseModel")


@_attrs_define
class PendingCancellationResponseModel:
    """Attributes:
    timestamp_seconds (int): The timestamp of the cancellation.
    kind (Literal['cancellation'] | Unset):  Default: 'cancellation'.
    """

    timestamp_seconds: int

    kind: Literal["cancellation"] | Unset = "cancellation"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "cancellation")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        kind_raw = d.pop("kind", UNSET)
        kind = cast(Literal["cancellation"] | Unset, kind_raw)
        if kind != "cancellation" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'cancellation', got '{kind}'")

        timestamp_seconds = d.pop("timestamp_seconds", MISSING)
        if timestamp_seconds.__class__ is not int:
            if timestamp_seconds is MISSING:
                timestamp_seconds = missing_field(cls, "timestamp_seconds")
                _missing += ("timestamp_seconds",)
            else:
                timestamp_seconds = unexpected_type(cls, "timestamp_seconds", timestamp_seconds, "an integer")

        pending_cancellation_response_model = cls(
            timestamp_seconds=timestamp_seconds,
            kind=kind,
        )
        if _missing:
            pending_cancellation_response_model._missing_fields = _missing
        pending_cancellation_response_model.additional_properties = d
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
