import type { Page } from 'playwright-core';
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
