import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { baseUrl, DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { SignInPage } from '../pages/sign-in.page.js';

const PARTICIPANT = 'participant@academy.example.org'; // João Silva, who reads Portuguese
const FACILITATOR = 'facilitator@academy.example.org'; // Aminata Diallo, French

/** Sets a demo person's interface language through the API (their profile), as the language switcher does. */
async function setLanguage(browser: Browser, email: string, language: string): Promise<void> {
  const context = await newContext(browser, 'en-GB');
  try {
    const api = context.request;
    const signedIn = await api.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
    if (signedIn.status() !== 200) throw new Error(`sign-in of ${email}: ${signedIn.status()}`);
    const changed = await api.patch('/api/profile', { headers: { origin: baseUrl() }, data: { language } });
    if (changed.status() !== 200) throw new Error(`language of ${email}: ${changed.status()} ${await changed.text()}`);
  } finally {
    await context.close();
  }
}

describe('the good-practices base through the real interface', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    // João reads French for this journey; his Portuguese comes back afterwards for the other journeys.
    await setLanguage(browser, PARTICIPANT, 'fr');
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await setLanguage(browser, PARTICIPANT, 'pt');
    await browser.close();
  });

  async function signedInPage(email: string, locale: string) {
    const context = await newContext(browser, locale);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(email, DEMO_PASSWORD);
    await page.getByRole('navigation').first().waitFor();
    return page;
  }

  it('lets a participant search in French on a phone, narrow by region, read a practice, and share one that a facilitator publishes', async () => {
    const page = await signedInPage(PARTICIPANT, 'fr-FR');
    await page.getByRole('link', { name: 'Bonnes pratiques', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonnes pratiques' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /pratiques trouvées/ })
      .waitFor();
    await expectAccessible(page);

    // Accents left out on purpose: "Haiti" finds "Haïti".
    await page.getByRole('searchbox', { name: 'Chercher dans les pratiques' }).fill('travail des enfants Haiti');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('status').filter({ hasText: '1 pratique trouvée' }).waitFor();
    await page.getByRole('searchbox', { name: 'Chercher dans les pratiques' }).fill('travail des enfants');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('status').filter({ hasText: '3 pratiques trouvées' }).waitFor();
    await page.getByLabel('Région').selectOption('americas');
    await page.getByRole('status').filter({ hasText: '2 pratiques trouvées' }).waitFor();
    expect(await page.getByLabel('Région').locator('option:checked').textContent()).toBe('Amériques (2)');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Brésil et Haïti : le travail des enfants dans la construction' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brésil et Haïti : le travail des enfants dans la construction' }).waitFor();
    await page.getByRole('heading', { name: 'Personnes à contacter' }).waitFor();
    await page.getByText('Aminata Diallo').first().waitFor();
    // Each contact person can be written to in the meeting point (the direct room it opens is tested below the browser).
    await page.getByRole('button', { name: 'Écrire à Aminata Diallo' }).waitFor();
    await expectAccessible(page);

    // João shares a practice of his own and submits it for review.
    const title = `Coopérative de recyclage à Recife ${Date.now()}`;
    await page.getByRole('link', { name: 'Retour aux bonnes pratiques' }).click();
    await page.getByRole('link', { name: 'Partager une pratique' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partager une pratique' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Titre (français)').fill(title);
    await page.getByLabel('Résumé (français)').fill('Des emplois verts pour les ramasseurs de déchets, avec la mairie.');
    await page.getByLabel('Région', { exact: true }).selectOption('americas');
    await page.getByLabel('Modalité').selectOption('city_to_city');
    await page.getByRole('checkbox', { name: 'ODD 8' }).check();
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Soumettre à la relecture' }).click();
    await page.getByRole('status').filter({ hasText: 'Soumise' }).waitFor();
    await expectAccessible(page);

    // Aminata finds it among the practices to review and publishes it with a word for João.
    const facilitator = await signedInPage(FACILITATOR, 'fr-FR');
    await facilitator.getByRole('link', { name: 'Bonnes pratiques', exact: true }).click();
    await facilitator.getByRole('link', { name: 'Mes pratiques et relectures' }).click();
    await facilitator.getByRole('heading', { name: /pratique(s)? à relire/ }).waitFor();
    await expectAccessible(facilitator);
    await facilitator.getByRole('link', { name: title }).click();
    await facilitator.getByLabel('Votre commentaire pour l’auteur ou l’autrice').fill('Merci, très clair.');
    await facilitator.getByRole('button', { name: 'Publier' }).click();
    await facilitator.getByRole('status').filter({ hasText: 'Publiée' }).waitFor();
    await expectAccessible(facilitator);

    // Published: João finds it by a word of its summary, typed without accents.
    await page.getByRole('link', { name: 'Retour aux bonnes pratiques' }).click();
    await page.getByRole('searchbox', { name: 'Chercher dans les pratiques' }).fill('recife dechets');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('link', { name: title }).waitFor();
  });

  it('lets an organizer turn a 2016 participant’s initiative into a draft practice with one action', async () => {
    const page = await signedInPage('organizer@academy.example.org', 'en-GB');
    const editions = (await (await page.request.get('/api/editions')).json()) as { id: string; code: string }[];
    const edition2016 = editions.find((edition) => edition.code === 'SSTC-2016')!;
    const surveys = (await (await page.request.get(`/api/editions/${edition2016.id}/surveys`)).json()) as { id: string; kind: string }[];
    const impact = surveys.find((survey) => survey.kind === 'impact_assessment')!;
    await page.goto(`/surveys/${impact.id}/interviews`);
    const button = page.getByRole('button', { name: /^Share .+’s initiative as a draft practice$/ }).first();
    const label = (await button.textContent())!;
    const name = /^Share (.+)’s initiative/.exec(label)![1]!;
    await expectAccessible(page);
    await button.click();
    await page.getByText('Draft', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'People to contact' }).waitFor();
    await page.getByText(name).first().waitFor();
    expect(page.url()).toMatch(/\/practices\/[0-9a-f-]{36}$/);
    await expectAccessible(page);
  });
});
