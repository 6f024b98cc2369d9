"""`elevenlabs-client history export DIR` end to end, against the fake server over loopback.

Most runs call the command's `main` in this process (it reads the key and the server from the
environment, as a user's shell gives them); killing and interrupting it run it as a subprocess.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from elevenlabs_client import ElevenLabs
from elevenlabs_client.cli import main
from elevenlabs_client.testing import FakeElevenLabs, Fault

KEY = "cli-test-key"
AUDIO = 6000  # bytes per item: several chunks of the server's 2 KiB, small enough to keep tests fast


@pytest.fixture
def server() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=40, conversations=1, api_key=KEY, audio_size=AUDIO, chunk_size=2048) as fake:
        yield fake


@pytest.fixture
def env(server: FakeElevenLabs, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
    return {**os.environ, "ELEVENLABS_API_KEY": KEY, "ELEVENLABS_BASE_URL": server.base_url}


def export(directory: Path, *options: str) -> int:
    return main(["history", "export", str(directory), *options])


def records(directory: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (directory / "metadata.jsonl").read_text().splitlines()]


def expected_sha(server: FakeElevenLabs, item_id: str, output_format: str | None = None) -> str:
    return hashlib.sha256(b"".join(server.audio_chunks(item_id, output_format))).hexdigest()


def audio_requests(server: FakeElevenLabs) -> list[str]:
    """The ids whose audio was asked for, in order."""
    return [r.path.split("/")[3] for r in server.requests if r.path.endswith("/audio")]


def assert_complete(server: FakeElevenLabs, directory: Path, ids: list[str] | None = None) -> None:
    """Every item is on disk under its recorded name, byte-exact, and nothing unfinished is left."""
    wanted = ids if ids is not None else [item["history_item_id"] for item in server.history]
    by_id = {str(record["id"]): record for record in records(directory)}
    assert sorted(by_id) == sorted(wanted)
    for item_id, record in by_id.items():
        data = (directory / str(record["file"])).read_bytes()
        assert len(data) == record["bytes"]
        assert hashlib.sha256(data).hexdigest() == record["sha256"] == expected_sha(server, item_id)
    assert not [p.name for p in directory.iterdir() if p.name.endswith(".part")]


def test_full_export_is_byte_exact_and_names_say_what_is_inside(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export"
    assert export(out, "--concurrency", "3") == 0
    assert_complete(server, out)
    item = server.history[0]
    record = next(r for r in records(out) if r["id"] == item["history_item_id"])
    assert record["text"] == item["text"] and record["voice_name"] == item["voice_name"]
    assert record["model_id"] == item["model_id"] and record["source"] == item["source"]
    assert record["characters"] == item["character_count_change_to"] - item["character_count_change_from"]
    name = str(record["file"])
    assert name.endswith(f"_{item['history_item_id']}.mp3") and name[:10] == str(record["date"])[:10]
    assert str(item["voice_name"]).lower() in name
    assert f"Exported 40 items ({40 * AUDIO / 1024:.1f} KiB)" in capsys.readouterr().out


def test_wav_format_downloads_converted_audio(server: FakeElevenLabs, env: dict[str, str], tmp_path: Path) -> None:
    assert export(tmp_path, "--format", "wav", "--search", "lighthouse") == 0
    exported = records(tmp_path)
    assert exported
    for record in exported:
        assert str(record["file"]).endswith(".wav") and record["format"] == "wav"
        assert record["sha256"] == expected_sha(server, str(record["id"]), "wav")
    assert {r.path for r in server.requests if r.method == "POST"} == {"/v1/history/download"}


@pytest.mark.parametrize(
    ("options", "query"),
    [
        (["--source", "STS"], {"source": "STS"}),
        (["--search", "lighthouse", "--sort", "asc"], {"search": "lighthouse", "sort_direction": "asc"}),
        (["--voice-id", "21m00Tcm4TlvDq8ikWAM"], {"voice_id": "21m00Tcm4TlvDq8ikWAM"}),
        (["--model-id", "eleven_multilingual_v2"], {"model_id": "eleven_multilingual_v2"}),
    ],
)
def test_filters_select_what_history_list_selects(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, options: list[str], query: dict[str, str]
) -> None:
    assert export(tmp_path, *options) == 0
    with ElevenLabs(api_key=KEY, base_url=server.base_url) as client:
        wanted = [item.history_item_id for item in client.history.iter_all(**query)]  # type: ignore[arg-type]
    assert 0 < len(wanted) < 40
    assert_complete(server, tmp_path, wanted)
    listing = [r for r in server.requests if r.path == "/v1/history"]
    assert all(r.query.items() >= query.items() for r in listing)


def test_date_filters(server: FakeElevenLabs, env: dict[str, str], tmp_path: Path) -> None:
    dates = sorted(item["date_unix"] for item in server.history)
    after, before = dates[10], dates[20]
    assert (
        export(tmp_path, "--after", str(after), "--before", time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(before)))
        == 0
    )
    wanted = [item["history_item_id"] for item in server.history if after <= item["date_unix"] < before]
    assert len(wanted) == 10
    assert_complete(server, tmp_path, wanted)


def test_rerun_fetches_only_what_is_missing_or_does_not_match(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path
) -> None:
    assert export(tmp_path) == 0
    by_id = {str(r["id"]): tmp_path / str(r["file"]) for r in records(tmp_path)}
    deleted, truncated, flipped, untouched = list(by_id)[:4]
    by_id[deleted].unlink()
    with open(by_id[truncated], "r+b") as audio:
        audio.truncate(100)
    data = bytearray(by_id[flipped].read_bytes())
    data[-1] ^= 0xFF  # same size, other content: only the checksum tells
    by_id[flipped].write_bytes(bytes(data))
    leftover = tmp_path / f".{by_id[untouched].name}.0123456789abcdef.part"
    leftover.write_bytes(b"half")
    with open(tmp_path / "metadata.jsonl", "a") as metadata:
        metadata.write('{"id": "torn by a kill')  # a line cut short
    server.requests.clear()

    assert export(tmp_path) == 0
    assert sorted(audio_requests(server)) == sorted([deleted, truncated, flipped])
    assert not leftover.exists()
    assert_complete(server, tmp_path)
    assert len(records(tmp_path)) == 40  # rewritten whole: no torn line, no id twice


def test_failing_items_are_reported_and_the_rest_is_exported(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [item["history_item_id"] for item in server.history]
    flaky, cut, missing, broken = ids[2], ids[5], ids[7], ids[9]
    server.add_fault(Fault(path=f"/v1/history/{flaky}/audio", status=503, times=1))
    server.add_fault(Fault(path=f"/v1/history/{cut}/audio", cut_after=3000, times=1))
    server.add_fault(Fault(path=f"/v1/history/{missing}/audio", status=404, times=None, json_body={"detail": "gone"}))
    server.add_fault(Fault(path=f"/v1/history/{broken}/audio", status=500, times=None))

    assert export(tmp_path, "--retries", "1") == 1
    assert_complete(server, tmp_path, [i for i in ids if i not in (missing, broken)])
    assert audio_requests(server).count(missing) == 1  # a 404 is not retried
    assert audio_requests(server).count(broken) == 2  # a 500 is, --retries times
    output = capsys.readouterr()
    assert "2 failed:" in output.out
    assert f"{missing}: GET /v1/history/{missing}/audio returned 404" in output.out
    assert f"{broken}: GET /v1/history/{broken}/audio returned 500" in output.out
    assert "Run the same command again" in output.out
    assert "Traceback" not in output.err

    server.clear_faults()
    server.requests.clear()
    assert export(tmp_path) == 0
    assert sorted(audio_requests(server)) == sorted([missing, broken])
    assert_complete(server, tmp_path)


def test_odd_items_in_the_listing_fail_alone_and_the_rest_is_exported(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ElevenLabs(api_key=KEY, base_url=server.base_url) as client:
        listed = [item.to_dict() for item in client.history.iter_all()]  # in the order the export pages them
    ids = [str(item["history_item_id"]) for item in listed]
    odd_fields, no_id, far_date = dict(listed[1]), dict(listed[2]), dict(listed[3])
    # Fields the lenient parser keeps as they came: the id is fine, so these are still exported.
    odd_fields.update(date_unix="yesterday", voice_name=7, text={"not": "text"}, dialogue="x")
    far_date["date_unix"] = 10**20  # beyond what datetime can hold
    del no_id["history_item_id"]  # nothing to ask its audio by
    first = [listed[0], odd_fields, no_id, far_date]
    # An entry that is not an object at all makes the client keep the whole array as raw JSON.
    second = [listed[4], "not an item", None, listed[5]]
    for page, last in ((first, ids[3]), (second, ids[5])):
        body = {"history": page, "has_more": True, "last_history_item_id": last}
        server.add_fault(Fault(path="/v1/history", status=200, json_body=body))

    assert export(tmp_path, "--concurrency", "3") == 1
    exported = [i for i in ids if i != ids[2]]
    assert_complete(server, tmp_path, exported)
    by_id = {str(r["id"]): r for r in records(tmp_path)}
    for item_id in (ids[1], ids[3]):
        assert str(by_id[item_id]["file"]).startswith("no-date_") and by_id[item_id]["date"] is None
    # A voice name that is not text gives way to the voice id; a text that is not text to "no-text".
    assert f"_{str(listed[1]['voice_id']).lower()}_no-text_" in str(by_id[ids[1]]["file"])
    output = capsys.readouterr()
    assert "3 failed:" in output.out and "Traceback" not in output.err and "internal error" not in output.out
    assert output.out.count("no usable history_item_id") == 3

    server.requests.clear()
    assert export(tmp_path) == 0  # the listing is whole again: only the item it could not name is fetched
    assert audio_requests(server) == [ids[2]]
    assert_complete(server, tmp_path)


def test_a_429_pauses_every_worker(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    limited = server.history[3]["history_item_id"]
    server.add_fault(Fault(path=f"/v1/history/{limited}/audio", status=429, headers={"retry-after": "1"}, times=1))
    server.add_fault(Fault(path="/v1/history/*", delay=0.02, times=None))  # downloads take a moment each
    seen: list[tuple[float, int]] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.append((time.monotonic(), len(server.requests)))
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        assert export(tmp_path, "--concurrency", "4") == 0
    finally:
        done.set()
        watcher.join()
    assert_complete(server, tmp_path)
    position = next(k for k, r in enumerate(server.requests) if r.status == 429)
    at_429 = next(t for t, count in seen if count > position)
    count_at = {round(t - at_429, 2): count for t, count in seen}
    early = max(c for dt, c in count_at.items() if dt <= 0.2)
    late = max(c for dt, c in count_at.items() if dt <= 0.85)
    # Workers busy when the 429 came may finish their request; none starts another until the second is over.
    assert late == early, "requests were sent while the server had asked to wait"
    assert "rate limited (429): every request paused for 1.0 s" in capsys.readouterr().err


def test_when_nothing_gets_through_any_more_the_export_stops(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add_fault(Fault(path="/v1/history/*", cut_after=100, times=None))  # every body breaks off
    assert export(tmp_path, "--retries", "0", "--concurrency", "2") == 1
    assert "Stopped: 5 items in a row got no complete answer" in capsys.readouterr().out
    assert len(audio_requests(server)) <= 7
    assert not [p for p in tmp_path.iterdir() if p.name != "metadata.jsonl"]


def test_a_storm_of_429s_slows_the_export_but_fails_nothing(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path
) -> None:
    server.add_fault(Fault(path="/v1/history/*", status=429, headers={"retry-after": "0.1"}, times=25))
    started = time.monotonic()
    assert export(tmp_path, "--concurrency", "8", "--quiet") == 0
    assert_complete(server, tmp_path)
    assert sum(r.status == 429 for r in server.requests) == 25
    assert time.monotonic() - started >= 0.3  # paused at least a few times rather than hammering on


def test_a_401_stops_everything_with_one_clear_line(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    revoked = server.history[4]["history_item_id"]
    server.add_fault(Fault(path=f"/v1/history/{revoked}/audio", status=401, times=None))
    server.add_fault(Fault(path="/v1/history/*", delay=0.02, times=None))
    assert export(tmp_path, "--concurrency", "2") == 1
    output = capsys.readouterr()
    assert "Stopped: the API key was refused (401)" in output.out
    assert "Traceback" not in output.err and KEY not in output.out + output.err
    assert len(audio_requests(server)) <= 8  # it did not go on with the other 35
    assert len(records(tmp_path)) == len({str(r["id"]) for r in records(tmp_path)}) < 8
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_dry_run_counts_and_sizes_and_writes_nothing(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(tmp_path / "new", "--dry-run") == 0
    assert not (tmp_path / "new").exists()
    assert f"Dry run: 40 items to fetch ({40 * AUDIO / 1024:.1f} KiB)" in capsys.readouterr().out

    assert export(tmp_path / "half", "--search", "lighthouse", "--quiet") == 0
    half = len(records(tmp_path / "half"))
    before = (tmp_path / "half" / "metadata.jsonl").read_bytes()
    assert export(tmp_path / "half", "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"Dry run: {40 - half} items to fetch ({(40 - half) * AUDIO / 1024:.1f} KiB)" in out
    assert f"{half} already in {tmp_path / 'half'} and verified" in out
    assert (tmp_path / "half" / "metadata.jsonl").read_bytes() == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--after", "yesterday"], "'yesterday' is not a date"),
        (["--concurrency", "0"], "'0' is not a whole number from 1 to 32"),
        (["--source", "radio"], "invalid choice: 'radio'"),
        (["--api-key-file", "/nonexistent/key"], "cannot read the API key from /nonexistent/key"),
        (["--after", "2026-02-01", "--before", "2026-01-01"], "--after must be earlier than --before"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    try:
        status = export(tmp_path / "out", *options)
    except SystemExit as exit:  # argparse's own errors
        status = int(str(exit.code))
    err = capsys.readouterr().err
    assert status == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_missing_key_and_a_file_for_dir(
    env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("x")
    assert export(tmp_path / "file") == 2
    assert "exists and is not a folder" in capsys.readouterr().err
    monkeypatch.delenv("ELEVENLABS_API_KEY")
    assert export(tmp_path / "out") == 2
    assert "no API key: set ELEVENLABS_API_KEY or pass --api-key-file PATH" in capsys.readouterr().err


def test_a_wrong_key_or_a_malformed_one(
    server: FakeElevenLabs,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", "sk-wrong")
    assert export(tmp_path) == 1
    output = capsys.readouterr()
    assert "Stopped: the API key was refused (401)" in output.out and "sk-wrong" not in output.out + output.err
    monkeypatch.setenv("ELEVENLABS_API_KEY", "sk-caf\u00e9")
    assert export(tmp_path) == 2
    err = capsys.readouterr().err
    assert "the API key has spaces, line breaks or non-ASCII characters" in err and "caf" not in err


def test_key_from_a_file_is_used_and_never_printed(
    server: FakeElevenLabs,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", "not-this-one")
    (tmp_path / "key").write_text(KEY + "\n")
    server.add_fault(Fault(path="/v1/history/*", status=500, times=None))
    assert export(tmp_path / "out", "--api-key-file", str(tmp_path / "key"), "--retries", "0") == 1
    output = capsys.readouterr()
    assert "40 failed" in output.out and KEY not in output.out + output.err


def test_progress_lines_on_a_pipe_and_quiet(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add_fault(Fault(path="/v1/history/*", delay=0.05, times=None))
    assert export(tmp_path / "a", "--progress-every", "0.1", "--concurrency", "2") == 0
    err = capsys.readouterr().err
    assert "/40 items (" in err and "fetched" in err
    assert export(tmp_path / "b", "--quiet") == 0
    assert capsys.readouterr().err == ""


def test_plain_progress_ends_with_one_final_line(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(tmp_path, "--progress-every", "3600") == 0  # no periodic line comes in time
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("40/40 items (40 fetched, 0 skipped, 0 failed), ")


def test_a_bar_on_a_terminal(server: FakeElevenLabs, env: dict[str, str], tmp_path: Path) -> None:
    import pty

    server.add_fault(Fault(path="/v1/history/*", delay=0.02, times=None))
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "elevenlabs_client.cli", "history", "export", str(tmp_path)]
    process = subprocess.Popen(
        command, env={**env, "COLUMNS": "120"}, stdout=subprocess.PIPE, stderr=terminal, text=True
    )
    os.close(terminal)
    drawn = b""
    while True:
        try:
            data = os.read(controller, 65536)
        except OSError:  # the other end closed
            break
        if not data:
            break
        drawn += data
    out, _ = process.communicate(timeout=20)
    os.close(controller)
    assert process.returncode == 0 and "Exported 40 items" in out
    screen = drawn.decode(errors="replace")
    assert "\x1b[" in screen and "exporting" in screen and "40/40" in screen and "items" in screen
    assert "/s" in screen  # the rate


# Subprocesses: kill -9 and Ctrl-C --------------------------------------------------------------------


def start(directory: Path, env: dict[str, str], *options: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "elevenlabs_client.cli", "history", "export", str(directory), *options]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not callable(condition) or not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_after_kill_9_a_rerun_fetches_only_the_rest(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path
) -> None:
    server.add_fault(Fault(path="/v1/history/*", delay=0.05, times=None))
    process = start(tmp_path, env, "--concurrency", "2", "--quiet")
    metadata = tmp_path / "metadata.jsonl"
    wait_until(lambda: metadata.exists() and metadata.read_text().count("\n") >= 6)
    process.kill()
    process.wait()
    kept = {str(r["id"]) for r in records(tmp_path)}
    assert 6 <= len(kept) < 40
    server.clear_faults()
    server.requests.clear()

    assert export(tmp_path, "--quiet") == 0
    fetched = audio_requests(server)
    assert not kept & set(fetched)
    assert len(fetched) == 40 - len(kept)
    assert_complete(server, tmp_path)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_stops_quickly_and_leaves_no_temp_file(
    server: FakeElevenLabs, env: dict[str, str], tmp_path: Path, signum: int, status: int
) -> None:
    server.add_fault(Fault(path="/v1/history/*", delay=0.3, times=None))  # a temp file is open while it waits
    process = start(tmp_path, env, "--concurrency", "4")
    wait_until(lambda: (tmp_path / "metadata.jsonl").exists() and any(p.suffix == ".part" for p in tmp_path.iterdir()))
    process.send_signal(signum)
    started = time.monotonic()
    out, err = process.communicate(timeout=10)
    assert time.monotonic() - started < 2
    assert process.returncode == status
    assert "Interrupted after" in out and "Run the same command again to resume" in out
    assert "Traceback" not in err
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    for record in records(tmp_path):  # every line whole, every recorded file as recorded
        assert hashlib.sha256((tmp_path / str(record["file"])).read_bytes()).hexdigest() == record["sha256"]


def test_help_reads_like_a_tool(env: dict[str, str]) -> None:
    top = subprocess.run(
        [sys.executable, "-m", "elevenlabs_client.cli", "--help"], env=env, capture_output=True, text=True, check=True
    )
    assert "usage: elevenlabs-client" in top.stdout and "history" in top.stdout
    export_help = subprocess.run(
        [sys.executable, "-m", "elevenlabs_client.cli", "history", "export", "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    for option in (
        "--voice-id",
        "--after",
        "--concurrency",
        "--format",
        "--dry-run",
        "--api-key-file",
        "metadata.jsonl",
    ):
        assert option in export_help.stdout
    assert "--progress-every" not in export_help.stdout
    bare = subprocess.run(
        [sys.executable, "-m", "elevenlabs_client.cli"], env=env, capture_output=True, text=True, check=False
    )
    assert bare.returncode == 2 and "history" in bare.stderr
