/** The knowledge base from its source files (Node): data/knowledge/<topic>.jsonl -> passages, index files. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { KNOWLEDGE_SCHEMA_VERSION, KNOWLEDGE_TOPICS, KnowledgeError, parsePassage, parseQuestions, type KnowledgeManifest, type Passage } from '../knowledge/passage';
import { sha256Hex } from '../shared/sha256';

export const KNOWLEDGE_DIR = 'data/knowledge';

export function readPassages(dir: string = KNOWLEDGE_DIR): Passage[] {
  const passages: Passage[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  for (const file of files) {
    const topic = file.replace(/\.jsonl$/, '');
    if (!(KNOWLEDGE_TOPICS as readonly string[]).includes(topic)) continue;
    const questions = readQuestions(join(dir, QUESTIONS_DIR, file));
    readJsonl(join(dir, file)).forEach(([raw, line]) => {
      const passage = parsePassage(raw, `${file}:${line}`);
      passage.questions = questions.get(passage.id) ?? [];
      questions.delete(passage.id);
      passages.push(passage);
    });
    if (questions.size > 0) throw new KnowledgeError(`${QUESTIONS_DIR}/${file}: no passage ${[...questions.keys()].slice(0, 5).join(', ')}`);
  }
  return passages;
}

/** Search questions are kept beside the reviewed passages, one file per topic: {id, questions}. */
export const QUESTIONS_DIR = 'questions';

function readQuestions(path: string): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  if (!existsSync(path)) return byId;
  for (const [raw, line] of readJsonl(path)) {
    const where = `${path}:${line}`;
    const { id, questions } = (raw ?? {}) as { id?: unknown; questions?: unknown };
    if (typeof id !== 'string' || byId.has(id)) throw new KnowledgeError(`${where}: a missing or repeated id`);
    byId.set(id, parseQuestions(questions, where));
  }
  return byId;
}

function readJsonl(path: string): [unknown, number][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i): [string, number] => [line, i + 1])
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => [JSON.parse(line) as unknown, n]);
}

export interface KnowledgeFiles {
  manifest: KnowledgeManifest;
  /** Index file name, relative to the knowledge folder. */
  file: string;
  index: string;
}

/** The shipped pair: a versioned index file and the manifest that names it with bytes and sha256. */
export async function buildKnowledgeFiles(passages: readonly Passage[]): Promise<KnowledgeFiles> {
  const index = KnowledgeBase.build(passages).toJSON();
  const bytes = new TextEncoder().encode(index);
  const sha256 = await sha256Hex(bytes);
  const version = sha256.slice(0, 12);
  const file = `kb-${version}.json`;
  return {
    file,
    index,
    manifest: { schemaVersion: KNOWLEDGE_SCHEMA_VERSION, version, file, bytes: bytes.length, sha256, passages: passages.length },
  };
}
