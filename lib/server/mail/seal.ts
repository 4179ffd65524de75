import 'server-only';
import { openText, sealText } from '@/lib/server/secret-key';

/*
 * The outbox ("Courriels") keeps no usable link token. A message is stored with each token replaced
 * by a placeholder, and the tokens themselves travel sealed beside it (AES-256-GCM, key derived from
 * AUTH_SECRET with HKDF): they are put back only at delivery. The page shows the links masked.
 * Changing AUTH_SECRET makes messages still queued undeliverable (they end FAILED, with the reason);
 * the people concerned get a fresh link from any later message.
 */

const MASK = '••••••••';
const placeholder = (index: number) => `[[jeton-${index}]]`;
const PLACEHOLDER_PATTERN = /\[\[jeton-(\d+)\]\]/g;

const PURPOSE = 'outbox-link-tokens';

export type SealedText = { text: string; sealedTokens: string | null };

/** Replaces every token in `text` by a placeholder and seals the tokens. */
export function sealTokens(text: string, tokens: readonly string[]): SealedText {
  const used = tokens.filter((token) => token.length > 0 && text.includes(token));
  if (used.length === 0) return { text, sealedTokens: null };
  const stored = used.reduce((result, token, index) => result.split(token).join(placeholder(index)), text);
  return { text: stored, sealedTokens: sealText(PURPOSE, JSON.stringify(used)) };
}

function openTokens(sealedTokens: string): string[] {
  const tokens: unknown = JSON.parse(openText(PURPOSE, sealedTokens));
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
