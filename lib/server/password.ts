import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP-compatible memory and time costs).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the account does not exist keeps the response time the same,
// so the sign-in form does not reveal which e-mails have an account.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash('trame-dummy-password');
  await verifyPassword(await dummyHash, password);
}
