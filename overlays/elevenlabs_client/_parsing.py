"""Successful bodies parsed into the generated models, strictly or leniently (types.PARSING), and the
ResponseValidationError that names the model and field when a body does not fit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from elevenlabs_api.types import PARSING, Parsing, UnexpectedType, loads

from ._errors import ResponseValidationError, body_of

T = TypeVar("T")
logger = logging.getLogger("elevenlabs_client")


def report_deviation(model: str, field: str, problem: str) -> None:
    """Log a body's deviation from the spec once per model and field (the vendor's spec mistakes repeat)."""
    if (model, field) not in _reported:
        _reported.add((model, field))
        logger.warning("%s.%s: %s (the response differs from the spec)", model, field, problem)


_reported: set[tuple[str, str]] = set()


def parse_success(response: httpx.Response, parse: Callable[[httpx.Response], T], strict: bool = True) -> T:
    """The parsed body; a field that deviates from the spec fails it only when `strict`."""
    token = PARSING.set(Parsing(strict, report_deviation))
    try:
        return parse(response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _invalid(response, error, body_of(response), f"the {response.status_code} body") from error
    finally:
        PARSING.reset(token)


def parse_line(response: httpx.Response, number: int, line: bytes, parse: Callable[[Any], T], strict: bool = True) -> T:
    """Line `number` of a streamed body of JSON objects, parsed into its model."""
    where = f"line {number} of the {response.status_code} body"
    try:
        data = loads(line)
    except ValueError as error:
        request = response.request
        message = f"{request.method} {request.url.path}: {where} is not JSON: {error}"
        body = line.decode(errors="replace")
        raise ResponseValidationError(message, response=response, body=body, model=None, field=None) from error
    token = PARSING.set(Parsing(strict, report_deviation))
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _invalid(response, error, data, where) from error
    finally:
        PARSING.reset(token)


def _invalid(response: httpx.Response, error: BaseException, body: Any, what: str) -> ResponseValidationError:
    model, field, problem = _describe(error)
    request = response.request
    where = f"{model}.{field}" if model and field else model or "the spec"
    return ResponseValidationError(
        f"{request.method} {request.url.path}: {what} does not match {where}: {problem}",
        response=response,
        body=body,
        model=model,
        field=field,
    )


def _describe(error: BaseException) -> tuple[str | None, str | None, str]:
    """The generated model that failed (the innermost), the field, and what went wrong: a model's
    from_dict and _all_fields, and the reader of each field (_tables.py's `read_field`, which holds the
    field's `key`), take the class as `cls`."""
    model = field = None
    frame = error.__traceback__
    while frame is not None:
        name = frame.tb_frame.f_code.co_name
        if name in ("from_dict", "_all_fields", "read_field"):
            values = frame.tb_frame.f_locals
            cls = values.get("cls")
            if isinstance(cls, type):
                model, field = cls.__name__, values.get("key") if name == "read_field" else None
        frame = frame.tb_next
    if isinstance(error, UnexpectedType):
        return model, error.field, str(error)
    if isinstance(error, KeyError) and error.args:
        return model, str(error.args[0]), f"the required field {error.args[0]!r} is missing"
    if isinstance(error, ValueError) and model is None:
        return model, field, "the body is not valid JSON"
    return model, field, f"{type(error).__name__}: {error}"
