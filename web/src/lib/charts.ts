// ECharts, only the parts the measuring screens use (echarts/core: the bundle carries no other
// chart types), drawn as SVG. Colours from the Okabe–Ito palette, which stays distinguishable with
// the common colour-vision deficiencies; every series also differs by line style and symbol, so
// no meaning rests on colour alone.
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Language } from '../i18n';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export { echarts };

export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
export const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const;
export const SYMBOLS = ['circle', 'triangle', 'rect', 'diamond', 'pin', 'arrow'] as const;

/** Numbers the reader's way: 1.234,5 in Dutch, 1,234.5 in English. */
export function numberFormat(language: Language, fraction = 0) {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: fraction, minimumFractionDigits: 0 });
}

export function percentFormat(language: Language) {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 2 });
}
