import type { ReactNode } from 'react';
import type { CalendarDate } from '../../core/dates/calendarDate';
import { SandboxGrid } from './SandboxGrid';
import type { SandboxWorkbook } from './sandboxWorkbook';

/**
 * The sandbox page: a title bar like a spreadsheet program's, the grid, and the task pane docked on the
 * right at an Office task pane's width. The page's own chrome is the sandbox's, not the product's, so it is
 * not translated.
 */
export function DemoLayout({ workbook, fileName, today, onReset, onLoadLegacy, children }: {
  workbook: SandboxWorkbook;
  fileName: string;
  today: () => CalendarDate;
  onReset: () => void;
  /** Opens a fresh workbook holding only a team's old customer sheet, to try adopting it. */
  onLoadLegacy: () => void;
  children: ReactNode;
}) {
  return (
    <div className="demo">
      <header className="demo-bar">
        <span className="demo-file">{fileName}</span>
        <span className="demo-note">浏览器沙盒 · Sandbox — {today()}</span>
        <button type="button" className="demo-reset" onClick={onLoadLegacy}>载入旧客户表示例 · Old sheet</button>
        <button type="button" className="demo-reset" onClick={() => { if (window.confirm('重置示例数据？工作簿和登记记录将被清空，无法撤销。\nReset the sample data? The workbook and the register are cleared.')) onReset(); }}>重置示例数据 · Reset</button>
      </header>
      <div className="demo-main">
        <SandboxGrid workbook={workbook} today={today} />
        <aside className="demo-pane" aria-label="Task pane">{children}</aside>
      </div>
    </div>
  );
}
