/**
 * A profile's MDX body as plain text for the search index: the words a reader sees, without
 * Markdown syntax, JSX/HTML tags, import/export lines, code fences or link targets.
 */
export function markdownToPlainText(source: string): string {
  return (
    source
      .replace(/\r\n?/g, '\n')
      // MDX module lines.
      .replace(/^\s*(?:import|export)\s.*$/gm, '')
      // Fenced code: keep the code words, drop the fences.
      .replace(/^\s*(?:```|~~~).*$/gm, '')
      // Comments, then tags (keeping what is between them).
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
      // Images keep their alt text, links their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
      // Block markers: headings, quotes, list bullets, table rules.
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s*>\s?/gm, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
      .replace(/\|/g, ' ')
      // Inline emphasis and code.
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(\*|_)(.+?)\1/g, '$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
