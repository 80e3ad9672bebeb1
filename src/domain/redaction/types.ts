/** The shapes of the redaction pass: what a detector finds, what the publisher decides, what is shown. */

/** Why a piece of text is removed: one id per detector. */
export const DETECTORS = {
  'front-matter': 'front matter (status, revision, owner, sections…) is internal metadata',
  comment: 'HTML comment (template prompt or internal note)',
  person: 'name of a person known to Debrief (user, responder, owner, reviewer, timeline actor)',
  handle: '@mention of a person or group',
  'name-pattern': 'looks like a person: a capitalised name next to an action ("… restarted", "paged …") or a possessive',
  actor: 'names the people in a person field or column (owner, IC, on-call, who…)',
  customer: 'customer name (from `postmortem.redaction.customers` or "customer X", "… Corp")',
  email: 'e-mail address',
  phone: 'phone number',
  ip: 'IP address',
  host: 'host name not on the public-domain allow-list',
  url: 'link to a site not on the public-domain allow-list',
  'tool-link': 'link to an internal tool (tracker, repository, chat, cloud console, dashboard)',
  channel: 'chat channel',
  repository: 'name of a source repository (org/repo)',
  'cloud-id': 'cloud account or resource identifier (AWS account id, ARN)',
  ticket: 'internal ticket key',
  custom: 'custom pattern from `postmortem.redaction.patterns`',
  publisher: 'added by the publisher',
} as const;
export type DetectorId = keyof typeof DETECTORS;

/** A stretch of the text a detector wants removed, with what replaces it. */
export type Span = {
  start: number;
  end: number;
  detector: DetectorId;
  replacement: string;
  /** Name of the custom pattern, for `custom`. */
  rule?: string;
  /** Cosmetic pieces removed with this span (the brackets of a Markdown link whose URL goes). */
  extra?: { start: number; end: number; replacement: string }[];
};

/** A custom pattern, compiled from config. */
export type CustomPattern = { name: string; regex: RegExp; replacement: string };

/** What the detectors know besides the text. */
export type RedactionOptions = {
  /** Names of people: user names, display names, owners, responders, timeline actors. */
  people: readonly string[];
  /** Customer names to remove wherever they appear. */
  customers?: readonly string[];
  /** Domains (and `domain/path` prefixes) that may appear in an external publication. */
  publicDomains?: readonly string[];
  /** Extra domain suffixes that are always internal (`corp.example.com`). */
  internalDomains?: readonly string[];
  /** Custom patterns (compiled and checked by `compilePatterns`). */
  patterns?: readonly CustomPattern[];
  /** English words (lower case): a capitalised dictionary word next to a verb is not taken for a name. */
  dictionary?: ReadonlySet<string>;
  /** Texts the publisher keeps although a detector found them. */
  keep?: readonly string[];
  /** Texts the publisher removes as well. */
  add?: readonly string[];
};

/** One removal as the preview shows it (with the original text: editors only). */
export type Redaction = {
  /** Stable within one preview: the n-th removal. */
  id: number;
  detector: DetectorId;
  reason: string;
  /** The section heading it is in (null before the first heading). */
  section: string | null;
  /** 1-based line in the internal Markdown. */
  line: number;
  text: string;
  replacement: string;
};

/** One removal as a published (external) version keeps it: never the removed text. */
export type PublishedRedaction = Omit<Redaction, 'text'>;

export type RedactionResult = {
  markdown: string;
  redactions: Redaction[];
  /** Texts the publisher kept, with how many times each appeared. */
  kept: { text: string; count: number }[];
};
