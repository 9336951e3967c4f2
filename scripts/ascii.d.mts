/** The bundle's source as ASCII with the same meaning, or undefined when it cannot be rewritten safely. */
export function asciiSource(code: string): Promise<string | undefined>;
