import vader from 'vader-sentiment';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../eval/sentiment/leak-check.ts';
import { scoreText } from '../../src/sentiment/score.ts';
import { FULL, sentimentOf } from '../../src/sentiment/sentiment.ts';

// Behaviour a reader of the inbox would notice. Texts here are written for the tests and never
// taken from the evaluation holdout (the last test checks that).

describe('sentimentOf', () => {
  it('gives a label with a score in -1 … 1 for both languages', () => {
    const pos = sentimentOf('De verpleging was liefdevol en geduldig, ik ben zo dankbaar.', 'nl');
    const neg = sentimentOf('Woedend ben ik: drie dagen is mijn moeder niet gewassen.', 'nl');
    expect(pos).toMatchObject({ sentiment: 'positive', lang: 'nl' });
    expect(neg).toMatchObject({ sentiment: 'negative', lang: 'nl' });
    for (const s of [pos, neg]) expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
    expect(sentimentOf('The physio was so caring and patient with my dad.', 'en').sentiment).toBe('positive');
  });

  it('detects the language when none is given', () => {
    expect(sentimentOf('Many thanks to the team for looking after our grandad so kindly').lang).toBe('en');
    expect(sentimentOf('Bedankt voor de fijne zorg voor onze opa').lang).toBe('nl');
  });

  it('flips a negated judgement in Dutch and English', () => {
    expect(sentimentOf('De uitleg van de arts was goed.', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('De uitleg van de arts was niet goed.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Geen enkel probleem gehad met de planning.', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('The receptionist was not friendly.', 'en').sentiment).toBe('negative');
  });

  it('weighs a booster up and a dampener down', () => {
    const plain = sentimentOf('Het personeel is vriendelijk.', 'nl').score;
    expect(sentimentOf('Het personeel is ontzettend vriendelijk.', 'nl').score).toBeGreaterThan(plain);
    expect(sentimentOf('Het personeel is enigszins vriendelijk.', 'nl').score).toBeLessThan(plain);
  });

  it('lets what follows "maar" / "but" decide', () => {
    expect(sentimentOf('De kamer is mooi, maar de verzorging is slordig en onvriendelijk.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Parking was awful, but the nurses were wonderful and kind.', 'en').sentiment).toBe('positive');
  });

  it('reads emoji and emoticons', () => {
    expect(sentimentOf('Tweede keer deze week afgezegd 😡', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Onze oma is jarig op de afdeling 🥰🎉', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('Visiting again tomorrow :)', 'en').sentiment).toBe('positive');
  });

  it('knows care phrases the general lexicons miss', () => {
    for (const [text, lang] of [
      ['Al een week niet teruggebeld door de wijkteamcoördinator.', 'nl'],
      ['Sinds de zomer staat ons kind nog altijd op een wachtlijst voor logopedie.', 'nl'],
      ['We waited for hours in the corridor of the emergency department.', 'en'],
    ] as const) {
      expect(sentimentOf(text, lang).sentiment).toBe('negative');
      expect(scoreText(text, lang, { care: false, careRules: false, emoji: true })).toBeGreaterThan(sentimentOf(text, lang).score);
    }
    expect(sentimentOf('Vandaag goed geholpen bij de prikpost.', 'nl').sentiment).toBe('positive');
  });

  it('reads words that objects know by name ("constructor", "toString") as ordinary words', () => {
    expect(sentimentOf('the constructor was lovely', 'en').sentiment).toBe('positive');
    expect(sentimentOf('de constructor was aardig', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('toString hasOwnProperty 😀', 'en').sentiment).toBe('positive');
  });

  it('keeps plain questions and notices neutral', () => {
    expect(sentimentOf('Is de fysiotherapie op vrijdag ook open?', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('De bloedprikpost verhuist naar de begane grond.', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('Does the day centre have a lift for wheelchairs?', 'en').sentiment).toBe('neutral');
    expect(sentimentOf('', 'nl')).toEqual({ sentiment: 'neutral', score: 0, lang: 'nl' });
    // words the lexicons weigh but that name a topic here ("ervaring" is not "ervaren", "vrij" a free place)
    expect(sentimentOf('Wie weet of dagbesteding De Linde op zaterdag ook ervaring met dementie heeft?', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('Zijn er nog plaatsen vrij bij de cursus voor mantelzorgers?', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('Is there a special entrance for the emergency department?', 'en').sentiment).toBe('neutral');
  });

  it('without care additions scores English as the vader-sentiment package does', () => {
    for (const text of ['The food was really great!', 'The nurse was VERY rude to my mother.', 'The doctor was not bad at all.']) {
      const ours = scoreText(text, 'en', { care: false, careRules: false, emoji: false });
      expect(ours).toBeCloseTo(vader.SentimentIntensityAnalyzer.polarity_scores(text).compound, 3);
    }
  });
});

describe('sentiment evaluation hygiene', () => {
  it('no test, doc or lexicon file quotes a held-out text', () => {
    const { leaks, holdoutTexts } = findLeaks();
    expect(holdoutTexts).toBeGreaterThan(90);
    expect(leaks).toEqual([]);
  });
});

describe('Dutch word forms', () => {
  it('reads comparatives, superlatives and conjugated verbs the lexicons hold as base forms', () => {
    expect(sentimentOf('De nieuwe balie is nog onbeschofter dan de oude.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Zij is de vriendelijkste verzorgende van de afdeling.', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('De receptionist negeerde ons gewoon.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('We hebben de fysiotherapeut aan de buren aanbevolen.', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('Mijn zus huilde na het gesprek met de teamleider.', 'nl').sentiment).toBe('negative');
  });

  it('does not take a noun that ends like a comparative for one, nor "geleden" for suffering', () => {
    // "grootmoeder" is not a form of "grootmoedig", "rechter" not of "recht"
    expect(sentimentOf('De grootmoeder van de bewoner komt morgen langs.', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('Twee weken geleden is de ingang verplaatst.', 'nl').sentiment).toBe('neutral');
  });

  it('judges a compound by a judging care noun at its end, not by any word inside it', () => {
    expect(sentimentOf('Weer een personeelstekort op de nachtdienst.', 'nl').score).toBeLessThan(0);
    expect(sentimentOf('De verpleegkundige belt u morgen.', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('De ontvangst op de afdeling is om tien uur.', 'nl').sentiment).toBe('neutral');
  });
});

describe('sarcasm and thanks in hard times', () => {
  it('reads a lone word of praise followed by a complaint as sarcasm', () => {
    expect(sentimentOf('Fantastisch, weer een nieuwe planning en weer geen wijkverpleging vandaag.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Fijn hoor. Vijftig minuten in de wacht gestaan.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Brilliant. Another cancelled appointment.', 'en').sentiment).toBe('negative');
    for (const [text, lang] of [
      ['Fijn hoor. Vijftig minuten in de wacht gestaan.', 'nl'],
      ['Brilliant. Another cancelled appointment.', 'en'],
    ] as const)
      expect(scoreText(text, lang, { care: true, careRules: false, emoji: true })).toBeGreaterThan(0); // the words alone
    // praise followed by good news stays praise
    expect(sentimentOf('Geweldig, de wijkverpleegkundige komt voortaan elke ochtend.', 'nl').sentiment).toBe('positive');
  });

  it('reads thanks in sad circumstances as thanks', () => {
    for (const [text, lang] of [
      ['Bedankt voor alles. Mam is vorige week overleden na een zware ziekte en we zijn erg verdrietig.', 'nl'],
      ['Thank you to the ward staff. Mum is gone now, she was ill for so long, and we are so sad.', 'en'],
    ] as const) {
      expect(sentimentOf(text, lang).sentiment).toBe('positive');
      expect(scoreText(text, lang, { care: true, careRules: false, emoji: true })).toBeLessThan(0); // the sad words alone
    }
    // without thanks, sadness is sadness
    expect(sentimentOf('Mam is vorige week overleden na een zware ziekte en we zijn erg verdrietig.', 'nl').sentiment).toBe('negative');
  });
});

describe('notices', () => {
  it('weighs the words of a notice (no "ik", no "!", no strong judgement) half, and a personal complaint in full', () => {
    const notice = 'Helaas gaat de informatieavond over dementie van donderdag niet door wegens ziekte van de spreker.';
    expect(Math.abs(sentimentOf(notice, 'nl').score)).toBeLessThan(Math.abs(sentimentOf(notice, 'nl', { ...FULL, notices: false }).score) * 0.8);
    const personal = 'Ik moet nu alweer drie weken op die uitslag wachten, helaas.';
    expect(sentimentOf(personal, 'nl').score).toBe(sentimentOf(personal, 'nl', { ...FULL, notices: false }).score);
    expect(sentimentOf(personal, 'nl').sentiment).toBe('negative');
  });
});

describe('superlatives, irony emoji and notices about loss', () => {
  it('reads "nog nooit zo" / "never so" as praise at its height, not as a negation', () => {
    expect(sentimentOf('Ik ben bij een tandarts nog nooit zo geduldig geholpen.', 'nl').sentiment).toBe('positive');
    expect(sentimentOf('The walk-in clinic has never been so well organised.', 'en').sentiment).toBe('positive');
  });

  it('turns praise around an upside-down face into a complaint', () => {
    expect(sentimentOf('Super fijn dat de fysio weer is verzet 🙃', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('Wonderful, the car park machine swallowed my bank card 🙃', 'en').sentiment).toBe('negative');
  });

  it('keeps a notice about loss or illness neutral', () => {
    expect(sentimentOf('Lezing over rouwverwerking na de dood van een partner, dinsdag 20.00 uur in de bibliotheek.', 'nl').sentiment).toBe('neutral');
    expect(sentimentOf('Information evening on palliative care and dying at home, Tuesday 7pm.', 'en').sentiment).toBe('neutral');
  });
});

describe('too little, and "only"', () => {
  it('reads "nauwelijks"/"hardly" with nothing to dampen as a report of too little', () => {
    expect(sentimentOf('Mijn opa krijgt op de afdeling nauwelijks te drinken.', 'nl').sentiment).toBe('negative');
    expect(sentimentOf('My gran barely sees a carer on weekends.', 'en').sentiment).toBe('negative');
  });

  it('reads "enige" as "only", not as Pattern\'s "lovely"', () => {
    expect(sentimentOf('Het enige wat de huisarts deed was een recept uitschrijven.', 'nl').score).toBeLessThanOrEqual(0);
  });
});
