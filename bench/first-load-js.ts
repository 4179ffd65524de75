// npm run bench:js — gzip size of the JavaScript a first visit loads, from the production build
// (NEXT_DIST_DIR, default .next-bench-public, built if missing). Public pages target < 120 kB.
import path from 'node:path';
import { ensureBuild, root } from './support/app';
import { kB, routeFirstLoadJs } from './support/route-js';
import { printSummary } from './support/summary';

const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-bench-public';
const PUBLIC_TARGET = 120 * 1024;

const ROUTES = [
  { name: 'Page publique de l’événement', route: '/(public)/e/[slug]/page', isPublic: true },
  { name: 'Page d’inscription', route: '/(public)/e/[slug]/inscription/page', isPublic: true },
  { name: 'Éditeur de programme', route: '/(app)/evenements/[id]/programme/page', isPublic: false },
] as const;

function main() {
  ensureBuild(DIST_DIR);
  const distDir = path.join(root, DIST_DIR);
  console.log(`[bench:js] JavaScript chargé à la première visite (gzip), build ${DIST_DIR}`);
  for (const { name, route, isPublic } of ROUTES) {
    const js = routeFirstLoadJs(distDir, route);
    const met = isPublic ? js.gzipBytes < PUBLIC_TARGET : null;
    console.log(`[bench:js] ${name.padEnd(30)} ${kB(js.gzipBytes).padStart(9)} gzip (${kB(js.rawBytes)} brut, ${js.files.length} fichiers)${isPublic ? ` — objectif < ${kB(PUBLIC_TARGET)}` : ''}`);
    printSummary({ name: `JS 1re visite : ${name}`, figure: `${kB(js.gzipBytes)} gzip`, target: isPublic ? '< 120 kB' : '—', met });
  }
}

main();
