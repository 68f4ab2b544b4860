import { CamelCasePlugin, type UnknownRow } from 'kysely';

/**
 * The one naming rule between TypeScript and SQL: columns are snake_case in SQL and camelCase
 * in TypeScript (db:types generates them so). Every connection runs this plugin; code that hands
 * names to SQL as data (JSON keys read by jsonb_populate_record) uses the same mapping.
 */
class ColumnNamePlugin extends CamelCasePlugin {
  constructor() {
    // JSON columns (a persona's platform strategy) keep the keys they were written with.
    super({ maintainNestedObjectKeys: true });
  }

  /** Renames a row's keys only: values, arrays included, are passed on as pg made them. */
  protected override mapRow(row: UnknownRow): UnknownRow {
    const mapped: UnknownRow = {};
    for (const key in row) mapped[this.camelCase(key)] = row[key];
    return mapped;
  }

  toSqlName(name: string): string {
    return this.snakeCase(name);
  }
}

export const columnNamePlugin = new ColumnNamePlugin();

export function snakeCase(name: string): string {
  return columnNamePlugin.toSqlName(name);
}
