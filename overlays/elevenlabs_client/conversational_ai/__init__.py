"""Agents, in the official SDK's shape: `conversation` (Conversation, AsyncConversation, ClientTools,
ConversationInitiationData) and `audio_interface` (AudioInterface, AsyncAudioInterface). Nothing is
loaded until one of them is imported: websockets only once a session starts."""
