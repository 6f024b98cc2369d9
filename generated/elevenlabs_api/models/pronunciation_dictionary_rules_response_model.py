from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class PronunciationDictionaryRulesResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'id': '5xM3yVvZQKV0EfqQpLrJ', 'version_id': '5xM3yVvZQKV0EfqQpLr2', 'version_rules_num': 5}

    Attributes:
        id: The ID of the pronunciation dictionary.
        version_id: The version ID of the pronunciation dictionary.
        version_rules_num: The number of rules in the version of the pronunciation dictionary.
    """

    id: str

    version_id: str

    version_rules_num: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("version_id", "version_id", STR, required=True),
        Field("version_rules_num", "version_rules_num", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
