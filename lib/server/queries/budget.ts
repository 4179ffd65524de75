import 'server-only';
import type { BudgetLine } from '@/lib/domain/budget';
import { fromStoredLine } from '@/lib/domain/budget/stored-line';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** `outsideTrame`: a co-organiser named by the coordinator that is not an organisation of Trame (its id is an OutsideCoOrganiser's). */
export type BudgetOrganiser = { id: string; name: string; role: 'owner' | 'co-organiser'; outsideTrame?: boolean };
export type BudgetLineDto = BudgetLine & { position: number; version: number };

export type BudgetView = {
  eventId: string;
  title: string;
  slug: string;
  /** Le nombre de participants attendus, en attendant les inscriptions. */
  participantMax: number | null;
  /** Participants pointés présents (intervenant·es exclu·es) : la base du coût réalisé, comme au bilan. */
  presentParticipants: number;
  canEdit: boolean;
  organisers: BudgetOrganiser[];
  lines: BudgetLineDto[];
};

const LINE_SELECT = {
  id: true,
  kind: true,
  category: true,
  subCategory: true,
  label: true,
  forecastCents: true,
  unplanned: true,
  actualCents: true,
  inKind: true,
  supplier: true,
  funderName: true,
  funderType: true,
  paymentReference: true,
  paymentMonth: true,
  grantReference: true,
  grantAgreementDate: true,
  grantAmountCents: true,
  grantEuCofinanced: true,
  payerOrganisationId: true,
  receiverOrganisationId: true,
  quantityHundredths: true,
  unitPriceCents: true,
  personnelDaysHundredths: true,
  personnelDailyCostCents: true,
  personnelWho: true,
  explanation: true,
  note: true,
  position: true,
  version: true,
} as const;

type Client = Tx | ReturnType<typeof db>;

/** The event's lines in their order. The caller has already authorized access to the event. */
export async function loadBudgetLines(client: Client, eventId: string): Promise<BudgetLineDto[]> {
  const rows = await client.budgetLine.findMany({
    where: { eventId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: LINE_SELECT,
  });
  return rows.map((row) => ({ ...fromStoredLine(row), position: row.position, version: row.version }));
}

/** Owner first, then co-organisers by name. The caller has already authorized access to the event. */
export async function loadBudgetOrganisers(client: Client, eventId: string) {
  const event = await client.event.findUnique({
    where: { id: eventId },
    select: {
      title: true,
      slug: true,
      participantMax: true,
      owner: { select: { id: true, name: true } },
      coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisation: { select: { id: true, name: true } } } },
      outsideCoOrganisers: { select: { id: true, name: true } },
    },
  });
  if (!event) throw notFound('Cet événement');
  const organisers: BudgetOrganiser[] = [
    { ...event.owner, role: 'owner' },
    ...[
      ...event.coOrganisers.map((c) => ({ ...c.organisation, role: 'co-organiser' as const })),
      ...event.outsideCoOrganisers.map((o) => ({ id: o.id, name: o.name, role: 'co-organiser' as const, outsideTrame: true })),
    ].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  ];
  return { title: event.title, slug: event.slug, participantMax: event.participantMax, organisers };
}

/** The budget page's data: lines, co-organisers, and whether the viewer may change them. */
export async function getBudget(eventId: string): Promise<BudgetView> {
  await requireEventPermission(eventId, 'event.read');
  const canEdit = await requireEventPermission(eventId, 'event.edit').then(
    () => true,
    () => false,
  );
  const [event, lines, presentParticipants] = await Promise.all([
    loadBudgetOrganisers(db(), eventId),
    loadBudgetLines(db(), eventId),
    // The bilan's rule (presentParticipants in lib/domain/registrations/attendance.ts): present at least one day, speakers excluded.
    db().registration.count({ where: { eventId, isSpeaker: false, attendances: { some: { status: 'PRESENT' } } } }),
  ]);
  return { eventId, ...event, presentParticipants, canEdit, lines };
}

/** What the CSV and XLSX exports need; reading the event is enough to download its budget. */
export async function getBudgetForExport(eventId: string) {
  await requireEventPermission(eventId, 'event.read');
  const [event, lines] = await Promise.all([loadBudgetOrganisers(db(), eventId), loadBudgetLines(db(), eventId)]);
  return { ...event, lines: sortForExport(lines) };
}

/** Charges, then produits, each in the order of the page. */
function sortForExport(lines: BudgetLineDto[]): BudgetLineDto[] {
  const rank = (line: BudgetLineDto) => (line.kind === 'charge' ? 0 : 1);
  return [...lines].sort((a, b) => rank(a) - rank(b) || a.position - b.position);
}
