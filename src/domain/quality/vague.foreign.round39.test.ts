import { describe, expect, it } from 'vitest';
import { actionItemVagueness } from './vague.patterns.ts';
import { foreignAbstract } from './vague.foreign.round39.ts';

/**
 * Issue 16, round 39: the English table's abstract actions (improve, review, take more care, train) written in other
 * languages are aims, not steps. Items written for these tests, in domains of their own (a bakery, a ferry line, a
 * library, a football club, a dental practice).
 */
describe('an abstract action in another language is vague (round 39)', () => {
  it.each([
    ['Mejorar la coordinación con la panadería central', 'es'],
    ['Optimizar los horarios del ferry nocturno', 'es'],
    ['Melhorar o atendimento aos sócios do clube', 'pt'],
    ['Reforçar a limpeza das cadeiras do consultório', 'pt'],
    ['Améliorer la gestion des prêts entre bibliothèques', 'fr'],
    ['Faire plus attention aux réservations du bac', 'fr'],
    ['Rivedere la procedura di chiusura della biglietteria', 'it'],
    ['Prestare più attenzione agli ordini di farina', 'it'],
    ['Genauer aufpassen bei den Fahrplanänderungen', 'de'],
    ['Ablauf der Ausleihe verbessern', 'de'],
    ['Beter opletten bij het inboeken van afspraken', 'nl'],
    ['Planning van de veerdienst verbeteren', 'nl'],
    ['Usprawnić obsługę zapisów do poradni', 'pl'],
    ['Być bardziej uważnym przy wydawaniu karnetów', 'pl'],
    ['Tingkatkan koordinasi dengan tim dapur', 'id'],
    ['Lebih teliti saat mencatat pesanan roti', 'id'],
    ['Cải thiện quy trình đặt lịch khám răng', 'vi'],
    ['Cẩn thận hơn khi nhập điểm thi', 'vi'],
    ['Kütüphane kayıt sürecini iyileştirmek', 'tr'],
    ['Bilet satışında daha dikkatli olunmalı', 'tr'],
    ['Capacitar a los recepcionistas en el nuevo sistema', 'es'],
    ['Sensibiliser les bénévoles aux règles du prêt', 'fr'],
  ])('"%s" (%s) is an abstract action', (item) => {
    expect(actionItemVagueness(item)?.kind).toBe('abstract-action');
  });

  it('names the foreign words it read as the aim', () => {
    expect(foreignAbstract('Mejorar la coordinación con la panadería central')).toBe('Mejorar');
    expect(foreignAbstract('Ablauf der Ausleihe verbessern')).toBe('verbessern');
    expect(foreignAbstract('Cẩn thận hơn khi nhập điểm thi')).toBe('Cẩn thận hơn');
  });
});

describe('a foreign item that says what changes is left to the other readings (round 39)', () => {
  it.each([
    // A threshold, a date or a ticket: the digit is a measure.
    'Mejorar el tiempo de respuesta del quiosco por debajo de 2 segundos',
    'Revisar los turnos del ferry antes del 15 de marzo',
    'Melhorar a fila de marcações até 30/06',
    // More than an aim: a long item with its place and reason.
    'Rivedere la procedura di chiusura della biglietteria serale perché il registro di cassa resta aperto dopo le ventidue e nessuno lo controlla',
  ])('"%s" is not read as a foreign aim', (item) => {
    expect(foreignAbstract(item)).toBeNull();
  });

  it.each([
    // Concrete verbs in those languages are no aim.
    'Añadir un campo de alérgenos al formulario de pedidos',
    'Ajouter une alerte sur la file des réservations',
    'Automatische Erinnerung per SMS einrichten',
    'Thêm cảnh báo khi hàng đợi đặt lịch bị đầy',
    // English items stay with the English table, also when a word is shared ("former", "examiner").
    'Former members get their locker keys back by mail',
    'Examiner notes are kept in the library safe',
  ])('"%s" opens with no foreign aim', (item) => {
    expect(foreignAbstract(item)).toBeNull();
  });
});
