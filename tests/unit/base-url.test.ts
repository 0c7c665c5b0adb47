/** The base URL comes from SITE_URL over site.config.ts; a placeholder warns, and a release build refuses it. */
import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { PLACEHOLDER_BASE_URL, isPlaceholderBaseUrl, isRelease, resolveBaseUrl } from '../../src/lib/base-url.ts';
import baseUrlGuard from '../../src/integrations/base-url-guard.ts';
import { site } from '../../src/site.config.ts';

type Hook = (arg: unknown) => unknown;
const hook = (i: ReturnType<typeof baseUrlGuard>, name: string) => (i.hooks as Record<string, Hook>)[name] as Hook;

function fakeLogger() {
  const warn = vi.fn<(msg: string) => void>();
  return { warn, logger: { warn, info: vi.fn(), error: vi.fn(), debug: vi.fn() } as unknown as AstroIntegrationLogger };
}

describe('resolveBaseUrl', () => {
  it('takes SITE_URL over the configured value, without a trailing slash', () => {
    expect(resolveBaseUrl({ SITE_URL: 'https://thiduakhenthuong.tinh.gov.vn/' }, PLACEHOLDER_BASE_URL)).toBe('https://thiduakhenthuong.tinh.gov.vn');
    expect(resolveBaseUrl({ SITE_URL: '  ' }, 'https://a.gov.vn/')).toBe('https://a.gov.vn');
    expect(resolveBaseUrl({}, 'https://a.gov.vn/dien-hinh/')).toBe('https://a.gov.vn/dien-hinh');
  });

  it('rejects what is not a site address, naming the variable in Vietnamese and English', () => {
    expect(() => resolveBaseUrl({ SITE_URL: 'dienhinh.gov.vn' }, PLACEHOLDER_BASE_URL)).toThrow(/SITE_URL.*không phải một địa chỉ web[\s\S]*is not a URL/);
    expect(() => resolveBaseUrl({ SITE_URL: 'ftp://a.gov.vn' }, PLACEHOLDER_BASE_URL)).toThrow(/https:\/\//);
  });

  it('is what the site configuration uses (the test build runs without SITE_URL, on the placeholder)', () => {
    expect(site.baseUrl).toBe(resolveBaseUrl(process.env, PLACEHOLDER_BASE_URL));
  });
});

describe('isPlaceholderBaseUrl', () => {
  it.each([PLACEHOLDER_BASE_URL, 'https://example.com', 'https://site.example', 'https://a.test', 'http://localhost:4321'])('%s is a placeholder', (u) =>
    expect(isPlaceholderBaseUrl(u)).toBe(true),
  );
  it.each(['https://thiduakhenthuong.hoabinh.gov.vn', 'https://examplevn.gov.vn'])('%s is real', (u) => expect(isPlaceholderBaseUrl(u)).toBe(false));
});

describe('the base URL guard in the Astro config', () => {
  it('refuses a release build with the placeholder, before anything is built', () => {
    for (const CI_RELEASE of ['1', 'true', 'yes']) {
      const guard = baseUrlGuard(PLACEHOLDER_BASE_URL, { CI_RELEASE });
      expect(() => hook(guard, 'astro:config:setup')({ command: 'build' })).toThrow(/Không dựng bản phát hành[\s\S]*Refusing a release build/);
    }
  });

  it('lets a release build with a real domain through, and prints no warning', () => {
    const guard = baseUrlGuard('https://thiduakhenthuong.hoabinh.gov.vn', { CI_RELEASE: '1' });
    expect(() => hook(guard, 'astro:config:setup')({ command: 'build' })).not.toThrow();
    const { warn, logger } = fakeLogger();
    hook(guard, 'astro:build:done')({ logger });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns at the end of an ordinary build with the placeholder, in Vietnamese and English', () => {
    for (const CI_RELEASE of [undefined, '', '0', 'false']) {
      const guard = baseUrlGuard(PLACEHOLDER_BASE_URL, { CI_RELEASE });
      expect(isRelease({ CI_RELEASE })).toBe(false);
      expect(() => hook(guard, 'astro:config:setup')({ command: 'build' })).not.toThrow();
      const { warn, logger } = fakeLogger();
      hook(guard, 'astro:build:done')({ logger });
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toMatch(/CẢNH BÁO[\s\S]*mã QR[\s\S]*WARNING[\s\S]*SITE_URL=/);
    }
  });

  it('does not stop the dev server', () => {
    const guard = baseUrlGuard(PLACEHOLDER_BASE_URL, { CI_RELEASE: '1' });
    expect(() => hook(guard, 'astro:config:setup')({ command: 'dev' })).not.toThrow();
  });
});
