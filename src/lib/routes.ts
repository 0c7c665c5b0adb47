/**
 * The site's URLs. They are a public contract (newspapers link to profiles): ASCII, lowercase,
 * always with a trailing slash. Every link on the site is built here.
 */

export const routes = {
  home: '/',
  profiles: '/mo-hinh/',
  fields: '/linh-vuc/',
  localities: '/dia-phuong/',
  plans: '/ke-hoach/',
  movements: '/phong-trao/',
  articles: '/nguon/',
  about: '/gioi-thieu/',
  search: '/tim-kiem/',
} as const;

export const profileUrl = (slug: string) => `${routes.profiles}${slug}/`;
export const fieldUrl = (slug: string) => `${routes.fields}${slug}/`;
export const planUrl = (slug: string) => `${routes.plans}${slug}/`;
export const movementUrl = (slug: string) => `${routes.movements}${slug}/`;
export const articleUrl = (slug: string) => `${routes.articles}${slug}/`;
export const provinceUrl = (provinceSlug: string) => `${routes.localities}${provinceSlug}/`;
export const communeUrl = (provinceSlug: string, communeSlug: string) =>
  `${routes.localities}${provinceSlug}/${communeSlug}/`;

