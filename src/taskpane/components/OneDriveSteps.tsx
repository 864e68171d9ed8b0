import { Caption1, makeStyles } from '@fluentui/react-components';
import { useTexts } from '../localeContext';

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', rowGap: '4px' },
});

/**
 * What choosing 我的 OneDrive（Microsoft Lists）will do, step by step, including what the first sign-in asks
 * consent for. The same text in the sandbox (where it is all there is) and in Excel/WPS (above the button).
 */
export function OneDriveSteps() {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <div data-testid="onedrive-steps">
      <Caption1>{t('oneDrive.steps')}</Caption1>
      <ol className={styles.steps}>
        <li><Caption1>{t('oneDrive.step.signIn')}</Caption1></li>
        <li><Caption1>{t('oneDrive.step.provision')}</Caption1></li>
        <li><Caption1>{t('oneDrive.step.share')}</Caption1></li>
        <li><Caption1>{t('oneDrive.step.reps')}</Caption1></li>
      </ol>
      <Caption1 italic>{t('oneDrive.consumerNote')}</Caption1>
    </div>
  );
}
