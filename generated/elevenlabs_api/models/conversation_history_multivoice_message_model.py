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
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryMultivoiceMessageModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryMultivoiceMessageModel(Lazy):
    """Attributes:
    parts (list[ConversationHistoryMultivoiceMessagePartModel]):
    """

    parts: list[ConversationHistoryMultivoiceMessagePartModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("parts",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        parts: Any
        try:
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        except (AttributeError, TypeError):
            parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parts is not None or "parts" not in self._missing_fields:
            field_dict["parts"] = parts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_multivoice_message_model = cls.__new__(cls)
        conversation_history_multivoice_message_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_multivoice_message_model

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


def _read_parts(cls: type[ConversationHistoryMultivoiceMessageModel], d: Mapping[str, Any]) -> Any:
    parts_raw = d.get("parts", MISSING)
    if parts_raw is MISSING:
        parts = missing_field(cls, "parts")
    else:
        try:
            expect_array("parts", parts_raw)
            parts = []
            _parts = parts_raw
            for parts_item_data in _parts:
                parts_item = ConversationHistoryMultivoiceMessagePartModel.from_dict(parts_item_data)

                parts.append(parts_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            parts = deviating_field(cls, "parts", parts_raw)

    return parts


_FIELDS: frozenset[str] = frozenset(("parts",))


def _read_additional_properties(
    cls: type[ConversationHistoryMultivoiceMessageModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryMultivoiceMessageModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "parts" in known:
        parts = known["parts"]
    else:
        parts = _read_parts(cls, d)

    return {
        "parts": parts,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationHistoryMultivoiceMessageModel,
    _all_fields,
    {
        "parts": _read_parts,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_multivoice_message_part_model import ConversationHistoryMultivoiceMessagePartModel
