import Link from 'next/link';

export default function FormatNotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Format introuvable</h1>
      <p className="text-slate-800">Ce format ne fait pas partie du catalogue de Trame. Le lien est peut-être ancien ou incomplet.</p>
      <p>
        <Link href="/formats" className="text-brand-700 underline underline-offset-4">
          Voir le catalogue des formats
        </Link>
      </p>
    </div>
  );
}
