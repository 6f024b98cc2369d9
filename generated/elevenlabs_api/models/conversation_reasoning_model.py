from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationReasoningModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationReasoningModel(Lazy):
    """Attributes:
    summary (None | str | Unset):
    provider_redact (bool | Unset): Defaults to False on the server.
    """

    summary: None | str | Unset = UNSET

    provider_redact: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        summary: Any
        try:
            summary = self.summary

        except (AttributeError, TypeError):
            summary = self.summary

        provider_redact = self.provider_redact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary is not UNSET:
            field_dict["summary"] = summary
        if provider_redact is not UNSET:
            field_dict["provider_redact"] = provider_redact
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_reasoning_model = cls.__new__(cls)
        conversation_reasoning_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_reasoning_model

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


_read_summary = plain_reader(
    "summary",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_provider_redact = plain_reader("provider_redact", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "summary",
        "provider_redact",
    )
)


def _read_additional_properties(cls: type[ConversationReasoningModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationReasoningModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    summary = d.get("summary", UNSET)
    if summary.__class__ is not str and summary is not None and summary is not UNSET:
        summary = _read_summary(cls, d)

    provider_redact = d.get("provider_redact", UNSET)
    if provider_redact.__class__ is not bool and provider_redact is not UNSET:
        provider_redact = _read_provider_redact(cls, d)

    return {
        "summary": summary,
        "provider_redact": provider_redact,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationReasoningModel,
    _all_fields,
    {
        "summary": _read_summary,
        "provider_redact": _read_provider_redact,
        "additional_properties": _read_additional_properties,
    },
)
