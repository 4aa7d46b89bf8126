/** `npm test` starts with tests/scripts/check-node.js: a Node outside package.json's engines stops with a message. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const script = path.resolve(__dirname, '../scripts/check-node.js');
/** Runs the check as if the Node version were `version`. */
const checkAs = (version: string) =>
  spawnSync(process.execPath, ['-e', `Object.defineProperty(process.versions, 'node', { value: '${version}' }); require(${JSON.stringify(script)});`], {
    encoding: 'utf8',
  });

test.each([
  ['18.19.0', 1],
  ['20.8.1', 1],
  ['20.9.0', 0],
  ['20.20.2', 0],
  ['22.13.0', 0],
  ['26.1.0', 0],
  ['27.0.0', 1],
])('Node %s → exit %i', (version, status) => {
  const run = checkAs(version);
  expect(run.status).toBe(status);
  if (status === 1) expect(run.stderr).toMatch(new RegExp(`needs Node\\.js >=20\\.9\\.0 <=26\\.x\\.x .*this is Node ${version.replace(/\./g, '\\.')}`));
});

test('the Node running the tests is accepted', () => {
  expect(spawnSync(process.execPath, [script]).status).toBe(0);
});

test('npm test runs the check first: package.json declares one pretest, and it starts with the check', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8');
  // JSON.parse keeps the last of two equal keys, so a second "pretest" would silently drop the first.
  expect(text.match(/"pretest"\s*:/g)).toHaveLength(1);
  const { scripts } = JSON.parse(text) as { scripts: Record<string, string> };
  expect(scripts.pretest).toMatch(/^node tests\/scripts\/check-node\.js && /);
});
