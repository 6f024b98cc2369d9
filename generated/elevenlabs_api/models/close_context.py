from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class CloseContext(Lazy, AdditionalProperties[Any]):
    """Payload to close a specific TTS context.

    Attributes:
        context_id: The context_id to close.
        close_context: Must set the close_context to true, to close the specified context. If false, the context will
            remain open and the text will be ignored. If set to true, the context will close. If it has already been set to
            flush it will continue flushing. The same context id can be used again but will not be linked to the previous
            context with the same name. Default: False.
    """

    context_id: str

    close_context: bool = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("context_id", "context_id", STR, required=True),
        Field("close_context", "close_context", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
