// Validation before every write, cheap enough for a 10,000-story bank.
//
// Why validating only new or changed stories is as safe as validating the whole bank: the
// in-memory bank was fully validated when it was loaded, and every story object in it is the
// frozen output of a zod parse, recorded in a WeakSet. Changes never edit in place (frozen
// objects throw if anyone tries); they build new story objects. So any story object that is not in
// the WeakSet is new or changed and gets parsed; any that is, is byte-for-byte what was validated.
// The envelope (profile, settings, frameworks, stages, loops, questions) is small and always
// parsed in full, and the one cross-story rule (unique ids) is checked on every write.
import { ApiError } from '#shared/api/errors';
import { Bank, Story } from '#shared/domain/schemas';
import { LIMITS } from '#shared/domain/limits';
import { deepFreeze } from './deep-freeze';
import { describeZodIssues } from '#shared/api/errors';
import { firstDuplicateId } from './load-bank';

const BankEnvelope = Bank.omit({ stories: true });
const BANK_KEYS = Object.keys(Bank.shape) as (keyof Bank)[];

export class BankValidator {
  private readonly validated = new WeakSet<object>();

  /** Accepts a bank that was just parsed in full by the Bank schema. */
  trust(bank: Bank): Bank {
    deepFreeze(bank);
    for (const story of bank.stories) this.validated.add(story);
    return bank;
  }

  /** Validates a changed bank; returns the frozen, parsed bank to write, or throws an ApiError naming the problem. */
  check(draft: Bank): Bank {
    const envelope = BankEnvelope.safeParse(draft);
    if (!envelope.success)
      throw new ApiError('invalid-request', `This change was not saved: ${describeZodIssues(envelope.error)}`);
    if (draft.stories.length > LIMITS.stories) {
      throw new ApiError(
        'too-large',
        `A bank can hold at most ${LIMITS.stories.toLocaleString('en-US')} stories; this change was not saved.`,
      );
    }
    const stories = draft.stories.map((story, index) => {
      if (this.validated.has(story)) return story;
      const parsed = Story.safeParse(story);
      if (!parsed.success) {
        const title = typeof story?.title === 'string' && story.title ? `“${story.title}”` : `number ${index + 1}`;
        throw new ApiError('invalid-request', `The story ${title} was not saved: ${describeZodIssues(parsed.error)}`);
      }
      return parsed.data;
    });
    const duplicate = firstDuplicateId({ stories });
    if (duplicate) throw new ApiError('internal', `Two stories would share the id ${duplicate}; nothing was saved.`);
    const next = {} as Record<keyof Bank, unknown>;
    for (const key of BANK_KEYS)
      next[key] = key === 'stories' ? stories : envelope.data[key as Exclude<keyof Bank, 'stories'>];
    return this.trust(next as Bank);
  }
}
