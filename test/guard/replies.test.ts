import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const reply = { kind: 'reply' as const };

describe('patient confirmation in replies', () => {
  it('blocks replies that confirm a care relation', () => {
    expect(found('Vervelend dat uw controle gisteren zo uitliep.', 'patient-confirmation', reply)).toHaveLength(1);
    expect(found('We hebben uw gegevens nagekeken en de controle verschoven.', 'patient-confirmation', reply)).toHaveLength(1);
    expect(found('Sorry your check-up ran so late yesterday.', 'patient-confirmation', reply)).toHaveLength(1);
    expect(found('Our night staff were stretched after you were discharged.', 'patient-confirmation', reply)).toHaveLength(1);
  });
  it('allows general instructions and does not apply to posts', () => {
    expect(found('Uw afspraak wijzigen kan ook telefonisch.', 'patient-confirmation', reply)).toEqual([]);
    expect(found('Vervelend dat uw controle gisteren zo uitliep.', 'patient-confirmation')).toEqual([]);
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
