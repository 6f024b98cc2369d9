from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_config_db_model_parent_type_type_0 import (
    SampleConfigDBModelParentTypeType0,
)
from ..types import UNSET, Unset, deviating_field

T = TypeVar("T", bound="SampleConfigDBModel")


@_attrs_define
class SampleConfigDBModel:
    """Attributes:
    is_sample (bool | Unset):  Default: False.
    parent_id (None | str | Unset):
    parent_type (None | SampleConfigDBModelParentTypeType0 | str | Unset):
    chapter_ids (list[str] | None | Unset):
    """

    is_sample: bool | Unset = False

    parent_id: None | str | Unset = UNSET

    parent_type: None | SampleConfigDBModelParentTypeType0 | str | Unset = UNSET

    chapter_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_sample = self.is_sample

        parent_id: Any
        try:
            parent_id = self.parent_id

        except (AttributeError, TypeError):
            parent_id = self.parent_id

        parent_type: Any
        try:
            if isinstance(self.parent_type, Unset):
                parent_type = UNSET
            elif isinstance(self.parent_type, str):
                parent_type = self.parent_type
            else:
                parent_type = self.parent_type

        except (AttributeError, TypeError):
            parent_type = self.parent_type

        chapter_ids: Any
        try:
            if isinstance(self.chapter_ids, Unset):
                chapter_ids = UNSET
            elif isinstance(self.chapter_ids, list):
                chapter_ids = self.chapter_ids

            else:
                chapter_ids = self.chapter_ids

        except (AttributeError, TypeError):
            chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_sample is not UNSET:
            field_dict["is_sample"] = is_sample
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if chapter_ids is not UNSET:
            field_dict["chapter_ids"] = chapter_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        is_sample = d.pop("is_sample", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        parent_type = d.pop("parent_type", UNSET)

        chapter_ids_raw = d.pop("chapter_ids", UNSET)
        try:

            def _parse_chapter_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                chapter_ids_type_0 = cast(list[str], data)

                return chapter_ids_type_0

            chapter_ids = _parse_chapter_ids(chapter_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            chapter_ids = deviating_field(cls, "chapter_ids", chapter_ids_raw)

        sample_config_db_model = cls(
            is_sample=is_sample,
            parent_id=parent_id,
            parent_type=parent_type,
            chapter_ids=chapter_ids,
        )
        sample_config_db_model.additional_properties = d
        return sample_config_db_model

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
