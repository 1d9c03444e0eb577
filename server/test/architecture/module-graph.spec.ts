import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { MODULES_DIR, relativeImports, typeScriptFiles } from './sources.js';

type Graph = Map<string, Map<string, string>>;

/** Which module folder imports which, with one file and specifier that shows each edge (tests included). */
function moduleGraph(modulesDir: string): Graph {
  const graph: Graph = new Map();
  for (const file of typeScriptFiles(modulesDir, { specs: true })) {
    const from = path.relative(modulesDir, file).split(path.sep)[0]!;
    if (!graph.has(from)) graph.set(from, new Map());
    for (const specifier of relativeImports(file)) {
      const target = path.relative(modulesDir, path.resolve(path.dirname(file), specifier));
      const to = target.split(path.sep)[0]!;
      if (target.startsWith('..') || to === from) continue;
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${path.relative(modulesDir, file)} imports ${specifier}`);
    }
  }
  return graph;
}

/** Every elementary cycle, once each (found from its first module in sort order), as its edges with the import behind each. */
function cycles(graph: Graph): string[][] {
  const found: string[][] = [];
  const edge = (from: string, to: string) => `${from} → ${to} (${graph.get(from)!.get(to)!})`;
  const walk = (start: string, trail: string[]) => {
    for (const next of graph.get(trail.at(-1)!)?.keys() ?? []) {
      if (next === start) found.push(trail.map((module, i) => edge(module, trail[i + 1] ?? start)));
      else if (next > start && !trail.includes(next)) walk(start, [...trail, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, [start]);
  return found;
}

describe('the server modules', () => {
  it('import one another without a cycle between module folders', () => {
    expect(cycles(moduleGraph(MODULES_DIR))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph: Graph = new Map([
      ['courses', new Map([['programme', 'courses/a.ts imports ../programme/b.js']])],
      ['programme', new Map([['enrolments', 'programme/c.ts imports ../enrolments/d.js']])],
      ['enrolments', new Map([['courses', 'enrolments/e.ts imports ../courses/f.js']])],
      ['users', new Map()],
    ]);
    expect(cycles(graph).map((cycle) => cycle.map((edge) => edge.split(' ')[0]))).toEqual([['courses', 'programme', 'enrolments']]);
  });
});
