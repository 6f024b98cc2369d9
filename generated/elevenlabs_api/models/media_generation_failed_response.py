from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    MediaGenerationFailedResponseFailureReasonType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MediaGenerationFailedResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MediaGenerationFailedResponse(Lazy):
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

    status: Literal["failed"] = _attrs_field(
        default="failed",
        kw_only=True,
        validator=types.tag("MediaGenerationFailedResponse", "status", "failed"),
    )

    failure_reason: MediaGenerationFailedResponseFailureReasonType0 | str

    error_message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "failure_reason",
        "error_message",
    )
    _tags: ClassVar[tuple[str, ...]] = ("status",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "failed")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        media_generation_failed_response = cls.__new__(cls)
        media_generation_failed_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_status(cls: type[MediaGenerationFailedResponse], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", MISSING)
    if status_raw is MISSING:
        status_raw = missing_field(cls, "status")
    status = cast(Literal["failed"], status_raw)
    if status != "failed":
        raise ValueError(f"status must match const 'failed', got '{status}'")

    return status


_read_id = plain_reader("id", (str,), "a string", True)

_read_failure_reason = plain_reader("failure_reason", (str,), "a string", True)

_read_error_message = plain_reader("error_message", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "failure_reason",
        "error_message",
    )
)


def _read_additional_properties(cls: type[MediaGenerationFailedResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MediaGenerationFailedResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "status" in known:
        status = known["status"]
    else:
        status = _read_status(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    failure_reason = d.get("failure_reason", MISSING)
    if failure_reason.__class__ is not str:
        failure_reason = _read_failure_reason(cls, d)

    error_message = d.get("error_message", MISSING)
    if error_message.__class__ is not str:
        error_message = _read_error_message(cls, d)

    return {
        "id": id,
        "status": status,
        "failure_reason": failure_reason,
        "error_message": error_message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MediaGenerationFailedResponse,
    _all_fields,
    {
        "id": _read_id,
        "status": _read_status,
        "failure_reason": _read_failure_reason,
        "error_message": _read_error_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
