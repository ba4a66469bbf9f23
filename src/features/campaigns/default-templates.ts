// The campaign templates every organisation starts with (issue 16): the national week for
// informal carers (Week van de Mantelzorg, around 10 November) and the yearly flu jab
// (griepprik, October–November). In the organisation's language; careful-route worksheets with a
// measurable goal, an audience, a core message and how to answer reactions.
import type { CampaignTemplateContentValue } from '../../contracts/campaign-quick';

export interface DefaultTemplate {
  name: string;
  content: CampaignTemplateContentValue;
}

export const DEFAULT_TEMPLATES: Record<'nl' | 'en', readonly DefaultTemplate[]> = {
  nl: [
    {
      name: 'Week van de Mantelzorg',
      content: {
        colour: '#b45309',
        hashtag: '#WeekVanDeMantelzorg',
        goalMetric: 'engagements',
        goalTarget: 200,
        preparation: {
          goal: 'Meer mantelzorgers weten waar ze terechtkunnen voor steun, en melden zich bij het steunpunt.',
          audience: 'Mantelzorgers in onze regio, en de mensen om hen heen die hen kunnen aanmoedigen.',
          coreMessage: 'Zorgen voor een ander is waardevol. Vergeet jezelf niet: je hoeft het niet alleen te doen.',
          slogan: 'Jij zorgt, wij denken mee',
          action: 'Kom langs op onze activiteit of neem contact op met het steunpunt mantelzorg.',
        },
        execution: { plan: 'Een aankondiging een week vooraf, berichten tijdens de activiteit, en een terugblik met dank aan alle mantelzorgers.' },
        aftercare: { howToAnswer: 'Bedank voor elke reactie. Vragen over één persoon of situatie beantwoorden we privé.' },
      },
    },
    {
      name: 'Griepprik',
      content: {
        colour: '#0f766e',
        hashtag: '#Griepprik',
        goalMetric: 'clicks',
        goalTarget: 150,
        preparation: {
          goal: 'Meer mensen met een uitnodiging halen hun griepprik.',
          audience: 'Mensen van 60 jaar en ouder, mensen met een chronische ziekte, en zorgmedewerkers.',
          coreMessage: 'De griepprik beschermt jou en de mensen om je heen tegen ernstige griep.',
          slogan: 'Haal je griepprik, voor jezelf en voor een ander',
          action: 'Kijk op je uitnodiging waar en wanneer je de griepprik kunt halen.',
        },
        execution: { plan: 'Een aankondiging van de prikdagen, een bericht op de prikdag zelf, en een bedankje achteraf.' },
        aftercare: {
          howToAnswer: 'Verwijs bij medische vragen naar de huisarts of Thuisarts.nl; beantwoord nooit in het openbaar vragen over iemands gezondheid.',
        },
      },
    },
  ],
  en: [
    {
      name: 'Carers Week',
      content: {
        colour: '#b45309',
        hashtag: '#CarersWeek',
        goalMetric: 'engagements',
        goalTarget: 200,
        preparation: {
          goal: 'More informal carers know where to find support, and contact the carers support service.',
          audience: 'Informal carers in our region, and the people around them who can encourage them.',
          coreMessage: 'Caring for someone is valuable. Do not forget yourself: you do not have to do it alone.',
          slogan: 'You care, we help',
          action: 'Join our event or contact the carers support service.',
        },
        execution: { plan: 'An announcement a week ahead, posts during the event, and a look back thanking every carer.' },
        aftercare: { howToAnswer: 'Thank people for every reaction. Questions about one person or situation are answered privately.' },
      },
    },
    {
      name: 'Flu jab',
      content: {
        colour: '#0f766e',
        hashtag: '#FluJab',
        goalMetric: 'clicks',
        goalTarget: 150,
        preparation: {
          goal: 'More invited people get their flu jab.',
          audience: 'People aged 60 and over, people with a chronic condition, and care staff.',
          coreMessage: 'The flu jab protects you and the people around you against serious flu.',
          slogan: 'Get your flu jab, for yourself and for others',
          action: 'Check your invitation for where and when to get your flu jab.',
        },
        execution: { plan: 'An announcement of the vaccination days, a post on the day itself, and a thank-you afterwards.' },
        aftercare: { howToAnswer: 'Refer medical questions to the GP; never answer questions about anyone’s health in public.' },
      },
    },
  ],
};
