import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { z } from 'zod';
import type { ApiProblem } from '@/lib/domain/api/v1';
import { env } from '@/lib/env';
import { addressOf } from '@/lib/server/rate-limit';

// The read API answers from every instance without a database write per request: each instance
// counts its own callers in memory. A caller spread over several instances gets a little more, which
// is fine for public, read-only data; the limit is against scraping loops, not a quota
// (API_RATE_LIMIT_PER_MINUTE, 300 by default).
let limiter: RateLimiterMemory | undefined;
const perMinute = () => env().API_RATE_LIMIT_PER_MINUTE;

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };

export function problem(status: number, title: string, extra: Partial<ApiProblem> = {}, headers: HeadersInit = {}): Response {
  const body: ApiProblem = { type: 'about:blank', title, status, ...extra };
  return new Response(JSON.stringify(body), { status, headers: { ...PROBLEM_HEADERS, ...headers } });
}

/** A 429 once the caller's budget is spent; null while it holds. Unknown addresses share one budget. */
export function rateLimited(request: Request): Promise<Response | null> {
  return rateLimitedAddress(addressOf(request.headers) ?? 'inconnue');
}

export async function rateLimitedAddress(address: string): Promise<Response | null> {
  try {
    limiter ??= new RateLimiterMemory({ points: perMinute(), duration: 60, keyPrefix: 'api-v1' });
    await limiter.consume(address);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    return problem(429, 'Trop de requêtes.', { detail: `Au plus ${perMinute()} requêtes par minute. Réessayez dans ${seconds} s.` }, { 'Retry-After': String(seconds) });
  }
}

/** The query string read with its schema; a 400 problem naming each bad parameter in French. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): { ok: true; value: z.output<S> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ parameter: key, message: `Paramètre inconnu : « ${key} ».` }))
      : [{ parameter: String(issue.path[0] ?? ''), message: issue.message }],
  );
  return { ok: false, response: problem(400, 'Paramètres invalides.', { detail: errors.map((e) => e.message).join(' '), errors }) };
}

const API_HEADERS = { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' };

/** A 200 with a body already serialised (the read API keeps finished JSON, see ./cache.ts). */
export function jsonBody(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/json', ...API_HEADERS } });
}
