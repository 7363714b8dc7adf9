/**
 * Vite plugin: `virtual:model-index`, the list of model packages, derived at build (and dev)
 * time from public/models/<id>/manifest.json so the manifests stay the one source of truth.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseManifestText } from '../src/shared/parse-manifest';
import { DEFAULT_MODEL_ID, type ModelIndexEntry } from '../src/shared/model-index';

const VIRTUAL_ID = 'virtual:model-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function readModelIndex(modelsDir: string): ModelIndexEntry[] {
  if (!existsSync(modelsDir)) return [];
  const entries: ModelIndexEntry[] = [];
  for (const dir of readdirSync(modelsDir, { withFileTypes: true })) {
    const manifestPath = join(modelsDir, dir.name, 'manifest.json');
    // Hidden folders are packages still being written by tools/ (moved into place when done).
    if (!dir.isDirectory() || dir.name.startsWith('.') || !existsSync(manifestPath)) continue;
    const m = parseManifestText(readFileSync(manifestPath, 'utf8'), manifestPath);
    if (m.id !== dir.name) throw new Error(`${manifestPath}: id "${m.id}" differs from its folder name`);
    entries.push({
      id: m.id,
      name: m.name,
      description: m.description,
      license: m.license,
      totalBytes: m.files.reduce((sum, f) => sum + f.bytes, 0),
      contextLength: m.shape.contextLength,
      randomWeights: m.randomWeights,
    });
  }
  // The default first, then real models before test packages, then by name.
  const rank = (e: ModelIndexEntry) => (e.id === DEFAULT_MODEL_ID ? 0 : e.randomWeights ? 2 : 1);
  return entries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export function modelIndex(modelsDir: string): Plugin {
  return {
    name: 'pocket-coach:model-index',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (existsSync(modelsDir)) {
        this.addWatchFile(modelsDir);
        for (const d of readdirSync(modelsDir)) {
          if (d.startsWith('.')) continue;
          const p = join(modelsDir, d, 'manifest.json');
          if (existsSync(p)) this.addWatchFile(p);
        }
      }
      return `export default ${JSON.stringify(readModelIndex(modelsDir))};`;
    },
  };
}
