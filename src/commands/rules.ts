import { join } from 'node:path';
import { knownRules } from '../config/instantiate.ts';
import { ConfigResolver } from '../config/resolve.ts';



/** Prints every rule (built-in, and the plugin and custom rules of the config here) as a table or JSON. */
export async function runRules(options: { config?: string | false; format: 'table' | 'json' }): Promise<number> {
  const resolved = await new ConfigResolver({ config: options.config }).resolve(join(process.cwd(), 'posting.md'));
  const rules = await knownRules(resolved.customRules, resolved.plugins);
  const rows = [...rules.values()].map(({ meta }) => ({
    id: meta.id,
    category: String(meta.category),
    defaultSeverity: meta.defaultSeverity,
    description: meta.description,
    fixable: meta.fixable ? 'yes' : 'no',
  }));
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = { id: 'rule', category: 'category', defaultSeverity: 'default severity', description: 'description', fixable: 'fixable' };
  const columns = ['id', 'category', 'defaultSeverity', 'fixable', 'description'] as const;
  const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
  const line = (r: typeof header) => columns.map((c, i) => (i === columns.length - 1 ? r[c] : r[c].padEnd(widths[i]!))).join('  ');
  process.stdout.write([line(header), columns.map((_, i) => '-'.repeat(i === columns.length - 1 ? 11 : widths[i]!)).join('  '), ...rows.map(line)].join('\n') + '\n');
  return 0;
}
