import { wordSet } from './words.ts';

/** Default trusted sources: government, public health, professional bodies, journals. */
export const TRUSTED_DOMAINS = wordSet(`
rijksoverheid.nl overheid.nl government.nl rivm.nl thuisarts.nl nhg.org knmg.nl venvn.nl
ntvg.nl zorginstituutnederland.nl farmacotherapeutischkompas.nl apotheek.nl
kennisbank.nl loketgezondleven.nl voedingscentrum.nl pharos.nl kwf.nl hartstichting.nl
alzheimer-nederland.nl diabetesfonds.nl longfonds.nl trimbos.nl nivel.nl vilans.nl
zonmw.nl igj.nl autoriteitpersoonsgegevens.nl bigregister.nl nza.nl cbs.nl
113.nl mantelzorg.nl mind.nl gezondheidsraad.nl lareb.nl cbg-meb.nl
ggdghor.nl nvz-ziekenhuizen.nl actiz.nl knmp.nl
who.int nhs.uk nice.org.uk cdc.gov nih.gov ncbi.nlm.nih.gov medlineplus.gov fda.gov
ema.europa.eu ecdc.europa.eu europa.eu cochrane.org cochranelibrary.com bmj.com
thelancet.com nejm.org jamanetwork.com nature.com gov.uk
`);

/** Host patterns such as ggd*.nl (every regional GGD). */
export const TRUSTED_PATTERNS: RegExp[] = [/^ggd[a-z0-9-]*\.nl$/, /(^|\.)gov\.uk$/, /\.gov$/];
