import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { baseUrl, DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { DiscussionsPage, RoomView } from '../pages/discussions.page.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// Mandatory module 1 of the 2016 edition, in each person's interface language.
const MODULE_1 = {
  pt: 'Cooperação Sul-Sul e os Objetivos de Desenvolvimento Sustentável',
  es: 'Cooperación Sur-Sur y los Objetivos de Desarrollo Sostenible',
  fr: 'La coopération Sud-Sud et les objectifs de développement durable',
};
const EDITION_2016 = {
  pt: '1.ª Academia da OIT sobre Cooperação Sul-Sul e Triangular',
  es: '1.ª Academia de la OIT sobre Cooperación Sur-Sur y Triangular',
  fr: "1re Académie de l'OIT sur la coopération Sud-Sud et triangulaire",
};

interface Person {
  context: BrowserContext;
  page: Page;
  room: RoomView;
}

async function enter(browser: Browser, email: string, locale: string, name: string, language: 'pt' | 'es' | 'fr'): Promise<Person> {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await new HomePage(page).currentUser().filter({ hasText: name }).waitFor();
  // Messages as written: another journey may have turned automatic translation on for this person.
  expect((await page.request.put('/api/translation/preferences', { headers: { origin: baseUrl() }, data: { autoTranslate: false } })).ok()).toBe(
    true,
  );
  const discussions = new DiscussionsPage(page);
  await discussions.open();
  return { context, page, room: await discussions.openRoom(MODULE_1[language], EDITION_2016[language]) };
}

describe('discussion rooms in the browser', () => {
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

  it('lets two participants in different languages chat in their module room, and a facilitator hide a message for both', async () => {
    await joao.room.send('Olá María! Vamos continuar o debate sobre o **trabalho decente**?');
    const received = maria.room.message('Vamos continuar o debate');
    await received.waitFor();
    expect(await received.locator('strong').textContent()).toBe('trabalho decente');
    // The Spanish reader sees that the message is in Portuguese, and the text is marked as such.
    expect(await received.textContent()).toContain('Escrito en portugués');
    expect(await received.getByTestId('message-body').getAttribute('lang')).toBe('pt');

    await maria.room.send('¡Claro, João! En Colombia tenemos un proyecto sobre eso.');
    await joao.room.message('En Colombia tenemos un proyecto').waitFor();

    const facilitator = await enter(browser, 'facilitator@academy.example.org', 'fr-SN', 'Aminata Diallo', 'fr');
    try {
      await facilitator.room.message('En Colombia tenemos un proyecto').waitFor();
      await facilitator.room.hide('En Colombia tenemos un proyecto', 'Hors sujet pour ce module', { actions: 'Actions', hide: 'Masquer' });
      await maria.room.message('En Colombia tenemos un proyecto').waitFor({ state: 'detached' });
      await joao.room.message('En Colombia tenemos un proyecto').waitFor({ state: 'detached' });
      // Participants keep a placeholder where it was, also after a reload.
      await maria.room.message('Los moderadores ocultaron este mensaje.').waitFor();
      await joao.page.reload();
      await joao.room.waitUntilLive();
      await joao.room.message('Esta mensagem foi ocultada pelos moderadores.').waitFor();
      // The moderator still sees it, marked hidden with the reason.
      const hidden = facilitator.room.message('En Colombia tenemos un proyecto');
      expect(await hidden.textContent()).toContain('Hors sujet pour ce module');
      expect(await joao.room.message('Vamos continuar o debate').count()).toBe(1);

      // An announcement is pinned: it is shown once, at the top, and no element id appears twice.
      // She writes it in Spanish too: María reads that version, the French original one click away.
      await facilitator.page.getByTestId('composer').getByLabel('Publier comme').selectOption('announcement');
      await facilitator.page.getByTestId('announcement-version-es').fill('Anuncio: la sesión de preguntas es el jueves.');
      await facilitator.room.send('Annonce : la session de questions a lieu jeudi.');
      const spanish = maria.page.locator('.pinned [data-testid=message]').filter({ hasText: 'la sesión de preguntas es el jueves' });
      await spanish.waitFor();
      expect(await spanish.getByTestId('announcement-version-note').textContent()).toContain('Original en francés');
      await expectAccessible(maria.page);
      await spanish.getByRole('button', { name: 'ver el original' }).click();
      await maria.page.locator('.pinned [data-testid=message]').filter({ hasText: 'la session de questions a lieu jeudi' }).waitFor();
      for (const page of [facilitator.page, joao.page]) {
        await page.locator('.pinned [data-testid=message]').filter({ hasText: 'la session de questions a lieu jeudi' }).waitFor();
        expect(await page.locator('[data-testid=message]').filter({ hasText: 'la session de questions a lieu jeudi' }).count()).toBe(1);
        const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      }
    } finally {
      await facilitator.context.close();
    }
  });

  it('shows a picked mention by name, sends it as a mention, and brings one’s own new message into view', async () => {
    await joao.room.composer().fill('Obrigado @Mar');
    await joao.page.getByRole('button', { name: '@María Fernández' }).click();
    expect(await joao.room.composer().inputValue()).toBe('Obrigado @María Fernández ');
    await joao.room.composer().pressSequentially('pela resposta');
    await joao.page.evaluate(() => window.scrollTo(0, 0));
    await joao.room.composer().press('Enter');
    const mine = joao.room.message('pela resposta');
    await mine.waitFor();
    await joao.page.waitForFunction((text) => {
      const message = [...document.querySelectorAll('[data-testid=message-list] [data-testid=message]')].find((m) => m.textContent?.includes(text));
      const composer = document.querySelector('[data-testid=composer]');
      if (!message || !composer) return false;
      const box = message.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= composer.getBoundingClientRect().top + 1;
    }, 'pela resposta');
    const received = maria.room.message('pela resposta');
    await received.waitFor();
    expect(await received.locator('.mention').textContent()).toBe('@María Fernández');
    expect(await received.textContent()).not.toContain('](');
  });

  it('renders markup and script in messages as inert text', async () => {
    const dialogs: string[] = [];
    maria.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const payloads = [
      '<img src=x onerror="window.__xss=1;alert(1)">',
      '<script>window.__xss=2</script>',
      '[clique aqui](javascript:window.__xss=3)',
      '<a href="javascript:window.__xss=4">link</a> <svg onload="window.__xss=5"></svg>',
      '<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
    ];
    for (const payload of payloads) await joao.room.send(payload);
    for (const payload of payloads) await maria.room.message(payload.slice(0, 20)).first().waitFor();
    const bodies = maria.page.getByTestId('message-list').getByTestId('message-body');
    expect(await bodies.locator('img, script, svg, iframe').count()).toBe(0);
    const hrefs = await bodies.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https?:|mailto:)/.test(href))).toEqual([]);
    expect(await maria.page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await maria.room.message('<script>window.__xss=2</script>').count()).toBe(1);
  });

  it('keeps a message written offline as pending, across a reload, and sends it when back online', async () => {
    await joao.context.setOffline(true);
    await joao.page.locator('[data-testid=room-status]:not([data-status=live])').waitFor();
    await joao.room.send('Mensagem escrita sem ligação');
    await joao.room.pending().filter({ hasText: 'Mensagem escrita sem ligação' }).waitFor();
    expect(await joao.room.pending().textContent()).toContain('A enviar…');
    const stored = await joao.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('sstc.outbox.'))
        .map((key) => localStorage.getItem(key))
        .join(''),
    );
    expect(stored).toContain('Mensagem escrita sem ligação');

    // Closing the tab while offline: only localStorage keeps the message.
    const url = joao.page.url();
    await joao.page.close();
    await joao.context.setOffline(false);
    joao.page = await joao.context.newPage();
    await joao.page.goto(url);
    joao.room = new RoomView(joao.page);
    await joao.room.waitUntilLive();
    await maria.room.message('Mensagem escrita sem ligação').waitFor();
    await joao.room.message('Mensagem escrita sem ligação').waitFor();
    expect(await joao.room.pending().count()).toBe(0);
    expect(await maria.room.message('Mensagem escrita sem ligação').count()).toBe(1);
  });
});
