from __future__ import annotations

import json

from tools.convert import convert
from tools.reference import main as reference_main


def test_reference_fixture_for_a_chat_model(llama_checkpoint, tmp_path):
    pkg = tmp_path / "tiny-llama"
    convert(llama_checkpoint, pkg, quants=("fp32", "q4"), work_dir=tmp_path / "work", log=lambda *_: None)
    out = tmp_path / "fixtures" / "tiny-llama-reference.json"
    assert reference_main([str(pkg), "--out", str(out)]) == 0
    ref = json.loads(out.read_text(encoding="utf-8"))
    assert ref["variant"] == "q4" and ref["steps"] == 24
    chat = next(c for c in ref["cases"] if c["name"] == "chat-formatted")
    assert chat["text"].startswith("<|im_start|>") and chat["text"].endswith("<|im_start|>assistant\n")
    for case in ref["cases"]:
        assert len(case["greedy"]) == 24 and case["inputIds"][-len(case["ids"]):] == case["ids"]
    assert reference_main([str(tmp_path / "nothing"), "--out", str(out)]) == 1
