import { describe, expect, it } from 'vitest';
import { hasSlackMemberPlaceholder, namedCopy, slackMemberPlaceholder } from './member-names.ts';

const stored = { text: 'thanks @Slack member U02SAM', actor: 'Slack member U01ANA', editedByHuman: false, deletedAt: null };

describe('member names', () => {
  it('writes an unnamed member as a Slack member and finds it again', () => {
    expect(slackMemberPlaceholder('U0BMQB6JE')).toBe('Slack member U0BMQB6JE');
    expect(hasSlackMemberPlaceholder('@Slack member U0BMQB6JE: see the PR')).toBe(true);
    expect(hasSlackMemberPlaceholder('@grace: see the PR')).toBe(false);
    expect(hasSlackMemberPlaceholder(null)).toBe(false);
  });

  it('takes the names a later import brings, never over a person\'s edit or deletion', () => {
    expect(namedCopy(stored, { text: 'thanks @sam', actor: 'ana' })).toEqual({ text: 'thanks @sam', actor: 'ana' });
    expect(namedCopy(stored, { text: 'thanks @Slack member U02SAM', actor: 'ana' })).toEqual({ text: 'thanks @Slack member U02SAM', actor: 'ana' });
    expect(namedCopy(stored, { text: stored.text, actor: stored.actor })).toBeNull();
    expect(namedCopy({ ...stored, editedByHuman: true }, { text: 'thanks @sam', actor: 'ana' })).toBeNull();
    expect(namedCopy({ ...stored, deletedAt: new Date() }, { text: 'thanks @sam', actor: 'ana' })).toBeNull();
    expect(namedCopy({ ...stored, text: 'thanks @sam', actor: 'ana' }, { text: 'thanks @sam!', actor: 'ana' })).toBeNull();
  });
});
