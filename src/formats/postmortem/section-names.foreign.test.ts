import { describe, expect, it } from 'vitest';
import { lintMarkdownWith } from '../../services/postmortem/postmortem-doc.ts';
import { loadConfig } from '../../config/config.ts';
import * as quality from '../../domain/quality/index.ts';
import type { ServiceContext } from '../../services/context.ts';
import { classifyHeading } from './section-names.ts';
import { parsePostmortem } from './parse-postmortem.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';

describe('section names in six other languages (round 25)', () => {
  it.each([
    ['Zusammenfassung', 'summary'], ['Auswirkungen auf Kunden', 'impact'], ['Zeitlicher Ablauf', 'timeline'],
    ['Grundursache', 'rootCause'], ['Maßnahmen', 'actionItems'], ['Massnahmen', 'actionItems'], ['Was lief gut', 'whatWentWell'],
    ['Was lief schief', 'whatWentWrong'], ['Erkenntnisse', 'lessons'],
  ])('reads a German heading: %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it.each([
    ['Résumé', 'summary'], ['Chronologie des événements', 'timeline'], ['Cause racine', 'rootCause'], ["Plan d'action", 'actionItems'],
    ["Ce qui s'est bien passé", 'whatWentWell'], ["Ce qui n'a pas fonctionné", 'whatWentWrong'], ['Leçons apprises', 'lessons'],
  ])('reads a French heading: %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it.each([
    ['Resumen ejecutivo', 'summary'], ['Línea de tiempo', 'timeline'], ['Causa raíz', 'rootCause'], ['Acciones correctivas', 'actionItems'],
    ['Qué salió bien', 'whatWentWell'], ['Lecciones aprendidas', 'lessons'], ['Impacto en clientes', 'impact'],
  ])('reads a Spanish heading: %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it.each([
    ['Resumo', 'summary'], ['Linha do tempo', 'timeline'], ['Causa raiz', 'rootCause'], ['Itens de ação', 'actionItems'],
    ['O que deu certo', 'whatWentWell'], ['O que deu errado', 'whatWentWrong'], ['Lições aprendidas', 'lessons'],
  ])('reads a Portuguese heading: %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it.each([
    ['Riepilogo', 'summary'], ['Cronologia', 'timeline'], ['Causa radice', 'rootCause'], ['Azioni correttive', 'actionItems'],
    ['Samenvatting', 'summary'], ['Tijdlijn', 'timeline'], ['Grondoorzaak', 'rootCause'], ['Actiepunten', 'actionItems'], ['Wat ging goed', 'whatWentWell'],
  ])('reads an Italian or Dutch heading: %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });

  it('reads a heading typed without its accents as with them', () => {
    expect(classifyHeading('Licoes aprendidas')).toBe('lessons');
    expect(classifyHeading('Linea de tiempo')).toBe('timeline');
    expect(classifyHeading('Nachste Schritte')).toBe('actionItems');
  });

  it('lets an English name win over a foreign one in the same heading', () => {
    expect(classifyHeading('Zusammenfassung / Timeline')).toBe('timeline');
    expect(classifyHeading('Impact')).toBe('impact');
  });

  it('does not read English headings that share a foreign word as that section', () => {
    expect(classifyHeading('How we resume service')).not.toBe('summary');
    expect(classifyHeading('Actions taken')).toBe('response');
    expect(classifyHeading('Glossary of terms')).toBe('appendix');
  });

  it('finds the sections of a German post-mortem, so none is reported missing', () => {
    const ctx: ServiceContext = { db: undefined as never, config: loadConfig({ env: {}, cwd: process.cwd() }), now: () => new Date(0) };
    const doc = [
      '# Störung im Buchungsdienst', '', '## Zusammenfassung', '', 'Der Buchungsdienst lieferte 40 Minuten lang Fehler 503.', '',
      '## Auswirkungen', '', 'Rund 1.200 Buchungen schlugen fehl.', '', '## Zeitlicher Ablauf', '', '- 09:02 Alarm für Fehlerrate ausgelöst',
      '- 09:05 Rufbereitschaft übernimmt', '- 09:40 Rollback abgeschlossen', '', '## Grundursache', '',
      'Ein Verbindungs-Pool ohne Obergrenze erschöpfte die Datenbank, weil kein Limit konfiguriert war.', '',
      '## Was lief gut', '', 'Der Alarm kam nach drei Minuten.', '', '## Maßnahmen', '',
      '- [ ] Pool-Limit in `booking/db.yaml` auf 50 setzen (Owner: @jana, fällig 2026-12-20)',
    ].join('\n');
    const parsed = parsePostmortem(doc).doc;
    expect(parsed.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['summary', 'impact', 'timeline', 'rootCause', 'whatWentWell', 'actionItems']));
    const rules = lintMarkdownWith(quality, ctx, doc).findings.map((f) => f.rule);
    expect(rules).not.toContain('missing-section');
    expect(rules).not.toContain('what-went-well-missing');
  });

  it('reads a document of many foreign headings in linear time', () => {
    const input = (n: number): string => Array.from({ length: Math.ceil(n / 40) }, (_, i) => `## Ursache ${i} causa raíz ma\u00dfnahmen\n\ntexto\n`).join('\n');
    expect(growthRatio(input, (text) => parsePostmortem(text))).toBeLessThan(12);
  });
});
