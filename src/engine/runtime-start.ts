/**
 * Starting onnxruntime's WASM before the model's bytes are read and hashed: its first session
 * fetches and compiles the .wasm (and starts the thread workers), which needs no model. A
 * session on a one-node graph (Identity on one float) does that while the files are read; the
 * model's own session is created only after every file matched its SHA-256.
 */
import type { OrtRuntime } from './backend';

/** Protobuf field with a length-delimited body (every body here is under 128 bytes). */
function field(tag: number, ...body: Uint8Array[]): Uint8Array {
  const inner = concat(body);
  return concat([Uint8Array.of(tag, inner.length), inner]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

/** ModelProto: ir_version 8, opset 13, graph g: y = Identity(x), x and y float32 [1]. */
export function identityModel(): Uint8Array {
  const floatOne = field(0x0a, Uint8Array.of(0x08, 0x01), field(0x12, field(0x0a, Uint8Array.of(0x08, 0x01))));
  const value = (name: string) => concat([field(0x0a, text(name)), field(0x12, floatOne)]);
  const node = field(0x0a, field(0x0a, text('x')), field(0x12, text('y')), field(0x22, text('Identity')));
  const graph = field(0x3a, node, field(0x12, text('g')), field(0x5a, value('x')), field(0x62, value('y')));
  return concat([Uint8Array.of(0x08, 0x08), graph, field(0x42, Uint8Array.of(0x10, 0x0d))]);
}

/**
 * Starts the WASM runtime (a no-op when it already runs). Never rejects: a runtime that cannot
 * start fails again, with its reason, when the model's session is created.
 */
export async function startWasmRuntime(runtime: OrtRuntime): Promise<void> {
  try {
    const session = await runtime.InferenceSession.create(identityModel(), { executionProviders: ['wasm'], logSeverityLevel: 3 });
    await session.release();
  } catch {
    // Reported by the model's own session creation.
  }
}
