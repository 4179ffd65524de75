// Reads which JavaScript files a route loads on first visit from a production build (Next 16,
// Turbopack): the shared bootstrap (build-manifest rootMainFiles) plus the entry chunks of the
// route's layouts, page and boundaries (entryJSFiles in the route's client-reference manifest).
// Polyfills are left out: they are loaded with `nomodule`, never by current browsers.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type RouteJs = { route: string; files: string[]; rawBytes: number; gzipBytes: number };

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The manifest file assigns `globalThis.__RSC_MANIFEST[route] = {…}`: take the object literal. */
function readClientManifest(file: string): ClientManifest {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf('= {', source.indexOf('__RSC_MANIFEST['));
  if (start < 0) throw new Error(`manifeste illisible : ${file}`);
  return JSON.parse(source.slice(start + 2).trim().replace(/;\s*$/, '')) as ClientManifest;
}

/** `route` as Next names it in the app folder, e.g. '/(public)/e/[slug]/page'. */
export function routeFirstLoadJs(distDir: string, route: string): RouteJs {
  const manifestFile = path.join(distDir, 'server', 'app', `${route}_client-reference-manifest.js`);
  if (!existsSync(manifestFile)) throw new Error(`pas de manifeste pour ${route} dans ${distDir}`);
  const { rootMainFiles = [] } = readJson<{ rootMainFiles?: string[] }>(path.join(distDir, 'build-manifest.json'));
  const entries = Object.values(readClientManifest(manifestFile).entryJSFiles ?? {}).flat();
  const files = [...new Set([...rootMainFiles, ...entries])];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(distDir, file));
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes).byteLength;
  }
  return { route, files, rawBytes, gzipBytes };
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
