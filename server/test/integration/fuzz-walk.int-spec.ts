import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import SwaggerParser from '@apidevtools/swagger-parser';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ERROR_CODES, type ClientToServerEvents } from '@sstc/shared';
import { MODULES_DIR, nodes, parse, type Node } from '../architecture/sources.js';
import { connect, demoEdition, member, request, roomsOf, type ClientSocket } from '../factories/discussions.factory.js';
import { createSurvey, sendNow } from '../factories/surveys.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Every route of the OpenAPI document and every client socket event, fed generated malformed input
 * as an organizer and as a participant: nothing may answer 5xx, and every refusal has the one error
 * shape. Seeded, so a failure replays; `FUZZ_SEED` picks another run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_161_107);
const CASES_PER_ROUTE = 10;
const CASES_PER_EVENT = 40;
/** Routes that end the caller's session: walked last, so that the walk keeps its signed-in callers. */
const SESSION_ENDING = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Schema = OpenAPIV3_1.SchemaObject;
interface Operation {
  method: (typeof METHODS)[number];
  path: string;
  parameters: OpenAPIV3_1.ParameterObject[];
  body?: Schema;
}
interface Case {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Strings that broke the server once. */
const BREAKING_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '0000-01-01T00:00:00Z',
  '2147483648',
  '>'.repeat(2_500) + ' deep',
  '- '.repeat(2_000) + 'x',
];
/** Strings that any careless handler would choke on. */
const NASTY_STRINGS = [
  ...BREAKING_STRINGS,
  '9999-12-31T23:59:59Z',
  '1970-01-01',
  '-1',
  '1e309',
  'NaN',
  '',
  ' ',
  "' OR 1=1 --",
  '../../../etc/passwd',
  '%00',
  '{"$ne":null}',
  '__proto__',
  'ø'.repeat(300),
];
const NASTY_NUMBERS = [0, -1, 1.5, 2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, 1e300, -0];

const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }));
const nastyNumber = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.integer(), fc.double({ noNaN: true }));
const nastyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom('en', 'id', 'roomId', 'body')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** The right kind of value three times in four, else a hostile one. */
function usually(arbitrary: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown> = nastyValue): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: hostile });
}

/** What replaces one field of a well-formed value: mostly the strings and numbers known to hurt. */
const nastyField = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BREAKING_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: nastyValue },
);

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));

/** A value that follows the schema as far as a generator can tell (patterns, bounds, formats, required keys). */
function fromSchema(schema: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return fc.constant(null);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return fc.oneof(...variants.map((variant) => fromSchema(variant, ids, depth + 1)));
  if (schema.allOf) return fromSchema(Object.assign({}, ...(schema.allOf as Schema[])), ids, depth);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {}) as [string, Schema][];
      const record = Object.fromEntries(properties.map(([key, property]) => [key, fromSchema(property, ids, depth + 1)]));
      const required = (schema.required ?? []).filter((key) => key in record);
      return fc.record(record, { requiredKeys: required });
    }
    case 'array':
      return fc.array(fromSchema((schema as OpenAPIV3_1.ArraySchemaObject).items as Schema, ids, depth + 1), {
        minLength: (schema.minItems as number) ?? 0,
        maxLength: Math.min((schema.maxItems as number) ?? 3, 3),
      });
    case 'integer':
    case 'number': {
      // Ranges start where the schema says (a year from 1900): the span is capped, not the value.
      const min = (schema.minimum as number) ?? 0;
      return fc.integer({ min, max: Math.min((schema.maximum as number) ?? min + 100, min + 1_000) });
    }
    case 'boolean':
      return fc.boolean();
    case 'string': {
      if (schema.format === 'uuid') return fc.constantFrom(...ids);
      if (schema.format === 'date-time')
        return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
      if (schema.format === 'date') return fc.constantFrom('2026-07-11', '2027-01-31');
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'uri') return fc.constant('https://example.org/page');
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).map((text) => text.slice(0, (schema.maxLength as number) ?? 200));
      const minLength = Math.max((schema.minLength as number) ?? 1, 1);
      return fc.string({ unit: letters, minLength, maxLength: Math.max(minLength, Math.min((schema.maxLength as number) ?? 20, 20)) });
    }
    case 'null':
    case undefined:
      return fc.constant(null);
  }
}

/** The paths of every leaf (and of every object and array) of a value. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, Array.isArray(value) ? Number(key) : key]));
  return [at, ...children];
}

function replaced(value: unknown, at: (string | number)[], by: unknown): unknown {
  if (at.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]!] = replaced(copy[at[0]!], at.slice(1), by);
  return copy;
}

/** Well-formed, well-formed with one field gone wrong (most cases), or anything at all. */
function malformed(schema: Schema | undefined, ids: string[]): fc.Arbitrary<unknown> {
  const valid = fromSchema(schema, ids);
  const oneWrong = fc.tuple(valid, fc.nat(), nastyField).map(([value, pick, by]) => {
    const paths = pathsOf(value);
    return replaced(value, paths[pick % paths.length]!, by);
  });
  return fc.oneof({ weight: 1, arbitrary: valid }, { weight: 6, arbitrary: oneWrong }, { weight: 1, arbitrary: nastyValue });
}

function operationsOf(document: OpenAPIV3_1.Document): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => {
      const operation = item![method]!;
      const content = (operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content;
      return {
        method,
        path: route,
        parameters: (operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[],
        body: content?.['application/json']?.schema as Schema | undefined,
      };
    }),
  );
}

/** Cases for one operation: real ids (so the walk gets past the 404s), random ones and broken ones. */
function casesOf(operation: Operation, ids: string[], named: Record<string, string[]>, count: number, seed: number): Case[] {
  const byName = (place: string) => operation.parameters.filter((parameter) => parameter.in === place);
  const pathArbitrary = fc.record(
    Object.fromEntries(
      byName('path').map((p) => [
        p.name,
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(named[p.name] ?? ids)) }, { weight: 1, arbitrary: nastyField }),
      ]),
    ),
  );
  const queryArbitrary = fc.record(
    Object.fromEntries(byName('query').map((p) => [p.name, usually(fromSchema(p.schema as Schema, ids), nastyField)])),
    { requiredKeys: [] },
  );
  const bodyArbitrary = operation.body ? malformed(operation.body, ids) : fc.constant(undefined);
  return fc.sample(fc.record({ path: pathArbitrary, query: queryArbitrary, body: bodyArbitrary }), { seed, numRuns: count }) as Case[];
}

/** Percent-encodes what `encodeURIComponent` can; a lone surrogate goes as the raw bytes a careless client would send. */
function encode(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[^A-Za-z0-9]/g, (c) => (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(c)));
  }
}

function urlOf(operation: Operation, testCase: Case): string {
  const route = operation.path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, (_, name: string) => encode(testCase.path[name] ?? randomUUID()));
  const query = Object.entries(testCase.query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&');
  return query ? `${route}?${query}` : route;
}

/** The one error shape: `{ code, message, details?, retryAfter?, requestId }`, nothing else. */
function errorShapeProblem(body: unknown): string | null {
  if (!body || typeof body !== 'object') return 'not an object';
  const { code, message, details, retryAfter, requestId, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `unexpected keys ${Object.keys(rest).join(', ')}`;
  if (!(ERROR_CODES as readonly unknown[]).includes(code)) return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || message === '') return 'no message';
  if (typeof requestId !== 'string') return 'no requestId';
  if (retryAfter !== undefined && typeof retryAfter !== 'number') return 'retryAfter not a number';
  if (details !== undefined) {
    if (!Array.isArray(details)) return 'details not an array';
    for (const detail of details as Record<string, unknown>[]) {
      if (typeof detail.path !== 'string' || typeof detail.code !== 'string' || typeof detail.message !== 'string') return 'malformed detail';
    }
  }
  return null;
}

/** A well-formed payload per event ('room', 'message', 'uuid': ids filled in by the walk); the walk breaks some of its fields. */
const PAYLOADS: Partial<Record<keyof ClientToServerEvents, Record<string, unknown>>> = {
  'room:join': { roomId: 'room' },
  'room:leave': { roomId: 'room' },
  'room:typing': { roomId: 'room' },
  'room:sync': { roomId: 'room', after: 0 },
  'room:read': { roomId: 'room', seq: 1 },
  'message:send': { clientId: 'uuid', roomId: 'room', body: 'Hello' },
  'message:edit': { messageId: 'message', body: 'Edited' },
  'message:delete': { messageId: 'message' },
  'message:react': { messageId: 'message', emoji: '👍' },
  'message:report': { messageId: 'message', reason: 'spam', note: '' },
  'message:edits': { messageId: 'message' },
  'moderation:act': { action: 'slow_mode', roomId: 'room', seconds: 10 },
  'message:translate': { roomId: 'room', messageIds: ['message'] },
};

function payloadsOf(event: keyof ClientToServerEvents, rooms: string[], messages: string[], seed: number): unknown[] {
  const template = PAYLOADS[event] ?? {};
  const valid = fc.record(
    Object.fromEntries(
      Object.entries(template).map(([key, value]) => [
        key,
        value === 'room'
          ? fc.constantFrom(...rooms)
          : value === 'message'
            ? fc.constantFrom(...messages)
            : value === 'uuid'
              ? fc.uuid()
              : Array.isArray(value)
                ? fc.constant(messages.slice(0, 1))
                : fc.constant(value),
      ]),
    ),
  );
  const oneWrong = fc.tuple(valid, fc.nat(), nastyField).map(([value, pick, by]) => {
    const paths = pathsOf(value);
    return replaced(value, paths[pick % paths.length]!, by);
  });
  return fc.sample(fc.oneof({ weight: 1, arbitrary: valid }, { weight: 6, arbitrary: oneWrong }, { weight: 1, arbitrary: nastyValue }), {
    seed,
    numRuns: CASES_PER_EVENT,
  });
}

/** The event names of ClientToServerEvents, read from the shared source as the architecture test does. */
function clientEvents(): (keyof ClientToServerEvents)[] {
  const module = parse(path.resolve(MODULES_DIR, '../../../shared/src/events.ts'));
  const declaration = [...nodes(module.body)].find(
    (node) => node.type === 'TsInterfaceDeclaration' && (node.id as Node).value === 'ClientToServerEvents',
  );
  return ((declaration!.body as Node).body as Node[]).map((member) => (member.key as Node).value as keyof ClientToServerEvents);
}

describe('fuzz walk', () => {
  let t: TestApp;
  let document: OpenAPIV3_1.Document;
  const callers: { name: string; client: ApiClient; socket: ClientSocket }[] = [];
  let ids: string[];
  let named: Record<string, string[]>;
  let editionId: string;
  let cohortId: string | undefined;
  let roomIds: string[];
  let messageIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const { edition, module1, elective, cohorts } = await demoEdition(t);
    editionId = edition.id;
    cohortId = cohorts[0]?.id;
    const organizer = await signedIn(t, 'organizer');
    const participant = await member(t, 'participant', edition.id, { cohortId: cohorts[0]?.id });
    callers.push({ name: 'organizer', client: organizer.client, socket: await connect(t, organizer.client) });
    callers.push({ name: 'participant', client: participant.client, socket: participant.socket });
    const survey = await createSurvey(organizer.client, edition.id, 'general_assessment');
    const distribution = await sendNow(organizer.client, survey.id);
    const rooms = await roomsOf(participant.client);
    roomIds = rooms.slice(0, 3).map((room) => room.id);
    const sent = await request(participant.socket, 'message:send', { clientId: randomUUID(), roomId: roomIds[0], body: 'A message to act on' });
    messageIds = [sent.data.id, randomUUID()];
    const enrolments = await organizer.client.get(`/editions/${edition.id}/enrolments`);
    const units = await organizer.client.get(`/editions/${edition.id}/learning`);
    ids = [
      edition.id,
      edition.courseId,
      module1.id,
      elective.id,
      ...cohorts.map((cohort) => cohort.id),
      survey.id,
      distribution.id,
      participant.user.id,
      ...roomIds,
      ...messageIds,
      ...((enrolments.body.items ?? []) as { id: string }[]).slice(0, 2).map((enrolment) => enrolment.id),
      ...((units.body.units ?? []) as { id: string }[]).slice(0, 2).map((unit) => unit.id),
      randomUUID(),
    ];
    named = {
      editionId: [edition.id],
      courseId: [edition.courseId],
      itemId: [module1.id, elective.id],
      cohortId: cohorts.map((cohort) => cohort.id),
      surveyId: [survey.id],
      distributionId: [distribution.id],
      roomId: roomIds,
      messageId: messageIds,
      enrolmentId: ((enrolments.body.items ?? []) as { id: string }[]).slice(0, 2).map((enrolment) => enrolment.id),
      unitId: ((units.body.units ?? []) as { id: string }[]).slice(0, 2).map((unit) => unit.id),
    };
    for (const key of Object.keys(named)) if (named[key]!.length === 0) delete named[key];
    const response = await fetch(`${t.url}/api/docs-json`);
    document = (await SwaggerParser.dereference((await response.json()) as OpenAPIV3_1.Document)) as OpenAPIV3_1.Document;
  }, 60_000);
  afterAll(async () => {
    for (const caller of callers) caller.socket.disconnect();
    await t.close();
  });

  it('answers every malformed socket event with a translated error, never an exception', async () => {
    const events = clientEvents();
    expect(events).toContain('message:send');
    const failures: string[] = [];
    for (const [index, event] of events.entries()) {
      const payloads = payloadsOf(event, roomIds, messageIds, SEED + index);
      // Fresh people per event: each walks within its own request budget, so the payloads reach the handlers.
      const walkers = [
        { name: 'organizer', socket: await connect(t, (await signedIn(t, 'organizer')).client) },
        { name: 'participant', socket: (await member(t, 'participant', editionId, { cohortId })).socket },
      ];
      for (const caller of walkers) {
        for (const payload of payloads) {
          if (event === 'room:typing') {
            caller.socket.emit('room:typing', payload as never);
            continue;
          }
          const reply = await request(caller.socket, event, payload);
          if (!reply || typeof reply !== 'object') failures.push(`${caller.name} ${event}: no reply`);
          else if ('ok' in reply && reply.ok === false) {
            const problem = errorShapeProblem({ ...reply.error, requestId: 'socket' });
            if (problem || reply.error.code === 'internal_error')
              failures.push(`${caller.name} ${event} ${problem ?? 'internal_error'}: ${JSON.stringify(payload)?.slice(0, 160)}`);
          }
        }
        // No payload made the server drop the connection.
        if (!caller.socket.connected) failures.push(`${caller.name} ${event}: disconnected`);
        caller.socket.disconnect();
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('answers every malformed request to every route with a 4xx of the one error shape', async () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(90);
    // Deletions and sign-outs last, so that earlier routes still find what they look for.
    const ordered = [
      ...operations.filter((op) => op.method !== 'delete' && !SESSION_ENDING.has(`${op.method.toUpperCase()} ${op.path}`)),
      ...operations.filter((op) => op.method === 'delete'),
      ...operations.filter((op) => SESSION_ENDING.has(`${op.method.toUpperCase()} ${op.path}`)),
    ];
    const failures: string[] = [];
    let requests = 0;
    for (const [index, operation] of ordered.entries()) {
      const cases = callers.flatMap((caller, c) =>
        casesOf(operation, ids, named, CASES_PER_ROUTE, SEED + index * 7 + c).map((testCase) => ({ caller, testCase })),
      );
      const walk = async ({ caller, testCase }: (typeof cases)[number]) => {
        const url = urlOf(operation, testCase);
        const method = operation.method.toUpperCase();
        const response =
          operation.path.endsWith('/imports') && method === 'POST'
            ? await caller.client.raw(
                method,
                url,
                typeof testCase.body === 'string' ? testCase.body : (JSON.stringify(testCase.body) ?? '\u0000'),
                'text/csv',
              )
            : await caller.client.request(method, url, operation.body ? testCase.body : undefined);
        requests += 1;
        const label = `${caller.name} ${method} ${url.slice(0, 160)} ${JSON.stringify(testCase.body)?.slice(0, 160)}`;
        if (response.status >= 500) failures.push(`${response.status} ${label}`);
        else if (response.status >= 400) {
          const problem = errorShapeProblem(response.body);
          if (problem) failures.push(`${response.status} ${problem}: ${label}`);
        }
      };
      // Reads side by side; writes one after the other, so that a failure is about the input, not a race between
      // identical requests (the concurrency of writes has tests of its own).
      if (operation.method === 'get') await Promise.all(cases.map(walk));
      else for (const testCase of cases) await walk(testCase);
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(2_000);
  }, 120_000);
});
