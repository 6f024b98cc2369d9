"""Models described by tables: the engine that reads every model from its table and writes it back.

Each model's module declares its attrs class (fields, docstring, annotations) and one table,
`_FIELDS_TABLE`, listing its fields in the spec's order, required ones first:

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("history_item_id", "history_item_id", STR, required=True),
        Field("type_", "type", const("text"), required=True),
        Field("voice_category", "voice_category", union(NULL, literal("VoiceCategory"), STR)),
        Field("dialogue", "dialogue", union(list_of(object_of("DialogueInput")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

A Field is (attribute, JSON key, kind, required). Its kind says what the value is: STR, INT, FLOAT,
BOOL, NULL, ANY, DATE, DATETIME and FILE, and the kinds made by const(value), literal("Name"),
object_of("Name"), list_of(kind), dict_of(kind) and union(kind, ...) (members in the spec's order). A name
is a model's or a Literal alias's, looked up in the model's module (which imports every model it
nests), else in this package's `models`, when the class is first parsed or written: recursive models
name each other freely. The entry whose key is None holds the body's other keys (additional_properties).

Everything a model does with its table is here, once: `Lazy.from_dict` and `Lazy.to_dict`, the lazy
reading of each field, and the errors. On first use a class turns its table into one reader per field
(`read_field` closures) and one writer per field, so reading a field costs one call, as it did when
each model's module had a function per field. Plain values (strings, numbers, null) of their declared
type are taken without a call at all: that is most of a body.

A module of its own, loaded with the first model: importing the client (which loads `types`) does not
build any of this. `types` still answers for the names it held before (its `__getattr__`).
"""

import io
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Generic, Self, TypeVar, cast

from .types import PARSING, UNSET, File, Parsing, UnexpectedType, Unset, json_type, parse_strictly


class _Missing:
    """The value `d.pop(name, MISSING)` gives for a required field the body lacks."""


MISSING: Any = _Missing()
NOTHING: Mapping[str, Any] = MappingProxyType({})  # what a model built whole has read before (read_all)


def missing_field(model: type, field: str) -> Any:
    """A required field the body lacks: a KeyError when strict, else None (and reported)."""
    parsing = PARSING.get()
    if parsing is None or parsing.strict:
        raise KeyError(field)
    parsing.report(model.__name__, field, "the required field is missing; it reads as None")
    return None


def unexpected_type(model: type, field: str, value: Any, expected: str) -> Any:
    """A value of another JSON type than its field's (a str where an int is declared, a null where no null
    is allowed): an UnexpectedType when strict, else the value is kept as it came (and reported)."""
    parsing = PARSING.get()
    if parsing is None or parsing.strict:
        raise UnexpectedType(field, value, expected)
    parsing.report(model.__name__, field, f"{json_type(value)} where the schema has {expected} is kept as it came")
    return value


def check_items(model: type, field: str, items: list[Any], classes: tuple[type, ...], expected: str) -> None:
    """The items of a list of plain values (strings, numbers): when strict, one of another JSON type raises
    UnexpectedType. Otherwise the list is kept as it came, unread: alignments hold thousands of numbers
    per history item, and checking them would cost the default mode a third of a page's parse time."""
    parsing = PARSING.get()
    if parsing is not None and not parsing.strict:
        return
    if set(map(type, items)).issubset(classes):  # the loop runs in C; the one below only finds the culprit
        return
    for index, item in enumerate(items):
        if item.__class__ not in classes:
            raise UnexpectedType(field, item, expected, index)


def plain_reader(
    key: str,
    classes: tuple[type, ...] | None,
    expected: str,
    required: bool,
    items: tuple[tuple[type, ...], str] | None = None,
) -> Callable[[Any, Mapping[str, Any]], Any]:
    """The reader of a field of plain values (strings, numbers, booleans, null, lists of those) taken as
    they are when their class is one of `classes` (None: any value): most fields of every model."""
    absent = MISSING if required else UNSET

    def read_field(cls: type, body: Mapping[str, Any]) -> Any:
        value = body.get(key, absent)
        if classes is not None and value.__class__ in classes:
            if items is not None and value.__class__ is list and value:
                check_items(cls, key, value, *items)
            return value
        if value is MISSING:
            return missing_field(cls, key)
        if value is UNSET or classes is None:
            return value
        return unexpected_type(cls, key, value, expected)

    return read_field


def expect_array(field: str, value: Any) -> None:
    """Raise unless `value` is a list (or UNSET): a list's items are converted in a loop, which would take a
    string's characters or an object's keys. A function, not an inline test, so that type checkers do not
    narrow the value the generated loop goes on to read."""
    if value.__class__ is not list and value is not UNSET:
        raise UnexpectedType(field, value, "an array")


class Kind:
    """What a field's value is (see the comment above). `form` names the kind ("str", "model", "union"...);
    `classes` are the classes a plain value is taken as it is in (None when the value is converted, or is
    anything), with `expected` its wording in errors ("a string or null"); `items` the classes and
    wording of a list's items when they are plain; `target` a model's or Literal's name, or a const's
    value; `members` a union's, list's or dict's inner kinds."""

    __slots__ = ("classes", "expected", "form", "items", "members", "target")

    def __init__(
        self,
        form: str,
        classes: tuple[type, ...] | None = None,
        expected: str = "",
        target: Any = None,
        members: tuple["Kind", ...] = (),
        items: tuple[tuple[type, ...], str] | None = None,
    ) -> None:
        self.form = form
        self.classes = classes
        self.expected = expected
        self.target = target
        self.members = members
        self.items = items

    def __repr__(self) -> str:
        inner = ", ".join(map(repr, self.members)) if self.members else repr(self.target) if self.target else ""
        maker = {"model": "object_of", "list": "list_of", "dict": "dict_of"}.get(self.form, self.form)
        return f"{maker}({inner})" if inner or self.members else self.form.upper()


STR = Kind("str", (str,), "a string")
INT = Kind("int", (int,), "an integer")
FLOAT = Kind("float", (float, int), "a number")
BOOL = Kind("bool", (bool,), "a boolean")
NULL = Kind("null", (type(None),), "null")
ANY = Kind("any")
DATE = Kind("date")
DATETIME = Kind("datetime")
FILE = Kind("file")


def const(value: Any) -> Kind:
    """A tag: the field has this one value (it tells a union's members apart)."""
    return Kind("const", target=value)


def literal(name: str) -> Kind:
    """One of the values of the Literal alias `name` (a closed enum)."""
    return Kind("literal", target=name)


def object_of(name: str) -> Kind:
    """An object read by the model class `name`."""
    return Kind("model", target=name)


def list_of(item: Kind) -> Kind:
    """An array of `item`s. An array of plain values is taken as it is (when strict, its items are checked)."""
    if item.form in ("str", "int", "float", "bool"):
        return Kind(
            "list", (list,), "an array", members=(item,), items=(cast(tuple[type, ...], item.classes), item.expected)
        )
    if item.classes is not None or item.form == "any":  # nothing to convert: only an array is checked
        return Kind("list", (list,), "an array", members=(item,))
    return Kind("list", members=(item,))


def dict_of(value: Kind) -> Kind:
    """An object whose every value is a `value` (the body's other keys, in additional_properties)."""
    return Kind("dict", members=(value,))


def union(*members: Kind) -> Kind:
    """Any one of `members`, tried in order. A union of plain values only is itself plain; a string next
    to a Literal keeps any string (an open enum: the Literal names the values known today)."""
    open_enum = STR in members
    kept = tuple(member for member in members if not (open_enum and member.form == "literal"))
    if all(member.classes is not None for member in kept):
        classes: list[type] = []
        wording: list[str] = []
        items = None
        for member in kept:
            classes += [c for c in member.classes or () if c not in classes]
            if member.expected not in wording:
                wording.append(member.expected)
            items = items or member.items
        return Kind("union", tuple(classes), " or ".join(wording), members=members, items=items)
    if any(member.form == "any" for member in kept) and not any(_converts(member) for member in kept):
        return ANY
    return Kind("union", members=members)


def _converts(kind: Kind) -> bool:
    return kind.classes is None and kind.form not in ("any", "const")


class Field:
    """One entry of a model's `_FIELDS_TABLE`: the attribute `name`, its JSON `key` (None: the body's keys
    that no other entry has), its `kind`, and whether the body must have it (`required`)."""

    __slots__ = ("key", "kind", "name", "required")

    def __init__(self, name: str, key: str | None, kind: Kind, required: bool = False) -> None:
        self.name = name
        self.key = key
        self.kind = kind
        self.required = required

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.key!r}, {self.kind!r}{', required=True' if self.required else ''})"


# A field's reader and writer, built from its kind once per class.
Reader = Callable[[Any, Mapping[str, Any]], Any]
Convert = Callable[[Any], Any]


def _target(cls: type, name: str) -> Any:
    """A model or Literal alias named in `cls`'s table: its module imports the ones it nests."""
    import sys

    found = vars(sys.modules[cls.__module__]).get(name)
    if found is None:
        from importlib import import_module

        found = getattr(import_module(".models", __name__.rpartition(".")[0]), name)
    return found


def literal_checker(values: Collection[Any]) -> Callable[[Any], Any]:
    """A check that returns a value if it is one of `values`, else raises TypeError naming them (sorted):
    the tables' literal fields and `models._literals`' `check_<enum>` share it."""

    def check_literal(value: Any) -> Any:
        if value in values:
            return value
        raise TypeError(f"Unexpected value {value!r}. Expected one of {sorted(values)!r}")

    return check_literal


def _converter(cls: type, kind: Kind) -> Convert | None:
    """The function that converts a value of `kind` from JSON, raising when it does not fit; None when the
    value is used as it came."""
    form = kind.form
    if kind.classes is not None or form in ("any", "const"):
        return None
    if form == "model":
        return cast(Convert, _target(cls, kind.target).from_dict)
    if form == "date":
        import datetime

        return datetime.date.fromisoformat
    if form == "datetime":
        import datetime

        return datetime.datetime.fromisoformat
    if form == "file":
        return lambda content: File(payload=io.BytesIO(content))
    if form == "literal":
        from typing import get_args

        return literal_checker(set(get_args(_target(cls, kind.target))))
    if form == "list":
        item = _converter(cls, kind.members[0])
        if item is None:
            return None

        def convert_list(value: Any) -> list[Any]:
            if value.__class__ is not list:
                raise TypeError(f"got {type(value).__name__}")
            return [item(each) for each in value]

        return convert_list
    if form == "union":
        return _union_converter(cls, kind)
    raise ValueError(f"{cls.__name__}: no reader for a field of kind {kind!r}")


_INSTANCE_OF = {"model": dict, "list": list, "date": str, "datetime": str, "literal": str, "file": bytes}


def _union_converter(cls: type, kind: Kind) -> Convert:
    """Each member in turn, the first that fits; a member that keeps any value (a string next to a model)
    takes what none fits, as it came. Objects whose tag names one of the models go to that model first,
    so a known kind that does not fit raises its own error rather than land in a catch-all member."""
    open_enum = STR in kind.members
    tries: list[tuple[type, Convert]] = []
    keeps_others = False
    for member in kind.members:
        if open_enum and member.form == "literal":
            continue
        convert = _converter(cls, member)
        if convert is not None:
            tries.append((_INSTANCE_OF[member.form], convert))
        elif member is not NULL:
            keeps_others = True
    tagged = [
        _target(cls, member.target)
        for member in kind.members
        if member.form == "model" and member.target != "UnknownVariant"
    ]
    nullable = NULL in kind.members
    last = len(tries) - 1
    if len(tries) == 1 and not keeps_others and len(tagged) < 2:  # `Model | None`, the most common
        instance, convert = tries[0]

        def convert_one(value: Any) -> Any:
            if value is None and nullable:
                return None
            if not isinstance(value, instance):
                raise TypeError(f"got {type(value).__name__}")
            return convert(value)

        return convert_one

    def convert_member(value: Any) -> Any:
        if len(tagged) > 1 and isinstance(value, dict):
            for known in tagged:
                tag = getattr(known, "_kind", None)
                if tag is not None and value.get(tag[0]) == tag[1]:
                    return known.from_dict(value)
        for index, (instance, convert) in enumerate(tries):
            if index < last or keeps_others:
                try:
                    if not isinstance(value, instance):
                        raise TypeError(f"got {type(value).__name__}")
                    return convert(value)
                except (TypeError, ValueError, AttributeError, KeyError):
                    continue
            if not isinstance(value, instance):
                raise TypeError(f"got {type(value).__name__}")
            return convert(value)
        return value

    def convert_union(value: Any) -> Any:
        if value is None and nullable:
            return None
        if len(tries) > 1:
            return parse_strictly(convert_member, value)
        return convert_member(value)

    return convert_union


def _field_reader(cls: type, field: Field) -> Reader:
    """The function that reads `field` from a body: a value that is missing or does not fit raises when
    strict (types.PARSING), else reads as None or is kept as it came, and is reported."""
    kind, key = field.kind, cast(str, field.key)
    if kind.classes is not None or kind.form == "any":
        return plain_reader(key, kind.classes, kind.expected, field.required, kind.items)
    absent = MISSING if field.required else UNSET
    if kind.form == "const":
        return _tag_reader(key, kind.target, absent)
    convert = cast(Convert, _converter(cls, kind))
    is_list = kind.form == "list"
    nullable = NULL in kind.members

    def read_field(cls: type, body: Mapping[str, Any]) -> Any:
        found = body.get(key, absent)
        if found is UNSET or (found is None and nullable):
            return found
        if found is MISSING:
            return missing_field(cls, key)
        try:
            if is_list:
                expect_array(key, found)
            return convert(found)
        except (KeyError, TypeError, ValueError, AttributeError):
            return deviating_field(cls, key, found)

    return read_field


def _tag_reader(key: str, value: Any, absent: Any) -> Reader:
    """The reader of a tag (a const field)."""

    def read_field(cls: type, body: Mapping[str, Any]) -> Any:
        found = body.get(key, absent)
        if found is MISSING:
            found = missing_field(cls, key)
        # A tag is what tells a union's members apart: one that does not match fails, even when lenient.
        if found != value and found is not UNSET:
            raise ValueError(f"{key} must match const {value!r}, got '{found}'")
        return found

    return read_field


def _other_keys_reader(cls: type, field: Field, keys: frozenset[str]) -> Reader:
    """The reader of additional_properties: the body's keys that no field has."""
    convert = _converter(cls, field.kind.members[0])
    if convert is None:
        # Most bodies have no other key: the test runs in C
        return lambda cls, body: {} if body.keys() <= keys else {k: v for k, v in body.items() if k not in keys}

    def read_field(cls: type, body: Mapping[str, Any]) -> dict[str, Any]:
        others = {}
        for key, value in body.items():
            if key in keys:
                continue
            try:
                others[key] = convert(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                others[key] = deviating_field(cls, key, value)
        return others

    return read_field


def _writer(cls: type, kind: Kind) -> Convert | None:
    """The function that turns a value of `kind` into JSON (None: it is JSON already)."""
    form = kind.form
    if form == "model":
        return lambda value: value.to_dict()
    if form in ("date", "datetime"):
        return lambda value: value.isoformat()
    if form == "file":
        return lambda value: value.to_tuple()
    if form in ("list", "dict"):
        item = _writer(cls, kind.members[0])
        if item is None:
            return None
        if form == "dict":
            return lambda value: {key: item(each) for key, each in value.items()}
        return lambda value: [item(each) for each in value]
    if form == "union":
        import datetime

        classes = {"list": list, "date": datetime.date, "datetime": datetime.datetime, "file": File}
        branches = []
        for member in kind.members:
            write = _writer(cls, member)
            if write is not None:
                instance = _target(cls, member.target) if member.form == "model" else classes[member.form]
                branches.append((instance, write))
        if not branches:
            return None

        def write_union(value: Any) -> Any:
            for instance, write in branches:
                if isinstance(value, instance):
                    return write(value)
            return value

        return write_union
    return None


class Prepared:
    """What a model class builds from its table on first use (`prepare`).

    steps: (attribute, key, what a key the body lacks reads as, the classes of a value taken as it came
    with no call, reader) per field, tags first (a whole build: _all_fields); readers: each attribute's
    reader (the lazy reads); writes: (attribute, key, whether a missing value
    is tracked, writer) per field, in the table's order; other_keys: the reader of additional_properties,
    or None when the model keeps no other keys, and write_other the writer of their values; missing:
    whether the model tracks the required fields its body lacked.
    """

    __slots__ = ("missing", "other_keys", "readers", "steps", "write_other", "writes")

    def __init__(self, cls: type["Lazy"]) -> None:
        table = cls._FIELDS_TABLE
        fields = [field for field in table if field.key is not None]
        fields.sort(key=lambda field: field.kind.form != "const")  # tags first: a mismatch fails at once
        self.readers: dict[str, Reader] = {field.name: _field_reader(cls, field) for field in fields}
        self.steps = [
            (
                field.name,
                cast(str, field.key),
                MISSING if field.required else UNSET,
                _taken(field),
                self.readers[field.name],
            )
            for field in fields
        ]
        self.other_keys: Reader | None = None
        for field in table:
            if field.key is None:
                reader = _other_keys_reader(cls, field, frozenset(cast(str, field.key) for field in fields))
                self.other_keys = self.readers[field.name] = reader
        self.missing = bool(cls._required)
        if self.missing:
            self.readers["_missing_fields"] = missing_fields
        self.writes = [
            (field.name, field.key, field.required and field.kind.form != "const", _writer(cls, field.kind))
            for field in table
            if field.key is not None
        ]
        others = [_writer(cls, field.kind.members[0]) for field in table if field.key is None]
        self.write_other: Convert | None = others[0] if others else None


def _taken(field: Field) -> frozenset[type]:
    """The classes of a value of `field` that is used as it came, without a call to its reader."""
    kind = field.kind
    taken: set[type] = set()
    if kind.classes is not None and kind.items is None:  # a list of plain values has its items checked
        taken.update(kind.classes)
    if NULL in kind.members:
        taken.add(type(None))
    if not field.required:
        taken.add(Unset)
    return frozenset(taken)


def prepare(cls: type["Lazy"]) -> Prepared:
    """A model class's readers and writers, built from its table the first time they are needed."""
    prepared = cls.__dict__.get("_prepared")
    if prepared is None:
        prepared = Prepared(cls)
        for name, read in prepared.readers.items():
            setattr(cls, name, LazyField(name, read))
        cls._readers = prepared.readers
        cls._all_fields = _all_fields
        cls._prepared = prepared  # in the class's own __dict__: it hides PreparedOnFirstUse from now on
    return cast(Prepared, prepared)


class PreparedOnFirstUse:
    """`Lazy._prepared`: a model class's first `cls._prepared` prepares it, so parsing never asks whether it
    has been (a parse's cost is mostly per model)."""

    def __get__(self, model: Any, cls: type["Lazy"]) -> Prepared:
        return prepare(cls)


def _all_fields(cls: type["Lazy"], body: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (read_all), which passes what it
    has read already as `known`. A plain value of its declared type is taken as it is; anything else
    goes to its field's reader, which converts it, or raises, or keeps it."""
    prepared = cls._prepared
    values: dict[str, Any] = {}
    if known:
        for name, key, absent, taken, read in prepared.steps:
            if name in known:
                values[name] = known[name]
            else:
                value = body.get(key, absent)
                values[name] = value if value.__class__ in taken else read(cls, body)
    else:
        for name, key, absent, taken, read in prepared.steps:
            value = body.get(key, absent)
            values[name] = value if value.__class__ in taken else read(cls, body)
    if prepared.other_keys is not None:
        values["additional_properties"] = prepared.other_keys(cls, body)
    if prepared.missing:
        values["_missing_fields"] = ()
    return values


class Lazy:
    """The base of every model. Parsed strictly, a model is built whole; otherwise (the client's default)
    it keeps the body it came from and reads each field from it on first use, then keeps it: a page of a
    hundred voices costs a hundred small objects until their fields are read. Reading a field on its own
    costs a few times what it would in a whole build, so the third field read reads the rest too, in
    one pass (benchmarks/README.md).

    A model is an attrs class declared `slots=False`: a lazy model's fields are filled into its __dict__
    as they are read. It says what its fields are in `_FIELDS_TABLE` (see the module's docstring);
    from_dict and to_dict here do the rest. A model with required fields also has the attrs field
    `_missing_fields`: the required fields its body lacked, which read as None and which to_dict leaves
    out, as they came, until they are set. Only a lazy model can have any (strict parsing refuses such a
    body); it reads them from its body. `_lazy` is (body, parsing) while some field may be unread;
    the class's None otherwise (it is no attrs field: attrs.asdict, evolve and == leave it out).
    `_readers` maps each attribute to the function that reads it from the body (each gets a `LazyField`
    on the class); `_tags` are its const fields, read at once so that a kind that does not match fails
    the parse, not a later read, and `_kind` the first one's key and value (a union tells its members
    apart by it); `_required` are the required fields' keys in the body.
    """

    _FIELDS_TABLE: ClassVar[tuple["Field", ...]] = ()
    _lazy: tuple[Mapping[str, Any], Parsing] | None = None
    _readers: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]]
    # Them all, in one build; the fields it is given as read already (the third argument) it keeps.
    _all_fields: ClassVar[Callable[[Any, Mapping[str, Any], Mapping[str, Any]], dict[str, Any]]]
    _prepared: ClassVar["Prepared"] = cast(Any, PreparedOnFirstUse())
    _tags: ClassVar[tuple[str, ...]] = ()
    _required: ClassVar[tuple[str, ...]] = ()
    _kind: ClassVar[tuple[str, Any]]  # only a model with a tag has one

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        table = cls.__dict__.get("_FIELDS_TABLE")
        if table:
            tags = [field for field in table if field.kind.form == "const"]
            cls._tags = tuple(field.name for field in tags)
            cls._required = tuple(field.key for field in table if field.required and field.kind.form != "const")
            if tags:
                cls._kind = (tags[0].key, tags[0].kind.target)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model a JSON object describes (as `json.loads` gives it)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        model = cls.__new__(cls)
        model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return model

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object. A value kept as it came (not strict parsing) goes back as it came,
        and a required field the body lacked stays out until it is set."""
        if self._lazy is not None:
            read_all(self)
        prepared = self._prepared
        result: dict[str, Any] = {}
        if prepared.other_keys is not None:
            write = prepared.write_other
            others: dict[str, Any] = getattr(self, "additional_properties")  # noqa: B009 (not every model has it)
            for key, value in others.items():
                try:
                    result[key] = value if write is None else write(value)
                except (AttributeError, TypeError):
                    result[key] = value
        values = self.__dict__
        missing = values.get("_missing_fields", ())
        for name, key, tracked, write in prepared.writes:
            try:
                value = values[name]
            except KeyError:  # a field deleted from the model: AttributeError, as attrs's own methods say
                value = getattr(self, name)
            if value is UNSET or (tracked and value is None and key in missing):
                continue
            if write is None:
                result[key] = value
                continue
            try:
                result[key] = write(value)
            except (AttributeError, TypeError):
                result[key] = value
        return result


V = TypeVar("V")


class AdditionalProperties(Generic[V]):
    """The keys of a body that its model has no field for, kept in `additional_properties` and reached as
    the model's items (`model["key"]`)."""

    additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class LazyField:
    """A field on a model's class. It does nothing once the field is in the instance's __dict__ (a model
    built whole, or a field read already): Python looks there first. Otherwise it reads the field."""

    __slots__ = ("name", "read")

    def __init__(self, name: str, read: Callable[[Any, Mapping[str, Any]], Any]) -> None:
        self.name = name
        self.read = read

    def __get__(self, model: Lazy | None, cls: type | None = None) -> Any:
        if model is None:
            return self
        values = model.__dict__
        lazy = values.get("_lazy")
        if lazy is None or len(values) > _READ_ALONE + len(model._tags):  # _lazy, the tags, two fields
            if lazy is not None:
                read_all(model)
            try:  # read whole (by another thread, maybe, since this lookup began)
                return values[self.name]
            except KeyError:  # a field deleted from a model read whole
                raise AttributeError(self.name) from None
        token = PARSING.set(lazy[1])  # a deviation is reported as it would have been at parse time
        try:
            value = self.read(type(model), lazy[0])
        finally:
            PARSING.reset(token)
        return values.setdefault(self.name, value)  # another thread's read of it, if first, stands


_READ_ALONE = 2  # fields of a lazy model read one by one before the next read reads them all


L = TypeVar("L", bound=Lazy)


def read_lazily(cls: type[L], body: Mapping[str, Any], parsing: Parsing) -> L:
    """A model of `cls` that reads its fields from `body` on first use (not strict parsing)."""
    model = cls.__new__(cls)
    model._lazy = (body, parsing)
    readers = cls._prepared.readers
    for name in cls._tags:
        setattr(model, name, readers[name](cls, body))
    return model


def read_all(model: Lazy) -> None:
    """Read every field of a lazy model not read or set yet (to_dict needs them all), then let the body go.
    The instance's __dict__ stays the same dict, and what is in it stays: a thread reading a field at
    the same time keeps what it read."""
    values = model.__dict__
    lazy = values.get("_lazy")
    if lazy is None:  # another thread read it all just now
        return
    cls = type(model)
    body, parsing = lazy
    token = PARSING.set(parsing)
    try:
        fields = cls._all_fields(cls, body, values)
        if "_missing_fields" in fields:
            fields["_missing_fields"] = missing_fields(cls, body)
    finally:
        PARSING.reset(token)
    for name, value in fields.items():
        values.setdefault(name, value)  # a field read or set already keeps its value
    values.pop("_lazy", None)  # the class's None from now on


def missing_fields(cls: type[Lazy], body: Mapping[str, Any]) -> tuple[str, ...]:
    """The required fields `body` lacks (a lazy model's `_missing_fields`)."""
    return tuple(name for name in cls._required if name not in body)


def deviating_field(model: type, field: str, value: Any) -> Any:
    """A value that does not convert to its field's type (called while its error is being handled):
    the error goes on when strict, else the value is kept as it came (and reported)."""
    parsing = PARSING.get()
    if parsing is None or parsing.strict:
        raise
    parsing.report(model.__name__, field, f"{json_type(value)} that does not fit the schema is kept as it came")
    return value


__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "FLOAT",
    "INT",
    "MISSING",
    "NOTHING",
    "NULL",
    "STR",
    "AdditionalProperties",
    "Field",
    "Kind",
    "Lazy",
    "LazyField",
    "check_items",
    "const",
    "deviating_field",
    "dict_of",
    "expect_array",
    "list_of",
    "literal",
    "literal_checker",
    "missing_field",
    "missing_fields",
    "object_of",
    "plain_reader",
    "read_all",
    "read_lazily",
    "unexpected_type",
    "union",
]
