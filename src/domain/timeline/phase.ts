import type { Phase } from './event.types.ts';

// Words are checked in this order: a message saying "rolled back, errors resolved" is
// about mitigation first, and only an explicit all-clear counts as resolution.
const MITIGATION =
  /\b(roll(?:ed|ing)?[ -]?back|rollback|revert(?:ed|ing)?|restart(?:ed|ing)?|reboot(?:ed|ing)?|fail(?:ed|ing)?[ -]?over|mitigat\w*|hot[ -]?fix\w*|deploy(?:ed|ing|ment)?|redeploy\w*|scal(?:e|ed|ing) (?:up|out|down)|increase\w* (?:the )?(?:number|replicas?|capacity)|drain(?:ed|ing)?|disabl(?:e|ed|ing) (?:the )?(?:feature|flag)|feature flag|kill switch|workaround|patch(?:ed|ing)?|blocked? traffic|rate[ -]?limit\w*)\b/i;
const RESOLUTION =
  /\b(resolved|recovered|all clear|back to normal|fully (?:operational|restored)|service restored|incident (?:is )?(?:over|closed)|closing (?:the )?incident|no longer (?:seeing|failing)|error rates? (?:is |are )?back)\b/i;
const DETECTION = /\b(alert(?:ed|ing)?|firing|paged|page went off|detected|noticed|users? report\w*|customers? report\w*|reports? of)\b/i;
const INVESTIGATION = /\b(investigat\w*|looking into|root cause|debug\w*|checking|triag\w*|digging|seeing|acknowledg\w*)\b/i;

/** Kinds whose phase is fixed by what happened, whatever the text says. */
function phaseOfKind(kind: string): Phase | null {
  const k = kind.toLowerCase();
  if (/(^|\.)(firing|triggered|created|trigger|alerting)$/.test(k) && /^(alert|incident)/.test(k)) return 'detection';
  if (/(^|\.)(resolved|closed|resolve|close|ok)$/.test(k) && /^(alert|incident)/.test(k)) return 'resolution';
  if (/(^|\.)(acknowledged|acknowledge|escalated|reassigned|delegated|unacknowledged|assigned|reopened)$/.test(k)) return 'investigation';
  return null;
}

/**
 * Guesses the incident phase of an event from its kind and text: detection for
 * firing/triggered alerts, resolution for resolved/closed, mitigation for
 * deploy/rollback/restart words, investigation for acks, notes and chat; null when
 * nothing points anywhere (a commit with a plain subject).
 */
export function guessPhase(text: string, kind: string): Phase | null {
  const fixed = phaseOfKind(kind);
  if (fixed !== null) return fixed;
  const k = kind.toLowerCase();
  if (k.startsWith('deploy')) return 'mitigation';
  if (MITIGATION.test(text)) return 'mitigation';
  if (RESOLUTION.test(text)) return 'resolution';
  if (DETECTION.test(text)) return 'detection';
  if (INVESTIGATION.test(text)) return 'investigation';
  if (k === 'note' || k.startsWith('message') || k.startsWith('incident.') || k.startsWith('alert.')) return 'investigation';
  return null;
}

const DECISION =
  /\b(roll(?:ed|ing)?[ -]?back|rollback|revert(?:ed|ing)?|fail(?:ed|ing)?[ -]?over|escalat(?:e|ed|es|ing|ion)|declar(?:e|ed|ing)\b[^.]{0,30}\b(?:incident|sev\s?\d|outage|major)|incident declared|decid(?:e|ed|ing) to|decision|switch(?:ed|ing)? (?:traffic|over)|disabl(?:e|ed|ing) (?:the )?feature flag|kill switch|freez(?:e|ing) deploys?|deploy freeze)\b/i;

/** True when a text records a decision: rollback, revert, failover, escalation, declaring an incident. */
export function detectDecisionPoint(text: string): boolean {
  return DECISION.test(text);
}
