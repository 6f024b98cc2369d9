"""The vendor's WebSocket channels, one module each, generated from its AsyncAPI documents:
`conversation` (/v1/convai/conversation),
`multi_stream_input` (/v1/text-to-speech/{voice_id}/multi-stream-input),
`speech_to_text_realtime` (/v1/speech-to-text/realtime),
`stream_input` (/v1/text-to-speech/{voice_id}/stream-input).
"""
