"""The one error type of the tools: its message names the problem for the person running the tool."""


class ConvertError(Exception):
    """Bad input, a refused output folder, or a failed verification; the CLI prints it and exits 1."""
