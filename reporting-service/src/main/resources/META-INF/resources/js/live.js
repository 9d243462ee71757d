// Keeps a page current without a reload and without losing the reader's place. The server says on
// /api/v1/changes/stream what changed ('changed' events: {id, everything, municipalities, interventions});
// when a change concerns this page (body[data-live-scope]), the page fetches itself again and replaces only the
// elements marked data-live whose content differs, keeping the scroll position and, where it can, the focus.
// After a dropped connection (EventSource reconnects by itself) it refreshes once, for what it missed.

const body = document.body;
const scope = body.dataset.liveScope || 'none';
const statusLine = document.querySelector('[data-stream-status]');
const FOCUSABLE = 'a, button, input, [tabindex]';
let renderedId = Number(body.dataset.changeId || 0);
let disconnected = false;
let refreshing = null;
let again = false;

function concerns(change) {
  if (scope === 'all' || change.everything) {
    return true;
  }
  const [kind, key] = scope.split(':');
  if (kind === 'municipality') {
    return (change.municipalities || []).includes(key);
  }
  if (kind === 'intervention') {
    return (change.interventions || []).includes(key);
  }
  return false;
}

// Where the focus is inside an element that is about to be replaced, as an index among its focusable elements.
function focusIndex(element) {
  const active = document.activeElement;
  if (!active || !element.contains(active)) {
    return -1;
  }
  return Array.from(element.querySelectorAll(FOCUSABLE)).indexOf(active);
}

function patch(fresh) {
  const current = document.querySelector(`[data-live="${CSS.escape(fresh.dataset.live)}"]`);
  if (!current || current.outerHTML === fresh.outerHTML) {
    return 0;
  }
  const focused = focusIndex(current);
  const replacement = document.importNode(fresh, true);
  current.replaceWith(replacement);
  if (focused >= 0) {
    const target = replacement.querySelectorAll(FOCUSABLE)[focused];
    if (target) {
      target.focus({ preventScroll: true });
    }
  }
  return 1;
}

async function fetchAndPatch() {
  const response = await fetch(window.location.href, {
    headers: { Accept: 'text/html' },
    cache: 'no-store',
    credentials: 'same-origin',
  });
  if (!response.ok) {
    return;
  }
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
  let patched = 0;
  fresh.querySelectorAll('[data-live]').forEach((element) => {
    patched += patch(element);
  });
  // For tests and the curious: how many parts have been replaced since the page loaded.
  body.dataset.patches = String(Number(body.dataset.patches || 0) + patched);
}

// One refresh at a time; a change during a refresh asks for one more afterwards, so none is lost. A failed fetch
// is not retried here: the stream drops too when the server is away, and its reconnect refreshes.
function refresh() {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = fetchAndPatch()
    .catch(() => {})
    .finally(() => {
      refreshing = null;
      if (again) {
        again = false;
        refresh();
      }
    });
}

function show(key) {
  if (statusLine) {
    statusLine.textContent = statusLine.dataset[key] || '';
  }
}

// The stream is closed when the page is left: a browser holds few connections per server (six over HTTP/1.1),
// and a page kept in its back/forward cache would otherwise keep its stream open and starve the next pages.
// A page shown again from that cache reconnects and refreshes for what it missed.
function connect() {
  const stream = new EventSource(body.dataset.stream);
  stream.addEventListener('changed', (event) => {
    const change = JSON.parse(event.data);
    // The stream replays its latest push on connecting; a page rendered after that push already shows it.
    const alreadyShown = change.id === renderedId;
    renderedId = -1;
    if (!alreadyShown && concerns(change)) {
      refresh();
    }
  });
  stream.addEventListener('open', () => {
    show('textLive');
    if (disconnected) {
      disconnected = false;
      refresh();
    }
  });
  stream.addEventListener('error', () => {
    disconnected = true;
    show('textLost');
  });
  window.addEventListener('pagehide', () => stream.close(), { once: true });
}

if (scope !== 'none' && body.dataset.stream && 'EventSource' in window) {
  connect();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      disconnected = true;
      connect();
    }
  });
}
