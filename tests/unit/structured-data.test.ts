/** JSON-LD builders: the right types for each subject, valid schema.org, safe to embed. */
import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  collectionJsonLd,
  isoPartialDate,
  pageJsonLd,
  planJsonLd,
  profileJsonLd,
  serializeJsonLd,
  type PlanRef,
  type ProfileJsonLdInput,
  type SiteIdentity,
} from '../../src/lib/structured-data.ts';
import { isKindOf, isSchemaType, propertiesOf, validateJsonLd } from './schema-org-vocabulary.ts';

const SITE: SiteIdentity = {
  baseUrl: 'https://dienhinhtientien.example.vn',
  name: 'Mô hình, điển hình tiên tiến',
  publisher: { name: 'Ban Thi đua – Khen thưởng', parent: 'Sở Nội vụ' },
  logo: '/logo.svg',
  lang: 'vi',
};

const PLAN_2017: PlanRef = {
  url: 'https://dienhinhtientien.example.vn/ke-hoach/162-kh-ubnd-2017/',
  data: {
    number: '162/KH-UBND',
    date: { year: 2017, month: 12, day: 26 },
    issuer: 'Ủy ban nhân dân tỉnh Hòa Bình',
    title: 'Kế hoạch phát hiện, bồi dưỡng, tổng kết và nhân rộng các mô hình, điển hình tiên tiến giai đoạn 2018–2020',
    locality: { name: 'tỉnh Hòa Bình', province: '17' },
  },
};

const PLAN_2023: PlanRef = {
  url: 'https://dienhinhtientien.example.vn/ke-hoach/tp-hoa-binh-2023/',
  data: {
    date: { year: 2023, month: 3 },
    issuer: 'Ủy ban nhân dân thành phố Hòa Bình',
    title: 'Kế hoạch xây dựng và nhân rộng điển hình tiên tiến năm 2023',
    locality: { name: 'thành phố Hòa Bình', province: '17', district: '148' },
  },
};

const PLANS = { '162-kh-ubnd-2017': PLAN_2017, 'tp-hoa-binh-2023': PLAN_2023 };

function profileInput(subject: 'ca-nhan' | 'tap-the' | 'ho-gia-dinh'): ProfileJsonLdInput {
  const url = `${SITE.baseUrl}/mo-hinh/trong-rau-huu-co-thanh-lap/`;
  return {
    site: SITE,
    url,
    profile: {
      kind: 'mo-hinh',
      subject,
      unit: subject === 'ca-nhan' ? 'Ông Bùi Văn Đường' : subject === 'ho-gia-dinh' ? 'Hộ ông Bùi Văn Đường' : 'Hợp tác xã Nông nghiệp Thành Lập',
      title: 'Mô hình trồng rau hữu cơ',
      summary: 'Trồng rau theo hướng hữu cơ, liên kết tiêu thụ với bếp ăn trường học.',
      locality: {
        address: 'xóm Đồng Bái, xã Thành Lập, huyện Lương Sơn, tỉnh Hòa Bình',
        province: { name: 'tỉnh Hòa Bình', code: '17' },
        district: { name: 'huyện Lương Sơn', code: '152' },
        commune: { name: 'xã Thành Lập', code: '04972' },
      },
      recognitions: [
        { plan: 'tp-hoa-binh-2023', year: 2023, row: 2, form: 'Xây dựng điển hình tiên tiến', citation: 'HTX …' },
        { plan: '162-kh-ubnd-2017', year: 2017, row: 5, form: 'Nhân rộng mô hình, điển hình tiên tiến', citation: 'HTX …' },
      ],
      updated: '2026-11-25',
    },
    plans: PLANS,
    fieldNames: ['Nông nghiệp', 'Xây dựng nông thôn mới'],
    currentLocality: { province: { name: 'tỉnh Phú Thọ', code: '25' }, commune: { name: 'xã Lương Sơn', code: '04978' } },
    ogImage: `${SITE.baseUrl}/og/mo-hinh/trong-rau-huu-co-thanh-lap.png`,
    photos: [{ url: `${SITE.baseUrl}/_astro/rau.webp`, caption: 'Vườn rau', credit: 'Báo Hòa Bình', licence: 'CC BY 4.0', original: 'https://baohoabinh.example.vn/anh.jpg' }],
    breadcrumbs: [
      { name: 'Trang chủ', url: '/' },
      { name: 'Mô hình', url: '/mo-hinh/' },
      { name: 'Mô hình trồng rau hữu cơ', url: '/mo-hinh/trong-rau-huu-co-thanh-lap/' },
    ],
  };
}

type Node = Record<string, unknown>;
const nodes = (g: { '@graph': readonly unknown[] }): Node[] => g['@graph'] as Node[];
const byType = (g: { '@graph': readonly unknown[] }, t: string): Node | undefined => nodes(g).find((n) => n['@type'] === t);

describe('the schema.org vocabulary used by the validator', () => {
  it('comes from schema-dts and knows the types and properties we rely on', () => {
    for (const t of ['Person', 'Organization', 'GovernmentOrganization', 'Legislation', 'Place', 'AdministrativeArea', 'ProfilePage', 'CollectionPage', 'ItemList', 'BreadcrumbList']) {
      expect(isSchemaType(t), t).toBe(true);
    }
    expect(propertiesOf('Person')?.has('award')).toBe(true);
    expect(propertiesOf('Legislation')?.has('legislationIdentifier')).toBe(true);
    expect(isKindOf('GovernmentOrganization', 'Organization')).toBe(true);
  });

  it('rejects invented types, invented properties and values of the wrong type', () => {
    const problems = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Household', name: 'x' },
        { '@type': 'Person', name: 'x', awardedBy: 'y', homeLocation: { '@type': 'Person', name: 'z' }, address: 3 },
      ],
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/"Household" is not a schema.org type/);
    expect(problems.join('\n')).toMatch(/no property "awardedBy"/);
    expect(problems.join('\n')).toMatch(/a Person where schema.org expects/);
    expect(problems.join('\n')).toMatch(/a number where/);
  });
});

describe('profileJsonLd', () => {
  it.each([
    ['ca-nhan', 'Person', 'homeLocation'],
    ['tap-the', 'Organization', 'location'],
    ['ho-gia-dinh', 'Organization', 'location'],
  ] as const)('a %s subject is a %s with its locality in %s', (subject, type, placeProp) => {
    const g = profileJsonLd(profileInput(subject));
    const s = byType(g, type);
    expect(s).toBeDefined();
    expect(s!['@id']).toBe(`${SITE.baseUrl}/mo-hinh/trong-rau-huu-co-thanh-lap/#doi-tuong`);
    expect((s![placeProp] as Node)['@type']).toBe('Place');
    if (subject === 'ho-gia-dinh') expect(s!.disambiguatingDescription).toBe('Hộ gia đình');
    expect(validateJsonLd(g)).toEqual([]);
  });

  it('words each recognition as an award, oldest first, and links the plans as Legislation', () => {
    const g = profileJsonLd(profileInput('tap-the'));
    const s = byType(g, 'Organization')!;
    expect(s.award).toEqual([
      'Nhân rộng mô hình, điển hình tiên tiến — Kế hoạch số 162/KH-UBND ngày 26/12/2017 của Ủy ban nhân dân tỉnh Hòa Bình, Phụ lục, số thứ tự 5',
      'Xây dựng điển hình tiên tiến — Kế hoạch (không ghi số) tháng 3/2023 của Ủy ban nhân dân thành phố Hòa Bình, Phụ lục, số thứ tự 2',
    ]);
    const [numbered, unnumbered] = s.subjectOf as Node[];
    expect(numbered).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '162/KH-UBND', legislationDate: '2017-12-26', legislationType: 'Kế hoạch' });
    expect(unnumbered).toMatchObject({ '@type': 'Legislation', legislationDate: '2023-03' });
    expect(unnumbered).not.toHaveProperty('legislationIdentifier');
    expect((numbered!.legislationPassedBy as Node).name).toBe('Ủy ban nhân dân tỉnh Hòa Bình');
  });

  it('names each plan by what identifies and cites it; the rest stays on the plan page, under the same @id', () => {
    const s = byType(profileJsonLd(profileInput('tap-the')), 'Organization')!;
    const [numbered] = s.subjectOf as Node[];
    expect(numbered!['@id']).toMatch(/\/ke-hoach\/.+#/);
    expect(numbered!.alternateName).toContain('162/KH-UBND');
    for (const onPlanPage of ['author', 'legislationJurisdiction', 'creator', 'abstract', 'associatedMedia', 'isBasedOn']) {
      expect(numbered, onPlanPage).not.toHaveProperty(onPlanPage);
    }
  });

  it('places the locality in its units with GSO codes, and today\'s units as a second chain', () => {
    const place = byType(profileJsonLd(profileInput('tap-the')), 'Organization')!.location as Node;
    expect(place.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: 'xã Thành Lập', addressRegion: 'tỉnh Hòa Bình', addressCountry: 'VN' });
    const [source, today] = place.containedInPlace as Node[];
    expect(source).toMatchObject({ '@type': 'AdministrativeArea', name: 'xã Thành Lập', identifier: { value: '04972' } });
    expect((source!.containedInPlace as Node).name).toBe('huyện Lương Sơn');
    expect(((source!.containedInPlace as Node).containedInPlace as Node).name).toBe('tỉnh Hòa Bình');
    expect(today).toMatchObject({ name: 'xã Lương Sơn', description: expect.stringContaining('01/07/2025') });
  });

  it('makes the page a ProfilePage about the subject, with absolute breadcrumb URLs', () => {
    const input = profileInput('ca-nhan');
    const g = profileJsonLd(input);
    const page = byType(g, 'ProfilePage')!;
    expect(page).toMatchObject({ '@id': input.url, url: input.url, inLanguage: 'vi', dateModified: '2026-11-25', mainEntity: { '@id': `${input.url}#doi-tuong` } });
    const crumbs = byType(g, 'BreadcrumbList')!.itemListElement as Node[];
    expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs.map((c) => c.item)).toEqual([`${SITE.baseUrl}/`, `${SITE.baseUrl}/mo-hinh/`, input.url]);
    // The site and its publisher are referred to by @id; the site's own pages describe them.
    expect(page).toMatchObject({ isPartOf: { '@id': `${SITE.baseUrl}/#website` }, publisher: { '@id': `${SITE.baseUrl}/#publisher` } });
    expect(byType(g, 'WebSite')).toBeUndefined();
    const home = pageJsonLd(SITE, `${SITE.baseUrl}/`, 'Trang chủ');
    expect(byType(home, 'WebSite')).toMatchObject({ '@id': `${SITE.baseUrl}/#website` });
    expect(byType(home, 'GovernmentOrganization')).toMatchObject({ '@id': `${SITE.baseUrl}/#publisher`, name: 'Ban Thi đua – Khen thưởng', logo: `${SITE.baseUrl}/logo.svg` });
  });

  it('credits photos and their licence', () => {
    const s = byType(profileJsonLd(profileInput('tap-the')), 'Organization')!;
    expect(s.image).toEqual([
      expect.objectContaining({ '@type': 'ImageObject', creditText: 'Báo Hòa Bình', license: { '@type': 'CreativeWork', name: 'CC BY 4.0' }, acquireLicensePage: 'https://baohoabinh.example.vn/anh.jpg' }),
    ]);
  });

  it('fails loudly on a recognition whose plan is missing', () => {
    const input = { ...profileInput('tap-the'), plans: { '162-kh-ubnd-2017': PLAN_2017 } };
    expect(() => profileJsonLd(input)).toThrow(/tp-hoa-binh-2023/);
  });
});

describe('planJsonLd, collectionJsonLd, pageJsonLd', () => {
  const plan = {
    ...PLAN_2017.data,
    signer: { name: 'Bùi Văn Khánh', role: 'Chủ tịch' },
    summary: 'Kế hoạch nhân rộng các mô hình, điển hình tiên tiến trên địa bàn tỉnh.',
    period: '2018–2020',
    basis: ['Luật Thi đua, Khen thưởng'],
    documents: [{ title: 'Toàn văn (PDF)', href: '/van-ban/162-kh-ubnd.pdf', format: 'application/pdf' }],
    updated: '2026-11-20',
  };

  it('plan: a WebPage whose main entity is the Legislation, with the exemplars as an ItemList', () => {
    const g = planJsonLd({ site: SITE, url: PLAN_2017.url, plan, items: [{ name: 'Mô hình trồng rau hữu cơ', url: '/mo-hinh/trong-rau-huu-co-thanh-lap/' }], breadcrumbs: [{ name: 'Trang chủ', url: '/' }, { name: 'Kế hoạch', url: '/ke-hoach/' }] });
    expect(validateJsonLd(g)).toEqual([]);
    const law = byType(g, 'Legislation')!;
    expect(law).toMatchObject({ legislationIdentifier: '162/KH-UBND', creator: { '@type': 'Person', name: 'Bùi Văn Khánh', jobTitle: 'Chủ tịch' } });
    expect((law.associatedMedia as Node[])[0]!.contentUrl).toBe(`${SITE.baseUrl}/van-ban/162-kh-ubnd.pdf`);
    expect((byType(g, 'ItemList')!.itemListElement as Node[])[0]).toMatchObject({ position: 1, url: `${SITE.baseUrl}/mo-hinh/trong-rau-huu-co-thanh-lap/` });
  });

  it('list page: CollectionPage + ItemList, positions continue across pages', () => {
    const g = collectionJsonLd({
      site: SITE,
      url: `${SITE.baseUrl}/linh-vuc/nong-nghiep/2/`,
      name: 'Lĩnh vực Nông nghiệp',
      items: [{ name: 'A', url: '/mo-hinh/a/' }, { name: 'B', url: '/mo-hinh/b/' }],
      firstPosition: 21,
      total: 22,
      breadcrumbs: [{ name: 'Trang chủ', url: '/' }],
    });
    expect(validateJsonLd(g)).toEqual([]);
    const list = byType(g, 'ItemList')!;
    expect(list.numberOfItems).toBe(22);
    expect((list.itemListElement as Node[]).map((i) => i.position)).toEqual([21, 22]);
    expect(byType(g, 'CollectionPage')).toBeDefined();
  });

  it('other pages and a lone breadcrumb validate too', () => {
    expect(validateJsonLd(pageJsonLd(SITE, `${SITE.baseUrl}/`, SITE.name))).toEqual([]);
    const bc = breadcrumbList(SITE, `${SITE.baseUrl}/x/`, [{ name: 'Trang chủ', url: '/' }]);
    expect(validateJsonLd({ '@context': 'https://schema.org', ...bc })).toEqual([]);
  });
});

describe('serializeJsonLd', () => {
  it('round-trips through JSON.parse and cannot close the <script> element', () => {
    const g = profileJsonLd({ ...profileInput('tap-the'), fieldNames: ['</script><script>alert(1)</script>'] });
    const json = serializeJsonLd(g);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(g);
  });

  it('keeps Vietnamese text as NFC characters, not escapes', () => {
    const json = serializeJsonLd(profileJsonLd(profileInput('ca-nhan')));
    expect(json).toContain('Ủy ban nhân dân tỉnh Hòa Bình');
    expect(json).toBe(json.normalize('NFC'));
  });
});

describe('isoPartialDate', () => {
  it.each([
    [{ year: 2017, month: 12, day: 26 }, '2017-12-26'],
    [{ year: 2023, month: 3 }, '2023-03'],
    [{ year: 2023 }, '2023'],
  ])('%j → %s', (d, iso) => expect(isoPartialDate(d)).toBe(iso));
});
