// The Dossier page: plain DOM, no framework. Article text only ever reaches the page as
// text nodes (textContent, createTextNode), never as markup, so nothing in an article can
// become an element or a script. Offsets from the API are half-open UTF-16 offsets, the
// same as String.prototype.slice, so a span is text.slice(start, end).
'use strict';

const $ = (id) => document.getElementById(id);

/** An element with a class and children; strings become text nodes. */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function link(href, text) {
  const a = el('a', null, text);
  a.href = href;
  return a;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

function showError(message) {
  $('status').textContent = message;
}

/** GETs or POSTs JSON; an error answer's problem detail becomes the thrown message. */
async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && (body.detail || body.title)) || `${response.status} ${response.statusText}`);
  }
  return body;
}

/**
 * The sentence as text with spans of the whole text marked, each [start, end) with its class; the
 * sentence starts at offset `from`. A span that overlaps one already marked is left unmarked.
 */
function sentenceWithMarks(sentence, from, spans) {
  const node = el('span', 'sentence');
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const a = Math.max(0, Math.min(sentence.length, s.start - from));
    const b = Math.max(a, Math.min(sentence.length, s.end - from));
    if (a < at || a === b) continue;
    node.append(sentence.slice(at, a), el('mark', s.cls, sentence.slice(a, b)));
    at = b;
  }
  node.append(sentence.slice(at));
  return node;
}

function sentenceWithMark(sentence, from, start, end) {
  return sentenceWithMarks(sentence, from, [{ start, end, cls: null }]);
}

function cite(documentId, start, end) {
  return link(`#article/${documentId}/${start}-${end}`, `article ${documentId}`);
}

/** "3 mentions", "1 quote". */
function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "<what> in 1, 4, 7", each article id a link to the article. */
function inArticles(what, ids) {
  const span = el('span', 'cite', `${what} in `);
  ids.forEach((id, i) => span.append(i ? ', ' : '', link(`#article/${id}`, String(id))));
  return span;
}

// ---- Story ----

/** The stories as GET /api/stories lists them; loaded before the first view and after an article is added. */
let stories = [];

/** The story the address names (?story=ID), or null for every article. */
function pickedStory() {
  const id = new URLSearchParams(location.search).get('story');
  return id && stories.some((s) => String(s.id) === id) ? id : null;
}

/** An API path narrowed to the picked story, when one is picked. */
function scoped(path) {
  const story = pickedStory();
  return story ? `${path}${path.includes('?') ? '&' : '?'}story=${story}` : path;
}

/** "Japan, Yoon Suk Yeol, Tokyo · 3 articles · 2022-11-02 to 2023-05-18". */
function storyText(s) {
  const dates = s.first_date === s.last_date ? s.first_date : `${s.first_date || 'undated'} to ${s.last_date || 'undated'}`;
  return [s.label, count(s.article_count, 'article'), dates].filter(Boolean).join(' · ');
}

/** Fills the picker; returns what to tell the reader when the address names a story there is not, else ''. */
async function loadStories() {
  stories = await api('/api/stories');
  const picker = $('story');
  picker.replaceChildren(el('option', null, 'All articles'));
  picker.options[0].value = '';
  for (const s of stories) {
    const option = el('option', null, storyText(s));
    option.value = String(s.id);
    picker.append(option);
  }
  const asked = new URLSearchParams(location.search).get('story');
  const merged = asked === null ? null : stories.find((s) => s.aliases.some((alias) => String(alias) === asked));
  if (merged && pickedStory() === null) {
    // A link to a story that has since merged into another: that story holds its articles now.
    setStory(String(merged.id), true);
    return `Story ${asked} has merged into story ${merged.id}, shown here.`;
  }
  if (asked !== null && pickedStory() === null) {
    // A shared link to a story this store does not have: show every article, and say why.
    setStory(null, true);
    return `There is no story ${asked}; the page shows every article.`;
  }
  picker.value = pickedStory() || '';
  return '';
}

/** Puts the story into the address (?story=ID, kept by every tab's link), or takes it out. */
function setStory(id, replace) {
  const url = new URL(location.href);
  if (id) url.searchParams.set('story', id);
  else url.searchParams.delete('story');
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  $('story').value = id || '';
}

// ---- Timeline ----

/** "military_action" -> "military action". */
function className(eventClass) {
  return eventClass.replaceAll('_', ' ');
}

/** "Taro Aso with Yoon Suk Yeol": who acted, then who else took part, each name once. */
function participants(list) {
  const agents = [...new Set(list.filter((p) => p.role === 'agent').map((p) => p.name))];
  const others = [...new Set(list.filter((p) => p.role !== 'agent' && !agents.includes(p.name)).map((p) => p.name))];
  if (agents.length === 0 && others.length === 0) return null;
  const who = el('span', 'who');
  if (agents.length) who.append(el('strong', null, agents.join(', ')));
  if (others.length) who.append(agents.length ? ' with ' : 'with ', others.join(', '));
  return who;
}

/** The link that opens the article with the whole sentence highlighted. */
function citeSentence(item) {
  return el('span', 'cite', cite(item.document_id, item.sentence_start, item.sentence_end));
}

/**
 * The date in words ("weekend of 29–30 Oct 2022"), with its TIMEX3 value as the tooltip; an actor's
 * entry whose sentence gives no date is marked as dated by its article ("6 Mar 2023 (article date)").
 */
function when(item) {
  const byArticle = item.dated_by === 'article';
  const span = el('span', byArticle ? 'when by-article' : 'when', item.when || item.value,
    byArticle ? el('span', 'dated-by', ' (article date)') : null);
  span.title = byArticle ? `${item.value}: the article's date; the sentence gives none` : item.value;
  return span;
}

/** One entry: when, what (the main trigger and its class, then the sentence's other triggers for that date), who, and its sentence with the triggers, the date and the participants marked. */
function eventEntry(e) {
  const marks = e.triggers.map((t) => ({ start: t.start, end: t.end, cls: 'trigger' }));
  const others = e.triggers.filter((t) => t.start !== e.trigger.start).map((t) => t.text);
  if (e.time) marks.push({ start: e.time.start, end: e.time.end, cls: 'time' });
  for (const p of e.participants) marks.push({ start: p.start, end: p.end, cls: `participant ent ${p.type || 'misc'}` });
  const li = el('li', e.weak ? 'event weak' : 'event',
    when(e),
    el('span', 'what', el('strong', 'trigger', e.trigger.text), el('span', 'kind', className(e.class)),
      others.length ? el('span', 'also', `also ${others.join(', ')}`) : null),
    participants(e.participants),
    citeSentence(e),
    sentenceWithMarks(e.sentence, e.sentence_start, marks));
  li.dataset.class = e.class;
  return li;
}

/** A dated mention that no event is tied to: shown only on request, but listed, so no date the articles give is lost. */
function dateEntry(m) {
  return el('li', 'date-only',
    when(m),
    el('span', 'what', el('span', 'kind', 'date, no event')),
    citeSentence(m),
    sentenceWithMarks(m.sentence, m.sentence_start, [{ start: m.start, end: m.end, cls: 'time' }]));
}

/** A TIMEX3 value that is a year, a month or a day: "2023", "2023-05", "2023-05-18". */
const plainDate = /^\d{4}(-\d{2}){0,2}$/;

/**
 * The events in the API's order, with every dated mention no event is tied to placed before the
 * first event of a later mention: both lists are in the same date order (by first day, coarser
 * first, then article and position), so the merged list is too.
 */
function timelineEntries(events, mentions) {
  const key = (id, span) => `${id}:${span.start}-${span.end}`;
  const rank = new Map(mentions.map((m, i) => [key(m.document_id, m), i]));
  // An entry stands for every mention of its date in its sentence ("on Wednesday's Independence Movement Day").
  const sameDate = (id, sentenceStart, value) => `${id}:${sentenceStart}:${value}`;
  const anchors = new Set(events.filter((e) => e.time).map((e) => sameDate(e.document_id, e.sentence_start, e.value)));
  const loose = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !anchors.has(sameDate(m.document_id, m.sentence_start, m.value)));
  const entries = [];
  let next = 0;
  for (const e of events) {
    const r = e.time ? rank.get(key(e.document_id, e.time)) : undefined;
    while (r !== undefined && next < loose.length && loose[next].i < r) entries.push(dateEntry(loose[next++].m));
    // An entry dated by its article has no mention to place it by: the dates up to its day go first
    // (a year, month or day sorts as text as it does by date, coarser first).
    while (e.dated_by === 'article' && next < loose.length && plainDate.test(loose[next].m.value) && loose[next].m.value <= e.value) {
      entries.push(dateEntry(loose[next++].m));
    }
    entries.push(eventEntry(e));
  }
  while (next < loose.length) entries.push(dateEntry(loose[next++].m));
  return entries;
}

/** The toggles say how many entries they hide, and show them (dimmed) when ticked. */
function applyTimelineToggles() {
  const list = $('timeline-list');
  for (const [box, cls, label, what] of [
    ['show-weak', 'weak', 'weak-count', 'event'],
    ['show-dates', 'date-only', 'dates-count', 'date'],
  ]) {
    const n = list.getElementsByClassName(cls).length;
    $(label).textContent = `(${count(n, what)})`;
    $(box).disabled = n === 0;
    list.classList.toggle(`show-${cls}`, $(box).checked);
  }
}

async function showTimeline() {
  // An actor's name narrows both lists to the sentences that actor takes part in (any spelling the who's who joined).
  const entity = $('timeline-entity').value.trim();
  const query = entity ? '?entity=' + encodeURIComponent(entity) : '';
  const [events, mentions] = await Promise.all([api(scoped('/api/events' + query)), api(scoped('/api/timeline' + query))]);
  // Cleared after the answers arrive: two quick submits must not both append to one list.
  const list = clear($('timeline-list'));
  list.append(...timelineEntries(events, mentions));
  if (list.children.length === 0) list.append(el('li', 'hint', entity ? 'No dated events of that actor.' : 'No dated events yet: add articles.'));
  applyTimelineToggles();
}

// ---- Who's who ----

async function showPeople() {
  const [entities, people] = await Promise.all([api(scoped('/api/entities')), api(scoped('/api/people'))]);
  const columns = clear($('people-lists'));
  for (const [title, entries] of [['People', entities.people], ['Organisations', entities.organizations], ['Places', entities.places]]) {
    const list = el('ul');
    for (const e of entries) {
      list.append(el('li', null,
        el('strong', null, e.name), inArticles(count(e.mentions, 'mention'), e.documents),
        e.variants.length ? el('span', 'variants', 'also ' + e.variants.join(', ')) : null));
    }
    if (entries.length === 0) list.append(el('li', 'hint', 'none yet'));
    columns.append(el('div', null, el('h3', null, title), list));
  }
  const actors = clear($('actors-list'));
  for (const p of people.filter((p) => p.roles.length > 0 || p.quotes > 0)) {
    actors.append(el('li', null,
      el('strong', null, p.name), inArticles(`${p.kind}, ${count(p.quotes, 'quote')},`, p.documents),
      p.roles.length ? el('span', 'variants', p.roles.map(roleText).join('; ')) : null));
  }
}

// ---- Quotes ----

/** "former prime minister", "professor of Korean studies, Kobe University". */
function roleText(role) {
  const tense = role.tense === 'former' ? 'former ' : role.tense === 'then' ? 'then-' : '';
  return tense + role.title + (role.affiliation ? `, ${role.affiliation}` : '');
}

async function showQuotes() {
  const speaker = $('quotes-speaker').value.trim();
  const quotes = await api(scoped('/api/quotes' + (speaker ? '?speaker=' + encodeURIComponent(speaker) : '')));
  const list = clear($('quotes-list'));
  if (quotes.length === 0) list.append(el('p', 'hint', speaker ? 'No quotes by a speaker of that name.' : 'No quotes yet.'));
  let group = null;
  let name = null;
  for (const q of quotes) {
    // The API lists each speaker's quotes together, most-quoted speaker first.
    if (group === null || q.speaker_name.toLowerCase() !== name) {
      name = q.speaker_name.toLowerCase();
      const role = q.speaker_roles[0];
      group = el('div', 'speaker', el('h3', null, q.speaker_name, role ? el('span', 'role', `, ${roleText(role)}`) : null));
      list.append(group);
    }
    const first = q.content[0];
    const last = q.content[q.content.length - 1];
    group.append(el('blockquote', null,
      el('span', 'kind', q.kind),
      q.content.map((c) => c.text).join(' … '),
      el('span', 'cite', q.cue ? `${q.cue.text}, ` : '', cite(q.doc, first.start, last.end))));
  }
}

// ---- Articles ----

async function showArticles() {
  const story = stories.find((s) => String(s.id) === pickedStory());
  const inStory = story ? new Set(story.documents.map((d) => d.id)) : null;
  const documents = (await api('/api/documents')).filter((d) => !inStory || inStory.has(d.id));
  const body = clear($('articles-table').tBodies[0]);
  for (const d of documents) {
    const row = el('tr', null,
      el('td', 'num', String(d.id)),
      el('td', 'date', d.date || 'undated'),
      el('td', null, link(`#article/${d.id}`, d.title)),
      el('td', 'num', String(d.words)));
    row.addEventListener('click', () => { location.hash = `#article/${d.id}`; });
    body.append(row);
  }
  if (documents.length === 0) body.append(el('tr', null, el('td', 'hint', 'No articles yet.')));
}

async function addArticle() {
  const article = { text: $('add-text').value };
  if ($('add-title').value.trim()) article.title = $('add-title').value.trim();
  if ($('add-date').value) article.date = $('add-date').value;
  const added = await api('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(article),
  });
  $('add-form').reset();
  // The article may have started a story of its own, which the picker should offer.
  await loadStories();
  location.hash = `#article/${added.id}`;
}

/** Highlights as [start, end) spans with the classes they give the text they cover. */
function highlights(doc, target) {
  const marks = [];
  for (const m of doc.mentions) marks.push({ start: m.start, end: m.end, cls: `ent ${m.type}`, title: m.type });
  for (const t of doc.time_expressions) marks.push({ start: t.start, end: t.end, cls: 'timex', title: `${t.type} ${t.value}` });
  for (const q of doc.quotes) {
    for (const c of q.content) marks.push({ start: c.start, end: c.end, cls: 'quote', title: `${q.kind} quote: ${q.speaker_name}` });
  }
  if (target) marks.push({ start: target.start, end: target.end, cls: 'target', title: '' });
  return marks.filter((m) => m.start < m.end);
}

/**
 * One paragraph [from, to) cut at every highlight boundary: each piece is plain text, or a
 * span whose classes are those of every highlight covering it, so overlapping highlights
 * (a name inside a quote) both show.
 */
function paragraph(text, from, to, marks) {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const p = el('p');
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      p.append(text.slice(a, b));
      continue;
    }
    const piece = el('span', covering.map((m) => m.cls).join(' '), text.slice(a, b));
    piece.title = covering.map((m) => m.title).filter(Boolean).join('; ');
    p.append(piece);
  }
  return p;
}

async function showArticle(id, target) {
  const doc = await api(`/api/documents/${id}`);
  const title = $('article-title');
  title.textContent = doc.source.title || doc.sentences[0]?.text || `Article ${doc.id}`;
  // A title borrowed from the first sentence shows two lines at most: the sentence follows in full.
  title.classList.toggle('from-text', !doc.source.title);
  $('article-meta').textContent = [
    `#${doc.id}`, doc.date || 'undated', doc.source.outlet, doc.source.url || doc.source.location, `${doc.words} words`,
  ].filter(Boolean).join(' · ');
  const marks = highlights(doc, target);
  const container = clear($('article-text'));
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
  for (const p of paragraphs) container.append(paragraph(doc.text, p.start, p.end, marks));
  container.querySelector('.target')?.scrollIntoView({ block: 'center' });
}

// ---- Search ----

async function showSearch() {
  const q = $('search-q').value.trim();
  const list = clear($('search-list'));
  $('search-total').textContent = '';
  if (!q) return;
  const result = await api(scoped('/api/search?q=' + encodeURIComponent(q)));
  $('search-total').textContent = result.total === result.hits.length
    ? `${result.total} match${result.total === 1 ? '' : 'es'}`
    : `${result.total} matches; the first ${result.hits.length} are shown`;
  for (const h of result.hits) {
    list.append(el('li', null,
      el('span', 'cite', cite(h.document_id, h.start, h.end)),
      sentenceWithMark(h.sentence, h.sentence_start, h.start, h.end)));
  }
}

// ---- Navigation ----

const views = {
  timeline: showTimeline,
  people: showPeople,
  quotes: showQuotes,
  articles: showArticles,
  search: showSearch,
};

/**
 * #timeline, #people, #quotes, #articles, #search?q=WORDS, #article/ID or #article/ID/START-END;
 * the address's ?story=ID (see setStory) narrows every tab but the reader to that story.
 */
async function route() {
  showError('');
  const [hash, query] = (location.hash.slice(1) || 'timeline').split('?', 2);
  if (hash === 'search') $('search-q').value = new URLSearchParams(query || '').get('q') || '';
  const article = /^article\/(\d{1,15})(?:\/(\d{1,9})-(\d{1,9}))?$/.exec(hash);
  const section = article ? 'article' : (hash in views ? hash : 'timeline');
  for (const s of document.querySelectorAll('main > section')) s.hidden = s.id !== section;
  const tab = section === 'article' ? 'articles' : section;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.getAttribute('href') === `#${tab}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  try {
    if (article) {
      const target = article[2] ? { start: Number(article[2]), end: Number(article[3]) } : null;
      await showArticle(article[1], target);
    } else {
      await views[section]();
    }
  } catch (error) {
    showError(error.message);
  }
}

function onSubmit(form, action) {
  $(form).addEventListener('submit', (event) => {
    event.preventDefault();
    action().catch((error) => showError(error.message));
  });
}

/** The first view, once the picker knows the stories; a notice about the address outlives route's clearing of the status. */
async function start() {
  const notice = await loadStories().catch((error) => error.message);
  await route();
  if (notice) showError([notice, $('status').textContent].filter(Boolean).join(' '));
}

document.addEventListener('DOMContentLoaded', () => {
  onSubmit('quotes-form', showQuotes);
  onSubmit('timeline-form', async () => {
    $('status').textContent = '';
    await showTimeline();
  });
  onSubmit('search-form', async () => {
    // The words go into the address, so a search can be bookmarked and shared.
    const hash = '#search?q=' + encodeURIComponent($('search-q').value.trim());
    if (location.hash === hash) await route();
    else location.hash = hash;
  });
  onSubmit('add-form', addArticle);
  for (const box of document.querySelectorAll('[data-layer]')) {
    box.addEventListener('change', () => $('article-text').classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
  }
  for (const box of ['show-weak', 'show-dates']) $(box).addEventListener('change', applyTimelineToggles);
  $('story').addEventListener('change', () => {
    setStory($('story').value, false);
    route();
  });
  // Fired by a change of the fragment (a tab, a citation) and by going back or forward over a story pick.
  window.addEventListener('popstate', () => {
    $('story').value = pickedStory() || '';
    route();
  });
  start();
});
