import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { LearningPage } from '../pages/learning.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// The upcoming demo edition is in pre-learning; its title carries the year.
const UPCOMING_EN = /ILO Academy on South-South and Triangular Cooperation \d{4}/;

describe('pre-learning through the real interface', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a participant open and complete units, also offline, and shows what is next', async () => {
    const context = await newContext(browser, 'en-GB');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('participant.en@academy.example.org', DEMO_PASSWORD);
      const home = new HomePage(page);
      await home.currentUser().filter({ hasText: 'Kwame Mensah' }).waitFor();
      await home.editionCards().filter({ hasText: UPCOMING_EN }).getByRole('link').first().click();
      await page.getByRole('link', { name: 'Pre-learning package' }).click();

      const learning = new LearningPage(page);
      await page.getByText('0 of 15 units completed').waitFor();
      await learning.waitForOfflineReading();
      await page.getByRole('link', { name: 'Start with “Welcome: how this package works”' }).click();
      await learning.unitHeading().filter({ hasText: 'Welcome: how this package works' }).waitFor();
      await learning.markCompleted('Mark as completed');
      await page.getByText('You have completed this unit.').waitFor();

      // The next unit, opened online, stays readable offline; completing it offline is kept and sent later.
      await page.getByRole('link', { name: 'Next unit' }).click();
      await learning.unitHeading().filter({ hasText: 'Sustainable Development Goals and SSTC' }).waitFor();
      await page.getByText('Key questions').waitFor();
      await context.setOffline(true);
      await page.reload();
      await learning.unitHeading().filter({ hasText: 'Sustainable Development Goals and SSTC' }).waitFor();
      expect(await page.locator('.unit-body strong').first().textContent()).toBe('17 Sustainable Development Goals');
      await learning.markCompleted('Mark as completed');
      await page.getByText('1 progress update is saved on this device and will be sent when you are back online.').waitFor();
      await context.setOffline(false);
      await page.getByText('1 progress update is saved on this device').waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'Next unit' }).click();
      await learning.unitHeading().filter({ hasText: 'South-South Cooperation and the Sustainable Development Goals' }).waitFor();
      await learning.markCompleted('Mark as completed');
      await page.getByText('You have completed this unit.').waitFor();
      await page.getByRole('link', { name: 'Back to the package' }).click();
      await page.getByText('3 of 15 units completed').waitFor();
      await page.getByRole('link', { name: /^Continue with “Triangular cooperation: good practices”$/ }).waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it('shows the facilitator the participant’s progress on their module', async () => {
    const context = await newContext(browser, 'fr-SN');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('facilitator@academy.example.org', DEMO_PASSWORD);
      const home = new HomePage(page);
      await home.currentUser().filter({ hasText: 'Aminata Diallo' }).waitFor();
      await home.editionCards().filter({ hasText: /coopération Sud-Sud et triangulaire \d{4}/ }).getByRole('link').first().click();
      await page.getByRole('link', { name: 'Module de pré-apprentissage' }).click();
      await page.getByRole('link', { name: 'Progression du pré-apprentissage' }).click();
      await page.getByLabel('Module').selectOption({ label: 'Module obligatoire 1: La coopération Sud-Sud et les objectifs de développement durable' });
      const learning = new LearningPage(page);
      const row = learning.progressTable().getByRole('row').filter({ hasText: 'Kwame Mensah' });
      await row.filter({ hasText: '1 sur 1 (100 %)' }).waitFor();
      expect(await row.locator('.badge').textContent()).toBe('Terminé');
      expect(await learning.progressTable().getByRole('row').filter({ hasText: 'João Silva' }).locator('.badge').textContent()).toBe('Pas commencé');
      const csv = await page.request.get((await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href'))!);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('Kwame Mensah');
    } finally {
      await context.close();
    }
  }, 90_000);
});
