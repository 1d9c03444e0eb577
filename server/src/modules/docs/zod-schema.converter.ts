import type { StandardSchemaConversionResult } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

// Only these kinds become components; a named uuid or email string would only hide its format.
const COMPONENT_KINDS = new Set(['object', 'union', 'record', 'enum']);
const DEFS_REF = /^#\/\$defs\/(.+)$/;
const COMPONENT_REF = '#/components/schemas/';

/**
 * Converts the zod schemas @nestjs/swagger finds on routes (its standard-schema converter) with
 * zod's own z.toJSONSchema. Named schemas become components referenced by `$ref`: the shared
 * contracts' exported `fooBarSchema` is the component `FooBar`. Where a schema reads differently
 * as a request (input: defaults optional) and as a response (output: everything present), the
 * response's component is `FooBarOutput`.
 */
export class ZodSchemaConverter {
  private readonly registry = z.registry<{ id: string }>();
  private readonly byName = new Map<string, z.ZodType>();
  private readonly differs = new Map<string, boolean>();
  private readonly outputNames = new Map<string, string>();

  /**
   * @param named  schemas by component name (the first name wins for a schema exported twice)
   * @param inline schemas to convert without a component of their own (query strings: their
   *               fields become query parameters)
   */
  constructor(
    named: Iterable<[string, z.ZodType]>,
    private readonly inline: { has(schema: z.ZodType): boolean },
  ) {
    for (const [name, schema] of named) {
      if (!COMPONENT_KINDS.has(schema._zod.def.type) || this.registry.has(schema)) continue;
      this.registry.add(schema, { id: name });
      this.byName.set(name, schema);
    }
  }

  /** The names exported schemas get: `signInRequestSchema` → `SignInRequest`. */
  static namesOf(exports: Record<string, unknown>): [string, z.ZodType][] {
    return Object.entries(exports)
      .filter((entry): entry is [string, z.ZodType] => entry[0].endsWith('Schema') && isZod(entry[1]))
      .map(([name, schema]) => [name[0]!.toUpperCase() + name.slice(1, -'Schema'.length), schema]);
  }

  readonly convert = (schema: unknown, { schemaType }: { schemaType: Io }): StandardSchemaConversionResult | undefined => {
    if (!isZod(schema)) return undefined;
    const json = this.toJson(schema, schemaType, this.registry);
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    delete json.$schema;
    let root: JsonSchema = json;
    if (this.inline.has(schema)) {
      const own = this.registry.get(schema)?.id;
      if (own && defs[own]) {
        root = defs[own];
        delete defs[own];
      }
    }
    const rename = (id: string) => (schemaType === 'output' && this.outputDiffers(id) ? this.outputName(id) : id);
    const components = Object.fromEntries(Object.entries(defs).map(([id, def]) => [rename(id), rewriteRefs(def, rename)]));
    return { schema: rewriteRefs(root, rename), components };
  };

  /**
   * Once the document is built: a response component keeps its `Output` suffix only where the
   * request's component of the same schema is in the document too.
   */
  finish<T extends { components?: { schemas?: Record<string, unknown> } }>(document: T): T {
    const schemas = document.components?.schemas ?? {};
    const renames = new Map(
      [...this.outputNames].filter(([id, output]) => output in schemas && !(id in schemas)).map(([id, output]) => [output, id]),
    );
    const finished = JSON.parse(
      JSON.stringify(document, (key, value: unknown) => {
        if (key === '$ref' && typeof value === 'string') {
          const name = value.slice(COMPONENT_REF.length);
          return value.startsWith(COMPONENT_REF) && renames.has(name) ? COMPONENT_REF + renames.get(name)! : value;
        }
        return value;
      }),
    ) as T;
    const finishedSchemas = finished.components?.schemas ?? {};
    for (const [output, id] of renames) {
      finishedSchemas[id] = finishedSchemas[output];
      delete finishedSchemas[output];
    }
    return finished;
  }

  private outputName(id: string): string {
    const name = `${id}Output`;
    this.outputNames.set(id, name);
    return name;
  }

  private toJson(schema: z.ZodType, io: Io, metadata?: z.core.$ZodRegistry<{ id: string }>): JsonSchema {
    // Transforms (e.g. a country code upper-cased) have no JSON Schema: `any` for their output.
    return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', ...(metadata ? { metadata } : {}) }) as JsonSchema;
  }

  /** Whether a named schema reads differently as a response than as a request (its nested schemas included). */
  private outputDiffers(id: string): boolean {
    let differs = this.differs.get(id);
    if (differs === undefined) {
      const schema = this.byName.get(id);
      // Without the registry every nested schema is inlined, so the comparison sees all of it.
      const empty = z.registry<{ id: string }>();
      differs = !schema || JSON.stringify(this.toJson(schema, 'input', empty)) !== JSON.stringify(this.toJson(schema, 'output', empty));
      this.differs.set(id, differs);
    }
    return differs;
  }
}

function isZod(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value && '~standard' in value;
}

function rewriteRefs(value: JsonSchema, rename: (id: string) => string): JsonSchema {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => {
      if (key !== '$ref' || typeof inner !== 'string') return inner;
      const id = DEFS_REF.exec(inner)?.[1];
      return id ? COMPONENT_REF + rename(id) : inner;
    }),
  ) as JsonSchema;
}
