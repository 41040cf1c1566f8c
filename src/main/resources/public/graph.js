// LLM Atlas: the neighbourhood graph on concept pages (Cytoscape.js from the WebJar).
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box || typeof cytoscape !== 'function') return;
  var COLORS = { Concept: '#3b5bdb', Model: '#e8590c', ModelFamily: '#c2255c', Benchmark: '#2b8a3e', Metric: '#0c8599', Organization: '#7048e8', Topic: '#868e96' };
  var STEP = 60;
  var focus = box.getAttribute('data-focus');
  var limit = STEP;
  var depthSel = document.getElementById('g-depth');
  var moreBtn = document.getElementById('g-more');
  box.textContent = '';

  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    minZoom: 0.2, maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'background-color': function (n) { return COLORS[n.data('type')] || '#495057'; },
        'label': 'data(label)', 'font-size': 11, 'color': '#1d2433', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'ellipsis', 'text-max-width': 130, 'width': 18, 'height': 18,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
        'border-width': 2, 'border-color': '#fff' } },
      { selector: 'node[?focus]', style: { 'width': 30, 'height': 30, 'font-size': 13, 'text-max-width': 220, 'font-weight': 'bold', 'border-color': '#ffd43b', 'border-width': 4 } },
      { selector: 'node[?expanded]', style: { 'border-color': '#adb5bd' } },
      { selector: 'edge', style: {
        'width': 1.6, 'line-color': '#98a2b3', 'target-arrow-color': '#98a2b3', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'curve-style': 'bezier', 'label': 'data(name)', 'font-size': 8, 'color': '#667085',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
      { selector: 'edge[cue = "implied"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
      { selector: 'edge[relation = "uses"]', style: { 'line-color': '#4263eb', 'target-arrow-color': '#4263eb' } },
      { selector: 'edge[relation = "improvesOn"]', style: { 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
      { selector: 'edge[relation = "evaluatedBy"]', style: { 'line-color': '#2b8a3e', 'target-arrow-color': '#2b8a3e' } },
      { selector: 'edge[relation = "developedBy"]', style: { 'line-color': '#7048e8', 'target-arrow-color': '#7048e8' } },
      { selector: 'node:selected', style: { 'border-color': '#1c7ed6', 'border-width': 4 } }
    ]
  });
  window.atlasGraph = cy;
  var NAMES = { uses: 'uses', improvesOn: 'improves on', partOf: 'part of', evaluatedBy: 'evaluated by', developedBy: 'developed by' };

  function checked(id) {
    return Array.prototype.map.call(document.querySelectorAll('#' + id + ' input:checked'), function (i) { return i.value; });
  }
  function url(iri, depth, max) {
    return '/api/neighbourhood?iri=' + encodeURIComponent(iri) + '&depth=' + depth + '&limit=' + max +
      '&relations=' + encodeURIComponent(checked('g-relations').join(',')) + '&types=' + encodeURIComponent(checked('g-types').join(','));
  }
  function elements(g) {
    var els = [];
    g.nodes.forEach(function (n) { els.push({ group: 'nodes', data: { id: n.iri, label: n.label, type: n.type, depth: n.depth, focus: n.iri === focus } }); });
    g.edges.forEach(function (e) {
      els.push({ group: 'edges', data: { id: e.source + '|' + e.relation + '|' + e.target, source: e.source, target: e.target,
        relation: e.relation, cue: e.cue, name: NAMES[e.relation] || e.relation } });
    });
    return els;
  }
  function merge(g) {
    var add = elements(g).filter(function (el) { return cy.getElementById(el.data.id).empty(); });
    // edges need both ends present
    cy.add(add.filter(function (el) { return el.group === 'nodes'; }));
    cy.add(add.filter(function (el) { return el.group === 'edges' && !cy.getElementById(el.data.source).empty() && !cy.getElementById(el.data.target).empty(); }));
  }
  function layout() {
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: function () { return 20000; }, idealEdgeLength: function () { return 95; }, nodeOverlap: 20, gravity: 0.6,
      padding: 20, randomize: true, componentSpacing: 60 }).run();
  }
  function status(text) { box.setAttribute('data-status', text); }
  function load() {
    status('loading');
    fetch(url(focus, depthSel ? depthSel.value : 2, limit)).then(function (r) { return r.json(); }).then(function (g) {
      cy.elements().remove();
      merge(g);
      layout();
      if (moreBtn) moreBtn.hidden = !g.truncated;
      box.setAttribute('data-nodes', String(cy.nodes().length));
      status('ready');
    }).catch(function () { status('error'); });
  }
  function expand(node) {
    status('loading');
    fetch(url(node.id(), 1, STEP)).then(function (r) { return r.json(); }).then(function (g) {
      node.data('expanded', true);
      merge(g);
      layout();
      box.setAttribute('data-nodes', String(cy.nodes().length));
      status('ready');
    }).catch(function () { status('error'); });
  }

  var lastTap = 0, tapTimer = null;
  cy.on('tap', 'node', function (evt) {
    var node = evt.target, now = Date.now();
    clearTimeout(tapTimer);
    if (now - lastTap < 300) { lastTap = 0; expand(node); return; }
    lastTap = now;
    tapTimer = setTimeout(function () {
      var path = window.atlasPagePath(node.id());
      if (path && node.id() !== focus) window.location.href = path;
    }, 320);
  });
  cy.on('taphold', 'node', function (evt) { clearTimeout(tapTimer); expand(evt.target); });
  cy.on('mouseover', 'node', function (evt) { box.title = evt.target.data('label') + ' (' + evt.target.data('type') + ')'; });
  cy.on('mouseout', 'node', function () { box.title = ''; });

  if (depthSel) depthSel.addEventListener('change', function () { limit = STEP; load(); });
  document.querySelectorAll('#g-relations input, #g-types input').forEach(function (i) { i.addEventListener('change', load); });
  if (moreBtn) moreBtn.addEventListener('click', function () { limit += STEP; load(); });
  var fit = document.getElementById('g-fit');
  if (fit) fit.addEventListener('click', function () { cy.fit(undefined, 20); });

  function download(name, href) {
    var a = document.createElement('a');
    a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  }
  function fileName(ext) { return (box.getAttribute('data-label') || 'graph').replace(/[^\w\-]+/g, '_') + '.' + ext; }
  var png = document.getElementById('g-png');
  if (png) png.addEventListener('click', function () { download(fileName('png'), cy.png({ full: true, scale: 2, bg: '#ffffff' })); });
  var svg = document.getElementById('g-svg');
  if (svg) svg.addEventListener('click', function () {
    var blob = new Blob([toSvg()], { type: 'image/svg+xml' });
    var href = URL.createObjectURL(blob);
    download(fileName('svg'), href);
    setTimeout(function () { URL.revokeObjectURL(href); }, 1000);
  });

  function x(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  // A small SVG serializer of the current view: node positions, labels and edges.
  function toSvg() {
    var bb = cy.elements().boundingBox(), pad = 30;
    var w = Math.ceil(bb.w + 2 * pad), h = Math.ceil(bb.h + 2 * pad), dx = pad - bb.x1, dy = pad - bb.y1;
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h + '" font-family="sans-serif">',
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#98a2b3"/></marker></defs>',
      '<rect width="100%" height="100%" fill="#ffffff"/>'];
    cy.edges(':visible').forEach(function (e) {
      var s = e.source().position(), t = e.target().position();
      out.push('<line x1="' + (s.x + dx).toFixed(1) + '" y1="' + (s.y + dy).toFixed(1) + '" x2="' + (t.x + dx).toFixed(1) + '" y2="' + (t.y + dy).toFixed(1) +
        '" stroke="' + x(e.style('line-color')) + '" stroke-width="1.5"' + (e.data('cue') === 'implied' ? ' stroke-dasharray="5,4"' : '') +
        ' marker-end="url(#arrow)"><title>' + x(e.data('name')) + '</title></line>');
    });
    cy.nodes(':visible').forEach(function (n) {
      var p = n.position(), r = n.width() / 2;
      out.push('<g><circle cx="' + (p.x + dx).toFixed(1) + '" cy="' + (p.y + dy).toFixed(1) + '" r="' + r.toFixed(1) + '" fill="' + x(COLORS[n.data('type')] || '#495057') +
        '" stroke="#fff" stroke-width="2"/><text x="' + (p.x + dx).toFixed(1) + '" y="' + (p.y + dy + r + 13).toFixed(1) +
        '" font-size="11" text-anchor="middle" fill="#1d2433">' + x(n.data('label')) + '</text><title>' + x(n.data('label') + ' (' + n.data('type') + ')') + '</title></g>');
    });
    out.push('</svg>');
    return out.join('\n');
  }
  window.atlasGraphSvg = toSvg;
  load();
})();
