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

T = TypeVar("T", bound="PlayDTMFResultSuccessModel")


@_attrs_define
class PlayDTMFResultSuccessModel:
    """Attributes:
    dtmf_tones (str):
    result_type (Literal['play_dtmf_success'] | Unset):
    status (Literal['success'] | Unset):
    reason (None | str | Unset):
    """

    dtmf_tones: str

    result_type: Literal["play_dtmf_success"] | Unset = UNSET

    status: Literal["success"] | Unset = UNSET

    reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "play_dtmf_success")

    def to_dict(self) -> dict[str, Any]:
        dtmf_tones = self.dtmf_tones

        result_type = self.result_type

        status = self.status

        reason: Any
        try:
            reason = self.reason

        except (AttributeError, TypeError):
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dtmf_tones is not None or "dtmf_tones" not in self._missing_fields:
            field_dict["dtmf_tones"] = dtmf_tones
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        result_type_raw = d.pop("result_type", UNSET)
        result_type = cast(Literal["play_dtmf_success"] | Unset, result_type_raw)
        if result_type != "play_dtmf_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'play_dtmf_success', got '{result_type}'")

        status_raw = d.pop("status", UNSET)
        status = cast(Literal["success"] | Unset, status_raw)
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        dtmf_tones = d.pop("dtmf_tones", MISSING)
        if dtmf_tones.__class__ is not str:
            if dtmf_tones is MISSING:
                dtmf_tones = missing_field(cls, "dtmf_tones")
                _missing += ("dtmf_tones",)
            else:
                dtmf_tones = unexpected_type(cls, "dtmf_tones", dtmf_tones, "a string")

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str and reason is not None and reason is not UNSET:
            reason = unexpected_type(cls, "reason", reason, "a string or null")

        play_dtmf_result_success_model = cls(
            dtmf_tones=dtmf_tones,
            result_type=result_type,
            status=status,
            reason=reason,
        )
        if _missing:
            play_dtmf_result_success_model._missing_fields = _missing
        play_dtmf_result_success_model.additional_properties = d
        return play_dtmf_result_success_model

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
