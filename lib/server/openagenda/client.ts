import 'server-only';
import { z } from 'zod';
import type { OpenAgendaFailure } from '@/lib/domain/public/openagenda';
import { env } from '@/lib/env';
import { readBounded } from '@/lib/server/multipart';

/*
 * OpenAgenda's write API v2 (https://developers.openagenda.com), as documented:
 * - POST {api}/requestAccessToken with the account's secret key as `code` → a short-lived access token,
 *   then sent in the `access-token` header of every write;
 * - POST {api}/agendas/{agendaUID}/locations → `{ location: { uid } }`, PATCH …/locations/{uid} to update;
 * - PUT {api}/agendas/{agendaUID}/events/ext/{key}/{value} creates the event the first time and updates
 *   it afterwards, found by its external id: a retried push never makes a second event.
 */

export type OpenAgendaConfig = { readonly apiUrl: string; readonly agendaUid: string; readonly secretKey: string };

/** The instance's agenda, or null when Trame is not configured to push (organisers then download the JSON). */
export function openAgendaConfig(): OpenAgendaConfig | null {
  const { OPENAGENDA_AGENDA_UID, OPENAGENDA_SECRET_KEY, OPENAGENDA_API_URL } = env();
  if (!OPENAGENDA_AGENDA_UID || !OPENAGENDA_SECRET_KEY) return null;
  return { apiUrl: OPENAGENDA_API_URL.replace(/\/+$/, ''), agendaUid: OPENAGENDA_AGENDA_UID, secretKey: OPENAGENDA_SECRET_KEY };
}

/** A failed call, with what organisers may be told about it (never the answer's text). */
export class OpenAgendaError extends Error {
  constructor(readonly failure: OpenAgendaFailure) {
    super(`OpenAgenda : ${JSON.stringify(failure)}`);
    this.name = 'OpenAgendaError';
  }
}

const TIMEOUT_MS = 15_000;
/** OpenAgenda answers with the whole event: a long programme stays well under this. */
const MAX_ANSWER_BYTES = 1_000_000;

type Step = 'token' | 'location' | 'event';

async function call<S extends z.ZodType>(
  config: OpenAgendaConfig,
  step: Step,
  request: { method: 'POST' | 'PATCH' | 'PUT'; path: string; body: unknown; token?: string },
  answer: S,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}${request.path}`, {
      method: request.method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(request.token ? { 'access-token': request.token } : {}) },
      body: JSON.stringify(request.body),
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new OpenAgendaError({ kind: 'network' });
  }
  if (!response.ok) {
    // The refusal's text is not read: it may quote the request, and organisers get a French reason.
    void response.body?.cancel().catch(() => undefined);
    throw new OpenAgendaError({ kind: 'http', status: response.status, step });
  }
  // Too long, or cut off: either way not an answer to read.
  const bytes = await readBounded(response.body, MAX_ANSWER_BYTES, 'too large').catch(() => {
    throw new OpenAgendaError({ kind: 'unexpected-answer' });
  });
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new OpenAgendaError({ kind: 'unexpected-answer' });
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) throw new OpenAgendaError({ kind: 'unexpected-answer' });
  return parsed.data;
}

/** OpenAgenda's uids are numbers; Trame keeps them as text. */
const uid = z.union([z.number().int().nonnegative(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]).transform(String);

const agendaPath = (config: OpenAgendaConfig) => `/agendas/${encodeURIComponent(config.agendaUid)}`;

export async function requestAccessToken(config: OpenAgendaConfig): Promise<string> {
  const { access_token } = await call(
    config,
    'token',
    { method: 'POST', path: '/requestAccessToken', body: { grant_type: 'authorization_code', code: config.secretKey } },
    z.object({ access_token: z.string().min(1).max(2000) }),
  );
  return access_token;
}

/** Updates the location created by an earlier push, or creates it (also when it was deleted in the agenda). */
export async function upsertLocation(config: OpenAgendaConfig, token: string, body: object, knownUid: string | null): Promise<string> {
  const answer = z.object({ location: z.object({ uid }) });
  if (knownUid) {
    try {
      const { location } = await call(config, 'location', { method: 'PATCH', path: `${agendaPath(config)}/locations/${encodeURIComponent(knownUid)}`, body, token }, answer);
      return location.uid;
    } catch (error) {
      if (!(error instanceof OpenAgendaError && error.failure.kind === 'http' && error.failure.status === 404)) throw error;
    }
  }
  const { location } = await call(config, 'location', { method: 'POST', path: `${agendaPath(config)}/locations`, body, token }, answer);
  return location.uid;
}

/** Creates or updates the event found by its external id (`extKey`/`extValue`). */
export async function upsertEventByExtId(config: OpenAgendaConfig, token: string, ext: { key: string; value: string }, body: object): Promise<string> {
  const path = `${agendaPath(config)}/events/ext/${encodeURIComponent(ext.key)}/${encodeURIComponent(ext.value)}`;
  const { event } = await call(config, 'event', { method: 'PUT', path, body, token }, z.object({ event: z.object({ uid }) }));
  return event.uid;
}
