from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AssetTranscriptionStatusType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AssetTranscription")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AssetTranscription(Lazy):
    """Attributes:
    status (AssetTranscriptionStatusType0 | str):
    data (AssetTranscriptionData | None):
    updated_at_ms (int | Unset):
    """

    status: AssetTranscriptionStatusType0 | str

    data: AssetTranscriptionData | None = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "status",
        "data",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        data: Any
        try:
            if isinstance(self.data, AssetTranscriptionData):
                data = self.data.to_dict()
            else:
                data = self.data

        except (AttributeError, TypeError):
            data = self.data

        updated_at_ms = self.updated_at_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if data is not None or "data" not in self._missing_fields:
            field_dict["data"] = data
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        asset_transcription = cls.__new__(cls)
        asset_transcription.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return asset_transcription

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


_read_status = plain_reader("status", (str,), "a string", True)


def _read_data(cls: type[AssetTranscription], d: Mapping[str, Any]) -> Any:
    data_raw = d.get("data", MISSING)
    if data_raw is MISSING:
        data = missing_field(cls, "data")
    else:
        try:

            def _parse_data(data: object) -> AssetTranscriptionData | None:
                if data is None:
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                data_type_0 = AssetTranscriptionData.from_dict(data)

                return data_type_0

            data = _parse_data(data_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            data = deviating_field(cls, "data", data_raw)

    return data


_read_updated_at_ms = plain_reader("updated_at_ms", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "status",
        "data",
        "updated_at_ms",
    )
)


def _read_additional_properties(cls: type[AssetTranscription], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AssetTranscription], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    if "data" in known:
        data = known["data"]
    else:
        data = d.get("data", MISSING)
        if data is not None:
            data = _read_data(cls, d)

    updated_at_ms = d.get("updated_at_ms", UNSET)
    if updated_at_ms.__class__ is not int and updated_at_ms is not UNSET:
        updated_at_ms = _read_updated_at_ms(cls, d)

    return {
        "status": status,
        "data": data,
        "updated_at_ms": updated_at_ms,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AssetTranscription,
    _all_fields,
    {
        "status": _read_status,
        "data": _read_data,
        "updated_at_ms": _read_updated_at_ms,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_transcription_data import AssetTranscriptionData
