import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { addDays, dateIn } from '@sstc/shared';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { EditionSetupPage } from '../pages/edition-setup.page.js';
import { ElectivesPage } from '../pages/electives.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

const today = dateIn('Europe/Rome');
const start = addDays(today, 40);
const EDITION = 'Academy journey edition';

describe('setting up an edition and choosing an elective', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('an organizer creates an edition with a panel, a mandatory and two electives, and enrols a participant', async () => {
    const context = await newContext(browser, 'en-GB');
    const page = await context.newPage();
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('organizer@academy.example.org', DEMO_PASSWORD);
      const setup = new EditionSetupPage(page);
      await setup.createEdition({
        courseCode: 'E2E-COURSE',
        courseTitle: 'Journey course',
        code: 'E2E-2030',
        title: EDITION,
        start,
        end: addDays(start, 4),
        preLearningOpens: addDays(today, -1),
      });

      await setup.addItem('panel', 'Opening plenary');
      await setup.addItem('mandatory module', 'Foundations of SSTC');
      await setup.addItem('elective module', 'Social Dialogue', { block: 'A', capacity: 2, day: 1 });
      await setup.addItem('elective module', 'Labour Migration', { block: 'A', capacity: 2, day: 1 });
      // Titles only in English so far, the venue and rooms in English and Portuguese: the status names the missing languages.
      const status = await page.getByTestId('translation-status').textContent();
      expect(status).toContain('Español: 10 texts missing');
      expect(status).toContain('Português: 5 texts missing');
      expect(status).toContain('The venue lacks: Español, Français.');

      await setup.openTab('People');
      await setup.enrol('participant.en@academy.example.org', 'Kwame Mensah');
    } finally {
      await context.close();
    }
  }, 240_000); // About sixty browser steps and seven accessibility checks: 80 s at ordinary load, over 120 s on a loaded machine.

  it('the participant picks an elective and finds it in their agenda', async () => {
    const context = await newContext(browser, 'en-GB');
    const page = await context.newPage();
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('participant.en@academy.example.org', DEMO_PASSWORD);
      const electives = new ElectivesPage(page);
      await electives.open(EDITION);
      expect(await electives.module('Social Dialogue').getByTestId('seats').textContent()).toBe('2 seats left of 2');

      await electives.choose('Social Dialogue');
      expect(await electives.module('Social Dialogue').getByTestId('seats').textContent()).toBe('1 seat left of 2');

      const agenda = await electives.openAgenda();
      const titles = await agenda.getByTestId('agenda-entry').locator('h3').allTextContents();
      expect(titles).toEqual(['Opening plenary', 'Foundations of SSTC', 'Social Dialogue']);
      expect(await page.getByTestId('calendar-links').getByRole('link', { name: 'Download this week (.ics)' }).getAttribute('href')).toMatch(
        /\/agenda\/ics$/,
      );
    } finally {
      await context.close();
    }
  });
});
