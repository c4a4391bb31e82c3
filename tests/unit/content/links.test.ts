// @vitest-environment-options {"url": "https://www.youtube.com/results?search_query=x"}
// Links to the person's profiles on any site, recognised by the address forms the background compiles
// (src/compiled.ts links): the script on YouTube carries only YouTube's adapter, yet a link to their
// Instagram or X hides the unit, YouTube's own /redirect links are unwrapped first, and other sites'
// wrappers by the address in their query.
import { describe, expect, it } from 'vitest';
import { hostsOf } from '../../../src/sites/url-tools';
import { SITES } from '../../../src/sites';
import { youtube } from '../../../src/sites/youtube';
import { body, demoCompiled, isHidden, useEngine } from './helpers';

const card = (id: string, href: string) =>
  `<ytd-video-renderer id="${id}"><a href="${href}">A video about the weekend</a></ytd-video-renderer>`;

describe('links to their profiles on other sites', () => {
  const t = useEngine({ site: youtube });

  it('hides a unit linking to any of their profiles, wrapped or not, and keeps links to others', async () => {
    body([
      card('instagram', 'https://www.instagram.com/Jordan.Avery/?hl=en'),
      card('x-mobile', 'https://mobile.twitter.com/jordan_avery/status/1'),
      card('wrapped', 'https://www.youtube.com/redirect?q=https%3A%2F%2Fx.com%2Fjordan_avery&event=comments'),
      card('own-site', '/@JordanAvery/videos'),
      card('longer-handle', 'https://x.com/jordan_avery2'),
      card('other-person', 'https://www.instagram.com/jordan.avery.art/'),
      card('lookalike-host', 'https://notx.com/jordan_avery'),
      card('not-a-url', 'https://[broken'),
      card('mastodon-home', 'https://mastodon.social/@jordan_avery'),
      card('mastodon-remote', 'https://hachyderm.io/@jordan_avery@mastodon.social'),
      card('tumblr-blog', 'https://jordanavery.tumblr.com/post/1'),
      card('tumblr-www', 'https://www.tumblr.com/jordanavery'),
      card('pinterest-uk', 'https://www.pinterest.co.uk/jordanavery/'),
      card('with-port', 'https://x.com:443/jordan_avery'),
      card('tumblr-lookalike', 'https://jordanavery.tumblr.com.example.net/'),
      card('mastodon-lookalike', 'https://mastodon.social.example.net/@jordan_avery'),
      // Another site's redirect wrappers, which this page's adapter does not know.
      card('facebook-wrapper', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fjordan.avery%2F&h=AT0x'),
      card('reddit-wrapper', 'https://out.reddit.com/t3_1h0abcd?token=AQAA&url=https://x.com/jordan_avery'),
      card('wrapper-other-person', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fjordan.avery.art%2F'),
      card('wrapper-broken', 'https://l.facebook.com/l.php?u=https%3A%2F%2F%5Bbroken&v=https%3A%2F%2Fx.com%2Fjordan_avery'),
      card('query-not-an-address', 'https://www.youtube.com/watch?v=abc&list=jordan_avery&next=x.com/jordan_avery'),
    ].join(''));
    await t.api.answer(demoCompiled((settings) => (settings.people[0]!.names = ['Zzyzx Quill'])));
    const hidden = (id: string) => isHidden(document.getElementById(id));
    const theirs = ['instagram', 'x-mobile', 'wrapped', 'own-site', 'mastodon-home', 'mastodon-remote', 'tumblr-blog',
      'tumblr-www', 'pinterest-uk', 'with-port', 'facebook-wrapper', 'reddit-wrapper', 'wrapper-broken'];
    expect(theirs.filter(hidden)).toEqual(theirs);
    expect(['longer-handle', 'other-person', 'lookalike-host', 'not-a-url', 'tumblr-lookalike', 'mastodon-lookalike',
      'wrapper-other-person', 'query-not-an-address'].filter(hidden)).toEqual([]);
  });

  it('a config compiled by an older version (no links) still hides by text, and links once it is compiled again', async () => {
    body(card('instagram', 'https://www.instagram.com/jordan.avery/'));
    const old = demoCompiled((settings) => (settings.people[0]!.names = ['Zzyzx Quill']));
    await t.api.answer({ ...old, links: undefined } as unknown as typeof old);
    expect(isHidden(document.getElementById('instagram'))).toBe(false);
    t.api.change(old);
    expect(isHidden(document.getElementById('instagram'))).toBe(true);
  });

  it('the background names each form\'s hosts; a config compiled before that tries every form on every host', async () => {
    body([card('instagram', 'https://www.instagram.com/jordan.avery/'), card('x', 'https://x.com/jordan_avery'),
      card('other', 'https://x.com/jordan_avery2')].join(''));
    const compiled = demoCompiled((settings) => (settings.people[0]!.names = ['Zzyzx Quill']));
    expect(compiled.links.find((link) => link.id === 'x:jordan_avery')?.hosts).toEqual(['x.com', 'twitter.com']);
    await t.api.answer({ ...compiled, links: compiled.links.map(({ hosts: _hosts, ...link }) => link) });
    expect(['instagram', 'x', 'other'].filter((id) => isHidden(document.getElementById(id)))).toEqual(['instagram', 'x']);
  });
});

describe('address forms are tried only on their hosts', () => {
  it('reads the hosts of every form the adapters write, except those that allow any host', () => {
    for (const site of SITES) {
      const key = site.id === 'mastodon' ? 'mastodon.social/@jordan_avery' : 'jordanavery';
      for (const source of site.profileUrlRegexes(key)) {
        const hosts = hostsOf(source);
        if (source.startsWith('^https?://[^/]+/')) expect(hosts, source).toBeNull();
        else expect(hosts?.some((host) => site.hosts.some((own) => host === own || host.endsWith(`.${own}`))), source).toBe(true);
      }
    }
  });

  it('tries every host on a form whose host it cannot read plainly', () => {
    expect(hostsOf('^https?://([a-z0-9-]+\\.)*(x\\.com|twitter\\.com)(:443)?/jordan([/?#].*)?$')).toEqual(['x.com', 'twitter.com']);
    expect(hostsOf('^https?://([a-z0-9-]+\\.)*(ex\\-ample\\.com)(:443)?/jordan$')).toBeNull();
    expect(hostsOf('^https?://([a-z0-9-]+\\.)*(exa[m]ple\\.com)(:443)?/jordan$')).toBeNull();
    expect(hostsOf('^https?://blog_name\\.tumblr\\.com(:443)?([/?#].*)?$')).toBeNull();
    expect(hostsOf('^https?://[^/]+/@jordan$')).toBeNull();
  });
});
