import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { testDb } from '@/tests/support/db';

const root = path.resolve(__dirname, '..', '..');

function checkMigrations() {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-migrations.ts'], {
    cwd: root,
    env: { ...process.env },
    encoding: 'utf8',
  });
}

describe('health and migration checks', () => {
  it('reports ok on a migrated database', async () => {
    const response = await GET(new Request('http://localhost/api/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'up-to-date' });
    expect(checkMigrations().status).toBe(0);
  });

  it('refuses to start, and reports 503, when the database holds an unknown migration', async () => {
    await testDb().$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
      VALUES ('x', 'x', '29990101000000_from_the_future', now(), now(), 1)`;
    const check = checkMigrations();
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('la base contient des migrations que ce code ne connaît pas');
    const response = await GET(new Request('http://localhost/api/health'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error', database: 'ok', migrations: 'unknown' });
  });

  it('refuses a failed migration', async () => {
    await testDb().$executeRaw`DELETE FROM _prisma_migrations WHERE id = 'x'`;
    await testDb().$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL`;
    const check = checkMigrations();
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('une migration a échoué');
    expect((await GET(new Request('http://localhost/api/health'))).status).toBe(503);
  });
});
