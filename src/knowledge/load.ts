/** Fetches and checks the shipped knowledge index (worker and CLI): bytes and sha256 must match its manifest. */
import { sha256Hex } from '../shared/sha256';
import { KnowledgeBase } from './knowledge-base';
import { KnowledgeError, parseKnowledgeManifest, type KnowledgeManifest } from './passage';

export interface LoadedKnowledge {
  base: KnowledgeBase;
  manifest: KnowledgeManifest;
}

/** `folder` is the knowledge folder's absolute URL, ending in a slash. */
export async function loadKnowledge(folder: string, fetcher: typeof fetch = fetch): Promise<LoadedKnowledge> {
  const manifest = parseKnowledgeManifest(await fetchJson(new URL('manifest.json', folder).href, fetcher));
  const response = await fetcher(new URL(manifest.file, folder).href);
  if (!response.ok) throw new KnowledgeError(`the notes index could not be fetched (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length !== manifest.bytes || (await sha256Hex(bytes)) !== manifest.sha256) {
    throw new KnowledgeError('the notes index is damaged (its size or SHA-256 does not match its manifest)');
  }
  const base = KnowledgeBase.fromJSON(new TextDecoder().decode(bytes));
  if (base.size !== manifest.passages) {
    throw new KnowledgeError(`the notes index holds ${base.size} passages, its manifest says ${manifest.passages}`);
  }
  return { base, manifest };
}

async function fetchJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  const response = await fetcher(url);
  if (!response.ok) throw new KnowledgeError(`the notes manifest could not be fetched (HTTP ${response.status})`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new KnowledgeError('the notes manifest is not valid JSON');
  }
}
