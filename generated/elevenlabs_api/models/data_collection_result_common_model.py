from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DataCollectionResultCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DataCollectionResultCommonModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "data_collection_id",
        "rationale",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        data_collection_result_common_model = cls.__new__(cls)
        data_collection_result_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_data_collection_id = plain_reader("data_collection_id", (str,), "a string", True)

_read_rationale = plain_reader("rationale", (str,), "a string", True)

_read_value = plain_reader("value", None, "", False)


def _read_json_schema(cls: type[DataCollectionResultCommonModel], d: Mapping[str, Any]) -> Any:
    json_schema_raw = d.get("json_schema", UNSET)
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

    return json_schema


_FIELDS: frozenset[str] = frozenset(
    (
        "data_collection_id",
        "rationale",
        "value",
        "json_schema",
    )
)


def _read_additional_properties(cls: type[DataCollectionResultCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DataCollectionResultCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    data_collection_id = d.get("data_collection_id", MISSING)
    if data_collection_id.__class__ is not str:
        data_collection_id = _read_data_collection_id(cls, d)

    rationale = d.get("rationale", MISSING)
    if rationale.__class__ is not str:
        rationale = _read_rationale(cls, d)

    value = _read_value(cls, d)

    if "json_schema" in known:
        json_schema = known["json_schema"]
    else:
        json_schema = d.get("json_schema", UNSET)
        if json_schema is not UNSET and json_schema is not None:
            json_schema = _read_json_schema(cls, d)

    return {
        "data_collection_id": data_collection_id,
        "rationale": rationale,
        "value": value,
        "json_schema": json_schema,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DataCollectionResultCommonModel,
    _all_fields,
    {
        "data_collection_id": _read_data_collection_id,
        "rationale": _read_rationale,
        "value": _read_value,
        "json_schema": _read_json_schema,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
