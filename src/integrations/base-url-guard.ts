/**
 * Guards the base URL (src/lib/base-url.ts): a release build (CI_RELEASE=1, `npm run
 * build:release`) with a placeholder domain stops before anything is written; any other build
 * with one prints a clear warning when it ends, so nobody prints posters with a dead QR code.
 * It lives in the Astro config, so it applies whichever command runs `astro build`.
 */
import type { AstroIntegration } from 'astro';
import { isPlaceholderBaseUrl, isRelease, placeholderRefusal, placeholderWarning } from '../lib/base-url.ts';

export default function baseUrlGuard(baseUrl: string, env: Readonly<Record<string, string | undefined>> = process.env): AstroIntegration {
  const placeholder = isPlaceholderBaseUrl(baseUrl);
  return {
    name: 'base-url-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && placeholder && isRelease(env)) throw new Error(placeholderRefusal(baseUrl));
      },
      'astro:build:done': ({ logger }) => {
        if (placeholder) logger.warn(`\n${placeholderWarning(baseUrl)}`);
      },
    },
  };
}
