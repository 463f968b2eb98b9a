/* Design Assistant web page: plain JavaScript, no build step. Every value from the service or the LLM is put into
   the page as text (textContent), never as markup; the only HTML taken from the service is the session's steps,
   rendered by the service itself with the LLM's Markdown made safe (as in the HTML report). */
(function () {
  'use strict';

  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k === 'className') node.className = v;
      else node.setAttribute(k, v === true ? '' : v);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  /* ---------- talking to the service ---------- */

  function call(method, url, body) {
    var headers = { 'Accept': 'application/json', 'X-CSRF-Token': csrf };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) {
            var problem = data && typeof data === 'object' ? data : { status: response.status };
            problem.status = problem.status || response.status;
            problem.retryAfter = response.headers.get('Retry-After');
            throw problem;
          }
          return data;
        });
      }, function () {
        throw { type: 'network', status: 0 };
      });
  }

  /* What a person should read for a problem, and what to do about it. */
  function explain(problem) {
    var type = String(problem.type || '').replace(/^.*\/problems\//, '');
    var wait = problem.retryAfter ? ' Try again in ' + problem.retryAfter + ' seconds.' : ' Try again in a minute.';
    switch (type) {
      case 'network': return 'The connection to the service was lost. Check your network, then try again.';
      case 'llm-unavailable': return 'The language model cannot be reached right now.' + wait;
      case 'llm-timeout': return 'The language model took too long to answer. Try again; a shorter brief or question answers faster.';
      case 'rate-limited': return 'You have sent many requests this minute.' + wait;
      case 'token-budget-exceeded': return 'This session has used its token budget. Start a new brief from the catalog to go on.';
      case 'unknown-session': return 'This session no longer exists: it was deleted. Open another one from your sessions.';
      case 'session-busy': return 'A step of this session is still running. Wait until it is done, then ask again.';
      case 'unauthorized': case 'csrf': return 'Your sign-in has ended. Reload the page and sign in again.';
      case 'llm-rejected': return 'The language model refused the request: its API key or model name is wrong. Tell whoever runs the service.';
      case 'llm-invalid-reply': return 'The model did not answer in the expected format, twice. Try again, or try another model.';
      case 'storage-unavailable': return 'The session database cannot be reached; nothing was stored.' + wait;
      case 'unknown-model': return 'That model is not configured. Pick one from the list.';
      case 'http-413': return 'That is too much text for one request (the limit is 1 MB). Send less code or text.';
      case 'idempotency-key-in-flight': return 'The same request is still running. Wait a moment.';
      default:
        if (problem.status >= 500) return 'Something went wrong in the service.' + (problem.detail ? ' ' + problem.detail : '') + ' Try again; if it keeps happening, tell whoever runs the service.';
        return problem.detail || problem.title || 'The request failed (' + problem.status + ').';
    }
  }

  function showProblems(box, messages) {
    box.textContent = '';
    if (!messages.length) { box.hidden = true; return; }
    if (messages.length === 1) box.appendChild(el('p', { text: messages[0] }));
    else box.appendChild(el('ul', {}, messages.map(function (m) { return el('li', { text: m }); })));
    box.hidden = false;
    box.focus();
  }

  /* ---------- catalog ---------- */

  function catalogPage() {
    var input = document.getElementById('filter');
    var count = document.getElementById('filter-count');
    var items = Array.prototype.slice.call(document.querySelectorAll('.template'));
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute('data-search').toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) shown++;
      });
      document.querySelectorAll('.category').forEach(function (section) {
        section.hidden = !section.querySelector('.template:not([hidden])');
      });
      document.getElementById('no-match').hidden = shown > 0;
      count.textContent = words.length ? shown + ' of ' + items.length + ' templates' : items.length + ' templates';
    }
    input.addEventListener('input', apply);
    apply();
  }

  /* ---------- the form generated from the template's JSON Schema ---------- */

  function parentPath(path) {
    var parent = path.replace(/(\.[^.\[\]]+|\[\d+\])$/, '');
    return parent === path ? '' : parent;
  }

  function fieldId(path) { return 'p-' + path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-'); }

  function SchemaForm(container, schema) {
    this.container = container;
    this.schema = schema;
    this.fields = {};
    container.textContent = '';
    var required = schema.required || [];
    var self = this;
    Object.keys(schema.properties || {}).forEach(function (name) {
      var field = self.build(name, schema.properties[name], required.indexOf(name) >= 0, name);
      self.fields[name] = field;
      container.appendChild(field.node);
    });
  }

  SchemaForm.prototype.build = function (name, spec, required, path) {
    var type = spec['x-parameter-type'] || (spec.type === 'array' ? 'list' : spec.type === 'number' || spec.type === 'integer' ? 'number' : spec['enum'] ? 'enum' : 'string');
    var id = fieldId(path);
    var wrap = el('div', { className: 'field field-' + type, 'data-path': path });
    var label = el('label', { 'for': id }, [spec.title || name]);
    if (required) label.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: ' *' }));
    var helpId = id + '-help', errorId = id + '-error';
    var help = spec.description ? el('p', { className: 'help', id: helpId, text: spec.description }) : null;
    var error = el('p', { className: 'field-error', id: errorId, hidden: true });
    var described = (help ? helpId + ' ' : '') + errorId;
    var field = { type: type, spec: spec, node: wrap, error: error, path: path };

    if (type === 'list' || type === 'object-list') {
      var group = el('fieldset', { className: 'rows', id: id, 'aria-describedby': described });
      var legend = el('legend', {}, [spec.title || name]);
      if (required) legend.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: ' *' }));
      if (required) legend.appendChild(el('span', { className: 'sr', text: ' (required)' }));
      group.appendChild(legend);
      if (help) group.appendChild(help);
      var list = el('ol', { className: 'row-list' });
      group.appendChild(list);
      var itemProps = (spec.items && spec.items.properties) || {};
      var itemName = type === 'list' ? 'item' : String((itemProps[Object.keys(itemProps)[0]] || {}).title || 'row').toLowerCase();
      var add = el('button', { type: 'button', className: 'secondary add-row', text: 'Add ' + itemName });
      group.appendChild(add);
      group.appendChild(error);
      wrap.appendChild(group);
      field.rows = [];
      var self = this;
      field.addRow = function (value) {
        var index = field.rows.length;
        var item = el('li', { className: 'row' });
        var row = { node: item };
        if (type === 'list') {
          var inputId = id + '-' + index;
          var input = el('input', { type: 'text', id: inputId, 'aria-label': (spec.title || name) + ' ' + (index + 1),
            maxlength: spec.items && spec.items.maxLength });
          if (value !== undefined && value !== null) input.value = String(value);
          item.appendChild(input);
          item.appendChild(el('p', { className: 'field-error', id: inputId + '-error', hidden: true }));
          row.value = function () { return input.value.trim(); };
          row.empty = function () { return !input.value.trim(); };
        } else {
          var sub = {};
          var itemSpec = spec.items || {};
          var req = itemSpec.required || [];
          var box = el('div', { className: 'object-row', role: 'group', 'aria-label': itemName + ' ' + (index + 1) });
          Object.keys(itemSpec.properties || {}).forEach(function (key) {
            var f = self.build(key, itemSpec.properties[key], req.indexOf(key) >= 0, path + '[' + index + '].' + key);
            sub[key] = f;
            box.appendChild(f.node);
            if (value && value[key] !== undefined) f.set(value[key]);
          });
          item.appendChild(box);
          row.value = function () {
            var o = {};
            Object.keys(sub).forEach(function (k) { var v = sub[k].get(); if (v !== undefined) o[k] = v; });
            return o;
          };
          row.empty = function () { return Object.keys(row.value()).length === 0; };
        }
        var remove = el('button', { type: 'button', className: 'link remove-row', text: 'Remove',
          'aria-label': 'Remove ' + itemName + ' ' + (index + 1) });
        remove.addEventListener('click', function () {
          var values = field.rows.filter(function (r) { return r !== row; }).map(function (r) { return r.value(); });
          field.set(values);
        });
        item.appendChild(remove);
        list.appendChild(item);
        field.rows.push(row);
        return item;
      };
      add.addEventListener('click', function () {
        var item = field.addRow();
        var first = item.querySelector('input, textarea, select');
        if (first) first.focus();
      });
      field.set = function (values) {
        list.textContent = '';
        field.rows = [];
        (Array.isArray(values) ? values : []).forEach(function (v) { field.addRow(v); });
        if (!field.rows.length) field.addRow();
      };
      field.get = function () {
        var values = field.rows.filter(function (r) { return !r.empty(); }).map(function (r) { return r.value(); });
        return values.length ? values : undefined;
      };
      field.set([]);
      return field;
    }

    wrap.appendChild(label);
    if (type === 'code' && spec['x-language']) wrap.appendChild(el('p', { className: 'help', text: 'Language: ' + spec['x-language'] }));
    var control;
    if (type === 'enum') {
      control = el('select', { id: id });
      control.appendChild(el('option', { value: '', text: required ? 'Choose…' : '(none)' }));
      (spec['enum'] || []).forEach(function (v) { control.appendChild(el('option', { value: v, text: v })); });
    } else if (type === 'text' || type === 'code') {
      control = el('textarea', { id: id, rows: type === 'code' ? 14 : 4, maxlength: spec.maxLength,
        spellcheck: type === 'code' ? 'false' : null, className: type === 'code' ? 'code' : null,
        'data-language': spec['x-language'] });
    } else if (type === 'number') {
      control = el('input', { id: id, type: 'number', step: 'any', min: spec.minimum, max: spec.maximum, inputmode: 'decimal' });
    } else {
      control = el('input', { id: id, type: 'text', maxlength: spec.maxLength });
    }
    if (required) control.setAttribute('aria-required', 'true');
    control.setAttribute('aria-describedby', described);
    wrap.appendChild(control);
    if (help) wrap.appendChild(help);
    if (type === 'number' && (spec.minimum !== undefined || spec.maximum !== undefined)) {
      wrap.appendChild(el('p', { className: 'help', text: 'From ' + (spec.minimum !== undefined ? spec.minimum : '…') + ' to ' + (spec.maximum !== undefined ? spec.maximum : '…') + '.' }));
    }
    wrap.appendChild(error);
    field.control = control;
    field.set = function (v) { control.value = v === undefined || v === null ? '' : String(v); };
    field.get = function () {
      var raw = control.value;
      if (type === 'number') {
        if (raw.trim() === '') return control.validity && control.validity.badInput ? 'not a number' : undefined;
        var n = Number(raw);
        return isNaN(n) ? raw : n;
      }
      return raw.trim() === '' ? undefined : raw;
    };
    return field;
  };

  SchemaForm.prototype.values = function () {
    var out = {};
    var self = this;
    Object.keys(this.fields).forEach(function (name) {
      var v = self.fields[name].get();
      if (v !== undefined) out[name] = v;
    });
    return out;
  };

  SchemaForm.prototype.fill = function (values) {
    var self = this;
    Object.keys(this.fields).forEach(function (name) { self.fields[name].set(values ? values[name] : undefined); });
  };

  SchemaForm.prototype.clearErrors = function () {
    this.container.querySelectorAll('.field-error').forEach(function (e) { e.textContent = ''; e.hidden = true; });
    this.container.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
  };

  /* Puts each problem next to its field; returns the ones no field of the form shows. */
  SchemaForm.prototype.showErrors = function (errors) {
    var unplaced = [];
    var first = null;
    var self = this;
    errors.forEach(function (problem) {
      var path = problem.parameter || '';
      var target = null, candidate = path;
      while (candidate && !(target = document.getElementById(fieldId(candidate) + '-error'))) {
        candidate = parentPath(candidate);
      }
      if (!target || !self.container.contains(target)) { unplaced.push((path ? path + ': ' : '') + problem.message); return; }
      target.textContent = (target.textContent ? target.textContent + ' ' : '') + (candidate !== path ? path + ': ' : '') + problem.message;
      target.hidden = false;
      var control = document.getElementById(target.id.replace(/-error$/, ''));
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        if (!first) first = control;
      }
    });
    return { unplaced: unplaced, first: first };
  };

  function loadSchema(container) {
    return call('GET', container.getAttribute('data-schema')).then(function (schema) {
      return new SchemaForm(container, schema);
    }, function (problem) {
      container.textContent = '';
      container.appendChild(el('p', { className: 'error', role: 'alert', text: 'The form could not be loaded. ' + explain(problem) }));
      throw problem;
    });
  }

  /* Shows a failed request: problems at their fields, the rest (and any other failure) in the form's box. */
  function reportFailure(form, box, problem) {
    if (form) form.clearErrors();
    if (problem && Array.isArray(problem.errors) && String(problem.type || '').indexOf('invalid-parameters') >= 0 && form) {
      var placed = form.showErrors(problem.errors);
      var count = problem.errors.length;
      showProblems(box, [count === 1 ? 'One field needs attention.' : count + ' fields need attention.'].concat(placed.unplaced));
      if (placed.first) placed.first.focus();
      return;
    }
    if (problem && Array.isArray(problem.errors) && problem.errors.length) {
      showProblems(box, [explain(problem)].concat(problem.errors.map(function (e) {
        return (e.parameter ? e.parameter + ': ' : '') + e.message;
      })));
      return;
    }
    showProblems(box, [explain(problem || {})]);
  }

  function busy(text) { var b = document.getElementById('busy'); if (b) b.textContent = text || ''; }

  /* Use example: fills every field with the template's own example (the schema's "examples"). */
  function useExampleButton(ready, box) {
    document.getElementById('use-example').addEventListener('click', function () {
      ready.then(function (f) { f.fill((f.schema.examples || [])[0] || {}); f.clearErrors(); showProblems(box, []); });
    });
  }

  /* A heading with the count and a list of the items, or a line saying there are none. */
  function itemList(container, heading, className, items, noneText, line) {
    items = items || [];
    if (!items.length) {
      container.appendChild(el('p', { className: 'ok', text: noneText }));
      return;
    }
    container.appendChild(el('h3', { text: heading + ' (' + items.length + ')' }));
    container.appendChild(el('ul', { className: className }, items.map(function (item) { return el('li', {}, line(item)); })));
  }

  /* Preview prompt: the render endpoint's prompt its lint warnings and design checks, without calling the model. */
  function previewButton(template, ready, box) {
    document.getElementById('preview').addEventListener('click', function () {
      ready.then(function (f) {
        busy('Rendering the prompt…');
        return call('POST', '/api/templates/' + encodeURIComponent(template) + '/render', { parameters: f.values() })
          .then(function (rendered) {
            f.clearErrors(); showProblems(box, []); busy('');
            var result = document.getElementById('preview-result');
            document.getElementById('prompt-text').textContent = rendered.prompt;
            var warnings = document.getElementById('warnings');
            warnings.textContent = '';
            itemList(warnings, 'Lint warnings', 'warnings', rendered.warnings, 'No lint warnings.', function (w) {
              return [el('code', { text: w.code }), (w.parameter ? ' (' + w.parameter + ')' : '') + ': ' + w.message];
            });
            itemList(warnings, 'Design checks', 'warnings checks', rendered.checks, 'No design checks fired.', function (c) {
              return [el('strong', { text: c.severity }), ' ', el('code', { text: c.code }),
                ' (' + (c.parameters || []).join(', ') + '): ' + c.finding + ' ' + c.why];
            });
            result.hidden = false;
            document.getElementById('preview-heading').focus();
          }, function (problem) { busy(''); reportFailure(f, box, problem); });
      });
    });

  }

  function briefPage() {
    var formNode = document.getElementById('brief-form');
    var template = formNode.getAttribute('data-template');
    var box = document.getElementById('form-problems');
    var schemaForm = null;
    var ready = loadSchema(document.getElementById('parameters')).then(function (f) { schemaForm = f; formNode.setAttribute('data-ready', 'true'); return f; });

    useExampleButton(ready, box);

    var own = document.getElementById('own-questions');
    var ownCount = 0;
    document.getElementById('add-question').addEventListener('click', function () {
      ownCount++;
      var id = 'own-question-' + ownCount;
      var row = el('div', { className: 'field own-question' }, [
        el('label', { 'for': id, text: 'Your question ' + ownCount }),
        el('input', { type: 'text', id: id, className: 'own', maxlength: 2000 })
      ]);
      var remove = el('button', { type: 'button', className: 'link', text: 'Remove', 'aria-label': 'Remove your question ' + ownCount });
      remove.addEventListener('click', function () { row.remove(); });
      row.appendChild(remove);
      own.appendChild(row);
      row.querySelector('input').focus();
    });

    function followUps() {
      var boxes = Array.prototype.slice.call(formNode.querySelectorAll('input[name="followUp"]'));
      var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var questions = Array.prototype.slice.call(own.querySelectorAll('input.own'))
        .map(function (i) { return i.value.trim(); }).filter(Boolean);
      if (chosen.length === boxes.length && !questions.length) return undefined;
      if (!chosen.length && !questions.length) return false;
      return chosen.concat(questions);
    }

    /* The ledger switch follows the chain (on with follow-ups, off for a single answer) until the user sets it. */
    var ledgerSwitch = document.getElementById('consistency');
    var ledgerSetByUser = false;
    ledgerSwitch.addEventListener('change', function () { ledgerSetByUser = true; });
    function followLedger() {
      if (ledgerSetByUser) return;
      ledgerSwitch.checked = ledgerSwitch.getAttribute('data-default') === 'true' && followUps() !== false;
    }
    formNode.addEventListener('change', function (event) { if (event.target !== ledgerSwitch) followLedger(); });
    formNode.addEventListener('input', function (event) { if (event.target.classList.contains('own')) followLedger(); });

    /* The brief as the API takes it, for Run and for its estimate. */
    function briefBody(f) {
      var body = { template: template, parameters: f.values() };
      var model = document.getElementById('model').value;
      if (model && model !== 'default') body.model = model;
      var chain = followUps();
      if (chain !== undefined) body.followUps = chain;
      var failure = document.getElementById('failure').value.trim();
      if (failure) body.failure = failure;
      if (ledgerSetByUser) body.consistency = ledgerSwitch.checked; /* else the service's rule, which the switch shows */
      return body;
    }

    /* What Run will cost, asked again (no model is called) whenever the form changes. */
    var estimateNode = document.getElementById('estimate');
    var estimateTimer = null, estimateSeq = 0;
    function showEstimate() {
      clearTimeout(estimateTimer);
      estimateTimer = setTimeout(function () {
        ready.then(function (f) {
          var seq = ++estimateSeq;
          call('POST', '/api/briefs/estimate', briefBody(f)).then(function (e) {
            if (seq !== estimateSeq) return;
            estimateNode.textContent = 'Estimate: ' + e.calls + (e.calls === 1 ? ' call, ' : ' calls, ') + 'about '
              + e.inputTokens.toLocaleString() + ' input and ' + e.outputTokens.toLocaleString() + ' output tokens'
              + (e.tokenizer === 'approximate' ? ' (approximate)' : ' (' + e.tokenizer + ')')
              + (e.cost ? ', cost about ' + e.cost.total.toFixed(4) : '') + '.';
          }, function () {
            if (seq === estimateSeq) estimateNode.textContent = 'The estimate appears once the required fields are filled in.';
          });
        });
      }, 250);
    }
    formNode.addEventListener('change', showEstimate);
    formNode.addEventListener('input', showEstimate);
    /* "Use example" fills the fields without input events; an empty form is not estimated (it would be a 400) */
    document.getElementById('use-example').addEventListener('click', showEstimate);

    previewButton(template, ready, box);

    formNode.addEventListener('submit', function (event) {
      event.preventDefault();
      ready.then(function (f) {
        var body = briefBody(f);
        var run = document.getElementById('run');
        run.disabled = true;
        busy('Starting the session…');
        return call('POST', '/api/briefs', body).then(function (accepted) {
          window.location.assign('/sessions/' + encodeURIComponent(accepted.sessionId));
        }, function (problem) {
          run.disabled = false; busy('');
          reportFailure(f, box, problem);
        });
      });
    });
  }

  /* ---------- session: the chain, live ---------- */

  function sessionPage() {
    var steps = document.getElementById('steps');
    var id = steps.getAttribute('data-session');
    var connection = document.getElementById('connection');
    var askForm = document.getElementById('ask-form');
    var askBox = document.getElementById('ask-problems');
    var source = null, poll = null, refreshing = null, again = false;

    function status() { var c = steps.querySelector('.chain'); return c ? c.getAttribute('data-status') : 'running'; }

    function updateAsk() {
      var s = status();
      document.getElementById('ask').disabled = s !== 'done';
      document.getElementById('ask-busy').textContent = s === 'running' ? 'You can ask when the chain is done.'
        : s === 'failed' ? 'Resume the chain before asking.' : '';
    }

    function refresh() {
      if (refreshing) { again = true; return refreshing; }
      refreshing = fetch('/sessions/' + encodeURIComponent(id) + '/steps', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          return response.text().then(function (html) {
            if (response.status === 404) { stop(); connection.textContent = 'This session no longer exists: it was deleted.'; }
            if (response.status === 401) { stop(); }
            /* HTML made by the service from the stored steps (LLM text escaped there); scripts in it never run */
            steps.innerHTML = html;
            steps.setAttribute('data-status', status());
            updateAsk();
          });
        }, function () { connection.textContent = 'The connection to the service was lost; trying again…'; })
        .then(function () {
          refreshing = null;
          if (again) { again = false; return refresh(); }
        });
      return refreshing;
    }

    function stop() {
      if (source) { source.close(); source = null; }
      stopPolling();
    }

    function stopPolling() {
      if (poll) { clearInterval(poll); poll = null; }
    }

    /* While the stream is down (it reconnects by itself), the page reads the session every two seconds. */
    function fallBack() {
      if (poll) return;
      poll = setInterval(function () {
        refresh().then(function () {
          if (status() !== 'running') { stop(); connection.textContent = ''; }
        });
      }, 2000);
    }

    function watch() {
      stop();
      if (!window.EventSource) {
        connection.textContent = 'This browser has no live updates; the page reads the session every few seconds.';
        fallBack();
        return;
      }
      source = new EventSource('/api/sessions/' + encodeURIComponent(id) + '/events');
      ['state', 'step-started', 'step-done', 'step-failed'].forEach(function (name) {
        source.addEventListener(name, function () { stopPolling(); connection.textContent = ''; refresh(); });
      });
      source.addEventListener('chain-done', function () { stop(); connection.textContent = ''; refresh(); });
      source.onerror = function () {
        if (!source) return;
        refresh().then(function () {
          if (status() !== 'running') { stop(); connection.textContent = ''; return; }
          connection.textContent = 'The live connection dropped; reconnecting. Meanwhile the page reads the session every few seconds.';
          if (source && source.readyState === EventSource.CLOSED) source = null;
          fallBack();
        });
      };
    }

    steps.addEventListener('click', function (event) {
      var button = event.target.closest('[data-action="resume"]');
      if (!button) return;
      button.disabled = true;
      connection.textContent = 'Resuming the chain…';
      call('POST', '/api/sessions/' + encodeURIComponent(id) + '/chain/resume').then(function () {
        connection.textContent = '';
        return refresh().then(watch);
      }, function (problem) {
        button.disabled = false;
        connection.textContent = explain(problem);
      });
    });

    askForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var question = document.getElementById('question');
      var content = question.value.trim();
      if (!content) { showProblems(askBox, ['Write a question first.']); question.setAttribute('aria-invalid', 'true'); return; }
      question.removeAttribute('aria-invalid');
      showProblems(askBox, []);
      var button = document.getElementById('ask');
      button.disabled = true;
      document.getElementById('ask-busy').textContent = 'Waiting for the answer…';
      var asking = call('POST', '/api/sessions/' + encodeURIComponent(id) + '/messages', { content: content });
      setTimeout(refresh, 300); /* shows the question as running while the answer is awaited */
      asking.then(function () {
        question.value = '';
        return refresh().then(function () {
          var last = steps.querySelectorAll('.step');
          if (last.length) { last[last.length - 1].setAttribute('tabindex', '-1'); last[last.length - 1].focus(); }
        });
      }, function (problem) {
        showProblems(askBox, [explain(problem)]);
        return refresh();
      }).then(function () { document.getElementById('ask-busy').textContent = ''; updateAsk(); });
    });

    updateAsk();
    if (status() === 'running') watch();
  }

  /* ---------- code review ---------- */

  function reviewPage() {
    var formNode = document.getElementById('review-form');
    var template = formNode.getAttribute('data-template');
    var box = document.getElementById('form-problems');
    var choice = document.getElementById('review-template');
    document.getElementById('choose-template').hidden = true;
    choice.addEventListener('change', function () {
      window.location.assign('/review?template=' + encodeURIComponent(choice.value));
    });
    var ready = loadSchema(document.getElementById('parameters')).then(function (f) { formNode.setAttribute('data-ready', 'true'); return f; });
    previewButton(template, ready, box);

    function codeField(f) {
      var name = Object.keys(f.fields).filter(function (n) { return f.fields[n].type === 'code'; })[0];
      return name ? f.fields[name] : null;
    }

    useExampleButton(ready, box);

    document.getElementById('code-files').addEventListener('change', function (event) {
      var files = Array.prototype.slice.call(event.target.files || []);
      if (!files.length) return;
      Promise.all(files.map(function (file) {
        return file.text().then(function (text) { return '==> ' + file.name + ' <==\n' + text; });
      })).then(function (parts) {
        return ready.then(function (f) {
          var code = codeField(f);
          if (code) code.set(parts.join(parts.length > 1 ? '\n' : ''));
          var lang = f.fields.language;
          if (lang && !lang.get()) {
            var ext = (files[0].name.split('.').pop() || '').toLowerCase();
            var known = { java: 'java', kt: 'kotlin', go: 'go', py: 'python', ts: 'typescript', js: 'javascript', cs: 'csharp', rb: 'ruby', rs: 'rust', scala: 'scala', yaml: 'yaml', yml: 'yaml' };
            if (known[ext]) lang.set(known[ext]);
          }
        });
      });
    });

    formNode.addEventListener('submit', function (event) {
      event.preventDefault();
      ready.then(function (f) {
        var body = { template: template, parameters: f.values() };
        var model = document.getElementById('model').value;
        if (model && model !== 'default') body.model = model;
        var run = document.getElementById('run');
        run.disabled = true;
        busy('Reviewing… the model reads the code; this can take a minute.');
        return call('POST', '/api/reviews', body).then(function (result) {
          run.disabled = false; busy(''); f.clearErrors(); showProblems(box, []);
          showFindings(result);
        }, function (problem) {
          run.disabled = false; busy('');
          reportFailure(f, box, problem);
        });
      });
    });
  }

  function showFindings(result) {
    var section = document.getElementById('review-result');
    var c = result.counts || {};
    document.getElementById('counts').textContent = (c.total || 0) + ' finding(s): ' + (c.critical || 0) + ' critical, ' + (c.major || 0) + ' major, ' + (c.minor || 0) + ' minor.';
    var links = document.getElementById('review-links');
    links.textContent = '';
    var sid = encodeURIComponent(result.sessionId);
    links.appendChild(el('a', { href: '/sessions/' + sid + '/report.sarif', download: true, text: 'Download SARIF' }));
    links.appendChild(el('a', { href: '/sessions/' + sid + '/report', target: '_blank', rel: 'noopener', text: 'View report' }));
    links.appendChild(el('a', { href: '/sessions/' + sid, text: 'Open the session' }));
    var list = document.getElementById('findings');
    list.textContent = '';
    (result.findings || []).forEach(function (finding) {
      var loc = finding.location || {};
      var where = loc.file ? loc.file + (loc.startLine ? ':' + loc.startLine + (loc.endLine && loc.endLine !== loc.startLine ? '-' + loc.endLine : '') : '') : '';
      list.appendChild(el('li', { className: 'finding finding-' + finding.severity }, [
        el('h3', {}, [el('span', { className: 'badge badge-' + finding.severity, text: finding.severity }), ' ', finding.title]),
        el('p', { className: 'meta' }, [where ? 'Location: ' : '', where ? el('code', { text: where }) : null, where ? ' · ' : '', 'Checklist: ' + (finding.checklistItem || '')]),
        el('p', { text: finding.explanation }),
        el('p', {}, [el('strong', { text: 'Suggested fix: ' }), finding.suggestedFix || ''])
      ]));
    });
    if (!(result.findings || []).length) list.appendChild(el('li', { className: 'ok', text: 'No findings.' }));
    section.hidden = false;
    document.getElementById('findings-heading').focus();
  }

  var pages = { catalog: catalogPage, brief: briefPage, session: sessionPage, review: reviewPage };
  document.addEventListener('DOMContentLoaded', function () {
    var page = pages[document.body.getAttribute('data-page')];
    if (page) page();
  });
}());
