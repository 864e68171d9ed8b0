import { contains, intersects } from './a1';
import { FakeOfficeError, loadNames } from './clientObject';
import type { RangeTarget } from './rangeProxies';
import type { FakeRequestContext } from './requestContext';
import { FakeTable } from './workbookProxies';

/**
 * Range.getTables (ExcelApi 1.9): the tables overlapping a range (or fully inside it), known once loaded and
 * synced — `items` before that throws, as in Office.js.
 */
export class FakeTableScopedCollection {
  private loaded: FakeTable[] | null = null;

  constructor(private readonly context: FakeRequestContext, private readonly target: () => RangeTarget, private readonly fullyContained: boolean) {}

  load(option?: string | string[]): this {
    const names = loadNames(option).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      const found = this.context.excel.model.tables
        .filter((t) => t.sheet === sheet && (this.fullyContained ? contains(rect, t.rect) : intersects(t.rect, rect)));
      this.loaded = found.map((model) => new FakeTable(this.context, () => (this.context.excel.model.tables.includes(model) ? model : null), false, model.name));
      if (names.includes('name')) for (const table of this.loaded) table.primeName();
      return 0;
    });
    return this;
  }

  get items(): FakeTable[] {
    if (!this.loaded) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available. Call load and context.sync() first.");
    return this.loaded;
  }
}
