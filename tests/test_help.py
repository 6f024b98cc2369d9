"""What `help()`, an IDE and tools that introspect signatures see: a readable UNSET, docstrings that list
every parameter, type hints that resolve on every public method and model; and a str naming a file, given
as an upload, refused with a hint rather than sent as text."""

from __future__ import annotations

import copy
import inspect
import pickle
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import elevenlabs_api.models
import pytest
from conftest import API_KEY, Driver
from elevenlabs_client import UNSET, AsyncElevenLabs, ElevenLabs, Unset
from elevenlabs_client.testing import FakeElevenLabs
from test_surface import method_of, spec_operations
from test_what_is_sent import model_classes


def test_unset_is_exported_falsy_and_one() -> None:
    assert repr(UNSET) == "UNSET" and not UNSET and isinstance(UNSET, Unset)
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    # A field the server left out reads as UNSET.
    assert elevenlabs_api.models.VoiceSettingsResponseModel.from_dict({}).stability is UNSET


def public_methods(client: Any) -> Iterator[tuple[str, Any]]:
    """Every operation method of `client`, its pagers, and what the overlay adds to groups."""
    seen: set[int] = set()
    for _, _, operation in spec_operations():
        method = method_of(client, operation)
        group = method.__self__
        if id(group) in seen:
            continue
        seen.add(id(group))
        for name, member in inspect.getmembers(type(group), inspect.isfunction):
            if not name.startswith("_"):
                yield f"{type(group).__name__}.{name}", getattr(group, name)
    for name, member in inspect.getmembers(type(client), inspect.isfunction):
        if not name.startswith("_"):
            yield f"{type(client).__name__}.{name}", getattr(client, name)


@pytest.fixture(scope="module", params=[ElevenLabs, AsyncElevenLabs], ids=["sync", "async"])
def methods(request: pytest.FixtureRequest) -> list[tuple[str, Any]]:
    client = request.param(api_key=API_KEY, base_url="http://127.0.0.1:9")
    return list(public_methods(client))


def test_signatures_read_plainly(methods: list[tuple[str, Any]]) -> None:
    assert len(methods) > 400
    unreadable = [name for name, method in methods if " object at 0x" in str(inspect.signature(method))]
    assert unreadable == []
    signature = str(inspect.signature(next(m for n, m in methods if n.endswith("TextToSpeech.convert"))))
    assert "model_id: 'str | Unset' = UNSET" in signature and len(signature) < 1500, signature


def test_type_hints_resolve_on_every_public_method(methods: list[tuple[str, Any]]) -> None:
    failed = []
    for name, method in methods:
        try:
            typing.get_type_hints(method)
        except Exception as error:  # noqa: BLE001 (each failure is listed, whatever it is)
            failed.append(f"{name}: {error!r}")
    assert failed == []
    get = next(method for name, method in methods if name.endswith("VoicesSettingsResource.get"))
    assert typing.get_type_hints(get)["return"] is elevenlabs_api.models.VoiceSettingsResponseModel


def test_type_hints_resolve_on_every_model() -> None:
    failed = []
    for cls in model_classes():
        try:
            typing.get_type_hints(cls)
        except Exception as error:  # noqa: BLE001
            failed.append(f"{cls.__name__}: {error!r}")
    assert failed == []


def test_every_docstring_lists_every_parameter(methods: list[tuple[str, Any]]) -> None:
    missing = []
    for name, method in methods:
        if name.split(".")[-1].startswith("iter_") or not method.__module__.startswith("elevenlabs_api.api."):
            continue  # pagers take **query, documented on the method they page; the overlay's are few and plain
        doc = inspect.getdoc(method) or ""
        for parameter in inspect.signature(method).parameters.values():
            if parameter.kind is not parameter.VAR_KEYWORD and f"    {parameter.name} (" not in doc:
                missing.append(f"{name}({parameter.name})")
    assert missing == []


def test_a_docstring_gives_types_allowed_values_and_the_server_default() -> None:
    doc = " ".join((inspect.getdoc(ElevenLabs(api_key=API_KEY).text_to_speech.convert) or "").split())
    assert " output_format (TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset): " in doc
    assert "mp3_44100_128, mp3_44100_192" in doc  # the allowed values
    assert "Defaults to 'eleven_multilingual_v2' on the server." in doc
    assert "Defaults to 'mp3_44100_128' on the server." in doc


@pytest.fixture
def audio(tmp_path: Path) -> Path:
    path = tmp_path / "take one.mp3"
    path.write_bytes(b"ID3 audio")
    return path


def test_a_str_naming_a_file_is_refused_with_a_hint(
    driver_class: type[Driver], fresh_server: FakeElevenLabs, audio: Path
) -> None:
    driver = driver_class(fresh_server.base_url)
    try:
        for given in (str(audio), ("take.mp3", str(audio))):
            with pytest.raises(ValueError, match=r"is the path of a file.*pass Path\('.*take one.mp3'\)"):
                driver.call(driver.client.speech_to_text.convert, file=given, model_id="scribe_v1")
        assert fresh_server.requests == []  # refused before anything was sent
        # A str that names no file keeps the official SDK's meaning: it is the content.
        driver.call(driver.client.speech_to_text.convert, file="not a path", model_id="scribe_v1")
        driver.call(driver.client.speech_to_text.convert, file=audio, model_id="scribe_v1")
        assert len(fresh_server.requests) == 2
    finally:
        driver.close()
