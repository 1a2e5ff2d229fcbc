// Stepping through each code flow: the current step's note, line, marker and list entry are
// highlighted. The page reads fine without this script; it only adds the controls and keys.
(function () {
  'use strict';
  var flows = Array.prototype.slice.call(document.querySelectorAll('section.flow'))
      .filter(function (f) { return Number(f.getAttribute('data-steps')) > 0; });
  var active = null;

  function count(flow) { return Number(flow.getAttribute('data-steps')); }

  function each(flow, selector, fn) {
    Array.prototype.forEach.call(flow.querySelectorAll(selector), fn);
  }

  function show(flow, step, scroll) {
    var n = count(flow);
    step = Math.max(1, Math.min(n, step));
    each(flow, '.current', function (e) { e.classList.remove('current'); });
    var sel = '[data-step="' + step + '"]';
    each(flow, 'li' + sel + ', .mark' + sel, function (e) { e.classList.add('current'); });
    var note = flow.querySelector('.step-note' + sel);
    if (note) {
      note.classList.add('current');
      var row = note.getAttribute('data-row') && document.getElementById(note.getAttribute('data-row'));
      if (row) row.classList.add('current');
      if (scroll) note.scrollIntoView({ block: 'center' });
    }
    flow.setAttribute('data-current', String(step));
    var pos = flow.querySelector('.flow-controls .pos');
    if (pos) pos.textContent = 'Step ' + step + ' of ' + n;
    active = flow;
  }

  function current(flow) { return Number(flow.getAttribute('data-current')) || 1; }

  flows.forEach(function (flow) {
    var controls = flow.querySelector('.flow-controls');
    if (controls) controls.hidden = false;
    flow.querySelector('.prev').addEventListener('click', function () { show(flow, current(flow) - 1, true); });
    flow.querySelector('.next').addEventListener('click', function () { show(flow, current(flow) + 1, true); });
    each(flow, 'ol.steps a, a.mark', function (a) {
      a.addEventListener('click', function (ev) {
        var step = Number((a.closest('[data-step]') || a).getAttribute('data-step'));
        ev.preventDefault();
        show(flow, step, true);
      });
    });
    show(flow, 1, false);
  });
  active = null;

  function visibleFlow() {
    for (var i = 0; i < flows.length; i++) {
      var r = flows[i].getBoundingClientRect();
      if (r.bottom > 0 && r.top < window.innerHeight) return flows[i];
    }
    return flows[0] || null;
  }

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var delta = (ev.key === 'n' || ev.key === 'j') ? 1 : (ev.key === 'p' || ev.key === 'k') ? -1 : 0;
    if (!delta) return;
    var flow = active || visibleFlow();
    if (!flow) return;
    ev.preventDefault();
    show(flow, current(flow) + delta, true);
  });
})();
