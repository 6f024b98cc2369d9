"""A fake ElevenLabs API on loopback, for tests that want real HTTP without an API key.

    from elevenlabs_client.testing import FakeElevenLabs, Fault

    with FakeElevenLabs(history_items=2345, conversations=120, api_key="test-key") as server:
        client = ...  # point it at server.base_url, send server.api_key as xi-api-key
        server.add_fault(Fault(path="/v1/history/abc/audio", cut_after=1000))

It answers every operation of the spec: history and conversations from generated data, statefully
(`_testing/`; the conversations follow the script in `_testing/conversation.json`), and every other
operation from the spec itself (`_spec_routes.py`: each request checked against the spec with
openapi-core, refused with the vendor's 422 naming the field, else answered with a deterministic body
of the declared shape, the spec's own example where one fits the schema). On top of that, with no code
per operation (`_testing/_served.py`): resources found by a rule on the paths keep state
(`_families.py`, `_resources.py`), every paging operation serves a finite collection as its
`x-pagination` says (`_pages.py`), and answers carry the vendor's headers (`_headers.py`). The data is built from
indexes through hashes, so the same arguments give the same items on every run and machine; audio is
a hash-seeded byte pattern generated chunk by chunk, never held whole in memory.

Behaviour worth knowing when writing tests against it:

* Every route needs the `xi-api-key` header, else 401; an unknown path is 404 `{"detail": "Not Found"}`
  and a known path with another method is 405 `{"detail": "Method Not Allowed"}`, as FastAPI answers.
* Query errors are 422 in FastAPI's shape, all errors of a request at once.
* GET /v1/history: `date_before_unix` is exclusive, `date_after_unix` inclusive; `search` is a
  case-insensitive substring of `text`; `start_after_history_item_id` may name an item that the filters
  exclude or that was deleted since (its date is remembered), an id never served is a 422.
* GET /v1/convai/conversations: `call_start_before_unix` is exclusive and `call_start_after_unix`
  inclusive, like the history dates. `summary_mode` defaults to `exclude`, which sends
  `transcript_summary: null`; with `include` the summaries equal those in `server.conversations`.
  The cursor is urlsafe base64 of the last conversation's start time and id; a bad one is a 422.
* POST /v1/history/download: ids are de-duplicated in order; one distinct id answers that item's audio,
  several a zip (`<id>.mp3`, or `<id>.wav` for output_format "wav") sent with chunked transfer encoding.
  The "wav" audio is a 44-byte RIFF header followed by the same bytes as the MP3.

Realtime text to speech (WebSockets) is served on the same port: a GET with `Upgrade: websocket` on
`/v1/text-to-speech/{voice_id}/stream-input` or `.../multi-stream-input`, i.e.
`ws://127.0.0.1:<port>/v1/text-to-speech/<any voice id>/stream-input` (`_testing/_realtime*.py`). It speaks
every channel of the normalized document's `x-realtime` that it has a script for (the AsyncAPI documents
as the normalizer rewrote them; the spec that ships in the generated package, `elevenlabs_api/openapi.json.gz`):
text to speech, realtime speech to text and the agents channel (below). A text to speech channel without
contexts is answered as stream-input is, one whose `x-realtime` entry names a context field as
multi-stream-input is.

* The handshake needs the `xi-api-key` header (else 401, as HTTP; the key in the first message or the
  `authorization` query parameter is not accepted). The channel's declared query parameters are read as
  the vendor's FastAPI app reads a query: a bad value (`sync_alignment=maybe`, `seed=-1`, an unknown
  `output_format`, `inactivity_timeout` over the 180 s its description allows) refuses the handshake with
  a 422 in FastAPI's shape; unknown parameters are ignored. Any voice id is accepted.
* Each client message is checked against the channel's message schemas in the normalized document with
  openapi-schema-validator's OAS 3.1 validator, as HTTP bodies are (Fern's `literal<" ">` is a constant
  there): it must fit one of the messages the channel declares, and each field it carries must fit a
  declaration of that field by one of them (so that `{"text": 5}` does not pass as a CloseSocket, which
  declares one optional field). On a channel without contexts the first message must be its first
  message, InitializeConnection, `{"text": " ", ...}`. Top-level nulls count as absent, as the official
  SDK sends `voice_settings: null`.
  A bad one, or one that is not JSON, gets the vendor's `{"message": "Could not parse input message, ...
  (<JSON pointer>: <what is wrong>)", "error": "invalid_input_message", "code": 1008}` and a close with
  1008 whose reason is the message cut to 123 bytes.
* Text is buffered per context and generated, all that is buffered at once, when it reaches the next step
  of generation_config's `chunk_length_schedule` (default [120, 160, 250, 290]), on `flush`, on
  `try_trigger_generation` with 50 characters or more, on every text with `auto_mode=true`, and when
  the text ends (`""` on stream-input, `close_socket` on multi-stream-input). Each generation is one
  audio message, `server.realtime_delay` seconds after the text that triggered it, in order; its audio
  is `server.realtime_audio(voice_id, text, output_format)` (50 ms a character at the format's bit rate,
  a hash-seeded pattern), with `alignment` and `normalizedAlignment` (`chars`, `charStartTimesMs`,
  `charsDurationsMs`; the normalized text has runs of whitespace as one space) when `sync_alignment=true`.
* stream-input: audio messages carry `"isFinal": false`; after the closing `{"text": ""}` the rest of the
  audio, then `{"isFinal": true}`, then a 1000 close.
* multi-stream-input: `context_id` (or `contextId`, as the server spells it; both names come from
  `x-realtime`'s `context`) names the context; the first message for an unknown id opens it (`" "` only
  opens it). Audio carries `contextId` and `"is_final": false`. `close_context`
  drops the context's unflushed text and sends its final message, `{"isFinal": true, "is_final": true,
  "contextId": ...}` (the document's FinalOutputMulti requires `isFinal`, its example and its
  WebsocketTTSServerMessageMulti say `is_final`: both are sent). `{"text": "", "context_id": ...}` is a
  keep-alive. `close_socket` generates what every context still holds, sends each final, and closes 1000.
* `inactivity_timeout` (default 20 s): on stream-input a connection that hears nothing for that long
  gets the vendor's `input_timeout_exceeded` error message and a 1008 close; on multi-stream-input each
  context that hears nothing for that long is closed with its final message, and the connection times
  out like stream-input only once no context is left.
* The server never waits in a write: it keeps reading while audio waits for a client that stopped
  reading, and makes no more audio while 1 MB is unsent, so a client's close behind a flood of text is
  still read (and recorded).
* Realtime speech to text, `/v1/speech-to-text/realtime` (`_testing/_realtime_transcription.py`): the
  handshake needs `model_id` (else FastAPI's 422, as for any required parameter the channel declares);
  the session opens with `session_started` and the config it runs with (keyterms as repeated in the URL).
  Each `input_audio_chunk` is checked as above, then its base64 audio, its `sample_rate` (the
  audio_format's) and `previous_text` (first chunk only); a bad one gets
  `{"message_type": "input_error", "error": ...}` after the answers to the chunks before it, and a 1008
  close. The fake hears one word per 0.1 s of a segment's audio that is not all silent samples (0 in
  PCM, 0xFF or 0x7F in mu-law): `TRANSCRIPT_WORDS[its first byte % 12]`. Each chunk with audio gets a
  `partial_transcript` of the segment so far; `commit: true` (either strategy), or with
  `commit_strategy=vad` a run of `vad_silence_threshold_secs` of silent samples after speech, commits it:
  `committed_transcript`, and with `include_timestamps=true` `committed_transcript_with_timestamps`
  (each word's start and end in seconds from the session's start, by its byte offset at the format's
  sample rate; `language_code` as given, or "en" with `include_language_detection=true`).
  SocketFaults count these transcripts as audio messages and send their errors as
  `{"message_type": error, "error": message}`; a silent connection gets `insufficient_audio_activity`.

The agents channel, `/v1/convai/conversation?agent_id=<any id>`, is a scripted agent
(`_testing/_realtime_agent.py`, its lines in `_testing/agent.json`), with the same handshake and the
same checks of each client message (the first must be `conversation_initiation_client_data`; the
agents document defines no error message, so a bad one gets text to speech's error message and 1008
close). Every message it sends fits the channel's schemas:

* After the first message: `conversation_initiation_metadata` (a `conv_` id, the same for the same
  agent id and connection number on every run; pcm_16000 both ways), then the greeting, or
  `conversation_config_override.agent.first_message` when given ("" for none).
* Each agent line is an `agent_response`, then one `audio` message under a new `event_id`: the audio is
  `server.realtime_audio(agent_id, line, "pcm_16000")`, with its `alignment`.
* A user turn is a `user_message`, or `user_audio_chunk`s with sound in them followed by a silent one
  (all zero bytes), which gets a `user_transcript` (agent.json's, "What is the weather like in
  Paris?") first. The turn's text picks a scene of agent.json, else the agent says "You said: <text>".
  "Are you still there?": a `ping` (ping_ms 42), and after its `pong` with the ping's event_id, a line.
  "What is the weather like in Paris?": a `client_tool_call` (get_weather, call_weather_1, city Paris),
  and after its `client_tool_result`, "The weather tool says: <result>" ("failed" when is_error).
  "Tell me a long story.": a line, an `interruption` with that line's event_id, and an
  `agent_response_correction` of it. Until the awaited pong or result arrives, the agent says nothing
  more (later turns wait their turn).
* `contextual_update`, `user_activity`, `feedback` and `multimodal_message` are checked and recorded
  only; the connection never idles out.
* `server.sockets[-1].agent` (an AgentRecord) holds the conversation id, each pong's event_id and each
  client tool result (`tool_call_id`, `result`, `is_error`).
* `GET /v1/convai/conversation/get-signed-url?agent_id=...` answers a `ws://` URL to this server whose
  `conversation_signature` is a token it issued for that agent: a conversation opened with it needs no
  API key; one with a token it did not issue is refused with 401.

`SocketFault`s (armed with the same `add_fault`; pass `path="/v1/convai/conversation"` for the agents channel) refuse a handshake with a status (the vendor's JSON
body), or, once N audio messages were sent, send an error message and close, close with a code, drop the
TCP connection or stall. `server.sockets` records each connection (`RecordedSocket`: path, query,
headers, every client message decoded, every message sent, the close sent; its repr hides the key); an
open connection counts as an answer in progress for `wait_for_idle()`.

Faults (see `Fault`) replace, slow down or cut the answer to matching requests. `server.requests`
records every request, faulted ones included, before it is answered; each record's `status` and
`bytes_sent` follow the answer, and `server.wait_for_idle()` waits until no answer is in progress.

Speech Engine runs the other way: ElevenLabs connects to your server. `SpeechEngineCaller(api_key=...)`
plays ElevenLabs' side (`_testing/_speech_engine.py`): `async with caller.connect("ws://127.0.0.1:<port>/")
as call:` opens a connection with a token signed for the key (or `token=None`, or a wrong one from
`caller.token(api_key=..., lifetime=-120, not_before=..., issuer=..., subject=..., algorithm=...)`; a
refused handshake raises `SpeechEngineRefused` with its status); `await call.init()`, `await call.say(text)`
(a `user_transcript` with the whole conversation under the next event_id; the reply's text once final),
`say(text, wait=False)` then `reply(chunks=n)` to interrupt a reply mid-stream with the next `say`,
`ping()`, `close()`, `hang_up()`; `call.received` records every message your server sent. Async only,
as the Speech Engine server is. It needs PyJWT (the testing extra has it).

`python -m elevenlabs_client.testing [--port N]` runs a server in the foreground for a demo.
"""

from __future__ import annotations

import argparse
import time

from ._testing._fake import FakeElevenLabs
from ._testing._faults import Fault, RecordedRequest, RecordedSocket, SocketFault
from ._testing._speech_engine import SpeechEngineCall, SpeechEngineCaller, SpeechEngineRefused

__all__ = [
    "FakeElevenLabs",
    "Fault",
    "RecordedRequest",
    "RecordedSocket",
    "SocketFault",
    "SpeechEngineCall",
    "SpeechEngineCaller",
    "SpeechEngineRefused",
]

# The classes are defined in private modules; they say they live here, where users import them from.
for _public in (
    FakeElevenLabs,
    Fault,
    RecordedRequest,
    RecordedSocket,
    SocketFault,
    SpeechEngineCall,
    SpeechEngineCaller,
    SpeechEngineRefused,
):
    _public.__module__ = "elevenlabs_client.testing"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m elevenlabs_client.testing", description="Run the fake ElevenLabs API in the foreground."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--api-key", default="test-key")
    parser.add_argument("--history-items", type=int, default=250)
    parser.add_argument("--conversations", type=int, default=75)
    parser.add_argument("--history-id", action="append", default=[], help="an id for the next-newest item (repeatable)")
    parser.add_argument("--collection-size", type=int, default=25, help="items of each other collection")
    args = parser.parse_args(argv)
    fake = FakeElevenLabs(
        history_items=args.history_items,
        conversations=args.conversations,
        api_key=args.api_key,
        port=args.port,
        history_ids=args.history_id,
        collection_size=args.collection_size,
    )
    with fake as server:
        print(f"Fake ElevenLabs API at {server.base_url}", flush=True)
        print(f"API key (xi-api-key header): {server.api_key}", flush=True)
        print(
            f"Realtime: {server.base_url.replace('http', 'ws', 1)}/v1/text-to-speech/<voice_id>/stream-input",
            flush=True,
        )
        print("Press Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
