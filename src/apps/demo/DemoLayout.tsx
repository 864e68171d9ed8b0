import { useSyncExternalStore, type ReactNode } from 'react';
import type { CalendarDate } from '../../core/dates/calendarDate';
import { SandboxGrid } from '../../hosts/sandbox/SandboxGrid';
import type { SandboxWorkbook } from '../../hosts/sandbox/sandboxWorkbook';

/**
 * The sandbox page: a title bar like a spreadsheet program's, the grid, and the task pane docked on the
 * right at an Office task pane's width. The page's own chrome is the sandbox's, not the product's, so it is
 * not translated.
 */
export function DemoLayout({ workbook, fileName, today, addInOpen, onSwitchAddIn, onReset, onLoadLegacy, children }: {
  workbook: SandboxWorkbook;
  fileName: string;
  today: () => CalendarDate;
  /** Whether the task pane is open: closed, the grid is edited as in an Excel without the add-in. */
  addInOpen: boolean;
  onSwitchAddIn: () => void;
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
        <ProtectSheetButton workbook={workbook} />
        <button type="button" className="demo-reset" data-testid="demo-addin" onClick={onSwitchAddIn}>
          {addInOpen ? '关闭加载项 · Close add-in' : '打开加载项 · Open add-in'}
        </button>
        <button type="button" className="demo-reset" onClick={onLoadLegacy}>载入旧客户表示例 · Old sheet</button>
        <button type="button" className="demo-reset" onClick={() => { if (window.confirm('重置示例数据？工作簿和登记记录将被清空，无法撤销。\nReset the sample data? The workbook and the register are cleared.')) onReset(); }}>重置示例数据 · Reset</button>
      </header>
      <div className="demo-main">
        <SandboxGrid workbook={workbook} today={today} />
        {addInOpen
          ? <aside className="demo-pane" aria-label="Task pane">{children}</aside>
          : (
            <aside className="demo-pane demo-pane-closed" aria-label="Task pane" data-testid="demo-addin-closed">
              <p>加载项已关闭：表格照常编辑，就像没有打开插件的 Excel。再次打开加载项时，它会核对这期间改过的行。</p>
              <p>The add-in is closed: edit the sheet as in an Excel without it. Opened again, it checks the rows changed meanwhile.</p>
            </aside>
          )}
      </div>
    </div>
  );
}

/**
 * 审阅 → 保护工作表 / 撤销工作表保护 on the sheet in front, with a password, as in Excel and WPS: so the pane
 * can be tried on a register a manager protected.
 */
function ProtectSheetButton({ workbook }: { workbook: SandboxWorkbook }) {
  const sheet = useSyncExternalStore((listener) => workbook.watch(listener), () => workbook.activeSheet);
  const isProtected = useSyncExternalStore((listener) => workbook.watch(listener), () => !!(sheet && workbook.sheet(sheet)?.protection));
  if (!sheet) return null;
  const toggle = () => {
    const password = window.prompt(isProtected ? `撤销“${sheet}”的保护：输入密码 · Password` : `保护“${sheet}”：设置密码 · Password`);
    if (password === null) return;
    if (!isProtected) workbook.protectSheet(sheet, password);
    else if (!workbook.unprotectSheet(sheet, password)) window.alert('密码不正确 · Wrong password');
  };
  return (
    <button type="button" className="demo-reset" data-testid="demo-protect" onClick={toggle}>
      {isProtected ? '撤销工作表保护 · Unprotect' : '保护工作表 · Protect sheet'}
    </button>
  );
}
