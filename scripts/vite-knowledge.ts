/**
 * Vite plugin: the knowledge index, built from data/knowledge/*.jsonl at build time and emitted
 * as knowledge/manifest.json + knowledge/kb-<version>.json (precached by the service worker);
 * the dev server builds and serves the same pair.
 */
import type { Plugin } from 'vite';
import { buildKnowledgeFiles, readPassages, type KnowledgeFiles } from '../src/cli/knowledge-files';

export const KNOWLEDGE_URL_PATH = 'knowledge/';

export function knowledgeIndex(dir: string): Plugin {
  const build = async (): Promise<KnowledgeFiles> => buildKnowledgeFiles(readPassages(dir));
  return {
    name: 'pocket-coach:knowledge-index',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(`/${KNOWLEDGE_URL_PATH}`)) return next();
        build()
          .then((files) => {
            const name = path.slice(KNOWLEDGE_URL_PATH.length + 1);
            const body = name === 'manifest.json' ? JSON.stringify(files.manifest) : name === files.file ? files.index : null;
            if (body === null) return next();
            res.setHeader('Content-Type', 'application/json');
            res.end(body);
          })
          .catch(next);
      });
    },
    async generateBundle() {
      const files = await build();
      this.emitFile({ type: 'asset', fileName: `${KNOWLEDGE_URL_PATH}${files.file}`, source: files.index });
      this.emitFile({ type: 'asset', fileName: `${KNOWLEDGE_URL_PATH}manifest.json`, source: JSON.stringify(files.manifest, null, 2) });
    },
  };
}
