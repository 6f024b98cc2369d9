"""Voice agents in the official SDK's shape: `conversation` (Conversation, AsyncConversation, ClientTools,
ConversationInitiationData), `audio_interface` (AudioInterface, AsyncAudioInterface: what a conversation
records from and plays to) and `default_audio_interface` (the microphone and speaker, with the optional
`audio` extra: pip install "elevenlabs-client[audio]"). Nothing is loaded until one of them is imported:
no audio library, and websockets only once a session starts."""
