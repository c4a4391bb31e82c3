import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'tumblr',
  sameKey: [
    {
      key: 'jordanavery',
      label: 'Tumblr · jordanavery',
      urls: [
        'https://jordanavery.tumblr.com/',
        'https://JordanAvery.tumblr.com',
        'https://jordanavery.tumblr.com/post/734567890123456789/golden-hour',
        'https://jordanavery.tumblr.com/tagged/portraits?sort=top',
        'https://jordanavery.tumblr.com/archive',
        'http://jordanavery.tumblr.com/rss',
        'https://www.tumblr.com/jordanavery',
        'https://tumblr.com/jordanavery/734567890123456789/golden-hour',
        'https://www.tumblr.com/JordanAvery?source=share',
        'https://www.tumblr.com/blog/jordanavery',
        'https://www.tumblr.com/blog/view/jordanavery/734567890123456789',
        'https://www.tumblr.com/@jordanavery',
        { url: 'https://www.google.com/url?q=https://jordanavery.tumblr.com/&sa=U', load: false },
      ],
    },
    { key: 'jordanavery-fan', label: 'Tumblr · jordanavery-fan', urls: ['https://jordanavery-fan.tumblr.com/', 'https://www.tumblr.com/jordanavery-fan'] },
    { key: 'jordanaver', urls: ['https://www.tumblr.com/jordanaver/1'] },
    // A blog named like an app route: its regexes must leave www.tumblr.com/likes alone.
    { key: 'likes', label: 'Tumblr · likes', urls: ['https://likes.tumblr.com/', 'https://www.tumblr.com/blog/likes'] },
  ],
  notProfiles: [
    'https://www.tumblr.com/',
    'https://www.tumblr.com/dashboard',
    'https://www.tumblr.com/explore/trending',
    'https://www.tumblr.com/tagged/photography',
    'https://www.tumblr.com/search/jordan%20avery',
    'https://www.tumblr.com/likes',
    'https://www.tumblr.com/settings/account',
    'https://64.media.tumblr.com/abc123/s640x960/photo.jpg',
    'https://assets.tumblr.com/images/logo.png',
  ],
};
