from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ChapterContentBlockInputModelSubTypeType0,
    check_chapter_content_block_input_model_sub_type_type_0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ChapterContentBlockInputModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ChapterContentBlockInputModel(Lazy):
    """Attributes:
    nodes (list[ChapterContentParagraphTtsNodeInputModel]):
    sub_type (ChapterContentBlockInputModelSubTypeType0 | None | Unset):
    block_id (None | str | Unset):
    """

    nodes: list[ChapterContentParagraphTtsNodeInputModel]

    sub_type: ChapterContentBlockInputModelSubTypeType0 | None | Unset = UNSET

    block_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("nodes",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        nodes: Any
        try:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        except (AttributeError, TypeError):
            nodes = self.nodes

        sub_type: Any
        try:
            if isinstance(self.sub_type, Unset):
                sub_type = UNSET
            elif isinstance(self.sub_type, str):
                sub_type = self.sub_type
            else:
                sub_type = self.sub_type

        except (AttributeError, TypeError):
            sub_type = self.sub_type

        block_id: Any
        try:
            block_id = self.block_id

        except (AttributeError, TypeError):
            block_id = self.block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if nodes is not None or "nodes" not in self._missing_fields:
            field_dict["nodes"] = nodes
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        chapter_content_block_input_model = cls.__new__(cls)
        chapter_content_block_input_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return chapter_content_block_input_model

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


def _read_nodes(cls: type[ChapterContentBlockInputModel], d: Mapping[str, Any]) -> Any:
    nodes_raw = d.get("nodes", MISSING)
    if nodes_raw is MISSING:
        nodes = missing_field(cls, "nodes")
    else:
        try:
            expect_array("nodes", nodes_raw)
            nodes = []
            _nodes = nodes_raw
            for nodes_item_data in _nodes:
                nodes_item = ChapterContentParagraphTtsNodeInputModel.from_dict(nodes_item_data)

                nodes.append(nodes_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            nodes = deviating_field(cls, "nodes", nodes_raw)

    return nodes


def _read_sub_type(cls: type[ChapterContentBlockInputModel], d: Mapping[str, Any]) -> Any:
    sub_type_raw = d.get("sub_type", UNSET)
    try:

        def _parse_sub_type(data: object) -> ChapterContentBlockInputModelSubTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            sub_type_type_0 = check_chapter_content_block_input_model_sub_type_type_0(data)

            return sub_type_type_0

        sub_type = _parse_sub_type(sub_type_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        sub_type = deviating_field(cls, "sub_type", sub_type_raw)

    return sub_type


_read_block_id = plain_reader(
    "block_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "nodes",
        "sub_type",
        "block_id",
    )
)


def _read_additional_properties(cls: type[ChapterContentBlockInputModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ChapterContentBlockInputModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "nodes" in known:
        nodes = known["nodes"]
    else:
        nodes = _read_nodes(cls, d)

    if "sub_type" in known:
        sub_type = known["sub_type"]
    else:
        sub_type = d.get("sub_type", UNSET)
        if sub_type is not UNSET and sub_type is not None:
            sub_type = _read_sub_type(cls, d)

    block_id = d.get("block_id", UNSET)
    if block_id.__class__ is not str and block_id is not None and block_id is not UNSET:
        block_id = _read_block_id(cls, d)

    return {
        "nodes": nodes,
        "sub_type": sub_type,
        "block_id": block_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ChapterContentBlockInputModel,
    _all_fields,
    {
        "nodes": _read_nodes,
        "sub_type": _read_sub_type,
        "block_id": _read_block_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_paragraph_tts_node_input_model import ChapterContentParagraphTtsNodeInputModel
