import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'instagram',
  sameKey: [
    {
      key: 'jordan.avery',
      label: 'Instagram · @jordan.avery',
      urls: [
        'https://www.instagram.com/jordan.avery/',
        'https://www.instagram.com/jordan.avery',
        'https://instagram.com/Jordan.Avery',
        'https://www.instagram.com/JORDAN.AVERY/reels/',
        'https://www.instagram.com/jordan.avery/tagged/',
        'https://www.instagram.com/jordan.avery/?hl=en',
        'https://www.instagram.com/jordan.avery/?igsh=MTRmZ3B4cXo5dmF4&utm_source=qr',
        'https://www.instagram.com/stories/jordan.avery/3412345678901234567/',
        'https://www.instagram.com/stories/jordan.avery/',
        'https://www.instagram.com/jordan.avery/p/C0dE123abc/',
        'https://www.instagram.com/_u/jordan.avery',
        'https://m.instagram.com/jordan.avery/',
        'http://instagram.com/jordan.avery#top',
        { url: 'https://l.instagram.com/?u=https%3A%2F%2Fwww.instagram.com%2Fjordan.avery%2F&e=AT0abc', load: false },
      ],
    },
    { key: 'jordan.avery.fan', label: 'Instagram · @jordan.avery.fan', urls: ['https://www.instagram.com/jordan.avery.fan/'] },
    { key: 'jordan_avery', urls: ['https://www.instagram.com/jordan_avery/'] },
    { key: 'jordanavery', urls: ['https://www.instagram.com/jordanavery/reels/'] },
  ],
  notProfiles: [
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/explore/tags/averyphotography/',
    'https://www.instagram.com/p/C0dE123abc/',
    'https://www.instagram.com/reel/C0dE123abc/',
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/stories/highlights/17912345678901234/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/stories/',
    'https://www.instagram.com/this.name.is.far.too.long.for.instagram/',
    { url: 'https://l.instagram.com/?u=https%3A%2F%2Fexample.org%2F&e=AT0', load: false },
  ],
};
