// The tokenizer's shortcut for plain ASCII words must give exactly the tokens the general pattern gives.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/sentiment/tokens';

const NO_EMOTICONS = new Map<string, number>([[':-(', -2]]);

describe('sentiment tokens', () => {
  it('reads plain words with a sentence end or a comma after them as the pattern does', () => {
    expect(tokenize('Dank!! GOED, ok. A ik?! NHS;', NO_EMOTICONS)).toEqual([
      { text: 'dank', kind: 'word', caps: false },
      { text: '!!', kind: 'stop', caps: false, bangs: 2 },
      { text: 'goed', kind: 'word', caps: true },
      { text: ',', kind: 'comma', caps: false },
      { text: 'ok', kind: 'word', caps: false },
      { text: '.', kind: 'stop', caps: false, bangs: 0 },
      { text: 'a', kind: 'word', caps: false },
      { text: 'ik', kind: 'word', caps: false },
      { text: '?!', kind: 'stop', caps: false, bangs: 1 },
      { text: 'nhs', kind: 'word', caps: true },
      { text: ';', kind: 'comma', caps: false },
    ]);
  });

  it('leaves other chunks to the pattern: accents, apostrophes, two commas, emoticons', () => {
    expect(tokenize("Café's,, :-(. 3G", NO_EMOTICONS)).toEqual([
      { text: "café's", kind: 'word', caps: false },
      { text: ',', kind: 'comma', caps: false },
      { text: ',', kind: 'comma', caps: false },
      { text: ':-(', kind: 'emo', caps: false },
      { text: '3g', kind: 'word', caps: true },
    ]);
  });
});
