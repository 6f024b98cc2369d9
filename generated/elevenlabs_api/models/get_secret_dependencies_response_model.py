from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetSecretDependenciesResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    next_cursor: Cursor for fetching the next page of dependencies
    """

    dependencies: list[
        DependentAvailableAgentIdentifier
        | DependentAvailableToolIdentifier
        | DependentPhoneNumberIdentifier
        | DependentUnknownAgentIdentifier
        | DependentUnknownToolIdentifier
        | UnknownVariant
    ]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "dependencies",
            "dependencies",
            union(
                list_of(
                    union(
                        object_of("DependentAvailableToolIdentifier"),
                        object_of("DependentUnknownToolIdentifier"),
                        object_of("DependentAvailableAgentIdentifier"),
                        object_of("DependentUnknownAgentIdentifier"),
                        object_of("DependentPhoneNumberIdentifier"),
                        object_of("UnknownVariant"),
                    )
                )
            ),
            required=True,
        ),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_available_tool_identifier import DependentAvailableToolIdentifier
from ..models.dependent_phone_number_identifier import DependentPhoneNumberIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.dependent_unknown_tool_identifier import DependentUnknownToolIdentifier
from ..models.unknown_variant import UnknownVariant
