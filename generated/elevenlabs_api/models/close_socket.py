from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CloseSocket(Lazy, AdditionalProperties[Any]):
    """Payload to signal closing the entire WebSocket connection.

    Attributes:
        close_socket: If true, closes all contexts and closes the entire WebSocket connection. Any context that was
            previously set to flush will wait to flush before closing. Defaults to False on the server.
    """

    close_socket: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("close_socket", "close_socket", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
