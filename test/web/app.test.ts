// End-to-end tests of the web app in headless Chromium (Debian `chromium` driven by playwright-core): search,
// open an article and check its highlights, open an entity, the actor network and the analyze page, switch
// to English, and check a phone-sized viewport does not overflow. Screenshots go to a temporary folder, or to
// MARSAD_SCREENSHOTS (`MARSAD_SCREENSHOTS=docs/screenshots npm test -- test/web` refreshes the README's pictures).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { DEFAULT_WEB_ROOT } from '../../src/server/app.js';
import { listen, type RunningServer } from '../../src/server/run.js';
import { postgresMissing } from '../scale/services.js';
import { type FixtureStore, fixtureStore } from '../server/fixture-store.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = process.env.MARSAD_SCREENSHOTS
  ? resolve(REPO_ROOT, process.env.MARSAD_SCREENSHOTS)
  : join(tmpdir(), 'marsad-screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
// CI installs Chromium (.ci/run): there a missing browser is a failure, not a reason to skip.
const skip =
  !existsSync(CHROMIUM) && !process.env.CI
    ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`
    : !existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))
      ? 'the web app is not built (npm run build:web)'
      : false;

// The app runs unchanged on either store: every page is checked on SQLite, and on PostgreSQL where the test
// server is up (required in CI, where .ci/run starts it). Screenshots come from the SQLite run.
const POSTGRES_MISSING = await postgresMissing();
const STORES = [
  { kind: 'sqlite' as const, skip: false as string | false },
  { kind: 'postgres' as const, skip: (POSTGRES_MISSING ?? false) as string | false },
];

for (const { kind, skip: storeSkip } of STORES) {
  describe(`web app in headless Chromium (${kind} store)`, { skip: skip || storeSkip }, () => webTests(kind));
}

function webTests(kind: 'sqlite' | 'postgres'): void {
  let fixture: FixtureStore;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    fixture = await fixtureStore(kind);
    await fixture.store.close();
    const location = kind === 'sqlite' ? { db: fixture.path } : { store: fixture.path };
    server = await listen({ ...location, port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await fixture?.remove();
  });

  async function open(path: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport, locale: 'ar' });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${server.url}${path}`);
    page.on('close', () => assert.deepEqual(errors, [], 'no script errors on the page'));
    return page;
  }

  /** Waits for a selector; on a timeout, fails with the page's URL and text and keeps a screenshot to look at. */
  async function waitOrExplain(page: Page, selector: string, name: string): Promise<void> {
    try {
      await page.waitForSelector(selector);
    } catch (err) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`) }).catch(() => undefined);
      const body = await page
        .locator('body')
        .textContent()
        .catch(() => '');
      const text = (body ?? '').replace(/\s+/g, ' ').slice(0, 600);
      throw new Error(`no ${selector} at ${page.url()} (screenshot ${name}.png in ${SHOTS}); page text: ${text}`, {
        cause: err,
      });
    }
  }

  async function shot(page: Page, name: string): Promise<void> {
    const file = kind === 'sqlite' ? `${name}.png` : `${name}-${kind}.png`;
    await page.screenshot({ path: join(SHOTS, file), fullPage: false });
  }

  test('the search for بوتين shows highlighted results, right to left', async () => {
    const page = await open('');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.fill('input[name=q]', 'بوتين');
    await page.press('input[name=q]', 'Enter');
    await waitOrExplain(page, '.hit mark', `search-timeout-${kind}`);
    const marks = await page.locator('.hit mark').allTextContents();
    assert.ok(marks.length > 0);
    assert.ok(
      marks.every((m) => m.includes('بوتين')),
      `every highlight is the query word: ${marks.join(', ')}`,
    );
    const title = await page.locator('.hit-title').first().textContent();
    assert.match(title ?? '', /بوتين/);
    await shot(page, 'search');
    await page.close();
  });

  test('an article shows its entities, times and quotes highlighted at the right places', async () => {
    const page = await open('#/search?q=بوتين');
    await page.click('.hit-title');
    await page.waitForSelector('.article .body');
    const body = readFileSync(join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'), 'utf8');
    const entityTexts = await page.locator('.body .ann.ent').allTextContents();
    assert.ok(entityTexts.length > 0, 'entity mentions are highlighted');
    assert.ok(
      entityTexts.some((text) => text.includes('بوتين')),
      'Putin is highlighted',
    );
    for (const text of entityTexts) assert.ok(body.includes(text), `highlight "${text}" is text of the article`);
    assert.ok((await page.locator('.body .ann.time').count()) > 0, 'time expressions are highlighted');
    const personTitle = await page.locator('.body .ann.ent.per').first().getAttribute('title');
    assert.match(personTitle ?? '', /—/, 'hover shows the canonical name');
    assert.ok((await page.locator('.side .panel').count()) >= 4, 'side panels are there');
    await shot(page, 'article');
    await page.close();
  });

  test('the article page fits a phone screen without sideways scrolling', async () => {
    const page = await open('#/search?q=بوتين', PHONE);
    await page.click('.hit-title');
    await page.waitForSelector('.article .body');
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await shot(page, 'article-phone');
    await page.close();
  });

  test('an entity page shows its timeline, co-occurring entities and events', async () => {
    const page = await open('#/search?q=بوتين');
    await page.click('.hit-title');
    await page.waitForSelector('.article .body');
    await page.locator('.body a.ann.ent.per', { hasText: 'بوتين' }).first().click();
    await page.waitForSelector('.entity h1');
    assert.match((await page.locator('.entity h1').textContent()) ?? '', /بوتين/);
    assert.ok((await page.locator('.entity svg.chart rect').count()) > 0, 'the mention timeline has bars');
    assert.ok((await page.locator('.entity .side .entity-list li').count()) > 0, 'co-occurring entities are listed');
    await shot(page, 'entity');
    await page.close();
  });

  test('the actor network draws a graph and filters by date', async () => {
    const page = await open('#/network');
    await page.waitForSelector('#graph canvas');
    const legend = await page.locator('.legend').textContent();
    assert.match(legend ?? '', /تعاون/);
    await page.waitForTimeout(300); // let cytoscape finish its first frame before the screenshot
    await shot(page, 'network');
    await page.fill('input[name=from]', '1990-01-01');
    await page.fill('input[name=to]', '1990-12-31');
    await page.click('.graph-controls button');
    await page.waitForSelector('.notice');
    assert.match((await page.locator('.notice').textContent()) ?? '', /لا أحداث/);
    await page.close();
  });

  test('the analyze page annotates a pasted article', async () => {
    const page = await open('#/analyze');
    const text = readFileSync(join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'), 'utf8');
    await page.fill('textarea[name=text]', text);
    await page.fill('input[name=published]', '2023-08-15');
    await page.click('form.analyze button[type=submit]');
    await page.waitForSelector('.analyze-result .body');
    assert.ok((await page.locator('.analyze-result .ann.ent').count()) > 0);
    const times = await page.locator('.analyze-result .time-list li').allTextContents();
    assert.ok(
      times.some((line) => line.includes('2023-08-15')),
      'يوم الثلاثاء resolves against the given date',
    );
    await shot(page, 'analyze');
    await page.close();
  });

  test('the English toggle switches the interface to left to right', async () => {
    const page = await open('#/search?q=بوتين');
    await page.waitForSelector('.hit');
    await page.click('button.lang');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.locator('nav a.active').textContent(), 'Search');
    await shot(page, 'search-en');
    await page.evaluate("localStorage.removeItem('marsad.lang')");
    await page.close();
  });
}
