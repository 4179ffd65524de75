import { z } from 'zod';

function emptyToUndefined(value: unknown) {
  return value === '' ? undefined : value;
}

// process.env is read here only, once, so a missing variable fails with a clear message.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1, { error: 'DATABASE_URL est requis (démarrez avec npm run dev ou npm start).' }),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // E-mail: without SMTP_URL every message is kept in the outbox ("Courriels") and not sent.
  SMTP_URL: z.preprocess(emptyToUndefined, z.url({ error: 'SMTP_URL doit être une adresse smtp:// ou smtps://.' }).optional()),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('Trame <ne-pas-repondre@trame.local>')),
  // The public address used in e-mailed links; AUTH_URL (set by the start-up wrapper) otherwise.
  APP_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  AUTH_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  // Number of reverse proxies of ours in front of the app (README, « Sécurité »): 0 = clients connect
  // directly and their address is the socket's; X-Forwarded-For is then ignored.
  TRUSTED_PROXY_HOPS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10).default(0)),
  // Requests per minute and address on the read API (/api/v1), counted per instance.
  API_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1_000_000).default(300)),
  // OpenAgenda (README, « Formats ouverts »): with an agenda and its secret key, organisers push their
  // published events there; without them, they download the JSON to paste. The key never leaves the server.
  OPENAGENDA_AGENDA_UID: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'OPENAGENDA_AGENDA_UID doit être l’identifiant (uid) de l’agenda.' }).optional()),
  OPENAGENDA_SECRET_KEY: z.preprocess(emptyToUndefined, z.string().min(1).max(500).optional()),
  OPENAGENDA_API_URL: z.preprocess(emptyToUndefined, z.url().default('https://api.openagenda.com/v2')),
  TRAME_DISABLE_WORKER: z.preprocess(emptyToUndefined, z.enum(['0', '1']).optional()),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

/** The absolute address of the app, without a trailing slash, for links sent by e-mail. */
export function appUrl(): string {
  const { APP_URL, AUTH_URL } = env();
  return (APP_URL ?? AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
