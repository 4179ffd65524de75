'use client';
import { useState } from 'react';
import { formatWeekday } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import type { ImportReport, TicketDaysChoice } from '@/lib/server/imports/registration-import';

/** The days each ticket gives, as a choice: one row per tarif, one checkbox per day of the event. */
export function ticketDaysOf(report: ImportReport): TicketDaysChoice {
  return Object.fromEntries(report.tickets.map((ticket) => [ticket.label, ticket.days]));
}

/**
 * Tarifs → jours (« Pass jeudi » → jeudi), proposed from the tarif's name and confirmed by the
 * coordinator; then who is left out (refunded, cancelled) and who is expected each day.
 */
export function TicketDays({ report, pending, onChange }: { report: ImportReport; pending: boolean; onChange: (choice: TicketDaysChoice) => void }) {
  // A ticked box shows at once; the preview then comes back from the server with the counts. A new
  // preview (another file, or the server's answer) resets the boxes to what it says.
  const [shown, setShown] = useState({ report, choice: ticketDaysOf(report) });
  if (shown.report !== report) setShown({ report, choice: ticketDaysOf(report) });
  const choice = shown.report === report ? shown.choice : ticketDaysOf(report);
  if (report.tickets.length === 0 && report.cancelledCount === 0) return null;
  const toggle = (label: string, day: string, checked: boolean) => {
    const days = new Set(choice[label] ?? []);
    if (checked) days.add(day);
    else days.delete(day);
    const next = { ...choice, [label]: report.eventDays.filter((d) => days.has(d)) };
    setShown({ report, choice: next });
    onChange(next);
  };
  return (
    <div className="flex flex-col gap-3">
      {report.tickets.length > 0 ? (
        <fieldset className="rounded-md border border-slate-300 p-3">
          <legend className="px-1 font-semibold">Jours de chaque tarif</legend>
          <p className="mb-2 max-w-prose text-sm text-slate-700">
            Une ligne par billet : chaque personne est attendue les jours de tous ses billets valides. Les jours sont proposés d’après le nom
            du tarif ; vérifiez-les et corrigez-les avant de confirmer.
          </p>
          <div role="region" aria-label="Jours de chaque tarif" tabIndex={0} className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-2 py-1">Tarif</th>
                  <th scope="col" className="px-2 py-1">Billets</th>
                  {report.eventDays.map((day) => (
                    <th key={day} scope="col" className="px-2 py-1 whitespace-nowrap">{formatWeekday(day)}</th>
                  ))}
                  <th scope="col" className="px-2 py-1">Jours</th>
                </tr>
              </thead>
              <tbody>
                {report.tickets.map((ticket, row) => (
                  <tr key={ticket.label} className="border-b border-slate-100">
                    <th scope="row" className="px-2 py-1 font-medium">{ticket.label}</th>
                    <td className="px-2 py-1">{ticket.count}</td>
                    {report.eventDays.map((day) => (
                      <td key={day} className="px-2 py-1">
                        <input
                          type="checkbox"
                          id={`tarif-${row}-${day}`}
                          aria-label={`${ticket.label} : ${formatWeekday(day)}`}
                          checked={(choice[ticket.label] ?? []).includes(day)}
                          disabled={pending}
                          onChange={(event) => toggle(ticket.label, day, event.target.checked)}
                          className="h-5 w-5 accent-brand-700"
                        />
                      </td>
                    ))}
                    <td className="px-2 py-1 text-slate-700">
                      {ticket.days.length === 0 ? <span className="font-semibold text-red-800">à choisir</span> : ticket.guessed ? 'proposés' : 'choisis'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.mergedCount > 0 ? (
            <p className="mt-2 text-sm text-slate-800">
              {plural(report.mergedCount, { one: 'billet regroupé', other: 'billets regroupés' })} avec un autre billet de la même personne (même
              adresse e-mail, ou même prénom et nom sans adresse).
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {report.cancelledCount > 0 ? (
        <div className="rounded-md border-l-4 border-slate-500 bg-slate-50 p-3 text-slate-900">
          <h4 className="font-semibold">
            {plural(report.cancelledCount, { one: 'billet remboursé ou annulé', other: 'billets remboursés ou annulés' })} : non importés, personne
            n’est attendu pour ces billets
          </h4>
          <ul className="list-disc pl-5 text-sm">
            {report.cancelled.map((ticket) => (
              <li key={ticket.line}>
                Ligne {ticket.line} : {ticket.name || 'sans nom'}
                {ticket.ticket ? `, « ${ticket.ticket} »` : ''} (commande « {ticket.status} »)
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.tickets.length > 0 ? (
        <p className="text-slate-900">
          Attendus :{' '}
          {report.expectedByDay.map(({ day, count }) => `${formatWeekday(day)} ${plural(count, { one: 'personne', other: 'personnes' })}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
