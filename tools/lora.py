"""LoRA adapters for tools.finetune, optionally trained through the q4 quantizer.

LoRALinear adds scale * B @ A to a frozen linear layer; merge_lora folds it back, so the saved
checkpoint has the base architecture. With q4_aware, the forward pass uses the merged weight
rounded the way tools/quant.py's quantize_affine rounds it for the q4 variant (4-bit affine
blocks of 32 along the input, scale and minimum in float16, as GGUF's Q4_1), with a
straight-through gradient; merging stores those rounded values, so tools.convert re-encodes them
exactly and the q4 package computes what was trained. (Without it, a fine-tune of the Q4_1
SmolLM2 lost 0.34 nats/token on convert's fixed text when rounded to q4: docs/fine-tune.md.)
"""

from __future__ import annotations

import math

import torch
from torch import nn


def q4_round(w: torch.Tensor, block_size: int = 32) -> torch.Tensor:
    """w [N, K] rounded as tools.quant.quantize_affine(w, 4, block_size).dequantize() does."""
    n, k = w.shape
    pad = -k % block_size
    padded = nn.functional.pad(w, (0, pad)) if pad else w  # zeros, as quant.py pads
    blocks = padded.reshape(n, -1, block_size)
    lo = blocks.amin(dim=2, keepdim=True)
    scale = (blocks.amax(dim=2, keepdim=True) - lo) / 15
    lo, scale = lo.half().float(), scale.half().float()
    q = torch.clamp(torch.round((blocks - lo) / torch.where(scale == 0, 1.0, scale)), 0, 15)
    return (q * scale + lo).reshape(n, -1)[:, :k]


class LoRALinear(nn.Module):
    """base(x) + scale * B(A(x)); B starts at zero, so training starts from the base model."""

    def __init__(self, base: nn.Module, rank: int, alpha: float, q4_aware: bool = False):
        super().__init__()
        self.base = base
        # transformers' GPT-2 Conv1D stores its weight as (in, out); nn.Linear as (out, in).
        self.transposed = type(base).__name__ == "Conv1D"
        d_out, d_in = base.weight.shape[::-1] if self.transposed else base.weight.shape
        self.a = nn.Parameter(torch.empty(rank, d_in))
        self.b = nn.Parameter(torch.zeros(d_out, rank))
        nn.init.kaiming_uniform_(self.a, a=math.sqrt(5))
        self.scale = alpha / rank
        self.q4_aware = q4_aware

    def _weight(self) -> torch.Tensor:
        """The merged weight [out, in]."""
        w = self.base.weight.T if self.transposed else self.base.weight
        return w + (self.b @ self.a) * self.scale

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.q4_aware:
            return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale
        w = self._weight()
        w = w + (q4_round(w.detach()) - w).detach()  # straight-through: rounded forward, identity backward
        return nn.functional.linear(x, w, self.base.bias)

    @torch.no_grad()
    def merged(self) -> nn.Module:
        w = self._weight()
        if self.q4_aware:
            w = q4_round(w)
        self.base.weight.copy_(w.T if self.transposed else w)
        return self.base


def decoder_blocks(model: nn.Module) -> nn.ModuleList:
    """The transformer blocks, bottom to top (GPT-2: transformer.h, Llama: model.layers)."""
    base = model.base_model
    blocks = getattr(base, "h", None) or getattr(base, "layers", None)
    if not isinstance(blocks, nn.ModuleList):
        raise ValueError(f"cannot find the decoder blocks of {type(model).__name__}")
    return blocks


def add_lora(blocks, rank: int, alpha: float, seed: int, q4_aware: bool = False) -> list[nn.Parameter]:
    """Wrap every linear layer of these blocks; return the adapter parameters (the only trainable ones)."""
    torch.manual_seed(seed)
    targets = [(module, name, child) for block in blocks for module in block.modules()
               for name, child in module.named_children()
               if isinstance(child, nn.Linear) or type(child).__name__ == "Conv1D"]
    params = []
    for parent, name, child in targets:
        wrapped = LoRALinear(child, rank, alpha, q4_aware)
        setattr(parent, name, wrapped)
        params += [wrapped.a, wrapped.b]
    if not params:
        raise ValueError("found no linear layers in the decoder blocks to put LoRA adapters on")
    return params


def merge_lora(model: nn.Module) -> None:
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, LoRALinear):
                setattr(parent, name, child.merged())
