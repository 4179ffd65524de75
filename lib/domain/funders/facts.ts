import { normaliseLabel, weightedAverage, type AverageWithAnswers, type CombinedScore } from '@/lib/domain/bilan/outside-results';
import type { BilanFinancial, BilanIntroduction, BilanQuantitative, BilanSnapshot } from '@/lib/domain/bilan/types';
import type { QuestionSummary } from '@/lib/domain/questionnaire/types';
import { grantKey, type GrantReference } from '@/lib/domain/budget/grant';

/*
 * Ce qu'un financeur retient d'un bilan validé qui lui est partagé : des comptes, jamais une
 * personne. Chaque chiffre est lu dans la version figée (BilanSnapshot), tel que le bilan l'a
 * calculé (lib/domain/bilan) ; rien n'est recalculé autrement. Les sommes restent des entiers
 * (personnes, centimes) pour que le cumul entre événements se fasse sans arrondi intermédiaire.
 */

export type GrantOnEvent = GrantReference & {
  /** Clé de regroupement (financeur + référence) ; `null` sans référence. */
  readonly key: string | null;
  readonly funderName: string;
  readonly label: string;
  /** Montant de la ligne affecté à l'événement : réalisé s'il est connu, sinon prévisionnel. */
  readonly eventCents: number;
};

export type FunderEventFacts = {
  readonly versionId: string;
  readonly versionNumber: number;
  readonly eventId: string;
  readonly title: string;
  readonly hubId: string;
  readonly hubName: string;
  /** ISO (UTC). */
  readonly startsAt: string;
  readonly territoryName: string | null;
  readonly formatIds: readonly string[];
  readonly participants: number;
  /** Tous jours réunis : attendu·es et absent·es (le taux de no-show en découle). */
  readonly expected: number;
  readonly noShow: number;
  /** Publics cibles dont l'effectif du territoire est connu : présent·es et effectif ; `null` sans effectif. */
  readonly audience: { readonly present: number; readonly territoryTotal: number } | null;
  /** Satisfaction globale (1 à 5) et nombre de réponses, hors Trame compris quand le bilan les combine. */
  readonly satisfaction: AverageWithAnswers;
  readonly chargesActualCents: number;
  /** Tel que le bilan l'a calculé ; `null` sans participant·e ou sans réalisé. */
  readonly costPerParticipantCents: number | null;
  /** Produits hors nature (montant connu de chaque ligne) ; `null` pour un bilan antérieur au détail des produits. */
  readonly produitsCents: number | null;
  /** Part de ces produits apportée par ce financeur (lignes à son nom) ; `null` comme ci-dessus. */
  readonly funderCents: number | null;
  readonly speakers: { readonly women: number; readonly declared: number; readonly womenShare: number | null };
  /** Subventions de ce financeur portées par les lignes de produits. */
  readonly grants: readonly GrantOnEvent[];
};

export type FactsMeta = Pick<FunderEventFacts, 'versionId' | 'versionNumber' | 'eventId' | 'hubId' | 'hubName'>;

/** Le nom porté sur une ligne désigne-t-il ce financeur ? Casse, accents et espaces mis à part. */
export function isSameFunder(source: string | null, funderName: string): boolean {
  return source !== null && normaliseLabel(source) !== '' && normaliseLabel(source) === normaliseLabel(funderName);
}

/**
 * Ce que le tableau de bord lit d'une version figée : quelques parties seulement (le serveur les
 * extrait en SQL sans charger tout le bilan). `funderSnapshotPart` les tire d'un bilan entier.
 */
export type FunderSnapshotPart = {
  readonly introduction: Pick<BilanIntroduction, 'title' | 'startsAt' | 'territoryName'>;
  readonly quantitative: Pick<BilanQuantitative, 'participants' | 'perDay' | 'audiences' | 'sessionsByFormat' | 'speakers'>;
  /** La question « satisfaction globale » du questionnaire de Trame, s'il y en a une. */
  readonly overall: QuestionSummary | null;
  /** Le chiffre combiné de cette question avec les résultats recueillis hors Trame (v3+), s'il existe. */
  readonly outsideOverall: CombinedScore | null;
  readonly financial: Pick<BilanFinancial, 'totals' | 'costPerParticipantCents' | 'produitsBySource'>;
};

export const OVERALL_QUESTION_ID = 'overall';

export function funderSnapshotPart(snapshot: BilanSnapshot): FunderSnapshotPart {
  return {
    introduction: snapshot.introduction,
    quantitative: snapshot.quantitative,
    overall: snapshot.qualitative.questionnaire?.questions.find((question) => question.id === OVERALL_QUESTION_ID) ?? null,
    outsideOverall: snapshot.qualitative.outside?.scores.find((score) => score.key === OVERALL_QUESTION_ID) ?? null,
    financial: snapshot.financial,
  };
}

function satisfactionOf(part: FunderSnapshotPart): AverageWithAnswers {
  if (part.outsideOverall) return part.outsideOverall.combined;
  if (part.overall?.kind === 'scale') return { answers: part.overall.answers, average: part.overall.average };
  return weightedAverage([]);
}

/** Les chiffres d'un bilan pour le tableau de bord de `funderName`. */
export function funderEventFacts(snapshot: FunderSnapshotPart, meta: FactsMeta, funderName: string): FunderEventFacts {
  const q = snapshot.quantitative;
  const f = snapshot.financial;
  const withTotal = q.audiences.filter((audience) => audience.territoryTotal !== null);
  const lines = f.produitsBySource?.flatMap((group) => group.lines) ?? null;
  const known = (line: { actualCents: number | null; forecastCents: number }) => line.actualCents ?? line.forecastCents;
  const own = lines?.filter((line) => isSameFunder(line.source, funderName)) ?? [];
  const declared = q.speakers.declared ?? q.speakers.women + q.speakers.men;
  return {
    ...meta,
    title: snapshot.introduction.title,
    startsAt: snapshot.introduction.startsAt,
    territoryName: snapshot.introduction.territoryName,
    formatIds: q.sessionsByFormat.filter((format) => format.held > 0).map((format) => format.formatId),
    participants: q.participants.total,
    expected: q.perDay.reduce((sum, day) => sum + day.expected, 0),
    noShow: q.perDay.reduce((sum, day) => sum + day.noShow, 0),
    audience:
      withTotal.length === 0
        ? null
        : {
            present: withTotal.reduce((sum, audience) => sum + audience.present, 0),
            territoryTotal: withTotal.reduce((sum, audience) => sum + (audience.territoryTotal ?? 0), 0),
          },
    satisfaction: satisfactionOf(snapshot),
    chargesActualCents: f.totals.chargesActualCents,
    costPerParticipantCents: f.costPerParticipantCents,
    produitsCents: lines === null ? null : lines.reduce((sum, line) => sum + known(line), 0),
    funderCents: lines === null ? null : own.reduce((sum, line) => sum + known(line), 0),
    speakers: { women: q.speakers.women, declared, womenShare: q.speakers.womenShare },
    grants: own.flatMap((line) =>
      line.grant
        ? [{ ...line.grant, key: grantKey(line.source, line.grant), funderName: line.source ?? funderName, label: line.label, eventCents: known(line) }]
        : [],
    ),
  };
}
