import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';
import { formatWeekday } from '@/lib/domain/dates';
import { SIGNED_SHEET_REFUSALS, type SignedSheetRefusal } from '@/lib/domain/files/signed-sheet';
import { HALF_DAY_LABELS, HALF_DAYS } from '@/lib/domain/registrations/attendance-sheet';
import type { SignedSheetRow } from '@/lib/server/attendance-sheets/signed-sheets';

const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800';
const fileInput =
  'block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-brand-700 file:bg-white file:px-3 file:py-1 file:font-semibold file:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700';

export type SheetsOutcome = { refusal: SignedSheetRefusal } | { stored: true } | { deleted: true } | null;

/**
 * The printable attendance sheets of each day (whole day or half-day) and the signed scans sent back.
 * Plain forms posted to route handlers: they work without JavaScript and come back here with a 303.
 */
export function AttendanceSheets(props: { eventId: string; days: readonly string[]; day: string; sheets: readonly SignedSheetRow[]; outcome: SheetsOutcome }) {
  const { eventId, days, day, sheets, outcome } = props;
  const base = `/evenements/${eventId}/emargement`;
  const refusal = outcome && 'refusal' in outcome ? outcome.refusal : null;
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-2">
        {days.map((date) => (
          <li key={date} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-semibold">{formatWeekday(date)} :</span>
            <a href={`${base}/${date}.pdf`} className={link} download>
              feuille de la journée<span className="sr-only"> du {formatWeekday(date)}</span> (PDF)
            </a>
            {HALF_DAYS.map((halfDay) => (
              <a key={halfDay} href={`${base}/${date}.pdf?demi-journee=${halfDay}`} className={link} download>
                {HALF_DAY_LABELS[halfDay].toLowerCase()}
                <span className="sr-only"> du {formatWeekday(date)}</span>
              </a>
            ))}
          </li>
        ))}
      </ul>

      <h4 className="text-lg font-semibold">Feuilles signées</h4>
      {outcome && 'stored' in outcome ? <Alert tone="success">Feuille signée enregistrée.</Alert> : null}
      {outcome && 'deleted' in outcome ? <Alert tone="success">Feuille signée supprimée.</Alert> : null}
      <form method="post" action={`${base}/signees?jour=${day}`} encType="multipart/form-data" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="feuille-jour" className="font-semibold">
            Journée
          </label>
          <select id="feuille-jour" name="jour" defaultValue={day} className={inputClass}>
            {days.map((date) => (
              <option key={date} value={date}>
                {formatWeekday(date)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="feuille-demi-journee" className="font-semibold">
            Partie de la journée
          </label>
          <select id="feuille-demi-journee" name="demiJournee" defaultValue="" className={inputClass}>
            <option value="">Journée entière</option>
            {HALF_DAYS.map((halfDay) => (
              <option key={halfDay} value={halfDay}>
                {HALF_DAY_LABELS[halfDay]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="feuille-fichier" className="font-semibold">
            Feuille signée numérisée
          </label>
          <input
            id="feuille-fichier"
            name="fichier"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            required
            className={fileInput}
            aria-describedby={refusal ? 'feuille-aide feuille-erreur' : 'feuille-aide'}
            aria-invalid={refusal ? true : undefined}
          />
          <p id="feuille-aide" className="text-sm text-slate-700">
            PDF, JPEG ou PNG, 10 Mo au plus.
          </p>
          {refusal ? (
            <p id="feuille-erreur" role="alert" className="text-sm text-red-700">
              {SIGNED_SHEET_REFUSALS[refusal]}
            </p>
          ) : null}
        </div>
        <Button type="submit" variant="secondary">
          Envoyer la feuille signée
        </Button>
      </form>

      {sheets.length === 0 ? (
        <p className="text-slate-700">Aucune feuille signée pour l’instant.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200">
          {sheets.map((sheet) => (
            <li key={sheet.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-medium">{sheet.dayLabel}</p>
                <p className="text-sm text-slate-700">
                  {sheet.fileName} · {sheet.kind}, {sheet.size} · envoyée par {sheet.uploadedBy} le {sheet.uploadedAt}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <a href={`${base}/signees/${sheet.id}`} className={link} download>
                  Télécharger<span className="sr-only"> la feuille signée du {sheet.dayLabel}</span>
                </a>
                <form method="post" action={`${base}/signees/${sheet.id}?jour=${sheet.date}`}>
                  <Button type="submit" variant="ghost" className="px-0 py-0">
                    Supprimer<span className="sr-only"> la feuille signée du {sheet.dayLabel}</span>
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
