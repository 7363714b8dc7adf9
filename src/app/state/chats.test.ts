/** mergeChat: one tab's write never drops what another tab stored meanwhile. */
import { describe, expect, it } from 'vitest';
import { mergeChat, type Chat, type StoredMessage } from './chats';

const msg = (id: string, createdAt: number, content = id): StoredMessage => ({ id, role: id.startsWith('q') ? 'user' : 'assistant', content, createdAt });
const chat = (messages: StoredMessage[]): Chat => ({ id: 'c', title: '', createdAt: 0, updatedAt: 1, messages });

describe('mergeChat', () => {
  it('keeps the turns of the other tab and adds those of this one, in time order', () => {
    const stored = chat([msg('q1', 1), msg('a1', 2), msg('qA', 3), msg('aA', 4)]);
    const mine = chat([msg('q1', 1), msg('a1', 2), msg('qB', 5), msg('aB', 6)]);
    const merged = mergeChat(stored, mine, { changed: ['qB', 'aB'] });
    expect(merged.messages.map((m) => m.id)).toEqual(['q1', 'a1', 'qA', 'aA', 'qB', 'aB']);
    expect(merged.title).toBe('q1');
  });

  it('replaces only the messages it changes and removes only those it names', () => {
    const stored = chat([msg('q1', 1), msg('a1', 2, 'stored answer'), msg('a2', 3, 'other tab')]);
    const mine = chat([msg('q1', 1, 'stale copy'), msg('a1', 2, 'newer answer')]);
    const merged = mergeChat(stored, mine, { changed: ['a1'], removed: ['a2'] });
    expect(merged.messages.map((m) => m.content)).toEqual(['q1', 'newer answer']);
  });

  it('creates the record when nothing is stored', () => {
    const mine = chat([msg('q1', 1), msg('a1', 2)]);
    expect(mergeChat(undefined, mine, { changed: ['q1', 'a1'] }).messages).toHaveLength(2);
  });
});
