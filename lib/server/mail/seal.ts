import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { derivedKey } from '@/lib/server/secret-key';

/*
 * The outbox ("Courriels") keeps no usable link token. A message is stored with each token replaced
 * by a placeholder, and the tokens themselves travel sealed beside it (AES-256-GCM, key derived from
 * AUTH_SECRET with HKDF): they are put back only at delivery. The page shows the links masked.
 * Changing AUTH_SECRET makes messages still queued undeliverable (they end FAILED, with the reason);
 * the people concerned get a fresh link from any later message.
 */

const VERSION = 'v1';
const MASK = '••••••••';
const placeholder = (index: number) => `[[jeton-${index}]]`;
const PLACEHOLDER_PATTERN = /\[\[jeton-(\d+)\]\]/g;

function key(): Buffer {
  return derivedKey('outbox-link-tokens');
}

export type SealedText = { text: string; sealedTokens: string | null };

/** Replaces every token in `text` by a placeholder and seals the tokens. */
export function sealTokens(text: string, tokens: readonly string[]): SealedText {
  const used = tokens.filter((token) => token.length > 0 && text.includes(token));
  if (used.length === 0) return { text, sealedTokens: null };
  const stored = used.reduce((result, token, index) => result.split(token).join(placeholder(index)), text);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(used), 'utf8'), cipher.final()]);
  const parts = [iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url'));
  return { text: stored, sealedTokens: [VERSION, ...parts].join('.') };
}

function openTokens(sealedTokens: string): string[] {
  const [version, iv, sealed, tag] = sealedTokens.split('.');
  if (version !== VERSION || !iv || !sealed || !tag) throw new Error('Liens scellés illisibles.');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const tokens: unknown = JSON.parse(Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8'));
  if (!Array.isArray(tokens) || !tokens.every((token) => typeof token === 'string')) throw new Error('Liens scellés illisibles.');
  return tokens;
}

/** The text as sent: placeholders replaced by the sealed tokens (at delivery only). */
export function renderForDelivery(message: SealedText): string {
  if (!message.sealedTokens) return message.text;
  const tokens = openTokens(message.sealedTokens);
  return message.text.replace(PLACEHOLDER_PATTERN, (match, index: string) => tokens[Number(index)] ?? match);
}

// A message queued before tokens were sealed (account e-mails included) still holds its link in plain text.
const LEGACY_LINK_PATTERN = /\/(inscription|q|confirmation|mot-de-passe-oublie)\/[A-Za-z0-9_-]{20,}/g;

// Where a non-essential message gets its unsubscribe link at delivery (lib/server/messages/unsubscribe.ts).
const UNSUBSCRIBE_MARK = '[[desabonnement]]';

/** The text as the « Courriels » page shows it: links masked (old messages' plain links too). */
export function maskedText(text: string): string {
  return text
    .replace(PLACEHOLDER_PATTERN, MASK)
    .replace(LEGACY_LINK_PATTERN, `/$1/${MASK}`)
    .replaceAll(UNSUBSCRIBE_MARK, '[lien de désabonnement]');
}
