from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, AdditionalProperties, Field, Lazy, dict_of, object_of


@_attrs_define(slots=False)
class GetTestsSummariesByIdsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tests: Dictionary mapping test IDs to their summary information
    """

    tests: GetTestsSummariesByIdsResponseModelTests

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tests", "tests", object_of("GetTestsSummariesByIdsResponseModelTests"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GetTestsSummariesByIdsResponseModelTests(Lazy, AdditionalProperties["UnitTestSummaryResponseModel"]):
    """Dictionary mapping test IDs to their summary information"""

    additional_properties: dict[str, UnitTestSummaryResponseModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("UnitTestSummaryResponseModel"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unit_test_summary_response_model import UnitTestSummaryResponseModel
