from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ChapterContentBlockResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ChapterContentBlockResponseModel(Lazy):
    """Attributes:
    block_id (str):
    nodes (list[ChapterContentBlockExtendableNodeResponseModel | ChapterContentBlockTtsNodeResponseModel |
        UnknownVariant]):
    """

    block_id: str

    nodes: list[
        ChapterContentBlockExtendableNodeResponseModel | ChapterContentBlockTtsNodeResponseModel | UnknownVariant
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "block_id",
        "nodes",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        block_id = self.block_id

        nodes: Any
        try:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item: dict[str, Any]
                if (
                    isinstance(nodes_item_data, ChapterContentBlockTtsNodeResponseModel)
                    or isinstance(nodes_item_data, ChapterContentBlockExtendableNodeResponseModel)
                    or isinstance(nodes_item_data, UnknownVariant)
                ):
                    nodes_item = nodes_item_data.to_dict()
                else:
                    nodes_item = nodes_item_data

                nodes.append(nodes_item)

        except (AttributeError, TypeError):
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if block_id is not None or "block_id" not in self._missing_fields:
            field_dict["block_id"] = block_id
        if nodes is not None or "nodes" not in self._missing_fields:
            field_dict["nodes"] = nodes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        chapter_content_block_response_model = cls.__new__(cls)
        chapter_content_block_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return chapter_content_block_response_model

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


_read_block_id = plain_reader("block_id", (str,), "a string", True)


def _read_nodes(cls: type[ChapterContentBlockResponseModel], d: Mapping[str, Any]) -> Any:
    nodes_raw = d.get("nodes", MISSING)
    if nodes_raw is MISSING:
        nodes = missing_field(cls, "nodes")
    else:
        try:
            expect_array("nodes", nodes_raw)
            nodes = []
            _nodes = nodes_raw
            for nodes_item_data in _nodes:

                def _parse_nodes_item(
                    data: object,
                ) -> (
                    ChapterContentBlockExtendableNodeResponseModel
                    | ChapterContentBlockTtsNodeResponseModel
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_nodes_item_member, data)

                def _parse_nodes_item_member(
                    data: object,
                ) -> (
                    ChapterContentBlockExtendableNodeResponseModel
                    | ChapterContentBlockTtsNodeResponseModel
                    | UnknownVariant
                ):
                    if isinstance(data, dict):
                        for known in (
                            ChapterContentBlockTtsNodeResponseModel,
                            ChapterContentBlockExtendableNodeResponseModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        nodes_item_type_0 = ChapterContentBlockTtsNodeResponseModel.from_dict(data)

                        return nodes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        nodes_item_type_1 = ChapterContentBlockExtendableNodeResponseModel.from_dict(data)

                        return nodes_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    nodes_item_type_2 = UnknownVariant.from_dict(data)

                    return nodes_item_type_2

                nodes_item = _parse_nodes_item(nodes_item_data)

                nodes.append(nodes_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            nodes = deviating_field(cls, "nodes", nodes_raw)

    return nodes


_FIELDS: frozenset[str] = frozenset(
    (
        "block_id",
        "nodes",
    )
)


def _read_additional_properties(cls: type[ChapterContentBlockResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ChapterContentBlockResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    block_id = d.get("block_id", MISSING)
    if block_id.__class__ is not str:
        block_id = _read_block_id(cls, d)

    if "nodes" in known:
        nodes = known["nodes"]
    else:
        nodes = _read_nodes(cls, d)

    return {
        "block_id": block_id,
        "nodes": nodes,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ChapterContentBlockResponseModel,
    _all_fields,
    {
        "block_id": _read_block_id,
        "nodes": _read_nodes,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_block_extendable_node_response_model import ChapterContentBlockExtendableNodeResponseModel
from ..models.chapter_content_block_tts_node_response_model import ChapterContentBlockTtsNodeResponseModel
from ..models.unknown_variant import UnknownVariant
