/**
 * Types for the two deep modules of @xenova/transformers 2.17 the engine imports: the package's
 * own types cover only its main entry, which would pull the whole library into the worker.
 */
declare module '@xenova/transformers/src/tokenizers.js' {
  export class PreTrainedTokenizer {
    constructor(tokenizerJSON: object, tokenizerConfig: object);
  }
  export class AutoTokenizer {
    static TOKENIZER_CLASS_MAPPING: Record<string, typeof PreTrainedTokenizer>;
  }
}

declare module '@xenova/transformers/src/env.js' {
  export const env: { allowRemoteModels: boolean; allowLocalModels: boolean };
}
