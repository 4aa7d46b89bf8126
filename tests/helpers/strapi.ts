/**
 * The one Strapi test harness: boots the playground app in process with the plugin loaded from its TypeScript
 * source, on a fresh database (a temp SQLite file, or a fresh PostgreSQL schema), seeded like the playground,
 * and drives it over HTTP with supertest. Fails loudly when the plugin did not load.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import { spawn, type ChildProcess } from 'child_process';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { DEMO, DEMO_PASSWORD } from './demo-accounts';

export const APP_DIR = path.resolve(__dirname, '../../playground');
export { DEMO, DEMO_PASSWORD } from './demo-accounts';

export type Database = 'sqlite' | 'postgres';

export interface TestStrapi {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof request>;
  /** An admin JWT for a seeded demo account. */
  adminToken: (email: string) => Promise<string>;
  /** A Content API token; `custom` tokens get exactly `permissions`. */
  apiToken: (type: 'read-only' | 'full-access' | 'custom', permissions?: string[]) => Promise<{ id: number; accessKey: string }>;
  destroy: () => Promise<void>;
}


const postgresUrl = process.env.NEWSROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const createPostgresSchema = async (): Promise<{ schema: string; drop: () => Promise<void> }> => {
  const { Client } = await import('pg');
  const schema = `newsroom_test_${crypto.randomBytes(5).toString('hex')}`;
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    schema,
    drop: async () => {
      const dropper = new Client({ connectionString: postgresUrl });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await dropper.end();
    },
  };
};

export interface BootOptions {
  database?: Database;
  /** Seed the AFP brief, demo accounts and roles (default true). */
  seed?: boolean;
  /** Run the webhook dispatcher and embargo loops (default false: tests drive them). */
  backgroundJobs?: boolean;
  /** Reuse an existing database (another instance's): a PostgreSQL schema name or an SQLite file. */
  shareWith?: { schema?: string; filename?: string };
  /** Environment variables set after the test defaults (e.g. `NEWSROOM_WEBHOOK_ALLOW_LIST: ''`). */
  env?: Record<string, string>;
}

const testEnvironment = (options: BootOptions, filename: string): Record<string, string> => ({
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  APP_KEYS: 'test-app-key-1,test-app-key-2',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  NEWSROOM_FROM_SOURCE: 'true',
  NEWSROOM_PUBLIC_URL: 'https://news.example.test',
  NEWSROOM_SEED: options.seed === false ? 'false' : 'true',
  NEWSROOM_BACKGROUND_JOBS: options.backgroundJobs ? 'true' : 'false',
  // Local test receivers listen on loopback, which webhooks may not reach by default.
  NEWSROOM_WEBHOOK_ALLOW_LIST: '127.0.0.0/8,::1,localhost',
  STRAPI_TELEMETRY_DISABLED: 'true',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: filename,
  // A throwaway database: commits need not wait for the disk (playground/config/database.js).
  DATABASE_SQLITE_SYNCHRONOUS: 'OFF',
});

export interface ChildInstance {
  http: () => ReturnType<typeof request>;
  adminToken: (email: string) => Promise<string>;
  stop: () => Promise<void>;
}

/** Another Strapi instance on the same database, in a child process (like a second server in production). */
export const spawnStrapiInstance = async (shareWith: { schema?: string; filename?: string }, extraEnv: Record<string, string> = {}): Promise<ChildInstance> => {
  const env = { ...process.env, ...testEnvironment({ seed: false }, shareWith.filename ?? ''), ...extraEnv };
  if (shareWith.schema) Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl, DATABASE_SCHEMA: shareWith.schema });
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'instance-main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += String(chunk);
      const match = /listening (\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`second Strapi instance exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const http = () => request(base);
  return {
    http,
    async adminToken(email: string) {
      const response = await http().post('/admin/login').send({ email, password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`admin login failed for ${email}: ${response.status}`);
      return response.body.data.token as string;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

interface PoolCounts {
  numUsed: () => number;
  numPendingAcquires: () => number;
  numPendingCreates: () => number;
}

/**
 * Waits until no statement is running or waiting for a connection, over a few turns of the event loop. Strapi's
 * Document Service emits its entry events after the transaction commits and without awaiting them (a findOne with a
 * deep populate, one query after another): a request's answer can come back while that read is still under way.
 * Destroyed then, the pool takes the read's next query after it aborted its waiting ones and never answers it; 60 s
 * later knex's acquire timeout rejects it, unhandled, in whichever suite the worker runs by then.
 */
const untilPoolIdle = async (strapi: Core.Strapi): Promise<void> => {
  const pool = (strapi.db.connection.client as unknown as { pool?: PoolCounts }).pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  // A bound, not a wait: a statement that never ends is the suite's own failure to report, not a reason to hang.
  const giveUpAt = Date.now() + 30_000;
  for (let idleTurns = 0; idleTurns < 3 && Date.now() < giveUpAt; ) {
    await new Promise((resolve) => setImmediate(resolve));
    idleTurns = busy() ? 0 : idleTurns + 1;
  }
};

export const bootStrapi = async (options: BootOptions = {}): Promise<TestStrapi & { schema?: string; filename?: string }> => {
  // NEWSROOM_TEST_DB=postgres runs the SQLite suites on PostgreSQL too (npm test does both).
  const database = options.database ?? (process.env.NEWSROOM_TEST_DB === 'postgres' ? 'postgres' : 'sqlite');
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  fs.mkdirSync(path.join(tmpDir, 'public', 'uploads'), { recursive: true });
  let dropSchema: (() => Promise<void>) | undefined;
  let schema = options.shareWith?.schema;
  const filename = options.shareWith?.filename ?? path.join(tmpDir, 'data.db');

  const env = { ...testEnvironment(options, filename), PUBLIC_DIR: path.join(tmpDir, 'public'), ...options.env };
  if (database === 'postgres') {
    if (!schema) {
      const created = await createPostgresSchema();
      schema = created.schema;
      dropSchema = created.drop;
    }
    Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema });
  }
  delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  const { createStrapi } = await import('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false }).load();
  const cleanup = async () => {
    await untilPoolIdle(strapi);
    await strapi.destroy();
    if (dropSchema) await dropSchema();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  if (!strapi.plugin('newsroom') || !strapi.contentType('plugin::newsroom.brief')) {
    await cleanup();
    throw new Error('The newsroom plugin did not load: check playground/plugin-from-source and config/plugins.js');
  }
  await strapi.server.mount();

  const http = () => request(strapi.server.httpServer);
  const tokens = new Map<string, string>();
  const adminToken = async (email: string) => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const response = await http().post('/admin/login').send({ email, password: DEMO_PASSWORD });
    if (response.status !== 200) throw new Error(`admin login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    const token = response.body.data.token as string;
    tokens.set(email, token);
    return token;
  };

  return {
    strapi,
    schema,
    filename: database === 'sqlite' ? filename : undefined,
    http,
    adminToken,
    async apiToken(type, permissions) {
      const adminJwt = await adminToken(DEMO.admin);
      const response = await http()
        .post('/admin/api-tokens')
        .set('Authorization', `Bearer ${adminJwt}`)
        .send({ name: `test-${type}-${crypto.randomBytes(4).toString('hex')}`, type, lifespan: null, ...(type === 'custom' ? { permissions: permissions ?? [] } : {}) });
      if (response.status !== 201) throw new Error(`API token creation failed: ${response.status} ${JSON.stringify(response.body)}`);
      return { id: response.body.data.id as number, accessKey: response.body.data.accessKey as string };
    },
    destroy: cleanup,
  };
};
