/**
 * The list of model packages the app offers. It is derived at build time from
 * public/models/<id>/manifest.json (scripts/vite-model-index.ts), so the manifests stay the one
 * source of truth; the page imports it as `virtual:model-index`.
 */

/** The model a first visit downloads, unless `?model=<id>` or the settings pick another. */
export const DEFAULT_MODEL_ID = 'smollm2-135m-coach';

export interface ModelIndexEntry {
  id: string;
  name: string;
  description: string;
  license: string;
  /** Sum of the manifest's files[].bytes: what the download needs. */
  totalBytes: number;
  contextLength: number;
  /** Test packages with random weights: their answers are noise. */
  randomWeights: boolean;
}
