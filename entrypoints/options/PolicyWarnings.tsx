/** What was wrong with the enterprise policy (or with a stored profile): shown, never silent. */
import { msg, render, t, type Msg } from '@/utils/i18n';
import type { ManagedStatus } from '@/utils/profile/store';

function Lines({ lines, testId }: { lines: Msg[]; testId?: string }) {
  return (
    <ul class="issues" data-testid={testId}>
      {lines.map((l, i) => (
        <li key={i}>{render(l)}</li>
      ))}
    </ul>
  );
}

export function PolicyWarnings({ status }: { status: ManagedStatus }) {
  const settingLines = status.settingsIssues.map((i) => msg('issue.at', i.key === '*' ? 'settings' : `settings.${i.key}`, i.message));
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
