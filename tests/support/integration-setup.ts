// Per test file: a fresh database cloned from the migrated template (a few milliseconds in PostgreSQL).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

const adminUrl = inject('adminDatabaseUrl');
const template = inject('templateDatabase');
const database = `trame_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
(globalThis as { trameDb?: unknown }).trameDb = undefined;

afterAll(async () => {
  const client = (globalThis as { trameDb?: { $disconnect(): Promise<void> } }).trameDb;
  await client?.$disconnect();
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await cleanup.end();
});
