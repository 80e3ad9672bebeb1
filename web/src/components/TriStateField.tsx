/** A yes / no / not known choice (true / false / null) as a labelled group of radio buttons. */
const CHOICES = [[true, 'Yes'], [false, 'No'], [null, 'Not known']] as const;

export function TriStateField({ name, label, value, onChange, error, disabled }: {
  /** Unique within the page: names the radio group and the ids. */
  name: string; label: string; value: boolean | null; onChange: (value: boolean | null) => void; error?: string | undefined; disabled?: boolean;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="tri-state" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} disabled={disabled}>
      <legend>{label}</legend>
      <div className="tri-choices">
        {CHOICES.map(([v, text]) => (
          <label key={text} className="check">
            <input type="radio" name={name} value={String(v)} checked={value === v} onChange={() => onChange(v)} />{text}
          </label>
        ))}
      </div>
      {error && <span className="field-error" id={errorId}>{error}</span>}
    </fieldset>
  );
}
