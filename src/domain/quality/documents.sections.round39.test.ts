import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../test/factories/quality-doc.ts';
import { placeholdersIn } from './placeholder.patterns.ts';

/**
 * Issue 16, round 39: a masked count "XX" before its unit or its note in any language, and a clock time that is no
 * evidence behind a root cause.
 */
const none = new Set<string>();

describe('a masked count before its unit or note (round 39)', () => {
  it.each([
    ['a unit in Malay', 'Tempoh gangguan: XX jam'],
    ['a unit in Arabic', 'توقفت الخدمة XX ساعة'],
    ['a unit in Ukrainian', 'XX замовлень не доставлено'],
    ['a unit in English', 'Lost water: XX gallons per hour'],
    ['a note in brackets after a colon', 'Parcels delayed: XX (waiting on the courier export)'],
  ])('finds %s', (_form, line) => {
    expect(placeholdersIn(line, none)).toContain('XX');
  });
  it.each([
    ['a Roman numeral before a capital', 'The XX Century Hall reopened after the fire drill.'],
    ['a size', 'We sold out of XXL jackets by noon.'],
    ['part of a code', 'The ticket OPS-XX was closed.'],
  ])('leaves %s', (_form, line) => {
    expect(placeholdersIn(line, none)).not.toContain('XX');
  });
});

describe('a clock time is no evidence (round 39)', () => {
  const doc = (cause: string): string =>
    ['# Ferry booking outage', '', '## Summary', '', 'Ferry bookings failed for part of the morning.', '', '## Impact', '', 'Travellers could not book.', '', '## Root cause', '', cause, '', '## Action items', '', '| Action | Owner | Due |', '|---|---|---|', '| Add a queue for the booking form | @ana | 2027-01-10 |'].join('\n');
  it('reports a root cause whose only digits are a clock time', () => {
    expect(findingsOf('no-evidence', doc('Everyone tried to book when the sale opened at 07:00.'))).not.toEqual([]);
  });
  it('takes a figure as evidence', () => {
    expect(findingsOf('no-evidence', doc('Booking requests reached 4,800 a second when the sale opened at 07:00.')).filter((f) => f.section === 'rootCause')).toEqual([]);
  });
});

describe('an instruction comment in more shapes (round 39)', () => {
  const placeholders = (text: string): number[] => findingsOf('placeholder', text).map((f) => f.line);
  const doc = (line: string): string => ['# Kiln outage', '', '## Summary', '', 'The glaze kiln stopped mid-firing.', '', line, ''].join('\n');
  it.each([
    ['a Spanish imperative', '<!-- Agrega la gráfica de temperatura del horno -->'],
    ['a French infinitive of a note', '<!-- À compléter après l\'appel avec le fournisseur -->'],
    ['a Dutch separable verb', '<!-- Vul in na het gesprek met de leverancier -->'],
    ['an Indonesian imperative', '<!-- Jelaskan dampaknya dalam dua kalimat -->'],
    ['a Ukrainian imperative', '<!-- уточніть у постачальника -->'],
    ['an English note to self', '<!-- verify the kiln log timestamps with the supplier -->'],
    ['a comment naming itself a template', '<!-- Ceramics studio review template v3. Delete these notes when done. -->'],
    ['a prompt comment inside an HTML paragraph', '<p><!-- add the temperature graph here --></p>'],
    ['a prompt comment inside a table cell', '| 10:05 | Kiln restarted <!-- confirm the time from the controller --> |'],
  ])('reports %s', (_form, line) => {
    expect(placeholders(doc(line))).toContain(7);
  });
  it.each([
    ['a lint directive', '<!-- markdownlint-disable MD013 -->'],
    ['the writer\'s own aside', '<!-- kiln photos are in the shared drive, folder 2027-03 -->'],
    ['a comment inside a line that prompts nothing', '<p>Firing resumed. <!-- end of part one --></p>'],
  ])('leaves %s', (_form, line) => {
    expect(placeholders(doc(line))).not.toContain(7);
  });
});

describe('a slot named in more languages (round 39)', () => {
  it.each([['Dutch', '[aantal]'], ['Ukrainian', "[Ім'я]"], ['Russian', '[Имя]'], ['French', '[À compléter]']])('finds a slot in %s', (_lang, slot) => {
    expect(placeholdersIn(`Value: ${slot}`, none)).toEqual([slot]);
  });
  it('leaves a word that only ends like a slot word', () => {
    expect(placeholdersIn('See [Prénom Dupont] for the contact.', none)).toEqual([]);
  });
});
