"""The vendor's WebSocket channels, one module each, generated from its AsyncAPI documents:
`multi_stream_input` (/v1/text-to-speech/{voice_id}/multi-stream-input),
`stream_input` (/v1/text-to-speech/{voice_id}/stream-input).
"""
