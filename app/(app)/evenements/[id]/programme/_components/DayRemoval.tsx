'use client';
import { useRouter } from 'next/navigation';
import { createContext, useContext, useState, useTransition, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { dayRemovalQuestion } from '@/lib/domain/programme/day-removal';
import type { CalendarDate } from '@/lib/domain/dates';
import { deleteDayAction } from '@/lib/server/actions/programme-days';

const NoticeContext = createContext<(text: string) => void>(() => {});

/**
 * Holds what the last removal took away: the removed day's row disappears on refresh, so the message
 * lives above the list, in a place that stays.
 */
export function DayRemovalNotices({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {children}
    </NoticeContext.Provider>
  );
}

/** « Supprimer », then a question that says what goes; the server keeps a day something depends on and says why. */
export function DeleteDayButton({ eventId, dayId, date, label }: { eventId: string; dayId: string; date: CalendarDate; label: string }) {
  const router = useRouter();
  const notify = useContext(NoticeContext);
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteDayAction({ eventId, dayId });
      setConfirming(false);
      if (!result.ok) return setError(result.error);
      notify(result.data.summary);
      router.refresh();
    });

  return (
    <div className="flex max-w-md flex-col gap-2">
      {confirming ? (
        <div className="flex flex-col gap-2 rounded-md border border-amber-700 bg-amber-50 p-3 text-slate-900">
          <p>{dayRemovalQuestion(date)}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" autoFocus disabled={pending} onClick={remove}>
              Oui, supprimer la journée
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
              Garder la journée
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          variant="ghost"
          className="self-end"
          aria-label={`Supprimer la journée du ${label}`}
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          Supprimer
        </Button>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
