export const MODEL_FILE: string;
export function serializeModel(model: unknown): { json: string; specials: unknown[] };
export function buildCompromise(outfile: string, build: typeof import('esbuild').build): Promise<void>;
