// Issue 4, "Fixtures": the YouTube adapter against real saved pages (../shared/fixtures/youtube/,
// see its SOURCES.md) and the bundled sample page. Counts what a user would see go: which items the
// adapter finds, and whose they are.
import { describe, expect, it } from 'vitest';
import { urlFilterRegex } from '../guard/fake-dnr';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { youtube, youtubeProfiles } from '../../../src/sites/youtube';
import { createMatcher } from '../../../src/matching/matcher';
import { compileMatcherSpec } from '../../../src/matching/spec';
import { decideSamplePage, loadSamplePage, REQUIRED_FORMS } from './sample-page-check';

const SHARED = resolve('../shared/fixtures/youtube');

function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
}

/** Everything an item's own units say about their authors (the engine checks nested units one by one). */
function authorsWithin(item: Element): Set<string> {
  const units = [item, ...item.querySelectorAll(youtube.units)];
  return new Set(units.flatMap((unit) => youtube.authors!(unit)));
}

function textMatcher(...names: string[]) {
  return createMatcher(compileMatcherSpec([{ names, handles: [], keywords: [], profiles: [] }]));
}

describe('YouTube search results, 2022-03 capture (yt-search-benjamin-code-2022-03.html)', () => {
  const doc = load(`${SHARED}/yt-search-benjamin-code-2022-03.html`);
  const items = [...doc.querySelectorAll('ytd-video-renderer, ytd-rich-item-renderer')];

  it('finds all 63 result items as units', () => {
    expect(items).toHaveLength(63);
    const units = new Set(doc.querySelectorAll(youtube.units));
    expect(items.every((item) => units.has(item))).toBe(true);
  });

  it('names "Benjamin Code" in 19 items and "Mehdi Maïzi" in 4, by text', () => {
    const benjamin = textMatcher('Benjamin Code');
    const mehdi = textMatcher('Mehdi Maizi');
    expect(items.filter((item) => benjamin.matchText(item.textContent ?? '') === 0)).toHaveLength(19);
    expect(items.filter((item) => mehdi.matchText(item.textContent ?? '') === 0)).toHaveLength(4);
  });

  it('finds 18 of them by the channel link alone; the 19th is another channel naming him', () => {
    const benjamin = textMatcher('Benjamin Code');
    const named = items.filter((item) => benjamin.matchText(item.textContent ?? '') === 0);
    const byChannel = items.filter((item) => authorsWithin(item).has('youtube:c/benjamincode'));
    expect(byChannel).toHaveLength(18);
    expect(byChannel.every((item) => named.includes(item))).toBe(true);
    const aboutHim = named.filter((item) => !byChannel.includes(item));
    expect(aboutHim).toHaveLength(1);
    expect([...authorsWithin(aboutHim[0]!)]).toEqual(['youtube:c/underscoretalk']);
  });

  it('reads a channel link with an accent as the same key the user would paste', () => {
    const byMehdi = items.filter((item) => authorsWithin(item).has('youtube:c/mehdimaïzi10'));
    expect(byMehdi.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the other channels apart', () => {
    const all = new Set(items.flatMap((item) => [...authorsWithin(item)]));
    expect(all.size).toBeGreaterThan(20);
    expect(all.has('youtube:c/gdconf')).toBe(true);
  });
});

describe('YouTube 2025–26 markup (yt-items-current-markup-2025-26.html)', () => {
  const doc = load(`${SHARED}/yt-items-current-markup-2025-26.html`);

  it('finds the 12 captured items: 11 grid cells (8 lockups, 3 grid media) and 1 list video', () => {
    expect(doc.querySelectorAll('ytd-rich-item-renderer')).toHaveLength(11);
    expect(doc.querySelectorAll('ytd-rich-item-renderer yt-lockup-view-model')).toHaveLength(8);
    expect(doc.querySelectorAll('ytd-rich-item-renderer ytd-rich-grid-media')).toHaveLength(3);
    const outermost = [...doc.querySelectorAll(youtube.units)].filter((unit) => !unit.parentElement?.closest(youtube.units));
    expect(outermost).toHaveLength(12);
  });

  it('hides a whole grid cell when its inner lockup matches, leaving no empty frame', () => {
    for (const lockup of doc.querySelectorAll('ytd-rich-item-renderer yt-lockup-view-model')) {
      expect(youtube.hideTarget!(lockup).tagName).toBe('YTD-RICH-ITEM-RENDERER');
    }
  });

  it('finds the author channel of every item but the viewer\'s own "Watch later" playlist', () => {
    const outermost = [...doc.querySelectorAll(youtube.units)].filter((unit) => !unit.parentElement?.closest(youtube.units));
    const withoutAuthor = outermost.filter((item) => authorsWithin(item).size === 0);
    expect(withoutAuthor).toHaveLength(1);
    expect(withoutAuthor[0]!.querySelector('a[href^="/playlist?list=WL"]')).not.toBeNull();
    const all = new Set(outermost.flatMap((item) => [...authorsWithin(item)]));
    expect(all).toContain('youtube:@kremlinkashow');
    expect(all).toContain('youtube:@diemaus');
    expect(all).toContain('youtube:@telewizja_republika');
    expect(all).toContain('youtube:channel/UCSJ4gkVC6NrvII8umztf0Ow');
  });
});

describe('YouTube channel ids are case-sensitive', () => {
  const key = 'channel/UClgRkhTL3_hImCAmdLfDE4g';

  it('keeps the id exactly as written', () => {
    expect(youtube.profileKey(new URL(`https://www.youtube.com/${key}/videos`))).toBe(key);
    // Another case is another channel (or none): never folded into this one.
    expect(youtube.profileKey(new URL('https://www.youtube.com/channel/UCLGRKHTL3_HIMCAMDLFDE4G'))).toBe('channel/UCLGRKHTL3_HIMCAMDLFDE4G');
    expect(youtube.profileKey(new URL('https://www.youtube.com/channel/uclgrkhtl3_himcamdlfde4g'))).toBeNull();
  });

  it('asks for a case-sensitive rule, which then passes only this exact id', () => {
    expect(youtubeProfiles.profileUrlCaseSensitive!(key)).toBe(true);
    expect(youtubeProfiles.profileUrlCaseSensitive!('@jordanavery')).toBe(false);
    const rules = youtubeProfiles.profileUrlRegexes(key).map((source) => new RegExp(source));
    const caught = (url: string) => rules.some((rule) => rule.test(url));
    expect(caught('https://www.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g')).toBe(true);
    expect(caught('https://m.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g/videos')).toBe(true);
    expect(caught('https://www.youtube.com/channel/UCLGRKHTL3_HIMCAMDLFDE4G')).toBe(false);
    expect(caught('https://www.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4gX')).toBe(false);
  });

  it('catches a non-Latin handle typed in either case, as the browser encodes it', () => {
    const rules = youtubeProfiles.profileUrlRegexes('@иван').map((source) => new RegExp(source, 'i'));
    const caught = (url: string) => rules.some((rule) => rule.test(url));
    expect(caught(new URL('https://www.youtube.com/@Иван').href)).toBe(true);
    expect(caught(new URL('https://www.youtube.com/@ИВАН/videos').href)).toBe(true);
    expect(caught(new URL('https://www.youtube.com/@иванов').href)).toBe(false);
  });
});

describe('YouTube profiles beyond the browser\'s regex size', () => {
  const caughtBy = (key: string) => {
    const fallback = youtubeProfiles.profileUrlFilters!(key)!;
    const rules = fallback.filters.map((filter) => urlFilterRegex(filter, false));
    return { url: fallback.url, caught: (address: string) => rules.some((rule) => rule.test(new URL(address).href)) };
  };

  it('covers a handle in a script without case in every form a full load asks for', () => {
    const { url, caught } = caughtBy('@中文頻道測試名稱長');
    expect(url).toBe(new URL('https://www.youtube.com/@中文頻道測試名稱長').href);
    for (const address of ['https://www.youtube.com/@中文頻道測試名稱長', 'https://m.youtube.com/@中文頻道測試名稱長/videos',
      'https://youtube.com/%40中文頻道測試名稱長?view=0', 'https://www.youtube.com/@%e4%b8%ad%e6%96%87%e9%a0%bb%e9%81%93%e6%b8%ac%e8%a9%a6%e5%90%8d%e7%a8%b1%e9%95%b7']) {
      expect(caught(address), address).toBe(true);
    }
    for (const address of ['https://www.youtube.com/@中文頻道測試名稱長長', 'https://www.youtube.com/@中文頻道測試名稱長_2',
      'https://www.youtube.com/@中文頻道測試名稱', 'https://youtube.com.example/@中文頻道測試名稱長', 'https://www.youtube.com/c/中文頻道測試名稱長']) {
      expect(caught(address), address).toBe(false);
    }
  });

  it('covers a handle in a cased script as written in lower case, upper case and capitalised', () => {
    const { caught } = caughtBy('@иванпетровичсидоров');
    expect(caught('https://www.youtube.com/@иванпетровичсидоров')).toBe(true);
    expect(caught('https://www.youtube.com/@ИВАНПЕТРОВИЧСИДОРОВ/about')).toBe(true);
    expect(caught('https://www.youtube.com/@Иванпетровичсидоров')).toBe(true);
    expect(caught('https://www.youtube.com/@иванпетровичсидорова')).toBe(false);
  });

  it('covers legacy names, and leaves channel ids to their regex', () => {
    const { url, caught } = caughtBy('c/中文頻道測試名稱長');
    expect(url).toBe(new URL('https://www.youtube.com/c/中文頻道測試名稱長').href);
    expect(caught('https://www.youtube.com/c/中文頻道測試名稱長/videos')).toBe(true);
    expect(caught('https://www.youtube.com/@中文頻道測試名稱長')).toBe(false);
    expect(youtubeProfiles.profileUrlFilters!('channel/UClgRkhTL3_hImCAmdLfDE4g')).toBeNull();
  });
});

describe('YouTube links', () => {
  it('unwraps /redirect links from descriptions and comments', () => {
    const url = new URL('https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fbsky.app%2Fprofile%2Fjordanavery&v=abc');
    expect(youtube.unwrapLink!(url)?.href).toBe('https://bsky.app/profile/jordanavery');
    expect(youtube.unwrapLink!(new URL('https://www.youtube.com/redirect?q=javascript%3Aalert(1)'))).toBeNull();
    expect(youtube.unwrapLink!(new URL('https://www.youtube.com/watch?v=abc'))).toBeNull();
  });
});

describe('YouTube sample page (tests/fixtures/youtube/sample.html)', () => {
  const decision = decideSamplePage(youtube, loadSamplePage(youtube));

  it('holds the person in every required form and the hard negatives', () => {
    const forms = decision.targets.map((target) => target.getAttribute('data-target') ?? '');
    expect(REQUIRED_FORMS.filter((form) => !forms.includes(form))).toEqual([]);
    expect(decision.negatives.length).toBeGreaterThanOrEqual(5);
  });

  it('hides every target, and only targets', () => {
    expect(decision.targets.filter((target) => !decision.hidden.has(target)).map((t) => t.getAttribute('data-target'))).toEqual([]);
    expect(decision.negatives.filter((negative) => decision.hidden.has(negative)).map((n) => n.getAttribute('data-negative'))).toEqual([]);
    expect([...decision.hidden].every((element) => element.hasAttribute('data-target'))).toBe(true);
  });
});

describe('YouTube comments and m.youtube.com (reproduced 2025-11 markup)', () => {
  const doc = new DOMParser().parseFromString(`
    <ytd-comments><ytd-item-section-renderer><div id="contents">
      <ytd-comment-thread-renderer id="t1">
        <ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer">
          <div id="header-author"><a id="author-text" href="/@jordanavery"><span>@jordanavery</span></a></div>
          <yt-attributed-string id="content-text"><span>Thanks for the shout-out!</span></yt-attributed-string>
        </ytd-comment-view-model>
        <div id="replies"><ytd-comment-replies-renderer><div id="contents">
          <ytd-comment-view-model id="r1"><a id="author-text" href="/@samrivera">@samrivera</a><span>Congrats!</span></ytd-comment-view-model>
        </div></ytd-comment-replies-renderer></div>
      </ytd-comment-thread-renderer>
      <ytd-comment-thread-renderer id="t2">
        <ytd-comment-view-model id="comment"><a id="author-text" href="/@miachen">@miachen</a><span>Lovely light.</span></ytd-comment-view-model>
        <div id="replies"><ytd-comment-replies-renderer><div id="contents">
          <ytd-comment-view-model id="r2"><a id="author-text" href="/@jordanavery">@jordanavery</a><span>Thank you!</span></ytd-comment-view-model>
        </div></ytd-comment-replies-renderer></div>
      </ytd-comment-thread-renderer>
    </div></ytd-item-section-renderer></ytd-comments>
    <ytm-rich-item-renderer id="m1"><ytm-media-item><a href="/watch?v=abc"><h3>Pier</h3></a><a href="/@JordanAvery" class="media-item-avatar">JA</a></ytm-media-item></ytm-rich-item-renderer>
    <ytm-video-with-context-renderer id="m2"><ytm-media-item><a href="/channel/UClgRkhTL3_hImCAmdLfDE4g/videos">Someone</a></ytm-media-item></ytm-video-with-context-renderer>`, 'text/html');

  it('hides a top-level comment with its replies, and a reply on its own', () => {
    const top = doc.querySelector('#t1 > ytd-comment-view-model')!;
    expect(youtube.authors!(top)).toEqual(['youtube:@jordanavery']);
    expect(youtube.hideTarget!(top).id).toBe('t1');
    const reply = doc.querySelector('#r2')!;
    expect(youtube.authors!(reply)).toEqual(['youtube:@jordanavery']);
    expect(youtube.hideTarget!(reply)).toBe(reply);
  });

  it('does not count a reply\'s author as the whole thread\'s', () => {
    const thread = doc.querySelector('#t2')!;
    expect(youtube.authors!(thread)).toEqual([]);
    expect(youtube.authors!(doc.querySelector('#t2 > ytd-comment-view-model')!)).toEqual(['youtube:@miachen']);
  });

  it('finds mobile items and hides each as its whole cell', () => {
    const media = [...doc.querySelectorAll('ytm-media-item')];
    expect(media.every((item) => item.matches(youtube.units))).toBe(true);
    expect(youtube.hideTarget!(media[0]!).id).toBe('m1');
    expect(youtube.hideTarget!(media[1]!).id).toBe('m2');
    expect(youtube.authors!(media[0]!)).toEqual(['youtube:@jordanavery']);
    expect(youtube.authors!(media[1]!)).toEqual(['youtube:channel/UClgRkhTL3_hImCAmdLfDE4g']);
  });
});
