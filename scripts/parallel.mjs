// Runs npm scripts at the same time and fails if any fails. Each script's output is held and
// printed whole when it ends, so the log reads as if they had run one after another. The checks
// before the browser tests are single-threaded tools (eslint, prettier, tsc) and vitest: on two
// cores, running them together saves about a third of their time. `npm test` builds the
// production site beside them too (nothing they read is in dist/), so the browser tests start as
// soon as the checks end.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const started = Date.now();
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', name], {
          env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
          shell: process.platform === 'win32',
        });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        let finished = false;
        const finish = (code) => {
          if (finished) return;
          finished = true;
          process.stdout.write(`\n> npm run ${name}\n${Buffer.concat(output).toString()}`);
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          console.log(`${code === 0 ? 'passed' : `FAILED (exit ${code})`}: ${name} (${seconds} s)`);
          resolve(code);
        };
        // A check that cannot even start fails like one that fails.
        child.on('error', (error) => {
          output.push(Buffer.from(`${error.message}\n`));
          finish(1);
        });
        child.on('close', (code) => finish(code ?? 1));
      }),
  ),
);
process.exit(results.every((code) => code === 0) ? 0 : 1);
