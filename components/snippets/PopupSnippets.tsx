/**
 * Quick snippets in the toolbar popup: search, then a text snippet goes into the field
 * the user was in on the eMENSCR tab (its caret was remembered when the popup took
 * focus) and a form snippet fills that tab's form. Plus the way to the library page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Snippet } from '@/utils/snippets/schema';
import type { SnippetPageRequest } from '@/utils/messages';
import { addMessages, t } from '@/utils/i18n';
import { registerStoreMessages } from '@/utils/i18n/messages/store';
import { snippets as snippetMessages } from '@/utils/i18n/messages/snippets';
import { askSnippets, failureText } from '@/utils/snippets/client';
import { preview } from './Picker';
import './popup-snippets.css';

addMessages(snippetMessages);
registerStoreMessages();

export function PopupSnippets({ tabId }: { tabId?: number }) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Snippet[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === undefined) return;
    let stop = false;
    askSnippets({ type: 'snippets:search', query, limit: 8 }).then(
      (found) => !stop && (setItems(found), setError(null)),
      (e) => !stop && setError(failureText(e)),
    );
    return () => {
      stop = true;
    };
  }, [query, tabId]);

  const use = (s: Snippet) => {
    if (tabId === undefined) return;
    const msg: SnippetPageRequest = s.kind === 'text' ? { type: 'snippets:insert', snippet: s } : { type: 'snippets:fill', snippet: s };
    void browser.tabs.sendMessage(tabId, msg).then(
      () => {
        if (!new URLSearchParams(location.search).has('tabId')) window.close();
      },
      () => setError(t('popup.noTab')),
    );
  };

  const openLibrary = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => window.close());
  };

  return (
    <section class="popup-snippets" aria-labelledby="popup-snippets-title">
      <h2 id="popup-snippets-title" class="popup-subtitle">
        {t('popup.snippets')}
      </h2>
      {tabId !== undefined && (
        <>
          <input
            class="popup-search"
            type="search"
            aria-label={t('snip.picker.search')}
            placeholder={t('snip.picker.search')}
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
          {error && <p class="ea-note ea-failed" role="alert">{error}</p>}
          {!error && !items.length && <p class="ea-note">{query ? t('snip.picker.noMatch') : t('snip.picker.empty')}</p>}
          <ul class="popup-snippet-list" aria-describedby="popup-snippets-hint">
            {items.map((s) => (
              <li key={s.id}>
                <button type="button" class="popup-snippet" onClick={() => use(s)}>
                  <span class="popup-snippet-name">{s.name}</span>
                  <span class="popup-snippet-preview">
                    {t(`snip.kind.${s.kind}`)} · {preview(s)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p id="popup-snippets-hint" class="popup-hint">{t('popup.snippets.hint')}</p>
        </>
      )}
      <button type="button" class="popup-link" onClick={openLibrary}>
        {t('snip.bar.library')} →
      </button>
    </section>
  );
}
