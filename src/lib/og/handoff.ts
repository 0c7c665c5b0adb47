/**
 * How the card list gets from the pages to the Open Graph integration during `astro build`.
 * Astro calls every route's getStaticPaths() before it renders the first page; the /og/ route
 * (src/pages/og/[...path].png.ts) hands its cards over there, and the integration
 * (src/integrations/og-images.ts) starts rendering them at once, beside the page rendering.
 * The two live in different module graphs (the integration is loaded with the config, the route
 * in Astro's prerender bundle) but in one process, so the hand-over is a function the integration
 * puts on globalThis under a registered symbol at astro:build:start. Without it (astro dev, or
 * the integration left out) the route renders each image itself, as an ordinary endpoint.
 */
import type { OgBuildItem } from './build.ts';

const KEY = Symbol.for('dien-hinh-tien-tien.og-images.receive');

type Receiver = (items: readonly OgBuildItem[]) => void;

/** The integration: receive the cards of this build. Returns a function that stops receiving. */
export function receiveOgCards(receiver: Receiver): () => void {
  (globalThis as Record<symbol, unknown>)[KEY] = receiver;
  return () => {
    if ((globalThis as Record<symbol, unknown>)[KEY] === receiver) delete (globalThis as Record<symbol, unknown>)[KEY];
  };
}

/** The route: hand the cards to the integration. False when no integration is listening. */
export function handOverOgCards(items: readonly OgBuildItem[]): boolean {
  const receiver = (globalThis as Record<symbol, unknown>)[KEY] as Receiver | undefined;
  if (!receiver) return false;
  receiver(items);
  return true;
}
