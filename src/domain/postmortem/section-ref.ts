/** How an edit names a section: its canonical key, or its heading when it has none (a heading read from the wild). */
export function sectionRef(s: { key: string | null; heading: string }): string {
  return s.key ?? s.heading;
}
