import { describe, expect, it } from 'vitest';
import { saveBudgetLineAction } from '@/lib/server/actions/budget-lines';
import { computeEventBilan } from '@/lib/server/bilan/load';
import { runAsCaller } from '@/lib/server/current-user';
import { bilanCerfaCsv } from '@/lib/server/exports/bilan-csv';
import { loadBudgetLines } from '@/lib/server/queries/budget';
import { createEvent, createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

describe('grant references on a produit line (issue 19.2)', () => {
  it('are saved through the action, frozen in the bilan and printed in the Cerfa compte rendu', async () => {
    const db = testDb();
    const hub = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: hub.organisationId });
    const saved = await runAsCaller({ userId: hub.id }, () =>
      saveBudgetLineAction({
        eventId: event.id,
        kind: 'produit',
        category: 'subvention',
        label: 'Subvention France Services numériques',
        forecast: '4 000',
        actual: '4 000',
        funderName: 'Agence nationale de la cohésion des territoires',
        funderType: 'etat',
        grantReference: 'ANCT-2027-0042',
        grantAgreementDate: '2027-02-01',
        grantAmount: '40 000',
        grantEuCofinanced: true,
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    const row = await db.budgetLine.findFirstOrThrow({ where: { eventId: event.id } });
    expect(row).toMatchObject({ grantReference: 'ANCT-2027-0042', grantAgreementDate: '2027-02-01', grantAmountCents: 4_000_000, grantEuCofinanced: true });
    const [line] = await loadBudgetLines(db, event.id);
    expect(line).toMatchObject({ grant: { reference: 'ANCT-2027-0042', agreementDate: '2027-02-01', amountCents: 4_000_000, euCofinanced: true } });

    const snapshot = await computeEventBilan(db, event.id, null, new Date());
    expect(snapshot.snapshotVersion).toBe(4);
    expect(snapshot.financial.produitsBySource?.[0]?.lines[0]?.grant).toEqual({ reference: 'ANCT-2027-0042', agreementDate: '2027-02-01', amountCents: 4_000_000, euCofinanced: true });
    const csv = bilanCerfaCsv(snapshot);
    expect(csv).toContain('\r\n\r\nSubventions;Financeur — convention (référence, date);Montant accordé (€);Affecté à l’événement (€);Cofinancement européen\r\n');
    expect(csv).toContain(
      ';Agence nationale de la cohésion des territoires — convention ANCT-2027-0042 du 01/02/2027 (Subvention France Services numériques);40000,00;4000,00;oui',
    );
  });

  it('refuses a grant on a produit without its funder, in French, beside the field', async () => {
    const db = testDb();
    const hub = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: hub.organisationId });
    const refused = await runAsCaller({ userId: hub.id }, () =>
      saveBudgetLineAction({ eventId: event.id, kind: 'produit', category: 'partenariat', label: 'Mécénat', forecast: '500', grantReference: 'M-1' }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { funderName: ['Indiquez le financeur qui a accordé cette subvention.'] } });
    expect(await db.budgetLine.count({ where: { eventId: event.id } })).toBe(0);
  });
});
