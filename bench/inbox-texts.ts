// The messages both inbox benchmarks store, so their per-row figures compare.
export const INBOX_TEXTS = [
  'Tot hoe laat is het bezoek vandaag?',
  'Dank voor de goede zorg!',
  'Ik wacht al drie weken op een afspraak.',
  'Where can I park?',
  'Is de poli morgen open?',
];
