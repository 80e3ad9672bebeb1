import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYLOAD_FIXTURES } from '../../../test/helpers/payload-fixtures.ts';
import { renderSlackText } from './slack-markup.ts';
import { slackAdapter, type SlackExport } from './slack.adapter.ts';

const read = (p: string): unknown[] => JSON.parse(readFileSync(join(PAYLOAD_FIXTURES, 'slack-export', p), 'utf8')) as unknown[];

function exportFixture(): SlackExport {
  return { channels: read('channels.json'), users: read('users.json'), files: [{ channel: 'inc-checkout', date: '2024-03-05', messages: read('inc-checkout/2024-03-05.json') }] };
}

describe('slackAdapter', () => {
  it('reads one event per message, keyed by channel and ts, with names for mentions', () => {
    const r = slackAdapter(exportFixture(), {});
    expect(r.events).toHaveLength(5);
    expect(r.events[1]).toMatchObject({
      at: '2024-03-05T14:13:50.000200Z',
      kind: 'message',
      actor: 'Sam Ops',
      text: 'Seeing 5xx on checkout, @ana can you look at the dashboard (https://grafana.example.internal/d/checkout)?',
      idempotencyKey: 'slack:inc-checkout:1709648030.000200',
    });
    expect(r.events[0]?.kind).toBe('message.channel_join');
    expect(r.warnings.some((w) => w.message.includes('"ts"'))).toBe(true);
  });

  it('reads bot messages from their attachments and marks decisions', () => {
    const r = slackAdapter(exportFixture(), {});
    expect(r.events[3]).toMatchObject({ actor: 'deploy-bot', text: 'Deploy finished acme/shop main (c0ffee0) to production', phase: 'mitigation' });
    expect(r.events[2]).toMatchObject({ decisionPoint: true, text: 'Decided to roll back the pricing cache & restart the pods' });
    expect(r.events[4]?.phase).toBe('resolution');
  });

  it('reads a bare daily file without knowing the channel', () => {
    const r = slackAdapter(read('inc-checkout/2024-03-05.json'), {});
    expect(r.events).toHaveLength(5);
    expect(r.events[0]?.actor).toBe('Slack member U02SAM');
    expect(r.warnings.find((w) => w.field === 'users.json')?.message).toContain('a daily file alone has no users.json; import the export folder or .zip (it has users.json) instead, after deleting these events');
  });

  it('writes a member id it cannot name as "@Slack member U…", counts the ids and says users.json fixes it', () => {
    const { users: _none, ...withoutUsers } = exportFixture();
    const r = slackAdapter({ ...withoutUsers, users: [] }, {});
    expect(r.events[0]).toMatchObject({ text: '@Slack member U02SAM has joined the channel', actor: 'Slack member U02SAM' });
    expect(r.events[1]?.text).toBe('Seeing 5xx on checkout, @Slack member U01ANA can you look at the dashboard (https://grafana.example.internal/d/checkout)?');
    expect(r.unresolvedMembers).toEqual(['U01ANA', 'U02SAM']);
    const warning = r.warnings.find((w) => w.field === 'users.json');
    expect(warning?.message).toBe('2 Slack member id(s) could not be named (written "@Slack member U…"): the export has no users.json; add it (it is in the workspace export .zip) and import again to put the names in');
    // The same messages keep their keys with or without users.json: a second import adds nothing.
    expect(r.events.map((e) => e.idempotencyKey)).toEqual(slackAdapter(exportFixture(), {}).events.map((e) => e.idempotencyKey));
    expect(slackAdapter(exportFixture(), {}).unresolvedMembers).toEqual([]);
  });

  it('names members from the profile their own messages carry when users.json is missing', () => {
    const messages = [
      { type: 'message', user: 'U0BMQB6JE', user_profile: { real_name: 'Grace Hopper', display_name: 'grace' }, text: 'Rolling back', ts: '1709648000.000100' },
      { type: 'message', user: 'U02SAM', text: 'thanks <@U0BMQB6JE>, and <@W0ENTERPR>', ts: '1709648030.000200' },
    ];
    const r = slackAdapter({ channels: [], users: [], files: [{ channel: 'inc', date: '2024-03-05', messages }] }, {});
    expect(r.events.map((e) => [e.actor, e.text])).toEqual([['grace', 'Rolling back'], ['Slack member U02SAM', 'thanks @grace, and @Slack member W0ENTERPR']]);
    expect(r.unresolvedMembers).toEqual(['U02SAM', 'W0ENTERPR']);
  });

  it('says an id is missing from users.json when the export has one', () => {
    const r = slackAdapter({ ...exportFixture(), files: [{ channel: 'inc', date: null, messages: [{ user: 'U01ANA', text: 'cc <@U09GONE>', ts: '1709648000.000100' }] }] }, {});
    expect(r.events[0]?.text).toBe('cc @Slack member U09GONE');
    expect(r.warnings.find((w) => w.field === 'users.json')?.message).toBe('1 Slack member id(s) could not be named (written "@Slack member U…"): users.json does not list them (deleted or external accounts?)');
  });

  it('reads channels.json alone as no events, with the id-to-name map in a warning', () => {
    const r = slackAdapter(read('channels.json'), {});
    expect(r.events).toEqual([]);
    expect(r.warnings[0]?.message).toContain('C07INC0001 = #inc-checkout');
  });

  it('refuses what is not an export', () => {
    expect(() => slackAdapter({ action: 'Create', alert: {} }, {})).toThrow(/slack: "files" must be an array/);
    expect(() => slackAdapter([{ foo: 1 }], {})).toThrow(/slack:/);
  });
});

describe('renderSlackText', () => {
  const dir = { users: new Map([['U1', 'ana']]), channels: new Map([['C1', 'general']]) };
  it('simplifies Slack markup', () => {
    expect(renderSlackText('<@U1> <@U2|bob> <#C1> <!here> <!subteam^S1|@oncall> <https://x.io|x.io> <mailto:a@b.c|a@b.c> a &lt; b', dir)).toBe(
      '@ana @bob #general @here @oncall x.io a@b.c a < b',
    );
  });
  it('writes an id it cannot name as a Slack member, and collects it', () => {
    const unresolved = new Set<string>();
    expect(renderSlackText('<@U2> and <@U1> and <@U2>', dir, unresolved)).toBe('@Slack member U2 and @ana and @Slack member U2');
    expect([...unresolved]).toEqual(['U2']);
  });
});
