/** A field's error message, the target of the control's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? <span className="field-error" id={`${id}-error`} role="alert">{message}</span> : null;
}
