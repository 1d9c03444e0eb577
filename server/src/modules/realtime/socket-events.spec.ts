import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

// Nest's @SubscribeMessage takes any string, so a misspelt event name compiles and simply never
// fires. The names are read from the source and held against the typed map the client emits with.
const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER_SRC = path.resolve(here, '../..');
const EVENTS_TS = path.resolve(here, '../../../../shared/src/events.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Every `@SubscribeMessage(…)` of the server, with the file it is in. */
function subscribedEvents(files: string[]): { file: string; name: string | null }[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@SubscribeMessage\(\s*(?:'([^']*)'|"([^"]*)"|([^)]*))/g)].map((match) => ({
      file: path.relative(SERVER_SRC, file),
      // Anything but a string literal (a constant, a template) is null: this test could not check it.
      name: match[1] ?? match[2] ?? null,
    })),
  );
}

/** The property names of one interface, read at its top level (nested parameter types are skipped). */
function interfaceKeys(source: string, name: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const start = code.indexOf(`interface ${name} {`);
  if (start < 0) throw new Error(`interface ${name} not found`);
  let depth = 0;
  let topLevel = '';
  for (const char of code.slice(code.indexOf('{', start))) {
    if ('({['.includes(char)) depth++;
    if (depth === 1 && !'({['.includes(char)) topLevel += char;
    if (')}]'.includes(char) && --depth === 0) break;
  }
  return [...topLevel.matchAll(/(?:^|;)\s*(?:'([^']+)'|"([^"]+)"|([\w$]+))\??\s*:/g)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

describe('socket event names', () => {
  const handlers = subscribedEvents(sourceFiles(SERVER_SRC));
  const clientEvents = interfaceKeys(readFileSync(EVENTS_TS, 'utf8'), 'ClientToServerEvents');

  it('finds the gateways and the event map (the reading itself works)', () => {
    expect(handlers.length).toBeGreaterThan(5);
    expect(clientEvents).toContain('message:send');
  });

  it('names every @SubscribeMessage with a string literal', () => {
    expect(handlers.filter((handler) => handler.name === null)).toEqual([]);
  });

  it('subscribes only to events of ClientToServerEvents', () => {
    expect(handlers.filter((handler) => handler.name !== null && !clientEvents.includes(handler.name))).toEqual([]);
  });

  it('has a handler for every event of ClientToServerEvents', () => {
    const handled = new Set(handlers.map((handler) => handler.name));
    expect(clientEvents.filter((event) => !handled.has(event))).toEqual([]);
  });

  it('reads top-level keys only, across lines and nested types', () => {
    const source = `export interface Events {
      /** a comment: 'not:a-key': */
      'a:b': (request: { nested: string }, ack: (reply: { at: string }) => void) => void;
      plain?: (
        request: Foo,
        ack: Ack<{ ids: string[] }>,
      ) => void;
    }
    interface Other { 'c:d': () => void }`;
    expect(interfaceKeys(source, 'Events')).toEqual(['a:b', 'plain']);
  });
});
