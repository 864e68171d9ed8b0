import {
  Body1, Button, Caption1, Dropdown, makeStyles, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CellValue } from '../../core/register/cellValue';
import { dateFromExcelSerial } from '../../core/register/dateCell';
import { REGISTER_COLUMNS, type RegisterField } from '../../core/register/registerSchema';
import { columnLetters } from '../../core/summary/a1Address';
import type { Message } from '../../i18n/message';
import type { AdoptionProposal } from '../../app/adoptSheet';
import { chooseField, choicesToColumns, hasNameColumn, initialChoices, type ColumnChoices } from '../adoption/columnChoices';
import { useTexts } from '../localeContext';
import type { AdoptionChoice } from '../useOpenWorkspace';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px' },
  hint: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse' },
  caption: { textAlign: 'start', paddingBottom: '4px', fontWeight: tokens.fontWeightSemibold },
  headCell: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, padding: '2px 4px' },
  row: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  header: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, padding: '4px', verticalAlign: 'top', width: '45%' },
  sample: { display: 'block', color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '150px' },
  field: { padding: '4px' },
  dropdown: { minWidth: '0', width: '100%' },
  guessed: { color: tokens.colorPaletteMarigoldForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '8px' },
});

const FIELDS = REGISTER_COLUMNS.map((c) => c.field);
const DATE_FIELDS = new Set(REGISTER_COLUMNS.filter((c) => c.kind === 'date').map((c) => c.field));

/** A preview cell as the sheet shows it: a date column's serial numbers read as dates. */
function previewText(value: CellValue, field: RegisterField | null): string {
  if (typeof value === 'number' && field && DATE_FIELDS.has(field)) return dateFromExcelSerial(value).date ?? String(value);
  return String(value ?? '').trim();
}
const SKIP = '';

/**
 * 采用现有表格 (SPEC §3): the team's own sheet, what the header detection made of each column, one dropdown
 * per column to correct it, and the choice between adopting the sheet and starting a blank register.
 */
export function AdoptSheetView({ proposal, choice }: { proposal: AdoptionProposal; choice: AdoptionChoice }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  const [choices, setChoices] = useState<ColumnChoices>(() => initialChoices(proposal.detection, proposal.columnCount));
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Message | null>(null);
  const fieldLabel = (field: RegisterField) => t(`taskpane.adopt.field.${field}`);
  // A header matched only by a word in it is worth a second look, while the user has not changed it.
  const guessed = new Map(proposal.detection.matches.filter((m) => !m.exact).map((m) => [m.columnIndex, m.field]));
  const percent = Math.round(proposal.detection.confidence * 100);
  const confidence = percent >= 80 ? 'high' : percent >= 50 ? 'medium' : 'low';
  const skipped = proposal.header.filter((header, i) => header !== '' && choices[i] === null);
  const added = FIELDS.filter((field) => !choices.includes(field));
  const nameChosen = hasNameColumn(choices);

  const adopt = async () => {
    setWorking(true);
    setProblem(null);
    const failed = await choice.adopt(choicesToColumns(choices));
    if (failed) {
      setProblem(failed);
      setWorking(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="adopt-title" data-testid="adopt-sheet">
      <Subtitle2 as="h2" id="adopt-title">{t('taskpane.adopt.title')}</Subtitle2>
      <Body1>{t('taskpane.adopt.intro', { sheet: proposal.sheet })}</Body1>
      <Caption1 data-testid="adopt-header-row">{t('taskpane.adopt.headerRow', { row: proposal.headerRow + 1, rows: proposal.dataRows })}</Caption1>
      <MessageBar intent={confidence === 'high' ? 'success' : 'warning'} data-testid="adopt-confidence">
        <MessageBarBody>{t(`taskpane.adopt.confidence.${confidence}`, { percent })}</MessageBarBody>
      </MessageBar>
      <table className={styles.table} data-testid="adopt-mapping">
        <caption className={styles.caption}>{t('taskpane.adopt.mappingCaption', { sheet: proposal.sheet })}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.headCell}>{t('taskpane.adopt.column.header')}</th>
            <th scope="col" className={styles.headCell}>{t('taskpane.adopt.column.field')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.header.map((header, column) => {
            const field = choices[column];
            const sample = proposal.preview.map((row) => previewText(row[column], field)).find((v) => v !== '');
            return (
              <tr key={column} className={styles.row} data-testid={`adopt-column-${column}`}>
                <th scope="row" className={styles.header}>
                  {header || t('taskpane.adopt.column.letter', { letter: columnLetters(column) })}
                  {sample && <Caption1 className={styles.sample}>{sample}</Caption1>}
                </th>
                <td className={styles.field}>
                  <Dropdown className={styles.dropdown} size="small" disabled={working}
                    aria-label={t('taskpane.adopt.fieldFor', { header: header || columnLetters(column) })}
                    value={field ? fieldLabel(field) : t('taskpane.adopt.skip')}
                    selectedOptions={[field ?? SKIP]}
                    onOptionSelect={(_e, data) => {
                      const next = data.optionValue === SKIP || data.optionValue === undefined ? null : data.optionValue as RegisterField;
                      setChoices((current) => chooseField(current, column, next));
                    }}>
                    <Option value={SKIP}>{t('taskpane.adopt.skip')}</Option>
                    {FIELDS.map((f) => <Option key={f} value={f}>{fieldLabel(f)}</Option>)}
                  </Dropdown>
                  {field && guessed.get(column) === field && <Caption1 className={styles.guessed}>{t('taskpane.adopt.guessed')}</Caption1>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {skipped.length > 0 && <Caption1 data-testid="adopt-unmapped">{t('taskpane.adopt.unmapped', { headers: skipped.join('、') })}</Caption1>}
      {added.length > 0 && <Caption1 className={styles.hint}>{t('taskpane.adopt.added', { headers: added.map(fieldLabel).join('、') })}</Caption1>}
      {!nameChosen && <MessageBar intent="warning"><MessageBarBody>{t('taskpane.adopt.needsName')}</MessageBarBody></MessageBar>}
      {problem && <MessageBar intent="error" role="alert"><MessageBarBody>{say(problem)}</MessageBarBody></MessageBar>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!nameChosen || working} onClick={() => void adopt()} data-testid="adopt-confirm">
          {t('taskpane.adopt.confirm')}
        </Button>
        <Button disabled={working} onClick={() => choice.createBlank()} data-testid="adopt-blank">{t('taskpane.adopt.blank')}</Button>
        {working && <Spinner size="tiny" label={t('taskpane.adopt.working')} />}
      </div>
    </section>
  );
}
