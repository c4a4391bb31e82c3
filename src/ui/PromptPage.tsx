// Issue 5, part 3: the page that stands in front of their profile. It shows the user's own reasons and
// streak and offers four choices; "continue anyway" comes only after a breathing pause that starts over
// when the tab loses focus, and then only to the address the background recorded for this tab. The
// page's own fragment is a request to the background, never a destination it trusts on its own.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type PromptContext } from '../messages';
import { Breathing } from './Breathing';
import { t } from './i18n';
import { PromptJournal } from './PromptJournal';
import './prompt.css';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; context: PromptContext; streakDays: number | null };

export interface PromptPageProps {
  /** The page's fragment without "#": the address the guard sent, as the browser put it there. */
  fragment: string;
  /** The background's answer, asked for before the first render (see loadPromptContext). */
  context?: Promise<PromptContext>;
}

/**
 * Ask the background about this prompt. Called as the page's script starts, not in an effect after
 * the first paint: the background counts the blocked attempt when it answers, and a tab closed at
 * once must still have asked (found by the popup e2e, which closed tabs right after they loaded).
 */
export function loadPromptContext(fragment: string): Promise<PromptContext> {
  return sendMessage('getPromptContext', { target: fragment }).catch(
    (): PromptContext => ({ target: null, reasons: [], pauseSeconds: 15, calmUrl: '' }),
  );
}

export function PromptPage({ fragment, context: asked }: PromptPageProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [paused, setPaused] = useState(true);
  const [writing, setWriting] = useState(false);
  const [continueFailed, setContinueFailed] = useState(false);

  useEffect(() => {
    void (async () => {
      const context = await (asked ?? loadPromptContext(fragment));
      // The streak is encouragement, not a requirement: the page works without it.
      const streakDays = await sendMessage('getStats', {}).then((stats) => stats.streakDays, () => null);
      setLoad({ state: 'ready', context, streakDays });
    })();
  }, [fragment, asked]);

  if (load.state === 'loading') {
    return <main data-testid="prompt" class="prompt" aria-busy="true"><h1>{t('prompt_heading')}</h1></main>;
  }
  const { context, streakDays } = load;
  const target = context.target;

  async function continueOnce() {
    try {
      const { url } = await sendMessage('allowOnce', {});
      // Only the background's answer is followed, and only when it is a web address.
      if (!/^https?:\/\//i.test(url)) throw new Error('not a web address');
      location.replace(url);
    } catch {
      setContinueFailed(true);
    }
  }

  return (
    <main data-testid="prompt" class="prompt">
      <header class="prompt-header">
        <h1>{t('prompt_heading')}</h1>
        <p class="prompt-intro">
          {target === null
            ? t('prompt_intro_nothing')
            : target.label
              ? t('prompt_intro_named', target.siteName, target.label)
              : t('prompt_intro', target.siteName)}
        </p>
        <p class="prompt-urge">{t('prompt_urge_ok')}</p>
      </header>

      {streakDays !== null && (
        <section class="prompt-card prompt-streak" aria-labelledby="prompt-streak-label">
          <h2 id="prompt-streak-label" class="prompt-small-heading">{t('prompt_streak_label')}</h2>
          <p class="prompt-streak-days" data-testid="prompt-streak">
            {streakDays === 0
              ? t('prompt_streak_zero')
              : streakDays === 1
                ? t('prompt_streak_one')
                : t('prompt_streak_many', streakDays)}
          </p>
        </section>
      )}

      {context.reasons.length > 0 && (
        <section class="prompt-card" aria-labelledby="prompt-reasons-heading">
          <h2 id="prompt-reasons-heading" class="prompt-small-heading">{t('prompt_reasons_heading')}</h2>
          <ul class="prompt-reasons" data-testid="prompt-reasons">
            {context.reasons.map((reason, index) => <li key={index}>{reason}</li>)}
          </ul>
        </section>
      )}

      <section aria-labelledby="prompt-choices-heading">
        <h2 id="prompt-choices-heading" class="prompt-small-heading">{t('prompt_choices_heading')}</h2>
        <div class="prompt-choices">
          <button type="button" class="primary" onClick={() => void goSomewhereCalm(context.calmUrl)}>
            {t('prompt_calm')}
          </button>
          <button type="button" aria-expanded={writing} onClick={() => setWriting(!writing)}>
            {t('prompt_write')}
          </button>
          <button type="button" onClick={() => void goBack()}>{t('prompt_back')}</button>
        </div>
        {writing && <PromptJournal onClose={() => setWriting(false)} />}
      </section>

      <section class="prompt-card prompt-continue" aria-labelledby="prompt-continue-heading">
        <h2 id="prompt-continue-heading" class="prompt-small-heading">{t('prompt_continue_heading')}</h2>
        {target === null ? (
          <p data-testid="prompt-nothing">{t('prompt_nothing')}</p>
        ) : (
          <>
            <p>{t('prompt_continue_intro')}</p>
            <Breathing seconds={context.pauseSeconds} restartOnBlur onDone={() => setPaused(false)} />
            {!paused && (
              <>
                <button type="button" data-testid="prompt-continue" onClick={() => void continueOnce()}>
                  {t('prompt_continue')}
                </button>
                <p class="prompt-note">{t('prompt_continue_note')}</p>
              </>
            )}
            {continueFailed && <p role="alert" class="alert">{t('prompt_continue_failed')}</p>}
          </>
        )}
      </section>

      <footer class="prompt-support" aria-labelledby="prompt-support-heading">
        <h2 id="prompt-support-heading" class="prompt-small-heading">{t('prompt_support_heading')}</h2>
        <p>
          {t('prompt_support_hotline')}: <a href="tel:+18007997233">800-799-7233</a>
          {' · '}
          <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">{t('prompt_support_find')}</a>
        </p>
      </footer>
    </main>
  );
}

/** The calm page they chose, or a fresh new-tab page in place of this one. */
async function goSomewhereCalm(calmUrl: string): Promise<void> {
  if (/^https?:\/\//i.test(calmUrl)) {
    location.assign(calmUrl);
    return;
  }
  // A web page may not open the browser's new-tab page, but the extension may: open one, close this.
  const current = await browser.tabs.getCurrent();
  await browser.tabs.create({ active: true });
  if (current?.id !== undefined) await browser.tabs.remove(current.id);
}

/** Back to where they came from; with nowhere to go back to, close this tab. */
async function goBack(): Promise<void> {
  if (history.length > 1) {
    history.back();
    return;
  }
  const current = await browser.tabs.getCurrent();
  if (current?.id !== undefined) await browser.tabs.remove(current.id);
  else window.close();
}
