"""Verification of each ONNX variant, run by convert before anything is moved into place.

fp32 ONNX against PyTorch: max |delta logit| over every prompt position and greedy step, and the
same greedy tokens for GREEDY_STEPS steps. Quantized variants against the fp32 ONNX: greedy
agreement (teacher-forced along the fp32 tokens, so one flip does not cascade) and the mean NLL of
a fixed text. Thresholds and the reasons for them are in THRESHOLDS and tools/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .decoding import OrtDecoder, torch_greedy, torch_mean_nll
from .manifest import VariantVerification

GREEDY_STEPS = 32
FP32_MAX_LOGIT_DELTA = 1e-3

# Per quantization: (minimum greedy agreement, maximum NLL increase in nats/token).
# Calibrated on real and random-weight models (README.md, "Verification"): a wrong graph or a
# packing bug gives agreement near 0 and an NLL change of several nats, far beyond these.
THRESHOLDS: dict[str, tuple[float, float]] = {
    "int8": (0.90, 0.05),
    "q4": (0.50, 0.25),
}

# Fixed inputs: they cover ASCII, digits, punctuation, emoji and non-Latin script.
PROMPT_TEXTS = [
    "How much protein does an endurance athlete need per day?",
    "The quick brown fox jumps over the lazy dog.",
    "Intervals: 6 x 800 m in 2:45, rest 90 s; total 4.8 km.",
    "Восстановление после марафона 🏃‍♀️ занимает 2–3 недели. 回復には睡眠が大切です。",
]
NLL_TEXT = (
    "Recovery after hard training depends on sleep, nutrition and load management. Athletes who "
    "sleep less than seven hours a night recover more slowly and report more soreness. After a long "
    "run, eating carbohydrate and 20 to 30 grams of protein within two hours helps restore muscle "
    "glycogen and supports repair. Training load should rise gradually: a common rule is to increase "
    "weekly volume by no more than ten percent. Heart rate variability, resting heart rate and "
    "perceived exertion are simple signals that a session was too hard. Hydration matters too: lose "
    "more than two percent of body mass in sweat and performance drops, especially in the heat."
)


class VerificationError(Exception):
    pass


@dataclass
class Fp32Result:
    verification: VariantVerification
    reference_tokens: list[list[int]]  # fp32 ONNX greedy tokens per prompt
    reference_logits: list[list[np.ndarray]]  # fp32 ONNX logits per prompt and step
    min_margin: float  # smallest top-1/top-2 logit gap seen (near 0: a near-tie)


def verify_fp32(model, onnx_path, spec, prompts: list[list[int]], nll_ids: list[int]) -> Fp32Result:
    decoder = OrtDecoder(onnx_path, spec)
    max_delta, agree, total, margins, tokens, logits = 0.0, 0, 0, [], [], []
    problems = []
    for p, prompt in enumerate(prompts):
        ref = torch_greedy(model, prompt, GREEDY_STEPS)
        run = decoder.greedy(prompt, GREEDY_STEPS)
        max_delta = max(max_delta, float(np.abs(run.prefill_logits - ref.prefill_logits).max()))
        for step, (mine, theirs) in enumerate(zip(run.step_logits, ref.step_logits)):
            if run.tokens[:step] != ref.tokens[:step]:
                break  # past a divergence the inputs differ: deltas mean nothing
            max_delta = max(max_delta, float(np.abs(mine - theirs).max()))
        same = sum(a == b for a, b in zip(run.tokens, ref.tokens))
        agree, total = agree + same, total + GREEDY_STEPS
        if run.tokens != ref.tokens:
            first = next(i for i, (a, b) in enumerate(zip(run.tokens, ref.tokens)) if a != b)
            problems.append(f"prompt {p}: greedy tokens differ from PyTorch at step {first}")
        margins += ref.margins()
        tokens.append(run.tokens)
        logits.append(run.step_logits)
    torch_nll = torch_mean_nll(model, nll_ids)
    onnx_nll = decoder.mean_nll(nll_ids)
    if max_delta > FP32_MAX_LOGIT_DELTA:
        problems.append(f"max |delta logit| {max_delta:.3g} > {FP32_MAX_LOGIT_DELTA:g}")
    result = VariantVerification(
        greedy_steps=GREEDY_STEPS, greedy_agreement=agree / total, max_abs_logit_delta=max_delta,
        mean_nll=onnx_nll, reference_mean_nll=torch_nll,
    )
    if problems:
        raise VerificationError("fp32 ONNX does not match PyTorch: " + "; ".join(problems))
    return Fp32Result(result, tokens, logits, min(margins))


def verify_quantized(quantization: str, onnx_path, spec, prompts: list[list[int]], nll_ids: list[int],
                     reference: Fp32Result) -> tuple[VariantVerification, float]:
    """Returns the verification and the largest logit change against fp32 (for the report)."""
    decoder = OrtDecoder(onnx_path, spec)
    agree, total, max_change = 0, 0, 0.0
    for prompt, ref_tokens, ref_logits in zip(prompts, reference.reference_tokens, reference.reference_logits):
        run = decoder.greedy(prompt, GREEDY_STEPS, forced=ref_tokens)
        max_change = max(max_change, max(float(np.abs(a - b).max()) for a, b in zip(run.step_logits, ref_logits)))
        agree += sum(a == b for a, b in zip(run.tokens, ref_tokens))
        total += GREEDY_STEPS
    nll = decoder.mean_nll(nll_ids)
    result = VariantVerification(
        greedy_steps=GREEDY_STEPS, greedy_agreement=agree / total, max_abs_logit_delta=None,
        mean_nll=nll, reference_mean_nll=reference.verification.mean_nll,
    )
    min_agreement, max_nll_rise = THRESHOLDS[quantization]
    problems = []
    if result.greedy_agreement < min_agreement:
        problems.append(f"greedy agreement {result.greedy_agreement:.3f} < {min_agreement}")
    if nll - result.reference_mean_nll > max_nll_rise:
        problems.append(f"mean NLL {nll:.4f} exceeds fp32's {result.reference_mean_nll:.4f} by more than "
                        f"{max_nll_rise}")
    if not np.isfinite(nll):
        problems.append("mean NLL is not finite")
    if problems:
        raise VerificationError(f"{quantization} variant fails verification: " + "; ".join(problems))
    return result, max_change
