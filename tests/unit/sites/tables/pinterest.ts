import type { ProfileUrlTable } from '../url-table';

export const table: ProfileUrlTable = {
  site: 'pinterest',
  sameKey: [
    {
      key: 'jordanavery',
      label: 'Pinterest · jordanavery',
      urls: [
        'https://www.pinterest.com/jordanavery/',
        'https://pinterest.com/JordanAvery',
        'https://www.pinterest.com/jordanavery/portraits/',
        'https://www.pinterest.com/jordanavery/weddings/film-photos/',
        'https://www.pinterest.com/jordanavery/_saved/',
        'https://www.pinterest.com/jordanavery/_created/?invite_code=abc',
        'https://uk.pinterest.com/jordanavery/',
        'https://www.pinterest.co.uk/jordanavery/',
        'https://www.pinterest.de/jordanavery/portraits/',
        'https://www.pinterest.com.au/jordanavery/',
        'https://www.pinterest.fr/jordanavery/#boards',
        'http://www.pinterest.ca/jordanavery',
        { url: 'https://www.google.co.uk/url?q=https://www.pinterest.co.uk/jordanavery/&sa=U', load: false },
      ],
    },
    { key: 'jordanavery_fan', label: 'Pinterest · jordanavery_fan', urls: ['https://www.pinterest.com/jordanavery_fan/'] },
    { key: 'jordanave', urls: ['https://www.pinterest.de/jordanave/'] },
  ],
  notProfiles: [
    'https://www.pinterest.com/',
    'https://www.pinterest.com/pin/123456789012345678/',
    'https://www.pinterest.com/search/pins/?q=portrait%20photography',
    'https://www.pinterest.com/ideas/',
    'https://www.pinterest.com/today/',
    'https://www.pinterest.com/settings/',
    'https://www.pinterest.co.uk/pin/987654321/',
    { url: 'https://pin.it/1a2B3c4D', load: false },
    { url: 'https://www.pinterest.com/offsite/?token=123&url=https%3A%2F%2Fexample.org%2F', load: false },
  ],
};
