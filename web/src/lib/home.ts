import type { HomeSectionKey } from '../../../src/contracts/home';

/**
 * The home page's groups, in order. A later capability (notifications, inbox, alerts) adds a
 * group here with its own sections, or a `panel` key the HomePage renders with its component.
 */
export interface HomeGroup {
  key: 'waiting' | 'problems' | 'plan' | (string & {});
  /** web i18n key of the group's heading */
  title: string;
  sections: HomeSectionKey[];
}

export const HOME_GROUPS: HomeGroup[] = [
  { key: 'waiting', title: 'home.waitingTitle', sections: ['to_approve', 'returned', 'to_schedule', 'my_drafts'] },
  { key: 'problems', title: 'home.problemsTitle', sections: ['failed', 'unconfirmed'] },
  { key: 'plan', title: 'home.planTitle', sections: ['today', 'coming'] },
];
