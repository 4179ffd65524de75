import 'server-only';
import {
  INDICATOR_CHANNEL_LABELS,
  listIndicators,
  STAGE_LABELS,
  STAGE_QUESTIONS,
  STAGES,
  type IndicatorId,
  type IndicatorUnit,
  type Stage,
} from '@/lib/domain/community';
import { addCalendarDays, type CalendarDate, formatDay } from '@/lib/domain/dates';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { computeIndicators, type ComputedIndicator } from '@/lib/server/queries/indicator-figures';
import { questionnaireIndicator } from '@/lib/server/queries/questionnaire-indicator';
import { loadEventDays } from '@/lib/server/queries/tasks';

export type IndicatorView = {
  id: IndicatorId;
  label: string;
  unit: IndicatorUnit;
  channelLabel: string;
  source: 'manual' | 'computed';
  thresholdLabel: string | null;
  /** Hand-entered value, for manual indicators. */
  value: number | null;
  /** Trame's own figure, for computed indicators: `null` when it has no data yet (see `unavailable`). */
  computed: ComputedIndicator | null;
  unavailable: string | null;
};

export type IndicatorStage = { stage: Stage; label: string; question: string; indicators: IndicatorView[] };

// Why a computed figure is missing: the feature that feeds it is not used (or not built) yet.
const UNAVAILABLE: Partial<Record<IndicatorId, string>> = {
  'registrations-curve': 'Disponible quand les inscriptions seront ouvertes dans Trame.',
  'no-show': 'Disponible quand les inscriptions seront ouvertes dans Trame et les présences pointées.',
  're-registrations': 'Disponible quand les inscriptions seront ouvertes dans Trame et les présences pointées.',
  'satisfaction-click-rate': 'Disponible quand le questionnaire de satisfaction sera envoyé depuis Trame.',
};

export async function getIndicatorBoard(eventId: string, today: CalendarDate): Promise<IndicatorStage[]> {
  await requireEventPermission(eventId, 'event.read');
  const client = db();
  const [values, event] = await Promise.all([
    client.indicatorValue.findMany({ where: { eventId }, select: { key: true, value: true } }),
    loadEventDays(client, eventId),
  ]);
  const computed = { ...(await computeIndicators(client, eventId, event, today)), ...(await questionnaireIndicator(client, eventId)) };
  return STAGES.map((stage) => ({
    stage,
    label: STAGE_LABELS[stage],
    question: STAGE_QUESTIONS[stage],
    indicators: listIndicators(stage).map((indicator) => {
      const figure = indicator.source === 'computed' ? (computed[indicator.id] ?? null) : null;
      const threshold = indicator.threshold;
      // « Toutes les inscriptions à J-10 » se lit un jour précis : on l'écrit en clair.
      const when =
        threshold?.atOffsetDays !== undefined ? ` (le ${formatDay(addCalendarDays(event.firstDay, threshold.atOffsetDays))})` : '';
      return {
        id: indicator.id,
        label: indicator.label,
        unit: indicator.unit,
        channelLabel: INDICATOR_CHANNEL_LABELS[indicator.channel],
        source: indicator.source,
        thresholdLabel: threshold ? `${threshold.label}${when}` : null,
        value: values.find((row) => row.key === indicator.id)?.value ?? null,
        computed: figure,
        unavailable: indicator.source === 'computed' && figure === null ? (UNAVAILABLE[indicator.id] ?? null) : null,
      };
    }),
  }));
}
