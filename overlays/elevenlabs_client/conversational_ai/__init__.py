"""Voice agents in the official SDK's shape: `conversation` (Conversation and its client tools),
`audio_interface` (what a conversation records from and plays to) and `default_audio_interface`
(the microphone and speaker, with the optional `audio` extra: pip install "elevenlabs-client[audio]").
Importing this package needs no audio library."""
