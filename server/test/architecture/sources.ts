import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from '@swc/core';

/** server/src/modules, whatever the working directory. */
export const MODULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/modules');

/** The TypeScript files under `dir`, tests (`*.spec.ts`) included only when asked. */
export function typeScriptFiles(dir: string, { specs = false } = {}): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && (specs || !entry.name.endsWith('.spec.ts')))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export type Node = { type?: string; [key: string]: unknown };

/** Every node of a parsed file, depth first. */
export function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* nodes(item);
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if (typeof node.type === 'string') yield node;
    for (const [key, child] of Object.entries(node)) if (key !== 'span') yield* nodes(child);
  }
}

export function parse(file: string) {
  return parseSync(readFileSync(file, 'utf8'), { syntax: 'typescript', decorators: true, tsx: false });
}

/**
 * The text of every string and template literal in a file (the pieces of a template between its
 * `${…}`, and the literals inside those), with their line: where SQL lives. Import specifiers and
 * comments are not literals.
 */
export function literals(file: string): { text: string; line: number }[] {
  const source = readFileSync(file, 'utf8');
  const module = parse(file);
  // swc spans count from a global offset across parses: the module's own span gives the base.
  const base = (module.span as { start: number }).start;
  const lineOf = (offset: number) => source.slice(0, Math.max(0, offset - base)).split('\n').length;
  const found: { text: string; line: number }[] = [];
  const specifiers = new Set<Node>();
  for (const node of nodes(module.body)) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source)
      specifiers.add(node.source as Node);
    if (node.type === 'CallExpression' && (node.callee as Node).type === 'Import')
      specifiers.add(((node.arguments as Node[])[0] as Node).expression as Node);
  }
  for (const node of nodes(module.body)) {
    const span = node.span as { start: number } | undefined;
    if (node.type === 'StringLiteral' && !specifiers.has(node)) found.push({ text: node.value as string, line: lineOf(span!.start) });
    if (node.type === 'TemplateElement') found.push({ text: (node.cooked as string | null) ?? (node.raw as string), line: lineOf(span!.start) });
  }
  return found;
}

/** The relative modules a file imports or re-exports (`import type` included: it is a dependency too). */
export function relativeImports(file: string): string[] {
  const found: string[] = [];
  for (const node of nodes(parse(file).body)) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source)
      found.push((node.source as Node).value as string);
    if (node.type === 'CallExpression' && (node.callee as Node).type === 'Import') {
      const argument = ((node.arguments as Node[])[0] as Node).expression as Node;
      if (argument.type === 'StringLiteral') found.push(argument.value as string);
    }
  }
  return found.filter((specifier) => specifier.startsWith('.'));
}
