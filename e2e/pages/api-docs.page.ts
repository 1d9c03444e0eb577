import type { Page } from 'playwright-core';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head']);

/** Swagger UI at /api/docs, with whatever the browser refused or failed to run while loading it. */
export class ApiDocsPage {
  readonly problems: string[] = [];

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.push(error.message));
  }

  async open(): Promise<void> {
    await this.page.goto('/api/docs');
    await this.page.locator('.swagger-ui .opblock').first().waitFor();
  }

  title(): Promise<string> {
    return this.page.locator('.swagger-ui .info .title').innerText();
  }

  /** How many operations the server's own OpenAPI document declares. */
  async declaredOperations(): Promise<number> {
    const response = await this.page.request.get('/api/docs-json');
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    return Object.values(document.paths)
      .flatMap((path) => Object.keys(path))
      .filter((method) => HTTP_METHODS.has(method)).length;
  }

  /**
   * From 150 tags and operations on, Swagger UI keeps only those near the viewport in the page (a virtual
   * list): scroll the last rendered item to the top until no new item comes, collecting each operation.
   */
  async renderedOperations(): Promise<number> {
    const operations = new Set<string>();
    let last = -1;
    for (;;) {
      const rendered = await this.page
        .locator('.swagger-ui .operations-virtual__item, .swagger-ui .opblock')
        .evaluateAll((elements) => elements.map((element) => ({ index: Number(element.getAttribute('data-index') ?? -1), id: element.id })));
      rendered.filter((element) => element.id).forEach((element) => operations.add(element.id));
      const furthest = Math.max(-1, ...rendered.map((element) => element.index));
      if (furthest <= last) return operations.size;
      last = furthest;
      const moved = await this.page.evaluate((index) => {
        const item = document.querySelector(`.operations-virtual__item[data-index="${index}"]`);
        const before = window.scrollY;
        item?.scrollIntoView({ block: 'start' });
        return window.scrollY !== before;
      }, furthest);
      if (!moved) return operations.size;
      await this.page
        .waitForFunction((index) => document.querySelector(`.operations-virtual__item[data-index="${index + 1}"]`) !== null, furthest, {
          timeout: 10_000,
        })
        .catch(() => undefined);
    }
  }
}
