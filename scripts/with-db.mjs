#!/usr/bin/env node
// Runs a command against the development database (embedded unless DATABASE_URL is set):
//   node scripts/with-db.mjs prisma migrate dev --name add_x
//   node scripts/with-db.mjs seed
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadEnvironment, root } from './lib/env.mjs';
import { provideDatabase, seedDemo } from './lib/database.mjs';

loadEnvironment({ dev: true });
const [command, ...args] = process.argv.slice(2);
const database = await provideDatabase();
let status = 0;
try {
  if (command === 'seed') {
    seedDemo(database.url);
  } else if (command === 'prisma') {
    const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
    status = spawnSync(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: database.url },
    }).status ?? 1;
  } else {
    console.error('Usage: node scripts/with-db.mjs prisma <args…> | seed');
    status = 2;
  }
} finally {
  await database.stop();
}
process.exit(status);
