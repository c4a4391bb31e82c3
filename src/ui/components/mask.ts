// Names are masked wherever the UI need not show them (DESIGN.md: "J•••" until revealed).

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

function firstGrapheme(text: string): string {
  if (segmenter) {
    for (const { segment } of segmenter.segment(text)) return segment;
    return '';
  }
  return Array.from(text)[0] ?? '';
}

/** "Jordan Avery" → "J•••", "@jordan_avery" → "@j•••". The length never shows how long the name is. */
export function maskName(text: string): string {
  const trimmed = text.trim();
  const at = trimmed.startsWith('@') ? '@' : '';
  const first = firstGrapheme(trimmed.slice(at.length));
  return first ? `${at}${first}•••` : '•••';
}

/** "Instagram · @jordan.avery" → "Instagram · @j•••": the site is not sensitive, the handle is. */
export function maskProfileLabel(label: string): string {
  const split = label.indexOf(' · ');
  return split < 0 ? maskName(label) : `${label.slice(0, split)} · ${maskName(label.slice(split + 3))}`;
}
