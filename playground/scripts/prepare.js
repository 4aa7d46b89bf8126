/**
 * Gets the playground ready to boot on a fresh clone: a .env with freshly generated secrets (never committed),
 * the upload and database folders. Safe to run again: existing values are kept.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const appDir = path.resolve(__dirname, '..');
const envFile = path.join(appDir, '.env');
const secret = () => crypto.randomBytes(16).toString('base64');

const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '';
const has = (name) => new RegExp(`^${name}=`, 'm').test(existing);
const wanted = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
};
const missing = Object.entries(wanted).filter(([name]) => !has(name));
if (missing.length > 0) {
  const lines = missing.map(([name, make]) => `${name}=${make()}`).join('\n');
  fs.writeFileSync(envFile, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines}\n`);
  console.log(`playground: wrote ${missing.length} generated secret(s) to playground/.env`);
}
fs.mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
fs.mkdirSync(path.join(appDir, '.tmp'), { recursive: true });
