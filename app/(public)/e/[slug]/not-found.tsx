import Link from 'next/link';

export default function PublicEventNotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Événement introuvable</h1>
      <p className="text-slate-800">
        Cet événement n’existe pas ou n’est pas encore publié. Le lien est peut-être ancien ou incomplet.
      </p>
      <p>
        <Link href="/formats" className="text-brand-700 underline underline-offset-4">
          Découvrir le catalogue des formats
        </Link>
      </p>
    </div>
  );
}
