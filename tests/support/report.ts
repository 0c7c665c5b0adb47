/** Failure messages that stay readable when one mistake repeats on every page. */

/** "N what:\n line\n line…", showing at most `max` lines and how many more there are. */
export function listing(what: string, lines: readonly string[], max = 25): string {
  const shown = lines.slice(0, max).join('\n');
  const more = lines.length > max ? `\n… and ${lines.length - max} more` : '';
  return `${lines.length} ${what}:\n${shown}${more}`;
}
