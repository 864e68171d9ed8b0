import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens,
} from '@fluentui/react-components';
import { registerLegend } from '../../app';
import { useTexts } from '../localeContext';
import type { RegisterWorkspace } from '../../app/registerWorkspace';

const useStyles = makeStyles({
  entries: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  entry: { display: 'grid', gridTemplateColumns: '28px 1fr', columnGap: '8px', alignItems: 'start' },
  swatch: {
    width: '28px', height: '18px', borderRadius: tokens.borderRadiusSmall, border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: '10px', lineHeight: '18px', textAlign: 'center',
  },
  detail: { color: tokens.colorNeutralForeground3, display: 'block' },
});

/** What each colour in the register sheet means (its highlights and the live check's row marks). */
export function RegisterLegend({ workspace }: { workspace: RegisterWorkspace }) {
  const styles = useStyles();
  const { t, say } = useTexts();
  return (
    <Accordion collapsible>
      <AccordionItem value="legend">
        <AccordionHeader size="small">{t('taskpane.legend.title')}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.entries}>
            {registerLegend(workspace.policy).map((entry) => (
              <li key={entry.id} className={styles.entry}>
                <span className={styles.swatch} style={{ backgroundColor: entry.fill, color: entry.fontColor ?? undefined }} aria-hidden>
                  {entry.scope === 'cell' ? 'Aa' : ''}
                </span>
                <span>
                  <Caption1>{`${say(entry.label)}（${entry.column ?? t('taskpane.legend.row')}）`}</Caption1>
                  <Caption1 className={styles.detail}>{say(entry.detail)}</Caption1>
                </span>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
