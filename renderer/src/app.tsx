/** The window: a sidebar of the five screens, the current screen, and a status line. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { AppInfo } from '../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from './api.ts';
import { Icon, type IconName } from './components/icon.tsx';
import { BriefingScreen } from './screens/briefing-screen.tsx';
import { ImportScreen, useImportState } from './screens/import-screen.tsx';
import { OverviewScreen } from './screens/overview-screen.tsx';
import { ProfileScreen } from './screens/profile-screen.tsx';
import { TemplatesScreen } from './screens/templates-screen.tsx';

/** The screens, in menu order. */
export type ScreenId = 'import' | 'overview' | 'profile' | 'briefing' | 'templates';

const SCREENS: readonly { id: ScreenId; label: string; icon: IconName }[] = [
  { id: 'import', label: '数据导入', icon: 'upload' },
  { id: 'overview', label: '数据总览', icon: 'grid' },
  { id: 'profile', label: '基础信息', icon: 'settings' },
  { id: 'briefing', label: '生成简报', icon: 'document' },
  { id: 'templates', label: '模板下载', icon: 'download' },
];

/** The application shell. */
export function App() {
  const [screen, setScreen] = useState<ScreenId>('import');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const importState = useImportState();
  const refreshInfo = useCallback(() => bridge().getAppInfo({}).then(setInfo, (e) => setFatal(errorText(e))), []);
  useEffect(() => void refreshInfo(), [screen, refreshInfo]);
  const content = useRef<HTMLElement>(null);
  useShortcuts(setScreen);
  useNoStrayDrops();
  useFocusHeading(content, screen, info !== null);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="主菜单">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">血</span>
          <span className="brand-name">血站季报</span>
        </div>
        {SCREENS.map((s, i) => (
          <button key={s.id} type="button" className="nav-item" aria-current={screen === s.id ? 'page' : undefined}
            title={`${s.label}（Alt+${i + 1}）`} onClick={() => setScreen(s.id)}>
            <Icon name={s.icon} />
            <span>{s.label}</span>
          </button>
        ))}
        <div className="sidebar-foot">{info ? `版本 ${info.version}` : ''}</div>
      </nav>
      <main className="content" ref={content}>
        {fatal !== null && <div className="banner error" role="alert">{fatal}</div>}
        {info !== null && renderScreen(screen, info, importState, setScreen, refreshInfo)}
      </main>
    </div>
  );
}

function renderScreen(screen: ScreenId, info: AppInfo, importState: ReturnType<typeof useImportState>, go: (s: ScreenId) => void, refresh: () => void) {
  switch (screen) {
    case 'import': return <ImportScreen info={info} state={importState} go={go} />;
    case 'overview': return <OverviewScreen info={info} />;
    case 'profile': return <ProfileScreen onSaved={refresh} />;
    case 'briefing': return <BriefingScreen info={info} go={go} />;
    case 'templates': return <TemplatesScreen />;
  }
}

/** After a screen change, focus moves to its heading, so keyboard and screen-reader users start there. */
function useFocusHeading(content: RefObject<HTMLElement | null>, screen: ScreenId, ready: boolean): void {
  useEffect(() => {
    const heading = content.current?.querySelector('h1');
    if (!ready || !heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [content, screen, ready]);
}

/** Alt+1 … Alt+5 switch screens, for keyboard users. */
function useShortcuts(go: (s: ScreenId) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const index = Number(event.key) - 1;
      if (event.altKey && !event.ctrlKey && index >= 0 && index < SCREENS.length) {
        event.preventDefault();
        go(SCREENS[index].id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}

/** A file dropped outside the drop zone must not replace the page (main refuses the navigation too). */
function useNoStrayDrops(): void {
  useEffect(() => {
    const stop = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}
