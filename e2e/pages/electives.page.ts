import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';

/** A participant's elective chooser and agenda. */
export class ElectivesPage {
  constructor(private readonly page: Page) {}

  async open(editionTitle: string): Promise<void> {
    await this.page.getByTestId('edition-card').filter({ hasText: editionTitle }).getByRole('link').click();
    await this.page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name: 'Electives' }).click();
    await this.page.getByTestId('elective-window').waitFor();
    await expectAccessible(this.page);
  }

  module(title: string): Locator {
    return this.page.getByTestId('elective-module').filter({ hasText: title });
  }

  async choose(title: string): Promise<void> {
    await this.module(title).getByRole('button', { name: 'Take a seat' }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: `You have a seat in ${title}.` })
      .waitFor();
    await expectAccessible(this.page);
  }

  async openAgenda(): Promise<Locator> {
    await this.page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name: 'Agenda' }).click();
    const agenda = this.page.getByTestId('agenda');
    await agenda.waitFor();
    await expectAccessible(this.page);
    return agenda;
  }
}
