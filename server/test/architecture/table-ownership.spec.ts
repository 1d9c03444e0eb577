import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { literals, MODULES_DIR, typeScriptFiles } from './sources.js';

/** Each table's module: the folder of the entity that declares it (`@Entity('name')`, or a many-to-many `@JoinTable`). */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of typeScriptFiles(MODULES_DIR)) {
    const module = path.relative(MODULES_DIR, file).split(path.sep)[0]!;
    for (const match of readFileSync(file, 'utf8').matchAll(/@Entity\('([a-z_]+)'\)|@JoinTable\(\{\s*name:\s*'([a-z_]+)'/g))
      owners.set(match[1] ?? match[2]!, module);
  }
  return owners;
}

// Reads of another feature's tables that stay, each for a reason: the names and dates every list
// shows (users, editions, cohorts, programme items, joined for display), and the membership owner's
// fragments, which read the facilitator tables the cohorts and programme entities declare.
const READ_ANYWHERE = new Set(['users', 'courses', 'editions', 'cohorts', 'programme_items']);
const MEMBERSHIP_READS = new Set(['cohort_facilitators', 'programme_item_facilitators']);
// The demo seed writes a few discussion rows (message counters) the way the discussions feature does.
const DEMO_WRITES = new Set(['seed/demo-discussions.ts']);

const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)/g;
const READ = /\b(?:FROM|JOIN)\s+([a-z_]+)/g;
// A statement locking every row it reads; `FOR UPDATE OF x` locks only the rows of x (the module's own).
const LOCK = /\bFOR\s+(?:NO\s+KEY\s+)?UPDATE\b(?!\s+OF\b)/;

function crossings() {
  const owners = tableOwners();
  const found: { file: string; module: string; table: string; how: 'write' | 'lock' | 'read' }[] = [];
  for (const file of typeScriptFiles(MODULES_DIR)) {
    const relative = path.relative(MODULES_DIR, file);
    const module = relative.split(path.sep)[0]!;
    for (const { text } of literals(file)) {
      const other = (table: string) => owners.has(table) && owners.get(table) !== module;
      for (const [, table] of text.matchAll(WRITE)) if (other(table!)) found.push({ file: relative, module, table: table!, how: 'write' });
      for (const [, table] of text.matchAll(READ))
        if (other(table!)) found.push({ file: relative, module, table: table!, how: LOCK.test(text) ? 'lock' : 'read' });
    }
  }
  return { owners, found };
}

describe('each table', () => {
  it('has its owner among the modules', () => {
    const { owners } = crossings();
    expect(owners.get('enrolments')).toBe('enrolments');
    expect(owners.get('elective_choices')).toBe('enrolments');
    expect(owners.get('cohort_facilitators')).toBe('cohorts');
    expect(owners.size).toBeGreaterThan(30);
  });

  it('is written and row-locked only by the module that owns it', () => {
    const { found } = crossings();
    const offending = found.filter((c) => c.how !== 'read' && !DEMO_WRITES.has(c.file)).map((c) => `${c.file}: ${c.how} ${c.table}`);
    expect(offending).toEqual([]);
  });

  it('is read elsewhere only when joined for display, or by the membership owner', () => {
    const { found } = crossings();
    const offending = found
      .filter((c) => c.how === 'read' && !READ_ANYWHERE.has(c.table) && !(c.module === 'enrolments' && MEMBERSHIP_READS.has(c.table)))
      .map((c) => `${c.file}: reads ${c.table}`);
    expect([...new Set(offending)]).toEqual([]);
  });
});
