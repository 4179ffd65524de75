// The event the public benchmarks measure: published, two days, three rooms, 20 speakers and
// 60 sessions with descriptions — a large regional meeting, through the test factories.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client';
import { createEvent, createOrganisation } from '@/tests/factories';
import { createEventDay, createPartner, createRoom, createSession, createSpeaker, parisAt, setPublicDetails } from '@/tests/factories/public';

export const BENCH_SESSIONS = 60;
const DAYS = ['2027-03-11', '2027-03-12'] as const;
const FORMATS = ['pleniere', 'atelier', 'demo', 'table-ronde'] as const;

function slot(index: number): { start: string; end: string } {
  const minutes = 9 * 60 + index * 50;
  const at = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { start: at(minutes), end: at(minutes + 45) };
}

export async function seedPublicEvent(databaseUrl: string): Promise<{ slug: string; eventId: string }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const organisation = await createOrganisation(db, { name: 'Hub numérique du banc d’essai' });
    const event = await createEvent(db, {
      ownerOrganisationId: organisation.id,
      title: 'Rencontre régionale du numérique inclusif',
      slug: 'rencontre-banc-essai',
      startsAt: parisAt(DAYS[0], '09:00'),
      endsAt: parisAt(DAYS[1], '17:30'),
      status: 'PUBLISHED',
    });
    await setPublicDetails(db, event.id, { hashtag: '#BancEssai', themes: ['Inclusion numérique', 'Médiation', 'Territoires'] });
    await db.event.update({ where: { id: event.id }, data: { registrationOpen: true } });
    const rooms = await Promise.all(['Plénière', 'Atelier A', 'Atelier B'].map((name, position) => createRoom(db, { eventId: event.id, name, position, capacity: 80 })));
    const speakers = [];
    for (let i = 0; i < 20; i += 1) {
      speakers.push(await createSpeaker(db, { eventId: event.id, name: `Intervenante ${i + 1}`, role: 'Coordinatrice', organisation: `Structure ${i + 1}` }));
    }
    for (let p = 0; p < 3; p += 1) await createPartner(db, { eventId: event.id, name: `Partenaire ${p + 1}`, url: `https://partenaire-${p + 1}.exemple.fr`, position: p });
    let index = 0;
    for (const date of DAYS) {
      const day = await createEventDay(db, { eventId: event.id, date, opens: '09:00', closes: '17:30' });
      for (let s = 0; s < BENCH_SESSIONS / DAYS.length; s += 1) {
        const room = rooms[s % rooms.length];
        const speaker = speakers[index % speakers.length];
        await createSession(db, {
          eventId: event.id,
          date,
          dayId: day.id,
          roomId: room?.id ?? null,
          ...slot(Math.floor(s / rooms.length)),
          title: `Séance ${index + 1} : partager les pratiques de médiation numérique`,
          description: 'Un temps d’échange entre actrices et acteurs du territoire, avec des retours d’expérience et des outils à emporter.',
          formatId: FORMATS[index % FORMATS.length] ?? null,
          access: index % 3 === 0 ? 'PRE_INSCRIPTION' : 'ACCES_LIBRE',
          speakerIds: speaker ? [speaker.id] : [],
        });
        index += 1;
      }
    }
    return { slug: event.slug, eventId: event.id };
  } finally {
    await db.$disconnect();
  }
}
