"""The parts of `elevenlabs_client.testing`, the test server; import from there, not from here."""
