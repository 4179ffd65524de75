type Seat = { status: 'CONFIRMED' | 'WAITING' | 'CANCELLED'; rank: number | null };

const styles = {
  CONFIRMED: 'bg-green-50 text-green-900 border-green-700',
  WAITING: 'bg-amber-50 text-amber-900 border-amber-700',
  CANCELLED: 'bg-slate-100 text-slate-800 border-slate-500',
} as const;

export function seatText({ status, rank }: Seat): string {
  if (status === 'CONFIRMED') return 'Inscription confirmée';
  if (status === 'WAITING') return rank ? `Liste d’attente (rang ${rank})` : 'Liste d’attente';
  return 'Annulée';
}

/** A seat's state in words (never colour alone). */
export function SeatBadge(seat: Seat) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${styles[seat.status]}`}>{seatText(seat)}</span>;
}
