/** The knowledge base from its source files (Node): data/knowledge/<topic>.jsonl -> passages, index files. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { KNOWLEDGE_SCHEMA_VERSION, KNOWLEDGE_TOPICS, parsePassage, type KnowledgeManifest, type Passage } from '../knowledge/passage';
import { sha256Hex } from '../shared/sha256';

export const KNOWLEDGE_DIR = 'data/knowledge';

export function readPassages(dir: string = KNOWLEDGE_DIR): Passage[] {
  const passages: Passage[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  for (const file of files) {
    const topic = file.replace(/\.jsonl$/, '');
    if (!(KNOWLEDGE_TOPICS as readonly string[]).includes(topic)) continue;
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      passages.push(parsePassage(JSON.parse(line) as unknown, `${file}:${i + 1}`));
    });
  }
  return passages;
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
