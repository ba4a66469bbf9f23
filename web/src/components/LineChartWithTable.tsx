import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { TableScroll } from './TableScroll';
import { echarts, LINE_TYPES, numberFormat, PALETTE, SYMBOLS } from '../lib/charts';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/**
 * A line chart (SVG) with the same figures as a table below it: the chart is one image with a
 * summary for screen readers, the table holds every number for anyone who wants them exactly.
 */
export function LineChartWithTable({ title, categories, series, summary }: { title: string; categories: string[]; series: ChartSeries[]; summary: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const fmt = useMemo(() => numberFormat(language, 1), [language]);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: PALETTE,
      aria: { enabled: true, label: { description: summary } },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt.format(v) : '–') },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt.format(v) } },
      series: series.map((s, i) => ({
        type: 'line',
        name: s.name,
        data: s.values,
        connectNulls: true,
        symbol: SYMBOLS[i % SYMBOLS.length],
        symbolSize: 7,
        lineStyle: { type: LINE_TYPES[i % LINE_TYPES.length], width: 2 },
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series, summary, fmt]);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div ref={ref} className="chart-canvas" role="img" aria-label={summary} />
      <details>
        <summary>{t('metrics.showTable')}</summary>
        <TableScroll label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('metrics.moment')}</th>
                {series.map((s) => (
                  <th key={s.name} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c, row) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  {series.map((s) => (
                    <td key={s.name}>{s.values[row] === null || s.values[row] === undefined ? '–' : fmt.format(s.values[row]!)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
