import { z } from 'zod';

// process.env is read here only, once, so a missing variable fails with a clear message.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1, { error: 'DATABASE_URL est requis (démarrez avec npm run dev ou npm start).' }),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
