// One table of HTML character references for every reader of pasted text.
import { describe, it, expect } from 'vitest';
import { entityCharacter } from '#shared/text/html-entities';
import { readableText } from '#shared/analysis/rules/language/readable-text';
import { plainText } from '#shared/competencies/job-focus/plain-text';

describe('entityCharacter', () => {
  it('reads names in any case, decimal and hexadecimal codes', () => {
    expect(entityCharacter('amp')).toBe('&');
    expect(entityCharacter('POUND')).toBe('£');
    expect(entityCharacter('rsquo')).toBe('’');
    expect(entityCharacter('#8226')).toBe('•');
    expect(entityCharacter('#x2019')).toBe('’');
    expect(entityCharacter('#X2019')).toBe('’');
    expect(entityCharacter('#x1F600')).toBe('😀');
  });

  it('leaves unknown names and codes that are no character unread', () => {
    expect(entityCharacter('bogus')).toBeUndefined();
    expect(entityCharacter('constructor')).toBeUndefined();
    expect(entityCharacter('#0')).toBeUndefined();
    expect(entityCharacter('#x110000')).toBeUndefined();
  });
});

describe('the readers of pasted text share it', () => {
  it('the claim rules read a reference one character for one, quotes and spaces plain', () => {
    expect(readableText('cut &pound;4k')).toBe('cut       £4k');
    expect(readableText('the &ldquo;fast&rdquo; path')).toBe('the       "fast      " path');
    expect(readableText('it&rsquo;s done')).toBe("it      's done");
    expect(readableText('a&nbsp;b')).toBe('a      b');
    // A character of two UTF-16 units would shift every offset after it: left as typed.
    expect(readableText('shipped &#x1F680;')).toBe('shipped &#x1F680;');
  });

  it('a job description reads the typographic character, offsets kept', () => {
    const plain = plainText('R&amp;D &ndash; you&rsquo;ll lead, salary &pound;60k');
    expect(plain.text).toBe('R&D – you’ll lead, salary £60k');
    expect(plain.origin[plain.text.indexOf('£')]).toBe('R&amp;D &ndash; you&rsquo;ll lead, salary '.length);
  });
});
