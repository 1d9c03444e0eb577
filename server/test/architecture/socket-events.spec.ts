import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseSync } from '@swc/core';
import { MODULES_DIR, nodes, parse, typeScriptFiles, type Node } from './sources.js';

// Nest's @SubscribeMessage takes any string, so a misspelt event name compiles and simply never
// fires. The names are read from the source and held against the typed map the client emits with.
const SERVER_SRC = path.resolve(MODULES_DIR, '..');
const EVENTS_TS = path.resolve(SERVER_SRC, '../../shared/src/events.ts');

/** Every `@SubscribeMessage(…)` in the files, with its event name (null when it is not a string literal). */
function subscribedEvents(files: string[]): { file: string; name: string | null }[] {
  return files.flatMap((file) =>
    [...nodes(parse(file).body)]
      .filter((node) => node.type === 'Decorator')
      .map((decorator) => decorator.expression as Node)
      .filter(
        (call) => call.type === 'CallExpression' && (call.callee as Node).type === 'Identifier' && (call.callee as Node).value === 'SubscribeMessage',
      )
      .map((call) => {
        const argument = ((call.arguments as Node[])[0] as Node | undefined)?.expression as Node | undefined;
        // A constant or a template would escape this check: only a string literal counts.
        return { file: path.relative(SERVER_SRC, file), name: argument?.type === 'StringLiteral' ? (argument.value as string) : null };
      }),
  );
}

/** The property names of an interface (`'room:join'` and `plain` alike). */
function interfaceKeys(module: { body: unknown }, name: string): string[] {
  const declaration = [...nodes(module.body)].find((node) => node.type === 'TsInterfaceDeclaration' && (node.id as Node).value === name);
  if (!declaration) throw new Error(`interface ${name} not found`);
  return ((declaration.body as Node).body as Node[])
    .filter((member) => member.type === 'TsPropertySignature' || member.type === 'TsMethodSignature')
    .map((member) => (member.key as Node).value as string);
}

describe('socket event names', () => {
  const handlers = subscribedEvents(typeScriptFiles(SERVER_SRC));
  const clientEvents = interfaceKeys(parse(EVENTS_TS), 'ClientToServerEvents');

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

  it('reads quoted and plain keys of the named interface only', () => {
    const module = parseSync(
      `/** 'not:a-key': */
      export interface Events {
        'a:b': (request: { nested: string }, ack: (reply: { at: string }) => void) => void;
        plain?: (request: Foo) => void;
        method(): void;
      }
      interface Other { 'c:d': () => void }`,
      { syntax: 'typescript' },
    );
    expect(interfaceKeys(module, 'Events')).toEqual(['a:b', 'plain', 'method']);
  });
});
