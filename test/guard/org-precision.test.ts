import { describe, expect, it } from 'vitest';
import { isRoleMailbox } from '../../src/guard/lexicon/role-mailboxes.ts';
import { found } from './helpers.ts';

describe('role mailboxes are not personal', () => {
  it('lets function addresses through, also with a department or site suffix', () => {
    for (const local of ['billing', 'facturen', 'communicatie', 'secretariaat', 'noreply', 'no-reply', 'afspraken', 'privacy', 'vrijwilligers']) {
      expect(found(`Stuur het naar ${local}@wijkzorg-eemland.nl.`, 'email')).toEqual([]);
    }
    expect(found('Plan it via appointments.cardiology@riverside-clinic.org', 'email')).toEqual([]);
    expect(isRoleMailbox('afspraken-zwolle')).toBe(true);
  });
  it('still blocks a person’s address, and a role word on a webmail domain', () => {
    expect(found('Mail gerda.hofstede@wijkzorg-eemland.nl voor de sleutel.', 'email')).toEqual([['block', 'gerda.hofstede@wijkzorg-eemland.nl']]);
    expect(found('Vragen? billing@hotmail.com', 'email')).toEqual([['block', 'billing@hotmail.com']]);
    expect(isRoleMailbox('marloes.info')).toBe(false);
  });
  it('keeps the domain allow-list working for staff addresses', () => {
    const org = { allow: { domains: ['wijkzorg-eemland.nl'] } };
    expect(found('Mail gerda.hofstede@wijkzorg-eemland.nl voor de sleutel.', 'email', { org })).toEqual([]);
  });
});

describe('IBAN in a donation or payment context', () => {
  const iban = 'NL02ABNA0123456789';
  it('warns for the organisation’s donation account', () => {
    expect(found(`Geef aan de inloophuiskamer via ${iban} t.n.v. Stichting Het Baken, wij zijn een ANBI.`, 'iban')).toEqual([['warn', iban]]);
    expect(found(`Support our night shelter: donate to ${iban}, registered charity.`, 'iban')).toEqual([['warn', iban]]);
    expect(found(`Doneren kan op ${iban}. Vragen? Bel Wim Dekkers van fondsenwerving.`, 'iban')).toEqual([['warn', iban]]);
  });
  it('blocks when a person is the payee or is named with the account', () => {
    expect(found(`Steun onze collecte: ${iban} t.n.v. P. Hogenboom.`, 'iban')).toEqual([['block', iban]]);
    expect(found(`Doneer voor de familie Brinkman: ${iban}.`, 'iban')).toEqual([['block', iban]]);
    expect(found(`Voor Wim Dekkers zamelen we geld in, doneer op ${iban}.`, 'iban')).toEqual([['block', iban]]);
  });
  it('keeps the staff allow-list working: the org’s own fundraiser named beside the account is no payee', () => {
    const text = `Doneer op ${iban} of vraag Marloes Kuiper naar een periodieke gift.`;
    expect(found(text, 'iban')).toEqual([['block', iban]]);
    const org = { allow: { staff: [{ name: 'Marloes Kuiper', role: 'fondsenwerver' }] } };
    expect(found(text, 'iban', { org })).toEqual([['warn', iban]]);
  });
  it('blocks an account without any donation context', () => {
    expect(found(`Het voorschot gaat naar ${iban}.`, 'iban')).toEqual([['block', iban]]);
  });
  it('does not treat words that merely contain a donation word as context', () => {
    expect(found(`Vergiftiging gemeld; vergoeding naar ${iban}.`, 'iban')).toEqual([['block', iban]]);
  });
});
