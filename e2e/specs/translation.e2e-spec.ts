import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { DiscussionsPage, type RoomView } from '../pages/discussions.page.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// The e2e server runs with TRANSLATION_URL pointing at the LibreTranslate-compatible fake
// (fixtures/global-setup.mjs), which knows these phrases in the four languages.
const PANEL_2 = {
  pt: 'Cooperação triangular: boas práticas',
  es: 'Cooperación triangular: buenas prácticas',
};
const EDITION_2016 = {
  pt: '1.ª Academia da OIT sobre Cooperação Sul-Sul e Triangular',
  es: '1.ª Academia de la OIT sobre Cooperación Sur-Sur y Triangular',
};

interface Person {
  context: BrowserContext;
  page: Page;
  room: RoomView;
}

async function enter(browser: Browser, email: string, locale: string, name: string, language: 'pt' | 'es'): Promise<Person> {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await new HomePage(page).currentUser().filter({ hasText: name }).waitFor();
  const discussions = new DiscussionsPage(page);
  await discussions.open();
  return { context, page, room: await discussions.openRoom(PANEL_2[language], EDITION_2016[language]) };
}

describe('translation in the browser', () => {
  let browser: Browser;
  let joao: Person;
  let maria: Person;

  beforeAll(async () => {
    browser = await launchBrowser();
    joao = await enter(browser, 'participant@academy.example.org', 'pt-BR', 'João Silva', 'pt');
    maria = await enter(browser, 'participante@academy.example.org', 'es-CO', 'María Fernández', 'es');
  }, 120_000);
  afterAll(async () => {
    await browser.close();
  });

  it('lets a Portuguese and a Spanish participant read each other in their own language, the original one click away', async () => {
    // On demand: João asks for the translation of María's message.
    await maria.room.send('Hola, ¿cómo está usted?');
    const line = joao.room.translation('Hola, ¿cómo está usted?');
    await line.getByRole('button', { name: 'Traduzir' }).click();
    await joao.room.message('Olá, como está você?').waitFor();
    expect(await joao.room.translation('Olá, como está você?').textContent()).toContain('Traduzido do espanhol');
    expect(await joao.room.body('Olá, como está você?').getAttribute('lang')).toBe('pt');
    await expectAccessible(joao.page);
    await joao.room.translation('Olá, como está você?').getByRole('button', { name: 'ver o original' }).click();
    await joao.room.body('Hola, ¿cómo está usted?').waitFor();
    await joao.room.translation('Hola, ¿cómo está usted?').getByRole('button', { name: 'Ver a tradução' }).click();
    await joao.room.body('Olá, como está você?').waitFor();

    // Automatically: María turns the setting on, and João's next message arrives in Spanish, markup kept.
    // Listen before clicking: on a fast machine the answer can arrive before a listener set up afterwards.
    const saved = maria.page.waitForResponse((r) => r.url().endsWith('/api/translation/preferences') && r.ok());
    await maria.room.autoTranslate().check();
    await saved;
    await joao.room.send('O nosso projeto de cooperação funciona bem');
    const translated = maria.room.message('Nuestro proyecto de cooperación funciona bien');
    await translated.waitFor();
    expect(await maria.room.translation('Nuestro proyecto de cooperación funciona bien').textContent()).toContain('Traducido del portugués');
    await maria.room.translation('Nuestro proyecto de cooperación funciona bien').getByRole('button', { name: 'ver el original' }).click();
    await maria.room.body('O nosso projeto de cooperação funciona bem').waitFor();
    // João's own message stays as he wrote it on his screen.
    expect(await joao.room.message('O nosso projeto de cooperação funciona bem').getByTestId('message-translation').count()).toBe(0);
  });

  it('lets a facilitator fill the French version of a unit with a machine draft and mark it reviewed', async () => {
    const context = await newContext(browser, 'fr-SN');
    const page = await context.newPage();
    let origin = '';
    let unitId: string | undefined;
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('facilitator@academy.example.org', DEMO_PASSWORD);
      await new HomePage(page).currentUser().filter({ hasText: 'Aminata Diallo' }).waitFor();
      // A unit of her module written in English only (the editions' default language).
      origin = new URL(page.url()).origin;
      const editions = (await (await page.request.get('/api/editions')).json()) as { id: string; code: string }[];
      const edition = editions.find((e) => e.code !== 'SSTC-2016') ?? editions[0]!;
      const pkg = (await (await page.request.get(`/api/editions/${edition.id}/learning`)).json()) as { editableItemIds: string[] };
      const created = await page.request.post(`/api/editions/${edition.id}/learning/units`, {
        headers: { origin },
        data: {
          title: { en: 'Hello, how are you?' },
          body: { en: 'Our cooperation project works well' },
          keyQuestions: [],
          resources: [],
          programmeItemId: pkg.editableItemIds[0],
          estimatedMinutes: 10,
        },
      });
      expect(created.status()).toBe(201);
      const unit = (await created.json()) as { id: string };
      unitId = unit.id;

      await page.goto(`/learning/units/${unit.id}/edit`);
      const drafts = page.getByTestId('machine-drafts');
      await drafts.getByRole('button', { name: 'Compléter les langues manquantes par une ébauche automatique' }).click();
      const frenchText = drafts.getByTestId('machine-draft').filter({ hasText: 'Français : texte — ébauche automatique, non relue' });
      await frenchText.waitFor();
      await expectAccessible(page);
      // The form now holds the draft, from the default language, markup kept.
      await page.getByRole('radio', { name: 'Français' }).check();
      expect(await page.getByRole('textbox', { name: 'Texte (Français)' }).inputValue()).toBe('Notre projet de coopération fonctionne bien');

      // Participants would see "machine translation" until it is reviewed.
      await page.goto(`/learning/units/${unit.id}`);
      await page.getByTestId('machine-translation').waitFor();
      await expectAccessible(page);
      await page.goto(`/learning/units/${unit.id}/edit`);
      await frenchText.getByRole('button', { name: 'Marquer comme relu' }).click();
      await frenchText.waitFor({ state: 'detached' });
      await drafts.getByTestId('machine-draft').filter({ hasText: 'Français : titre' }).getByRole('button', { name: 'Marquer comme relu' }).click();
      await drafts.getByTestId('machine-draft').filter({ hasText: 'Français' }).first().waitFor({ state: 'detached' });
      await page.goto(`/learning/units/${unit.id}`);
      await page.getByRole('heading', { level: 1, name: 'Bonjour, comment allez-vous ?' }).waitFor();
      expect(await page.getByTestId('machine-translation').count()).toBe(0);
    } finally {
      // The demo is shared by every journey: the learning journey counts this package's units.
      if (unitId) await page.request.delete(`/api/learning/units/${unitId}`, { headers: { origin } });
      await context.close();
    }
  });
});
