from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        alignment: Any
        try:
            alignment = self.alignment.to_dict()
        except (AttributeError, TypeError):
            alignment = self.alignment

        normalized_alignment: Any
        try:
            normalized_alignment = self.normalized_alignment.to_dict()
        except (AttributeError, TypeError):
            normalized_alignment = self.normalized_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alignment is not None or "alignment" not in self._missing_fields:
            field_dict["alignment"] = alignment
        if normalized_alignment is not None or "normalized_alignment" not in self._missing_fields:
            field_dict["normalized_alignment"] = normalized_alignment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        alignment_raw = d.pop("alignment", MISSING)
        if alignment_raw is MISSING:
            alignment = missing_field(cls, "alignment")
            _missing += ("alignment",)
        else:
            try:
                alignment = HistoryAlignmentResponseModel.from_dict(alignment_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                alignment = deviating_field(cls, "alignment", alignment_raw)

        normalized_alignment_raw = d.pop("normalized_alignment", MISSING)
        if normalized_alignment_raw is MISSING:
            normalized_alignment = missing_field(cls, "normalized_alignment")
            _missing += ("normalized_alignment",)
        else:
            try:
                normalized_alignment = HistoryAlignmentResponseModel.from_dict(normalized_alignment_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                normalized_alignment = deviating_field(cls, "normalized_alignment", normalized_alignment_raw)

        history_alignments_response_model = cls(
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )
        if _missing:
            history_alignments_response_model._missing_fields = _missing
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
