from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MediaGenerationCreateResponse")


@_attrs_define
class MediaGenerationCreateResponse:
    """A newly queued media generation; fetch the GET endpoint for the output.

    Example:
        {'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status': 'pending'}

    Attributes:
        id (str): The unique identifier of the generation. Pass it to the corresponding GET endpoint to retrieve the
            output.
        status (Literal['pending']): A newly created generation is always `pending`.
    """

    id: str

    status: Literal["pending"]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "pending")

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        field_dict["status"] = status
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
        status = cast(Literal["pending"], status_raw)
        if status != "pending":
            raise ValueError(f"status must match const 'pending', got '{status}'")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        media_generation_create_response = cls(
            id=id,
            status=status,
        )
        if _missing:
            media_generation_create_response._missing_fields = _missing
        media_generation_create_response.additional_properties = d
        return media_generation_create_response

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
