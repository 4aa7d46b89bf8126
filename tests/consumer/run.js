#!/usr/bin/env node
/**
 * The consumer test: the package as a Strapi user gets it from npm. Builds the plugin, packs it, checks
 * `npm publish --dry-run`, creates a fresh minimal Strapi 5.54 app (JavaScript config written here, not the
 * playground) in a temp folder, installs the tarball into it, enables the plugin the way the README says, builds the
 * admin, starts Strapi and checks over HTTP what a new user relies on. Prints each step; exits non-zero on failure.
 *
 * Install: the app's node_modules is this repository's, hard-linked (`cp -al`: a real tree inside the app, the same
 * versions npm ci installed, offline, in seconds instead of resolving and compiling ~1,900 packages), and the
 * tarball is unpacked into it as node_modules/strapi-plugin-newsroom: the plugin comes only from the tarball, never
 * from the source tree. Checked as npm would not: every package the built code imports is a declared dependency or
 * peer, and the installed versions satisfy the declared ranges.
 *
 * Env: NEWSROOM_CONSUMER_KEEP=1 keeps the temp folder; NEWSROOM_CONSUMER_SKIP_BUILD=1 reuses an existing dist/.
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { builtinModules } = require('module');
const semver = require('semver');

const ROOT = path.resolve(__dirname, '../..');
const ROOT_MODULES = path.join(ROOT, 'node_modules');
const rootPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const STRAPI_VERSION = rootPackage.devDependencies['@strapi/strapi'];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (message) => console.log(`consumer [${elapsed()}] ${message}`);

class ConsumerFailure extends Error {}
const fail = (message) => {
  throw new ConsumerFailure(message);
};
const check = (condition, message) => {
  if (!condition) fail(message);
  console.log(`  ok  ${message}`);
};

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    fail(`${command} ${args.join(' ')} exited with ${result.status}\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}`);
  }
  return result;
};

// --- 1. build, pack, publish --dry-run -------------------------------------------------------------------------

const buildAndPack = (workDir) => {
  if (process.env.NEWSROOM_CONSUMER_SKIP_BUILD === '1' && fs.existsSync(path.join(ROOT, 'dist/server/index.js'))) {
    step('build skipped (NEWSROOM_CONSUMER_SKIP_BUILD=1), using the existing dist/');
  } else {
    step('npm run build');
    fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
    run('npm', ['run', 'build'], { cwd: ROOT });
  }
  step('npm pack');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: ROOT }).stdout)[0];
  const files = packed.files.map((file) => file.path);
  const tarball = path.join(workDir, packed.filename);
  console.log(`  ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`);
  for (const required of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/server/index.js', 'dist/admin/index.mjs', 'dist/admin/index.js']) {
    check(files.includes(required), `the package ships ${required}`);
  }
  // What the package's exports point to (types included; `source` is for the plugin's own development only).
  const exportTargets = Object.values(rootPackage.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.entries(target).filter(([condition]) => condition !== 'source').map(([, file]) => file),
  );
  const missingTargets = exportTargets.map((file) => file.replace(/^\.\//, '')).filter((file) => !files.includes(file));
  check(missingTargets.length === 0, `every file the exports name ships (${exportTargets.length})${missingTargets.length ? `; missing: ${missingTargets.join(', ')}` : ''}`);
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const relativeLinks = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((match) => match[1].replace(/^\.\//, ''));
  // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
  const anchorsOf = (file) =>
    [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^#+\s+(.+)$/gm)].map((match) =>
      match[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'),
    );
  const missing = relativeLinks.filter((link) => {
    const [file, anchor] = link.split('#');
    if (!files.includes(file)) return true;
    return anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).includes(anchor);
  });
  check(relativeLinks.length > 0 && missing.length === 0, `every relative README link is in the package (${relativeLinks.length} links)${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
  const jsonTypes = files.filter((file) => /\.json\.d\.ts$/.test(file) && file.includes('ninjs/schemas'));
  check(jsonTypes.length === 0, 'no .d.ts generated from the bundled JSON schemas ships');
  check(files.every((file) => !/^(server|admin|tests|playground)\//.test(file)), 'no source, test or playground file ships');

  step('npm publish --dry-run (nothing is published)');
  const dryRun = run('npm', ['publish', '--dry-run', tarball], { cwd: workDir });
  const warnings = `${dryRun.stdout}\n${dryRun.stderr}`
    .split('\n')
    .filter((line) => /npm (warn|error|ERR)/i.test(line))
    // Without a login npm always says so on a dry run; anything else (auto-corrected fields, …) is a failure.
    .filter((line) => !/requires you to be logged in/.test(line));
  check(warnings.length === 0, `npm publish --dry-run is clean${warnings.length ? `:\n${warnings.join('\n')}` : ''}`);
  return { tarball, files };
};

// --- 2. a fresh Strapi app ---------------------------------------------------------------------------------------

const APP_FILES = {
  'config/server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
});
`,
  'config/admin.js': `module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
});
`,
  'config/database.js': `const path = require('path');

module.exports = () => ({
  connection: { client: 'sqlite', connection: { filename: path.join(__dirname, '..', '.tmp', 'data.db') }, useNullAsDefault: true },
});
`,
  'config/middlewares.js': `module.exports = [
  'strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy',
  'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public',
];
`,
  // As the README's install section says for a JavaScript app.
  'config/plugins.js': `module.exports = () => ({
  newsroom: {
    enabled: true,
  },
});
`,
  'src/index.js': `module.exports = { register() {}, bootstrap() {} };
`,
};

const APP_DEPENDENCIES = ['@strapi/strapi', '@strapi/plugin-users-permissions', 'better-sqlite3', 'react', 'react-dom', 'react-router-dom', 'styled-components'];

/** The package a bare import names (`@scope/name/sub` → `@scope/name`), or null for relative and Node built-in imports. */
const packageOf = (specifier) => {
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]*)?$/i.test(specifier)) return null; // a string that only looks like an import
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** Every package the built server and admin code import must be a declared dependency or peer of the plugin. */
const checkDeclaredImports = (pluginDir, installed) => {
  const declared = new Set([...Object.keys(installed.dependencies ?? {}), ...Object.keys(installed.peerDependencies ?? {})]);
  const distFiles = fs
    .readdirSync(path.join(pluginDir, 'dist'), { recursive: true })
    .map((file) => path.join(pluginDir, 'dist', String(file)))
    .filter((file) => /\.(m?js)$/.test(file));
  const imported = new Set();
  for (const file of distFiles) {
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\brequire\(|\bimport\(|\bfrom\s*|^\s*import\s*)["']([^"']+)["']/gm)) {
      const name = packageOf(match[1]);
      if (name) imported.add(name);
    }
  }
  const undeclared = [...imported].filter((name) => !declared.has(name)).sort();
  check(undeclared.length === 0, `the built code imports only declared dependencies and peers (${imported.size} packages)${undeclared.length ? `; undeclared: ${undeclared.join(', ')}` : ''}`);
};

/** The plugin's declared ranges must accept what the app has installed. */
const checkInstalledRanges = (appModules, installed) => {
  const declared = { ...installed.dependencies, ...installed.peerDependencies };
  const mismatches = Object.entries(declared).flatMap(([name, range]) => {
    const manifest = path.join(appModules, name, 'package.json');
    if (!fs.existsSync(manifest)) return [`${name} is not installed`];
    const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    return semver.satisfies(version, range) ? [] : [`${name}@${version} is outside ${range}`];
  });
  check(mismatches.length === 0, `the app's packages satisfy the plugin's ${Object.keys(declared).length} dependency and peer ranges${mismatches.length ? `: ${mismatches.join('; ')}` : ''}`);
};

const createApp = (workDir, tarball) => {
  const appDir = path.join(workDir, 'app');
  step(`fresh Strapi ${STRAPI_VERSION} app in ${appDir}`);
  for (const [file, text] of Object.entries(APP_FILES)) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.writeFileSync(path.join(appDir, file), text);
  }
  fs.mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'playground', 'favicon.png'), path.join(appDir, 'favicon.png'));
  const dependencies = Object.fromEntries(
    APP_DEPENDENCIES.map((name) => [name, name.startsWith('@strapi/') ? STRAPI_VERSION : JSON.parse(fs.readFileSync(path.join(ROOT_MODULES, name, 'package.json'), 'utf8')).version]),
  );
  dependencies[rootPackage.name] = `file:../${path.basename(tarball)}`;
  fs.writeFileSync(
    path.join(appDir, 'package.json'),
    `${JSON.stringify({ name: 'newsroom-consumer-app', private: true, version: '0.0.0', dependencies, strapi: { uuid: false } }, null, 2)}\n`,
  );

  step(`install ${path.basename(tarball)}: the repository's node_modules hard-linked as the app's, the tarball unpacked into it`);
  const appModules = path.join(appDir, 'node_modules');
  // Hard links: a real tree inside the app (Node and Strapi resolve from real paths), made in seconds, offline.
  if (spawnSync('cp', ['-al', ROOT_MODULES, appModules]).status !== 0) {
    console.log('  hard links impossible here (another file system?): copying node_modules instead');
    fs.rmSync(appModules, { recursive: true, force: true });
    run('cp', ['-a', ROOT_MODULES, appModules]);
  }
  // The workspace link to the playground is the repository's, not the app's.
  fs.rmSync(path.join(appModules, 'newsroom-playground'), { force: true });
  const pluginDir = path.join(appModules, rootPackage.name);
  fs.rmSync(pluginDir, { recursive: true, force: true });
  fs.mkdirSync(pluginDir, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', pluginDir, '--strip-components=1']);
  const installed = JSON.parse(fs.readFileSync(path.join(pluginDir, 'package.json'), 'utf8'));
  console.log(`  ${rootPackage.name}@${installed.version} in node_modules from the tarball`);
  check(!fs.existsSync(path.join(pluginDir, 'server')) && fs.existsSync(path.join(pluginDir, 'dist', 'server', 'index.js')), 'the installed plugin is the built package (dist/, no source)');
  checkDeclaredImports(pluginDir, installed);
  checkInstalledRanges(appModules, installed);
  return appDir;
};

// --- 3. build the admin, start, check over HTTP -----------------------------------------------------------------

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const appEnvironment = (port) => ({
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  APP_KEYS: 'consumer-key-1,consumer-key-2',
  API_TOKEN_SALT: 'consumer-api-token-salt',
  ADMIN_JWT_SECRET: 'consumer-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'consumer-transfer-token-salt',
  JWT_SECRET: 'consumer-jwt-secret',
  ENCRYPTION_KEY: 'consumer-encryption-key-0123456789',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  BROWSER: 'none',
});

const strapiBin = (appDir) => {
  const packageJson = require.resolve('@strapi/strapi/package.json', { paths: [appDir] });
  const { bin } = JSON.parse(fs.readFileSync(packageJson, 'utf8'));
  return path.join(path.dirname(packageJson), typeof bin === 'string' ? bin : bin.strapi);
};

const buildAdmin = (appDir, env) => {
  step('strapi build (the admin panel, with the plugin from node_modules)');
  run(process.execPath, [strapiBin(appDir), 'build'], { cwd: appDir, env });
  const buildDirs = ['build', 'dist/build'].map((dir) => path.join(appDir, dir)).filter((dir) => fs.existsSync(dir));
  const bundle = buildDirs
    .flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((file) => path.join(dir, String(file))))
    .filter((file) => file.endsWith('.js'))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
  check(bundle.length > 0, `the admin bundle was written (${buildDirs.map((dir) => path.relative(appDir, dir)).join(', ')})`);
  for (const text of ['Tolls that may rise', 'Breaking briefs', 'Grant public read', 'Set up roles']) {
    check(bundle.includes(text), `the admin bundle contains the plugin's "${text}"`);
  }
};

const startStrapi = async (appDir, env, port) => {
  step('strapi start');
  const child = spawn(process.execPath, [strapiBin(appDir), 'start'], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) fail(`strapi start exited with ${child.exitCode}:\n${output.slice(-6000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      fail(`Strapi did not answer /_health within 180 s:\n${output.slice(-6000)}`);
    }
    const health = await fetch(`${base}/_health`).catch(() => null);
    if (health && health.status === 204) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`  listening on ${base}`);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { base, stop, output: () => output };
};

const httpClient = (base) => async (method, url, { token, body, headers = {} } = {}) => {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, body: json, text };
};

const checkOverHttp = async (base) => {
  const http = httpClient(base);
  step('checks over HTTP');
  const registered = await http('POST', '/admin/register-admin', {
    body: { email: 'consumer@example.test', password: 'Consumer-test-1', firstname: 'Casey', lastname: 'Consumer' },
  });
  check(registered.status === 200 && registered.body?.data?.token, `first admin registered (${registered.status})`);
  const jwt = registered.body.data.token;

  const settings = await http('GET', '/newsroom/settings', { token: jwt });
  if (settings.status === 404) fail('the newsroom plugin did not load: GET /newsroom/settings is 404 (Strapi skips a plugin whose dist/server/index.js is missing)');
  check(settings.status === 200 && settings.body?.data?.uriPrefix, `the plugin loaded: GET /newsroom/settings ${settings.status}`);

  const contentTypes = await http('GET', '/content-manager/content-types', { token: jwt });
  const byUid = new Map((contentTypes.body?.data ?? []).map((type) => [type.uid, type]));
  check(byUid.get('plugin::newsroom.brief')?.info?.displayName === 'News brief', 'content type plugin::newsroom.brief is there, shown as "News brief"');
  check(byUid.get('plugin::newsroom.tag')?.info?.displayName === 'News tag', 'content type plugin::newsroom.tag is there, shown as "News tag"');

  const roles = await http('POST', '/newsroom/settings/setup-roles', { token: jwt, body: {} });
  check(roles.status === 200 && roles.body.data.deskChiefCreated === true, `Set up roles: POST /newsroom/settings/setup-roles ${roles.status}, Desk chief created`);

  const BRIEFS = '/content-manager/collection-types/plugin::newsroom.brief';
  const created = await http('POST', `${BRIEFS}?locale=en`, {
    token: jwt,
    body: { headline: 'Aleppo: 15 killed in strikes', summary: 'At least 15 people were killed, a monitor said.', urgency: 2 },
  });
  check(created.status === 201 && created.body.data.slug === 'aleppo-15-killed-in-strikes', `brief created through the Content Manager with its slug filled (${created.status}, slug ${created.body?.data?.slug})`);
  const { documentId, slug } = created.body.data;
  const published = await http('POST', `${BRIEFS}/${documentId}/actions/publish?locale=en`, { token: jwt, body: {} });
  check(published.status === 200 && published.body.data.publishedAt, `brief published (${published.status})`);

  const revision = {
    source: 'Civil defence',
    asOf: new Date(Date.now() - 60_000).toISOString(),
    counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: null, includes: [] }],
    mayRise: true,
    mayRiseReason: 'many of the injured are in critical condition',
  };
  const appended = await http('POST', `/newsroom/briefs/${documentId}/tolls`, { token: jwt, body: revision, headers: { 'If-Match': '"0"' } });
  check(appended.status === 201 && appended.headers.get('etag') === '"1"', `toll revision appended with If-Match "0" (${appended.status}, ETag ${appended.headers.get('etag')})`);
  const stale = await http('POST', `/newsroom/briefs/${documentId}/tolls`, { token: jwt, body: revision, headers: { 'If-Match': '"0"' } });
  check(stale.status === 412, `a second revision on the old version is refused (${stale.status})`);

  check((await http('GET', '/api/newsroom/briefs')).status === 403, 'the Content API is 403 to anonymous callers before the public grant');
  const token = await http('POST', '/admin/api-tokens', {
    token: jwt,
    body: {
      name: 'Partner A',
      type: 'custom',
      lifespan: null,
      permissions: ['brief.find', 'brief.findOne', 'tag.find', 'toll.find', 'correction.find', 'feed.find', 'ninjs.findOne', 'schema.findOne'].map((action) => `plugin::newsroom.${action}`),
    },
  });
  check(token.status === 201 && token.body.data.accessKey, `custom partner API token created (${token.status})`);
  const partner = token.body.data.accessKey;
  const list = await http('GET', '/api/newsroom/briefs?locale=en', { token: partner });
  check(list.status === 200 && list.body.data.some((brief) => brief.slug === slug && brief.toll?.version === 1), `the partner token lists the brief with its toll (${list.status})`);
  const ninjs = await http('GET', `/api/newsroom/briefs/${slug}/ninjs?version=3.1&profile=newsroom`, { token: partner });
  check(ninjs.status === 200 && ninjs.body?.standard?.schema, `the partner token gets the brief as ninjs 3.1 with the newsroom profile (${ninjs.status})`);
  const feed = await http('GET', '/api/newsroom/feed', { token: partner });
  check(feed.status === 200 && feed.body.data.some((event) => event.type === 'brief.published' && event.slug === slug), `the partner token reads the changes feed (${feed.status})`);

  const granted = await http('POST', '/newsroom/settings/grant-public-read', { token: jwt, body: {} });
  // Briefs, tags, tolls, corrections and the served schemas: never the feed or ninjs.
  const publicRead = ['brief.find', 'brief.findOne', 'tag.find', 'toll.find', 'correction.find', 'schema.findOne'].map((action) => `plugin::newsroom.${action}`);
  const grantedActions = [...(granted.body?.data?.granted ?? [])].sort();
  check(granted.status === 200 && JSON.stringify(grantedActions) === JSON.stringify([...publicRead].sort()), `Grant public read: POST /newsroom/settings/grant-public-read ${granted.status}, ${grantedActions.join(', ')}`);
  check((await http('GET', `/api/newsroom/briefs/${slug}`)).status === 200, 'an anonymous caller reads the brief after the grant');
  const schemaPath = new URL(ninjs.body.standard.schema).pathname;
  check((await http('GET', schemaPath)).status === 200, `an anonymous caller fetches the profile's standard.schema (${schemaPath})`);
  check((await http('GET', '/api/newsroom/feed')).status === 403, 'the feed stays behind partner tokens');

  const admin = await http('GET', '/admin');
  check(admin.status === 200 && /<div id="strapi"/.test(admin.text), `the built admin is served at /admin (${admin.status})`);
};

const main = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-consumer-'));
  let strapi = null;
  try {
    const { tarball } = buildAndPack(workDir);
    const appDir = createApp(workDir, tarball);
    const port = await freePort();
    const env = appEnvironment(port);
    buildAdmin(appDir, env);
    strapi = await startStrapi(appDir, env, port);
    await checkOverHttp(strapi.base);
    step('passed');
  } finally {
    if (strapi) await strapi.stop();
    if (process.env.NEWSROOM_CONSUMER_KEEP === '1') console.log(`consumer: kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(`consumer test FAILED [${elapsed()}]: ${error instanceof ConsumerFailure ? error.message : error.stack}`);
  process.exit(1);
});
