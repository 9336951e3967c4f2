export function yamlModule(source: string, path: string): string;
