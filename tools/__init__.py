"""Pocket Coach model tools: checkpoint or GGUF -> verified, quantized ONNX model package."""

TOOL_NAME = "pocket-coach-tools"
TOOL_VERSION = "0.1.0"
