import 'server-only';
import { hashToken } from '@/lib/server/tokens';

/** A registration answers to its personal link and to the link re-sent when its address registered again. */
export function byLink(token: string) {
  const hash = hashToken(token);
  return { OR: [{ tokenHash: hash }, { resentTokenHash: hash }] };
}
