/**
 * The bench's host pages and data: each widget page has a static twin with the same text as
 * plain HTML (title, intro, principles as <ol>, signatories as <ul> of "ACRONYM – Name"), so
 * every figure can be reported as a ratio widget/static.
 */

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A statement with `n` generated signatories: TEST DATA, not the statement. */
export function testStatement(statement, n) {
  const signatories = [];
  for (let i = 1; i <= n; i++) signatories.push({ id: `test-${i}`, acronym: `T${i}`, name: `Test network ${i}` });
  return { ...statement, signatories };
}

const BELOW = `
<h2>After the widgets</h2>
<p>This text sits below the widgets, as a member's own content would. If it moves while the
page loads, the move counts as layout shift.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut
labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco
laboris nisi ut aliquip ex ea commodo consequat.</p>
<p>Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla
pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt
mollit anim id est laborum.</p>
<p>Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque
laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto.</p>`;

function page(body, head = '', lang = 'en') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>icn-widgets bench</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }</style>
${head}</head><body>
${body}
</body></html>`;
}

const bundle = (bundlePath) => `<script type="module" src="${bundlePath}"></script>`;

/**
 * The three elements, on the embedded statement or on `src`, with content below them;
 * `reserve` gives each tag's height to reserve at the bench's one viewport (the builder's
 * snippets reserve the height for each width, by container queries; one viewport needs one).
 * `lang` and `catalogue` (its file's path): a page in another language than English, whose
 * catalogue is preloaded as the builder's snippet does.
 */
export function widgetsPage({ bundlePath, src, reserve, lang = 'en', catalogue } = {}) {
  const s = src ? ` src="${esc(src)}"` : '';
  // The element's measured height reserved before it upgrades.
  const r = (tag, display = 'block') => (reserve ? ` style="display: ${display}; min-height: ${reserve[tag]}px"` : '');
  return page(
    `<h1>A member's page</h1>
<icn-principles${s}${r('icn-principles')}></icn-principles>
<icn-badge network="ENCC"${s}${r('icn-badge', 'inline-block')}></icn-badge>
<icn-signatories${s}${r('icn-signatories')}></icn-signatories>
${BELOW}`,
    (catalogue ? `<link rel="modulepreload" href="${esc(catalogue)}">\n` : '') + bundle(bundlePath),
    lang,
  );
}

const signatoryText = (s) => (s.acronym ? `${esc(s.acronym)} – ${esc(s.name)}` : esc(s.name));

/** The same content as plain HTML, no script. */
export function staticPage(statement) {
  const sig = statement.signatories.find((s) => s.acronym === 'ENCC');
  return page(`<h1>A member's page</h1>
<article>
<h2>${esc(statement.title)}</h2>
${statement.intro.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<ol>
${statement.principles.map((p) => `<li>${esc(p)}</li>`).join('\n')}
</ol>
</article>
<p><a href="#">${esc(sig ? sig.acronym : 'ENCC')} is a signatory of ${esc(statement.title)}</a></p>
<section>
<h2>Signatories</h2>
<ul>
${statement.signatories.map((s) => `<li>${signatoryText(s)}</li>`).join('\n')}
</ul>
</section>
${BELOW}`);
}

/** `<icn-signatories src filter layout="list">` alone. */
export function widgetListPage({ bundlePath, src }) {
  return page(`<icn-signatories src="${esc(src)}" filter layout="list"></icn-signatories>`, bundle(bundlePath));
}

/**
 * The same list as plain HTML, with the honest static equivalent of `filter`: a tiny inline
 * script that hides the <li> that do not match (case and accents ignored, as the widget does)
 * and updates a count.
 */
export function staticListPage(statement) {
  const n = statement.signatories.length;
  return page(`<section>
<h2 id="heading">Signatories</h2>
<label for="filter">Filter</label> <input id="filter" type="search" autocomplete="off" spellcheck="false">
<p id="status" role="status">${n} of ${n}</p>
<ul id="list" aria-labelledby="heading">
${statement.signatories.map((s) => `<li>${signatoryText(s)}</li>`).join('\n')}
</ul>
</section>
<script>
(function () {
  var input = document.getElementById('filter'), status = document.getElementById('status');
  var items = document.getElementById('list').children;
  var fold = function (s) { return s.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase().trim(); };
  input.addEventListener('input', function () {
    var q = fold(input.value), shown = 0;
    for (var i = 0; i < items.length; i++) {
      var match = !q || fold(items[i].textContent).indexOf(q) !== -1;
      if (items[i].hidden === match) items[i].hidden = !match;
      if (match) shown++;
    }
    status.textContent = shown ? shown + ' of ' + items.length : 'No match';
  });
})();
</script>`);
}
