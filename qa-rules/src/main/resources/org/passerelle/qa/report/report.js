// Draws the QA findings of the JSON above: one card per unit, one page at a time, so that
// ten thousand findings open as fast as ten. Text goes in through textContent only.
(function () {
  'use strict';
  var PAGE = 50;
  var SEVERITIES = ['error', 'warning', 'info'];
  var data = JSON.parse(document.getElementById('qa-data').textContent);
  var controls = {
    text: document.getElementById('f-text'),
    severity: document.getElementById('f-severity'),
    check: document.getElementById('f-check'),
    file: document.getElementById('f-file'),
    suppressed: document.getElementById('f-suppressed')
  };
  var page = 0;
  var shown = [];

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // What the search looks in: the unit, the file, the texts and the messages, lower case.
  data.cards.forEach(function (card) {
    var parts = [card.u, data.files[card.f].path];
    card.s.forEach(function (s) {
      (s.src || []).forEach(function (p) { parts.push(p[1]); });
      (s.tgt || []).forEach(function (p) { parts.push(p[1]); });
    });
    card.x.forEach(function (x) { parts.push(x.m, x.c); });
    card.haystack = parts.join('\n').toLowerCase();
  });

  function options(select, values, counts, label) {
    values.forEach(function (v) {
      var o = el('option', null, (label ? label(v) : v) + ' (' + (counts[v] || 0) + ')');
      o.value = v;
      select.appendChild(o);
    });
  }

  function fillFilters() {
    var bySeverity = {}, byCheck = {}, byFile = {};
    data.cards.forEach(function (card) {
      card.x.forEach(function (x) {
        if (x.p) { return; }
        bySeverity[x.v] = (bySeverity[x.v] || 0) + 1;
        byCheck[x.c] = (byCheck[x.c] || 0) + 1;
        byFile[card.f] = (byFile[card.f] || 0) + 1;
      });
    });
    options(controls.severity, SEVERITIES, bySeverity);
    options(controls.check, Object.keys(byCheck).sort(), byCheck);
    options(controls.file, data.files.map(function (f, i) { return String(i); }), byFile,
      function (i) { return data.files[i].name; });
  }

  function matches(x, card) {
    if (x.p && !controls.suppressed.checked) { return false; }
    if (controls.severity.value && x.v !== controls.severity.value) { return false; }
    if (controls.check.value && x.c !== controls.check.value) { return false; }
    if (controls.file.value && String(card.f) !== controls.file.value) { return false; }
    return true;
  }

  function filter() {
    var words = controls.text.value.toLowerCase().split(/\s+/).filter(Boolean);
    shown = [];
    var findings = 0;
    data.cards.forEach(function (card) {
      var visible = card.x.filter(function (x) { return matches(x, card); });
      if (visible.length === 0) { return; }
      if (!words.every(function (w) { return card.haystack.indexOf(w) >= 0; })) { return; }
      shown.push({card: card, findings: visible});
      findings += visible.length;
    });
    document.getElementById('shown').textContent = shown.length + ' unit' + (shown.length === 1 ? '' : 's') + ', '
      + findings + ' finding' + (findings === 1 ? '' : 's') + ' shown';
  }

  // The marks of one side: each finding's own span, and the phrases its message quotes.
  function marksOf(entry, segmentIndex, side) {
    var marks = [];
    entry.findings.forEach(function (x) {
      if (x.s !== segmentIndex) { return; }
      if (x.side === side) { marks.push({start: x.o, end: x.o + x.l, x: x, own: true}); }
      (x.e || []).forEach(function (e) {
        if ((e[0] === 0 ? 's' : 't') === side) { marks.push({start: e[1], end: e[1] + e[2], x: x, own: false}); }
      });
    });
    return marks;
  }

  // A finding whose quoted phrases are marked on this side needs no caret there (term.required at offset 0).
  function quotedOn(x, side) {
    return (x.e || []).some(function (e) { return (e[0] === 0 ? 's' : 't') === side; });
  }

  function drawText(pieces, marks, lang, side) {
    var cell = el('div', 'text');
    if (lang) { cell.lang = lang; }
    if (!pieces) { cell.appendChild(el('em', 'none', 'no target')); return cell; }
    pieces.forEach(function (piece, n) {
      var start = piece[0], text = piece[1], end = start + text.length;
      if (n > 0 || start > 0) { cell.appendChild(el('span', 'gap', ' … ')); }
      var cuts = [start, end];
      marks.forEach(function (m) {
        if (m.start >= start && m.start <= end) { cuts.push(m.start); }
        if (m.end >= start && m.end <= end) { cuts.push(m.end); }
      });
      cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (c, i, all) { return i === 0 || c !== all[i - 1]; });
      for (var i = 0; i < cuts.length; i++) {
        var from = cuts[i], to = i + 1 < cuts.length ? cuts[i + 1] : from;
        marks.forEach(function (m) {
          if (m.own && m.start === m.end && m.start === from && !quotedOn(m.x, side)) {
            var point = el('mark', 'point ' + m.x.v, '\u2038');
            point.title = m.x.c + ': ' + m.x.m;
            cell.appendChild(point);
          }
        });
        if (to <= from) { continue; }
        var covering = marks.filter(function (m) { return m.start <= from && m.end >= to && m.end > m.start; });
        var piece2 = text.substring(from - start, to - start);
        if (covering.length === 0) { cell.appendChild(document.createTextNode(piece2)); continue; }
        var own = covering.filter(function (m) { return m.own; });
        var top = (own.length ? own : covering).slice().sort(function (a, b) {
          return SEVERITIES.indexOf(a.x.v) - SEVERITIES.indexOf(b.x.v);
        })[0];
        var mark = el('mark', (own.length ? 'own ' : 'quoted ') + top.x.v, piece2);
        mark.title = covering.map(function (m) { return m.x.c + ': ' + m.x.m; }).join('\n');
        cell.appendChild(mark);
      }
    });
    return cell;
  }

  function drawCard(entry) {
    var card = entry.card, file = data.files[card.f];
    var box = el('article', 'card ' + entry.findings.map(function (x) { return x.v; }).sort(function (a, b) {
      return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
    })[0]);
    box.id = card.a;
    var head = el('header');
    var link = el('a', 'unit', card.u);
    link.href = '#' + encodeURIComponent(card.a);
    head.appendChild(link);
    var where = el('span', 'file', file.name);
    where.title = file.path;
    head.appendChild(where);
    SEVERITIES.forEach(function (v) {
      var n = entry.findings.filter(function (x) { return x.v === v && !x.p; }).length;
      if (n) { head.appendChild(el('span', 'badge ' + v, n + ' ' + v + (n === 1 ? '' : 's'))); }
    });
    box.appendChild(head);
    card.s.forEach(function (s, i) {
      var row = el('div', 'segment');
      row.appendChild(drawText(s.src, marksOf(entry, i, 's'), card.sl, 's'));
      row.appendChild(drawText(s.tgt, marksOf(entry, i, 't'), card.tl, 't'));
      box.appendChild(row);
    });
    var list = el('ul', 'findings');
    entry.findings.forEach(function (x) {
      var item = el('li', x.p ? 'suppressed' : x.v);
      item.appendChild(el('span', 'sev ' + x.v, x.p ? 'suppressed' : x.v));
      var check = el('code', 'check', x.c);
      check.title = data.checks[x.c] ? data.checks[x.c].d : x.c;
      item.appendChild(check);
      item.appendChild(el('span', 'message', x.m));
      if (x.g) {
        // each in its own box, so that a suggested space or an empty replacement can be seen
        var suggestions = el('span', 'suggestions', 'suggestions: ');
        x.g.forEach(function (g) { suggestions.appendChild(el('code', 'suggestion', g)); });
        item.appendChild(suggestions);
      }
      if (x.p) { item.appendChild(el('em', 'reason', 'suppressed: ' + x.p)); }
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function draw() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);
    var main = document.getElementById('cards');
    main.textContent = '';
    shown.slice(page * PAGE, (page + 1) * PAGE).forEach(function (entry) { main.appendChild(drawCard(entry)); });
    var nav = document.getElementById('pages');
    nav.textContent = '';
    if (pages > 1) {
      var back = el('button', null, '\u25c0 previous');
      back.disabled = page === 0;
      back.onclick = function () { page -= 1; draw(); window.scrollTo(0, 0); };
      var next = el('button', null, 'next \u25b6');
      next.disabled = page === pages - 1;
      next.onclick = function () { page += 1; draw(); window.scrollTo(0, 0); };
      nav.appendChild(back);
      nav.appendChild(el('span', null, ' page ' + (page + 1) + ' of ' + pages + ' '));
      nav.appendChild(next);
    }
  }

  function refresh() { page = 0; filter(); draw(); }

  // A link to a unit opens its page, whatever the filters hid.
  function follow() {
    var anchor = decodeURIComponent(window.location.hash.slice(1));
    if (!anchor) { return; }
    var at = shown.findIndex(function (e) { return e.card.a === anchor; });
    if (at < 0) {
      controls.text.value = '';
      controls.severity.value = controls.check.value = controls.file.value = '';
      controls.suppressed.checked = true;
      filter();
      at = shown.findIndex(function (e) { return e.card.a === anchor; });
    }
    if (at < 0) { return; }
    page = Math.floor(at / PAGE);
    draw();
    var target = document.getElementById(anchor);
    target.classList.add('target');
    target.scrollIntoView();
  }

  fillFilters();
  ['severity', 'check', 'file', 'suppressed'].forEach(function (k) { controls[k].addEventListener('change', refresh); });
  controls.text.addEventListener('input', refresh);
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', follow);
  refresh();
  follow();
  // How long the page took to be readable, for whoever wonders whether it is fast enough.
  document.documentElement.setAttribute('data-drawn-ms', String(Math.round(window.performance.now())));
}());
