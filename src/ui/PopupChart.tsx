// The last 30 days as bars (blocked visits and hidden posts side by side), drawn as SVG with a text
// summary for assistive technology and the full table behind it (issue 6).
import type { StatsView } from '../messages';
import { t } from './i18n';

const WIDTH = 300;
const HEIGHT = 110;
const SLOT = WIDTH / 30;
const BAR = 4;

function shortDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // The label is a calendar day, not an instant: format it in UTC so no zone shifts it.
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function PopupChart({ daily }: { daily: StatsView['daily'] }) {
  const max = Math.max(1, ...daily.map((d) => Math.max(d.blocked, d.hidden)));
  const blocked = daily.reduce((sum, d) => sum + d.blocked, 0);
  const hidden = daily.reduce((sum, d) => sum + d.hidden, 0);
  const height = (value: number) => (value / max) * (HEIGHT - 10);
  return (
    <figure class="chart">
      <figcaption id="chart-title">{t('popup_chart_title')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-summary" focusable="false">
        <line class="chart-axis" x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} />
        {daily.map((d, i) => (
          <g key={d.day}>
            <rect class="bar-blocked" x={i * SLOT + 1} y={HEIGHT - 1 - height(d.blocked)} width={BAR} height={height(d.blocked)} />
            <rect class="bar-hidden" x={i * SLOT + 1 + BAR} y={HEIGHT - 1 - height(d.hidden)} width={BAR} height={height(d.hidden)} />
          </g>
        ))}
      </svg>
      <p id="chart-summary" class="chart-legend">
        <span class="key key-blocked" aria-hidden="true" /> {t('popup_chart_blocked', blocked)}
        <span class="key key-hidden" aria-hidden="true" /> {t('popup_chart_hidden', hidden)}
      </p>
      {/* Wrapped: a table box ignores width and overflow, so it would widen the popup sideways. */}
      <div class="visually-hidden">
      <table>
        <caption>{t('popup_chart_table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('popup_chart_day')}</th>
            <th scope="col">{t('popup_blocked_label')}</th>
            <th scope="col">{t('popup_hidden_label')}</th>
          </tr>
        </thead>
        <tbody>
          {daily.map((d) => (
            <tr key={d.day}>
              <th scope="row">{shortDay(d.day)}</th>
              <td>{d.blocked}</td>
              <td>{d.hidden}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
