import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { bootTestApp, type TestApp } from '../e2e/support/test-app';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
export const DEMO_PASSWORD = 'Demo@2026';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

/** A small valid PDF (the evidence upload checks the content, not the name). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The system Chromium, headless. Playwright's launch() gives every run a fresh temporary
 * profile (it refuses a --user-data-dir argument; that is launchPersistentContext's job).
 */
/** Bundles the UI from the current source: the page under test is what this checkout builds. */
export function buildUi(): void {
  const build = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-ui.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`UI build failed:\n${build.stdout}\n${build.stderr}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The real app with the demo bureau (its states are relative to today: overdue, due soon, in review). */
export async function bootUiApp(env: Record<string, string> = {}): Promise<{ t: TestApp; baseUrl: string }> {
  const t = await bootTestApp({ env: { DEMO: 'true', ...env } });
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return { t, baseUrl: `http://127.0.0.1:${port}` };
}

/** The demo app and a browser for one spec file, booted before its tests and closed after them. */
export interface UiApp {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** Sessions opened by the spec; closed with the browser. */
  sessions: Session[];
}

/** Registers the spec's beforeAll/afterAll: UI bundle, app (with `env`) and browser up, then all down. */
export function useUiApp(env: Record<string, string> = {}): UiApp {
  const ui = { sessions: [] as Session[] } as UiApp;
  beforeAll(async () => {
    buildUi();
    [{ t: ui.t, baseUrl: ui.baseUrl }, ui.browser] = await Promise.all([bootUiApp(env), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    for (const s of ui.sessions) await s.context.close();
    await ui.browser?.close();
    await ui.t?.close();
  });
  return ui;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and failed same-origin requests the page saw (should stay empty). */
  problems: string[];
}

/** A fresh browser context (own localStorage and cookies) logged in through the login form. */
export async function loginAs(browser: Browser, baseUrl: string, login: string, password = DEMO_PASSWORD, viewport = DESKTOP, path = '/'): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (401|403|404|409|422)/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl + path);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-name').waitFor();
  return { context, page, problems };
}

export async function go(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/#${hash}`);
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** No horizontal scrolling: the page is no wider than the window. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate('({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })');
}

/** Polls `check` until it returns true or `timeoutMs` passes (for work done by the queue). */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 500): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
