from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HistoryAlignmentsResponseModel")


@_attrs_define
class HistoryAlignmentsResponseModel:
    """Attributes:
    alignment (HistoryAlignmentResponseModel):
    normalized_alignment (HistoryAlignmentResponseModel):
    """

    alignment: HistoryAlignmentResponseModel

    normalized_alignment: HistoryAlignmentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alignment = self.alignment.to_dict()

        normalized_alignment = self.normalized_alignment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["alignment"] = alignment
        field_dict["normalized_alignment"] = normalized_alignment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alignment = HistoryAlignmentResponseModel.from_dict(d.pop("alignment"))

        normalized_alignment = HistoryAlignmentResponseModel.from_dict(d.pop("normalized_alignment"))

        history_alignments_response_model = cls(
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )
        history_alignments_response_model.additional_properties = d
        return history_alignments_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.history_alignment_response_model import HistoryAlignmentResponseModel
