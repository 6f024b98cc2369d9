from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_generation_failed_response_failure_reason_type_0 import (
    MediaGenerationFailedResponseFailureReasonType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MediaGenerationFailedResponse")


@_attrs_define
class MediaGenerationFailedResponse:
    """A failed media generation and why it failed.

    Example:
        {'error_message': 'Timed out while processing. You were not charged for this generation.', 'failure_reason':
        'timeout', 'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status': 'failed'}

    Attributes:
        id (str): The unique identifier of the generation.
        status (Literal['failed']): The lifecycle status of the generation.
        failure_reason (MediaGenerationFailedResponseFailureReasonType0 | str): The category of failure.
        error_message (str): A human-readable description of the failure. Failed generations are not charged.
    """

    id: str

    status: Literal["failed"]

    failure_reason: MediaGenerationFailedResponseFailureReasonType0 | str

    error_message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "failed")

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        failure_reason: Any
        try:
            if isinstance(self.failure_reason, str):
                failure_reason = self.failure_reason
            else:
                failure_reason = self.failure_reason

        except (AttributeError, TypeError):
            failure_reason = self.failure_reason

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        field_dict["status"] = status
        if failure_reason is not None or "failure_reason" not in self._missing_fields:
            field_dict["failure_reason"] = failure_reason
        if error_message is not None or "error_message" not in self._missing_fields:
            field_dict["error_message"] = error_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        status_raw = d.pop("status", MISSING)
        if status_raw is MISSING:
            status_raw = missing_field(cls, "status")
        status = cast(Literal["failed"], status_raw)
        if status != "failed":
            raise ValueError(f"status must match const 'failed', got '{status}'")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        failure_reason = d.pop("failure_reason", MISSING)
        if failure_reason.__class__ is not str:
            if failure_reason is MISSING:
                failure_reason = missing_field(cls, "failure_reason")
                _missing += ("failure_reason",)
            else:
                failure_reason = unexpected_type(cls, "failure_reason", failure_reason, "a string")

        error_message = d.pop("error_message", MISSING)
        if error_message.__class__ is not str:
            if error_message is MISSING:
                error_message = missing_field(cls, "error_message")
                _missing += ("error_message",)
            else:
                error_message = unexpected_type(cls, "error_message", error_message, "a string")

        media_generation_failed_response = cls(
            id=id,
            status=status,
            failure_reason=failure_reason,
            error_message=error_message,
        )
        if _missing:
            media_generation_failed_response._missing_fields = _missing
        media_generation_failed_response.additional_properties = d
        return media_generation_failed_response

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
