// The page of `peerlint serve`. It talks only to the server that sent it (its CSP allows nothing else).
const $ = (id) => document.getElementById(id);
const draft = $('draft');
const backdrop = $('backdrop');
const editor = $('editor');
const status = $('status');
let name = 'draft.md';
let last = null; // the last lint response whose text is the editor's text
let timer = 0;
let sequence = 0;

function say(message, problem = false) {
  status.textContent = message;
  status.classList.toggle('problem', problem);
}

async function post(path, body, headers) {
  const response = await fetch(path, { method: 'POST', body, headers });
  const data = await response.json().catch(() => ({ error: `The server answered ${response.status}.` }));
  if (!response.ok) throw new Error(data.error || `The server answered ${response.status}.`);
  return data;
}

function show(result) {
  if (result.text !== draft.value) return; // the draft changed since: a newer lint is on its way
  last = result;
  backdrop.innerHTML = result.backdrop + (result.text.endsWith('\n') ? '<br>' : '');
  $('summary').innerHTML = result.text.trim() ? result.summary : '<p class="headline">Paste or drop a posting to check it.</p>';
  $('missing').innerHTML = result.missingHtml;
  $('list').innerHTML = result.listHtml;
  for (const item of $('list').querySelectorAll('li.finding')) {
    const n = Number(item.id.slice(1));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'show';
    button.dataset.show = String(n);
    button.textContent = 'Show in text';
    button.setAttribute('aria-label', `Show problem ${n} in the text`);
    item.querySelector('.quote')?.append(button);
  }
  $('apply-all').disabled = !result.findings.some((f) => f.fix);
  $('draft-name').textContent = `(${name})`;
  syncScroll();
}

async function lintNow() {
  const mine = ++sequence;
  try {
    const result = await post('/api/lint', JSON.stringify({ text: draft.value, name }), { 'Content-Type': 'application/json' });
    if (mine === sequence) show(result);
    if (mine === sequence) say('');
  } catch (error) {
    say(error.message, true);
  }
}

function lintSoon() {
  clearTimeout(timer);
  timer = setTimeout(lintNow, 250);
}

function syncScroll() {
  backdrop.scrollTop = draft.scrollTop;
  backdrop.scrollLeft = draft.scrollLeft;
}

/** Replaces a range of the draft, as typing would (so the browser's undo keeps it where it can). */
function replace(start, end, text) {
  draft.focus();
  draft.setSelectionRange(start, end);
  if (!document.execCommand || !document.execCommand('insertText', false, text)) draft.setRangeText(text, start, end, 'end');
}

function applyFix(n) {
  const finding = last?.findings[n - 1];
  if (!finding?.fix) return;
  replace(finding.fix.range[0], finding.fix.range[1], finding.fix.text);
  say(`Applied: “${finding.fix.text}”.`);
  lintNow();
}

function applyAll() {
  if (!last) return;
  // From the end, so earlier ranges stay where they are; overlapping fixes wait for the next lint.
  const fixes = last.findings.filter((f) => f.fix).map((f) => f.fix).sort((a, b) => b.range[0] - a.range[0]);
  let text = draft.value;
  let limit = Infinity;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.range[1] > limit) continue;
    text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    limit = fix.range[0];
    applied++;
  }
  replace(0, draft.value.length, text);
  say(`Applied ${applied} automatic fix${applied === 1 ? '' : 'es'}.`);
  lintNow();
}

function showFinding(n) {
  const finding = last?.findings[n - 1];
  if (!finding) return;
  draft.focus();
  draft.setSelectionRange(finding.offset, finding.endOffset);
  markCurrent();
}

/** Marks the finding under the caret in the list, so moving through the text tells what each highlight is. */
function markCurrent() {
  if (!last) return;
  const at = draft.selectionStart;
  last.findings.forEach((f, i) => {
    $(`f${i + 1}`)?.classList.toggle('current', f.offset <= at && at <= f.endOffset);
  });
}

function download() {
  const base = name.replace(/\.[^.]+$/, '') || 'posting';
  const ext = /\.txt$/i.test(name) ? 'txt' : 'md';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([draft.value], { type: 'text/plain;charset=utf-8' }));
  link.download = `${base}-fixed.${ext}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say(`Saved ${link.download}.`);
}

async function open(file) {
  say(`Opening ${file.name}…`);
  try {
    const result = await post(`/api/open?name=${encodeURIComponent(file.name)}`, file, { 'Content-Type': 'application/octet-stream' });
    name = result.name;
    draft.value = result.text;
    sequence++;
    show(result);
    say(`Opened ${result.opened}.${result.warnings?.length ? ` Note: ${result.warnings.join(' ')}` : ''}`);
    draft.focus();
    draft.setSelectionRange(0, 0);
  } catch (error) {
    say(error.message, true);
  }
}

draft.addEventListener('input', lintSoon);
draft.addEventListener('scroll', syncScroll);
for (const event of ['keyup', 'click', 'select']) draft.addEventListener(event, markCurrent);
document.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (target?.classList.contains('apply')) applyFix(Number(target.dataset.finding));
  if (target?.dataset.show) showFinding(Number(target.dataset.show));
});
$('apply-all').addEventListener('click', applyAll);
$('download').addEventListener('click', download);
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  if (file) open(file);
  $('file').value = '';
});
editor.addEventListener('dragover', (event) => {
  event.preventDefault();
  editor.classList.add('dragging');
});
editor.addEventListener('dragleave', () => editor.classList.remove('dragging'));
editor.addEventListener('drop', (event) => {
  event.preventDefault();
  editor.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) open(file);
});

fetch('/api/info')
  .then((r) => r.json())
  .then((info) => {
    $('config').textContent = info.configFile
      ? `Using the configuration in ${info.configFile} (folder ${info.folder}).`
      : `No configuration file in ${info.folder}: using peerlint's built-in rules. Drafts up to ${info.maxSize}.`;
  })
  .catch(() => ($('config').textContent = 'Could not read the configuration.'));
lintNow();
