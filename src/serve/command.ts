import { spawn } from 'node:child_process';
import { startServer } from './server.ts';

/** Opens a URL in the default browser, as the platform does it; says so when it cannot. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`peerlint: could not open a browser; open ${url} yourself\n`));
  child.unref();
}

/** `peerlint serve`: runs until interrupted (Ctrl+C), then exits 0. */
export async function serve(options: { port?: number; open: boolean; config?: string | false; maxFileSize: number }): Promise<number> {
  let server;
  try {
    server = await startServer({ port: options.port, config: options.config, maxBytes: options.maxFileSize });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      process.stderr.write(`peerlint: cannot listen on 127.0.0.1:${options.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'} (leave out --port to use a free one)\n`);
      return 2;
    }
    throw error;
  }
  process.stdout.write(`peerlint serve: ${server.url}\n`);
  process.stdout.write(`  configuration: ${server.configFile ?? 'none found in this folder (built-in rules)'}\n  Drafts stay on this computer. Press Ctrl+C to stop.\n`);
  if (options.open) openInBrowser(server.url);
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  await server.close();
  return 0;
}
