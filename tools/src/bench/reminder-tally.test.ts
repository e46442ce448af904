import { describe, expect, it } from 'vitest';
import { tallyMessages } from './reminder-tally';

describe('tallyMessages', () => {
  it('counts a second copy of a key and a message without one as duplicates, and a key that never came as lost', () => {
    const tally = tallyMessages(
      ['a', 'b', 'c'],
      [
        { key: 'a', channelId: 'C1', at: 300 },
        { key: 'a', channelId: 'C1', at: 100 },
        { key: undefined, channelId: 'C2', at: 50 },
        { key: 'b', channelId: 'C2', at: 400 },
      ],
    );
    expect(tally.delivered).toBe(2);
    expect(tally.lost).toEqual(['c']);
    expect(tally.duplicates).toBe(2);
    expect(tally.lastAt).toBe(400);
    expect(Object.fromEntries(tally.firstPerChannel)).toEqual({ C1: 100, C2: 50 });
  });

  it('finds nothing wrong when every key came once', () => {
    const tally = tallyMessages(
      ['a', 'b'],
      [
        { key: 'b', channelId: 'C1', at: 1 },
        { key: 'a', channelId: 'C1', at: 2 },
      ],
    );
    expect(tally).toMatchObject({ delivered: 2, lost: [], duplicates: 0, lastAt: 2 });
  });

  it('counts a key nobody expected as a duplicate, not a delivery', () => {
    const tally = tallyMessages(['a'], [{ key: 'z', channelId: 'C1', at: 1 }]);
    expect(tally).toMatchObject({ delivered: 0, lost: ['a'], duplicates: 1 });
  });
});
