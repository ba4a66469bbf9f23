// Realistic Dutch posts of a care organisation for the demo calendar. Days are relative to
// today, hours local; status follows from whether the day is past or future.
export interface DemoPost {
  day: number;
  time: string;
  text: string;
  status: 'published' | 'scheduled' | 'approved' | 'in_review' | 'draft' | 'changes_requested';
  author: 'contributor' | 'editor';
}

export const demoPosts: DemoPost[] = [
  {
    day: -20,
    time: '09:00',
    author: 'editor',
    status: 'published',
    text: 'De griepprik komt eraan! Bent u 60 jaar of ouder, of heeft u een chronische aandoening? Dan krijgt u een uitnodiging van uw huisarts. Meer informatie op thuisarts.nl. #Griepprik',
  },
  {
    day: -17,
    time: '12:30',
    author: 'contributor',
    status: 'published',
    text: 'Vandaag is het Dag van de Mantelzorg. Aan alle mantelzorgers: dank u wel voor alles wat u doet. Heeft u zelf even hulp nodig? Ons mantelzorgpunt helpt u graag. #DagVanDeMantelzorg',
  },
  {
    day: -14,
    time: '10:00',
    author: 'editor',
    status: 'published',
    text: 'Valpreventieweek: onze fysiotherapeuten houden gratis spreekuur in wijkcentrum De Brug, dinsdag en donderdag van 10.00 tot 12.00 uur. Vallen hoeft geen pech te zijn.',
  },
  {
    day: -10,
    time: '15:00',
    author: 'contributor',
    status: 'published',
    text: "Ons team wijkverpleging in Tiel zoekt collega's! Wil jij werken in een betrokken team, dicht bij huis? Kijk op onze website bij werken-bij.",
  },
  {
    day: -7,
    time: '08:45',
    author: 'editor',
    status: 'published',
    text: 'Het wordt koud deze week. Let op elkaar, zeker op oudere buren. Houd het huis warm, drink genoeg en beweeg binnen. Tips van het RIVM vindt u op rivm.nl.',
  },
  {
    day: -3,
    time: '11:00',
    author: 'contributor',
    status: 'published',
    text: 'Open dag in verpleeghuis Het Waalhuis op zaterdag! Kom kijken hoe wij werken, maak kennis met onze medewerkers en drink een kopje koffie met ons.',
  },
  {
    day: 1,
    time: '09:30',
    author: 'editor',
    status: 'scheduled',
    text: 'Morgen start onze cursus Omgaan met dementie voor naasten. Er zijn nog een paar plekken vrij. Aanmelden kan via het secretariaat.',
  },
  {
    day: 2,
    time: '13:00',
    author: 'contributor',
    status: 'approved',
    text: 'Wist u dat bewegen ook helpt tegen somberheid? Een dagelijkse wandeling van een half uur maakt al verschil. #GezondOuderWorden',
  },
  {
    day: 4,
    time: '10:15',
    author: 'contributor',
    status: 'in_review',
    text: 'Onze vrijwilligers zijn goud waard. Deze maand zetten we ze in het zonnetje met een high tea in de ontmoetingsruimte. Wil jij ook vrijwilliger worden?',
  },
  {
    day: 6,
    time: '16:00',
    author: 'contributor',
    status: 'draft',
    text: 'Binnenkort: een nieuwe podcastserie over leven met een chronische ziekte, met verhalen van cliënten die daar toestemming voor gaven.',
  },
  {
    day: 8,
    time: '09:00',
    author: 'contributor',
    status: 'changes_requested',
    text: 'Vanaf volgende week is de bloedafname ook op zaterdagochtend open, zonder afspraak.',
  },
  {
    day: 11,
    time: '19:30',
    author: 'editor',
    status: 'scheduled',
    text: 'Informatieavond over het levenstestament en wilsverklaringen, samen met notariskantoor Van Dam. Gratis toegang, aanmelden niet nodig.',
  },
  {
    day: 15,
    time: '10:00',
    author: 'editor',
    status: 'approved',
    text: 'Ook deze winter bezorgen onze vrijwilligers warme maaltijden bij mensen die thuis herstellen. Kent u iemand die dit kan gebruiken? Bel ons algemene nummer.',
  },
  {
    day: 19,
    time: '14:00',
    author: 'contributor',
    status: 'draft',
    text: 'Terugblik op de kerstmarkt: wat was het gezellig! Dank aan alle bewoners, familie en vrijwilligers.',
  },
];
