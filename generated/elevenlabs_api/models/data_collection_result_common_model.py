from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataCollectionResultCommonModel")


@_attrs_define
class DataCollectionResultCommonModel:
    """Attributes:
    data_collection_id (str):
    rationale (str):
    value (Any | Unset): Any type
    json_schema (LiteralJsonSchemaProperty | None | Unset):
    """

    data_collection_id: str

    rationale: str

    value: Any | Unset = UNSET

    json_schema: LiteralJsonSchemaProperty | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_collection_id = self.data_collection_id

        rationale = self.rationale

        value = self.value

        json_schema: dict[str, Any] | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(self.json_schema, LiteralJsonSchemaProperty):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data_collection_id"] = data_collection_id
        field_dict["rationale"] = rationale
        if value is not UNSET:
            field_dict["value"] = value
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_collection_id = d.pop("data_collection_id")

        rationale = d.pop("rationale")

        value = d.pop("value", UNSET)

        def _parse_json_schema(data: object) -> LiteralJsonSchemaProperty | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            json_schema_type_0 = LiteralJsonSchemaProperty.from_dict(data)

            return json_schema_type_0

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

        data_collection_result_common_model = cls(
            data_collection_id=data_collection_id,
            rationale=rationale,
            value=value,
            json_schema=json_schema,
        )
        data_collection_result_common_model.additional_properties = d
        return data_collection_result_common_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
