import type { Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';

/** The organizer's screens to set an edition up: the edition form and the programme editor. */
export class EditionSetupPage {
  constructor(private readonly page: Page) {}

  async createEdition(fields: {
    courseCode: string;
    courseTitle: string;
    code: string;
    title: string;
    start: string;
    end: string;
    preLearningOpens: string;
  }): Promise<void> {
    await this.page.getByRole('link', { name: 'New edition' }).click();
    const form = this.page.getByTestId('edition-form');
    await form.waitFor();
    await expectAccessible(this.page);
    await form.getByLabel('Course', { exact: true }).selectOption('new');
    await form.getByLabel('Course code').fill(fields.courseCode);
    await form.getByRole('group', { name: 'Course title' }).getByLabel('In English').fill(fields.courseTitle);
    await form.getByLabel('Edition code').fill(fields.code);
    await form.getByRole('group', { name: 'Title', exact: true }).getByLabel('In English').fill(fields.title);
    const venue = form.getByRole('group', { name: 'Venue', exact: true });
    await venue.getByLabel('In English').fill('ITCILO campus, Turin');
    await venue.getByLabel('In Português').fill('Campus do CIF-OIT, Turim');
    await form.getByLabel('Face-to-face week starts').fill(fields.start);
    await form.getByLabel('Face-to-face week ends').fill(fields.end);
    await form.getByLabel('Pre-learning opens').fill(fields.preLearningOpens);
    await form.getByRole('button', { name: 'Create the edition' }).click();
    await this.page.getByTestId('translation-status').waitFor();
    await expectAccessible(this.page);
  }

  async addItem(
    kind: 'panel' | 'mandatory module' | 'elective module',
    title: string,
    elective?: { block: string; capacity: number; day: number },
  ): Promise<void> {
    await this.page.getByRole('button', { name: `Add a${kind.startsWith('e') ? 'n' : ''} ${kind}` }).click();
    const form = this.page.getByTestId('item-form');
    await form.getByRole('group', { name: 'Title', exact: true }).getByLabel('In English').fill(title);
    if (elective) {
      await form.getByLabel('Block', { exact: true }).fill(elective.block);
      await form.getByLabel('Seats').fill(String(elective.capacity));
    }
    await form.getByRole('button', { name: 'Add a session' }).click();
    await expectAccessible(this.page, 'the programme item form');
    const day = form.getByLabel('Session 1: day');
    await day.selectOption({ index: elective?.day ?? 0 });
    await form.getByLabel('Session 1: room in English').fill('Pavilion A');
    await form.getByLabel('Session 1: room in Português').fill('Pavilhão A');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await this.page.getByTestId('programme-row').filter({ hasText: title }).waitFor();
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name, exact: true }).click();
  }

  async enrol(email: string, name: string): Promise<void> {
    await this.page.getByText('Add a person').click();
    const form = this.page.getByTestId('add-enrolment-form');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add and notify' }).click();
    await form.getByRole('status').filter({ hasText: name }).waitFor();
    await expectAccessible(this.page);
  }
}
