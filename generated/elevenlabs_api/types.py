"""Types shared by the generated models and endpoints (plain classes: importing them does not load attrs)."""

import functools
import io
import json
import os
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar, cast

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


class Record:
    """A small value class: `_fields` names its fields in the order `__init__` takes them (they are its
    `__slots__` too, which ruff keeps sorted), and it compares, shows and copies itself by them. The value
    classes made at import (`File`, `Response`, `Parsing` here; `RawResponse`, `Paging`, `ServerSentEvent`
    in `api`; the client's settings) were dataclasses, and each `@dataclass` builds its methods with `exec`
    when the module loads: about a millisecond each, plus `import dataclasses`, on every import."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # `case ServerSentEvent(event, data)` matches by position, as on a dataclass. Set here, not written in
        # each class: type checkers read positional patterns only from a literal `__match_args__`.
        setattr(cls, "__match_args__", cls._fields)  # noqa: B010

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, so unhashable (as a dataclass)

    def __reduce__(self) -> tuple[type[Self], tuple[Any, ...]]:
        return type(self), self._values()  # copy and pickle go through __init__, frozen or not


class FrozenRecord(Record):
    """A `Record` whose fields cannot be assigned once made (`FrozenInstanceError`, as a frozen dataclass);
    `copy_with(field=value)` is a copy with some fields changed."""

    __slots__ = ()

    def _fill(self, *values: Any) -> None:
        """What `__init__` calls: the fields, in `_fields`' order."""
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError  # the error a frozen dataclass raises; loaded only here

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:  # type: ignore[override]  # frozen, so hashable (as a frozen dataclass)
        return hash(self._values())

    def copy_with(self, **changes: Any) -> Self:
        """This record with the fields named changed (what `dataclasses.replace` did)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {', '.join(sorted(unknown))}")
        return type(self)(*(changes.get(name, getattr(self, name)) for name in self._fields))


class File(Record):
    """A file to upload, or a binary response body."""

    __slots__ = _fields = ("payload", "file_name", "mime_type")
    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

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


class Parsing(FrozenRecord):
    """How `from_dict` treats a body that deviates from its schema (set by the client around each parse).

    strict: raise, naming the model and field. Otherwise a missing required field reads as None and a
    value that does not convert is kept as it came, and `report(model, field, problem)` is told.
    """

    __slots__ = _fields = ("strict", "report")
    strict: bool
    report: Callable[[str, str, str], None]

    def __init__(self, strict: bool, report: Callable[[str, str, str], None]) -> None:
        self._fill(strict, report)


# No parsing context (the low-level package used on its own): strict, as the generator's code always was.
PARSING: ContextVar[Parsing | None] = ContextVar("elevenlabs_api_parsing", default=None)


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


class Response(Record, Generic[T]):
    """A response from an endpoint.

    status_code is an int, not an http.HTTPStatus: proxies in front of the API answer 520-599,
    which HTTPStatus cannot represent (it raised ValueError for them).
    """

    __slots__ = _fields = ("status_code", "content", "headers", "parsed")
    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    def __init__(self, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T | None) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed


# The two steps every low-level call of generated/.../api/<group>/<operation>.py shares.
def build_response(response: "httpx.Response", parsed: T | None) -> Response[T]:
    """A `*_detailed` call's answer: the status code, body and headers of `response`, and `parsed` from it."""
    return Response(status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed)


def raise_unexpected_status(client: "AuthenticatedClient | Client", response: "httpx.Response") -> None:
    """For a status the operation does not declare: errors.UnexpectedStatus, if the client raises those."""
    if client.raise_on_unexpected_status:
        from .errors import UnexpectedStatus  # only now: importing the package loads no error classes

        raise UnexpectedStatus(response.status_code, response.content)


# The model tables' engine (`Lazy`, `Field`, the kinds, the readers) is _tables.py, loaded with the first model:
# the names of it this module held before are still found here, imported on first use.
if TYPE_CHECKING:
    from ._tables import (
        ANY,
        BOOL,
        DATE,
        DATETIME,
        FILE,
        FLOAT,
        INT,
        MISSING,
        NOTHING,
        NULL,
        STR,
        AdditionalProperties,
        Field,
        Kind,
        Lazy,
        LazyField,
        check_items,
        const,
        deviating_field,
        dict_of,
        expect_array,
        list_of,
        literal,
        literal_checker,
        missing_field,
        missing_fields,
        object_of,
        plain_reader,
        read_all,
        read_lazily,
        unexpected_type,
        union,
    )
else:

    def __getattr__(name: str) -> Any:
        if name not in __all__:  # a name of __all__ that reaches here is not defined here: it is the engine's
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from . import _tables

        value = globals()[name] = getattr(_tables, name)
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
    "PARSING",
    "STR",
    "UNSET",
    "AdditionalProperties",
    "Field",
    "File",
    "FileInput",
    "FileTypes",
    "FrozenRecord",
    "Kind",
    "Lazy",
    "LazyField",
    "Parsing",
    "PathReader",
    "Record",
    "RequestFiles",
    "Response",
    "UnexpectedType",
    "Unset",
    "as_file",
    "build_response",
    "check_items",
    "const",
    "deviating_field",
    "dict_of",
    "expect_array",
    "list_of",
    "literal",
    "literal_checker",
    "loads",
    "missing_field",
    "missing_fields",
    "object_of",
    "parse_strictly",
    "plain_reader",
    "raise_unexpected_status",
    "read_all",
    "read_lazily",
    "unexpected_type",
    "union",
]
