// One pass over the corpus, read line by line and linted in-process on one thread, in a process of
// its own: its peak RSS is what linting the whole corpus costs, without bench.mjs's copy of the corpus
// held in memory for repeated runs. Prints one JSON line. Usage: node bench/stream-corpus.mjs CORPUS
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { lintText } from '../dist/index.js';

const started = performance.now();
let postings = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { id, title, text } = JSON.parse(line);
  lintText(`# ${title}\n\n${text}`, { filePath: `${id}.md` });
  postings++;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ postings, seconds, rate: postings / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
