import type { ProfileUrlTable } from '../url-table';

// DuckDuckGo has no profiles (sameKey is empty). Its /l/?uddg= redirect links are in the tables of the
// sites they lead to with `load: false`, and in `unwraps` (../duckduckgo.adapter.test.ts).
export const table: ProfileUrlTable = {
  site: 'duckduckgo',
  sameKey: [],
  notProfiles: [
    'https://duckduckgo.com/',
    'https://duckduckgo.com/?q=jordan+avery&ia=web',
    'https://html.duckduckgo.com/html/?q=jordan+avery',
    'https://lite.duckduckgo.com/lite/?q=avery+photography',
    'https://duckduckgo.com/?q=portrait&iax=images&ia=images',
    'https://duckduckgo.com/@jordan_avery',
    { url: 'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.org%2F&rut=abc', load: false },
  ],
};

/** DuckDuckGo redirect links and the profile ("site:key") each leads to. */
export const unwraps: { url: string; to: string }[] = [
  { url: 'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fx.com%2Fjordan_avery&rut=abc', to: 'x:jordan_avery' },
  { url: 'https://html.duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.pinterest.com%2Fjordanavery%2F&rut=def', to: 'pinterest:jordanavery' },
  { url: 'https://lite.duckduckgo.com/l/?uddg=https%3A%2F%2Fjordanavery.tumblr.com%2F', to: 'tumblr:jordanavery' },
];
