import { useId, useState } from 'react';
import type { HistoryImportResult as Result } from '../../../src/domain/learning/contract.ts';
import { api, errorMessage } from '../api.ts';

/** Imports past incidents from another tool's export (JSON Lines, or CSV with a header row). */
export function HistoryImport({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; result: Result | null; error: string | null }>({ busy: false, result: null, error: null });
  const send = async (file: File): Promise<void> => {
    setState({ busy: true, result: null, error: null });
    try {
      const text = await file.text();
      const format = /\.csv$/i.test(file.name) ? 'csv' : 'jsonl';
      const result = await api.post<Result>(`/api/v1/import/history?format=${format}`, undefined, { raw: text, contentType: 'text/plain' });
      setState({ busy: false, result, error: null });
      if (result.created.length > 0) onImported();
    } catch (e) {
      setState({ busy: false, result: null, error: errorMessage(e) });
    }
  };
  return (
    <div className="history-import">
      <label htmlFor={id}>Choose an export (.jsonl or .csv)</label>
      <input id={id} type="file" accept=".jsonl,.json,.csv,text/csv,application/json" disabled={state.busy}
        onChange={(e) => { const f = e.target.files?.[0]; if (f) void send(f); }} />
      {state.busy && <p role="status">Importing…</p>}
      {state.error && <p className="field-error" role="alert">{state.error}</p>}
      {state.result && (
        <p role="status">
          {state.result.created.length} incident(s) imported, {state.result.existing.length} already there
          {state.result.errors.length > 0 && <>, {state.result.errors.length} line(s) refused: {state.result.errors.slice(0, 3).map((e) => `line ${e.line}: ${e.message}`).join('; ')}</>}.
        </p>
      )}
    </div>
  );
}
