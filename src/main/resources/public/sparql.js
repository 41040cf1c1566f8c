// LLM Atlas: the SPARQL editor runs queries against /sparql (Fuseki) and draws the table here;
// when /sparql is not there (or fails) the form is submitted to the server as without script.
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  if (!form) return;
  var select = document.getElementById('sparql-named');
  var text = document.getElementById('sparql-query');
  var out = document.getElementById('sparql-results');
  var statusEl = document.getElementById('sparql-status');
  select.addEventListener('change', function () {
    var opt = select.options[select.selectedIndex];
    text.value = opt.getAttribute('data-sparql');
  });
  function el(tag, cls, txt) { var e = document.createElement(tag); if (cls) e.className = cls; if (txt !== undefined) e.textContent = txt; return e; }
  function cell(v) {
    var td = el('td');
    if (!v) return td;
    if (v.type === 'uri') {
      var path = window.atlasPagePath(v.value), shown = v.value.replace('https://w3id.org/llm-atlas/', '');
      if (path) { var a = el('a', null, shown); a.href = path; td.appendChild(a); } else { td.appendChild(el('span', 'iri', shown)); }
    } else { td.textContent = v.value; }
    return td;
  }
  function render(json) {
    out.textContent = '';
    if (typeof json.boolean === 'boolean') { out.appendChild(el('p', 'ask-result', String(json.boolean))); return; }
    var vars = json.head.vars, rows = json.results.bindings;
    var wrap = el('div', 'table-wrap'), table = el('table', 'results-table'), thead = el('thead'), tr = el('tr'), tbody = el('tbody');
    vars.forEach(function (v) { tr.appendChild(el('th', null, v)); });
    thead.appendChild(tr); table.appendChild(thead);
    rows.slice(0, 500).forEach(function (b) {
      var r = el('tr');
      vars.forEach(function (v) { r.appendChild(cell(b[v])); });
      tbody.appendChild(r);
    });
    table.appendChild(tbody); wrap.appendChild(table); out.appendChild(wrap);
    out.appendChild(el('p', 'muted', rows.length + (rows.length === 1 ? ' row' : ' rows') + (rows.length > 500 ? ', first 500 shown' : '')));
  }
  form.addEventListener('submit', function (e) {
    if (e.submitter && e.submitter.name === 'load') return;
    e.preventDefault();
    statusEl.textContent = 'Running…';
    var t0 = performance.now();
    fetch('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(text.value) })
      .then(function (r) {
        var ct = r.headers.get('Content-Type') || '';
        if (r.status === 400) { return r.text().then(function (msg) { throw { user: msg }; }); }
        if (!r.ok || ct.indexOf('json') < 0) throw new Error('no endpoint');
        return r.json();
      })
      .then(function (json) {
        if (!json.head && typeof json.boolean !== 'boolean') { form.submit(); return; }
        render(json); statusEl.textContent = 'Done in ' + Math.round(performance.now() - t0) + ' ms'; out.setAttribute('data-ran', 'js'); })
      .catch(function (err) {
        if (err && err.user) { out.textContent = ''; out.appendChild(el('p', 'error', err.user)); statusEl.textContent = ''; return; }
        form.submit(); // no endpoint here (or a CONSTRUCT): let the server render the table
      });
  });
})();
