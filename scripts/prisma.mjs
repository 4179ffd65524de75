#!/usr/bin/env node
// Runs the Prisma CLI offline: prisma.config.ts points it at our schema-engine stand-in.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib/env.mjs';

const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
