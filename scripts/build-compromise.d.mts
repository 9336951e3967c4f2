export const MODEL_FILE: string;
export const NET_FILE: string;
export const LEXICON_FILE: string;
export function serializeData(data: unknown): { json: string; specials: unknown[] };
export function buildCompromise(outfile: string, build: typeof import('esbuild').build): Promise<void>;
