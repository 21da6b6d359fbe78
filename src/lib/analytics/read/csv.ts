import type { ExportRow } from './rollups'

// Referrer hosts, paths and UTM values come from readers: a cell must stay text when opened in
// a spreadsheet. A leading = + - @ (or tab, carriage return) would start a formula there
// (OWASP "CSV injection"), so such a cell gets a leading apostrophe; every text cell is quoted.
const FORMULA_START = /^[=+\-@\t\r]/

export const csvCell = (text: string) => {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

export const CSV_HEADER = ['day', 'path', 'event', 'dimension', 'value', 'count'] as const

/** RFC 4180 CSV of the daily rows: one line a row, CRLF, counts as bare numbers. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [
    CSV_HEADER.join(','),
    ...rows.map(
      (row) =>
        [row.day, row.path, row.event, row.dim, row.value].map(csvCell).join(',') + `,${row.count}`,
    ),
  ]
  return `${lines.join('\r\n')}\r\n`
}
