"""Re-quantizes a GGUF with llama.cpp's own quantizer (llama_model_quantize, as llama-quantize does),
through llama-cpp-python. Run with the Python that has llama_cpp (e.g. /tmp/llamavenv/bin/python):

    python bench/quantize_gguf.py IN.gguf OUT.gguf q4_0|q4_1|q8_0 [threads]
"""

import sys

import llama_cpp

FTYPES = {
    "q4_0": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0,
    "q4_1": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_1,
    "q8_0": llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0,
}


def main(src: str, dst: str, kind: str, threads: int = 2) -> int:
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = FTYPES[kind]
    params.nthread = threads
    rc = llama_cpp.llama_model_quantize(src.encode(), dst.encode(), params)
    print(f"{dst}: llama_model_quantize({kind}) returned {rc}")
    return int(rc != 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], *(int(a) for a in sys.argv[4:5])))
