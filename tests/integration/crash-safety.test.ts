// The app killed (SIGKILL, no clean-up) in the middle of an import and of a registration burst:
// afterwards the database holds whole operations only. The work runs in a child process that uses
// the app's own code; we kill it once PostgreSQL shows its transaction has written (backend_xid set).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEvent, createUser } from '@/tests/factories';
import { createOpenEvent } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

const root = path.resolve(__dirname, '..', '..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startWorker(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crash-worker.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  children.push(child);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited, output: () => output };
}

/** Connections of this database, other than ours, inside a transaction that has written something. */
async function writingTransactions(): Promise<number> {
  const rows = await testDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`;
  return rows[0]?.n ?? 0;
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function killWhileWriting(worker: ReturnType<typeof startWorker>, ready: () => Promise<boolean> = async () => true) {
  let exitedEarly = false;
  void worker.exited.then(() => (exitedEarly = true));
  await waitFor(async () => {
    if (exitedEarly) {
      console.error(worker.output());
      throw new Error('the worker ended before being killed');
    }
    return (await ready()) && (await writingTransactions()) > 0;
  }, 'a writing transaction');
  worker.child.kill('SIGKILL');
  await worker.exited;
  // PostgreSQL rolls back the dead client's transaction once it notices the closed connection.
  await waitFor(async () => (await writingTransactions()) === 0, 'the rollback of the killed transaction');
}

describe('killed in the middle of a write', () => {
  it('an import of 8 000 rows leaves all of them or none', { timeout: 120_000 }, async () => {
    const db = testDb();
    const admin = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: admin.organisationId });
    await killWhileWriting(startWorker(['import', event.id, '8000']));

    const count = await db.registration.count({ where: { eventId: event.id } });
    // Killed before COMMIT was sent: nothing. (All 8 000 would only mean the commit won the race.)
    expect([0, 8000]).toContain(count);
    expect(count).toBe(0);
  });

  it('a registration burst leaves whole registrations: seats within capacity, ranks without gaps, one e-mail each', { timeout: 120_000 }, async () => {
    const db = testDb();
    const admin = await createUser(db, { role: 'COORDINATOR' });
    const capacity = 15;
    const event = await createOpenEvent(db, { ownerOrganisationId: admin.organisationId, capacity });
    const enough = async () => (await db.registration.count({ where: { eventId: event.id } })) >= capacity + 10;
    await killWhileWriting(startWorker(['burst', event.id]), enough);

    const rows = await db.registration.findMany({ where: { eventId: event.id }, select: { email: true, status: true, rank: true } });
    const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
    const waiting = rows.filter((r) => r.status === 'WAITING');
    expect(rows.length).toBeGreaterThanOrEqual(capacity + 10);
    expect(confirmed).toHaveLength(capacity);
    expect(confirmed.every((r) => r.rank === null)).toBe(true);
    expect(waiting.map((r) => r.rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(waiting.map((_, i) => i + 1));
    // The confirmation e-mail is queued in the same transaction: no registration without it, no
    // e-mail for a registration that was rolled back.
    const emails = await db.outboxEmail.findMany({ where: { eventId: event.id }, select: { to: true } });
    expect(emails.map((e) => e.to).sort()).toEqual(rows.map((r) => r.email).sort());
  });
});
