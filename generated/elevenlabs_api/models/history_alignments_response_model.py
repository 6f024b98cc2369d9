from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="HistoryAlignmentsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class HistoryAlignmentsResponseModel(Lazy):
    """Attributes:
    alignment (HistoryAlignmentResponseModel):
    normalized_alignment (HistoryAlignmentResponseModel):
    """

    alignment: HistoryAlignmentResponseModel

    normalized_alignment: HistoryAlignmentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "alignment",
        "normalized_alignment",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        history_alignments_response_model = cls.__new__(cls)
        history_alignments_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_alignment(cls: type[HistoryAlignmentsResponseModel], d: Mapping[str, Any]) -> Any:
    alignment_raw = d.get("alignment", MISSING)
    if alignment_raw is MISSING:
        alignment = missing_field(cls, "alignment")
    else:
        try:
            alignment = HistoryAlignmentResponseModel.from_dict(alignment_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            alignment = deviating_field(cls, "alignment", alignment_raw)

    return alignment


def _read_normalized_alignment(cls: type[HistoryAlignmentsResponseModel], d: Mapping[str, Any]) -> Any:
    normalized_alignment_raw = d.get("normalized_alignment", MISSING)
    if normalized_alignment_raw is MISSING:
        normalized_alignment = missing_field(cls, "normalized_alignment")
    else:
        try:
            normalized_alignment = HistoryAlignmentResponseModel.from_dict(normalized_alignment_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            normalized_alignment = deviating_field(cls, "normalized_alignment", normalized_alignment_raw)

    return normalized_alignment


_FIELDS: frozenset[str] = frozenset(
    (
        "alignment",
        "normalized_alignment",
    )
)


def _read_additional_properties(cls: type[HistoryAlignmentsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[HistoryAlignmentsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "alignment" in known:
        alignment = known["alignment"]
    else:
        alignment = _read_alignment(cls, d)

    if "normalized_alignment" in known:
        normalized_alignment = known["normalized_alignment"]
    else:
        normalized_alignment = _read_normalized_alignment(cls, d)

    return {
        "alignment": alignment,
        "normalized_alignment": normalized_alignment,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    HistoryAlignmentsResponseModel,
    _all_fields,
    {
        "alignment": _read_alignment,
        "normalized_alignment": _read_normalized_alignment,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.history_alignment_response_model import HistoryAlignmentResponseModel
