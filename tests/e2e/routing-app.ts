// A web app that routes in-app with history.pushState, as Mastodon's and most others do: the address
// changes, the page is not loaded again. Served at /home; `routeTo(path)` goes there. And what a
// test of such a route lets through when the guard is quicker than the call.
export const ROUTING_APP = `<!doctype html><html><head><meta charset="utf-8"><title>App</title></head><body>
<main id="app"><h1 data-testid="home">Home</h1></main>
<script>
  window.routeTo = (path) => {
    history.pushState({}, '', path);
    document.getElementById('app').textContent = 'Now at ' + location.pathname;
  };
</script></body></html>`;

/**
 * A call that routes to their profile may not return: the guard can send the tab to the prompt
 * first, and the page the call ran in is gone. Only that error is let through.
 */
export function leftForPrompt(error: unknown): void {
  if (!String(error).includes('Execution context was destroyed')) throw error;
}
