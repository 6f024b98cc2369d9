from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GenerationNode(Lazy, AdditionalProperties[Any]):
    """Attributes:
    model_parameters: Model-specific parameters.
    """

    model_parameters: GenerationNodeModelParametersType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_parameters", "model_parameters", union(object_of("GenerationNodeModelParametersType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GenerationNodeModelParametersType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
