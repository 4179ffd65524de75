import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env itself: load it the way Next does (.env, .env.local, .env.development...).
loadEnvConfig(process.cwd());

// The Prisma CLI would download a native schema engine from the internet, even for `prisma generate`.
// Point it at our stand-in, which runs Prisma's WebAssembly schema engine over @prisma/adapter-pg
// (see scripts/schema-engine.mjs). This must be set here, before the CLI looks for the engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(process.cwd(), 'scripts', 'schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    // A harmless placeholder keeps `prisma generate` working without any database configured.
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/placeholder',
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
