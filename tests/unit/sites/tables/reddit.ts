import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'reddit',
  sameKey: [
    {
      key: 'jordan_avery',
      label: 'Reddit · u/jordan_avery',
      urls: [
        'https://www.reddit.com/user/jordan_avery/',
        'https://www.reddit.com/user/jordan_avery',
        'https://www.reddit.com/u/jordan_avery',
        'https://reddit.com/u/Jordan_Avery/',
        'https://old.reddit.com/user/jordan_avery/submitted/?sort=new',
        'https://new.reddit.com/user/JORDAN_AVERY/comments/',
        'https://sh.reddit.com/user/jordan_avery/overview',
        'https://np.reddit.com/u/jordan_avery',
        'https://amp.reddit.com/user/jordan_avery',
        'https://i.reddit.com/user/jordan_avery',
        'https://www.reddit.com/r/u_jordan_avery/',
        'https://www.reddit.com/r/u_jordan_avery/comments/1abcde/golden_hour/',
        'https://www.reddit.com/user/jordan_avery/comments/1abcde/golden_hour/?utm_source=share&utm_medium=web',
        'https://www.reddit.com/user/jordan_avery/#profile',
        { url: 'https://out.reddit.com/t3_1abcde?url=https%3A%2F%2Fwww.reddit.com%2Fuser%2Fjordan_avery&token=AQAA&app_name=reddit.com', load: false },
      ],
    },
    { key: 'jordan_avery_fan', label: 'Reddit · u/jordan_avery_fan', urls: ['https://www.reddit.com/user/jordan_avery_fan/', 'https://old.reddit.com/u/jordan_avery_fan'] },
    { key: 'jordan-avery', urls: ['https://www.reddit.com/user/jordan-avery/'] },
  ],
  notProfiles: [
    'https://www.reddit.com/',
    'https://www.reddit.com/r/pics/',
    'https://www.reddit.com/r/pics/comments/1abcde/golden_hour/',
    'https://www.reddit.com/r/pics/s/AbCdEf123',
    'https://www.reddit.com/user/me/',
    'https://www.reddit.com/user/',
    'https://www.reddit.com/search/?q=jordan_avery',
    'https://www.reddit.com/r/u_/',
    'https://www.reddit.com/jordan_avery',
    { url: 'https://out.reddit.com/t3_1abcde?url=https%3A%2F%2Fexample.org%2Fuser%2Fjordan_avery&token=AQAA', load: false },
  ],
};
