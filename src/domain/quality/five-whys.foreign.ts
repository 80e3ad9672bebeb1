/**
 * Round 27: a 5 Whys answer in another language that ends on a person ("Weil Jonas nicht aufgepasst hat", "Porque o
 * Rodrigo copiou a linha errada"). The person forms of blame.patterns.ts read English verbs; here the answer opens with
 * its language's "because" (and, in Portuguese, Spanish or Italian, an article before a name), then a capitalised
 * word that the document itself uses as a person: an action item's owner, an @handle or a chat speaker, or the
 * subject of a counterfactual ("Jonas hätte …", "Rodrigo deveria ter …"). Bounded patterns, linear time.
 */
import type { LintContext } from './lint.context.ts';

const FOREIGN_BECAUSE = /^[\s→>*_:-]{0,8}(?:weil|porque|pues|parce que?|perché|poiché|omdat|ponieważ|eftersom)[ \t]{1,4}(?:(?:o|a|el|la|il|lo|der|die|de|het)[ \t]{1,4})?/iu;
/** A capitalised word: a name, unless the document says otherwise. */
const NAME = /^\p{Lu}[\p{Ll}'’-]{1,30}(?![\p{L}])/u;

/** A counterfactual after a name: "W hätte", "W sollte", "W avrebbe dovuto", "W deveria", "W debería", "W aurait dû", "W had moeten". */
const COUNTERFACTUAL = String.raw`[ \t]{1,4}(?:hätte|sollte|hätten|avrebbe|doveva|deveria|devia|debería|debió|tendría|aurait|devait|had moeten|moest|powinien|powinna|borde|skulle ha)(?![\p{L}])`;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The document names `word` as a person somewhere else. */
function usedAsPerson(ctx: LintContext, word: string): boolean {
  const w = escape(word);
  if (ctx.doc.actionItems.some((a) => a.owner !== null && new RegExp(`(?<![\\p{L}])@?${w}(?![\\p{L}])`, 'u').test(a.owner))) return true;
  const person = new RegExp(`@${w}(?![\\p{L}])|^\\s{0,4}(?:[-*+]\\s{1,4})?(?:\\[[^\\]\\n]{1,30}\\]\\s{0,4})?${w}:|(?<![\\p{L}])${w}${COUNTERFACTUAL}`, 'mu');
  return ctx.src.lines.some((l) => person.test(l.raw));
}

/** A foreign answer that opens with its "because" and a name the document uses as a person's. */
export function foreignAnswerIsPerson(ctx: LintContext, answer: string): boolean {
  const because = FOREIGN_BECAUSE.exec(answer);
  const name = because === null ? null : NAME.exec(answer.slice(because[0].length));
  return name !== null && usedAsPerson(ctx, name[0]);
}
