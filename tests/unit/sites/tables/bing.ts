import type { ProfileUrlTable } from '../url-table';

// Bing has no profiles (sameKey is empty). Its click-tracking links (/ck/a?…&u=a1<base64url>) are in
// the tables of the sites they lead to with `load: false`, and in `unwraps` (../bing.adapter.test.ts).
export const table: ProfileUrlTable = {
  site: 'bing',
  sameKey: [],
  notProfiles: [
    'https://www.bing.com/',
    'https://www.bing.com/search?q=jordan+avery&form=QBLH',
    'https://www.bing.com/images/search?q=portrait',
    'https://www.bing.com/news/search?q=avery+photography',
    'https://www.bing.com/@jordan_avery',
    { url: 'https://www.bing.com/ck/a?!&&p=abc&u=a1bm90IGJhc2U2NCE&ntb=1', load: false, note: 'not a URL once decoded' },
    { url: 'https://www.bing.com/ck/a?!&&p=abc&u=a1amF2YXNjcmlwdDphbGVydCgxKQ&ntb=1', load: false, note: 'javascript:alert(1)' },
  ],
};

/** Bing click-tracking links and the profile ("site:key") each leads to. */
export const unwraps: { url: string; to: string }[] = [
  { url: 'https://www.bing.com/ck/a?!&&p=0f1e2d&u=a1aHR0cHM6Ly94LmNvbS9qb3JkYW5fYXZlcnk&ntb=1', to: 'x:jordan_avery' },
  { url: 'https://www.bing.com/ck/a?!&&p=0f1e2d&u=a1aHR0cHM6Ly9ic2t5LmFwcC9wcm9maWxlL2pvcmRhbmF2ZXJ5LmJza3kuc29jaWFs&ntb=1', to: 'bluesky:jordanavery.bsky.social' },
];
