/** URLs of the statistics pages (under /thong-ke/, as agreed for the site). */
export const statsRoutes = {
  index: '/thong-ke/',
  /** The map of the 63 provinces before 1 July 2025. */
  formerMap: '/thong-ke/tinh-cu/',
} as const;

/** The printable year-end summary of a province: /thong-ke/phu-tho/2017/. */
export const yearEndUrl = (provinceSlug: string, year: number): string => `${statsRoutes.index}${provinceSlug}/${year}/`;
