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

/** What a file import says afterwards: new events and duplicates apart ("0 new, 12 already imported"). */
export function importSummary(name: string, res: { added?: unknown; existing?: unknown; events?: unknown }): string {
  const added = typeof res.added === 'number' ? res.added : 0;
  const existing = typeof res.existing === 'number' ? res.existing : 0;
  const tail = added === 0 && existing > 0 ? ' Nothing new: this file was imported before.' : '';
  return `Imported ${name}: ${added} new, ${existing} already imported.${tail}`;
}
