/**
 * The one reader of manifest.json for every TypeScript caller (engine, page, build scripts, tests).
 * It checks every field of src/shared/manifest.ts and rejects unknown ones, so a misspelt or newer
 * field is an error here rather than a silent default later. To add a field: add it to the type in
 * manifest.ts and read it below (with `optional(...)` when older packages lack it).
 */
import { EngineError } from './errors';
import {
  MANIFEST_SCHEMA_VERSION,
  type ContextSlot,
  type ModelManifest,
  type OnnxVariant,
  type PackageFile,
  type PromptFormat,
  type SamplingDefaults,
  type UnpackSource,
} from './manifest';

/** A problem at a path inside the manifest; turned into a 'model-corrupt' EngineError at the top. */
class ManifestProblem extends Error {}

type Json = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? JSON.stringify(value).slice(0, 40) : typeof value;
}

/** Reads the fields of one JSON object; `done()` rejects any field nobody asked for. */
class Fields {
  private readonly seen = new Set<string>();
  constructor(
    private readonly obj: Json,
    private readonly path: string,
  ) {}

  static of(value: unknown, path: string): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ManifestProblem(`${path || 'the manifest'} should be an object, not ${describe(value)}`);
    }
    return new Fields(value as Json, path);
  }

  has(key: string): boolean {
    return key in this.obj;
  }

  get<T>(key: string, read: (value: unknown, path: string) => T): T {
    this.seen.add(key);
    if (!(key in this.obj)) throw new ManifestProblem(`${this.at(key)} is missing`);
    return read(this.obj[key], this.at(key));
  }

  done(): void {
    const extra = Object.keys(this.obj).filter((k) => !this.seen.has(k));
    if (extra.length) throw new ManifestProblem(`${this.path || 'the manifest'} has unknown field${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`);
  }

  private at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }
}

const check =
  <T>(ok: (v: unknown) => boolean, what: string) =>
  (value: unknown, path: string): T => {
    if (!ok(value)) throw new ManifestProblem(`${path} should be ${what}, not ${describe(value)}`);
    return value as T;
  };

const str = check<string>((v) => typeof v === 'string', 'text');
const bool = check<boolean>((v) => typeof v === 'boolean', 'true or false');
const num = check<number>((v) => typeof v === 'number' && Number.isFinite(v), 'a number');
const count = check<number>((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number');
const sha256 = check<string>((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v), 'a lowercase hex SHA-256');

function nullable<T>(read: (v: unknown, p: string) => T) {
  return (value: unknown, path: string): T | null => (value === null ? null : read(value, path));
}

function oneOf<T extends string>(options: readonly T[]) {
  return check<T>((v) => options.includes(v as T), `one of ${options.join(', ')}`);
}

function list<T>(read: (v: unknown, p: string) => T) {
  return (value: unknown, path: string): T[] => {
    if (!Array.isArray(value)) throw new ManifestProblem(`${path} should be a list, not ${describe(value)}`);
    return value.map((item, i) => read(item, `${path}[${i}]`));
  };
}

function object<T>(read: (f: Fields) => T) {
  return (value: unknown, path: string): T => {
    const f = Fields.of(value, path);
    const out = read(f);
    f.done();
    return out;
  };
}

const packageFile = object<PackageFile>((f) => ({
  path: f.get('path', str),
  bytes: f.get('bytes', count),
  sha256: f.get('sha256', sha256),
  role: f.get('role', oneOf(['onnx', 'tokenizer', 'config', 'card'] as const)),
}));

const contextSlot = object<ContextSlot>((f) => {
  const template = f.get('template', str);
  for (const name of ['{notes}', '{question}']) {
    if (!template.includes(name)) throw new ManifestProblem(`prompt.context.template has no ${name}`);
  }
  const passage = f.get('passage', str);
  if (!passage.includes('{text}')) throw new ManifestProblem('prompt.context.passage has no {text}');
  const maxPassages = f.get('maxPassages', count);
  if (maxPassages < 1) throw new ManifestProblem('prompt.context.maxPassages should be at least 1');
  const slot: ContextSlot = { template, passage, empty: f.get('empty', str), maxTokens: f.get('maxTokens', count), maxPassages };
  if (f.has('notCovered')) {
    const notCovered = f.get('notCovered', str);
    if (!notCovered.trim()) throw new ManifestProblem('prompt.context.notCovered is empty');
    slot.notCovered = notCovered;
  }
  return slot;
});

/** The optional notes slot: present only in packages trained with retrieved notes. */
function withContext<T extends PromptFormat>(f: Fields, format: T): T {
  return f.has('context') ? { ...format, context: f.get('context', contextSlot) } : format;
}

const promptFormat = (value: unknown, path: string): PromptFormat => {
  const kind = Fields.of(value, path).get('kind', oneOf(['chat', 'plain'] as const));
  if (kind === 'chat') {
    return object<PromptFormat>((f) =>
      withContext(f, {
        kind: f.get('kind', oneOf(['chat'] as const)),
        chatTemplate: f.get('chatTemplate', str),
        defaultSystemPrompt: f.get('defaultSystemPrompt', nullable(str)),
        addBos: f.get('addBos', bool),
      }),
    )(value, path);
  }
  return object<PromptFormat>((f) => {
    const template = f.get('template', str);
    if (!template.includes('{question}')) throw new ManifestProblem(`${path}.template has no {question}`);
    return withContext(f, {
      kind: f.get('kind', oneOf(['plain'] as const)),
      template,
      answerPrefix: f.get('answerPrefix', str),
      turnSeparator: f.get('turnSeparator', str),
      addBos: f.get('addBos', bool),
    });
  })(value, path);
};

const unpackSource = object<UnpackSource>((f) => ({ variant: f.get('variant', str), plan: f.get('plan', str) }));

const variant = object<OnnxVariant>((f) => {
  const v: OnnxVariant = {
    file: f.get('file', str),
    quantization: f.get('quantization', oneOf(['fp32', 'fp16', 'int8', 'q4', 'q4f16'] as const)),
    bytes: f.get('bytes', count),
    verification: f.get(
      'verification',
      object((v) => ({
        greedySteps: v.get('greedySteps', count),
        greedyAgreement: v.get('greedyAgreement', num),
        maxAbsLogitDelta: v.get('maxAbsLogitDelta', nullable(num)),
        meanNll: v.get('meanNll', num),
        referenceMeanNll: v.get('referenceMeanNll', num),
      })),
    ),
    shipped: f.get('shipped', bool),
  };
  // Optional: only variants whose weights are unpacked at load from another variant's file, and
  // graphs saved already optimized.
  return {
    ...v,
    ...(f.has('unpackFrom') ? { unpackFrom: f.get('unpackFrom', unpackSource) } : {}),
    ...(f.has('optimized') ? { optimized: f.get('optimized', bool) } : {}),
    ...(f.has('shapes') ? { shapes: f.get('shapes', str) } : {}),
  };
});

function record<T>(read: (v: unknown, p: string) => T) {
  return (value: unknown, path: string): Record<string, T> => {
    const f = Fields.of(value, path);
    const out: Record<string, T> = {};
    for (const key of Object.keys(value as Json)) out[key] = f.get(key, read);
    return out;
  };
}

const manifest = object<ModelManifest>((f) => {
  const schemaVersion = f.get('schemaVersion', (v) => v);
  if (schemaVersion !== MANIFEST_SCHEMA_VERSION) {
    throw new ManifestProblem(`its schema is ${String(schemaVersion)}, expected ${MANIFEST_SCHEMA_VERSION}`);
  }
  const m: ModelManifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    id: f.get('id', str),
    name: f.get('name', str),
    description: f.get('description', str),
    license: f.get('license', str),
    architecture: f.get('architecture', oneOf(['gpt2', 'llama'] as const)),
    shape: f.get(
      'shape',
      object((s) => ({
        numLayers: s.get('numLayers', count),
        numHeads: s.get('numHeads', count),
        numKvHeads: s.get('numKvHeads', count),
        headDim: s.get('headDim', count),
        hiddenSize: s.get('hiddenSize', count),
        contextLength: s.get('contextLength', count),
        vocabSize: s.get('vocabSize', count),
      })),
    ),
    tokens: f.get(
      'tokens',
      object((t) => ({ bos: t.get('bos', nullable(count)), eos: t.get('eos', count), pad: t.get('pad', nullable(count)) })),
    ),
    usesPositionIds: f.get('usesPositionIds', bool),
    prompt: f.get('prompt', promptFormat),
    stop: f.get('stop', object((s) => ({ tokenIds: s.get('tokenIds', list(count)), strings: s.get('strings', list(str)) }))),
    sampling: f.get(
      'sampling',
      object((s) => {
        const defaults: SamplingDefaults = {
          temperature: s.get('temperature', num),
          topK: s.get('topK', count),
          topP: s.get('topP', num),
          repetitionPenalty: s.get('repetitionPenalty', num),
          maxNewTokens: s.get('maxNewTokens', count),
        };
        return s.has('noRepeatNgram') ? { ...defaults, noRepeatNgram: s.get('noRepeatNgram', count) } : defaults;
      }),
    ),
    backends: f.get('backends', object((b) => ({ wasm: b.get('wasm', str), webgpu: b.get('webgpu', str) }))),
    variants: f.get('variants', record(variant)),
    files: f.get('files', list(packageFile)),
    provenance: f.get(
      'provenance',
      object((p) => ({
        source: p.get('source', str),
        sourceSha256: p.get('sourceSha256', str),
        sourceKind: p.get('sourceKind', oneOf(['hf-checkpoint', 'gguf'] as const)),
        tool: p.get('tool', str),
        toolVersion: p.get('toolVersion', str),
        createdAt: p.get('createdAt', str),
      })),
    ),
    randomWeights: f.get('randomWeights', bool),
  };
  for (const backend of ['wasm', 'webgpu'] as const) {
    if (!m.variants[m.backends[backend]]) {
      throw new ManifestProblem(`backends.${backend} names "${m.backends[backend]}", which is not in variants`);
    }
  }
  return m;
});

/**
 * A checked copy of a parsed manifest.json. `where` names it in the error (a URL, a folder, a model
 * name). Throws EngineError 'model-corrupt' saying which field is wrong.
 */
export function parseManifest(raw: unknown, where: string): ModelManifest {
  try {
    return manifest(raw, '');
  } catch (e) {
    if (!(e instanceof ManifestProblem)) throw e;
    throw new EngineError('model-corrupt', `The model manifest at ${where} is not one this app can read: ${e.message}.`);
  }
}

/** JSON.parse for a model file; bad JSON is a damaged download ('model-corrupt'), named by its path. */
export function parseModelJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new EngineError('model-corrupt', `The model file ${path} is not valid JSON.`);
  }
}

/** parseModelJson + parseManifest, for a manifest.json read as text. */
export function parseManifestText(text: string, where: string): ModelManifest {
  return parseManifest(parseModelJson(`manifest.json (${where})`, text), where);
}
