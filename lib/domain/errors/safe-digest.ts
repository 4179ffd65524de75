/*
 * Next hides the message of an error thrown while rendering on the server and hands error.tsx only
 * its `digest`. A safe error (a French message meant for the person) travels in that digest,
 * behind a prefix, so the error page can show it; any other digest is an opaque hash.
 */
const PREFIX = 'trame-safe:';

export function safeDigest(message: string): string {
  return `${PREFIX}${encodeURIComponent(message)}`;
}

/** The French message a digest carries, or null for an unexpected error. */
export function messageOfDigest(digest: string | undefined): string | null {
  if (!digest?.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(digest.slice(PREFIX.length));
  } catch {
    return null;
  }
}
