import { formatMessage, message, type Message, type MessageKey } from '../../i18n/message';

/** What WPS passes to a ribbon callback: the control's id from ribbon.xml. */
export interface RibbonControl {
  Id: string;
}

/** The commands behind the buttons. Only the pane toggle is immediate; the others report when done. */
export interface RibbonCommands {
  togglePane(): void;
  monthlySummary(): Promise<Message[]>;
  printSetup(): Promise<Message[]>;
  print(): Promise<Message[]>;
}

type CommandName = keyof RibbonCommands;

interface ButtonSpec {
  label: MessageKey;
  tip: MessageKey;
  /** Relative to the add-in's folder, as WPS resolves getImage results. */
  image: string;
  command: CommandName;
}

/** The buttons of ribbon.xml by id: the Office ribbon's three, plus 打印 because WPS can print from code. */
export const RIBBON_BUTTONS: Record<string, ButtonSpec> = {
  btnRegisterPane: { label: 'wps.ribbon.pane', tip: 'wps.ribbon.pane.tip', image: 'images/pane.svg', command: 'togglePane' },
  btnMonthlySummary: {
    label: 'wps.ribbon.monthlySummary', tip: 'wps.ribbon.monthlySummary.tip', image: 'images/summary.svg', command: 'monthlySummary',
  },
  btnPrintSetup: { label: 'wps.ribbon.printSetup', tip: 'wps.ribbon.printSetup.tip', image: 'images/printSetup.svg', command: 'printSetup' },
  btnPrint: { label: 'wps.ribbon.print', tip: 'wps.ribbon.print.tip', image: 'images/print.svg', command: 'print' },
};

/** The object ribbon.xml's callbacks name ("ribbon.OnAction" …); WPS calls them synchronously. */
export interface WpsRibbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): void;
  GetLabel(control: RibbonControl): string;
  GetScreentip(control: RibbonControl): string;
  GetImage(control: RibbonControl): string;
}

/**
 * The ribbon callbacks. WPS waits for each one and expects a plain value back, so none is async: a long
 * command is started and left to finish, and its result (or failure) is shown with `notify` when it does.
 * `onLoad` runs when WPS loads the ribbon (OnAddinLoad); its failure is logged, the ribbon still loads.
 */
export function createRibbon(commands: RibbonCommands, notify: (text: string) => void, onLoad: () => unknown = () => undefined): WpsRibbon {
  const button = (control: RibbonControl): ButtonSpec | undefined => RIBBON_BUTTONS[control.Id];
  const failed = (error: unknown) => {
    console.error('Ribbon command failed', error);
    notify(formatMessage(message('host.command.failed', { detail: error instanceof Error ? error.message : String(error) })));
  };
  return {
    OnAddinLoad() {
      try {
        onLoad();
      } catch (error) {
        console.error('客户登记册: add-in load step failed', error);
      }
      return true;
    },
    OnAction(control) {
      const spec = button(control);
      if (!spec) return;
      if (spec.command === 'togglePane') {
        try {
          commands.togglePane();
        } catch (error) {
          failed(error);
        }
        return;
      }
      commands[spec.command]().then((done) => notify(done.map((m) => formatMessage(m)).join('\n')), failed);
    },
    GetLabel: (control) => {
      const spec = button(control);
      return spec ? formatMessage(message(spec.label)) : '';
    },
    GetScreentip: (control) => {
      const spec = button(control);
      return spec ? formatMessage(message(spec.tip)) : '';
    },
    GetImage: (control) => button(control)?.image ?? '',
  };
}
