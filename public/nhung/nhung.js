/*! Điển hình tiên tiến — nhúng (embed) v1. Include once:
 *  <a class="dhtt-nhung" href="https://<site>/nhung/…">…</a> or <div data-dhtt-nhung="https://<site>/nhung/…"></div>
 *  becomes an iframe that keeps its height. Heights are taken only from a message whose source is an
 *  iframe this script made and whose origin is the site's (the origin of this script's own URL). */
(function () {
  'use strict';
  var w = window, d = document;
  if (w.dhttNhung) return w.dhttNhung.scan();
  var me = d.currentScript || d.querySelector('script[src*="/nhung/nhung.js"]');
  if (!me || !w.URL) return;
  var origin = new URL(me.src, location.href).origin;
  var TYPE = 'dhtt-nhung:height', MIN = 60, MAX = 20000;
  var frames = {}, count = 0;

  function make(el) {
    var url;
    try {
      url = new URL(el.getAttribute('data-dhtt-nhung') || el.getAttribute('href') || '', location.href);
    } catch (e) {
      return;
    }
    if (url.origin !== origin || !/^\/nhung\/.+/.test(url.pathname)) return;
    var id = 'n' + ++count + '-' + Math.random().toString(36).slice(2, 10);
    url.searchParams.set('id', id);
    var f = d.createElement('iframe');
    f.src = url.href;
    f.title = el.getAttribute('data-title') || (el.textContent || '').trim() || d.title;
    f.loading = 'lazy';
    f.height = el.getAttribute('data-height') || (/^\/nhung\/mo-hinh\//.test(url.pathname) ? 420 : 640);
    f.width = '100%';
    f.style.cssText = 'border:0;max-width:100%;display:block';
    f.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frames[id] = f;
    el.parentNode.replaceChild(f, el);
  }

  function scan() {
    var els = d.querySelectorAll('a.dhtt-nhung[href], [data-dhtt-nhung]');
    for (var i = 0; i < els.length; i++) make(els[i]);
  }

  w.addEventListener('message', function (e) {
    var m = e.data;
    if (e.origin !== origin || !m || typeof m !== 'object' || m.type !== TYPE || typeof m.id !== 'string') return;
    var f = Object.prototype.hasOwnProperty.call(frames, m.id) ? frames[m.id] : null;
    var h = m.height;
    // Only the iframe made for this id; only a finite number no larger than MAX (anything else changes nothing).
    if (!f || e.source !== f.contentWindow || typeof h !== 'number' || !isFinite(h) || h < 0 || h > MAX) return;
    f.height = String(Math.max(MIN, Math.ceil(h)));
  });

  w.dhttNhung = { scan: scan };
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
