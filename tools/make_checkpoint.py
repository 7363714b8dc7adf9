"""Write a Hugging Face checkpoint with random weights, saved the way a fine-tune is saved.

    python -m tools.make_checkpoint distilgpt2 --out models-work/distilgpt2-random
    python -m tools.make_checkpoint tiny-gpt2 --out /tmp/ckpt [--format bin] [--seed 0]
    python -m tools.make_checkpoint tiny-llama --out /tmp/ckpt

For benchmarks and tests of the conversion mechanics only: the model produces noise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

from .tokenizer_files import GPT2_EOT, gpt2_tokenizer, gpt2_tokenizer_config, tokenizer_json_v2, write_json

CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + "
    "'<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

PRESETS = {
    # DistilGPT2's shape: 6 layers, 768 wide, 12 heads, the GPT-2 vocabulary.
    "distilgpt2": dict(kind="gpt2", n_layer=6, n_embd=768, n_head=12, n_positions=1024),
    # Small enough to ship (q4: about 2 MB of ONNX); initializer_range 0.1 spreads the logits so
    # that greedy choices are not near-ties (keeps fixtures stable across onnxruntime builds).
    "tiny-gpt2": dict(kind="gpt2", n_layer=2, n_embd=64, n_head=4, n_positions=256, initializer_range=0.1),
    # Llama with grouped-query attention (4 query heads, 2 kv heads), tied embeddings, its own BPE.
    "tiny-llama": dict(kind="llama", num_hidden_layers=2, hidden_size=64, num_attention_heads=4,
                       num_key_value_heads=2, intermediate_size=128, max_position_embeddings=256,
                       tie_word_embeddings=True, initializer_range=0.1, rope_theta=10000.0),
}

_CORPUS = [
    "Endurance athletes need about 1.2 to 1.6 g of protein per kg of body mass per day.",
    "Sleep, hydration and carbohydrate timing shape recovery after a 10 km race.",
    "Interval training: 5 x 400 m at 3:30/km pace, 90 s rest between repetitions.",
    "Question: How long should I rest between sets? Answer: 2 to 3 minutes for strength.",
    "Le sommeil améliore la récupération. Der Muskel wächst in der Pause. Сон важен для восстановления.",
    "睡眠は回復に重要です。 运动后补充水分。 🏃 💪 ⚽ 0123456789",
]


def small_bpe() -> Tokenizer:
    """A byte-level BPE of a few hundred tokens with Llama-style specials (bos added on encode)."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    specials = ["<s>", "</s>", "<|im_start|>", "<|im_end|>"]
    trainer = trainers.BpeTrainer(vocab_size=384, special_tokens=specials, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(_CORPUS * 4, trainer=trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", tok.token_to_id("<s>"))]
    )
    return tok


def make_checkpoint(preset: str, out: Path, *, weights_format: str = "safetensors", seed: int = 0,
                    overrides: dict | None = None) -> Path:
    """overrides: config fields to change in the preset (tests use tie_word_embeddings=False)."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel, GenerationConfig, LlamaConfig, LlamaForCausalLM

    spec = {**PRESETS[preset], **(overrides or {})}
    kind = spec.pop("kind")
    torch.manual_seed(seed)
    out.mkdir(parents=True, exist_ok=True)
    if kind == "gpt2":
        tok = gpt2_tokenizer()
        eot = tok.token_to_id(GPT2_EOT)
        config = GPT2Config(vocab_size=tok.get_vocab_size(), bos_token_id=eot, eos_token_id=eot, **spec)
        model = GPT2LMHeadModel(config)
        tok_config = gpt2_tokenizer_config()
        # A fine-tune saved by older transformers also carries the slow tokenizer files.
        vocab = json.loads(Path(__file__).with_name("assets").joinpath("gpt2", "encoder.json").read_text())
        write_json(out / "vocab.json", vocab, compact=True)
        merges = Path(__file__).with_name("assets").joinpath("gpt2", "vocab.bpe").read_text(encoding="utf-8")
        (out / "merges.txt").write_text(merges, encoding="utf-8")
    else:
        tok = small_bpe()
        bos, eos = tok.token_to_id("<s>"), tok.token_to_id("<|im_end|>")
        config = LlamaConfig(vocab_size=tok.get_vocab_size(), bos_token_id=bos, eos_token_id=eos,
                             pad_token_id=None, **spec)
        model = LlamaForCausalLM(config)
        tok_config = {
            "tokenizer_class": "PreTrainedTokenizerFast", "bos_token": "<s>", "eos_token": "<|im_end|>",
            "unk_token": None, "pad_token": None, "add_bos_token": True, "chat_template": CHATML,
            "clean_up_tokenization_spaces": False,
        }
    model.eval()
    config.architectures = [type(model).__name__]
    config.pocket_coach_random_weights = True  # tools.convert marks the package as noise
    config.save_pretrained(out)
    GenerationConfig(bos_token_id=config.bos_token_id, eos_token_id=config.eos_token_id).save_pretrained(out)
    if weights_format == "safetensors":
        from safetensors.torch import save_file

        state = {k: v.contiguous() for k, v in model.state_dict().items() if not _tied(k, config)}
        save_file(state, out / "model.safetensors", metadata={"format": "pt"})
    elif weights_format == "bin":
        state = {k: v for k, v in model.state_dict().items() if not _tied(k, config)}
        torch.save(state, out / "pytorch_model.bin")
    else:
        raise ValueError(f"unknown weights format {weights_format}")
    write_json(out / "tokenizer.json", tokenizer_json_v2(tok))
    write_json(out / "tokenizer_config.json", tok_config)
    return out


def _tied(key: str, config) -> bool:
    """Tied heads are not saved: transformers re-ties them on load."""
    return key == "lm_head.weight" and getattr(config, "tie_word_embeddings", True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.make_checkpoint", description=__doc__.split("\n")[0])
    parser.add_argument("preset", choices=sorted(PRESETS))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--format", choices=("safetensors", "bin"), default="safetensors")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out} exists and is not empty", file=sys.stderr)
        return 1
    make_checkpoint(args.preset, args.out, weights_format=args.format, seed=args.seed)
    print(f"wrote {args.preset} checkpoint with random weights to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
