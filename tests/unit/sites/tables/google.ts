import type { ProfileUrlTable } from '../url-table';

// Google has no profiles (sameKey is empty): its table holds pages that are no one's profile. Its
// redirect links (/url?q=, /url?url=, /amp/s/) are in the tables of the sites they lead to (x.ts,
// youtube.ts, bluesky.ts, mastodon.ts, tumblr.ts, pinterest.ts) with `load: false`, and in `unwraps`
// below, read by ../google.adapter.test.ts.
export const table: ProfileUrlTable = {
  site: 'google',
  sameKey: [],
  notProfiles: [
    'https://www.google.com/',
    'https://www.google.com/search?q=jordan+avery&hl=en',
    'https://www.google.co.uk/search?q=portrait+photographers',
    'https://www.google.de/search?q=avery+photography&tbm=isch',
    'https://www.google.com/maps/place/Avery+Photography',
    'https://www.google.com/@jordan_avery',
    { url: 'https://www.google.com/url?q=https://example.org/about&sa=U', load: false },
    { url: 'https://www.google.com/url?q=javascript:alert(1)', load: false },
  ],
};

/** Google redirect links and the profile ("site:key") each leads to. */
export const unwraps: { url: string; to: string }[] = [
  { url: 'https://www.google.com/url?q=https://x.com/jordan_avery&sa=U&ved=2ahUKEwi', to: 'x:jordan_avery' },
  { url: 'https://www.google.com/url?sa=t&rct=j&url=https%3A%2F%2Fwww.youtube.com%2F%40JordanAvery&usg=AOvVaw', to: 'youtube:@jordanavery' },
  { url: 'https://google.com/url?q=https://bsky.app/profile/jordanavery.bsky.social', to: 'bluesky:jordanavery.bsky.social' },
  { url: 'https://www.google.fr/url?q=https%3A%2F%2Fmastodon.social%2F%40jordan_avery', to: 'mastodon:mastodon.social/@jordan_avery' },
  { url: 'https://www.google.com/amp/s/jordanavery.tumblr.com/post/1/amp', to: 'tumblr:jordanavery' },
];
