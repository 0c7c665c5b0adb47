/**
 * What a built page costs a reader on a cold visit, from the files in dist/: the HTML and its
 * stylesheets gzip-compressed as a server would send them, the fonts those stylesheets use
 * (already compressed WOFF2), and the JavaScript it loads or inlines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  fonts: number;
  /** HTML + CSS (gzip) + fonts: transferred cold, without images. */
  total: number;
  /** Scripts loaded (gzip) or inlined in the page. */
  jsGzip: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const local = (dist: string, href: string) => path.join(dist, decodeURI(href.split(/[?#]/)[0]!.replace(/^\//, '')));

export function pageWeight(dist: string, pageFile: string): PageWeight {
  const html = readFileSync(pageFile, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith('/'));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const cssTexts = css.map((h) => readFileSync(local(dist, h), 'utf8'));
  const fontUrls = new Set(
    [...cssTexts, inlineCss].flatMap((text) => [...text.matchAll(/url\(["']?([^)"']+\.woff2)["']?\)/g)].map((m) => m[1]!)),
  );
  const fonts = [...fontUrls].reduce((s, u) => s + (existsSync(local(dist, u)) ? statSync(local(dist, u)).size : 0), 0);
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!));
  const jsGzip = scripts.reduce((s, m) => {
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    return s + (src ? (src.startsWith('/') && existsSync(local(dist, src)) ? gz(readFileSync(local(dist, src))) : 0) : m[2]!.trim() ? gz(m[2]!) : 0);
  }, 0);
  const htmlGzip = gz(html);
  const cssGzip = cssTexts.reduce((s, t) => s + gz(t), 0);
  return { htmlGzip, cssGzip, fonts, total: htmlGzip + cssGzip + fonts, jsGzip };
}

/** Every file under dir, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export function folderBytes(dir: string): { files: number; bytes: number } {
  const files = listFiles(dir);
  return { files: files.length, bytes: files.reduce((s, f) => s + statSync(path.join(dir, f)).size, 0) };
}
