import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

describe('places in the reader’s language', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a Portuguese participant finds the 2016 venue and rooms in Portuguese, in the agenda and in the calendar file', async () => {
    const context = await newContext(browser, 'pt-PT');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('participant@academy.example.org', DEMO_PASSWORD);
      await new HomePage(page).currentUser().filter({ hasText: 'João Silva' }).waitFor();
      const editions = (await (await context.request.get('/api/editions')).json()) as { id: string; code: string }[];
      const edition = editions.find((e) => e.code === 'SSTC-2016')!;

      await page.goto(`/editions/${edition.id}/agenda`);
      await page.getByTestId('agenda-entry').first().waitFor();
      await page.getByText('Campus do CIF-OIT, Viale Maestri del Lavoro 10, Turim (Itália)').waitFor();
      await page.getByTestId('agenda-entry').filter({ hasText: 'Sala: Sala plenária' }).first().waitFor();
      expect(await page.getByTestId('agenda').textContent()).not.toContain('Plenary hall');
      await expectAccessible(page, 'the agenda in Portuguese');

      const href = await page.getByTestId('calendar-links').getByRole('link', { name: /\.ics/ }).getAttribute('href');
      const ics = await (await context.request.get(href!)).text();
      expect(ics).toContain('LOCATION:Sala plenária\\, Campus do CIF-OIT');
      expect(ics).not.toContain('Plenary hall');
    } finally {
      await context.close();
    }
  });
});
