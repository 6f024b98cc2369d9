from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        data_collection_id = self.data_collection_id

        rationale = self.rationale

        value = self.value

        json_schema: Any
        try:
            if isinstance(self.json_schema, Unset):
                json_schema = UNSET
            elif isinstance(self.json_schema, LiteralJsonSchemaProperty):
                json_schema = self.json_schema.to_dict()
            else:
                json_schema = self.json_schema

        except (AttributeError, TypeError):
            json_schema = self.json_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data_collection_id is not None or "data_collection_id" not in self._missing_fields:
            field_dict["data_collection_id"] = data_collection_id
        if rationale is not None or "rationale" not in self._missing_fields:
            field_dict["rationale"] = rationale
        if value is not UNSET:
            field_dict["value"] = value
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        data_collection_id = d.pop("data_collection_id", MISSING)
        if data_collection_id.__class__ is not str:
            if data_collection_id is MISSING:
                data_collection_id = missing_field(cls, "data_collection_id")
                _missing += ("data_collection_id",)
            else:
                data_collection_id = unexpected_type(cls, "data_collection_id", data_collection_id, "a string")

        rationale = d.pop("rationale", MISSING)
        if rationale.__class__ is not str:
            if rationale is MISSING:
                rationale = missing_field(cls, "rationale")
                _missing += ("rationale",)
            else:
                rationale = unexpected_type(cls, "rationale", rationale, "a string")

        value = d.pop("value", UNSET)

        json_schema_raw = d.pop("json_schema", UNSET)
        try:

            def _parse_json_schema(data: object) -> LiteralJsonSchemaProperty | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                json_schema_type_0 = LiteralJsonSchemaProperty.from_dict(data)

                return json_schema_type_0

            json_schema = _parse_json_schema(json_schema_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            json_schema = deviating_field(cls, "json_schema", json_schema_raw)

        data_collection_result_common_model = cls(
            data_collection_id=data_collection_id,
            rationale=rationale,
            value=value,
            json_schema=json_schema,
        )
        if _missing:
            data_collection_result_common_model._missing_fields = _missing
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
