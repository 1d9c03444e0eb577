import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../fixtures/browser.js';
import { expectAccessible } from '../fixtures/axe.js';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId('sign-in-form').waitFor();
    await expectAccessible(this.page);
  }

  async signIn(email: string, password: string): Promise<void> {
    const form = this.page.getByTestId('sign-in-form');
    await form.locator('input[type=email]').fill(email);
    await form.locator('input[type=password]').fill(password);
    await form.locator('button[type=submit]').click();
  }
}

/** A new page of `context`, signed in as a demo person, once their name shows in the header. */
export async function signedInPage(context: BrowserContext, email: string, name: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.getByTestId('current-user').filter({ hasText: name }).waitFor();
  return page;
}
