/** A small coloured label (status, severity, priority, verdict). */
export function Badge({ kind, children }: { kind: string; children: string }) {
  return <span className={`badge badge-${kind.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}>{children}</span>;
}
