declare module 'parse-prometheus-text-format' {
  export type PromMetric = { name: string; help: string; type: string; metrics: { value?: string; labels?: Record<string, string>; buckets?: Record<string, string> }[] };
  export default function parsePrometheusTextFormat(text: string): PromMetric[];
}
