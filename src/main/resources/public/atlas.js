// LLM Atlas: progressive enhancement shared by every page (the pages work without it).
(function () {
  'use strict';
  document.querySelectorAll('[data-js-only]').forEach(function (el) { el.hidden = false; });
  document.querySelectorAll('[data-nojs-only]').forEach(function (el) { el.hidden = true; });

  function pagePath(iri) {
    var base = 'https://w3id.org/llm-atlas/';
    if (iri.indexOf(base) !== 0) return null;
    var rest = iri.substring(base.length), i = rest.indexOf('/');
    var kind = rest.substring(0, i), id = rest.substring(i + 1);
    if (kind === 'concept' || kind === 'question') return '/' + kind + '/' + encodeURIComponent(id);
    if (kind === 'topic') { var j = id.indexOf('/'); return '/topic/' + encodeURIComponent(id.substring(0, j)) + '/' + encodeURIComponent(id.substring(j + 1)); }
    return null;
  }
  window.atlasPagePath = pagePath;
  var TYPE_NAMES = { ModelFamily: 'Model family' };

  // Autocomplete on every input marked data-autocomplete: /api/search as you type.
  document.querySelectorAll('input[data-autocomplete]').forEach(function (input) {
    var list = document.createElement('ul');
    list.className = 'ac'; list.hidden = true; list.setAttribute('role', 'listbox');
    input.parentNode.appendChild(list);
    var timer = null, seq = 0, active = -1;
    function close() { list.hidden = true; active = -1; }
    function render(hits) {
      list.textContent = '';
      hits.forEach(function (h) {
        var path = pagePath(h.iri); if (!path) return;
        var li = document.createElement('li'), a = document.createElement('a'), name = document.createElement('span'), badge = document.createElement('span');
        a.href = path; name.textContent = h.label; badge.className = 'badge type-' + h.type.replace(/[^A-Za-z]/g, ''); badge.textContent = TYPE_NAMES[h.type] || h.type;
        a.appendChild(name); a.appendChild(badge); li.appendChild(a); list.appendChild(li);
      });
      list.hidden = list.children.length === 0; active = -1;
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch('/api/search?limit=8&q=' + encodeURIComponent(q)).then(function (r) { return r.json(); })
          .then(function (hits) { if (mine === seq) render(hits); }).catch(close);
      }, 120);
    });
    input.addEventListener('keydown', function (e) {
      var items = list.querySelectorAll('li');
      if (list.hidden || !items.length) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items.forEach(function (li, i) { li.classList.toggle('active', i === active); });
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault(); window.location.href = items[active].querySelector('a').href;
      } else if (e.key === 'Escape') { close(); }
    });
    document.addEventListener('click', function (e) { if (!input.parentNode.contains(e.target)) close(); });
  });
})();
