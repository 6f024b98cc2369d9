from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    parse_strictly,
)

T = TypeVar("T", bound="AgentAnalysisItemsInput")


@_attrs_define
class AgentAnalysisItemsInput:
    """Attributes:
    evaluation_criteria (list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef] | Unset):
    data_collection (list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef] | Unset):
    """

    evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef] | Unset = UNSET

    data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_criteria: Any
        try:
            evaluation_criteria = UNSET
            if not isinstance(self.evaluation_criteria, Unset):
                evaluation_criteria = []
                for evaluation_criteria_item_data in self.evaluation_criteria:
                    evaluation_criteria_item: dict[str, Any]
                    if isinstance(evaluation_criteria_item_data, AttachedUserEvaluationRef) or isinstance(
                        evaluation_criteria_item_data, AttachedSystemEvaluationRef
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
                    if isinstance(data_collection_item_data, AttachedUserDataCollectionRef) or isinstance(
                        data_collection_item_data, AttachedSystemDataCollectionRef
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        evaluation_criteria_raw = d.pop("evaluation_criteria", UNSET)
        try:
            expect_array("evaluation_criteria", evaluation_criteria_raw)
            _evaluation_criteria = evaluation_criteria_raw
            evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef] | Unset = UNSET
            if _evaluation_criteria is not UNSET:
                evaluation_criteria = []
                for evaluation_criteria_item_data in _evaluation_criteria:

                    def _parse_evaluation_criteria_item(
                        data: object,
                    ) -> AttachedSystemEvaluationRef | AttachedUserEvaluationRef:
                        return parse_strictly(_parse_evaluation_criteria_item_member, data)

                    def _parse_evaluation_criteria_item_member(
                        data: object,
                    ) -> AttachedSystemEvaluationRef | AttachedUserEvaluationRef:
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
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        evaluation_criteria_item_type_1 = AttachedSystemEvaluationRef.from_dict(data)

                        return evaluation_criteria_item_type_1

                    evaluation_criteria_item = _parse_evaluation_criteria_item(evaluation_criteria_item_data)

                    evaluation_criteria.append(evaluation_criteria_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            evaluation_criteria = deviating_field(cls, "evaluation_criteria", evaluation_criteria_raw)

        data_collection_raw = d.pop("data_collection", UNSET)
        try:
            expect_array("data_collection", data_collection_raw)
            _data_collection = data_collection_raw
            data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef] | Unset = UNSET
            if _data_collection is not UNSET:
                data_collection = []
                for data_collection_item_data in _data_collection:

                    def _parse_data_collection_item(
                        data: object,
                    ) -> AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef:
                        return parse_strictly(_parse_data_collection_item_member, data)

                    def _parse_data_collection_item_member(
                        data: object,
                    ) -> AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef:
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
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        data_collection_item_type_1 = AttachedSystemDataCollectionRef.from_dict(data)

                        return data_collection_item_type_1

                    data_collection_item = _parse_data_collection_item(data_collection_item_data)

                    data_collection.append(data_collection_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            data_collection = deviating_field(cls, "data_collection", data_collection_raw)

        agent_analysis_items_input = cls(
            evaluation_criteria=evaluation_criteria,
            data_collection=data_collection,
        )
        agent_analysis_items_input.additional_properties = d
        return agent_analysis_items_input

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
from ..models.attached_system_data_collection_ref import AttachedSystemDataCollectionRef
from ..models.attached_system_evaluation_ref import AttachedSystemEvaluationRef
from ..models.attached_user_data_collection_ref import AttachedUserDataCollectionRef
from ..models.attached_user_evaluation_ref import AttachedUserEvaluationRef
