from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MultimodalMessage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MultimodalMessage(Lazy):
    """A user message with text, a file, or both.

    Attributes:
        type_ (Literal['multimodal_message']):
        text (UserMessage | Unset): Schema for user text messages
        file (MultimodalMessageFile | Unset): A file uploaded to the conversation beforehand, by its identifier.
    """

    type_: Literal["multimodal_message"] = _attrs_field(
        default="multimodal_message",
        kw_only=True,
        alias="type",
        validator=types.tag("MultimodalMessage", "type", "multimodal_message"),
    )

    text: UserMessage | Unset = UNSET

    file: MultimodalMessageFile | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "multimodal_message")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        text: Any
        try:
            text = UNSET
            if not isinstance(self.text, Unset):
                text = self.text.to_dict()
        except (AttributeError, TypeError):
            text = self.text

        file: Any
        try:
            file = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_dict()
        except (AttributeError, TypeError):
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if file is not UNSET:
            field_dict["file"] = file
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        multimodal_message = cls.__new__(cls)
        multimodal_message.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return multimodal_message

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


def _read_type_(cls: type[MultimodalMessage], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["multimodal_message"], type__raw)
    if type_ != "multimodal_message":
        raise ValueError(f"type must match const 'multimodal_message', got '{type_}'")

    return type_


def _read_text(cls: type[MultimodalMessage], d: Mapping[str, Any]) -> Any:
    text_raw = d.get("text", UNSET)
    try:
        _text = text_raw
        text: UserMessage | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = UserMessage.from_dict(_text)
    except (KeyError, TypeError, ValueError, AttributeError):
        text = deviating_field(cls, "text", text_raw)

    return text


def _read_file(cls: type[MultimodalMessage], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:
        _file = file_raw
        file: MultimodalMessageFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = MultimodalMessageFile.from_dict(_file)
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "text",
        "file",
    )
)


def _read_additional_properties(cls: type[MultimodalMessage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[MultimodalMessage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "text" in known:
        text = known["text"]
    else:
        text = d.get("text", UNSET)
        if text is not UNSET:
            text = _read_text(cls, d)

    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET:
            file = _read_file(cls, d)

    return {
        "type_": type_,
        "text": text,
        "file": file,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(MultimodalMessage, type_="type")

set_readers(
    MultimodalMessage,
    _all_fields,
    {
        "type_": _read_type_,
        "text": _read_text,
        "file": _read_file,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.multimodal_message_file import MultimodalMessageFile
from ..models.user_message import UserMessage
