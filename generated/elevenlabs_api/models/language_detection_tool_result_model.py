from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="LanguageDetectionToolResultModel")


@_attrs_define
class LanguageDetectionToolResultModel:
    """Attributes:
    result_type (Literal['language_detection_success'] | Unset):
    status (Literal['success'] | Unset):
    reason (None | str | Unset):
    language (None | str | Unset):
    """

    result_type: Literal["language_detection_success"] | Unset = UNSET

    status: Literal["success"] | Unset = UNSET

    reason: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "language_detection_success")

    def to_dict(self) -> dict[str, Any]:
        result_type = self.result_type

        status = self.status

        reason: Any
        try:
            reason = self.reason

        except (AttributeError, TypeError):
            reason = self.reason

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if language is not UNSET:
            field_dict["language"] = language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        result_type_raw = d.pop("result_type", UNSET)
        result_type = cast(Literal["language_detection_success"] | Unset, result_type_raw)
        if result_type != "language_detection_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'language_detection_success', got '{result_type}'")

        status_raw = d.pop("status", UNSET)
        status = cast(Literal["success"] | Unset, status_raw)
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str and reason is not None and reason is not UNSET:
            reason = unexpected_type(cls, "reason", reason, "a string or null")

        language = d.pop("language", UNSET)
        if language.__class__ is not str and language is not None and language is not UNSET:
            language = unexpected_type(cls, "language", language, "a string or null")

        language_detection_tool_result_model = cls(
            result_type=result_type,
            status=status,
            reason=reason,
            language=language,
        )
        language_detection_tool_result_model.additional_properties = d
        return language_detection_tool_result_model

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
