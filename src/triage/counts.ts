// Counts that make a number of pills a dose to worry about, shared by the crisis rules (`crisis.ts`) and
// the notions (`concepts.ts`), which cannot import each other without a circle.

/** Ten or more written as a word, in English and Dutch (`twelve`, `zestien`, `vijfentwintig`). */
export const TEN_OR_MORE_WORDS =
  'ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif)ty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|tien|elf|twaalf|(?:der|veer|vijf|zes|zeven|acht|negen)tien|(?:\\w+en)?(?:twintig|dertig|veertig|vijftig)';
