/**
 * The deployment files committed to the repository (deploy/), generated from the serving rules so
 * they cannot drift: `npm run deploy:files` writes them, and a unit test fails when a committed
 * copy differs from what this module generates.
 */
import { siteConf } from './nginx.ts';
import { githubPagesWorkflow } from './static-hosts.ts';

/** Placeholders an agency replaces (docs/deploy.vi.md). */
export const PLACEHOLDER = {
  root: '/var/www/dien-hinh-tien-tien/dist',
  serverName: 'dienhinhtientien.example.vn',
  certificate: '/etc/letsencrypt/live/dienhinhtientien.example.vn/fullchain.pem',
  key: '/etc/letsencrypt/live/dienhinhtientien.example.vn/privkey.pem',
};

const HOW = [
  'Cấu hình nginx cho trang "Mô hình, điển hình tiên tiến". Hướng dẫn: docs/deploy.vi.md.',
  'nginx configuration for the site. Guide: docs/deploy.en.md.',
  '',
  'Copy to /etc/nginx/sites-available/ and link it from sites-enabled/ (it belongs in the http {} block).',
  `Replace ${PLACEHOLDER.root} (the copied dist/ folder) and ${PLACEHOLDER.serverName} (the real domain).`,
  'The included files come with every build (dist/_nginx/, dist/nginx-redirects.conf): copy dist/ again',
  'after each build and reload nginx ("nginx -t && systemctl reload nginx").',
  'Generated from src/lib/serve/ by "npm run deploy:files"; do not edit by hand.',
];

/** Path in the repository → content. */
export function deployFiles(): Map<string, string> {
  return new Map([
    ['deploy/nginx/dien-hinh-tien-tien.conf', siteConf({ root: PLACEHOLDER.root, serverName: PLACEHOLDER.serverName, listen: ['80', '[::]:80'], comment: HOW })],
    [
      'deploy/nginx/dien-hinh-tien-tien-tls.conf',
      siteConf({
        root: PLACEHOLDER.root,
        serverName: PLACEHOLDER.serverName,
        listen: ['443', '[::]:443'],
        tls: { certificate: PLACEHOLDER.certificate, key: PLACEHOLDER.key },
        comment: [...HOW, '', 'HTTPS (TLS) with Strict-Transport-Security; plain HTTP is redirected to HTTPS.', 'Replace the certificate paths too (e.g. from certbot).'],
      }),
    ],
    ['deploy/github-pages/pages.yml', githubPagesWorkflow()],
  ]);
}
