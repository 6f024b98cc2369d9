"""The model runtime of _tables.py (`Field`, the kinds, `Lazy.from_dict`/`to_dict`) on small models written by
hand here as the model template writes them: one attrs class and its `_FIELDS_TABLE`."""

from __future__ import annotations

import datetime
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

import pytest
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from elevenlabs_api import _tables
from elevenlabs_api._tables import (
    ANY,
    DATE,
    DATETIME,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from elevenlabs_api.types import PARSING, UNSET, Parsing, UnexpectedType, Unset

Colour = Literal["blue", "red"]


@_attrs_define(slots=False)
class Leaf(Lazy, AdditionalProperties[Any]):
    name: str
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("size", "size", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class Circle(Lazy):
    radius: float
    type_: Literal["circle"] = _attrs_field(default="circle", kw_only=True)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("circle"), required=True),
        Field("radius", "radius", INT, required=True),
    )


@_attrs_define(slots=False)
class Square(Lazy):
    side: int
    type_: Literal["square"] = _attrs_field(default="square", kw_only=True)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("square"), required=True),
        Field("side", "side", INT, required=True),
    )


@_attrs_define(slots=False)
class Tree(Lazy, AdditionalProperties["Leaf"]):
    """A recursive model with every kind of field."""

    label: str
    leaf: Leaf | None
    colour: Colour | Unset = UNSET
    shade: Colour | str | None | Unset = UNSET
    born: datetime.date | Unset = UNSET
    seen: datetime.datetime | Unset = UNSET
    leaves: list[Leaf] | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    shape: Circle | Square | Unset = UNSET
    note: Leaf | str | Unset = UNSET
    children: list[Tree] | Unset = UNSET
    extra: Any | Unset = UNSET
    additional_properties: dict[str, Leaf] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", STR, required=True),
        Field("leaf", "leaf", union(object_of("Leaf"), NULL), required=True),
        Field("colour", "colour", literal("Colour")),
        Field("shade", "shade", union(literal("Colour"), STR, NULL)),
        Field("born", "born", DATE),
        Field("seen", "seen", DATETIME),
        Field("leaves", "leaves", list_of(object_of("Leaf"))),
        Field("tags", "tags", union(list_of(STR), NULL)),
        Field("shape", "shape", union(object_of("Circle"), object_of("Square"))),
        Field("note", "note", union(object_of("Leaf"), STR)),
        Field("children", "children", list_of(object_of("Tree"))),
        Field("extra", "extra", ANY),
        Field("additional_properties", None, dict_of(object_of("Leaf"))),
    )


@_attrs_define(slots=False)
class One(Lazy):
    value: str

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("value", "value", STR, required=True),)


BODY: dict[str, Any] = {
    "label": "root",
    "leaf": {"name": "a", "size": 1, "colour": "green"},
    "colour": "red",
    "shade": "teal",
    "born": "2024-05-01",
    "seen": "2024-05-01T10:20:30+00:00",
    "leaves": [{"name": "b"}, {"name": "c", "size": None}],
    "tags": ["x", "y"],
    "shape": {"type": "square", "side": 3},
    "note": "just text",
    "children": [{"label": "child", "leaf": None, "children": []}],
    "extra": {"anything": [1, "two"]},
    "other": {"name": "kept"},
}


@pytest.fixture(params=["strict", "lazy"])
def mode(request: pytest.FixtureRequest) -> Iterator[list[tuple[str, str, str]]]:
    """Parse strictly, or lazily (the client's default) with the deviations reported into the list."""
    reports: list[tuple[str, str, str]] = []
    token = PARSING.set(Parsing(request.param == "strict", lambda *report: reports.append(report)))
    try:
        yield reports
    finally:
        PARSING.reset(token)


def lenient() -> tuple[list[tuple[str, str, str]], Any]:
    reports: list[tuple[str, str, str]] = []
    return reports, PARSING.set(Parsing(False, lambda *report: reports.append(report)))


def test_every_kind_reads_and_writes_back(mode: list[tuple[str, str, str]]) -> None:
    tree = Tree.from_dict(BODY)
    assert tree.label == "root"
    assert tree.leaf is not None and (tree.leaf.name, tree.leaf.size, tree.leaf["colour"]) == ("a", 1, "green")
    assert tree.colour == "red" and tree.shade == "teal"
    assert tree.born == datetime.date(2024, 5, 1)
    assert tree.seen == datetime.datetime(2024, 5, 1, 10, 20, 30, tzinfo=datetime.UTC)
    assert tree.leaves == [Leaf(name="b"), Leaf(name="c", size=None)]
    assert tree.tags == ["x", "y"]
    assert tree.shape == Square(side=3)
    assert tree.note == "just text"
    assert tree.children == [Tree(label="child", leaf=None, children=[])]
    assert tree.extra == {"anything": [1, "two"]}
    assert tree["other"] == Leaf(name="kept") and tree.additional_keys == ["other"] and "other" in tree
    assert tree.to_dict() == BODY
    assert mode == []


def test_a_model_built_by_hand_writes_what_it_was_given() -> None:
    tree = Tree(label="t", leaf=Leaf(name="l"), born=datetime.date(2020, 1, 2), shape=Circle(radius=2))
    tree["more"] = Leaf(name="m")
    assert tree.to_dict() == {
        "more": {"name": "m"},
        "label": "t",
        "leaf": {"name": "l"},
        "born": "2020-01-02",
        "shape": {"type": "circle", "radius": 2},
    }
    assert One(value="v").to_dict() == {"value": "v"}
    assert One.from_dict({"value": "v"}) == One(value="v")
    assert repr(One.from_dict({"value": "v"})) == "One(value='v')"


def test_unknown_keys_are_kept_only_where_the_model_keeps_them(mode: list[tuple[str, str, str]]) -> None:
    assert Leaf.from_dict({"name": "n", "new": [1]}).to_dict() == {"new": [1], "name": "n"}
    assert One.from_dict({"value": "v", "new": 1}).to_dict() == {"value": "v"}


def test_a_missing_required_field_fails_strictly_and_reads_as_none_leniently() -> None:
    with pytest.raises(KeyError, match="label"):
        Tree.from_dict({"leaf": None})
    reports, token = lenient()
    try:
        tree = Tree.from_dict({"leaf": None})
        assert tree.label is None
        assert tree.to_dict() == {"leaf": None}  # left out, as it came
        tree.label = "set"
        assert tree.to_dict() == {"label": "set", "leaf": None}
    finally:
        PARSING.reset(token)
    assert reports == [("Tree", "label", "the required field is missing; it reads as None")]


def test_a_deviating_field_fails_strictly_and_is_kept_leniently() -> None:
    body = {"label": 5, "leaf": None, "born": "not a date", "leaves": "nope", "colour": "green", "tags": ["x", 1]}
    with pytest.raises(UnexpectedType, match="'label' is an integer, not a string"):
        Tree.from_dict(body)
    with pytest.raises(ValueError, match="not a date"):
        Tree.from_dict({"label": "ok", "leaf": None, "born": "not a date"})
    with pytest.raises(UnexpectedType, match="'leaves' is a string, not an array"):
        Tree.from_dict({"label": "ok", "leaf": None, "leaves": "nope"})
    with pytest.raises(TypeError, match="Unexpected value 'green'"):
        Tree.from_dict({"label": "ok", "leaf": None, "colour": "green"})
    with pytest.raises(UnexpectedType, match="item 1 of 'tags' is an integer, not a string"):
        Tree.from_dict({"label": "ok", "leaf": None, "tags": ["x", 1]})
    reports, token = lenient()
    try:
        tree = Tree.from_dict(body)
        assert (tree.label, tree.born, tree.leaves, tree.colour, tree.tags) == (  # type: ignore[comparison-overlap]
            5,
            "not a date",
            "nope",
            "green",
            ["x", 1],
        )
        assert tree.to_dict() == body
    finally:
        PARSING.reset(token)
    assert sorted(field for _, field, _ in reports) == ["born", "colour", "label", "leaves"]


def test_nullable_and_unset_fields() -> None:
    leaf = Leaf.from_dict({"name": "n", "size": None})
    assert leaf.size is None and leaf.to_dict() == {"name": "n", "size": None}
    leaf = Leaf.from_dict({"name": "n"})
    assert leaf.size is UNSET and leaf.to_dict() == {"name": "n"}
    with pytest.raises(UnexpectedType, match="'size' is a string, not an integer or null"):
        Leaf.from_dict({"name": "n", "size": "big"})
    with pytest.raises(TypeError):
        Tree.from_dict({"label": "t", "leaf": None, "leaves": None})  # not nullable


def test_a_union_dispatches_on_the_tag_and_raises_the_tagged_kinds_error() -> None:
    circle = {"label": "t", "leaf": None, "shape": {"type": "circle", "radius": 1}}
    assert Tree.from_dict(circle).shape == Circle(radius=1)
    square_without_side = {"label": "t", "leaf": None, "shape": {"type": "square"}}
    with pytest.raises(KeyError, match="side"):
        Tree.from_dict(square_without_side)
    reports, token = lenient()
    try:  # a union's members are parsed strictly (else the first would take anything): it is kept as it came
        assert Tree.from_dict(square_without_side).shape == {"type": "square"}  # type: ignore[comparison-overlap]
        assert Tree.from_dict(circle).shape == Circle(radius=1)
    finally:
        PARSING.reset(token)
    assert reports == [("Tree", "shape", "an object that does not fit the schema is kept as it came")]


def test_a_tag_that_does_not_match_fails_even_leniently(mode: list[tuple[str, str, str]]) -> None:
    assert Circle._kind == ("type", "circle") and Circle._tags == ("type_",)
    with pytest.raises(ValueError, match="type must match const 'circle', got 'square'"):
        Circle.from_dict({"type": "square", "radius": 1})


def test_a_union_with_a_string_keeps_what_no_model_takes() -> None:
    assert Tree.from_dict({"label": "t", "leaf": None, "note": {"name": "x"}}).note == Leaf(name="x")
    assert Tree.from_dict({"label": "t", "leaf": None, "note": "text"}).note == "text"
    assert Tree.from_dict({"label": "t", "leaf": None, "note": 7}).note == 7  # type: ignore[comparison-overlap]  # kept, as the generator's cast did


def test_a_lazy_model_reads_fields_on_first_use_and_the_third_reads_the_rest() -> None:
    reports, token = lenient()
    try:
        tree = Tree.from_dict(BODY)
        assert "_lazy" in tree.__dict__ and "label" not in tree.__dict__
        assert tree.label == "root"
        assert set(tree.__dict__) == {"_lazy", "label"}
        tree.leaf, tree.colour  # noqa: B018
        assert "_lazy" not in tree.__dict__ and tree.__dict__["born"] == datetime.date(2024, 5, 1)
        assert tree.to_dict() == BODY
    finally:
        PARSING.reset(token)
    assert reports == []


def test_a_body_that_is_not_an_object_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Tree is an object, not a list"):
        Tree.from_dict([])  # type: ignore[arg-type]


def test_the_table_reads_as_written() -> None:
    assert repr(Tree._FIELDS_TABLE[1]) == "Field('leaf', 'leaf', union(object_of('Leaf'), NULL), required=True)"
    assert Tree._required == ("label", "leaf")


def test_the_engine_loads_with_the_first_model_and_types_still_has_its_names() -> None:
    """`types` held the engine until it had a module of its own: its names are still found there, and
    importing `types` (as the client does) loads the engine only once one of them is asked for."""
    loaded = "print('elevenlabs_api._tables' in sys.modules)"
    # A name types never offered (Prepared was not in its __all__) is no attribute, and loads nothing.
    script = f"import sys, elevenlabs_api.types as t\nprint(hasattr(t, 'Prepared'))\n{loaded}\nt.Lazy\n{loaded}"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False", "True"]
    from elevenlabs_api import types
    from elevenlabs_api.types import Field as FieldFromTypes

    assert FieldFromTypes is Field
    assert [name for name in _tables.__all__ if getattr(types, name) is not getattr(_tables, name)] == []
