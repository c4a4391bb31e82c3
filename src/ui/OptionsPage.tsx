// The options page (issue 7): people, filtering, the no-contact details, the journal, data and support.
import { OptionsData } from './OptionsData';
import { OptionsFiltering } from './OptionsFiltering';
import { useSettings } from './OptionsSettings';
import { OptionsStreak } from './OptionsStreak';
import { PeopleSection } from './PeopleSection';
import { JournalSection } from './JournalSection';
import { SupportSection } from './SupportSection';
import { localDate } from './components/download';
import { t } from './i18n';

const SECTIONS = [
  ['people', 'options_nav_people'],
  ['filtering', 'options_nav_filtering'],
  ['streak', 'options_nav_streak'],
  ['journal', 'options_nav_journal'],
  ['data-heading', 'options_nav_data'],
  ['support', 'options_nav_support'],
] as const;

export function OptionsPage() {
  const { settings, save } = useSettings();
  return (
    <>
      <a class="skip-link" href="#main">{t('options_skip')}</a>
      <header class="page-header">
        <h1>{t('options_heading')}</h1>
        <nav aria-label={t('options_nav_label')}>
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}><a href={`#${id}`}>{t(key)}</a></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        {settings === null ? (
          <p aria-live="polite">{t('options_loading')}</p>
        ) : (
          <>
            <PeopleSection settings={settings} save={save} />
            <OptionsFiltering settings={settings} save={save} />
            <OptionsStreak settings={settings} save={save} today={localDate(new Date())} />
            <JournalSection />
          </>
        )}
        <OptionsData />
        <SupportSection />
      </main>
    </>
  );
}
