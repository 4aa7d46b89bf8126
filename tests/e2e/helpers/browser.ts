/** Debian's chromium driven by playwright-core, and the admin sessions of the demo accounts. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';

import { DEMO, DEMO_PASSWORD } from '../../helpers/demo-accounts';

export { DEMO_PASSWORD };
export const USERS = DEMO;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchBrowser = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Page errors and alert/confirm dialogs seen so far (an XSS would show up here). */
  pageErrors: string[];
  dialogs: string[];
}

/**
 * Admin sessions: each account logs in through the login form once, later contexts reuse its storage state
 * (the admin rate-limits repeated logins of one account).
 */
export class Sessions {
  private readonly states = new Map<string, StorageState>();
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  async open(email: string, { language }: { language?: 'en' | 'fr' } = {}): Promise<Session> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: { width: 1440, height: 1000 },
      locale: 'en-GB',
      timezoneId: 'UTC',
      storageState: this.states.get(email),
    });
    this.contexts.push(context);
    // The admin reads its UI language from here before rendering (the language menu writes the same key).
    await context.addInitScript({ content: `window.localStorage.setItem('strapi-admin-language', ${JSON.stringify(language ?? 'en')});` });
    const page = await context.newPage();
    const session: Session = { context, page, pageErrors: [], dialogs: [] };
    page.on('pageerror', (error) => session.pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    if (this.states.has(email)) {
      await page.goto('/admin');
    } else {
      await page.goto('/admin/auth/login');
      await page.getByLabel(/^(email|e-mail|courriel)/i).fill(email);
      await page.getByLabel(/^(password|mot de passe)/i).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /^(login|se connecter)$/i }).click();
    }
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 });
    if (!this.states.has(email)) this.states.set(email, await context.storageState());
    return session;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close().catch(() => undefined)));
    this.contexts.length = 0;
  }
}

/** Fails with a readable message when the locator does not become visible. */
export const expectVisible = async (locator: Locator, timeout = 30_000): Promise<void> => {
  await locator.first().waitFor({ state: 'visible', timeout });
};

export const briefEditUrl = (documentId: string, locale = 'en') =>
  `/admin/content-manager/collection-types/plugin::newsroom.brief/${documentId}?plugins[i18n][locale]=${locale}`;

/** The side panel of the brief edit view titled `title` (each CM panel is an <aside> with an <h2>). */
export const sidePanel = (page: Page, title: string | RegExp): Locator =>
  page.locator('aside').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

export const widget = (page: Page, id: 'may-rise' | 'breaking'): Locator =>
  page.locator(`section[aria-labelledby="plugin::newsroom.${id}"]`);

/**
 * Where a screenshot goes: a temporary folder, so that `npm test` leaves the committed images alone;
 * `UPDATE_SCREENSHOTS=1` writes them to docs/screenshots (the README's pictures) instead.
 */
export const screenshotPath = (name: string): string => {
  const dir =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? path.resolve(__dirname, '../../../docs/screenshots')
      : path.join(os.tmpdir(), 'newsroom-screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
};
