/**
 * The profiles as one CSV table (/du-lieu/mo-hinh.csv): one row per published profile, from the
 * same records as mo-hinh.json. A profile recognised by several plans lists them in one cell each,
 * separated by "; ", in the same order in every plan column.
 */
import { t, type UIKey } from '../../i18n/vi.ts';
import { toCsv, type Cell } from './csv.ts';
import type { ProfileRecord } from './schema.ts';

export const LIST_SEPARATOR = '; ';
const list = (values: readonly (string | number | null)[]): string => values.map((v) => v ?? '').join(LIST_SEPARATOR);

interface Column {
  /** Header: ASCII, stable, what programs read. */
  key: string;
  value: (p: ProfileRecord) => Cell;
}

export const PROFILE_COLUMNS: readonly Column[] = [
  { key: 'id', value: (p) => p.id },
  { key: 'url', value: (p) => p.url },
  { key: 'loai', value: (p) => t(`kind.${p.kind}`) },
  { key: 'doi_tuong', value: (p) => t(`subject.${p.subject}`) },
  { key: 'don_vi', value: (p) => p.unit },
  { key: 'ten', value: (p) => p.title },
  { key: 'tom_tat', value: (p) => p.summary },
  { key: 'dia_chi', value: (p) => p.address },
  { key: 'linh_vuc', value: (p) => list(p.fields.map((f) => f.name)) },
  { key: 'ma_linh_vuc', value: (p) => list(p.fields.map((f) => f.id)) },
  { key: 'phong_trao', value: (p) => p.movement?.name ?? null },
  { key: 'ma_tinh', value: (p) => p.today.province.code },
  { key: 'tinh', value: (p) => p.today.province.name },
  { key: 'ma_xa', value: (p) => p.today.commune?.code ?? null },
  { key: 'xa', value: (p) => p.today.commune?.name ?? null },
  { key: 'ma_tinh_cu', value: (p) => p.former.province.code },
  { key: 'tinh_cu', value: (p) => p.former.province.name },
  { key: 'ma_huyen_cu', value: (p) => p.former.district?.code ?? null },
  { key: 'huyen_cu', value: (p) => p.former.district?.name ?? null },
  { key: 'ma_xa_cu', value: (p) => p.former.commune?.code ?? null },
  { key: 'xa_cu', value: (p) => p.former.commune?.name ?? null },
  { key: 'ma_ke_hoach', value: (p) => list(p.recognitions.map((r) => r.plan)) },
  { key: 'so_ke_hoach', value: (p) => list(p.recognitions.map((r) => r.planNumber)) },
  { key: 'so_thu_tu', value: (p) => list(p.recognitions.map((r) => r.row)) },
  { key: 'nam', value: (p) => list(p.recognitions.map((r) => r.year)) },
  { key: 'hinh_thuc', value: (p) => list(p.recognitions.map((r) => r.form)) },
  { key: 'cap_nhat', value: (p) => p.updated },
];

/** What each column holds, in Vietnamese, for the /du-lieu/ page. */
export const columnDescription = (key: string): string => t(`data.column.${key}` as UIKey);

export function profilesCsv(records: readonly ProfileRecord[]): string {
  return toCsv(
    PROFILE_COLUMNS.map((c) => c.key),
    records.map((r) => PROFILE_COLUMNS.map((c) => c.value(r))),
  );
}
