/** What was wrong with the enterprise policy (or with a stored profile): shown, never silent. */
import { getLang, t } from '@/utils/i18n';
import type { ManagedStatus } from '@/utils/profile/store';

function Lines({ lines, testId }: { lines: string[]; testId?: string }) {
  return (
    <ul class="issues" data-testid={testId}>
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

export function PolicyWarnings({ status }: { status: ManagedStatus }) {
  const en = getLang() === 'en';
  const settingLines = status.settingsIssues.map((i) => `${i.key === '*' ? 'settings' : `settings.${i.key}`}: ${en ? i.en : i.th}`);
  return (
    <>
      {status.profile === 'invalid' && (
        <div class="notice warn" data-testid="policy-profile-invalid">
          <p>{t('options.policyProfileInvalid')}</p>
          <Lines lines={status.profileIssues} />
        </div>
      )}
      {settingLines.length > 0 && (
        <div class="notice warn" data-testid="policy-settings-invalid">
          <p>{t('options.policyWarning')}</p>
          <Lines lines={settingLines} />
        </div>
      )}
      {status.unknownSettings.length > 0 && (
        <p class="notice info">{t('options.policyUnknown', status.unknownSettings.join(', '))}</p>
      )}
      {status.userProfileIssues.length > 0 && (
        <div class="notice warn" data-testid="user-profile-invalid">
          <p>{t('options.userProfileInvalid')}</p>
          <Lines lines={status.userProfileIssues} />
        </div>
      )}
    </>
  );
}
