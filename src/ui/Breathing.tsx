// A paced breathing exercise (issue 6; the prompt page reuses it for its pause). A circle grows on
// the in-breath and shrinks on the out-breath; the words change with it so the exercise works without
// motion (prefers-reduced-motion) and with a screen reader. `restartOnBlur`: leaving the tab starts
// the pause again, so the wait cannot be sat out in another tab.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n';
import './Breathing.css';

export interface BreathingProps {
  seconds: number;
  onDone?: () => void;
  restartOnBlur?: boolean;
}

/** 4 s in, 6 s out: a longer out-breath is what calms (a common paced-breathing pattern). */
export const BREATH_IN_SECONDS = 4;
export const BREATH_OUT_SECONDS = 6;
const CYCLE = BREATH_IN_SECONDS + BREATH_OUT_SECONDS;

export function breathingPhase(elapsedSeconds: number): 'in' | 'out' {
  return elapsedSeconds % CYCLE < BREATH_IN_SECONDS ? 'in' : 'out';
}

export function Breathing({ seconds, onDone, restartOnBlur = false }: BreathingProps) {
  const [elapsed, setElapsed] = useState(0);
  const [run, setRun] = useState(0);
  const done = elapsed >= seconds;
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => {
    const startedAt = performance.now();
    setElapsed(0);
    // A one-second tick for the visible count; elapsed comes from the clock so a slow tick never drifts.
    const timer = setInterval(() => {
      const next = Math.min(seconds, Math.floor((performance.now() - startedAt) / 1000));
      setElapsed(next);
      if (next >= seconds) {
        clearInterval(timer);
        onDoneRef.current?.();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, run]);

  useEffect(() => {
    if (!restartOnBlur) return;
    const restart = () => {
      if (document.visibilityState === 'hidden' || !document.hasFocus()) setRun((n) => n + 1);
    };
    window.addEventListener('blur', restart);
    document.addEventListener('visibilitychange', restart);
    return () => {
      window.removeEventListener('blur', restart);
      document.removeEventListener('visibilitychange', restart);
    };
  }, [restartOnBlur]);

  const phase = breathingPhase(elapsed);
  const left = seconds - elapsed;
  return (
    <div class="breathing" data-testid="breathing" data-done={done ? 'true' : 'false'}>
      <div key={run} class={`breathing-circle${done ? ' breathing-still' : ''}`} aria-hidden="true" />
      <p class="breathing-phase" aria-live="polite">
        {done ? t('calm_breathing_done') : phase === 'in' ? t('calm_breathe_in') : t('calm_breathe_out')}
      </p>
      <p class="breathing-left">
        {done ? '' : left === 1 ? t('calm_breathing_second_left') : t('calm_breathing_seconds_left', left)}
      </p>
    </div>
  );
}
