import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'mastodon',
  sameKey: [
    {
      key: 'mastodon.social/@jordan_avery',
      label: 'Mastodon · @jordan_avery@mastodon.social',
      urls: [
        'https://mastodon.social/@jordan_avery',
        'https://mastodon.social/@Jordan_Avery/',
        'https://mastodon.social/@jordan_avery/113456789012345678',
        'https://mastodon.social/@jordan_avery/with_replies',
        'https://mastodon.social/@jordan_avery/media?page=2',
        'https://mastodon.social/users/jordan_avery',
        'https://mastodon.social/users/jordan_avery/statuses/113456789012345678',
        'https://mastodon.social/web/@jordan_avery',
        'https://mastodon.social/@jordan_avery@mastodon.social',
        'https://mastodon.social/%40jordan_avery',
        'https://fosstodon.org/@jordan_avery@mastodon.social',
        'https://hachyderm.io/web/@Jordan_Avery@Mastodon.Social/113456789012345678',
        'http://mastodon.social/@jordan_avery#top',
        { url: 'https://www.google.com/url?q=https://mastodon.social/@jordan_avery&sa=U', load: false },
      ],
    },
    { key: 'mastodon.social/@jordan_avery_fan', label: 'Mastodon · @jordan_avery_fan@mastodon.social', urls: ['https://mastodon.social/@jordan_avery_fan'] },
    { key: 'fosstodon.org/@jordan_avery', label: 'Mastodon · @jordan_avery@fosstodon.org', urls: ['https://fosstodon.org/@jordan_avery', 'https://mastodon.social/@jordan_avery@fosstodon.org'] },
    { key: 'mastodon.social.example/@jordan_avery', urls: ['https://mastodon.social.example/@jordan_avery'] },
  ],
  notProfiles: [
    'https://mastodon.social/',
    'https://mastodon.social/explore',
    'https://mastodon.social/tags/photography',
    'https://mastodon.social/about',
    'https://mastodon.social/@',
    'https://mastodon.social/@jordan@avery@example.org',
    'https://mastodon.social/web/statuses/113456789012345678',
    'https://mastodon.social/users/',
  ],
};
