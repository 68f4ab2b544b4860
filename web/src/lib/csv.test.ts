import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes RFC 4180 rows with a byte-order mark and CRLF line ends', () => {
    expect(toCsv([['title', 'views'], ['Spring', 1200]])).toBe('\uFEFFtitle,views\r\nSpring,1200\r\n');
  });

  it('quotes fields with commas, quotes, line breaks or outer spaces, doubling quotes', () => {
    const csv = toCsv([['a, b', 'say "hi"', 'two\nlines', ' padded', 'plain']]);
    expect(csv).toBe('\uFEFF"a, b","say ""hi""","two\nlines"," padded",plain\r\n');
  });

  it('keeps spreadsheet formulas as text and leaves empty cells empty', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-2', '@cmd', null, undefined, false]])).toBe("\uFEFF'=SUM(A1),'+1,'-2,'@cmd,,,false\r\n");
  });
});
