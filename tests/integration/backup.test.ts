// npm run db:backup / db:restore against this file's database: the real scripts, in child processes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent, createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { testDb } from '@/tests/support/db';

const root = path.resolve(__dirname, '..', '..');
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'trame-backup-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

function script(name: string, args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', name), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('backup and restore', () => {
  it('brings deleted rows back, byte for byte', async () => {
    const db = testDb();
    const admin = await createUser(db, { role: 'ADMIN' });
    const event = await createEvent(db, { ownerOrganisationId: admin.organisationId, title: 'Événement « sauvegardé » — été' });
    await createParticipant(db, { eventId: event.id, email: 'ana@exemple.fr', name: 'Ana Lopez', status: 'WAITING', rank: 1 });
    const before = await db.event.findUniqueOrThrow({ where: { id: event.id }, include: { registrations: true } });
    const file = path.join(folder, 'trame.jsonl.gz');

    const backup = script('db-backup.mjs', ['--output', file]);
    expect(backup.status, backup.output).toBe(0);

    await db.registration.deleteMany({ where: { eventId: event.id } });
    await db.event.delete({ where: { id: event.id } });
    const other = await createEvent(db, { ownerOrganisationId: admin.organisationId });

    const restore = script('db-restore.mjs', [file, '--yes']);
    expect(restore.status, restore.output).toBe(0);

    expect(await db.event.findUniqueOrThrow({ where: { id: event.id }, include: { registrations: true } })).toEqual(before);
    // Restoring replaces the data: what was created after the backup is gone.
    expect(await db.event.findUnique({ where: { id: other.id } })).toBeNull();
    expect(await db.user.count({ where: { id: admin.id } })).toBe(1);
  });

  it('changes nothing without --yes, nor from a file that is not a backup', async () => {
    const db = testDb();
    const admin = await createUser(db, { role: 'ADMIN' });
    const file = path.join(folder, 'empty.jsonl.gz');
    expect(script('db-backup.mjs', ['--output', file]).status).toBe(0);
    const event = await createEvent(db, { ownerOrganisationId: admin.organisationId });

    const unconfirmed = script('db-restore.mjs', [file]);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.output).toContain('--yes');
    const notABackup = script('db-restore.mjs', [path.join(root, 'package.json'), '--yes']);
    expect(notABackup.status).toBe(1);
    expect(await db.event.count({ where: { id: event.id } })).toBe(1);
  });
});
