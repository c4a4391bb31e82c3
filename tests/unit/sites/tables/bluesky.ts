import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'bluesky',
  sameKey: [
    {
      key: 'jordanavery.bsky.social',
      label: 'Bluesky · @jordanavery.bsky.social',
      urls: [
        'https://bsky.app/profile/jordanavery.bsky.social',
        'https://bsky.app/profile/JordanAvery.bsky.social',
        'https://bsky.app/profile/jordanavery.bsky.social/',
        'https://bsky.app/profile/jordanavery',
        'https://bsky.app/profile/jordanavery.bsky.social/post/3lbq2x7abcd2k',
        'https://bsky.app/profile/jordanavery.bsky.social/follows',
        'https://bsky.app/profile/jordanavery.bsky.social/followers?ref=share',
        'https://bsky.app/profile/jordanavery.bsky.social/feed/aaalbums',
        'https://bsky.app/profile/jordanavery.bsky.social/lists/3kxyzabc',
        'https://bsky.app/profile/%40jordanavery.bsky.social',
        'http://bsky.app/profile/jordanavery.bsky.social#replies',
        { url: 'https://www.google.com/url?q=https://bsky.app/profile/jordanavery.bsky.social&sa=U', load: false },
        { url: 'https://www.bing.com/ck/a?!&&p=0f1e2d&u=a1aHR0cHM6Ly9ic2t5LmFwcC9wcm9maWxlL2pvcmRhbmF2ZXJ5LmJza3kuc29jaWFs&ntb=1', load: false },
      ],
    },
    { key: 'jordanaveryfan.bsky.social', label: 'Bluesky · @jordanaveryfan.bsky.social', urls: ['https://bsky.app/profile/jordanaveryfan.bsky.social'] },
    { key: 'jordanavery.bsky.social.example.com', urls: ['https://bsky.app/profile/jordanavery.bsky.social.example.com'] },
    { key: 'jordan.example.com', label: 'Bluesky · @jordan.example.com', urls: ['https://bsky.app/profile/jordan.example.com', 'https://bsky.app/profile/Jordan.Example.com/post/3k'] },
    {
      key: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
      label: 'Bluesky · did:plc:ewvi7nxzyoun6zhxrhs64oiz',
      urls: [
        'https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz',
        'https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz/post/3kabcdefg',
        'https://bsky.app/profile/did%3Aplc%3Aewvi7nxzyoun6zhxrhs64oiz',
      ],
    },
  ],
  notProfiles: [
    'https://bsky.app/',
    'https://bsky.app/search?q=jordan%20avery',
    'https://bsky.app/notifications',
    'https://bsky.app/settings',
    'https://bsky.app/feeds',
    'https://bsky.app/profile/',
    'https://bsky.app/profile/handle.invalid',
    'https://bsky.app/profile/did:plc:tooshort',
  ],
};
