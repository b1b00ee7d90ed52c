/**
 * The browser host's stand-in for Electron's preload: the source of the script it serves as
 * /host-shim.js, defining `window.commonplace` over HTTP (calls) and server-sent events (pushes).
 * The token arrives once in the page URL and is kept for the tab's session, so reloads work and
 * the URL can be tidied; every API request carries it in the X-Commonplace-Token header (the host
 * accepts it nowhere else), so events are read with fetch rather than EventSource, which cannot
 * send headers. X-Commonplace-Client names this page, so a newer search replaces its own older
 * ones waiting on the host (they answer `superseded`, a reply the page no longer waits for).
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
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const client = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const listeners = new Map();
  let connected = false;
  function deliver(block) {
    const data = block.split('\\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).replace(/^ /, '')).join('\\n');
    if (!data) return;
    let message;
    try { message = JSON.parse(data); } catch { return; }
    for (const listener of listeners.get(message.event) || []) listener(message.payload);
  }
  // Server-sent events over fetch, reconnecting as EventSource would when the stream ends.
  async function stream() {
    for (;;) {
      try {
        const response = await fetch('/api/events', { headers: { 'X-Commonplace-Token': token }, cache: 'no-store' });
        if (response.ok && response.body) {
          const reader = response.body.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true }).replace(/\\r\\n?/g, '\\n');
            let end;
            while ((end = buffer.indexOf('\\n\\n')) !== -1) {
              deliver(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
          }
        }
      } catch {
        // The host stopped or restarted: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  function connect() {
    if (connected) return;
    connected = true;
    void stream();
  }
  const bridge = {
    async invoke(method, input) {
      const body = JSON.stringify(input === undefined ? {} : input);
      try {
        const response = await fetch('/api/call/' + encodeURIComponent(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Commonplace-Token': token, 'X-Commonplace-Client': client },
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
