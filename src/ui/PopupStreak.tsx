// The streak: a large, kind number inside a gentle ring that fills towards the next milestone.
import type { StatsView } from '../messages';
import { t } from './i18n';

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function PopupStreak({ stats }: { stats: StatsView }) {
  const { streakDays: days, nextMilestone: next, previousMilestone: previous } = stats;
  const progress = next === null ? 1 : (days - previous) / (next - previous);
  return (
    <section class="streak" aria-labelledby="streak-heading">
      <div class="ring">
        <svg viewBox="0 0 128 128" aria-hidden="true" focusable="false">
          <circle class="ring-track" cx="64" cy="64" r={RADIUS} />
          {progress > 0 && <circle
            class="ring-fill"
            cx="64"
            cy="64"
            r={RADIUS}
            stroke-dasharray={`${CIRCUMFERENCE * progress} ${CIRCUMFERENCE}`}
            transform="rotate(-90 64 64)"
          />}
        </svg>
        <h1 id="streak-heading" class="ring-label">
          <span class="streak-number" data-testid="streak-days">{days}</span>
          <span class="streak-words">{days === 0 ? t('popup_days_fresh_start') : days === 1 ? t('popup_day_of_peace') : t('popup_days_of_peace')}</span>
        </h1>
      </div>
      <p class="best">
        {t('popup_best_before')} <strong data-testid="best-streak">{stats.bestStreak}</strong>{' '}
        {stats.bestStreak === 1 ? t('popup_day') : t('popup_days')}
      </p>
      <p class="milestone">
        {next === null
          ? t('popup_milestones_all')
          : next === 1
            ? t('popup_milestone_first')
            : next - days === 1
            ? t('popup_milestone_tomorrow', next)
            : t('popup_milestone_next', next - days, next)}
      </p>
    </section>
  );
}
