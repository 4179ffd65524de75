'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';
import { plural } from '@/lib/domain/format/french';
import { matchesCheckInSearch, pendingTaps, pendingTapsLabel } from '@/lib/domain/registrations/check-in-taps';
import { unpackCheckInRoster, type CheckInPerson, type CheckInRoster } from '@/lib/domain/registrations/check-in-roster';
import type { AttendanceValue } from '@/lib/schemas/attendance';
import type { ActionResult } from '@/lib/server/action';
import type { TapOutcome } from '@/lib/server/checkin/taps';
import { CheckInCards } from './CheckInCards';
import { CheckInTable } from './CheckInTable';
import { QrScanner } from './QrScanner';
import { STATUS_WORDS } from './status-words';
import { enqueueTap, readQueue, registrationIdInCode, removeTaps, type QueuedTap } from './tap-queue';

export type Mark = (person: CheckInPerson, status: AttendanceValue | null) => void;

export type SendTaps = (input: {
  eventId: string;
  /** A volunteer's link and the proof that its PIN was typed on this device (no account). */
  secret?: string;
  proof?: string;
  taps: Array<Omit<QueuedTap, 'status'> & { status: AttendanceValue | null }>;
}) => Promise<ActionResult<TapOutcome[]>>;

/** Asks the server for the version of the day's list (lib/domain/registrations/check-in-version.ts). */
export type AskVersion = (input: { eventId: string; day: string; secret?: string; proof?: string }) => Promise<ActionResult<string>>;

// Rows drawn at first, and added at each « Afficher … de plus »: what a phone downloads and draws grows
// with the rows shown, not with the list (issue 16: under 300 kB of HTML for 1 000 people). The search
// looks through everyone.
const PAGE = 50;
// Taps sent per request; the queue is sent in order, one request at a time.
const BATCH = 50;
const RETRY_MS = 5_000;
// Another volunteer's taps show up within this delay: the board asks for the list's version when idle,
// and fetches the page again (~119 kB for 1 000 people) only when it changed.
const REFRESH_MS = 30_000;

const PERSONS = { one: 'personne', other: 'personnes' };

type Confirmed = { status: AttendanceValue | null; markedBy: string | null; markedAt: string | null; ackAt: number };
type Feedback = { tone: 'success' | 'warning' | 'error'; text: string };

const FEEDBACK_STYLE: Record<Feedback['tone'], string> = {
  success: 'border-green-800 bg-green-100 text-green-950',
  warning: 'border-amber-700 bg-amber-100 text-amber-950',
  error: 'border-red-800 bg-red-100 text-red-950',
};

/** A short beep: high for a person marked, two low ones for a refusal. Silent where audio is not allowed. */
function beep(tone: Feedback['tone']) {
  try {
    const audio = new AudioContext();
    const notes = tone === 'success' ? [880] : tone === 'warning' ? [660, 660] : [220, 220];
    notes.forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      const start = audio.currentTime + index * 0.18;
      oscillator.start(start);
      oscillator.stop(start + 0.12);
    });
    setTimeout(() => void audio.close(), 800);
  } catch {
    // No sound: the colour and the text remain.
  }
}

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const clock = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(iso));

/**
 * The day's list with its counters, a search by name, organisation or registration number, and the
 * QR scanner. A tap shows at once and goes into the device's queue (IndexedDB), sent in order as soon
 * as the network allows; the server decides (last tap wins per person and day) and its answer is
 * shown. The board belongs to one day: the page mounts a new one when the day changes.
 */
export function CheckInBoard(props: {
  eventId: string;
  day: string;
  dayLabel: string;
  /** The day's list, packed (lib/domain/registrations/check-in-roster.ts): each person is sent once, compactly. */
  roster: CheckInRoster;
  /** The version of the list the page was drawn with. */
  version: string;
  mode: 'list' | 'table';
  send: SendTaps;
  askVersion: AskVersion;
  credential?: { secret: string; proof: string };
}) {
  const { eventId, day, send, askVersion, credential } = props;
  const router = useRouter();
  const [queue, setQueue] = useState<QueuedTap[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [confirmed, setConfirmed] = useState<Record<string, Confirmed>>({});
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [trouble, setTrouble] = useState(false);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [announce, setAnnounce] = useState('');
  const sending = useRef(false);
  // Taps the server has answered. A tap is shown before IndexedDB holds it, so the write can finish
  // after its answer: without this, the tap would come back into the queue and be sent twice.
  const answered = useRef(new Set<string>());
  const refreshedAt = useRef(0);
  const [retry, setRetry] = useState(0);
  const [elsewhereOpen, setElsewhereOpen] = useState(false);
  // The server's list, as of the last render of the page (taps and answers are laid over it below).
  const held = useMemo(() => unpackCheckInRoster(props.roster), [props.roster]);

  useEffect(() => {
    let live = true;
    void readQueue(eventId).then((taps) => {
      if (!live) return;
      setQueue((current) => pendingTaps(taps, current, answered.current));
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [eventId]);

  // A fresh render of the page holds the server's state: answers received before it was asked are stale.
  useEffect(() => {
    setConfirmed((current) => Object.fromEntries(Object.entries(current).filter(([, entry]) => entry.ackAt > refreshedAt.current)));
  }, [props.roster]);

  const show = useCallback((next: Feedback) => {
    setFeedback(next);
    setAnnounce(next.text);
    beep(next.tone);
  }, []);

  // Sends the queue, oldest first, one request at a time.
  useEffect(() => {
    if (!loaded || !online || sending.current || queue.length === 0) return;
    sending.current = true;
    const batch = queue.slice(0, BATCH);
    const scans = new Set(batch.filter((tap) => tap.code !== undefined).map((tap) => tap.tapId));
    void (async () => {
      let result: ActionResult<TapOutcome[]>;
      try {
        result = await send({ eventId, taps: batch, ...credential });
      } catch {
        // No answer (network down, server unreachable): the taps stay queued and are sent again.
        setTrouble(true);
        sending.current = false;
        setTimeout(() => setRetry((n) => n + 1), RETRY_MS);
        return;
      }
      setTrouble(false);
      if (!result.ok && result.code === 'unavailable') {
        setError(result.error);
        sending.current = false;
        setTimeout(() => setRetry((n) => n + 1), RETRY_MS);
        return;
      }
      if (!result.ok) {
        setError(`${plural(batch.length, { one: 'pointage non enregistré', other: 'pointages non enregistrés' })} : ${result.error}`);
      } else {
        const ackAt = Date.now();
        const answers: Record<string, Confirmed> = {};
        for (const outcome of result.data) {
          if (!outcome.ok) {
            if (scans.has(outcome.tapId)) show({ tone: 'error', text: outcome.error });
            else setError(outcome.error);
            continue;
          }
          answers[`${outcome.date}:${outcome.registrationId}`] = {
            status: outcome.status,
            markedBy: outcome.markedBy,
            markedAt: outcome.tappedAt ? clock(outcome.tappedAt) : null,
            ackAt,
          };
          if (scans.has(outcome.tapId)) {
            // A replay is this device's own tap whose first answer was lost: it did mark the person.
            if (outcome.alreadyPresent) {
              show({ tone: 'warning', text: `${outcome.name} est déjà pointé·e présent·e${outcome.tappedAt ? ` (depuis ${clock(outcome.tappedAt)})` : ''}.` });
            } else if (outcome.status === 'PRESENT') {
              show({ tone: 'success', text: `${outcome.name} : présent·e ✓` });
            } else {
              show({ tone: 'warning', text: `${outcome.name} : un pointage plus récent a été gardé (${outcome.status ? STATUS_WORDS[outcome.status].verb : 'non pointé·e'}).` });
            }
          }
        }
        setConfirmed((current) => ({ ...current, ...answers }));
      }
      const done = new Set(batch.map((tap) => tap.tapId));
      done.forEach((tapId) => answered.current.add(tapId));
      const rest = await removeTaps(eventId, done);
      sending.current = false;
      setQueue((current) => pendingTaps(rest, current, answered.current));
    })();
  }, [loaded, online, queue, retry, eventId, send, show, credential]);

  // Other volunteers' taps: now and then, when nothing is waiting, ask whether the list changed since
  // the page was drawn, and fetch the page again only then. A refusal (link revoked or expired, access
  // lost) fetches it too, so that the page says why; no answer (network) waits for the next turn.
  const drawnWith = useRef(props.version);
  useEffect(() => {
    drawnWith.current = props.version;
  }, [props.version]);
  useEffect(() => {
    let asking = false;
    const timer = setInterval(() => {
      if (asking || document.visibilityState !== 'visible' || !navigator.onLine || sending.current) return;
      asking = true;
      askVersion({ eventId, day, ...credential })
        .then((result) => {
          if (result.ok ? result.data === drawnWith.current : result.code === 'unavailable') return;
          refreshedAt.current = Date.now();
          router.refresh();
        })
        .catch(() => undefined)
        .finally(() => {
          asking = false;
        });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [router, askVersion, eventId, day, credential]);

  const people = useMemo(() => {
    const queued = new Map<string, AttendanceValue | null>();
    for (const tap of queue) {
      if (tap.date !== day) continue;
      const id = tap.registrationId ?? (tap.code ? registrationIdInCode(tap.code) : null);
      if (id) queued.set(id, tap.code ? 'PRESENT' : tap.status);
    }
    return held.map((person) => {
      if (queued.has(person.id)) return { ...person, status: queued.get(person.id) ?? null, markedBy: null, markedAt: null, pending: true };
      const answer = confirmed[`${day}:${person.id}`];
      return answer ? { ...person, status: answer.status, markedBy: answer.markedBy, markedAt: answer.markedAt, pending: false } : { ...person, pending: false };
    });
  }, [held, queue, confirmed, day]);

  const push = useCallback(
    async (tap: Omit<QueuedTap, 'tapId' | 'tappedAt' | 'date'>) => {
      const full: QueuedTap = { ...tap, tapId: crypto.randomUUID(), tappedAt: new Date().toISOString(), date: day };
      // Shown at once (the radio or button reflects the tap as it is tapped), then kept on the device;
      // should the tap be sent before IndexedDB holds it, the server takes its replay as a no-op.
      setQueue((current) => [...current, full]);
      const stored = await enqueueTap(eventId, full);
      if (answered.current.has(full.tapId)) await removeTaps(eventId, new Set([full.tapId]));
      setQueue((current) => pendingTaps(stored, current, answered.current));
    },
    [eventId, day],
  );

  const mark: Mark = (person, status) => {
    setError(null);
    setAnnounce(status ? `${person.name} : ${STATUS_WORDS[status].label}.` : `${person.name} : pointage effacé.`);
    void push({ registrationId: person.id, status });
  };

  const scanned = (code: string) => {
    const id = registrationIdInCode(code);
    const person = id ? people.find((candidate) => candidate.id === id) : undefined;
    if (!online || trouble) {
      show(
        person
          ? { tone: 'success', text: `${person.name} : présent·e ✓ (sera envoyé au retour du réseau)` }
          : { tone: 'warning', text: 'Code gardé sur l’appareil : il sera vérifié au retour du réseau.' },
      );
    }
    void push({ code, status: 'PRESENT' });
  };

  const shown = useMemo(() => people.filter((person) => matchesCheckInSearch(person, query)), [people, query]);
  const pending = queue.length;

  // People registered for other days only are kept aside; a search finds them too, should they come.
  const expected = people.filter((person) => person.expected);
  const count = (status: AttendanceValue | null) => (status === null ? expected : people).filter((person) => person.status === status).length;
  const counters = [
    { label: 'Attendu·es ce jour', value: expected.length },
    { label: 'Présent·es', value: count('PRESENT') },
    { label: 'Excusé·es', value: count('EXCUSED') },
    { label: 'Absent·es', value: count('ABSENT') },
    { label: 'Non pointé·es', value: count(null) },
  ];
  const searching = query.trim() !== '';
  const today = searching ? shown : shown.filter((person) => person.expected);
  const elsewhere = searching ? [] : shown.filter((person) => !person.expected);
  const list = (rows: CheckInPerson[]) =>
    props.mode === 'table' ? <CheckInTable people={rows} dayLabel={props.dayLabel} mark={mark} /> : <CheckInCards people={rows} mark={mark} />;

  return (
    <section aria-labelledby="liste-pointage" className="flex flex-col gap-4">
      <h3 id="liste-pointage" className="sr-only">
        Liste des participant·es
      </h3>
      <div role="status" className="flex flex-col gap-2 empty:hidden">
        {!online ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
            Hors ligne : les pointages sont gardés sur cet appareil et envoyés au retour du réseau.
          </p>
        ) : trouble ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">Le serveur ne répond pas : nouvel essai dans quelques secondes.</p>
        ) : null}
        {pending > 0 ? <p className="font-semibold text-slate-900">{pendingTapsLabel(pending)}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="recherche-participant" className="font-medium">
          Rechercher une personne
        </label>
        <input
          id="recherche-participant"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby="aide-recherche resultats-recherche"
          autoComplete="off"
          className={inputClass}
        />
        <p id="aide-recherche" className="text-sm text-slate-700">
          Nom, structure ou numéro d’inscription.
        </p>
        <p id="resultats-recherche" aria-live="polite" className="text-sm text-slate-700">
          {shown.length === people.length ? plural(people.length, PERSONS) : `${shown.length} sur ${plural(people.length, PERSONS)}`}
        </p>
      </div>
      <QrScanner onCode={scanned} onProblem={(text) => show({ tone: 'error', text })} />
      {feedback ? (
        <p data-testid="retour-scan" className={`rounded-lg border-l-8 p-4 text-lg font-bold ${FEEDBACK_STYLE[feedback.tone]}`}>
          {feedback.text}
        </p>
      ) : null}
      <p aria-live="assertive" className="sr-only">
        {announce}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <dl className="grid grid-cols-5 gap-1 sm:gap-2">
        {counters.map((counter) => (
          <div key={counter.label} className="rounded-lg bg-white p-1 text-center shadow sm:p-2">
            <dt className="text-xs text-slate-700 sm:text-sm">{counter.label}</dt>
            <dd className="text-lg font-bold sm:text-2xl">{counter.value}</dd>
          </div>
        ))}
      </dl>
      {people.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow">Aucune inscription confirmée pour le moment : ajoutez les personnes venues sur place, ou importez les inscriptions.</p>
      ) : (
        <InPages rows={today} search={query} render={list} />
      )}
      {elsewhere.length > 0 ? (
        <details open={elsewhereOpen} onToggle={(event) => setElsewhereOpen(event.currentTarget.open)} className="rounded-lg bg-white p-3 shadow">
          <summary className="cursor-pointer font-medium">{plural(elsewhere.length, { one: 'personne inscrite', other: 'personnes inscrites' })} pour d’autres jours seulement</summary>
          {/* Drawn once opened only: most days nobody opens it. */}
          {elsewhereOpen ? (
            <div className="mt-3 flex flex-col gap-3">
              <InPages rows={elsewhere} search={query} render={list} />
            </div>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}

/**
 * The first rows of a list, and more at each press of « Afficher … de plus ». Each search starts from
 * its first rows; the list drawn further keeps its rows when a search is cleared.
 */
function InPages({ rows, search, render }: { rows: CheckInPerson[]; search: string; render: (rows: CheckInPerson[]) => ReactNode }) {
  // How many rows are drawn, per search (the empty one included).
  const [drawn, setDrawn] = useState<Record<string, number>>({});
  const shown = drawn[search] ?? PAGE;
  const rest = rows.length - shown;
  return (
    <>
      {render(rows.slice(0, shown))}
      {rest > 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-lg bg-white p-4 shadow sm:flex-row sm:items-center sm:justify-between">
          <p>
            {shown} sur {plural(rows.length, PERSONS)} affichées : tapez quelques lettres du nom pour trouver quelqu’un.
          </p>
          <Button type="button" variant="secondary" className="min-h-12 shrink-0" onClick={() => setDrawn({ ...drawn, [search]: shown + PAGE })}>
            Afficher {plural(Math.min(PAGE, rest), PERSONS)} de plus
          </Button>
        </div>
      ) : null}
    </>
  );
}
