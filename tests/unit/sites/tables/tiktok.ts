import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'tiktok',
  sameKey: [
    {
      key: 'jordan.avery',
      label: 'TikTok · @jordan.avery',
      urls: [
        'https://www.tiktok.com/@jordan.avery',
        'https://www.tiktok.com/@jordan.avery/',
        'https://tiktok.com/@Jordan.Avery',
        'https://www.tiktok.com/@jordan.avery?lang=en',
        'https://www.tiktok.com/@jordan.avery?_t=8kXyZ&_r=1',
        'https://www.tiktok.com/@jordan.avery/video/7301234567890123456',
        'https://www.tiktok.com/@JORDAN.AVERY/video/7301234567890123456?is_from_webapp=1&sender_device=pc',
        'https://www.tiktok.com/@jordan.avery/photo/7301234567890123456',
        'https://m.tiktok.com/@jordan.avery/video/7301234567890123456',
        'https://www.tiktok.com/@jordan.avery/live',
        'https://www.tiktok.com/%40jordan.avery',
        'http://tiktok.com/@jordan.avery#videos',
      ],
    },
    { key: 'jordan.avery.fan', label: 'TikTok · @jordan.avery.fan', urls: ['https://www.tiktok.com/@jordan.avery.fan', 'https://www.tiktok.com/@jordan.avery.fan/video/1'] },
    { key: 'jordan.averyy', urls: ['https://www.tiktok.com/@jordan.averyy'] },
  ],
  notProfiles: [
    'https://www.tiktok.com/',
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/search?q=jordan%20avery',
    'https://www.tiktok.com/tag/averyphotography',
    'https://www.tiktok.com/t/ZTRabc123/',
    'https://vm.tiktok.com/ZMabc123/',
    'https://www.tiktok.com/jordan.avery',
    'https://www.tiktok.com/music/original-sound-7301234567890123456',
  ],
};
