from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class MultimodalMessage(Lazy, AdditionalProperties[Any]):
    """A user message with text, a file, or both.

    Attributes:
        text: Schema for user text messages
        file: A file uploaded to the conversation beforehand, by its identifier.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("multimodal_message"), required=True),
        Field("text", "text", object_of("UserMessage")),
        Field("file", "file", object_of("MultimodalMessageFile")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(MultimodalMessage, type_="type")


@_attrs_define(slots=False)
class MultimodalMessageFile(Lazy, AdditionalProperties[Any]):
    """A file uploaded to the conversation beforehand, by its identifier.

    Attributes:
        file_id: The uploaded file's identifier.
    """

    type_: Literal["file_input"] = _attrs_field(
        default="file_input",
        kw_only=True,
        alias="type",
        validator=types.tag("MultimodalMessageFile", "type", "file_input"),
    )

    file_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("file_input"), required=True),
        Field("file_id", "file_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(MultimodalMessageFile, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.user_message import UserMessage
