from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import KnowledgeBaseToolStatus
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

T = TypeVar("T", bound="KnowledgeBaseToolResultModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KnowledgeBaseToolResultModel(Lazy):
    """Attributes:
    result_type (Literal['knowledge_base_success'] | Unset):  Default: 'knowledge_base_success'.
    status (KnowledgeBaseToolStatus | str | Unset): Defaults to 'success' on the server.
    chunk_count (int | Unset): Defaults to 0 on the server.
    message (str | Unset): Defaults to 'Referenced knowledge base.' on the server.
    """

    result_type: Literal["knowledge_base_success"] | Unset = _attrs_field(
        default="knowledge_base_success",
        kw_only=True,
        validator=types.tag("KnowledgeBaseToolResultModel", "result_type", "knowledge_base_success"),
    )

    status: KnowledgeBaseToolStatus | str | Unset = UNSET

    chunk_count: int | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("result_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "knowledge_base_success")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        result_type = self.result_type

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        chunk_count = self.chunk_count

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if chunk_count is not UNSET:
            field_dict["chunk_count"] = chunk_count
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        knowledge_base_tool_result_model = cls.__new__(cls)
        knowledge_base_tool_result_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return knowledge_base_tool_result_model

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


def _read_result_type(cls: type[KnowledgeBaseToolResultModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["knowledge_base_success"] | Unset, result_type_raw)
    if result_type != "knowledge_base_success" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'knowledge_base_success', got '{result_type}'")

    return result_type


_read_status = plain_reader("status", (str,), "a string", False)

_read_chunk_count = plain_reader("chunk_count", (int,), "an integer", False)

_read_message = plain_reader("message", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "result_type",
        "status",
        "chunk_count",
        "message",
    )
)


def _read_additional_properties(cls: type[KnowledgeBaseToolResultModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[KnowledgeBaseToolResultModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "result_type" in known:
        result_type = known["result_type"]
    else:
        result_type = d.get("result_type", UNSET)
        if result_type is not UNSET:
            result_type = _read_result_type(cls, d)

    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    chunk_count = d.get("chunk_count", UNSET)
    if chunk_count.__class__ is not int and chunk_count is not UNSET:
        chunk_count = _read_chunk_count(cls, d)

    message = d.get("message", UNSET)
    if message.__class__ is not str and message is not UNSET:
        message = _read_message(cls, d)

    return {
        "result_type": result_type,
        "status": status,
        "chunk_count": chunk_count,
        "message": message,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    KnowledgeBaseToolResultModel,
    _all_fields,
    {
        "result_type": _read_result_type,
        "status": _read_status,
        "chunk_count": _read_chunk_count,
        "message": _read_message,
        "additional_properties": _read_additional_properties,
    },
)
