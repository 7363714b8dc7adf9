"""Greedy decoding with the KV cache, the same loop for onnxruntime and PyTorch, and mean NLL.

Both follow what the app's engine does: prefill the prompt once, then feed one token per step
with the cache (attention_mask grows by one, position_ids = its length - 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .decoder_graph import DecoderSpec


@dataclass(frozen=True)
class LogitRules:
    """What the app's sampler does to the logits before it chooses (src/engine/sampler.ts): the
    repetition penalty over the prompt and the answer, and no repeated run of `no_repeat_ngram`
    tokens within the answer. Greedy with these rules is the app's answer at temperature 0."""
    repetition_penalty: float = 1.0
    no_repeat_ngram: int = 0

    @classmethod
    def of(cls, sampling) -> "LogitRules":
        """The rules of a manifest's sampling defaults (tools.manifest.SamplingDefaults)."""
        return cls(sampling.repetition_penalty, sampling.no_repeat_ngram or 0)

    def choose(self, logits: np.ndarray, prompt: list[int], answer: list[int]) -> int:
        if self.repetition_penalty == 1 and self.no_repeat_ngram == 0:
            return int(np.argmax(logits))
        row = np.array(logits, dtype=np.float32)
        apply_repetition_penalty(row, set(prompt) | set(answer), self.repetition_penalty)
        ban_repeated_ngrams(row, answer, self.no_repeat_ngram)
        return int(np.argmax(row))


def apply_repetition_penalty(logits: np.ndarray, seen, penalty: float) -> None:
    """CTRL-style, as sampler.ts: positive logits of seen tokens divided, negative ones multiplied."""
    if penalty == 1:
        return
    ids = np.array(sorted(t for t in seen if t < len(logits)), dtype=np.int64)
    values = logits[ids]
    logits[ids] = np.where(values > 0, values / penalty, values * penalty)


def ban_repeated_ngrams(logits: np.ndarray, answer: list[int], size: int) -> None:
    """A token that would complete a run of `size` tokens the answer already holds gets -inf (as
    sampler.ts banRepeatedNgrams; pinned by src/engine/__fixtures__/no-repeat-ngram.json)."""
    n = len(answer)
    if size < 1 or n < size - 1:
        return
    tail = answer[n - (size - 1):] if size > 1 else []
    for k in range(n - size + 1):
        if answer[k:k + size - 1] == tail and answer[k + size - 1] < len(logits):
            logits[answer[k + size - 1]] = -np.inf


@dataclass
class GreedyRun:
    tokens: list[int]  # the argmax at each step (step 0 comes from the prefill)
    step_logits: list[np.ndarray] = field(repr=False)  # [vocab] per step
    prefill_logits: np.ndarray = field(repr=False)  # [prompt_len, vocab]

    def margins(self) -> list[float]:
        """Top-1 minus top-2 logit per step: how far each greedy choice is from a tie."""
        out = []
        for logits in self.step_logits:
            top2 = np.partition(logits, -2)[-2:]
            out.append(float(top2[1] - top2[0]))
        return out


class OrtDecoder:
    def __init__(self, path, spec: DecoderSpec, threads: int = 2):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL  # as onnxruntime-web
        opts.intra_op_num_threads = threads
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.spec = spec
        self.output_names = [o.name for o in self.session.get_outputs()]

    def empty_past(self, batch: int = 1) -> dict[str, np.ndarray]:
        shape = (batch, self.spec.num_kv_heads, 0, self.spec.head_dim)
        return {f"past_key_values.{i}.{kind}": np.zeros(shape, np.float32)
                for i in range(self.spec.num_layers) for kind in ("key", "value")}

    def forward(self, input_ids: np.ndarray, past: dict[str, np.ndarray], attention_mask: np.ndarray,
                position_ids: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        feeds = {"input_ids": input_ids.astype(np.int64), "attention_mask": attention_mask.astype(np.int64),
                 "position_ids": position_ids.astype(np.int64), **past}
        outputs = dict(zip(self.output_names, self.session.run(None, feeds)))
        present = {name.replace("present.", "past_key_values."): value
                   for name, value in outputs.items() if name.startswith("present.")}
        return outputs["logits"], present

    def greedy(self, prompt: list[int], steps: int, forced: list[int] | None = None) -> GreedyRun:
        """steps greedy tokens; with `forced`, feed those tokens instead (teacher forcing)."""
        n = len(prompt)
        logits, past = self.forward(np.array([prompt]), self.empty_past(), np.ones((1, n)), np.arange(n)[None])
        prefill = logits[0]
        step_logits, tokens = [prefill[-1]], [int(np.argmax(prefill[-1]))]
        for t in range(1, steps):
            fed = forced[t - 1] if forced is not None else tokens[-1]
            total = n + t
            logits, past = self.forward(np.array([[fed]]), past, np.ones((1, total)), np.array([[total - 1]]))
            step_logits.append(logits[0, -1])
            tokens.append(int(np.argmax(logits[0, -1])))
        return GreedyRun(tokens, step_logits, prefill)

    def mean_nll(self, ids: list[int]) -> float:
        n = len(ids)
        logits, _ = self.forward(np.array([ids]), self.empty_past(), np.ones((1, n)), np.arange(n)[None])
        return _mean_nll(logits[0], ids)


def _mean_nll(logits: np.ndarray, ids: list[int]) -> float:
    """Mean -log p(ids[i+1] | ids[:i+1]) over the text."""
    logits = logits[:-1].astype(np.float64)
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    targets = np.array(ids[1:])
    return float(-log_probs[np.arange(len(targets)), targets].mean())


def torch_greedy(model, prompt: list[int], steps: int) -> GreedyRun:
    import torch

    with torch.no_grad():
        out = model(torch.tensor([prompt]), use_cache=True)
        prefill = out.logits[0].float().numpy()
        past = out.past_key_values
        step_logits, tokens = [prefill[-1]], [int(np.argmax(prefill[-1]))]
        for t in range(1, steps):
            total = len(prompt) + t
            out = model(torch.tensor([[tokens[-1]]]), past_key_values=past, use_cache=True,
                        attention_mask=torch.ones((1, total), dtype=torch.long),
                        position_ids=torch.tensor([[total - 1]]))
            past = out.past_key_values
            step_logits.append(out.logits[0, -1].float().numpy())
            tokens.append(int(np.argmax(step_logits[-1])))
    return GreedyRun(tokens, step_logits, prefill)


def torch_mean_nll(model, ids: list[int]) -> float:
    import torch

    with torch.no_grad():
        logits = model(torch.tensor([ids])).logits[0].float().numpy()
    return _mean_nll(logits, ids)
