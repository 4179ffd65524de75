import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { saveIndicatorValuesSchema } from '@/lib/schemas/indicators';
import { assigneeValue, createCommunicationActionSchema, createTaskSchema, type CreateTaskInput } from '@/lib/schemas/tasks';

const eventId = '00000000-0000-4000-8000-000000000001';
const orgId = '00000000-0000-4000-8000-000000000002';
const userId = '00000000-0000-4000-8000-000000000003';
const base: CreateTaskInput = { eventId, title: 'Réserver la salle', stage: 'IDENTIFIER', phase: 'AVANT', schedule: 'offset', offset: 'J-90' };

function fieldErrors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return z.flattenError(result.error).fieldErrors;
}

describe('createTaskSchema', () => {
  it.each([
    [{ offset: 'J-90' }, { offsetDays: -90, dueDate: null }],
    [{ offset: 'J+10' }, { offsetDays: 10, dueDate: null }],
    [{ offset: 'J' }, { offsetDays: 0, dueDate: null }],
    // The unused field of the other mode is ignored.
    [{ schedule: 'date', date: '2027-01-04', offset: 'n’importe quoi' }, { offsetDays: null, dueDate: '2027-01-04' }],
  ] as const)('%o → %o', (change, schedule) => {
    expect(createTaskSchema.parse({ ...base, ...change })).toMatchObject(schedule);
  });

  it('reads the assignee: nobody, an organisation or one of its members', () => {
    expect(createTaskSchema.parse(base)).toMatchObject({ assigneeOrganisationId: null, assigneeUserId: null });
    expect(createTaskSchema.parse({ ...base, assignee: assigneeValue(orgId, null) })).toMatchObject({
      assigneeOrganisationId: orgId,
      assigneeUserId: null,
    });
    expect(createTaskSchema.parse({ ...base, assignee: assigneeValue(orgId, userId) })).toMatchObject({
      assigneeOrganisationId: orgId,
      assigneeUserId: userId,
    });
  });

  it.each([
    [{ title: 'ab' }, 'title'],
    [{ offset: '' }, 'offset'],
    [{ offset: 'J-121' }, 'offset'],
    [{ offset: 'J+31' }, 'offset'],
    [{ schedule: 'date', date: '' }, 'date'],
    [{ schedule: 'date', date: '2027-02-29' }, 'date'],
    [{ phase: 'DURANT' }, 'phase'],
    [{ assignee: 'org:pas-un-id' }, 'assignee'],
  ])('refuses %o on %s', (change, field) => {
    expect(fieldErrors(createTaskSchema, { ...base, ...change })).toHaveProperty(field);
  });
});

describe('createCommunicationActionSchema', () => {
  it('keeps a channel of the list and a status', () => {
    const input = { eventId, title: 'Communiqué', channel: 'PRESSE', schedule: 'offset', offset: '-20', status: 'PLANNED' };
    expect(createCommunicationActionSchema.parse(input)).toMatchObject({ channel: 'PRESSE', offsetDays: -20, status: 'PLANNED' });
    expect(fieldErrors(createCommunicationActionSchema, { ...input, channel: 'TELEVISION' })).toHaveProperty('channel');
    expect(fieldErrors(createCommunicationActionSchema, { ...input, status: 'TODO' })).toHaveProperty('status');
  });
});

describe('saveIndicatorValuesSchema', () => {
  it('reads French numbers, erases emptied fields and leaves absent ones', () => {
    expect(saveIndicatorValuesSchema.parse({ eventId, 'bounce-rate': '12,34', likes: '40', comments: '' })).toEqual({
      eventId,
      values: [
        { key: 'bounce-rate', value: 12.3 },
        { key: 'likes', value: 40 },
        { key: 'comments', value: null },
      ],
    });
  });

  it.each([
    [{ 'bounce-rate': '100,1' }, 'bounce-rate'],
    [{ 'bounce-rate': '-1' }, 'bounce-rate'],
    [{ likes: '1,5' }, 'likes'],
    [{ likes: 'dix' }, 'likes'],
    [{ 'no-show': '12' }, 'no-show'],
    [{ inconnu: '1' }, 'inconnu'],
  ])('refuses %o', (change, field) => {
    expect(fieldErrors(saveIndicatorValuesSchema, { eventId, ...change })).toHaveProperty(field);
  });

  it('lets a contact base shrink or more than double', () => {
    expect(saveIndicatorValuesSchema.parse({ eventId, 'contact-base-growth': '-12' }).values).toEqual([{ key: 'contact-base-growth', value: -12 }]);
    expect(saveIndicatorValuesSchema.parse({ eventId, 'contact-base-growth': '150' }).values).toEqual([{ key: 'contact-base-growth', value: 150 }]);
  });
});
