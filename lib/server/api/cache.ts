import 'server-only';
import { LRUCache } from 'lru-cache';

/**
 * The read API's finished JSON bodies, kept in this instance's memory for 60 seconds: the same
 * freshness as the public pages (each instance keeps its own page cache too), and emptied with them
 * when an action revalidates the public event pages (see lib/server/revalidate.ts).
 *
 * Why not Next's data cache (unstable_cache): it writes every entry to disk, and this endpoint is on
 * the open internet, where anyone can ask for thousands of unknown slugs or empty pages. Here the
 * number of entries is bounded and the oldest go first, so "not found" can be kept too, and an event
 * unpublished by a write made outside the app disappears within the minute.
 *
 * Only the body is kept: the rate limit and the query checks run on every request, before this.
 * Concurrent misses on one key share one computation (lru-cache's fetch).
 */
const MAX_KEY_LENGTH = 200;
type Compute = () => Promise<string | null>;
const bodies = new LRUCache<string, { body: string | null }, Compute>({
  max: 2_000,
  ttl: 60_000,
  fetchMethod: async (_key, _stale, { context }) => ({ body: await context() }),
});

/** The body for this key, computed at most once a minute per instance; null is "not found". */
export async function cachedApiBody<T extends string | null>(key: string, compute: () => Promise<T>): Promise<T> {
  // No real slug is this long: such a key is computed (a 404) without taking room in the cache.
  if (key.length > MAX_KEY_LENGTH) return compute();
  const kept = await bodies.fetch(key, { context: compute });
  // fetchMethod always answers, so `kept` is there; its body is what `compute` gave for this key.
  return kept!.body as T;
}

/** Forgets every kept body: something public changed. */
export function forgetApiBodies(): void {
  bodies.clear();
}
