import type { Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';

/** The public response form at /s/:token. */
export class SurveyFormPage {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByTestId('survey-form').waitFor();
    await expectAccessible(this.page, 'the survey form');
  }

  async choose(question: string, value: string): Promise<void> {
    await this.page.locator(`[data-question="${question}"] input[value="${value}"]`).check();
  }

  async fill(question: string, text: string): Promise<void> {
    await this.page.locator(`[data-question="${question}"] input, [data-question="${question}"] textarea`).fill(text);
  }

  isChosen(question: string, value: string): Promise<boolean> {
    return this.page.locator(`[data-question="${question}"] input[value="${value}"]`).isChecked();
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('survey-form').locator('button[type=submit]').click();
    await this.page.getByTestId('survey-thanks').waitFor();
    await expectAccessible(this.page, 'the survey thanks');
  }
}

/** The organizer's survey pages. */
export class SurveysAdminPage {
  constructor(private readonly page: Page) {}

  async openEdition(editionTitle: string | RegExp): Promise<void> {
    await this.page.goto('/surveys');
    const select = this.page.locator('#survey-edition');
    const option = select.locator('option').filter({ hasText: editionTitle });
    await option.first().waitFor({ state: 'attached' });
    await select.selectOption((await option.first().getAttribute('value'))!);
    await this.page.locator('[data-testid=survey-card]').first().waitFor();
    await expectAccessible(this.page);
  }

  async scheduleNewDistribution(kind: string, reminders?: string): Promise<void> {
    await this.page.locator(`[data-testid=survey-card][data-kind=${kind}]`).getByRole('link').first().click();
    if (reminders !== undefined) await this.page.locator('#reminder-days').fill(reminders);
    await this.page.getByTestId('new-distribution').locator('button[type=submit]').click();
    await this.page.locator('[data-testid=distribution][data-status=scheduled], [data-testid=distribution][data-status=open]').first().waitFor();
    await expectAccessible(this.page);
  }
}
