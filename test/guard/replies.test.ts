import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const reply = { kind: 'reply' as const };

describe('patient confirmation in replies', () => {
  it('blocks replies that confirm a care relation', () => {
    expect(found('Wat vervelend dat uw opname vorige week zo lang duurde.', 'patient-confirmation', reply)).toHaveLength(1);
    expect(found('We hebben uw dossier bekeken en de afspraak verzet.', 'patient-confirmation', reply)).toHaveLength(1);
    expect(found('We are sorry your visit last Tuesday took so long.', 'patient-confirmation', reply)).toHaveLength(1);
    expect(found('When you were admitted the ward was busy.', 'patient-confirmation', reply)).toHaveLength(1);
  });
  it('allows general instructions and does not apply to posts', () => {
    expect(found('U kunt uw afspraak online verzetten via het portaal.', 'patient-confirmation', reply)).toEqual([]);
    expect(found('Wat vervelend dat uw opname vorige week zo lang duurde.', 'patient-confirmation')).toEqual([]);
  });
});

describe('medical advice in replies', () => {
  it('warns for individual advice with a medicine, dose or condition', () => {
    expect(found('U kunt het beste 2 tabletten paracetamol nemen.', 'medical-advice', reply)).toEqual([
      ['warn', 'U kunt het beste 2 tabletten paracetamol nemen'],
    ]);
    expect(found('You should stop taking your insulin at night.', 'medical-advice', reply)).toHaveLength(1);
  });
  it('does not flag advice to call or general information', () => {
    expect(found('U kunt het beste even bellen met de polikliniek.', 'medical-advice', reply)).toEqual([]);
    expect(found('U kunt het beste 2 tabletten paracetamol nemen.', 'medical-advice')).toEqual([]);
  });
});
