/**
 * A private copy of the playground for the browser tests: same config, seed and code, the plugin from source, the
 * admin built once. It lives in the OS temp dir so its build, caches and database never touch playground/ (where
 * someone may be running `strapi develop`), and so jest does not crawl a second package.json named like the playground.
 */
import { type ChildProcess, spawn } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const PLAYGROUND = path.join(ROOT, 'playground');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const COPIED = ['config', 'src', 'seed', 'scripts', 'database', 'public', 'favicon.png', 'package.json'];

/** Admin UI languages of the copy when the playground has no admin config of its own. */
const ADMIN_APP_CONFIG = `export default { config: { locales: ['fr'] }, bootstrap() {} };\n`;

export interface AppDir {
  dir: string;
  env: NodeJS.ProcessEnv;
}

const secret = () => crypto.randomBytes(16).toString('base64');

/** Copies the playground into `dir` (kept between runs when `reuse`), links node_modules, writes the from-source shim. */
export const prepareAppDir = (dir: string): AppDir => {
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) {
    const from = path.join(PLAYGROUND, entry);
    if (!fs.existsSync(from)) continue;
    fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });

  // One symlink per package (not one for node_modules itself): Strapi's caches go into the copy's own node_modules.
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name.startsWith('.')) continue;
    const link = path.join(modules, name);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(ROOT, 'node_modules', name), link);
  }

  const shim = path.join(dir, 'plugin-from-source');
  fs.mkdirSync(shim, { recursive: true });
  fs.copyFileSync(path.join(PLAYGROUND, 'plugin-from-source', 'package.json'), path.join(shim, 'package.json'));
  fs.writeFileSync(
    path.join(shim, 'strapi-server.js'),
    `require('esbuild-register/dist/node').register({ target: 'node20' });\n` +
      `const plugin = require(${JSON.stringify(path.join(ROOT, 'server/src/index.ts'))});\n` +
      `module.exports = plugin.default ?? plugin;\n`,
  );
  fs.writeFileSync(
    path.join(shim, 'strapi-admin.js'),
    `export { default } from ${JSON.stringify(path.join(ROOT, 'admin/src/index.ts'))};\n`,
  );

  const adminDir = path.join(dir, 'src', 'admin');
  const hasAdminConfig = fs.existsSync(adminDir) && fs.readdirSync(adminDir).some((name) => /^app\.(js|jsx|ts|tsx)$/.test(name));
  if (!hasAdminConfig) {
    fs.mkdirSync(adminDir, { recursive: true });
    fs.writeFileSync(path.join(adminDir, 'app.js'), ADMIN_APP_CONFIG);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEWSROOM_FROM_SOURCE: 'true',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
    // The partner receiver of the browser tests listens on loopback.
    NEWSROOM_WEBHOOK_ALLOW_LIST: '127.0.0.0/8,::1,localhost',
  };
  return { dir, env };
};

const run = (args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): ChildProcess =>
  spawn(process.execPath, [STRAPI_BIN, ...args], {
    cwd,
    env,
    detached: true, // own process group: stop() kills Strapi and whatever it spawned
    stdio: ['ignore', fs.openSync(log, 'a'), fs.openSync(log, 'a')],
  });

/** The hash of what the admin bundle is built from, to skip `strapi build` when nothing changed (E2E_REUSE_BUILD=1). */
const adminSourceHash = (dir: string): string => {
  const hash = crypto.createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  walk(path.join(ROOT, 'admin', 'src'));
  walk(path.join(ROOT, 'server', 'src', 'domain'));
  walk(path.join(dir, 'src', 'admin'));
  return hash.digest('hex');
};

/** `strapi build` of the copy (Vite bundles admin/src through the shim); ~35–60 s on two cores. */
export const buildAdmin = async ({ dir, env }: AppDir, { reuse = false } = {}): Promise<void> => {
  const stamp = path.join(dir, 'build', '.newsroom-admin-hash');
  const hash = adminSourceHash(dir);
  if (reuse && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  const log = path.join(dir, 'build.log');
  fs.writeFileSync(log, '');
  const child = run(['build'], dir, { ...env, NODE_ENV: 'production' }, log);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`strapi build failed (${code}); see ${log}:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
  fs.writeFileSync(stamp, hash);
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface RunningStrapi {
  url: string;
  log: string;
  stop: () => Promise<void>;
}

/** Strapi prints its project banner once it listens; before that, an answer on the port is someone else's. */
const LISTENING_BANNER = 'Launched in';

class PortTakenError extends Error {}

/**
 * `strapi start` on a free port with a fresh SQLite file; resolves when this Strapi has said it listens and /_health
 * answers. The port is free when picked but Strapi binds it only after its bootstrap (seconds later), so another
 * process (a suite started with PORT=0) can take it meanwhile: then this Strapi exits with EADDRINUSE, and the start
 * is tried again on another port.
 */
export const startStrapi = async (app: AppDir, { timeoutMs = 90_000, attempts = 3 } = {}): Promise<RunningStrapi> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(app, timeoutMs);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= attempts) throw error;
    }
  }
};

const startOnce = async ({ dir, env }: AppDir, timeoutMs: number): Promise<RunningStrapi> => {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-db-'));
  const log = path.join(dir, `strapi-${port}.log`);
  fs.writeFileSync(log, ''); // a kept app dir may hold an earlier run's log for this port, banner included
  const child = run(
    ['start'],
    dir,
    { ...env, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), DATABASE_FILENAME: path.join(dataDir, 'data.db'), DATABASE_SQLITE_SYNCHRONOUS: 'OFF' },
    log,
  );
  let exited = false;
  // If jest itself is killed, take the detached Strapi down with it.
  const killOnExit = () => {
    try {
      if (!exited && child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      process.removeListener('exit', killOnExit);
      resolve();
    }),
  );

  const stop = async () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exitedPromise;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) break;
    if (fs.readFileSync(log, 'utf8').includes(LISTENING_BANNER)) {
      try {
        const response = await fetch(`${url}/_health`);
        if (response.status === 204 || response.ok) return { url, log, stop };
      } catch {
        // not answering yet
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  const output = fs.readFileSync(log, 'utf8');
  if (output.includes('EADDRINUSE')) throw new PortTakenError(`port ${port} was taken before strapi could listen; see ${log}`);
  throw new Error(`strapi start did not become healthy; see ${log}:\n${output.slice(-3000)}`);
};
