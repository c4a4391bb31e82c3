import type { ProfileUrlTable } from '../url-table';

// YouTube channel ids are case-sensitive, but these regexes are checked here case-insensitively (as
// declarativeNetRequest does by default); the case-sensitive rule for /channel/UC… is tested in
// ../youtube.adapter.test.ts.
export const table: ProfileUrlTable = {
  site: 'youtube',
  sameKey: [
    {
      key: '@jordanavery',
      label: 'YouTube · @jordanavery',
      urls: [
        'https://www.youtube.com/@jordanavery',
        'https://www.youtube.com/@JordanAvery',
        'https://youtube.com/@jordanavery/',
        'https://m.youtube.com/@jordanavery',
        'https://m.youtube.com/@JordanAvery/videos?view=0&sort=p',
        'https://www.youtube.com/@jordanavery/shorts',
        'https://www.youtube.com/@jordanavery/community?lb=UgkxAbC',
        'https://www.youtube.com/@jordanavery/featured#top',
        'https://music.youtube.com/@jordanavery',
        'http://www.youtube.com/@jordanavery/about',
        'https://www.youtube.com/@jordanavery?si=Ab12Cd34&feature=shared',
        'https://www.youtube.com/%40jordanavery/playlists',
        { url: 'https://www.youtube.com/redirect?q=https%3A%2F%2Fwww.youtube.com%2F%40jordanavery&event=video_description&redir_token=QUFF', load: false },
        { url: 'https://www.google.com/url?q=https://www.youtube.com/@JordanAvery&sa=U&ved=2ahUKE', load: false },
        { url: 'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fm.youtube.com%2F%40jordanavery%2Fvideos&rut=abc', load: false },
      ],
    },
    { key: '@jordanavery_fan', label: 'YouTube · @jordanavery_fan', urls: ['https://www.youtube.com/@jordanavery_fan', 'https://m.youtube.com/@JordanAvery_Fan/videos'] },
    { key: '@jordanaver', urls: ['https://www.youtube.com/@jordanaver'] },
    {
      key: '@иван',
      label: 'YouTube · @иван',
      urls: [
        'https://www.youtube.com/@%D0%98%D0%B2%D0%B0%D0%BD',
        'https://www.youtube.com/@%D0%B8%D0%B2%D0%B0%D0%BD/videos',
        'https://m.youtube.com/@%d0%98%d0%b2%d0%b0%d0%bd',
      ],
    },
    {
      key: 'channel/UClgRkhTL3_hImCAmdLfDE4g',
      label: 'YouTube · channel UClgRkhTL3_hImCAmdLfDE4g',
      urls: [
        'https://www.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g',
        'https://m.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g/videos',
        'https://music.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g',
        'https://www.youtube.com/channel/UClgRkhTL3_hImCAmdLfDE4g/featured?sub_confirmation=1',
      ],
    },
    { key: 'c/benjamincode', label: 'YouTube · /c/benjamincode', urls: ['https://www.youtube.com/c/BenjaminCode', 'https://m.youtube.com/c/benjamincode/videos'] },
    { key: 'c/mehdimaïzi10', label: 'YouTube · /c/mehdimaïzi10', urls: ['https://www.youtube.com/c/MehdiMa%C3%AFzi10', 'https://www.youtube.com/c/MEHDIMA%C3%8FZI10/about'] },
    { key: 'user/normanfaitdesvideos', label: 'YouTube · /user/normanfaitdesvideos', urls: ['https://www.youtube.com/user/NormanFaitDesVideos', 'https://www.youtube.com/user/normanfaitdesvideos/videos'] },
  ],
  notProfiles: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/results?search_query=jordan+avery',
    'https://www.youtube.com/shorts/AbCdEfGhIjK',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/playlist?list=PL0123456789',
    'https://www.youtube.com/channel/UCshort',
    'https://www.youtube.com/@',
    { url: 'https://www.youtube.com/redirect?q=https%3A%2F%2Fexample.org%2F&event=comments', load: false },
  ],
};
