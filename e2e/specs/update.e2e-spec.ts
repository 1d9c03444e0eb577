import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLIENT_DIST } from '../bench/bundle-sizes.js';
import type { Browser } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { launchBrowser, newContext } from '../fixtures/browser.js';
import { SignInPage } from '../pages/sign-in.page.js';

const SW = path.join(CLIENT_DIST, 'sw.js');
const original = { sw: readFileSync(SW), br: readFileSync(`${SW}.br`), gz: readFileSync(`${SW}.gz`) };

function deploy(source: string): void {
  writeFileSync(SW, source);
  writeFileSync(`${SW}.br`, brotliCompressSync(source));
  writeFileSync(`${SW}.gz`, gzipSync(source));
}

function restore(): void {
  writeFileSync(SW, original.sw);
  writeFileSync(`${SW}.br`, original.br);
  writeFileSync(`${SW}.gz`, original.gz);
}

describe('a new version (issue 11)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('waits until the reader accepts the translated prompt, then reloads into it', async () => {
    const context = await newContext(browser, 'fr-SN');
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await new SignInPage(page).open();
      await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 20_000 });
      const first = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL);

      // A deploy: the server now has a different service worker (same code, one more line), in each
      // encoding it serves; put back as it was afterwards, for the journeys that follow.
      deploy(`${original.sw.toString('utf8')}\n// next version\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByTestId('update-prompt');
      await prompt.filter({ hasText: 'Une nouvelle version de l’Académie CSST est disponible.' }).waitFor();
      await expectAccessible(page, 'the sign-in page with the update prompt');

      const reloaded = page.waitForEvent('load');
      await prompt.getByRole('button', { name: 'Recharger' }).click();
      await reloaded;
      await page.getByTestId('sign-in-form').waitFor();
      expect(await prompt.textContent()).toBe('');
      const now = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { active: registration?.active?.scriptURL, waiting: !!registration?.waiting };
      });
      expect(now).toEqual({ active: first, waiting: false });
    } finally {
      restore();
      await context.close();
    }
  }, 90_000);
});
