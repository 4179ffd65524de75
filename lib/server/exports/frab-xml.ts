import { create } from 'xmlbuilder2';
import type { FrabSchedule } from '@/lib/domain/public/frab-schedule';

/**
 * schedule.xml in the frab format, valid against c3voc's schedule XSD (tests/fixtures/schedule.xml.xsd
 * checks it). xmlbuilder2 escapes text and attributes, so a title with `<` or `&` stays text.
 */
export function frabScheduleXml(schedule: FrabSchedule): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule');
  root.ele('version').txt(schedule.version);
  const conference = root.ele('conference');
  conference.ele('acronym').txt(schedule.conference.acronym);
  conference.ele('title').txt(schedule.conference.title);
  conference.ele('start').txt(schedule.conference.start);
  conference.ele('end').txt(schedule.conference.end);
  conference.ele('days').txt(String(schedule.conference.daysCount));
  conference.ele('timeslot_duration').txt(schedule.conference.timeslotDuration);
  for (const day of schedule.days) {
    const dayNode = root.ele('day', { index: String(day.index), date: day.date, start: day.start, end: day.end });
    for (const room of day.rooms) {
      const roomNode = dayNode.ele('room', { name: room.name });
      for (const event of room.events) {
        const node = roomNode.ele('event', { id: String(event.id), guid: event.guid });
        node.ele('date').txt(event.date);
        node.ele('start').txt(event.start);
        node.ele('duration').txt(event.duration);
        node.ele('room').txt(event.room);
        node.ele('slug').txt(event.slug);
        node.ele('title').txt(event.title);
        node.ele('subtitle').txt(event.subtitle);
        node.ele('track').txt(event.track);
        node.ele('type').txt(event.type);
        node.ele('language').txt(event.language);
        node.ele('abstract').txt(event.abstract);
        node.ele('description').txt(event.description);
        const persons = node.ele('persons');
        for (const person of event.persons) persons.ele('person', { id: String(person.id) }).txt(person.name);
        const links = node.ele('links');
        if (event.url) links.ele('link', { href: event.url }).txt('Page de la séance');
      }
    }
  }
  return root.end({ prettyPrint: true });
}
