from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    DocumentUsageModeEnum,
    KnowledgeBaseDocumentType,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="KnowledgeBaseLocator")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KnowledgeBaseLocator(Lazy):
    """Example:
        {'id': '123', 'name': 'My Knowledge Base', 'type': 'file', 'usage_mode': 'auto'}

    Attributes:
        type_ (KnowledgeBaseDocumentType | str): The type of the knowledge base
        name (str): The name of the knowledge base
        id (str): The ID of the knowledge base
        usage_mode (DocumentUsageModeEnum | str | Unset): The usage mode of the knowledge base Defaults to 'auto' on the
            server.
    """

    type_: KnowledgeBaseDocumentType | str

    name: str

    id: str

    usage_mode: DocumentUsageModeEnum | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        name = self.name

        id = self.id

        usage_mode: Any
        try:
            if isinstance(self.usage_mode, Unset):
                usage_mode = UNSET
            elif isinstance(self.usage_mode, str):
                usage_mode = self.usage_mode
            else:
                usage_mode = self.usage_mode

        except (AttributeError, TypeError):
            usage_mode = self.usage_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if usage_mode is not UNSET:
            field_dict["usage_mode"] = usage_mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        knowledge_base_locator = cls.__new__(cls)
        knowledge_base_locator.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return knowledge_base_locator

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


_read_type_ = plain_reader("type", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_usage_mode = plain_reader("usage_mode", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "name",
        "id",
        "usage_mode",
    )
)


def _read_additional_properties(cls: type[KnowledgeBaseLocator], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[KnowledgeBaseLocator], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    usage_mode = d.get("usage_mode", UNSET)
    if usage_mode.__class__ is not str and usage_mode is not UNSET:
        usage_mode = _read_usage_mode(cls, d)

    return {
        "type_": type_,
        "name": name,
        "id": id,
        "usage_mode": usage_mode,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    KnowledgeBaseLocator,
    _all_fields,
    {
        "type_": _read_type_,
        "name": _read_name,
        "id": _read_id,
        "usage_mode": _read_usage_mode,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
