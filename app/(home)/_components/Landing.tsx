import { CalendarCheck, ClipboardList, FileBarChart, Handshake, Landmark, Network } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import Link from 'next/link';

const primary = 'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800';
const secondary = 'inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-700 hover:bg-brand-50';

const AUDIENCES = [
  {
    icon: Network,
    title: 'Les hubs territoriaux',
    text: 'Vous réunissez les acteurs du numérique d’intérêt général de votre territoire : Trame vous aide à choisir le bon format, à bâtir le programme, à gérer les inscriptions et à rendre compte.',
  },
  {
    icon: Handshake,
    title: 'Les Mouvements associatifs régionaux',
    text: 'Vous co-organisez avec d’autres structures : chacune voit l’événement, le programme et les chiffres, et vous comparez vos rencontres d’une année à l’autre.',
  },
  {
    icon: Landmark,
    title: 'Les financeurs',
    text: 'Vous recevez des bilans partagés, vérifiables et téléchargeables (PDF, tableur, CERFA), sans ressaisie.',
  },
] as const;

const MOMENTS = [
  { icon: ClipboardList, title: 'Préparer', text: 'Diagnostic du territoire, formats recommandés, programme, budget, tâches et plan de communication.' },
  { icon: CalendarCheck, title: 'Le jour J', text: 'Inscriptions, pointage à l’entrée depuis un téléphone, émargement et messages aux participant·es.' },
  { icon: FileBarChart, title: 'Après', text: 'Questionnaire de satisfaction, chiffres clés et bilan prêt à partager avec vos financeurs.' },
] as const;

/** « / » for signed-out visitors: what Trame does, for whom, and two ways to start. */
export function Landing() {
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="landing-title" className="flex flex-col gap-5">
        <h1 id="landing-title" className="max-w-3xl text-3xl font-bold text-slate-900 sm:text-4xl">
          Préparez, animez et rendez compte de vos événements territoriaux du numérique d’intérêt général
        </h1>
        <p className="max-w-3xl text-lg text-slate-800">
          Trame accompagne les structures qui organisent des rencontres sur leur territoire, du diagnostic de départ
          jusqu’au bilan remis aux financeurs.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/diagnostic-express" className={primary}>
            Faire le diagnostic de mon territoire
          </Link>
          <Link href="/inscription" className={secondary}>
            Créer un compte
          </Link>
          <Link href="/connexion" className={secondary}>
            Se connecter
          </Link>
        </div>
        <p className="text-slate-700">Le diagnostic prend deux minutes, sans compte : trois questions, un niveau, des formats.</p>
      </section>

      <section aria-labelledby="for-whom" className="flex flex-col gap-4">
        <h2 id="for-whom" className="text-2xl font-semibold">
          Pour qui ?
        </h2>
        <Cards items={AUDIENCES} list="ul" className="rounded-lg bg-white p-5 shadow-sm" />
      </section>

      <section aria-labelledby="what-it-does" className="flex flex-col gap-4">
        <h2 id="what-it-does" className="text-2xl font-semibold">
          Ce que fait Trame
        </h2>
        <Cards items={MOMENTS} list="ol" className="rounded-lg border border-slate-200 bg-white p-5" />
      </section>

      <section aria-labelledby="formats-title" className="flex flex-col gap-3 rounded-lg bg-brand-50 p-6">
        <h2 id="formats-title" className="text-2xl font-semibold">
          Quel format pour votre rencontre ?
        </h2>
        <p className="max-w-3xl text-slate-800">
          Pitch, démo, atelier, masterclass, retour d’expérience… Le catalogue décrit chaque format de séance : à quoi il sert, pour
          combien de personnes, combien de temps, et à quel niveau de maturité du territoire le proposer.
        </p>
        <p>
          <Link href="/formats" className="font-semibold text-brand-700 underline underline-offset-4">
            Parcourir le catalogue des formats
          </Link>
        </p>
      </section>
    </div>
  );
}

function Cards({ items, list: List, className }: { items: readonly { icon: LucideIcon; title: string; text: string }[]; list: 'ul' | 'ol'; className: string }) {
  return (
    <List className="grid gap-4 md:grid-cols-3">
      {items.map(({ icon: Icon, title, text }) => (
        <li key={title} className={`flex flex-col gap-2 ${className}`}>
          <Icon aria-hidden="true" className="size-6 text-brand-700" />
          <h3 className="text-lg font-semibold">{title}</h3>
          <p className="text-slate-800">{text}</p>
        </li>
      ))}
    </List>
  );
}
