import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { formatTime, fromLocalInput, toLocalInput } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import type { Meeting } from '../contract.ts';
import { Notice } from './Notice.tsx';


const dueText = (d: Meeting['dueBy']): string | null => d;
const parseParticipants = (text: string): Meeting['participants'] => text.split('\n').filter((l) => l.trim()).map((l) => {
  const [name = '', ...role] = l.split(',');
  return { name: name.trim(), role: role.join(',').trim() || 'participant' };
});

/** The agenda (time boxes scaled by the server to the meeting length), schedule, participants, attendance, notes. */
export function MeetingEditor({ id, meeting, onSaved }: { id: string; meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const user = useUser();
  const [form, setForm] = useState({
    scheduledAt: toLocalInput(meeting.scheduledAt), durationMinutes: meeting.totalMinutes, location: meeting.location ?? '',
    participants: meeting.participants.map((p) => `${p.name}, ${p.role}`).join('\n'), attendance: meeting.attendance.join(', '), notes: meeting.notes,
  });
  const [version, setVersion] = useState(meeting.version);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const writable = can(user, 'editor');
  const due = dueText(meeting.dueBy);

  const save = async (): Promise<void> => {
    setError(null);
    setOk(null);
    try {
      const saved = await api.put<Meeting>(`/api/v1/postmortems/${id}/meeting`, {
        scheduledAt: fromLocalInput(form.scheduledAt), durationMinutes: form.durationMinutes, location: form.location.trim() || null,
        participants: parseParticipants(form.participants), notes: form.notes,
        attendance: form.attendance.split(',').map((s) => s.trim()).filter(Boolean), version,
      });
      setVersion(saved.version);
      setOk('Meeting saved.');
      onSaved(saved);
    } catch (e) {
      setError(e);
      // The form keeps this page's text; saving again knowingly replaces the other version.
      if (e instanceof ApiError && e.isConflict) {
        const theirs = e.current<Meeting>();
        if (theirs) setVersion(theirs.version);
      }
    }
  };

  return (
    <section className="panel" aria-labelledby="agenda-h">
      <h2 id="agenda-h">Agenda ({meeting.totalMinutes} min)</h2>
      <div className="table-wrap">
        <table className="agenda">
          <thead><tr><th scope="col">Time box</th><th scope="col">Topic</th><th scope="col">Owner</th></tr></thead>
          <tbody>{meeting.agenda.map((a, i) => <tr key={i}><td>{a.minutes} min</td><td>{a.topic}</td><td>{a.owner}</td></tr>)}</tbody>
        </table>
      </div>
      {meeting.recommendedLength && <p className="muted">Policy: {meeting.recommendedLength.minMinutes}–{meeting.recommendedLength.maxMinutes} min for this severity.</p>}
      {due && <p className="muted">Policy: hold it by {formatTime(due)}. Pre-read due {meeting.preReadDue ? formatTime(meeting.preReadDue) : '24 h before the meeting'}.</p>}
      <div className="grid-form">
        <label>Scheduled at<input type="datetime-local" readOnly={!writable} value={form.scheduledAt} onChange={(e) => setForm({ ...form, scheduledAt: e.target.value })} /></label>
        <label>Length (minutes)<input type="number" min={15} max={240} step={5} readOnly={!writable} value={form.durationMinutes} onChange={(e) => setForm({ ...form, durationMinutes: Number(e.target.value) })} /></label>
        <label>Where<input readOnly={!writable} value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} /></label>
      </div>
      <label>Participants (one per line: name, role)
        <textarea rows={4} readOnly={!writable} value={form.participants} onChange={(e) => setForm({ ...form, participants: e.target.value })} />
      </label>
      {(meeting.participantNotes ?? []).length > 0 && <ul className="muted">{meeting.participantNotes.map((n) => <li key={n}>{n}</li>)}</ul>}
      <label>Attendance (comma-separated)<input readOnly={!writable} value={form.attendance} onChange={(e) => setForm({ ...form, attendance: e.target.value })} /></label>
      <label>Notes (Markdown)<textarea rows={8} readOnly={!writable} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} /></label>
      {writable && <button type="button" className="primary" onClick={() => void save()}>Save meeting</button>}
      <Notice error={error} ok={ok} />
      <p><a href={`/api/v1/postmortems/${id}/meeting.md`} download>Agenda and pre-read (Markdown)</a> · <a href={`/api/v1/postmortems/${id}/meeting.ics`} download>Calendar invite (.ics)</a></p>
    </section>
  );
}
