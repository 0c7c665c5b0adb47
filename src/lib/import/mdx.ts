/**
 * Text from a spreadsheet written into an MDX body must stay text: MDX reads "{…}" as a JavaScript
 * expression, "<" as a tag, a line starting with "import"/"export" as a module statement, and
 * "---" or "===" under a line as markup. Everything of that kind is escaped so the page shows
 * exactly what the cell said.
 */

// ASCII punctuation that Markdown or MDX gives a meaning to; a backslash before any of it is a
// CommonMark escape that renders the character itself.
const SPECIAL = /[\\{}<>[\]*_#`|~&!]/g;

export function escapeMdxText(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => {
      let out = line.replace(SPECIAL, (c) => `\\${c}`);
      // ESM lines: a character reference for the first letter leaves "import"/"export" as plain text.
      out = out.replace(/^(\s*)(import|export)\b/, (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`);
      // Thematic breaks, setext underlines, list and heading starts.
      out = out.replace(/^(\s*)([-=+])/, (_, space: string, c: string) => `${space}\\${c}`);
      out = out.replace(/^(\s*)(\d+)([.)])/, (_, space: string, n: string, p: string) => `${space}${n}\\${p}`);
      return out;
    })
    .join('\n');
}
