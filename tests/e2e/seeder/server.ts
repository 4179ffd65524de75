// The seeder of the e2e journeys, one per Playwright worker (tests/e2e/fixtures.ts starts it with tsx):
// Playwright's loader cannot load the generated Prisma client (an ES module in a CommonJS package),
// so the factories run here. It reads one JSON request per line on stdin ({ id, task, args }) and
// answers one JSON line on stdout ({ id, value } or { id, error }).
import { createInterface } from 'node:readline';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client';
import { seedTasks } from './tasks';

const url = process.env.E2E_DATABASE_URL;
if (!url) throw new Error('E2E_DATABASE_URL manquant.');
// A small pool: the app's own pool needs the database's connections more.
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
const tasks = seedTasks(db);

/** The task named by a request; its arguments come as JSON, checked by the factory's own use of them. */
function taskNamed(name: string): ((...args: unknown[]) => Promise<unknown>) | undefined {
  if (!Object.hasOwn(tasks, name)) return undefined;
  return tasks[name as keyof typeof tasks] as (...args: unknown[]) => Promise<unknown>;
}

const answer = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function handle(line: string) {
  const { id, task, args } = JSON.parse(line) as { id: number; task: string; args: unknown[] };
  try {
    const run = taskNamed(task);
    if (!run) throw new Error(`Unknown seed task ${task}`);
    answer({ id, value: await run(...args) });
  } catch (error) {
    answer({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

const pending = new Set<Promise<void>>();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const work = handle(line);
  pending.add(work);
  void work.finally(() => pending.delete(work));
});
// The worker closed stdin: finish what was asked, then let the process end.
lines.on('close', () => {
  void Promise.allSettled([...pending]).then(() => db.$disconnect());
});
