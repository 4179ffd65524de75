import { ticketKey } from './ticket-days';

/*
 * Statut d'une commande de billetterie (« Statut de la commande », « Statut du paiement »…).
 * Un billet remboursé ou annulé n'est pas attendu : il n'est pas importé, et l'aperçu le dit.
 */

export type OrderStatusKind = 'valid' | 'cancelled' | 'pending' | 'unknown';

export const ORDER_STATUS_LABELS: Record<OrderStatusKind, string> = {
  valid: 'valide',
  cancelled: 'remboursé ou annulé',
  pending: 'en attente',
  unknown: 'non reconnu',
};

// Le plus précis d'abord : « Remboursement partiel » est un remboursement, « Non payé » n'est pas payé.
const PATTERNS: ReadonlyArray<{ readonly kind: OrderStatusKind; readonly pattern: RegExp }> = [
  { kind: 'cancelled', pattern: /\b(rembours\w*|annul\w*|refus\w*|abandon\w*|expir\w*|echou\w*|echec|cancel\w*|refund\w*|invalide?)\b/ },
  { kind: 'pending', pattern: /\b(en attente|en cours|non paye\w*|impaye\w*|a payer|pending|attente)\b/ },
  { kind: 'valid', pattern: /\b(inscrit\w*|valide\w*|paye\w*|confirm\w*|autoris\w*|complet\w*|termine\w*|regle\w*|gratuit\w*|traite\w*|ok|paid|valid\w*)\b/ },
];

/**
 * Une cellule vide vaut « valide » : un export sans statut ne liste que des billets vendus.
 * Un statut inconnu est importé (la personne a un billet) et signalé.
 */
export function readOrderStatus(raw: string): OrderStatusKind {
  const key = ticketKey(raw);
  if (key === '') return 'valid';
  return PATTERNS.find(({ pattern }) => pattern.test(key))?.kind ?? 'unknown';
}

/** Un billet remboursé ou annulé ne fait attendre personne. */
export function isExpectedOrder(kind: OrderStatusKind): boolean {
  return kind !== 'cancelled';
}
