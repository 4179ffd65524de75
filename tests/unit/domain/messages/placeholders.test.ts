import { describe, expect, it } from 'vitest';
import { hasLineBreak, inertValue, renderTemplate, unknownPlaceholders, type PlaceholderValues } from '@/lib/domain/messages/placeholders';
import { groupMessageSchema, MAX_MESSAGE_BYTES } from '@/lib/schemas/group-message';

const values: PlaceholderValues = {
  nom: 'Ana Martin',
  evenement: 'Rencontre numérique',
  dates: 'mardi 10 mars 2027',
  lieu: 'Médiathèque, Toulon',
  organisateur: 'Hub du Var',
};

describe('renderTemplate', () => {
  it.each([
    ['Bonjour {{nom}},', 'Bonjour Ana Martin,'],
    ['{{ evenement }} à {{lieu}}', 'Rencontre numérique à Médiathèque, Toulon'],
    ['Sans champ', 'Sans champ'],
    ['{{inconnu}} reste', '{{inconnu}} reste'],
  ])('%s', (template, expected) => {
    expect(renderTemplate(template, values)).toBe(expected);
  });

  it('never reads a value again: a name holding a placeholder stays as typed', () => {
    expect(renderTemplate('Bonjour {{nom}}', { ...values, nom: '{{lieu}}' })).toBe('Bonjour {{lieu}}');
  });

  it('lets no line break or control character in through a value (no header injection in the subject)', () => {
    const subject = renderTemplate('Pour {{nom}}', { ...values, nom: 'Ana\r\nBcc: pirate@exemple.fr' });
    expect(hasLineBreak(subject)).toBe(false);
    expect(subject).toBe('Pour Ana Bcc: pirate@exemple.fr');
    expect(inertValue('a\u0000b\u2028c')).toBe('a b c');
  });

  it('keeps HTML as text (the message is plain text; the preview escapes it)', () => {
    expect(renderTemplate('{{nom}}', { ...values, nom: '<script>alert(1)</script>' })).toBe('<script>alert(1)</script>');
  });
});

describe('unknownPlaceholders', () => {
  it.each([
    ['{{nom}} {{dates}}', []],
    ['{{prenom}} et {{ Nom }}', ['{{prenom}}', '{{ Nom }}']],
    ['{{prenom}} deux fois {{prenom}}', ['{{prenom}}']],
    ['{simple} n’est pas un champ', []],
  ])('%s', (text, expected) => {
    expect(unknownPlaceholders(text)).toEqual(expected);
  });
});

describe('groupMessageSchema: bad input gets a French message', () => {
  const base = { eventId: '6f1c2d7e-8a9b-4c0d-9e1f-2a3b4c5d6e7f', segment: 'confirmed', subject: 'Infos pratiques', body: 'Bonjour {{nom}}' } as const;
  const errorsOf = (input: Record<string, unknown>) => {
    const parsed = groupMessageSchema.safeParse({ ...base, ...input });
    return parsed.success ? {} : (parsed.error.flatten().fieldErrors as Record<string, string[]>);
  };

  it.each([
    ['an empty subject', { subject: '  ' }, 'subject', 'Indiquez un objet.'],
    ['a subject with CR/LF', { subject: 'Infos\r\nBcc: x@y.fr' }, 'subject', 'L’objet tient sur une seule ligne.'],
    ['an unknown placeholder', { body: 'Bonjour {{prenom}}' }, 'body', 'Champ inconnu : {{prenom}}. Utilisez seulement les champs proposés sous le message.'],
    ['a message over 50 kB', { body: 'é'.repeat(MAX_MESSAGE_BYTES / 2 + 1) }, 'body', 'Le message dépasse 50 ko : raccourcissez-le.'],
    ['a session group without a session', { segment: 'session', sessionId: '' }, 'sessionId', 'Choisissez une séance.'],
    ['a day group without a day', { segment: 'absent', day: 'demain' }, 'day', 'Choisissez une journée.'],
  ])('%s', (_what, input, field, message) => {
    expect(errorsOf(input)[field]).toEqual([message]);
  });

  it('accepts a well-formed message', () => {
    expect(groupMessageSchema.safeParse(base).success).toBe(true);
  });
});
