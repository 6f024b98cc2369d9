from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PendingCancellationResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    timestamp_seconds (int): The timestamp of the cancellation.
    kind (Literal['cancellation'] | Unset):  Default: 'cancellation'.
    """

    timestamp_seconds: int

    kind: Literal["cancellation"] | Unset = _attrs_field(
        default="cancellation",
        kw_only=True,
        validator=types.tag("PendingCancellationResponseModel", "kind", "cancellation"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timestamp_seconds", "timestamp_seconds", INT, required=True),
        Field("kind", "kind", const("cancellation")),
        Field("additional_properties", None, dict_of(ANY)),
    )
