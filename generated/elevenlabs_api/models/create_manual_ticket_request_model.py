from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateManualTicketRequestModel")


@_attrs_define
class CreateManualTicketRequestModel:
    """Attributes:
    qa_comment (str): What the ticket is about, e.g. a follow-up task for the agent. This is shown as the ticket
        title.
    """

    qa_comment: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        qa_comment = self.qa_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if qa_comment is not None or "qa_comment" not in self._missing_fields:
            field_dict["qa_comment"] = qa_comment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        qa_comment = d.pop("qa_comment", MISSING)
        if qa_comment.__class__ is not str:
            if qa_comment is MISSING:
                qa_comment = missing_field(cls, "qa_comment")
                _missing += ("qa_comment",)
            else:
                qa_comment = unexpected_type(cls, "qa_comment", qa_comment, "a string")

        create_manual_ticket_request_model = cls(
            qa_comment=qa_comment,
        )
        if _missing:
            create_manual_ticket_request_model._missing_fields = _missing
        create_manual_ticket_request_model.additional_properties = d
        return create_manual_ticket_request_model

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
