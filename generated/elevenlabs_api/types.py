"""Types shared by the generated models and endpoints (dataclasses: importing them does not load attrs)."""

import functools
import io
import json
import os
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar, cast

if TYPE_CHECKING:
    import httpx

    from .client import AuthenticatedClient, Client


class Unset:
    """The type of UNSET: a field or parameter that was not given, as opposed to one given as None.

    A parameter or model field left at UNSET is not sent (the server applies its own default); a
    response field the server did not send reads as UNSET. It is falsy, and there is only one.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # copies and unpickled copies are the one UNSET, so `is UNSET` still holds


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
# What httpx accepts for one multipart file: (name, content, content type[, headers]).
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload, or a binary response body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


# What an upload parameter takes: what the official SDK takes (the content as bytes, str or a binary
# file object, or a (file name, content[, content type]) tuple), a File, or a path, read as it is sent.
FileInput = (
    File
    | IO[bytes]
    | bytes
    | str
    | os.PathLike[str]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)


def as_file(value: FileInput) -> File:
    """One upload, whatever form it was given in."""
    if isinstance(value, File):
        return value
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        return File(payload=cast(BinaryIO, PathReader(path)), file_name=os.path.basename(path))
    if isinstance(value, tuple):
        name, content, *rest = value
        return File(payload=_binary(content), file_name=name, mime_type=rest[0] if rest else None)
    # Content with no name of its own still goes as a file part, which needs a file name: the vendor's
    # server takes a part without one for a plain form field and answers 422 "Expected UploadFile".
    name = getattr(value, "name", None)
    return File(payload=_binary(value), file_name=os.path.basename(name) if isinstance(name, str) else "upload")


def _names_a_file(text: str) -> bool:
    # A str is content, as in the official SDK; one that is the path of an existing file was surely meant as
    # that file, and uploading its path's text would succeed silently.
    if not text or len(text) > 4096 or "\n" in text or "\0" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


class PathReader(io.RawIOBase):
    """A file on disk, opened when the upload first reads it and closed when it has read it all (or is
    closed), so a path given to an upload leaves no open file behind; a retry's seek opens it again."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.name = path
        self._file: io.BufferedReader | None = None

    def _opened(self) -> io.BufferedReader:
        if self._file is None:
            self._file = open(self.name, "rb")  # noqa: SIM115 (closed at the end of the file)
        return self._file

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._opened().fileno()

    def readinto(self, buffer: Any) -> int:
        count = int(self._opened().readinto(buffer) or 0)
        if not count:
            self._release()
        return count

    def seek(self, offset: int, whence: int = 0) -> int:
        return int(self._opened().seek(offset, whence))

    def tell(self) -> int:
        return self._opened().tell() if self._file is not None else 0

    def close(self) -> None:
        self._release()
        super().close()

    def _release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _binary(content: FileContent) -> BinaryIO:
    if isinstance(content, bytes):
        return io.BytesIO(content)
    if isinstance(content, str):
        if _names_a_file(content):
            raise ValueError(
                f"{content!r} is the path of a file, and a str is sent as the file's content: "
                f"pass Path({content!r}) to upload the file, or its content as bytes"
            )
        return io.BytesIO(content.encode())
    return cast(BinaryIO, content)


T = TypeVar("T")


@dataclass(frozen=True)
class Parsing:
    """How `from_dict` treats a body that deviates from its schema (set by the client around each parse).

    strict: raise, naming the model and field. Otherwise a missing required field reads as None and a
    value that does not convert is kept as it came, and `report(model, field, problem)` is told.
    """

    strict: bool
    report: Callable[[str, str, str], None]


# No parsing context (the low-level package used on its own): strict, as the generator's code always was.
PARSING: ContextVar[Parsing | None] = ContextVar("elevenlabs_api_parsing", default=None)


class _Missing:
    """The value `d.pop(name, MISSING)` gives for a required field the body lacks."""


MISSING: Any = _Missing()
NOTHING: Mapping[str, Any] = MappingProxyType({})  # what a model built whole has read before (types.read_all)


def json_part(value: Any) -> str:
    """A multipart field's JSON, with any model inside it (a dict's value, a list's item) as its `to_dict()`,
    as a JSON body is written: models go wherever their dict would."""
    return json.dumps(value, default=_model_dict)


def _model_dict(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"a value of type {type(value).__name__!r} cannot be sent as JSON")
    return to_dict()


def tag(model: str, field: str, value: Any) -> Callable[[Any, Any, Any], None]:
    """The check of a union member's tag given at construction (`PodcastTextSource(type="text", ...)`): the tag
    says which member the body is, so another value is refused before anything is sent."""

    def check(_instance: Any, _attribute: Any, given: Any) -> None:
        if given != value:
            raise ValueError(f"{model}.{field} is the tag of this kind: it can only be {value!r}, not {given!r}")

    return check


def accept_former_names(cls: type, **names: str) -> None:
    """Let a model's constructor take a field by its former name too (`type_=` for `type=`)."""
    init: Callable[..., None] = vars(cls)["__init__"]  # attrs wrote it on the class

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        for old, new in names.items():
            if old in kwargs:
                if new in kwargs:
                    raise TypeError(f"{cls.__name__}() got {new}= and {old}=, its former name: give only {new}=")
                kwargs[new] = kwargs.pop(old)
        init(self, *args, **kwargs)

    type.__setattr__(cls, "__init__", __init__)


def missing_field(model: type, field: str) -> Any:
    """A required field the body lacks: a KeyError when strict, else None (and reported)."""
    parsing = PARSING.get()
    if parsing is None or parsing.strict:
        raise KeyError(field)
    parsing.report(model.__name__, field, "the required field is missing; it reads as None")
    return None


_JSON_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string", list: "array"}


def json_type(value: Any) -> str:
    """What a person reading the body calls the type of `value`: "a null", "an array", "an object"."""
    name = _JSON_TYPES.get(type(value), "object" if isinstance(value, Mapping) else type(value).__name__)
    return ("an " if name[0] in "aeiou" else "a ") + name


class UnexpectedType(TypeError):
    """A value of another JSON type than its field's (strict parsing); `field` names the field."""

    def __init__(self, field: str, value: Any, expected: str, item: int | None = None) -> None:
        where = repr(field) if item is None else f"item {item} of {field!r}"
        super().__init__(f"{where} is {json_type(value)}, not {expected}")
        self.field = field


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
    field: str,
    classes: tuple[type, ...] | None,
    expected: str,
    required: bool,
    items: tuple[tuple[type, ...], str] | None = None,
) -> Callable[[Any, Mapping[str, Any]], Any]:
    """The reader of a field of plain values (strings, numbers, booleans, null, lists of those) taken as
    they are when their class is one of `classes` (None: any value), as `_read_<field>` of its model's
    module: one function's code shared by most fields of every model, instead of a copy each."""
    absent = MISSING if required else UNSET

    def read(model: type, body: Mapping[str, Any]) -> Any:
        value = body.get(field, absent)
        if classes is not None and value.__class__ in classes:
            if items is not None and value.__class__ is list and value:
                check_items(model, field, value, *items)
            return value
        if value is MISSING:
            return missing_field(model, field)
        if value is UNSET or classes is None:
            return value
        return unexpected_type(model, field, value, expected)

    return read


def expect_array(field: str, value: Any) -> None:
    """Raise unless `value` is a list (or UNSET): a list's items are converted in a loop, which would take a
    string's characters or an object's keys. A function, not an inline test, so that type checkers do not
    narrow the value the generated loop goes on to read."""
    if value.__class__ is not list and value is not UNSET:
        raise UnexpectedType(field, value, "an array")


def parse_strictly(parse: Callable[[Any], T], data: Any) -> T:
    """`parse(data)` with strict parsing: a union tries its members in turn, and a member must fail for
    the next to be tried (were its fields lenient, the first model would take every object)."""
    parsing = PARSING.get()
    if parsing is None or parsing.strict:
        return parse(data)
    token = PARSING.set(Parsing(True, parsing.report))
    try:
        return parse(data)
    finally:
        PARSING.reset(token)


def loads(body: bytes) -> Any:
    """A JSON body decoded: by orjson where it is installed (twice as fast as json.loads on the API's
    bodies), else by json.loads. json.loads also reads what orjson refuses (NaN, UTF-16, lone
    surrogates) and words the error when neither can, and it reads a body with a number of 19 digits
    or more, which orjson would turn into a float past 64 bits: the result, or the error, is always
    json.loads's."""
    if _LONG_NUMBER in body.translate(_DIGITS_AS_ZEROS):  # a C pass: a third of orjson's time
        return json.loads(body)
    try:
        return (_decoder or _load_decoder())(body)
    except ValueError:  # orjson.JSONDecodeError is one
        return json.loads(body)


_DIGITS_AS_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19  # 2**63 has 19 digits: orjson reads integers to 2**64 - 1, and floats past that


# orjson.loads (or json.loads), imported on first use: importing orjson with the package would add to
# every import, and most programs that import the client parse a response much later.
_decoder: Callable[[bytes], Any] | None = None


def _load_decoder() -> Callable[[bytes], Any]:
    global _decoder
    decoder: Callable[[bytes], Any]
    try:
        import orjson

        decoder = orjson.loads
    except ImportError:
        decoder = json.loads
    _decoder = decoder
    return decoder


class Lazy:
    """The base of every model. Parsed strictly, a model is built whole; otherwise (the client's default)
    it keeps the body it came from and reads each field from it on first use, then keeps it: a page of a
    hundred voices costs a hundred small objects until their fields are read. Reading a field on its own
    costs a few times what it would in a whole build, so the third field read reads the rest too, in
    one pass (benchmarks/README.md).

    `_lazy` is (body, parsing) while some field may be unread; the class's None otherwise (it is no
    attrs field: attrs.asdict, evolve and == leave it out). `_readers` maps each attribute
    to the function that reads it from the body (the model's module defines them, and `set_readers`
    puts a `LazyField` on the class for each); `_tags` are its const fields, read at once so that a kind
    that does not match fails the parse, not a later read; `_required` are the required fields' names
    in the body.
    """

    _lazy: tuple[Mapping[str, Any], Parsing] | None = None
    _readers: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]]
    # Them all, in one build; the fields it is given as read already (the third argument) it keeps.
    _all_fields: ClassVar[Callable[[Any, Mapping[str, Any], Mapping[str, Any]], dict[str, Any]]]
    _tags: ClassVar[tuple[str, ...]] = ()
    _required: ClassVar[tuple[str, ...]] = ()


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


def set_readers(
    cls: type[Lazy],
    all_fields: Callable[[Any, Mapping[str, Any], Mapping[str, Any]], dict[str, Any]],
    readers: dict[str, Callable[[Any, Mapping[str, Any]], Any]],
) -> None:
    """Give a model class its whole build, its readers, and a LazyField for each."""
    cls._all_fields = all_fields
    cls._readers = readers
    for name, read in readers.items():
        setattr(cls, name, LazyField(name, read))


L = TypeVar("L", bound=Lazy)


def read_lazily(cls: type[L], body: Mapping[str, Any], parsing: Parsing) -> L:
    """A model of `cls` that reads its fields from `body` on first use (not strict parsing)."""
    model = cls.__new__(cls)
    model._lazy = (body, parsing)
    for name in cls._tags:
        setattr(model, name, cls._readers[name](cls, body))
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


@dataclass
class Response(Generic[T]):
    """A response from an endpoint.

    status_code is an int, not an http.HTTPStatus: proxies in front of the API answer 520-599,
    which HTTPStatus cannot represent (it raised ValueError for them).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# The two steps every low-level call of generated/.../api/<group>/<operation>.py shares.
def build_response(response: "httpx.Response", parsed: T | None) -> Response[T]:
    """A `*_detailed` call's answer: the status code, body and headers of `response`, and `parsed` from it."""
    return Response(status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed)


def raise_unexpected_status(client: "AuthenticatedClient | Client", response: "httpx.Response") -> None:
    """For a status the operation does not declare: errors.UnexpectedStatus, if the client raises those."""
    if client.raise_on_unexpected_status:
        from .errors import UnexpectedStatus  # only now: importing the package loads no error classes

        raise UnexpectedStatus(response.status_code, response.content)


__all__ = [
    "MISSING",
    "NOTHING",
    "PARSING",
    "UNSET",
    "File",
    "FileInput",
    "FileTypes",
    "Lazy",
    "LazyField",
    "Parsing",
    "PathReader",
    "RequestFiles",
    "Response",
    "UnexpectedType",
    "Unset",
    "as_file",
    "build_response",
    "check_items",
    "deviating_field",
    "expect_array",
    "loads",
    "missing_field",
    "missing_fields",
    "parse_strictly",
    "plain_reader",
    "raise_unexpected_status",
    "read_all",
    "read_lazily",
    "set_readers",
    "unexpected_type",
]
