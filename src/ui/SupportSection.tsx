// Options → Support (issue 7): where to find people who help, and short, kind guidance drawn from what
// helps people in no contact. Phone links only open the user's own dialler; nothing is fetched.
import { t } from './i18n';

const GUIDANCE = ['feelings', 'setbacks', 'write', 'care', 'ask'] as const;

export function SupportSection() {
  return (
    <section id="support" aria-labelledby="support-heading" class="card">
      <h2 id="support-heading">{t('support_heading')}</h2>
      <p>{t('support_intro')}</p>
      <h3>{t('support_lines_heading')}</h3>
      <ul>
        <li>
          {t('support_hotline_us')} <a href="tel:+18007997233">800-799-7233</a> {t('support_hotline_us_text')}
        </li>
        <li>{t('support_emergency')}</li>
        <li>{t('support_local')}</li>
      </ul>
      <h3>{t('support_guidance_heading')}</h3>
      <ul class="guidance">
        {GUIDANCE.map((key) => (
          <li key={key}>
            <strong>{t(`support_guidance_${key}_title` as never)}</strong> {t(`support_guidance_${key}` as never)}
          </li>
        ))}
      </ul>
    </section>
  );
}
