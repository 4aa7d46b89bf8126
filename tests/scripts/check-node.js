#!/usr/bin/env node
/**
 * `npm test` starts here (the `pretest` script): on a Node.js outside the `engines.node` range of package.json it
 * stops at once with a message saying which Node to use, instead of failing later in a Strapi boot or a build.
 * Plain Node, no dependency: the range is the `>=A.B.C <=D.x.x` form package.json declares.
 */
const { engines } = require('../../package.json');

const range = engines.node;
const match = /^>=(\d+)\.(\d+)\.(\d+) <=(\d+)\.x\.x$/.exec(range);
if (!match) {
  console.error(`tests/scripts/check-node.js: cannot read engines.node "${range}" (expected ">=A.B.C <=D.x.x")`);
  process.exit(1);
}
const [minMajor, minMinor, minPatch, maxMajor] = match.slice(1).map(Number);
const [major, minor, patch] = process.versions.node.split('.').map(Number);
const tooOld = major < minMajor || (major === minMajor && (minor < minMinor || (minor === minMinor && patch < minPatch)));
const tooNew = major > maxMajor;
if (tooOld || tooNew) {
  console.error(
    `This project needs Node.js ${range} (package.json "engines"; tested on Node 20.20.2); this is Node ${process.versions.node}.\n` +
      'Switch Node (for example `nvm install 20 && nvm use 20`) and run `npm ci` again before `npm test`.',
  );
  process.exit(1);
}
