// Pasting a link in the options page (issue 3, part 3): a profile reads as "Site · @handle"; a link
// that is not one says why in words that help the user find the right address.
import { describe, expect, it } from 'vitest';
import { recogniseProfileLink } from '../../../src/sites';

function reason(link: string): string {
  const result = recogniseProfileLink(link);
  if (result.ok) throw new Error(`${link} was taken as ${result.label}`);
  return result.reason;
}

describe('recogniseProfileLink on my sites', () => {
  it('labels profiles by site and handle, from any form of the address', () => {
    expect(recogniseProfileLink('instagram.com/Jordan.Avery/reels/')).toMatchObject({ ok: true, label: 'Instagram · @jordan.avery' });
    expect(recogniseProfileLink(' https://www.threads.net/@jordan.avery ')).toMatchObject({ ok: true, label: 'Threads · @jordan.avery' });
    expect(recogniseProfileLink('https://old.reddit.com/u/Jordan_Avery')).toMatchObject({ ok: true, label: 'Reddit · u/jordan_avery' });
    expect(recogniseProfileLink('https://www.tiktok.com/@jordan.avery/video/1')).toMatchObject({ ok: true, label: 'TikTok · @jordan.avery' });
    expect(recogniseProfileLink('https://uk.linkedin.com/in/jordan-avery')).toMatchObject({ ok: true, label: 'LinkedIn · jordan-avery' });
    expect(recogniseProfileLink('https://m.facebook.com/profile.php?id=100012345678901')).toMatchObject({ ok: true, label: 'Facebook · profile 100012345678901' });
    expect(recogniseProfileLink('https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fjordan.avery')).toMatchObject({ ok: true, label: 'Facebook · jordanavery' });
  });

  it('says a post link does not name its author, and where the profile address is', () => {
    expect(reason('https://www.instagram.com/p/C0dE123abc/')).toMatch(/post links do not say who posted them.*instagram\.com\/username/);
    expect(reason('https://www.facebook.com/story.php?story_fbid=1&id=2')).toMatch(/do not lead to a profile/);
    expect(reason('https://www.linkedin.com/feed/update/urn:li:activity:1/')).toMatch(/linkedin\.com\/in\//);
    expect(reason('https://www.reddit.com/r/pics/comments/1abcde/x/')).toMatch(/reddit\.com\/user\//);
    expect(reason('https://www.threads.net/t/C9xYz12AbCd')).toMatch(/do not name the author/);
  });

  it('says a short link must be opened first', () => {
    expect(reason('https://vm.tiktok.com/ZMabc123/')).toMatch(/short links only show the profile once opened/);
    expect(reason('https://www.reddit.com/r/pics/s/AbCdEf123')).toMatch(/share links only show where they lead/);
    expect(reason('https://t.co/AbC123xyz')).toMatch(/X's short links/);
  });

  it('keeps the plain reason for other pages of a site', () => {
    expect(reason('https://x.com/home')).toBe('this X link is not a profile (paste the address of their profile page)');
  });
});
