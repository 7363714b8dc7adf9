/**
 * The offline knowledge base: reviewed passages from data/knowledge/*.jsonl, shipped as one
 * versioned search index (knowledge/kb-<version>.json) described by knowledge/manifest.json.
 * Built at build time (scripts/vite-knowledge.ts), read by the worker, the CLI and the tools.
 */

export const KNOWLEDGE_SCHEMA_VERSION = 1;

export const KNOWLEDGE_TOPICS = [
  'physiology',
  'training-methods',
  'nutrition-hydration',
  'recovery-sleep',
  'injury-prevention',
  'biomechanics',
  'sport-psychology',
  'testing-monitoring',
  'myths',
] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

export interface Passage {
  id: string;
  topic: KnowledgeTopic;
  title: string;
  text: string;
  /** The consensus document the passage follows, only where the team is sure of it. */
  source: string | null;
  tags: string[];
  /** Questions this passage answers, in users' words (data/knowledge/questions/): searched, never shown. */
  questions: string[];
}

/** A passage as handed to the model and shown under an answer. */
export interface Source {
  id: string;
  title: string;
  text: string;
  source: string | null;
  score: number;
}

export interface KnowledgeManifest {
  schemaVersion: typeof KNOWLEDGE_SCHEMA_VERSION;
  /** First 12 hex digits of the index file's sha256: changes whenever a passage does. */
  version: string;
  /** Index file path, relative to the knowledge folder. */
  file: string;
  bytes: number;
  sha256: string;
  passages: number;
}

export class KnowledgeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeError';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One passage from untrusted JSON; throws a KnowledgeError naming what is wrong. */
export function parsePassage(raw: unknown, where: string): Passage {
  if (!isObject(raw)) throw new KnowledgeError(`${where}: a passage must be a JSON object`);
  const { id, topic, title, text, source, tags } = raw;
  if (typeof id !== 'string' || id === '') throw new KnowledgeError(`${where}: id must be a non-empty string`);
  if (typeof topic !== 'string' || !(KNOWLEDGE_TOPICS as readonly string[]).includes(topic)) {
    throw new KnowledgeError(`${where} (${id}): unknown topic ${JSON.stringify(topic)}`);
  }
  if (typeof title !== 'string' || title.trim() === '') throw new KnowledgeError(`${where} (${id}): title is missing`);
  if (typeof text !== 'string' || text.trim() === '') throw new KnowledgeError(`${where} (${id}): text is missing`);
  if (source !== null && source !== undefined && typeof source !== 'string') {
    throw new KnowledgeError(`${where} (${id}): source must be a string or null`);
  }
  const tagList = tags ?? [];
  if (!Array.isArray(tagList) || !tagList.every((t) => typeof t === 'string')) {
    throw new KnowledgeError(`${where} (${id}): tags must be a list of strings`);
  }
  // Search questions live in their own files (readPassages adds them), not in the reviewed passage.
  return { id, topic: topic as KnowledgeTopic, title, text, source: source ?? null, tags: tagList as string[], questions: [] };
}

/** A passage's search questions (data/knowledge/questions/): a list of non-empty strings, or absent. */
export function parseQuestions(raw: unknown, where: string): string[] {
  const list = raw ?? [];
  if (!Array.isArray(list) || !list.every((q) => typeof q === 'string' && q.trim() !== '')) {
    throw new KnowledgeError(`${where}: questions must be a list of non-empty strings`);
  }
  return list as string[];
}

export function parseKnowledgeManifest(raw: unknown): KnowledgeManifest {
  if (!isObject(raw) || raw.schemaVersion !== KNOWLEDGE_SCHEMA_VERSION) {
    throw new KnowledgeError(`knowledge manifest: expected schemaVersion ${KNOWLEDGE_SCHEMA_VERSION}`);
  }
  const { version, file, bytes, sha256, passages } = raw;
  if (typeof version !== 'string' || typeof file !== 'string' || file.includes('..')) {
    throw new KnowledgeError('knowledge manifest: version and file must be strings');
  }
  if (typeof bytes !== 'number' || typeof passages !== 'number' || typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new KnowledgeError('knowledge manifest: bytes, passages and sha256 are required');
  }
  return { schemaVersion: KNOWLEDGE_SCHEMA_VERSION, version, file, bytes, sha256, passages };
}
