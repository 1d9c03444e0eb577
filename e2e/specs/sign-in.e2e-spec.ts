import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { expectAccessible } from '../fixtures/axe.js';

// The 2016 edition's title in each demo person's profile language.
const JOURNEYS = [
  {
    role: 'organizer',
    email: 'organizer@academy.example.org',
    name: 'Giulia Rossi',
    browserLocale: 'en-GB',
    language: 'en',
    title: '1st ILO Academy on South-South and Triangular Cooperation',
  },
  {
    role: 'facilitator',
    email: 'facilitator@academy.example.org',
    name: 'Aminata Diallo',
    browserLocale: 'fr-SN',
    language: 'fr',
    title: "1re Académie de l'OIT sur la coopération Sud-Sud et triangulaire",
  },
  {
    role: 'participant',
    email: 'participant@academy.example.org',
    name: 'João Silva',
    browserLocale: 'pt-BR',
    language: 'pt',
    title: '1.ª Academia da OIT sobre Cooperação Sul-Sul e Triangular',
  },
  {
    role: 'participant',
    email: 'participante@academy.example.org',
    name: 'María Fernández',
    browserLocale: 'es-CO',
    language: 'es',
    title: '1.ª Academia de la OIT sobre Cooperación Sur-Sur y Triangular',
  },
];

describe('signing in through the real interface', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const journey of JOURNEYS) {
    it(`signs in as the ${journey.role} in ${journey.language} and sees the 2016 edition`, async () => {
      const context = await newContext(browser, journey.browserLocale);
      const page = await context.newPage();
      try {
        const signIn = new SignInPage(page);
        await signIn.open();
        const home = new HomePage(page);
        expect(await home.htmlLang()).toBe(journey.language);

        await signIn.signIn(journey.email, DEMO_PASSWORD);
        await home.currentUser().filter({ hasText: journey.name }).waitFor();
        const card = home.editionCard(journey.title);
        await card.waitFor();
        expect(await card.getByTestId('edition-phase').textContent()).not.toBe('');
        await expectAccessible(page);
        expect(await home.htmlLang()).toBe(journey.language);
      } finally {
        await context.close();
      }
    });
  }

  it('switches the interface language on the page', async () => {
    const context = await newContext(browser, 'en-US');
    const page = await context.newPage();
    try {
      await new SignInPage(page).open();
      const home = new HomePage(page);
      await home.switchLanguage('fr');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      const submit = await page.getByTestId('sign-in-form').locator('button[type=submit]').textContent();
      await home.switchLanguage('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.getByTestId('sign-in-form').locator('button[type=submit]').textContent()).not.toBe(submit);
    } finally {
      await context.close();
    }
  });

  it('refuses a wrong password with a translated message and stays on the sign-in form', async () => {
    const context = await newContext(browser, 'es-ES');
    const page = await context.newPage();
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('participante@academy.example.org', 'not the password');
      await page.getByRole('alert').filter({ hasText: 'El correo electrónico o la contraseña no son correctos.' }).waitFor();
      await expectAccessible(page, 'the sign-in form with its error');
      expect(await page.getByTestId('sign-in-form').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
