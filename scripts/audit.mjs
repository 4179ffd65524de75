#!/usr/bin/env node
// npm run audit:prod — fails when a production dependency has a high or critical advisory.
// Also fails (exit 2) when the audit could not run: "no answer" must never read as "no issue".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  console.error('[audit] npm audit n’a pas répondu : impossible de vérifier les dépendances de production.');
  console.error((report?.message ?? report?.error?.summary ?? run.stderr ?? '').trim().split('\n').slice(-3).join('\n'));
  process.exit(2);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
console.log(`[audit] production : ${['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`);
for (const [name, v] of serious) {
  const via = v.via.map((x) => (typeof x === 'string' ? x : x.title)).join(' ; ');
  console.error(`[audit] ${v.severity} : ${name} (${v.range}) — ${via}${v.fixAvailable ? ' — correctif disponible' : ''}`);
}
process.exit(serious.length > 0 ? 1 : 0);
