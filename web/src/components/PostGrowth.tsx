import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostMetrics } from '../../../src/contracts/metrics';
import { orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { numberFormat } from '../lib/charts';
import { formatInstant } from '../lib/time';
import { ErrorMessage } from './ErrorMessage';
import { LineChartWithTable } from './LineChartWithTable';

/** A published post's figures over time, per channel (on the post page). */
export function PostGrowth({ orgId, postId, zone }: { orgId: string; postId: string; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const metrics = useApiData<PostMetrics>(orgPath(orgId, `/metrics/posts/${postId}`));
  const variants = useMemo(() => metrics.data?.variants.filter((v) => v.points.length > 0) ?? [], [metrics.data]);
  const chart = useMemo(() => {
    const moments = [...new Set(variants.flatMap((v) => v.points.map((p) => p.at)))].sort();
    return {
      categories: moments.map((m) => formatInstant(m, zone, language)),
      series: variants.map((v) => ({
        name: v.channelName,
        values: moments.map((m) => v.points.find((p) => p.at === m)?.engagements ?? null),
      })),
    };
  }, [variants, zone, language]);
  if (metrics.error) return <ErrorMessage error={metrics.error} />;
  if (!metrics.data) return null;
  if (variants.length === 0) return <p className="muted">{t('metrics.noSnapshots')}</p>;
  const fmt = numberFormat(language);
  const last = variants.map((v) => `${v.channelName}: ${fmt.format(v.points.at(-1)?.engagements ?? 0)}`).join(', ');
  return (
    <div className="post-growth">
      <LineChartWithTable title={t('metrics.growthTitle')} categories={chart.categories} series={chart.series} summary={t('metrics.growthSummary', { last })} />
      <ul className="figure-list">
        {variants.map((v) => {
          const p = v.points.at(-1)!;
          const n = (x: number | null) => (x === null ? '–' : fmt.format(x));
          return (
            <li key={v.channelId}>
              <strong>{v.channelName}</strong>: {t('metrics.latestCounts', { likes: n(p.likes), reposts: n(p.reposts), replies: n(p.replies) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
