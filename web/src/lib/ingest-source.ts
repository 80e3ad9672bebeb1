/** Which source a dropped file comes from, read from its content with the server's own detection. */
import { detectJsonSource, looksLikeGitLog } from '../../../src/formats/ingest/detect-source.ts';

/** The source the content says (null when it matches none): a zip is a Slack export, git log text is git, JSON by its shape. */
export function detectFileSource(name: string, text: string | null): string | null {
  if (/\.zip$/i.test(name)) return 'slack';
  if (text === null) return null;
  if (looksLikeGitLog(text)) return 'git';
  try {
    return detectJsonSource(JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/**
 * What a file import says afterwards: new events and duplicates apart ("0 new, 12 already
 * imported"), the events a later import named, and the Slack members that have no name yet.
 */
export function importSummary(name: string, res: { added?: unknown; existing?: unknown; named?: unknown; unresolvedMembers?: unknown }): string {
  const count = (v: unknown): number => (typeof v === 'number' ? v : 0);
  const [added, existing, named, unresolved] = [count(res.added), count(res.existing), count(res.named), count(res.unresolvedMembers)];
  const namedNow = named > 0 ? `, ${named} of them now with Slack members' names` : '';
  const tail = added === 0 && existing > 0 && named === 0 ? ' Nothing new: this file was imported before.' : '';
  // A daily file's events are filed under no channel: the export's .zip files them under theirs, so it would add them again.
  const fix = /\.zip$/i.test(name)
    ? 'add users.json to the export (it is in the export .zip Slack gives) and import it again to put the names in.'
    : 'the export .zip Slack gives has users.json: import the whole .zip instead of a daily file to put the names in (delete these events first, or they show twice).';
  const members = unresolved > 0 ? ` ${unresolved} Slack member id(s) have no name in this file and read "@Slack member U…": ${fix}` : '';
  return `Imported ${name}: ${added} new, ${existing} already imported${namedNow}.${tail}${members}`;
}
