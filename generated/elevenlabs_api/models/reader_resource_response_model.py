from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reader_resource_response_model_resource_type_type_0 import (
    ReaderResourceResponseModelResourceTypeType0,
)
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ReaderResourceResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}

    Attributes:
        resource_type (ReaderResourceResponseModelResourceTypeType0 | str): The type of resource.
        resource_id (str): The ID of the resource.
    """

    resource_type: ReaderResourceResponseModelResourceTypeType0 | str

    resource_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "resource_type",
            "resource_type",
            union(literal("ReaderResourceResponseModelResourceTypeType0"), STR),
            required=True,
        ),
        Field("resource_id", "resource_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
