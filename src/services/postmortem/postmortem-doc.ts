/** From stored rows to the document, its Markdown and its quality findings. */
import type { ActionItem, PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { docWithEvidence, type EvidenceItem } from '../../domain/evidence/index.ts';
import type * as QualityModule from '../../domain/quality/index.ts';
import type { Finding, QualityScore } from '../../domain/quality/index.ts';
import { findTemplate, resolveTemplates, type PostmortemTemplate } from '../../domain/templates/index.ts';
import { parsePostmortem, writePostmortem } from '../../formats/postmortem/index.ts';
import type { ActionItemRow } from '../../store/repositories/action-item.repository.ts';
import type { PostmortemRow } from '../../store/repositories/postmortem.repository.ts';
import { AppError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';

/** The templates this server knows: the seeds' plus the team's own from config. */
export function templatesOf(ctx: ServiceContext): PostmortemTemplate[] {
  return resolveTemplates(ctx.config.templates);
}

/** A template by id, or null. */
export function templateOf(ctx: ServiceContext, id: string): PostmortemTemplate | null {
  return findTemplate(templatesOf(ctx), id);
}

/** An action-item row as the document's table shows it. */
export function docActionItem(a: ActionItemRow): ActionItem {
  return {
    key: a.key, text: a.title, owner: a.owner, priority: a.priority, due: a.dueDate,
    status: a.status as ActionItem['status'], line: 0,
  };
}

/** The whole document: stored sections and timeline plus the action items from their table. */
export function fullDoc(row: PostmortemRow, items: readonly ActionItemRow[]): PostmortemDoc {
  const doc = row.doc as unknown as PostmortemDoc;
  const extra: Record<string, unknown> = { ...doc.meta.extra, revision: row.version };
  if (row.owner) extra['owner'] = row.owner;
  return { ...doc, meta: { ...doc.meta, title: row.title, status: row.status, extra }, actionItems: items.map(docActionItem) };
}

/** The Markdown of a post-mortem, in Debrief's format (with the incident's evidence listed when given). */
export function markdownOf(row: PostmortemRow, items: readonly ActionItemRow[], evidence: readonly EvidenceItem[] = [], baseUrl: string | null = null): string {
  return writePostmortem(docWithEvidence(fullDoc(row, items), evidence, baseUrl));
}

/**
 * Refuses Markdown larger than `server.maxMarkdownBytes` (413 naming the limit) before it is
 * parsed, linted or stored: parsing and linting are linear, but still run on the event loop.
 */
export function checkMarkdownSize(ctx: ServiceContext, text: string, what = 'the Markdown'): void {
  const limit = ctx.config.maxMarkdownBytes;
  if (text.length <= limit / 3) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limit) {
    throw new AppError('payload_too_large', `${what} is ${bytes} bytes; the limit is ${limit} bytes (server.maxMarkdownBytes, DEBRIEF_MAX_MARKDOWN_BYTES)`, { limit, size: bytes });
  }
}

export type FindingView = Finding & { sectionHeading: string | null };

export type Linter = typeof QualityModule;
let linter: Promise<Linter> | undefined;

/**
 * The linter, loaded on first use: its models and word list are about 16 MiB of heap that a
 * server answering lists and incident pages never needs until someone opens a post-mortem.
 */
export function loadLinter(): Promise<Linter> {
  linter ??= import('../../domain/quality/index.ts');
  return linter;
}

export type LintResult = { findings: FindingView[]; score: QualityScore };

/** Lints Markdown text: findings with the section each belongs to, and the score. */
export async function lintMarkdown(ctx: ServiceContext, text: string, templateId?: string | null): Promise<LintResult> {
  return lintMarkdownWith(await loadLinter(), ctx, text, templateId);
}

/** {@link lintMarkdown} with the linter already loaded (the benches and tools that import it themselves). */
export function lintMarkdownWith({ lintPostmortem, scorePostmortem }: Linter, ctx: ServiceContext, text: string, templateId?: string | null): LintResult {
  const parsed = parsePostmortem(text);
  const template = templateOf(ctx, templateId ?? parsed.doc.meta.template ?? '') ?? undefined;
  const findings = lintPostmortem(parsed.doc, text, { config: ctx.config.quality, ...(template ? { template } : {}) });
  const sorted = [...parsed.doc.sections].sort((a, b) => a.line - b.line);
  const withSection = findings.map((f): FindingView => {
    const owner = [...sorted].reverse().find((s) => s.line > 0 && s.line <= f.line);
    const section = f.section ?? owner?.key ?? undefined;
    return { ...f, ...(section ? { section } : {}), sectionHeading: owner?.heading ?? null };
  });
  return { findings: withSection, score: scorePostmortem(findings, parsed.doc) };
}
