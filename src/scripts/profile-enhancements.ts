/**
 * The profile page's progressive enhancements: buttons added only where they can work. Without
 * this module the page is complete (the citation text is selectable, the share links are plain
 * links, the poster view prints with the browser's own Print). One small module, bundled and
 * cached, loaded by src/pages/mo-hinh/[slug].astro, rather than inline code copied into each of
 * tens of thousands of profile pages (issue 13). Modules run after parsing.
 */

/** "Sao chép trích dẫn": copy the citation (CitationBlock.astro) where the Clipboard API exists. */
function citationCopy(section: HTMLElement): void {
  const box = section.querySelector('[data-citation-text]');
  const status = section.querySelector('[data-citation-status]');
  if (!box || !status || section.querySelector('.citation__copy')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'citation__copy';
  button.textContent = section.dataset.copyLabel ?? '';
  button.addEventListener('click', async () => {
    const text = [...box.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()).join('\n');
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = section.dataset.copied ?? '';
    } catch {
      // Leave the text selected so Ctrl+C or a long press still works.
      const range = document.createRange();
      range.selectNodeContents(box);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = section.dataset.copyFailed ?? '';
    }
  });
  status.before(button);
}

/**
 * "Chia sẻ…": the Web Share sheet (ShareLinks.astro), only where the browser has the API. What it
 * shares is read from the page: the canonical (permanent) URL, the <h1>, the meta description.
 */
function webShare(nav: HTMLElement): void {
  const list = nav.querySelector('ul');
  const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!list || !url || nav.querySelector('.share__native')) return;
  const data: ShareData = { title: document.querySelector('h1')?.textContent?.trim() ?? document.title, url };
  const text = document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
  if (text) data.text = text;
  if (typeof navigator.canShare === 'function' && !navigator.canShare(data)) return;
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'share__native';
  button.textContent = nav.dataset.shareLabel ?? '';
  // A dismissed share sheet rejects with AbortError: nothing to report.
  button.addEventListener('click', () => navigator.share(data).catch(() => {}));
  li.append(button);
  list.prepend(li);
}

/** "In áp phích": a print button in the poster view (PosterSheet.astro). */
function posterPrint(box: HTMLElement): void {
  if (box.firstChild) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = box.dataset.label ?? '';
  button.addEventListener('click', () => window.print());
  box.append(button);
}

const each = (selector: string, enhance: (el: HTMLElement) => void) => document.querySelectorAll<HTMLElement>(selector).forEach(enhance);

if (typeof navigator.share === 'function') each('[data-share]', webShare);
if (typeof window.print === 'function') each('[data-poster-actions]', posterPrint);
// The copy button waits for idle: it is the least urgent.
const copy = () => {
  if (typeof navigator.clipboard?.writeText === 'function') each('[data-citation]', citationCopy);
};
if ('requestIdleCallback' in window) requestIdleCallback(copy, { timeout: 2000 });
else setTimeout(copy, 0);
