// A web app that routes in-app with history.pushState, as Mastodon's and most others do: the address
// changes, the page is not loaded again. Served at /home; `routeTo(path)` goes there.
export const ROUTING_APP = `<!doctype html><html><head><meta charset="utf-8"><title>App</title></head><body>
<main id="app"><h1 data-testid="home">Home</h1></main>
<script>
  window.routeTo = (path) => {
    history.pushState({}, '', path);
    document.getElementById('app').textContent = 'Now at ' + location.pathname;
  };
</script></body></html>`;
