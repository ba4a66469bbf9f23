import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HomeSection } from '../../../src/contracts/home';
import { HomePostItem } from './HomePostItem';

// Sections whose posts the person continues in the composer rather than on the post's page.
const EDIT_SECTIONS: ReadonlySet<string> = new Set(['returned', 'my_drafts']);

/** One home section: its title with the count, the first posts, and a link to all of them. */
export function HomeSectionCard({ section, zone, query = '' }: { section: HomeSection; zone: string; query?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const hidden = section.count - section.items.length;
  return (
    <section className={`card home-section home-section-${section.key}`} aria-labelledby={`${id}-title`} data-testid={`home-section-${section.key}`}>
      <h3 id={`${id}-title`} className="home-section-title">
        {t(`home.sections.${section.key}`)} <span className={`count-badge${section.actionable && section.count ? ' is-waiting' : ''}`}>{section.count}</span>
      </h3>
      {section.items.length === 0 ? (
        <p className="hint">{t(`home.empty.${section.key}`)}</p>
      ) : (
        <ul className="home-post-list">
          {section.items.map((post) => (
            <HomePostItem key={post.id} post={post} zone={zone} edit={EDIT_SECTIONS.has(section.key)} />
          ))}
        </ul>
      )}
      {hidden > 0 ? (
        <p className="home-more">
          <span className="hint">{t('home.shownOf', { shown: section.items.length, count: section.count })}</span>{' '}
          <Link to={`/home/${section.key}${query}`}>{t('home.more', { count: section.count })}</Link>
        </p>
      ) : null}
    </section>
  );
}
