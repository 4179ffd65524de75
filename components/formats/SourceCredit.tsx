import { SOURCE_CREDITS, type SourceId } from '@/lib/domain/formats';

/** La mention de la source, visible là où son contenu apparaît. */
export function SourceCredit({ source, className = '' }: { source: SourceId; className?: string }) {
  return <p className={`text-sm text-slate-700 italic print:text-black ${className}`}>{SOURCE_CREDITS[source]}.</p>;
}
