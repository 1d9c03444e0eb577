import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/config.js';

// No Docker engine runs where the tests run: docker-compose.yml and server/Dockerfile are checked
// as data (a YAML parser, a small Dockerfile parser) so that they cannot silently rot. Each rule is
// shown to fail on a copy of the files with that one thing broken.

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const COMPOSE = read('docker-compose.yml');
const DOCKERFILE = read('server/Dockerfile');
const CLIENT_SOCKET = read('client/src/lib/socket.ts');
const ENGINES = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;

interface Service {
  image?: string;
  build?: unknown;
  restart?: string;
  container_name?: string;
  ports?: string[];
  command?: string | string[];
  volumes?: string[];
  configs?: { source: string }[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  configs?: Record<string, { content?: string; file?: string }>;
}

const parseCompose = (text: string) => parse(text, { merge: true }) as Compose;

/** A version someone chose (`18.4`, `v1.31.4`, `24.21.0-bookworm-slim`) or a digest; never `latest` or a bare major. */
function pinned(image: string): boolean {
  const match = /^[^\s:@]+(?::([^\s@]+))?(@sha256:[0-9a-f]{64})?$/.exec(image);
  if (!match) return false;
  const [, tag, digest] = match;
  return !/latest/.test(tag ?? '') && (Boolean(digest) || /^v?\d+\.\d+/.test(tag ?? ''));
}

function composeProblems(compose: Compose, clientSocket: string): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};
  const oneShot = (name: string) => services[name]?.restart === 'no';

  for (const [name, service] of Object.entries(services)) {
    if (service.image && /(^|:)latest\b/.test(service.image)) problems.push(`${name}: image ${service.image} uses latest`);
    if (!service.build && !pinned(service.image ?? '')) problems.push(`${name}: image ${service.image} is not pinned to a version`);
    if (!service.restart) problems.push(`${name}: no restart policy`);
    const probe = service.healthcheck?.test;
    const checked = probe && !service.healthcheck?.disable && !(Array.isArray(probe) && probe[0] === 'NONE');
    if (!oneShot(name) && !checked) problems.push(`${name}: no healthcheck`);
    if (Array.isArray(service.depends_on)) problems.push(`${name}: depends_on without conditions`);
    else
      for (const [dependency, { condition }] of Object.entries(conditions(service))) {
        const expected = oneShot(dependency) ? 'service_completed_successfully' : 'service_healthy';
        if (condition !== expected) problems.push(`${name}: depends on ${dependency} with ${condition ?? 'no condition'}, not ${expected}`);
      }
    for (const volume of service.volumes ?? []) {
      const source = String(volume).split(':')[0]!;
      if (!/^[./]/.test(source) && !(source in (compose.volumes ?? {}))) problems.push(`${name}: volume ${source} is not declared`);
    }
  }

  const migrate = services.migrate;
  if (!migrate) problems.push('no migrate service');
  else {
    if (migrate.restart !== 'no') problems.push('migrate: must run once (restart: "no")');
    const entry = [migrate.command ?? []].flat().find((part) => /\.js$/.test(part));
    const source =
      entry &&
      String(entry)
        .replace(/^server\/dist\//, '')
        .replace(/\.js$/, '.ts');
    if (!source || !existsSync(path.join(PROJECT_ROOT, source)))
      problems.push(`migrate: command ${JSON.stringify(migrate.command)} runs no built source file`);
  }

  const server = services.server;
  if (!server) problems.push('no server service');
  else {
    if (server.container_name) problems.push('server: container_name forbids --scale');
    if (server.ports?.length) problems.push('server: a fixed host port forbids --scale (only the proxy publishes ports)');
    if (conditions(server).migrate?.condition !== 'service_completed_successfully') problems.push('server: does not wait for migrate to finish');
    const env = server.environment ?? {};
    if (!/@postgres:/.test(env.DATABASE_URL ?? '')) problems.push('server: DATABASE_URL is not the postgres service');
    if (!/^redis:\/\/redis:/.test(env.REDIS_URL ?? '')) problems.push('server: replicas need REDIS_URL (socket.io rooms across instances)');
    if (!env.TRUST_PROXY || env.TRUST_PROXY === 'false') problems.push('server: behind the proxy, TRUST_PROXY must be set');
    if (env.TRANSLATION_URL !== 'http://libretranslate:5000') problems.push('server: TRANSLATION_URL does not point at libretranslate');
  }

  const translate = services.libretranslate;
  if (!translate || !/^libretranslate\/libretranslate:/.test(translate.image ?? ''))
    problems.push('no libretranslate service from the official image');
  else {
    const languages = String(translate.environment?.LT_LOAD_ONLY ?? '')
      .split(',')
      .sort();
    if (languages.join(',') !== 'en,es,fr,pt') problems.push(`libretranslate: loads ${languages.join(',') || 'every language'}, not en,es,fr,pt`);
    if (!translate.volumes?.length) problems.push('libretranslate: no volume for its models');
  }

  const proxies = Object.entries(services).filter(([, service]) => /^(caddy|nginx):/.test(service.image ?? ''));
  if (proxies.length !== 1) problems.push('no reverse proxy (caddy or nginx) in front of the servers');
  for (const [name, proxy] of proxies) {
    if (!proxy.ports?.length) problems.push(`${name}: publishes no port`);
    const config = (proxy.configs ?? []).map((c) => compose.configs?.[c.source]?.content ?? '').join('\n');
    problems.push(...proxyProblems(name, proxy.image ?? '', config, clientSocket));
  }
  return problems;
}

function conditions(service: Service): Record<string, { condition?: string }> {
  return Array.isArray(service.depends_on) ? {} : (service.depends_on ?? {});
}

/** The proxy reaches every replica and carries websockets; without sticky sessions the client must not long-poll. */
function proxyProblems(name: string, image: string, config: string, clientSocket: string): string[] {
  const problems: string[] = [];
  let sticky: boolean;
  if (image.startsWith('caddy:')) {
    // Caddy's reverse_proxy carries websocket upgrades by itself, unless told to drop the headers.
    const block = /reverse_proxy\b[^{\n]*\{([\s\S]*?)\n\s*\}\s*\n\s*\}/.exec(config)?.[1] ?? '';
    if (!/dynamic a \{[\s\S]*name server[\s\S]*port 3000/.test(block))
      problems.push(`${name}: reverse_proxy does not look up every server replica (dynamic a)`);
    if (/header_up\s+-(Upgrade|Connection)/i.test(block)) problems.push(`${name}: drops the websocket upgrade headers`);
    sticky = /lb_policy\s+(cookie|ip_hash|client_ip_hash)/.test(block);
  } else {
    if (!/proxy_set_header\s+Upgrade\s+\$http_upgrade/.test(config) || !/proxy_set_header\s+Connection/.test(config))
      problems.push(`${name}: nginx does not pass websocket upgrades`);
    if (!/resolve/.test(config)) problems.push(`${name}: nginx resolves the replicas once only`);
    sticky = /\bip_hash\b|\bsticky\b/.test(config);
  }
  if (!sticky && !/transports:\s*\[\s*'websocket'\s*\]/.test(clientSocket))
    problems.push(`${name}: no sticky sessions, yet the client may long-poll (client/src/lib/socket.ts)`);
  return problems;
}

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** Instructions in order, continuation lines joined and comments dropped, each with its stage's index. */
function parseDockerfile(text: string): { instructions: Instruction[]; stages: string[] } {
  const instructions: Instruction[] = [];
  const stages: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line) || (!pending && !line.trim())) continue;
    if (/\\\s*$/.test(line)) {
      pending += `${line.replace(/\\\s*$/, '')} `;
      continue;
    }
    const [, keyword = '', args = ''] = /^\s*(\w+)\s*([\s\S]*)$/.exec(pending + line) ?? [];
    pending = '';
    if (keyword.toUpperCase() === 'FROM') stages.push(/\bAS\s+(\S+)/i.exec(args)?.[1] ?? String(stages.length));
    instructions.push({ keyword: keyword.toUpperCase(), args: args.trim(), stage: stages.length - 1 });
  }
  return { instructions, stages };
}

function dockerfileProblems(text: string, engines: string): string[] {
  const problems: string[] = [];
  const { instructions, stages } = parseDockerfile(text);
  const last = stages.length - 1;
  const of = (keyword: string, stage?: number) => instructions.filter((i) => i.keyword === keyword && (stage === undefined || i.stage === stage));
  const installs = (stage: number) => of('RUN', stage).filter((i) => /\bnpm (ci|install)\b/.test(i.args));

  if (stages.length < 2) problems.push('not multi-stage');
  for (const from of of('FROM')) {
    const image = from.args.split(/\s+/)[0]!;
    if (!pinned(image)) problems.push(`FROM ${image} is not pinned to a version`);
    const major = /^node:(\d+)\./.exec(image)?.[1];
    if (major && !supports(engines, Number(major))) problems.push(`FROM ${image}: Node ${major} is outside package.json engines (${engines})`);
  }

  const user = of('USER', last).at(-1)?.args;
  if (!user || /^(root|0)(:|$)/.test(user)) problems.push('the runtime stage runs as root');
  const dataDir = of('ENV', last)
    .map((i) => /\bDATA_DIR=(\S+)/.exec(i.args)?.[1])
    .find(Boolean);
  if (!dataDir || !of('RUN', last).some((i) => new RegExp(`chown\\b.*\\b${user?.split(':')[0]}\\b.*${dataDir}`).test(i.args)))
    problems.push(`the runtime user does not own its data folder (${dataDir ?? 'no DATA_DIR'})`);
  const healthcheck = of('HEALTHCHECK', last).at(-1)?.args ?? '';
  if (!/\bCMD\b.*\/api\/health/.test(healthcheck)) problems.push('no HEALTHCHECK of /api/health in the runtime stage');
  if (!/server\/dist\/server\/src\/main\.js/.test(of('CMD', last).at(-1)?.args ?? ''))
    problems.push('the runtime stage does not start the built server');

  // Dependencies in the runtime image: production only, without optional packages (embedded
  // PostgreSQL binaries) and without the client's and e2e's (playwright).
  const productionOnly = (stage: number) =>
    installs(stage).length > 0 &&
    installs(stage).every((i) => /--omit=dev\b/.test(i.args) && /--omit=optional\b/.test(i.args) && /(--workspace|-w)[ =]server\b/.test(i.args));
  if (installs(last).length && !productionOnly(last)) problems.push('the runtime stage installs more than production dependencies');
  for (const copy of of('COPY', last).filter((i) => /node_modules/.test(i.args))) {
    const from = /--from=(\S+)/.exec(copy.args)?.[1];
    const stage = from === undefined ? -1 : stages.indexOf(from);
    if (stage < 0 || !productionOnly(stage))
      problems.push(`node_modules copied from ${from ?? 'the build context'}, which installs dev or optional dependencies`);
  }
  if (!of('COPY', last).some((i) => /node_modules/.test(i.args)) && !productionOnly(last))
    problems.push('the runtime stage has no production dependencies');
  return problems;
}

/** Whether an engines range such as `^20.19.0 || ^22.12.0 || >=24` admits a major version of Node. */
function supports(engines: string, major: number, minor = Infinity): boolean {
  return engines.split('||').some((range) => {
    const [, operator, rangeMajor, rangeMinor = '0'] = /^\s*(\^|>=)\s*(\d+)(?:\.(\d+))?/.exec(range) ?? [];
    if (!operator) return false;
    if (operator === '>=') return major > Number(rangeMajor) || (major === Number(rangeMajor) && minor >= Number(rangeMinor));
    return major === Number(rangeMajor) && minor >= Number(rangeMinor);
  });
}

describe('docker-compose.yml', () => {
  it('runs pinned images with healthchecks, waits on health or completion, migrates once, and scales the server behind a websocket-capable proxy', () => {
    expect(composeProblems(parseCompose(COMPOSE), CLIENT_SOCKET)).toEqual([]);
  });

  const broken: [string, (compose: Compose) => void, RegExp][] = [
    ['an image on latest', (c) => (c.services.redis!.image = 'redis:latest'), /redis: image redis:latest uses latest/],
    ['an image on a bare major version', (c) => (c.services.postgres!.image = 'postgres:18'), /postgres: image postgres:18 is not pinned/],
    ['a healthcheck removed', (c) => delete c.services.mailpit!.healthcheck, /mailpit: no healthcheck/],
    ['a restart policy removed', (c) => delete c.services.redis!.restart, /redis: no restart policy/],
    ['depends_on as a plain list', (c) => (c.services.server!.depends_on = ['postgres', 'migrate']), /server: depends_on without conditions/],
    [
      'waiting for a service to start only',
      (c) => (conditions(c.services.proxy!).server!.condition = 'service_started'),
      /proxy: depends on server with service_started/,
    ],
    [
      'the server waiting for migrate to be healthy',
      (c) => (conditions(c.services.server!).migrate!.condition = 'service_healthy'),
      /server: does not wait for migrate/,
    ],
    ['migrate restarted', (c) => (c.services.migrate!.restart = 'on-failure'), /migrate: must run once/],
    [
      'migrate running no built file',
      (c) => (c.services.migrate!.command = ['node', 'server/dist/server/src/database/nothing.js']),
      /migrate: command .* runs no built source/,
    ],
    ['no migrate step', (c) => delete c.services.migrate, /no migrate service/],
    ['a container_name on the server', (c) => (c.services.server!.container_name = 'sstc-server'), /server: container_name forbids --scale/],
    ['a host port on the server', (c) => (c.services.server!.ports = ['3000:3000']), /server: a fixed host port/],
    ['no TRUST_PROXY', (c) => delete c.services.server!.environment!.TRUST_PROXY, /TRUST_PROXY must be set/],
    ['no REDIS_URL', (c) => delete c.services.server!.environment!.REDIS_URL, /replicas need REDIS_URL/],
    [
      'LibreTranslate loading every language',
      (c) => delete c.services.libretranslate!.environment!.LT_LOAD_ONLY,
      /libretranslate: loads every language/,
    ],
    ['no proxy', (c) => delete c.services.proxy, /no reverse proxy/],
    [
      'the proxy pointing at one address',
      (c) => (c.configs!.caddyfile!.content = c.configs!.caddyfile!.content!.replace(/dynamic a \{[^}]*\}/, 'to server:3000')),
      /does not look up every server replica/,
    ],
    [
      'the proxy dropping upgrades',
      (c) => (c.configs!.caddyfile!.content = c.configs!.caddyfile!.content!.replace('lb_policy', 'header_up -Upgrade\n      lb_policy')),
      /drops the websocket upgrade headers/,
    ],
    ['nginx without upgrade headers', (c) => (c.services.proxy!.image = 'nginx:1.29.3-alpine'), /nginx does not pass websocket upgrades/],
  ];
  it.each(broken)('finds %s', (_, breakIt, problem) => {
    const compose = parseCompose(COMPOSE);
    breakIt(compose);
    expect(composeProblems(compose, CLIENT_SOCKET).join('\n')).toMatch(problem);
  });

  it('finds a client that may long-poll behind a proxy without sticky sessions', () => {
    const polling = CLIENT_SOCKET.replace(/transports: \[[^\]]*\], /, '');
    expect(composeProblems(parseCompose(COMPOSE), polling).join('\n')).toMatch(/no sticky sessions, yet the client may long-poll/);
  });
});

describe('server/Dockerfile', () => {
  it('is multi-stage on a pinned Node LTS, runs as a user owning its data folder, has a HEALTHCHECK, and ships production dependencies only', () => {
    expect(dockerfileProblems(DOCKERFILE, ENGINES)).toEqual([]);
  });

  const lastFrom = DOCKERFILE.lastIndexOf('\nFROM ');
  const broken: [string, string, RegExp][] = [
    ['a single stage', DOCKERFILE.slice(lastFrom + 1).replace(/COPY --from=\S+ /g, 'COPY '), /not multi-stage/],
    ['no USER', DOCKERFILE.replace(/^USER .*$/m, ''), /runs as root/],
    ['USER root', DOCKERFILE.replace(/^USER .*$/m, 'USER root'), /runs as root/],
    ['the data folder left to root', DOCKERFILE.replace(/ && chown \S+ \/data/, ''), /does not own its data folder/],
    ['no HEALTHCHECK', DOCKERFILE.replace(/^HEALTHCHECK[^\n]*\\\n[^\n]*\n/m, ''), /no HEALTHCHECK/],
    [
      'dev dependencies in the runtime image',
      DOCKERFILE.replace('--omit=dev --omit=optional', ''),
      /node_modules copied from production-dependencies, which installs dev/,
    ],
    ['optional dependencies (embedded PostgreSQL) in the runtime image', DOCKERFILE.replace(' --omit=optional', ''), /installs dev or optional/],
    [
      'node_modules from the build stage',
      DOCKERFILE.replace('--from=production-dependencies /app/node_modules', '--from=build /app/node_modules'),
      /node_modules copied from build/,
    ],
    ['a base image on latest', DOCKERFILE.replace(/^FROM node:\S+ AS runtime/m, 'FROM node:latest AS runtime'), /FROM node:latest is not pinned/],
    [
      'a base image on a bare major',
      DOCKERFILE.replace(/^FROM node:\S+ AS build/m, 'FROM node:24-bookworm-slim AS build'),
      /FROM node:24-bookworm-slim is not pinned/,
    ],
    ['a Node outside engines', DOCKERFILE.replace(/^FROM node:\d+/m, 'FROM node:23'), /Node 23 is outside package.json engines/],
  ];
  it.each(broken)('finds %s', (_, text, problem) => {
    expect(text).not.toBe(DOCKERFILE);
    expect(dockerfileProblems(text, ENGINES).join('\n')).toMatch(problem);
  });
});

describe('package.json engines', () => {
  it('admits the Node of this machine and the LTS lines from 20.19 on, nothing older', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(supports(ENGINES, major, minor)).toBe(true);
    expect([supports(ENGINES, 20, 19), supports(ENGINES, 22, 12), supports(ENGINES, 24, 0)]).toEqual([true, true, true]);
    expect([supports(ENGINES, 18, 20), supports(ENGINES, 20, 18)]).toEqual([false, false]);
  });
});
