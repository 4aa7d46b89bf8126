/**
 * Browser tests of the admin UI (issue 6) against a real Strapi: the playground built with the plugin from source,
 * `strapi start` on a free port with a fresh SQLite database and the seed, Debian's chromium.
 * E2E_REUSE_BUILD=1 keeps the built admin in $TMPDIR/newsroom-e2e-app and skips `strapi build` when admin/src is unchanged.
 * Any scenario can run alone (`-t '^N\. '`): each makes the briefs, tolls and endpoints it changes; only test 2 writes the seed brief.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { type AdminApi, BRIEFS_PATH, addTollRevision, adminApi, createBrief, findBriefByHeadline, publishBrief } from './helpers/admin-api';
import { type AppDir, type RunningStrapi, buildAdmin, prepareAppDir, startStrapi } from './helpers/app';
import { Sessions, USERS, briefEditUrl, expectVisible, launchBrowser, screenshotPath, sidePanel, widget } from './helpers/browser';
import { type ReceivedDelivery, isSignedWith, startReceiver } from './helpers/receiver';

const SEED_HEADLINE = "At least 15 civilians, including a child, killed in Russian strikes in Syria's Idleb";
const SEED_HEADLINE_FR = 'Syrie : au moins 15 civils, dont un enfant, tués dans des frappes russes à Idleb';
const XSS_HEADLINE = '<img src=x onerror=alert(1)>';
const NEW_BRIEF_HEADLINE = 'Quake in Hatay: rescuers search collapsed buildings';

const reuseBuild = process.env.E2E_REUSE_BUILD === '1';
const timings: Record<string, number> = {};
const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const started = Date.now();
  try {
    return await run();
  } finally {
    timings[label] = Math.round((Date.now() - started) / 100) / 10;
  }
};

let app: AppDir | undefined;
let strapi: RunningStrapi | undefined;
let browser: Browser | undefined;
let sessions: Sessions;
let api: AdminApi;
let seedBriefId: string;

beforeAll(async () => {
  const dir = reuseBuild ? path.join(os.tmpdir(), 'newsroom-e2e-app') : fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-app-'));
  app = prepareAppDir(dir);
  await timed('strapi build', () => buildAdmin(app as AppDir, { reuse: reuseBuild }));
  strapi = await timed('strapi start', () => startStrapi(app as AppDir));
  browser = await launchBrowser();
  sessions = new Sessions(browser, strapi.url);
  api = await adminApi(strapi.url);
  seedBriefId = (await findBriefByHeadline(api, SEED_HEADLINE)).documentId;
}, 300_000);

afterAll(async () => {
  await sessions?.closeAll();
  await browser?.close();
  await strapi?.stop();
  if (app && !reuseBuild) fs.rmSync(app.dir, { recursive: true, force: true });
  console.log(`e2e timings (s): ${JSON.stringify(timings)}`);
}, 60_000);

const tollPanel = (page: Page, title: string | RegExp = 'Toll desk') => sidePanel(page, title);

/** Opens the add-a-revision modal of the brief open in `page`. */
const openRevisionForm = async (page: Page) => {
  await tollPanel(page).getByRole('button', { name: 'Add a revision' }).click();
  const dialog = page.getByRole('dialog', { name: 'New toll revision' });
  await expectVisible(dialog.getByRole('group', { name: 'Count 1' }));
  return dialog;
};

/** The count's own Value input (the nested "including" group has one too). */
const countValue = (dialog: Locator) =>
  dialog
    .getByRole('group', { name: 'Count 1' })
    .getByLabel(/^Value/)
    .first();

const revisionCount = async (page: Page) => tollPanel(page).getByTestId('toll-revision').count();

test('1. the editor creates a brief with a parsed photo credit, a tag and a related brief, and publishes it', () =>
  timed('1 editor creates', async () => {
    const { page, pageErrors } = await sessions.open(USERS.editor);
    // The credit preview parses with the server's agency list (readable by brief editors, unlike the settings).
    const agencies = page.waitForResponse((response) => response.url().includes('/newsroom/credit/known-agencies'));
    await page.goto('/admin/content-manager/collection-types/plugin::newsroom.brief/create?plugins[i18n][locale]=en');
    expect((await agencies).status()).toBe(200);
    await page.getByLabel(/^Headline/).fill(NEW_BRIEF_HEADLINE);
    await page.getByLabel(/^Photo credit/).fill('Ahmad al-ATRASH / AFP');
    await expectVisible(page.getByTestId('credit-photographers').getByText('Ahmad al-ATRASH', { exact: true }));
    await expectVisible(page.getByTestId('credit-agencies').getByText('AFP', { exact: true }));
    await page.getByTestId('credit-agencies').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('credit-field.png'), clip: await fieldClip(page, /^Photo credit/) });

    await page.getByRole('combobox', { name: /^Tags/ }).click();
    await page.getByRole('option', { name: 'Syria', exact: true }).click();
    await page.getByRole('combobox', { name: /^Related briefs/ }).click();
    await page.getByRole('option', { name: /Macron calls for/ }).click();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL((url) => /plugin::newsroom\.brief\/(?!create)[a-z0-9]+$/.test(url.pathname), { timeout: 30_000 });
    const publishing = page.waitForResponse((response) => response.url().includes('/actions/publish'), { timeout: 30_000 });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    expect((await publishing).status()).toBe(200);

    // The public Content API (the seed grants the Public role the read actions) shows what partners get.
    const published = (await (await fetch(`${strapi?.url}/api/newsroom/briefs?locale=en&pageSize=50`)).json()) as {
      data: {
        headline: string;
        credit: { photographers: string[]; agencies: string[] };
        tags: { name: string }[];
        relatedBriefs: { headline: string }[];
      }[];
    };
    const created = published.data.find((brief) => brief.headline === NEW_BRIEF_HEADLINE);
    expect(created).toBeDefined();
    expect(created?.credit).toMatchObject({ photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'] });
    expect(created?.tags.map((tag) => tag.name)).toContain('Syria');
    expect(created?.relatedBriefs.map((related) => related.headline).join(' | ')).toMatch(/Macron calls for/);
    expect(pageErrors).toEqual([]);
  }));

test('2. the desk chief raises the seed toll: the timeline and the homepage widget (polling) show it', () =>
  timed('2 desk chief revises', async () => {
    const { page, pageErrors } = await sessions.open(USERS.deskChief);
    await page.goto(briefEditUrl(seedBriefId));
    const panel = tollPanel(page);
    await expectVisible(panel.getByText('Revision 1', { exact: true }));
    const before = await revisionCount(page);

    const dialog = await openRevisionForm(page);
    // A lower figure without "correction" is refused; the desk's sentence for the server's code shows at the count's field.
    await countValue(dialog).fill('10');
    await dialog.getByRole('button', { name: 'Save revision' }).click();
    await expectVisible(
      dialog.getByRole('group', { name: 'Count 1' }).getByText('OSDH said 15 before: to lower the toll, choose Correction and add a note'),
    );
    await expectVisible(dialog.getByText('Some fields need fixing (see below).'));
    await countValue(dialog).fill('20');
    await dialog.getByRole('button', { name: 'Save revision' }).click();
    await expectVisible(panel.getByText(`Revision ${before + 1}`, { exact: true }));
    await expectVisible(
      panel.getByTestId('toll-text').getByText(/^At least 20 civilians killed, including a child; toll may rise \(OSDH\)$/),
    );
    expect(await revisionCount(page)).toBe(before + 1);
    await panel.screenshot({ path: screenshotPath('side-panel.png') });

    // A controllable clock: the widgets' 30 s polling is exercised without waiting for it.
    await page.clock.install();
    await page.goto('/admin');
    const mayRise = widget(page, 'may-rise');
    await expectVisible(mayRise.getByText('At least 20 civilians killed, including a child; toll may rise (OSDH)'));

    // Another desk raises the toll while the homepage is open: the next poll shows it, without a reload.
    const raised = await addTollRevision(api, seedBriefId, {
      source: 'OSDH',
      asOf: new Date().toISOString(),
      counts: [{ category: 'killed', qualifier: 'at-least', value: 21, group: 'civilians', includes: [{ group: 'children', value: 1 }] }],
      mayRise: true,
      mayRiseReason: 'many of the injured are in critical condition',
    });
    expect(raised).toBe(before + 2);
    await page.clock.fastForward(31_000);
    await expectVisible(mayRise.getByText('At least 21 civilians killed, including a child; toll may rise (OSDH)'));
    await mayRise.screenshot({ path: screenshotPath('widget-may-rise.png') });
    const breaking = widget(page, 'breaking');
    await expectVisible(breaking.getByText(SEED_HEADLINE));
    await breaking.screenshot({ path: screenshotPath('widget-breaking.png') });
    expect(pageErrors).toEqual([]);
  }));

test('3. two desk chiefs edit the same toll: the second save shows the conflict and keeps what was typed', () =>
  timed('3 conflict', async () => {
    // Its own live brief with the seed's first toll (15 civilians, a child among them, may rise), so the seed stays test 2's.
    const documentId = await createBrief(api, { headline: 'Strikes on Idleb: two desk chiefs revise the toll' });
    await publishBrief(api, documentId);
    await addTollRevision(api, documentId, {
      source: 'OSDH',
      asOf: new Date(Date.now() - 3_600_000).toISOString(),
      counts: [{ category: 'killed', qualifier: 'at-least', value: 15, group: 'civilians', includes: [{ group: 'children', value: 1 }] }],
      mayRise: true,
      mayRiseReason: 'many of the injured are in critical condition',
    });
    const [first, second] = await Promise.all([sessions.open(USERS.deskChief), sessions.open(USERS.deskChief2)]);
    await Promise.all([first.page.goto(briefEditUrl(documentId)), second.page.goto(briefEditUrl(documentId))]);
    await Promise.all([
      expectVisible(tollPanel(first.page).getByText('Revision 1', { exact: true })),
      expectVisible(tollPanel(second.page).getByText('Revision 1', { exact: true })),
    ]);
    const before = await revisionCount(first.page);
    expect(before).toBe(1);
    const firstForm = await openRevisionForm(first.page);
    const secondForm = await openRevisionForm(second.page);

    await countValue(firstForm).fill('25');
    await firstForm.getByRole('button', { name: 'Save revision' }).click();
    await expectVisible(tollPanel(first.page).getByText(`Revision ${before + 1}`, { exact: true }));

    await countValue(secondForm).fill('30');
    await secondForm.getByLabel('Note').fill('Hospital sources in Idleb');
    await secondForm.getByRole('button', { name: 'Save revision' }).click();
    await expectVisible(secondForm.getByText(/^Toll changed by Dana Deskchief at \d{1,2}:\d{2}(\s[AP]M)?\s[A-Z]{2,5}([+-]\d{1,2}(:\d{2})?)?; reload to see it\.$/));
    expect(await countValue(secondForm).inputValue()).toBe('30');
    expect(await secondForm.getByLabel('Note').inputValue()).toBe('Hospital sources in Idleb');
    await second.page.getByRole('dialog', { name: 'New toll revision' }).screenshot({ path: screenshotPath('toll-conflict.png') });

    // Reloading shows the other desk's revision; the typed values survive and now save on top of it.
    await secondForm.getByRole('button', { name: 'Reload the toll' }).click();
    await expectVisible(secondForm.getByText(`Based on toll version ${before + 1}`));
    expect(await countValue(secondForm).inputValue()).toBe('30');
    await secondForm.getByRole('button', { name: 'Save revision' }).click();
    await expectVisible(tollPanel(second.page).getByText(`Revision ${before + 2}`, { exact: true }));
    await expectVisible(tollPanel(second.page).getByText('Note: Hospital sources in Idleb'));
    expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
  }));

test('4. the editor sees the toll history read-only, without the add form', () =>
  timed('4 editor read-only', async () => {
    const { page } = await sessions.open(USERS.editor);
    await page.goto(briefEditUrl(seedBriefId));
    const panel = tollPanel(page);
    await expectVisible(panel.getByText('Revision 1', { exact: true }));
    await expectVisible(panel.getByText('Current toll'));
    // Give the permission check the same chance it has for the desk chief, whose button shows in test 2.
    await page.waitForLoadState('networkidle');
    expect(await panel.getByRole('button', { name: 'Add a revision' }).count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
  }));

test('5. in French the widgets and the toll desk speak French', () =>
  timed('5 French', async () => {
    const { page } = await sessions.open(USERS.deskChief2, { language: 'fr' });
    await expectVisible(page.getByText("Bilans qui pourraient s'alourdir"));
    await expectVisible(widget(page, 'breaking').getByText('Dépêches urgentes'));
    await expectVisible(widget(page, 'breaking').getByText('Publiée').first());
    // The interface language is an enabled content locale: the widgets list the French versions and sentences.
    const seedItem = widget(page, 'may-rise').getByTestId('may-rise-item').filter({ hasText: SEED_HEADLINE_FR });
    await expectVisible(seedItem.getByText(/^Au moins \d+ civils tués, dont un enfant/));
    await widget(page, 'may-rise').screenshot({ path: screenshotPath('fr-widget-may-rise.png') });

    await page.goto(briefEditUrl(seedBriefId, 'fr'));
    const panel = tollPanel(page, 'Bilan');
    await expectVisible(panel.getByText('Historique'));
    await expectVisible(panel.getByRole('button', { name: 'Ajouter une révision' }));
    await expectVisible(panel.getByTestId('toll-text').getByText(/^Au moins \d+ civils tués, dont un enfant/));
    await expectVisible(panel.getByText('Pourrait s’alourdir').or(panel.getByText("Pourrait s'alourdir")));
    await panel.screenshot({ path: screenshotPath('fr-side-panel.png') });
  }));

test('6. a headline made of HTML renders as text in the widgets and the edit view', () =>
  timed('6 XSS', async () => {
    const created = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, {
      headline: XSS_HEADLINE,
      urgency: 1,
    });
    expect(created.status).toBeLessThan(300);
    const { documentId } = created.body.data;
    expect((await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=en`, {})).status).toBeLessThan(300);
    const toll = await api.request(
      'POST',
      `/newsroom/briefs/${documentId}/tolls?locale=en`,
      {
        source: 'Civil defence',
        asOf: new Date().toISOString(),
        counts: [{ category: 'injured', qualifier: 'about', value: 12 }],
        mayRise: true,
        mayRiseReason: 'people still under the rubble',
      },
      { 'If-Match': '"0"' },
    );
    expect(toll.status).toBe(201);

    const { page, dialogs, pageErrors } = await sessions.open(USERS.editor);
    for (const id of ['breaking', 'may-rise'] as const) {
      const section = widget(page, id);
      await expectVisible(section.getByText(XSS_HEADLINE, { exact: true }));
      expect(await section.locator('img[src="x"]').count()).toBe(0);
    }
    await page.goto(briefEditUrl(documentId));
    await expectVisible(tollPanel(page).getByText('Revision 1', { exact: true }));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  }));

test('7. settings: server validation shows at the field, tokens are chosen by name, roles set up idempotently', () =>
  timed('7 settings', async () => {
    type Settings = { staleAfterMinutes: number; entitledTokenIds: number[] };
    const { body: initial } = await api.request<{ data: Settings }>('GET', '/newsroom/settings');
    const token = await api.request<{ data: { id: number } }>('POST', '/admin/api-tokens', {
      name: 'Partner wire',
      description: 'Embargo partner',
      type: 'read-only',
      lifespan: null,
    });
    expect(token.status).toBe(201);
    const { page } = await sessions.open(USERS.admin);
    await page.goto('/admin/settings/newsroom');
    const stale = page.getByLabel('Stale after (minutes)');
    await expectVisible(stale);
    await page.screenshot({ path: screenshotPath('settings.png') });
    await stale.fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The desk's sentence for the server's field.out_of_range, at the field, which gets the focus.
    await expectVisible(page.getByText('Enter a number from 1 to 10,080.'));
    await page.waitForFunction("document.activeElement?.getAttribute('name') === 'staleAfterMinutes'", undefined, { timeout: 10_000 });
    await stale.fill('45');
    await page.getByRole('combobox', { name: 'Entitled API tokens' }).click();
    await page.getByRole('option', { name: 'Partner wire' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectVisible(page.getByText('Settings saved'));
    const saved = await api.request<{ data: Settings }>('GET', '/newsroom/settings');
    expect(saved.body.data).toMatchObject({ staleAfterMinutes: 45, entitledTokenIds: [token.body.data.id] });

    await page.getByRole('button', { name: 'Set up roles' }).click();
    await expectVisible(page.getByText(/Desk chief role already there\./));

    // The seed grants the Public role five read actions; the button adds the sixth (the served ninjs schemas).
    const grantPublicRead = page.getByRole('button', { name: 'Grant public read' });
    await grantPublicRead.scrollIntoViewIfNeeded();
    await grantPublicRead.click();
    await expectVisible(page.getByText('1 read action granted to the Public role.'));
    expect((await fetch(`${strapi?.url}/api/newsroom/schemas/ninjs-newsroom-2.2.json`)).status).toBe(200);
    await grantPublicRead.click();
    await expectVisible(page.getByText('The Public role already had every read action.'));

    // Screenshots of the roles section from fresh pages (no notifications), once the token names have loaded.
    for (const [language, grantLabel, file] of [
      ['en', 'Grant public read', 'settings-roles.png'],
      ['fr', 'Ouvrir la lecture publique', 'fr-settings-roles.png'],
    ] as const) {
      const fresh = await sessions.open(USERS.admin, { language });
      await fresh.page.goto('/admin/settings/newsroom');
      await expectVisible(fresh.page.getByText('Partner wire'));
      // Strapi's own "new Media Library" banner would cover the page header.
      const bannerClose = fresh.page.getByRole('button', { name: /^(Close|Fermer)$/ }).first();
      if (await bannerClose.isVisible()) await bannerClose.click();
      await fresh.page.getByRole('button', { name: grantLabel }).scrollIntoViewIfNeeded();
      await fresh.page.screenshot({ path: screenshotPath(file) });
      expect(fresh.pageErrors).toEqual([]);
    }
    // The other scenarios find the settings as they were.
    const { staleAfterMinutes, entitledTokenIds } = initial.data;
    expect((await api.request('PUT', '/newsroom/settings', { staleAfterMinutes, entitledTokenIds })).status).toBe(200);
  }));

test('8. the desk chief withholds a live brief with a reason, then only "Release" and "Kill" are offered', () =>
  timed('8 withhold', async () => {
    const created = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, {
      headline: 'Aid convoy reaches Idleb after border reopens',
    });
    const { documentId } = created.body.data;
    expect((await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=en`, {})).status).toBe(200);
    const { page } = await sessions.open(USERS.deskChief);
    await page.goto(briefEditUrl(documentId));
    await expectVisible(tollPanel(page).getByText('Current toll').or(tollPanel(page).getByText('No toll yet.')));
    await page.getByRole('button', { name: /more document actions/i }).click();
    expect(await page.getByRole('menuitem', { name: 'Release' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Withhold' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withhold this brief' });
    await dialog.getByLabel(/^Reason/).fill('Legal check on the casualty figures');
    await dialog.screenshot({ path: screenshotPath('withhold-dialog.png') });
    await dialog.getByRole('button', { name: 'Withhold the brief' }).click();
    await expectVisible(page.getByText('Brief withheld.'));

    await expectVisible(page.getByRole('button', { name: /more document actions/i }));
    await page.getByRole('button', { name: /more document actions/i }).click();
    await expectVisible(page.getByRole('menuitem', { name: 'Release' }));
    expect(await page.getByRole('menuitem', { name: 'Withhold' }).count()).toBe(0);
    await expectVisible(page.getByRole('menuitem', { name: 'Kill' }));
    await page.keyboard.press('Escape');
  }));

test('9. a headline contradicting the toll shows a warning, gone once the editor fixes and saves it', () =>
  timed('9 consistency warning', async () => {
    const created = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, {
      headline: 'Strike kills 12 civilians in Ariha',
    });
    const { documentId } = created.body.data;
    const toll = await api.request(
      'POST',
      `/newsroom/briefs/${documentId}/tolls?locale=en`,
      {
        source: 'White Helmets',
        asOf: new Date().toISOString(),
        counts: [{ category: 'killed', qualifier: 'exact', value: 15, group: 'civilians' }],
      },
      { 'If-Match': '"0"' },
    );
    expect(toll.status).toBe(201);

    const { page } = await sessions.open(USERS.editor);
    await page.goto(briefEditUrl(documentId));
    const warning = tollPanel(page).getByText('The headline says 12 killed; the toll says 15.');
    await expectVisible(warning);
    await expectVisible(tollPanel(page).getByRole('region', { name: 'Toll consistency' }));
    await tollPanel(page).screenshot({ path: screenshotPath('toll-consistency-warning.png') });
    await page.getByLabel(/^Headline/).fill('Strike kills 15 civilians in Ariha');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await warning.waitFor({ state: 'detached', timeout: 30_000 });
    await expectVisible(tollPanel(page).getByText('Revision 1', { exact: true }));
  }));

test('10. "Preview syndication" shows the brief as ninjs, with the toll in the newsroom profile', () =>
  timed('10 ninjs preview', async () => {
    const { page, pageErrors } = await sessions.open(USERS.editor);
    await page.goto(briefEditUrl(seedBriefId));
    await expectVisible(tollPanel(page).getByText('History'));
    await page.getByRole('button', { name: /more document actions/i }).click();
    await page.getByRole('menuitem', { name: 'Preview syndication' }).click();
    const dialog = page.getByRole('dialog', { name: 'Syndication preview (ninjs)' });
    const json = dialog.getByTestId('ninjs-preview');
    await expectVisible(json.getByText(new RegExp(`"uri": "urn:newsroom:brief:${seedBriefId}:en"`)));
    expect(await json.textContent()).not.toMatch(/"toll": \{/);
    await dialog.getByText('Newsroom profile (adds the toll)').click();
    await expectVisible(json.getByText(/"toll": \{/));
    await dialog.screenshot({ path: screenshotPath('ninjs-preview.png') });
    expect(pageErrors).toEqual([]);
  }));

test('11. partner webhooks: the secret is shown once, a disabled endpoint gets nothing, a failed delivery is redelivered', () =>
  timed('11 webhooks', async () => {
    const receiver = await startReceiver();
    let endpointId: number | undefined;
    try {
      // The partner refuses the first deliveries: a 4xx other than 429 is final, so the delivery fails.
      receiver.answerWith(400);
      const { page, pageErrors } = await sessions.open(USERS.admin);
      await page.goto('/admin/settings/newsroom-webhooks');
      await expectVisible(page.getByRole('link', { name: 'Partner webhooks' }));
      await page.getByRole('button', { name: 'Add an endpoint' }).click();
      const form = page.getByRole('dialog', { name: 'New partner endpoint' });
      await form.getByLabel(/^Name/).fill('Partner wire');
      await form.getByLabel(/^URL/).fill('ftp://partner.example');
      await form.getByRole('button', { name: 'Create endpoint' }).click();
      await expectVisible(form.getByText('Enter a full web address starting with http:// or https://'));
      await page.waitForFunction("document.activeElement?.getAttribute('name') === 'url'", undefined, { timeout: 10_000 });
      await form.screenshot({ path: screenshotPath('webhook-form.png') });
      await form.getByLabel(/^URL/).fill(receiver.url);
      await form.getByRole('button', { name: 'Create endpoint' }).click();

      const secretDialog = page.getByRole('dialog', { name: 'Signing secret of Partner wire' });
      await expectVisible(secretDialog.getByText(/^You will not see this secret again/));
      const secret = await secretDialog.getByLabel('Signing secret').inputValue();
      expect(secret.length).toBeGreaterThanOrEqual(16);
      await secretDialog.screenshot({ path: screenshotPath('webhook-secret.png') });
      await secretDialog.getByRole('button', { name: 'I have copied it' }).click();
      const listed = await api.request<{ data: { id: number; name: string; enabled: boolean }[] }>('GET', '/newsroom/webhooks');
      expect(JSON.stringify(listed.body)).not.toContain(secret);
      endpointId = listed.body.data.find((endpoint) => endpoint.name === 'Partner wire')?.id;
      expect(endpointId).toBeDefined();

      // Disabled, the endpoint gets no delivery for what is published meanwhile.
      const enabledSwitch = (checked: boolean) => page.getByRole('switch', { name: 'Deliveries to Partner wire', checked });
      await enabledSwitch(true).click();
      await expectVisible(page.getByText('Partner wire disabled'));
      await expectVisible(enabledSwitch(false));
      const unsent = await publishNewBrief('Ceasefire talks resume in Doha');
      await enabledSwitch(false).click();
      await expectVisible(page.getByText('Partner wire enabled'));
      await expectVisible(enabledSwitch(true));

      const refused = await publishNewBrief('Flash floods cut the road to Antakya');
      const failed = await receiver.waitFor((delivery) => documentIdOf(delivery) === refused);
      await settledDelivery(failed.eventId);
      receiver.answerWith(200);
      const accepted = await publishNewBrief('Rescuers reach villages cut off by the floods');
      const delivered = await receiver.waitFor((delivery) => documentIdOf(delivery) === accepted);
      await settledDelivery(delivered.eventId);
      expect(isSignedWith(secret, failed) && isSignedWith(secret, delivered)).toBe(true);
      expect(delivered.eventType).toBe('brief.published');

      await page.getByRole('button', { name: 'Refresh' }).click();
      const deliveryRow = (eventId: string) => page.getByTestId('webhook-delivery').filter({ hasText: eventId });
      await expectVisible(deliveryRow(failed.eventId).getByText('Failed'));
      await expectVisible(deliveryRow(failed.eventId).getByText('HTTP 400'));
      await expectVisible(deliveryRow(delivered.eventId).getByText('Delivered', { exact: true }));
      // The whole page (the admin scrolls an inner container), without the toasts of the last clicks.
      await page.setViewportSize({ width: 1440, height: 1350 });
      const hideToasts = await page.addStyleTag({ content: '[data-sonner-toaster] { display: none !important; }' });
      await page.screenshot({ path: screenshotPath('webhooks.png') });
      await hideToasts.evaluate((style) => style.remove());
      await page.setViewportSize({ width: 1440, height: 1000 });

      // A new secret, shown once; from now on deliveries are signed with it.
      await page.getByRole('button', { name: 'Rotate the secret of Partner wire' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Rotate the secret' }).click();
      const rotatedDialog = page.getByRole('dialog', { name: 'Signing secret of Partner wire' });
      await expectVisible(rotatedDialog.getByText(/previous one no longer verifies/));
      const rotated = await rotatedDialog.getByLabel('Signing secret').inputValue();
      expect(rotated).not.toBe(secret);
      await rotatedDialog.getByRole('button', { name: 'I have copied it' }).click();

      // Only the failed delivery, then redeliver it: the partner now accepts it.
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Failed' }).click();
      await deliveryRow(delivered.eventId).waitFor({ state: 'detached' });
      await deliveryRow(failed.eventId).getByRole('button', { name: 'Redeliver' }).click();
      await expectVisible(page.getByText(/^Event #\d+ queued again for Partner wire$/));
      const redelivered = await receiver.waitFor((delivery) => delivery.eventId === failed.eventId && delivery.answered === 200);
      expect(isSignedWith(rotated, redelivered)).toBe(true);
      await deliveryRow(failed.eventId).waitFor({ state: 'detached' });
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'All statuses' }).click();
      await expectVisible(deliveryRow(failed.eventId).getByText('Delivered', { exact: true }));

      // Nothing was ever sent for the brief published while the endpoint was disabled.
      expect(receiver.received.map(documentIdOf)).not.toContain(unsent);
      const deliveries = await api.request<{ data: { endpointId: number }[] }>('GET', `/newsroom/webhook-deliveries?endpointId=${endpointId}`);
      expect(deliveries.body.data).toHaveLength(2);
      expect(pageErrors).toEqual([]);

      // Without "Manage partner webhooks" (the built-in Editor role): no link, no page.
      const editor = await sessions.open(USERS.editor);
      await editor.page.goto('/admin/settings/newsroom-webhooks');
      await expectVisible(editor.page.getByText(/don't have the permissions/i));
      expect(await editor.page.getByRole('link', { name: 'Partner webhooks' }).count()).toBe(0);
    } finally {
      // The later scenarios' publishes queue nothing for a receiver that is gone.
      if (endpointId !== undefined) await api.request('DELETE', `/newsroom/webhooks/${endpointId}`);
      await receiver.close();
    }
  }));

/** Creates and publishes an English brief through the admin API; resolves with its documentId. */
async function publishNewBrief(headline: string, fields: Record<string, unknown> = {}): Promise<string> {
  const documentId = await createBrief(api, { headline, ...fields });
  await publishBrief(api, documentId);
  return documentId;
}

const documentIdOf = (delivery: ReceivedDelivery): string => (JSON.parse(delivery.rawBody) as { documentId: string }).documentId;

/** Waits (on the admin API) until the sender has recorded the partner's answer to this event. */
async function settledDelivery(eventId: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { body } = await api.request<{ data: { eventId: string; status: string }[] }>('GET', '/newsroom/webhook-deliveries');
    if (body.data.some((delivery) => delivery.eventId === eventId && delivery.status !== 'pending')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`delivery of event ${eventId} still pending`);
}

/** The bounding box of a CM field (label to preview) for a screenshot. */
async function fieldClip(page: Page, label: RegExp) {
  const input = page.getByLabel(label);
  const root = input.locator('xpath=ancestor::div[.//label][1]');
  const box = (await root.boundingBox()) ?? (await input.boundingBox());
  if (!box) throw new Error('field not on screen');
  return { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 };
}

test('12. a newer, higher figure left secondary: the toll desk and the widget flag the stale primary, and the form pre-selects "primary" (en, fr)', () =>
  timed('12 stale primary', async () => {
    const headline = 'Quake toll: officials give a higher figure';
    const created = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, { headline });
    const { documentId } = created.body.data;
    expect((await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=en`, {})).status).toBe(200);
    expect((await api.request('PUT', `${BRIEFS_PATH}/${documentId}?locale=fr`, { headline: 'Séisme : les autorités donnent un bilan plus lourd' })).status).toBe(200);
    expect((await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=fr`, {})).status).toBe(200);
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const revisions = [
      { source: 'Civil defence', asOf: hoursAgo(3), counts: [{ category: 'killed', qualifier: 'more-than', value: 5000 }], mayRise: true, mayRiseReason: 'many buildings collapsed' },
      { source: 'Officials', asOf: hoursAgo(1), counts: [{ category: 'killed', qualifier: 'exact', value: 25401 }] },
    ];
    for (const [index, body] of revisions.entries()) {
      expect((await api.request('POST', `/newsroom/briefs/${documentId}/tolls?locale=en`, body, { 'If-Match': `"${index}"` })).status).toBe(201);
    }

    const { page, pageErrors } = await sessions.open(USERS.deskChief);
    await page.goto(briefEditUrl(documentId));
    const panel = tollPanel(page);
    await expectVisible(panel.getByTestId('newer-figure').getByText('A newer figure from Officials is higher than the primary: 25,401 killed, against 5,000 (Civil defence).'));
    await panel.screenshot({ path: screenshotPath('toll-stale-primary.png') });

    // A third source as of now gives the latest killed figure, which the primary counts: "primary" is pre-selected.
    const dialog = await openRevisionForm(page);
    const primary = dialog.getByRole('checkbox', { name: 'Primary source' });
    expect(await primary.isChecked()).toBe(false);
    await dialog.getByRole('textbox', { name: /^Source/ }).fill('Government');
    await expectVisible(dialog.getByText('Pre-selected: Government gives the latest killed figure, which the primary also counts.'));
    expect(await primary.isChecked()).toBe(true);
    await dialog.screenshot({ path: screenshotPath('toll-primary-preselected.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/admin');
    const mayRise = widget(page, 'may-rise');
    const item = mayRise.getByTestId('may-rise-item').filter({ hasText: headline });
    await expectVisible(item.getByText('Primary outdated'));
    await expectVisible(item.getByText(/^A newer figure from Officials is higher than the primary/));
    await mayRise.screenshot({ path: screenshotPath('widget-stale-primary.png') });
    expect(pageErrors).toEqual([]);

    const french = await sessions.open(USERS.deskChief, { language: 'fr' });
    const frItem = widget(french.page, 'may-rise').getByTestId('may-rise-item').filter({ hasText: 'Séisme : les autorités' });
    await expectVisible(frItem.getByText('Source principale dépassée'));
    await expectVisible(frItem.getByText(/^Un chiffre plus récent de Officials est supérieur à celui de la source principale : 25\s401 tués, contre 5\s000 \(Civil defence\)\.$/));
    await widget(french.page, 'may-rise').screenshot({ path: screenshotPath('fr-widget-stale-primary.png') });
    await french.page.goto(briefEditUrl(documentId, 'fr'));
    const frPanel = tollPanel(french.page, 'Bilan');
    await expectVisible(frPanel.getByTestId('newer-figure').getByText(/^Un chiffre plus récent de Officials est supérieur/));
    await frPanel.getByRole('button', { name: 'Ajouter une révision' }).click();
    const frDialog = french.page.getByRole('dialog', { name: 'Nouvelle révision du bilan' });
    await frDialog.getByRole('textbox', { name: /^Source/ }).fill('Gouvernement');
    await expectVisible(frDialog.getByText('Présélectionnée : Gouvernement donne le chiffre le plus récent des tués, que la source principale compte aussi.'));
    expect(await frDialog.getByRole('checkbox', { name: 'Source principale' }).isChecked()).toBe(true);
    await frDialog.screenshot({ path: screenshotPath('fr-toll-primary-preselected.png') });
    expect(french.pageErrors).toEqual([]);
  }));

test('13. the editor fixes a live brief and publishes it as a correction: the note goes out and the Corrections history shows it (en, fr)', () =>
  timed('13 text correction', async () => {
    const created = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, {
      headline: 'Flood kills 12 in river town',
    });
    const { documentId } = created.body.data;
    expect((await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=en`, {})).status).toBe(200);
    expect((await api.request('PUT', `${BRIEFS_PATH}/${documentId}?locale=fr`, { headline: 'Une crue fait 12 morts' })).status).toBe(200);
    expect((await api.request('POST', `${BRIEFS_PATH}/${documentId}/actions/publish?locale=fr`, {})).status).toBe(200);
    // A toll correction too: both kinds share the history, newest first.
    const asOf = new Date(Date.now() - 60_000).toISOString();
    for (const [index, body] of [
      { source: 'Prefecture', asOf, counts: [{ category: 'killed', qualifier: 'exact', value: 12 }] },
      { source: 'Prefecture', asOf: new Date().toISOString(), counts: [{ category: 'killed', qualifier: 'exact', value: 11 }], changeKind: 'correction', note: 'One victim was counted twice' },
    ].entries()) {
      expect((await api.request('POST', `/newsroom/briefs/${documentId}/tolls?locale=en`, body, { 'If-Match': `"${index}"` })).status).toBe(201);
    }

    const { page, pageErrors } = await sessions.open(USERS.editor);
    await page.goto(briefEditUrl(documentId));
    const history = sidePanel(page, 'Corrections');
    await expectVisible(history.getByText('One victim was counted twice'));
    await page.getByLabel(/^Headline/).fill('Flood kills 11 in river town');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectVisible(page.getByText('Modified', { exact: true }).first());
    await page.getByRole('button', { name: /more document actions/i }).click();
    await page.getByRole('menuitem', { name: 'Publish as correction' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish as a correction' });
    const note = 'An earlier version said 12 people died; the prefecture counts 11.';
    await dialog.getByLabel(/^What was wrong/).fill(note);
    await dialog.screenshot({ path: screenshotPath('correction-dialog.png') });
    await dialog.getByRole('button', { name: 'Publish the correction' }).click();
    await expectVisible(page.getByText('Correction published; partners were told.'));
    const textItem = history.getByTestId('correction-item').filter({ hasText: note });
    await expectVisible(textItem.getByText('Changed: headline'));
    await expectVisible(textItem.getByText(/by Eddie Editor$/));
    expect(await history.getByTestId('correction-item').first().textContent()).toContain(note);
    await history.scrollIntoViewIfNeeded();
    await history.screenshot({ path: screenshotPath('corrections-history.png') });
    const published = await api.request<{ data: { note: string | null }[] }>('GET', `/newsroom/briefs/${documentId}/corrections?locale=en`);
    expect(published.body.data.map((item) => item.note)).toEqual([note, 'One victim was counted twice']);
    // The syndication preview lists the corrections partners get with the brief.
    await page.getByRole('button', { name: /more document actions/i }).click();
    await page.getByRole('menuitem', { name: 'Preview syndication' }).click();
    const preview = page.getByRole('dialog', { name: 'Syndication preview (ninjs)' });
    const listed = preview.getByTestId('preview-corrections');
    await expectVisible(listed.getByText('Corrections partners see (1)'));
    await expectVisible(listed.getByText(note));
    await preview.screenshot({ path: screenshotPath('preview-corrections.png') });
    await preview.getByRole('button', { name: 'Close' }).last().click();
    expect(pageErrors).toEqual([]);

    const french = await sessions.open(USERS.editor, { language: 'fr' });
    await french.page.goto(briefEditUrl(documentId, 'fr'));
    const frHistory = sidePanel(french.page, 'Rectificatifs');
    await expectVisible(frHistory.getByText('One victim was counted twice'));
    await french.page.getByLabel(/^Titre/).fill('Une crue fait 11 morts');
    await french.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expectVisible(french.page.getByText('Modifié', { exact: true }).first());
    await french.page.getByRole('button', { name: "Plus d'actions sur les documents" }).click();
    await french.page.getByRole('menuitem', { name: 'Publier comme rectificatif' }).click();
    const frDialog = french.page.getByRole('dialog', { name: 'Publier un rectificatif' });
    const frNote = 'Une version précédente indiquait 12 morts ; la préfecture en compte 11.';
    await frDialog.getByLabel(/^Ce qui était faux/).fill(frNote);
    await frDialog.screenshot({ path: screenshotPath('fr-correction-dialog.png') });
    await frDialog.getByRole('button', { name: 'Publier le rectificatif' }).click();
    await expectVisible(french.page.getByText('Rectificatif publié ; les partenaires ont été prévenus.'));
    await expectVisible(frHistory.getByTestId('correction-item').filter({ hasText: frNote }).getByText('Modifié : titre'));
    await frHistory.scrollIntoViewIfNeeded();
    await frHistory.screenshot({ path: screenshotPath('fr-corrections-history.png') });
    expect(french.pageErrors).toEqual([]);
  }));

test('14. wire import: the editor pastes the seed copy, reviews the highlighted preview, creates the draft; the desk chief confirms the proposed toll (en, fr)', () =>
  timed('14 wire import', async () => {
    const wireCopy = fs.readFileSync(path.resolve(__dirname, '../../playground/seed/afp-idleb-brief.txt'), 'utf8');
    const headline = 'Wire import: at least 15 civilians killed in Russian strikes on Idleb';
    const openImport = async (page: Page, action: string, dialogTitle: string) => {
      await page.goto('/admin/content-manager/collection-types/plugin::newsroom.brief?plugins[i18n][locale]=en');
      await page.getByRole('button', { name: action }).click();
      return page.getByRole('dialog', { name: dialogTitle });
    };

    const { page, pageErrors } = await sessions.open(USERS.editor);
    const dialog = await openImport(page, 'Import wire copy', 'Import wire copy');
    await dialog.getByLabel(/^Agency copy/).fill(wireCopy);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const source = dialog.getByTestId('wire-source');
    await expectVisible(source.locator('mark[data-wire-kind="toll"]'));
    expect(await source.locator('mark[data-wire-kind="tag"]').count()).toBe(7);
    expect(await source.locator('mark[data-wire-kind="related"]').count()).toBe(2);
    expect(await source.locator('mark[data-wire-kind="credit"]').textContent()).toBe('Ahmad al-ATRASH / AFP');
    expect(await source.locator('mark[data-wire-kind="source"]').first().textContent()).toBe('OSDH');
    await expectVisible(dialog.getByTestId('wire-other-figures').getByText(/more than 470 civilians/));
    await expectVisible(dialog.getByTestId('wire-toll-summary').getByText('At least 15 civilians killed, including a child; toll may rise (OSDH)'));
    expect(await dialog.getByLabel(/^Headline/).inputValue()).toMatch(/^At least 15 civilians, including a child, were killed Thursday/);
    await dialog.screenshot({ path: screenshotPath('wire-import-preview.png') });
    await dialog.getByTestId('wire-other-figures').scrollIntoViewIfNeeded();
    await dialog.screenshot({ path: screenshotPath('wire-import-figures.png') });

    await dialog.getByLabel(/^Headline/).fill(headline);
    // The copy has no slugline or dateline: the editor adds them before creating the draft.
    expect(await dialog.getByLabel(/^Slugline/).inputValue()).toBe('');
    await dialog.getByLabel(/^Slugline/).fill('SYRIA-CONFLICT');
    await dialog.getByLabel(/^Dateline/).fill('Maaret Misrin, Syria');
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL((url) => /plugin::newsroom\.brief\/(?!create)[a-z0-9]+$/.test(url.pathname), { timeout: 30_000 });
    await expectVisible(page.getByLabel(/^Headline/));
    expect(await page.getByLabel(/^Headline/).inputValue()).toBe(headline);
    expect(await page.getByLabel(/^Slugline/).inputValue()).toBe('SYRIA-CONFLICT');
    expect(await page.getByLabel(/^Dateline/).inputValue()).toBe('Maaret Misrin, Syria');
    // The credit field parses what it holds: the imported credit, read into photographer and agency.
    await expectVisible(page.getByTestId('credit-photographers').getByText('Ahmad al-ATRASH', { exact: true }));
    expect(await page.getByLabel(/^Photo credit/).inputValue()).toBe('Ahmad al-ATRASH / AFP');
    const documentId = new URL(page.url()).pathname.split('/').pop() as string;
    // The editor sees the proposed toll but may not make it a revision.
    const editorPanel = tollPanel(page);
    await expectVisible(editorPanel.getByTestId('proposed-toll'));
    expect(await editorPanel.getByRole('button', { name: 'Confirm proposed toll' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);

    const desk = await sessions.open(USERS.deskChief);
    await desk.page.goto(briefEditUrl(documentId));
    const deskPanel = tollPanel(desk.page);
    await expectVisible(deskPanel.getByTestId('proposed-toll').getByText('Source: OSDH'));
    await deskPanel.getByTestId('proposed-toll').screenshot({ path: screenshotPath('proposed-toll.png') });
    await deskPanel.getByRole('button', { name: 'Confirm proposed toll' }).click();
    await expectVisible(deskPanel.getByTestId('toll-revision'));
    expect(await deskPanel.getByTestId('proposed-toll').count()).toBe(0);
    const history = await api.request<{ meta: { version: number } }>('GET', `/newsroom/briefs/${documentId}/tolls?locale=en`);
    expect(history.body.meta.version).toBe(1);
    expect(desk.pageErrors).toEqual([]);

    const french = await sessions.open(USERS.editor, { language: 'fr' });
    const frDialog = await openImport(french.page, 'Importer une dépêche', 'Importer une dépêche');
    await frDialog.getByLabel(/^Texte de l'agence/).fill(wireCopy);
    await frDialog.getByRole('button', { name: 'Aperçu' }).click();
    await expectVisible(frDialog.getByTestId('wire-source').locator('mark[data-wire-kind="toll"]'));
    await expectVisible(frDialog.getByText('Autres chiffres, hors du bilan'));
    await expectVisible(frDialog.getByText('Contexte : une autre période ou un autre événement').first());
    await frDialog.screenshot({ path: screenshotPath('fr-wire-import-preview.png') });
    await frDialog.getByRole('button', { name: 'Créer le brouillon' }).click();
    await french.page.waitForURL((url) => /plugin::newsroom\.brief\/(?!create)[a-z0-9]+$/.test(url.pathname), { timeout: 30_000 });
    await expectVisible(tollPanel(french.page, 'Bilan').getByTestId('proposed-toll').getByText('Un chef d’édition le confirme dans ce panneau.').or(
      tollPanel(french.page, 'Bilan').getByTestId('proposed-toll').getByText("Un chef d'édition le confirme dans ce panneau."),
    ));
    expect(french.pageErrors).toEqual([]);
  }));

test('15. the briefs list shows killed, withheld and embargoed briefs at 1440 px; the edit view has human labels, read-only status fields and a related-links editor (en, fr)', () =>
  timed('15 content manager layout', async () => {
    const killedId = await publishNewBrief('Killed: wrong town named in strike report');
    expect((await api.request('POST', `/newsroom/briefs/${killedId}/kill`, { reason: 'Wrong town: Ariha, not Idleb' })).status).toBe(200);
    const withheldId = await publishNewBrief('Withheld: minister resigns, unconfirmed');
    expect((await api.request('POST', `/newsroom/briefs/${withheldId}/withhold`, { reason: 'Waiting for a second source' })).status).toBe(200);
    await publishNewBrief('Embargoed: central bank rate decision', { embargoUntil: new Date(Date.now() + 3 * 3600_000).toISOString() });
    const draft = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, { headline: 'Related links for the Idleb strikes' });
    const draftId = draft.body.data.documentId;

    const listUrl = '/admin/content-manager/collection-types/plugin::newsroom.brief?page=1&pageSize=100&plugins[i18n][locale]=en';
    const rowOf = (page: Page, headline: string) => page.getByRole('row').filter({ hasText: headline });
    const statusIn = (page: Page, headline: string) => rowOf(page, headline).getByTestId('editorial-status');
    const { page, pageErrors } = await sessions.open(USERS.deskChief);
    await page.goto(listUrl);
    await expectVisible(statusIn(page, 'Killed: wrong town'));
    expect(await statusIn(page, 'Killed: wrong town').textContent()).toBe('KILLED');
    expect(await statusIn(page, 'Withheld: minister resigns').textContent()).toBe('Withheld');
    expect(await statusIn(page, 'Embargoed: central bank').textContent()).toMatch(/^UsableEmbargoed until .*\d\d:\d\d( [AP]M)? UTC$/);
    expect(await statusIn(page, SEED_HEADLINE).textContent()).toBe('Usable');
    // Inside the 1440 px window, not cut off behind Strapi's own columns.
    const box = await statusIn(page, 'Killed: wrong town').boundingBox();
    expect(box && box.x + box.width).toBeLessThan(1440);
    // Strapi's own locale and draft / published columns fit too.
    await page.screenshot({ path: screenshotPath('list-view-status.png') });
    const headers = page.locator('thead th');
    expect((await headers.allTextContents()).join(' | ')).toMatch(/Editorial status.*Status/i);
    const lastHeader = await headers.last().boundingBox();
    expect(lastHeader && lastHeader.x + lastHeader.width).toBeLessThanOrEqual(1440);
    // The badge's own colour (the test code runs in the page, whose window has getComputedStyle).
    const badgeColour = (headline: string) =>
      statusIn(page, headline)
        .locator('xpath=./*[1]')
        .evaluate((node) => (globalThis as unknown as { getComputedStyle: (element: unknown) => { backgroundColor: string } }).getComputedStyle(node).backgroundColor);
    const killedColour = await badgeColour('Killed: wrong town');
    const usableColour = await badgeColour(SEED_HEADLINE);
    expect(killedColour).not.toBe(usableColour);
    // A real column: sortable from its header, filterable.
    await headers.filter({ hasText: /^Editorial status$/i }).click();
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('sort=editorialStatus:ASC'));
    await expectVisible(page.getByRole('row').nth(1).getByTestId('editorial-status').getByText('KILLED', { exact: true }));
    await page.goto(`${listUrl}&filters[$and][0][editorialStatus][$eq]=killed`);
    await expectVisible(statusIn(page, 'Killed: wrong town'));
    await expectVisible(statusIn(page, 'Air strikes hit Idleb region again'));
    expect(await page.getByTestId('editorial-status').filter({ hasNotText: 'KILLED' }).count()).toBe(0);

    // The edit view: human labels and hints, status fields read-only.
    await page.goto(briefEditUrl(killedId));
    await expectVisible(page.getByLabel(/^Headline/));
    for (const label of [/^Slugline/, /^Photo caption/, /^Embargo until/, /^Agency item id/]) await expectVisible(page.getByText(label).first());
    await expectVisible(page.getByText(/changed only with the Kill, Withhold and Release actions/));
    expect(await page.getByRole('combobox', { name: /^Editorial status/ }).isDisabled()).toBe(true);
    expect(await page.getByLabel(/^Kill reason/).inputValue()).toBe('Wrong town: Ariha, not Idleb');
    expect(await page.getByLabel(/^Kill reason/).isDisabled()).toBe(true);
    await page.getByLabel(/^Kill reason/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('edit-view-status.png') });
    // Its date and time inputs (Strapi's picker keeps its clear buttons; the server ignores the field in writes anyway).
    const pickerInputs = await page.locator("xpath=//label[starts-with(normalize-space(.), 'First published')]/ancestor::div[.//input][1]//input").all();
    expect(pickerInputs.length).toBeGreaterThan(0);
    for (const input of pickerInputs) expect(await input.isDisabled()).toBe(true);

    // The related-links editor: a bad address is flagged in place, a good one saves as [{ title, url }].
    const editor = await sessions.open(USERS.editor);
    await editor.page.goto(briefEditUrl(draftId));
    const links = editor.page.getByTestId('related-links');
    await expectVisible(links.getByText('No related links yet.'));
    await links.getByRole('button', { name: 'Add a link' }).click();
    await links.getByRole('textbox', { name: 'Title of link 1' }).fill('OSDH statement');
    await links.getByRole('textbox', { name: 'Web address of link 1' }).fill('javascript:alert(1)');
    await links.getByRole('textbox', { name: 'Title of link 1' }).click();
    await expectVisible(links.getByText('Enter a full web address starting with http:// or https://'));
    await links.scrollIntoViewIfNeeded();
    await links.screenshot({ path: screenshotPath('related-links-error.png') });
    await links.getByRole('textbox', { name: 'Web address of link 1' }).fill('https://www.syriahr.com/en/');
    expect(await links.getByText('Enter a full web address starting with http:// or https://').count()).toBe(0);
    await links.getByRole('button', { name: 'Add a link' }).click();
    await links.getByRole('textbox', { name: 'Title of link 2' }).fill('UN OCHA update');
    await links.getByRole('textbox', { name: 'Web address of link 2' }).fill('https://www.unocha.org/syria');
    await links.getByRole('button', { name: 'Move link 2 up' }).click();
    const saving = editor.page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(draftId));
    await editor.page.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saving).status()).toBe(200);
    const saved = await api.request<{ data: { relatedLinks: unknown } }>('GET', `${BRIEFS_PATH}/${draftId}?locale=en`);
    expect(saved.body.data.relatedLinks).toEqual([
      { title: 'UN OCHA update', url: 'https://www.unocha.org/syria' },
      { title: 'OSDH statement', url: 'https://www.syriahr.com/en/' },
    ]);
    await links.screenshot({ path: screenshotPath('related-links.png') });

    // In French: the list's status and the edit view's labels.
    const french = await sessions.open(USERS.deskChief, { language: 'fr' });
    await french.page.goto(listUrl);
    await expectVisible(statusIn(french.page, 'Killed: wrong town'));
    expect(await statusIn(french.page, 'Killed: wrong town').textContent()).toBe('ANNULÉE');
    expect(await statusIn(french.page, 'Withheld: minister resigns').textContent()).toBe('Retenue');
    await expectVisible(french.page.locator('thead th').filter({ hasText: /^Statut éditorial$/i }));
    await french.page.screenshot({ path: screenshotPath('list-view-status-fr.png') });
    await french.page.goto(briefEditUrl(draftId));
    await expectVisible(french.page.getByLabel(/^Titre/).first());
    for (const label of [/^Mot-clé \(slugline\)/, /^Crédit photo/, /^Statut éditorial/, /^Liens associés/]) await expectVisible(french.page.getByText(label).first());
    await expectVisible(french.page.getByRole('textbox', { name: 'Adresse web du lien 1' }));
    await expectVisible(french.page.getByRole('button', { name: 'Ajouter un lien' }));
    await french.page.screenshot({ path: screenshotPath('edit-view-fr.png'), fullPage: false });
    expect([...pageErrors, ...editor.pageErrors, ...french.pageErrors]).toEqual([]);
  }));

test('16. errors, dates and the breaking widget speak the desk\'s language: a refused lower toll says what to do and focuses the field, dates show the zone (24-hour in French), "Breaking briefs" says why (en, fr)', () =>
  timed('16 desk language', async () => {
    const headline = 'Strikes on Maarat al-Numan market';
    const created = await api.request<{ data: { documentId: string } }>('POST', `${BRIEFS_PATH}?locale=en`, { headline, urgency: 1 });
    expect(created.status).toBeLessThan(300);
    const { documentId } = created.body.data;
    expect((await api.request('PUT', `${BRIEFS_PATH}/${documentId}?locale=fr`, { headline: 'Frappes sur le marché de Maarat al-Nouman' })).status).toBeLessThan(300);
    const initial = await api.request(
      'POST',
      `/newsroom/briefs/${documentId}/tolls?locale=en`,
      { source: 'OSDH', asOf: '2026-01-15T15:07:00.000Z', counts: [{ category: 'killed', qualifier: 'at-least', value: 18, group: 'civilians' }], mayRise: true, mayRiseReason: 'many of the injured are in critical condition' },
      { 'If-Match': '"0"' },
    );
    expect(initial.status).toBe(201);
    const focusedName = (page: Page) => page.waitForFunction("document.activeElement?.getAttribute('name') === 'counts.0.value'", undefined, { timeout: 10_000 });

    // English: the refusal is the desk's sentence at the field, which gets the focus; dates carry the zone.
    const { page, pageErrors } = await sessions.open(USERS.deskChief);
    await page.goto(briefEditUrl(documentId));
    const panel = tollPanel(page);
    await expectVisible(panel.getByText(/As of Jan 15, 2026, 3:07\sPM\sUTC/).first());
    const dialog = await openRevisionForm(page);
    await countValue(dialog).fill('12');
    await page.getByRole('dialog', { name: 'New toll revision' }).getByLabel('Note').focus();
    await dialog.getByRole('button', { name: 'Save revision' }).click();
    await expectVisible(dialog.getByRole('group', { name: 'Count 1' }).getByText('OSDH said 18 before: to lower the toll, choose Correction and add a note'));
    await focusedName(page);
    await dialog.screenshot({ path: screenshotPath('toll-refused-lower.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // "Breaking briefs": urgency first, and why each brief is there.
    await page.goto('/admin');
    const breaking = widget(page, 'breaking');
    const item = breaking.getByTestId('breaking-item').filter({ hasText: headline });
    await expectVisible(item.getByTestId('breaking-reason').getByText(/^Urgency 1 · Toll revised /));
    const reasons = await breaking.getByTestId('breaking-reason').allInnerTexts();
    expect(reasons.length).toBeGreaterThan(1);
    for (const reason of reasons) expect(reason).toMatch(/^(Urgency [12] · )?(Edited|Toll revised|Published|Killed|Withheld|Released|Correction published) /);
    await breaking.screenshot({ path: screenshotPath('widget-breaking-reasons.png') });

    // French (the same desk chief, interface in French): the refusal in French, the group offered in French, 24-hour dates with the zone.
    const french = await sessions.open(USERS.deskChief, { language: 'fr' });
    await french.page.goto(briefEditUrl(documentId, 'fr'));
    const frPanel = tollPanel(french.page, 'Bilan');
    await expectVisible(frPanel.getByText(/15 janv\. 2026, 15:07\sUTC/).first());
    expect(await frPanel.getByText(/\d\s?[AP]M\b/).count()).toBe(0);
    await frPanel.getByRole('button', { name: 'Ajouter une révision' }).click();
    const frDialog = french.page.getByRole('dialog', { name: 'Nouvelle révision du bilan' });
    const frCount = frDialog.getByRole('group', { name: 'Chiffre 1' });
    await expectVisible(frCount);
    expect(await frCount.getByLabel(/^Groupe/).first().inputValue()).toBe('civils');
    await frCount.getByLabel(/^Nombre/).first().fill('12');
    await frDialog.getByRole('button', { name: 'Enregistrer la révision' }).click();
    await expectVisible(frCount.getByText('OSDH annonçait 18 auparavant : pour baisser le bilan, choisissez Correction et ajoutez une note'));
    await focusedName(french.page);
    await frDialog.screenshot({ path: screenshotPath('fr-toll-refused-lower.png') });
    await frDialog.getByRole('button', { name: 'Annuler' }).click();

    await french.page.goto('/admin');
    const frItem = widget(french.page, 'breaking').getByTestId('breaking-item').filter({ hasText: 'Frappes sur le marché de Maarat al-Nouman' });
    await expectVisible(frItem.getByTestId('breaking-reason').getByText(/^Urgence 1 · Bilan révisé /));
    await widget(french.page, 'breaking').screenshot({ path: screenshotPath('fr-widget-breaking-reasons.png') });

    // A long webhook URL wraps after a "/", never mid-word, with the full URL as its tooltip.
    const longUrl = 'http://127.0.0.1:9/newsroom/partners/agence-france-presse/breaking-news-deliveries/v2/hook?format=ninjs&locale=fr';
    const endpoint = await api.request<{ data: { id: number } }>('POST', '/newsroom/webhooks', { name: 'Long-address partner', url: longUrl, enabled: false });
    expect(endpoint.status).toBe(201);
    const admin = await sessions.open(USERS.admin);
    await admin.page.setViewportSize({ width: 1024, height: 900 });
    await admin.page.goto('/admin/settings/newsroom-webhooks');
    const row = admin.page.getByTestId('webhook-endpoint').filter({ hasText: 'Long-address partner' });
    const shown = row.getByTestId('webhook-url');
    await expectVisible(shown);
    expect(await shown.getAttribute('title')).toBe(longUrl);
    expect((await shown.innerText()).replace(/\n/g, '')).toBe(longUrl);
    await row.screenshot({ path: screenshotPath('webhook-long-url.png') });
    expect((await api.request('DELETE', `/newsroom/webhooks/${endpoint.body.data.id}`)).status).toBeLessThan(300);
    expect([...pageErrors, ...french.pageErrors, ...admin.pageErrors]).toEqual([]);
  }));
