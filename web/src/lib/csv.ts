// CSV as RFC 4180 describes it (CRLF lines; fields with commas, quotes or line breaks quoted,
// quotes doubled), with a byte-order mark so spreadsheet programs read UTF-8 text correctly.

export type CsvCell = string | number | boolean | null | undefined;

// Text opening with one of these is run as a formula by spreadsheet programs; a leading
// apostrophe keeps it text (OWASP's advice for CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Hands `text` to the browser as a file download named `fileName`. */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
