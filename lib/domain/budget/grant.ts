/*
 * La référence d'une subvention portée par une ligne de produit : le sous-ensemble du schéma SCDL
 * « subventions » (schema.data.gouv.fr/scdl/subventions) qu'un financeur retrouve dans ses propres
 * fichiers. Le financeur (nomAttribuant) est le `funderName` de la ligne ; ici :
 * - referenceDecision → `reference` (n° de convention, d'arrêté ou de décision) ;
 * - dateConvention → `agreementDate` (AAAA-MM-JJ) ;
 * - montant → `amountCents`, le montant total accordé par la convention (en centimes), qui peut
 *   couvrir plusieurs événements : la ligne, elle, porte la part affectée à cet événement ;
 * - `euCofinanced` : cofinancement européen (FSE+, FEDER…), que le compte rendu doit signaler.
 * Une ligne porte une subvention dès qu'une référence, une date ou un montant est saisi.
 */
import { formatCalendarDate, isCalendarDate } from '@/lib/domain/dates';

export type GrantReference = {
  readonly reference: string | null;
  readonly agreementDate: string | null;
  readonly amountCents: number | null;
  readonly euCofinanced: boolean;
};

export const GRANT_REFERENCE_MAX_LENGTH = 100;

export const GRANT_LABELS = {
  funder: 'Financeur (attribuant)',
  reference: 'Référence de la convention ou de la décision',
  agreementDate: 'Date de la convention',
  amount: 'Montant total accordé',
  euCofinanced: 'Cofinancement européen',
} as const;

type StoredGrant = {
  readonly grantReference: string | null;
  readonly grantAgreementDate: string | null;
  readonly grantAmountCents: number | null;
  readonly grantEuCofinanced: boolean;
};

/** Une référence vide (rien de saisi, ou seulement la case décochée) n'est pas une subvention. */
export function isEmptyGrant(grant: GrantReference | null | undefined): boolean {
  return !grant || (grant.reference === null && grant.agreementDate === null && grant.amountCents === null && !grant.euCofinanced);
}

export function toStoredGrant(grant: GrantReference | null | undefined): StoredGrant {
  if (!grant || isEmptyGrant(grant)) return { grantReference: null, grantAgreementDate: null, grantAmountCents: null, grantEuCofinanced: false };
  return {
    grantReference: grant.reference,
    grantAgreementDate: grant.agreementDate,
    grantAmountCents: grant.amountCents,
    grantEuCofinanced: grant.euCofinanced,
  };
}

export function fromStoredGrant(row: StoredGrant): GrantReference | null {
  const grant = {
    reference: row.grantReference,
    agreementDate: row.grantAgreementDate,
    amountCents: row.grantAmountCents,
    euCofinanced: row.grantEuCofinanced,
  };
  return isEmptyGrant(grant) ? null : grant;
}

/**
 * La clé qui regroupe les lignes d'une même subvention, d'un événement à l'autre : le financeur et la
 * référence (sans casse ni espaces superflus) ; sans référence, la subvention reste seule.
 */
export function grantKey(funderName: string | null, grant: Pick<GrantReference, 'reference'> | null): string | null {
  if (!grant?.reference) return null;
  const clean = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
  return `${clean(funderName ?? '')}|${clean(grant.reference)}`;
}

/** « convention ANCT-2027-0042 du 1er février 2027, cofinancement européen », pour le bilan à l'écran. */
export function grantSummary(grant: GrantReference): string {
  const parts = [
    grant.reference ? `convention ${grant.reference}` : 'convention sans référence',
    grant.agreementDate && isCalendarDate(grant.agreementDate) ? `du ${formatCalendarDate(grant.agreementDate)}` : null,
  ].filter(Boolean);
  return `${parts.join(' ')}${grant.euCofinanced ? ', cofinancement européen' : ''}`;
}
