import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'threads',
  sameKey: [
    {
      key: 'jordan.avery',
      label: 'Threads · @jordan.avery',
      urls: [
        'https://www.threads.com/@jordan.avery',
        'https://www.threads.com/@jordan.avery/',
        'https://threads.com/@Jordan.Avery',
        'https://www.threads.net/@jordan.avery',
        'https://threads.net/@JORDAN.AVERY/replies',
        'https://www.threads.com/@jordan.avery/reposts',
        'https://www.threads.com/@jordan.avery/media',
        'https://www.threads.com/@jordan.avery/post/C9xYz12AbCd',
        'https://www.threads.net/@jordan.avery/post/C9xYz12AbCd/media?xmt=AQF0',
        'https://www.threads.com/@jordan.avery?hl=en',
        'https://www.threads.com/%40jordan.avery',
        { url: 'https://l.threads.com/?u=https%3A%2F%2Fwww.threads.com%2F%40jordan.avery&e=AT0', load: false },
        { url: 'https://l.threads.net/?u=https%3A%2F%2Fwww.threads.net%2F%40jordan.avery%2Fpost%2FC9x&e=AT0', load: false },
      ],
    },
    { key: 'jordan.avery.fan', label: 'Threads · @jordan.avery.fan', urls: ['https://www.threads.com/@jordan.avery.fan'] },
    { key: 'jordan.aver', urls: ['https://www.threads.net/@jordan.aver/post/Abc'] },
  ],
  notProfiles: [
    'https://www.threads.com/',
    'https://www.threads.com/search?q=jordan%20avery',
    'https://www.threads.com/activity',
    'https://www.threads.com/jordan.avery',
    'https://www.threads.net/t/C9xYz12AbCd',
    'https://www.threads.com/@',
    'https://www.threads.com/settings',
    { url: 'https://l.threads.com/?u=https%3A%2F%2Fexample.org%2F&e=AT0', load: false },
  ],
};
