/** The search state and its URL: shared, bookmarked, reloaded, walked back. */
import { describe, expect, it } from 'vitest';
import {
  emptyState,
  hasFilters,
  isBlank,
  parseState,
  sameState,
  stateToParams,
  stateToUrl,
  toPagefindFilters,
  toPagefindSort,
  toggleValue,
  type SearchState,
} from '../../src/lib/search/state.ts';

const state = (over: Partial<SearchState>): SearchState => ({ ...emptyState(), ...over });

describe('URL state', () => {
  it.each([
    ['/tim-kiem/', state({})],
    ['/tim-kiem/?q=rau+h%E1%BB%AFu+c%C6%A1', state({ q: 'rau hữu cơ' })],
    [
      '/tim-kiem/?q=doan&linh-vuc=giao-duc-dao-tao&linh-vuc=nong-thon-moi&tinh-cu=hoa-binh&nam=2017&sap-xep=moi-nhat',
      state({ q: 'doan', filters: { 'linh-vuc': ['giao-duc-dao-tao', 'nong-thon-moi'], 'tinh-cu': ['hoa-binh'], nam: ['2017'] }, sort: 'moi-nhat' }),
    ],
  ])('%s round-trips', (url, expected) => {
    const parsed = parseState(new URL(url, 'https://x.invalid').search);
    expect(parsed).toEqual(expected);
    expect(stateToUrl(parsed)).toBe(url);
  });

  it('writes equal states as equal URLs, whatever the order of choice', () => {
    const a = toggleValue(toggleValue(emptyState(), 'nam', '2023', true), 'linh-vuc', 'y-te', true);
    const b = toggleValue(toggleValue(emptyState(), 'linh-vuc', 'y-te', true), 'nam', '2023', true);
    expect(stateToUrl(a)).toBe(stateToUrl(b));
    expect(sameState(a, b)).toBe(true);
  });

  it('reads comma-separated values and drops repeats', () => {
    expect(parseState('?nam=2017,2023&nam=2017').filters).toEqual({ nam: ['2017', '2023'] });
  });

  it('ignores unknown parameters, malformed values and sorts', () => {
    const parsed = parseState('?q=x&foo=1&linh-vuc=%3Cscript%3E&linh-vuc=y-te&sap-xep=bogus&utm_source=z');
    expect(parsed).toEqual(state({ q: 'x', filters: { 'linh-vuc': ['y-te'] } }));
  });

  it('normalises the query from the URL (NFD, spaces)', () => {
    const nfd = encodeURIComponent('  Đồng   Sương '.normalize('NFD'));
    expect(parseState(`?q=${nfd}`).q).toBe('Đồng Sương');
  });

  it('leaves the default sort out of the URL', () => {
    expect(stateToParams(state({ q: 'a', sort: 'lien-quan' })).toString()).toBe('q=a');
  });
});

describe('toggleValue', () => {
  it('adds and removes a value without touching the state it was given', () => {
    const s0 = emptyState();
    const s1 = toggleValue(s0, 'loai', 'mo-hinh', true);
    expect(s0.filters).toEqual({});
    expect(s1.filters).toEqual({ loai: ['mo-hinh'] });
    expect(toggleValue(s1, 'loai', 'mo-hinh', false).filters).toEqual({});
  });
});

describe('blank and filtered', () => {
  it('tells a blank state', () => {
    expect(isBlank(emptyState())).toBe(true);
    expect(isBlank(state({ q: 'x' }))).toBe(false);
    expect(isBlank(state({ filters: { nam: ['2017'] } }))).toBe(false);
    expect(hasFilters(state({ q: 'x' }))).toBe(false);
  });
});

describe('Pagefind options', () => {
  const s = state({ q: 'x', filters: { 'linh-vuc': ['a', 'b'], nam: ['2017'] } });

  it('makes values within a facet alternatives and facets combined', () => {
    expect(toPagefindFilters(s)).toEqual({ 'linh-vuc': { any: ['a', 'b'] }, nam: { any: ['2017'] } });
  });

  it('can leave a facet out, to count its values', () => {
    expect(toPagefindFilters(s, 'linh-vuc')).toEqual({ nam: { any: ['2017'] } });
  });

  it('sorts by relevance with words, newest first without', () => {
    expect(toPagefindSort(s)).toBeUndefined();
    expect(toPagefindSort(state({ filters: { nam: ['2017'] } }))).toEqual({ nam: 'desc' });
    expect(toPagefindSort(state({ q: 'x', sort: 'cu-nhat' }))).toEqual({ nam: 'asc' });
    expect(toPagefindSort(state({ q: 'x', sort: 'moi-nhat' }))).toEqual({ nam: 'desc' });
  });
});
