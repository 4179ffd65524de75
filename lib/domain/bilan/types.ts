import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import type { BilanOutsideResults } from './outside-results';
import type { GrantReference } from '@/lib/domain/budget/grant';

/*
 * The bilan as funders read it: every figure computed, every text written, in plain JSON so a
 * validated version can be frozen in the database (BilanVersion.snapshot) and rendered identically
 * on screen, in the PDF, the XLSX and the CSV. Instants are ISO strings (UTC), days are Paris
 * calendar dates (YYYY-MM-DD), money is integer cents, rates are percentages to one decimal
 * (lib/domain/registrations/percent.ts) or null when they have no denominator.
 * Bump BILAN_SNAPSHOT_VERSION when the shape changes; renderers read older versions too.
 */
export const BILAN_SNAPSHOT_VERSION = 4;
/**
 * Version 2 added the fields marked "since v2" (content flag, half-day override, produits by source,
 * personnel details). They are optional in the type: a frozen version 1 lacks them, and every renderer
 * falls back to what version 1 showed.
 * Version 3 added co-organisers not on Trame (`BilanOrganiser.outsideTrame`) and the results gathered
 * outside Trame (`BilanQualitative.outside`); both are optional, older versions show neither.
 * Version 4 added the grant references of produit lines (`BilanProduitLine.grant`, optional).
 */
export const READABLE_SNAPSHOT_VERSIONS = [1, 2, 3, 4] as const;
export type BilanSnapshotVersion = (typeof READABLE_SNAPSHOT_VERSIONS)[number];

export type BilanOrganiser = {
  readonly id: string;
  readonly name: string;
  readonly role: 'owner' | 'co-organiser';
  /** Since v3: a co-organiser named by the coordinator that is not an organisation of Trame. */
  readonly outsideTrame?: boolean;
};

export type BilanCancelledSession = {
  readonly title: string;
  readonly day: string;
  readonly reason: string | null;
};

export type BilanIntroduction = {
  readonly title: string;
  readonly organisers: readonly BilanOrganiser[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly days: readonly string[];
  readonly mode: 'PRESENTIEL' | 'DISTANCIEL' | 'HYBRIDE';
  readonly venueName: string | null;
  readonly venueAddress: string | null;
  readonly territoryName: string | null;
  readonly themes: readonly string[];
  readonly level: number | null;
  readonly objective: string | null;
  /** Written by the organisers. */
  readonly text: string | null;
  /** What changed from the plan. */
  readonly cancelledSessions: readonly BilanCancelledSession[];
};

/** A session held that is not content (opening, closing, break…): named, not counted. */
export type BilanLeftOutSession = {
  readonly title: string;
  readonly day: string;
  readonly formatLabel: string;
};

export type BilanFormatCount = {
  readonly formatId: string;
  readonly formatLabel: string;
  readonly held: number;
  readonly cancelled: number;
};

export type BilanDayFigures = {
  readonly day: string;
  /** Confirmed participants expected that day (the no-show denominator). */
  readonly expected: number;
  /** Present, walk-ins included. */
  readonly present: number;
  readonly walkIns: number;
  readonly excused: number;
  readonly noShow: number;
  readonly noShowRate: number | null;
};

export type BilanAudienceShare = {
  readonly category: string;
  readonly label: string;
  readonly present: number;
  /** Size of that audience in the territory, when known. */
  readonly territoryTotal: number | null;
  /** present / territoryTotal in %, may exceed 100; null when the total is unknown. */
  readonly share: number | null;
};

export type BilanQuantitative = {
  /** The figure the bilan states: the coordinator's override when set, else the computed one. */
  readonly halfDays: number;
  /** Since v2: the half-days computed by the rule, and the override's reason (null = not overridden). */
  readonly halfDaysComputed?: number;
  readonly halfDaysOverrideReason?: string | null;
  /** Since v2: sessions held left out of the content figures (sessions, hours, formats, half-days). */
  readonly leftOutOfContent?: readonly BilanLeftOutSession[];
  readonly sessionsHeld: number;
  readonly sessionsCancelled: number;
  readonly sessionsByFormat: readonly BilanFormatCount[];
  /** Minutes of content in sessions held (breaks excluded). */
  readonly contentMinutes: number;
  readonly speakers: {
    readonly total: number;
    readonly local: number;
    readonly national: number;
    readonly women: number;
    readonly men: number;
    readonly otherOrUndeclared: number;
    /** Since v4: those who declared a gender (the parity denominator); older versions: women + men at best. */
    readonly declared?: number;
    /** Share of women among those who declared, in %; null when nobody declared. */
    readonly womenShare: number | null;
  };
  /** Entered on the bilan page; null when not entered. */
  readonly staff: {
    readonly eventPeople: number | null;
    readonly eventHours: number | null;
    readonly prepPeople: number | null;
    readonly prepDays: number | null;
  };
  readonly participants: {
    /** Distinct people present at least one day, speakers excluded, walk-ins included. */
    readonly total: number;
    readonly registered: number;
    readonly walkIns: number;
    readonly objectiveMin: number | null;
    readonly objectiveMax: number | null;
    /** total / objectiveMin in %; null without an objective. */
    readonly objectiveReached: number | null;
  };
  readonly perDay: readonly BilanDayFigures[];
  readonly audiences: readonly BilanAudienceShare[];
};

export type BilanEvaluationFrame = {
  readonly why: string | null;
  readonly who: string | null;
  readonly how: string | null;
  readonly what: string | null;
  readonly review: string | null;
};

export type BilanQualitative = {
  /** null when the event has no questionnaire. */
  readonly questionnaire: QuestionnaireSummary | null;
  readonly analysis: string | null;
  readonly keep: readonly string[];
  readonly improve: readonly string[];
  readonly consider: readonly string[];
  readonly evaluation: BilanEvaluationFrame;
  /** Since v3: results gathered outside Trame, with the combined figures; null (or absent) without any. */
  readonly outside?: BilanOutsideResults | null;
};

export type BilanMoneyRow = {
  readonly key: string;
  readonly label: string;
  readonly forecastCents: number;
  readonly actualCents: number;
  /** Lines of the row without an actual amount yet. */
  readonly missingActualCount: number;
  /** (actual − forecast) / forecast in %, one decimal; null without actuals or on a zero forecast. */
  readonly gapPercent: number | null;
};

export type BilanCerfaRow = BilanMoneyRow & { readonly code: string; readonly rows: readonly BilanMoneyRow[] };

export type BilanGapExplanation = {
  readonly kind: 'charge' | 'produit';
  readonly label: string;
  readonly forecastCents: number;
  readonly actualCents: number;
  readonly gapPercent: number | null;
  /** Written on the budget line; null when still missing. */
  readonly explanation: string | null;
};

/** One produit line with who paid it: the funder, or the co-organiser whose internal budget it is. */
export type BilanProduitLine = {
  readonly label: string;
  /** The funder or organisation named on the line; null when nobody is named. */
  readonly source: string | null;
  readonly forecastCents: number;
  /** null while the actual amount is not known. */
  readonly actualCents: number | null;
  /** Since v4: the grant's references (lib/domain/budget/grant.ts); null or absent without any. */
  readonly grant?: GrantReference | null;
};

export type BilanProduitGroup = {
  readonly category: string;
  readonly label: string;
  readonly forecastCents: number;
  readonly actualCents: number;
  readonly lines: readonly BilanProduitLine[];
};

export type BilanFinancial = {
  readonly charges: readonly BilanMoneyRow[];
  readonly produits: readonly BilanMoneyRow[];
  /** Since v2: every produit line with its source, grouped by category (in kind apart, not here). */
  readonly produitsBySource?: readonly BilanProduitGroup[];
  /** Personnel costs (category of charges 64), shown apart and included in the charges. */
  readonly personnel: { readonly forecastCents: number; readonly actualCents: number };
  readonly totals: {
    readonly chargesForecastCents: number;
    readonly chargesActualCents: number;
    readonly produitsForecastCents: number;
    readonly produitsActualCents: number;
  };
  /** Contributions en nature (86/87), never in the totals above. */
  readonly inKind: { readonly chargesCents: number; readonly produitsCents: number };
  /** On actual amounts: charges − produits; positive = deficit. */
  readonly balance: { readonly differenceCents: number; readonly status: 'equilibre' | 'excedent' | 'deficit'; readonly label: string };
  readonly costPerParticipantCents: number | null;
  /** The compte rendu financier (Cerfa 15059) layout: codes in form order. */
  readonly cerfa: { readonly charges: readonly BilanCerfaRow[]; readonly produits: readonly BilanCerfaRow[] };
  /** Lines whose gap exceeds 15 %, with their explanation. */
  readonly gaps: readonly BilanGapExplanation[];
};

export type BilanProgrammeSession = {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly title: string;
  readonly formatLabel: string;
  readonly room: string | null;
  readonly speakers: readonly string[];
  readonly cancelled: boolean;
};

export type BilanExpense = {
  readonly category: string;
  readonly label: string;
  readonly supplier: string | null;
  readonly paymentReference: string | null;
  /** YYYY-MM */
  readonly paymentMonth: string | null;
  /** Actual amount when known, else forecast (see `isActual`). */
  readonly amountCents: number;
  readonly isActual: boolean;
  /** Since issue 15: a line entered with its actual amount only (no forecast), shown « non prévu ». */
  readonly unplanned?: boolean;
  /** Since v2: time spent, for personnel lines (who, days, daily cost); null otherwise. */
  readonly personnel?: { readonly who: string; readonly days: number; readonly dailyCostCents: number } | null;
};

export type BilanAnnexes = {
  readonly programme: ReadonlyArray<{ readonly day: string; readonly sessions: readonly BilanProgrammeSession[] }>;
  readonly expenses: readonly BilanExpense[];
};

export type BilanSnapshot = {
  readonly snapshotVersion: BilanSnapshotVersion;
  /** When the figures were computed (ISO). */
  readonly computedAt: string;
  readonly eventId: string;
  readonly introduction: BilanIntroduction;
  readonly quantitative: BilanQuantitative;
  readonly qualitative: BilanQualitative;
  readonly financial: BilanFinancial;
  readonly annexes: BilanAnnexes;
};
