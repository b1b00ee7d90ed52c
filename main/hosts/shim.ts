/**
 * The browser host's stand-in for Electron's preload: the source of the script it serves as
 * /host-shim.js, defining `window.commonplace` over HTTP (calls) and server-sent events (pushes).
 * The token arrives once in the page URL and is kept for the tab's session, so reloads work and
 * the URL can be tidied.
 */
export const SHIM_SOURCE = `(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem('commonplace.token', fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }
  const token = sessionStorage.getItem('commonplace.token') || '';
  const listeners = new Map();
  let source = null;
  function connect() {
    if (source) return;
    source = new EventSource('/api/events?token=' + encodeURIComponent(token));
    source.onmessage = (message) => {
      let data;
      try { data = JSON.parse(message.data); } catch { return; }
      for (const listener of listeners.get(data.event) || []) listener(data.payload);
    };
  }
  const bridge = {
    async invoke(method, input) {
      const body = JSON.stringify(input === undefined ? {} : input);
      try {
        const response = await fetch('/api/call/' + encodeURIComponent(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Commonplace-Token': token },
          body,
          // A save started as the tab closes must still arrive; browsers cap keepalive bodies at 64 KiB.
          keepalive: body.length < 60000,
        });
        return await response.json();
      } catch (error) {
        return { ok: false, error: { code: 'host_unreachable', message: 'Commonplace is not running any more (the preview server stopped). Start it again and reload this page.' } };
      }
    },
    on(event, listener) {
      connect();
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  };
  Object.defineProperty(window, 'commonplace', { value: Object.freeze(bridge), writable: false });
  connect();
})();
`;
