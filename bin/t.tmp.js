const t0 = performance.now(); const c0 = process.cpuUsage();
(await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli.js');
const t1 = performance.now(); const c1 = process.cpuUsage();
const code = await main(process.argv);
const t2 = performance.now(); const c2 = process.cpuUsage();
const ms = (a, b) => ((b.user + b.system - a.user - a.system) / 1000).toFixed(1);
process.stderr.write(`\nboot ${t0.toFixed(1)} (cpu ${ms({user:0,system:0}, c0)}) import-cli ${(t1 - t0).toFixed(1)} (cpu ${ms(c0, c1)}) main ${(t2 - t1).toFixed(1)} (cpu ${ms(c1, c2)})\n`);
process.exitCode = code;
