import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { baseUrl, DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { SignInPage } from '../pages/sign-in.page.js';

const PARTICIPANT = 'participant@academy.example.org'; // João Silva, who reads Portuguese
const FACILITATOR = 'facilitator@academy.example.org'; // Aminata Diallo, in Dakar

/** A signed-in API client of the demo person (as their browser would be). */
async function apiAs(browser: Browser, email: string): Promise<{ context: BrowserContext; api: APIRequestContext }> {
  const context = await newContext(browser, 'en-GB');
  const signedIn = await context.request.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  if (signedIn.status() !== 200) throw new Error(`sign-in of ${email}: ${signedIn.status()}`);
  return { context, api: context.request };
}

describe('coaching sessions through the real interface', () => {
  let browser: Browser;
  let facilitator: { context: BrowserContext; api: APIRequestContext };
  let editionId: string;
  let slotId: string;
  const need = `Proposta de projeto triangular ${Date.now()}`;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    facilitator = await apiAs(browser, FACILITATOR);
    const editions = (await (await facilitator.api.get('/api/editions')).json()) as { id: string; code: string }[];
    editionId = editions.find((edition) => edition.code === 'SSTC-2016')!.id;
    // A slot of the journey's own, three days ahead: the demo's slots stay as they are.
    const created = await facilitator.api.post(`/api/editions/${editionId}/coaching/slots`, {
      headers: { origin: baseUrl() },
      data: {
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        timeZone: 'Africa/Dakar',
        durationMinutes: 45,
        meetingLink: 'https://meet.example.org/e2e-coaching',
        language: 'pt',
        need,
      },
    });
    if (created.status() !== 201) throw new Error(`slot: ${created.status()} ${await created.text()}`);
    slotId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    // Deleting the slot takes any booking left by a failed run with it.
    if (slotId) await facilitator.api.delete(`/api/coaching/slots/${slotId}`, { headers: { origin: baseUrl() } });
    await facilitator.context.close();
    await browser.close();
  });

  it('lets a participant reading Portuguese book a coaching session, see it confirmed, and cancel it', async () => {
    const context = await newContext(browser, 'pt-BR');
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(PARTICIPANT, DEMO_PASSWORD);
    await page.getByRole('navigation').first().waitFor();

    await page.goto(`/editions/${editionId}`);
    await page.getByRole('link', { name: 'Pós-aprendizagem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pós-aprendizagem' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sessões de coaching' }).waitFor();
    // The 2016 feedback page: the organizers' note and the shared results, in Portuguese.
    await page.getByRole('heading', { level: 2, name: 'Retorno da avaliação geral' }).waitFor();
    await page.getByText(/Obrigado por uma semana de intercâmbio aberto/).waitFor();
    expect(await page.getByTestId('question-result').count()).toBe(5);
    const slot = page.getByTestId('coaching-slot').filter({ hasText: need });
    await slot.waitFor();
    // Times in João's zone (São Paulo), Aminata's beside.
    await expect(slot.getByText(/para o facilitador/).count()).resolves.toBe(1);
    await expectAccessible(page);

    await slot.getByRole('button', { name: 'Reservar esta sessão' }).click();
    await slot.getByRole('status').filter({ hasText: 'Reservou esta sessão.' }).waitFor();
    await slot.getByRole('link', { name: 'Entrar na videoconferência' }).waitFor();
    await expectAccessible(page);

    // The booking is his, and the facilitator sees it.
    const seen = (await (await facilitator.api.get(`/api/coaching/slots/${slotId}`)).json()) as { bookings: { participant: { name: string } }[] };
    expect(seen.bookings.map((booking) => booking.participant.name)).toEqual(['João Silva']);

    await slot.getByRole('button', { name: 'Cancelar a minha reserva' }).click();
    await slot.getByRole('button', { name: 'Reservar esta sessão' }).waitFor();
    await expectAccessible(page);
  });

  it('shows the facilitator their slot form and the organizer the feedback editor, both accessible', async () => {
    for (const [email, locale, heading] of [
      [FACILITATOR, 'fr-FR', 'Proposer un créneau de coaching'],
      ['organizer@academy.example.org', 'en-GB', 'Prepare the feedback page'],
    ] as const) {
      const context = await newContext(browser, locale);
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(email, DEMO_PASSWORD);
      await page.getByRole('navigation').first().waitFor();
      await page.goto(`/editions/${editionId}/post-learning`);
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.getByTestId('coaching-slot').first().waitFor();
      // The demo's three slots (and this journey's own) are theirs to manage.
      expect(await page.getByTestId('coaching-slot').count()).toBeGreaterThanOrEqual(3);
      await expectAccessible(page);
    }
  });
});
