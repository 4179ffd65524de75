import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONTROL_CHARACTER_MESSAGE } from '@/lib/schemas/zod';

/*
 * Every exported schema of lib/schemas, fed crafted values (wrong types, huge numbers, long strings,
 * control characters…), answers in French: the messages written in the schemas, or zod's French
 * locale for the rest. A request crafted by hand must not meet "Too big: expected int…".
 */
const folder = new URL('../../../lib/schemas/', import.meta.url);
const modules = readdirSync(folder).filter((file) => file.endsWith('.ts'));

const ENGLISH = /\b(invalid|expected|received|too (big|small)|required|must|should|string|number|input|characters?|items?|unrecognized)\b/i;

const BAD_VALUES: readonly unknown[] = [
  undefined,
  null,
  42,
  -1e12,
  1e12,
  1.5,
  Number.NaN,
  true,
  '',
  'x',
  'x'.repeat(20_000),
  'Ana\u0000',
  'pas-un-identifiant',
  '0001-01-01',
  [],
  ['x'],
  {},
];

function isSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

function shapeOf(schema: z.ZodType): Record<string, unknown> | null {
  const shape = (schema as { shape?: unknown }).shape;
  if (shape && typeof shape === 'object') return shape as Record<string, unknown>;
  const inner = (schema as { _zod?: { def?: { in?: z.ZodType; schema?: z.ZodType } } })._zod?.def;
  const next = inner?.in ?? inner?.schema;
  return next ? shapeOf(next) : null;
}

/** Whole values, then objects whose every field holds the same bad value. */
function candidates(schema: z.ZodType): unknown[] {
  const shape = shapeOf(schema);
  if (!shape) return [...BAD_VALUES];
  const keys = Object.keys(shape);
  return [...BAD_VALUES, ...BAD_VALUES.map((value) => Object.fromEntries(keys.map((key) => [key, value])))];
}

async function schemasOf(file: string): Promise<Array<[string, z.ZodType]>> {
  const exports = (await import(`@/lib/schemas/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
  return Object.entries(exports).filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]));
}

describe('schema messages are French', () => {
  it.each(modules)('%s', async (file) => {
    const schemas = await schemasOf(file);
    const english: string[] = [];
    for (const [name, schema] of schemas) {
      for (const value of candidates(schema)) {
        const result = schema.safeParse(value);
        if (result.success) continue;
        for (const issue of result.error.issues) {
          if (ENGLISH.test(issue.message)) english.push(`${name}: ${issue.message}`);
        }
      }
    }
    expect([...new Set(english)]).toEqual([]);
  });

  it('covers the schemas of every module', async () => {
    const counts = await Promise.all(modules.map(async (file) => (await schemasOf(file)).length));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(40);
  });
});

describe('free text refuses control characters', () => {
  it('refuses a NUL byte in a registration name', async () => {
    const { registerSchema } = await import('@/lib/schemas/registration');
    const result = registerSchema.safeParse({
      eventId: '5b1f8a9e-2f4c-4f8a-9c1e-2b3c4d5e6f70',
      email: 'ana@exemple.fr',
      name: 'Ana\u0000',
      category: 'AUTRE',
      consent: true,
    });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toMatchObject({ name: [CONTROL_CHARACTER_MESSAGE] });
  });

  it('ignores a search with a NUL byte on the participants page', async () => {
    const { participantListQuerySchema } = await import('@/lib/schemas/participants');
    expect(participantListQuerySchema.parse({ q: '\u0000' }).q).toBe('');
  });

  it('keeps tabs and line breaks in long texts', async () => {
    const { textField } = await import('@/lib/schemas/zod');
    expect(textField().safeParse('Ligne 1\r\nLigne 2\tsuite').success).toBe(true);
  });
});
