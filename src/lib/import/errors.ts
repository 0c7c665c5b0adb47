/** A failure the editor can act on: Vietnamese first, English detail after. Nothing has been written. */
export class ImportError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(`${vi}\n(${en})`);
    this.name = 'ImportError';
    this.vi = vi;
    this.en = en;
  }
}
