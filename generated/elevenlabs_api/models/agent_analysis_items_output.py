from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentAnalysisItemsOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentAnalysisItemsOutput(Lazy):
    """Attributes:
    evaluation_criteria (list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant] | Unset):
    data_collection (list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant] |
        Unset):
    """

    evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant] | Unset = UNSET

    data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant] | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        evaluation_criteria: Any
        try:
            evaluation_criteria = UNSET
            if not isinstance(self.evaluation_criteria, Unset):
                evaluation_criteria = []
                for evaluation_criteria_item_data in self.evaluation_criteria:
                    evaluation_criteria_item: dict[str, Any]
                    if (
                        isinstance(evaluation_criteria_item_data, AttachedUserEvaluationRef)
                        or isinstance(evaluation_criteria_item_data, AttachedSystemEvaluationRef)
                        or isinstance(evaluation_criteria_item_data, UnknownVariant)
                    ):
                        evaluation_criteria_item = evaluation_criteria_item_data.to_dict()
                    else:
                        evaluation_criteria_item = evaluation_criteria_item_data

                    evaluation_criteria.append(evaluation_criteria_item)

        except (AttributeError, TypeError):
            evaluation_criteria = self.evaluation_criteria

        data_collection: Any
        try:
            data_collection = UNSET
            if not isinstance(self.data_collection, Unset):
                data_collection = []
                for data_collection_item_data in self.data_collection:
                    data_collection_item: dict[str, Any]
                    if (
                        isinstance(data_collection_item_data, AttachedUserDataCollectionRef)
                        or isinstance(data_collection_item_data, AttachedSystemDataCollectionRef)
                        or isinstance(data_collection_item_data, UnknownVariant)
                    ):
                        data_collection_item = data_collection_item_data.to_dict()
                    else:
                        data_collection_item = data_collection_item_data

                    data_collection.append(data_collection_item)

        except (AttributeError, TypeError):
            data_collection = self.data_collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if evaluation_criteria is not UNSET:
            field_dict["evaluation_criteria"] = evaluation_criteria
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_analysis_items_output = cls.__new__(cls)
        agent_analysis_items_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_analysis_items_output

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


def _read_evaluation_criteria(cls: type[AgentAnalysisItemsOutput], d: Mapping[str, Any]) -> Any:
    evaluation_criteria_raw = d.get("evaluation_criteria", UNSET)
    try:
        expect_array("evaluation_criteria", evaluation_criteria_raw)
        _evaluation_criteria = evaluation_criteria_raw
        evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant] | Unset = (
            UNSET
        )
        if _evaluation_criteria is not UNSET:
            evaluation_criteria = []
            for evaluation_criteria_item_data in _evaluation_criteria:

                def _parse_evaluation_criteria_item(
                    data: object,
                ) -> AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant:
                    return parse_strictly(_parse_evaluation_criteria_item_member, data)

                def _parse_evaluation_criteria_item_member(
                    data: object,
                ) -> AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            AttachedUserEvaluationRef,
                            AttachedSystemEvaluationRef,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        evaluation_criteria_item_type_0 = AttachedUserEvaluationRef.from_dict(data)

                        return evaluation_criteria_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        evaluation_criteria_item_type_1 = AttachedSystemEvaluationRef.from_dict(data)

                        return evaluation_criteria_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    evaluation_criteria_item_type_2 = UnknownVariant.from_dict(data)

                    return evaluation_criteria_item_type_2

                evaluation_criteria_item = _parse_evaluation_criteria_item(evaluation_criteria_item_data)

                evaluation_criteria.append(evaluation_criteria_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        evaluation_criteria = deviating_field(cls, "evaluation_criteria", evaluation_criteria_raw)

    return evaluation_criteria


def _read_data_collection(cls: type[AgentAnalysisItemsOutput], d: Mapping[str, Any]) -> Any:
    data_collection_raw = d.get("data_collection", UNSET)
    try:
        expect_array("data_collection", data_collection_raw)
        _data_collection = data_collection_raw
        data_collection: (
            list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant] | Unset
        ) = UNSET
        if _data_collection is not UNSET:
            data_collection = []
            for data_collection_item_data in _data_collection:

                def _parse_data_collection_item(
                    data: object,
                ) -> AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant:
                    return parse_strictly(_parse_data_collection_item_member, data)

                def _parse_data_collection_item_member(
                    data: object,
                ) -> AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            AttachedUserDataCollectionRef,
                            AttachedSystemDataCollectionRef,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        data_collection_item_type_0 = AttachedUserDataCollectionRef.from_dict(data)

                        return data_collection_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        data_collection_item_type_1 = AttachedSystemDataCollectionRef.from_dict(data)

                        return data_collection_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    data_collection_item_type_2 = UnknownVariant.from_dict(data)

                    return data_collection_item_type_2

                data_collection_item = _parse_data_collection_item(data_collection_item_data)

                data_collection.append(data_collection_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        data_collection = deviating_field(cls, "data_collection", data_collection_raw)

    return data_collection


_FIELDS: frozenset[str] = frozenset(
    (
        "evaluation_criteria",
        "data_collection",
    )
)


def _read_additional_properties(cls: type[AgentAnalysisItemsOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentAnalysisItemsOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "evaluation_criteria" in known:
        evaluation_criteria = known["evaluation_criteria"]
    else:
        evaluation_criteria = d.get("evaluation_criteria", UNSET)
        if evaluation_criteria is not UNSET:
            evaluation_criteria = _read_evaluation_criteria(cls, d)

    if "data_collection" in known:
        data_collection = known["data_collection"]
    else:
        data_collection = d.get("data_collection", UNSET)
        if data_collection is not UNSET:
            data_collection = _read_data_collection(cls, d)

    return {
        "evaluation_criteria": evaluation_criteria,
        "data_collection": data_collection,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentAnalysisItemsOutput,
    _all_fields,
    {
        "evaluation_criteria": _read_evaluation_criteria,
        "data_collection": _read_data_collection,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.attached_system_data_collection_ref import AttachedSystemDataCollectionRef
from ..models.attached_system_evaluation_ref import AttachedSystemEvaluationRef
from ..models.attached_user_data_collection_ref import AttachedUserDataCollectionRef
from ..models.attached_user_evaluation_ref import AttachedUserEvaluationRef
from ..models.unknown_variant import UnknownVariant
