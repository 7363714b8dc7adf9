// Runs the tools' Python in the project venv (.venv), creating it from tools/requirements.txt
// on first use, so `npm test` works on a fresh machine. Usage: node scripts/python.mjs <args...>
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const venvPython = '.venv/bin/python';
const stamp = '.venv/.requirements';
const requirements = readFileSync('tools/requirements.txt', 'utf8') + readFileSync('tools/requirements-nodeps.txt', 'utf8');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(venvPython)) run('python3', ['-m', 'venv', '.venv']);
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== requirements) {
  const pip = [venvPython, '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check'];
  run(pip[0], [...pip.slice(1), '-r', 'tools/requirements.txt']);
  run(pip[0], [...pip.slice(1), '--no-deps', '-r', 'tools/requirements-nodeps.txt']);
  writeFileSync(stamp, requirements);
}
run(venvPython, process.argv.slice(2));
