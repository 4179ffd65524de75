import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Schemas get zod from lib/schemas/zod.ts: it sets the French messages and holds the text helper.
const ZOD_THROUGH_SCHEMAS = {
  name: 'zod',
  allowTypeImports: true,
  message: 'Import z (and textField for free text) from @/lib/schemas/zod: French messages, no control characters.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'prisma/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    // Business rules stay pure: no framework, database or server code in lib/domain.
    files: ['lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*'], message: 'lib/domain must not import Next.js.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'lib/domain must not import React.' },
            { group: ['@prisma/*', 'prisma', '**/prisma/generated/**', '@/prisma/**'], message: 'lib/domain must not import Prisma.' },
            { group: ['@/lib/server/**', '**/lib/server/**', 'server-only', 'node:*'], message: 'lib/domain must not import server code.' },
          ],
          paths: [ZOD_THROUGH_SCHEMAS],
        },
      ],
    },
  },
  {
    files: ['lib/schemas/**/*.ts'],
    ignores: ['lib/schemas/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD_THROUGH_SCHEMAS] }] },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
]);
