// The small block tree the post-mortem reader builds from markdown-it tokens (0-based source line ranges).

/** Plain text of an inline run, plus what the reader needs from its Markdown. */
export type Inline = {
  text: string;
  /** Bold text at the very start, when the run opens with it ("**Impact**: …"). */
  leadBold: string | null;
  /** Text after the leading bold span. */
  afterBold: string;
  /** The whole run is struck through (~~done~~). */
  struck: boolean;
  /**
   * Round 11: the run's first line is one italic span and nothing else ("*Root cause*", as a Slack post or a Jira
   * export writes a heading): its text. Read as a section's label only when it names a known section.
   */
  italicLine?: string;
};

export type ListItem = { line: number; end: number; blocks: Block[] };
export type TableRow = { cells: string[]; line: number };

export type Block =
  | { type: 'heading'; level: number; inline: Inline; line: number; end: number }
  | { type: 'paragraph'; inline: Inline; line: number; end: number }
  | { type: 'list'; ordered: boolean; items: ListItem[]; line: number; end: number }
  | { type: 'table'; header: string[]; rows: TableRow[]; line: number; end: number }
  | { type: 'other'; text: string; line: number; end: number };
