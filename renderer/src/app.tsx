/** The window: a sidebar of the six screens and 帮助, the current screen, and a status line. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { AppInfo } from '../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from './api.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Icon, type IconName } from './components/icon.tsx';
import { BriefingScreen } from './screens/briefing-screen.tsx';
import { DataScreen } from './screens/data-screen.tsx';
import { HelpScreen } from './screens/help-screen.tsx';
import { ImportScreen, useImportState } from './screens/import-screen.tsx';
import { OverviewScreen } from './screens/overview-screen.tsx';
import { ProfileScreen } from './screens/profile-screen.tsx';
import { TemplatesScreen } from './screens/templates-screen.tsx';

import type { ScreenId } from './screen-id.ts';

const SCREENS: readonly { id: ScreenId; label: string; icon: IconName; key: string }[] = [
  { id: 'import', label: '数据导入', icon: 'upload', key: 'Alt+1' },
  { id: 'overview', label: '数据总览', icon: 'grid', key: 'Alt+2' },
  { id: 'profile', label: '基础信息', icon: 'settings', key: 'Alt+3' },
  { id: 'briefing', label: '生成简报', icon: 'document', key: 'Alt+4' },
  { id: 'templates', label: '模板下载', icon: 'download', key: 'Alt+5' },
  { id: 'data', label: '数据管理', icon: 'folder', key: 'Alt+6' },
  { id: 'help', label: '帮助', icon: 'help', key: 'F1' },
];

/** Screens holding the user's typing: once opened they stay mounted (hidden), so switching away loses nothing. */
const KEPT: readonly ScreenId[] = ['profile', 'briefing'];

/** The application shell. */
export function App() {
  const [screen, setScreen] = useState<ScreenId>('import');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [visited, setVisited] = useState<readonly ScreenId[]>(['import']);
  const [dirty, setDirty] = useState<Readonly<Partial<Record<ScreenId, boolean>>>>({});
  const importState = useImportState();
  const refreshInfo = useCallback(() => bridge().getAppInfo({}).then(setInfo, (e) => setFatal(errorText(e))), []);
  useEffect(() => void refreshInfo(), [screen, refreshInfo]);
  const content = useRef<HTMLElement>(null);
  const go = useCallback((next: ScreenId) => {
    setScreen(next);
    setVisited((seen) => (seen.includes(next) ? seen : [...seen, next]));
  }, []);
  const markDirty = useCallback((id: ScreenId, value: boolean) => setDirty((d) => (d[id] === value ? d : { ...d, [id]: value })), []);
  useShortcuts(go);
  useNoStrayDrops();
  useFocusHeading(content, screen, info !== null);
  const shown = (id: ScreenId) => (info === null ? null : renderScreen(id, { info, importState, go, refresh: refreshInfo, active: screen === id, markDirty }));
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="主菜单">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">血</span>
          <span className="brand-name">血站季报</span>
        </div>
        {SCREENS.map((s) => (
          <button key={s.id} type="button" className={`nav-item${s.id === 'help' ? ' nav-help' : ''}`} aria-current={screen === s.id ? 'page' : undefined}
            aria-keyshortcuts={s.key} title={`${s.label}（${s.key}）${dirty[s.id] ? '：有未保存的修改' : ''}`} onClick={() => go(s.id)}>
            <Icon name={s.icon} />
            <span className="nav-label">{s.label}</span>
            {dirty[s.id] && <span className="unsaved-dot" aria-label="未保存">●</span>}
            <kbd className="nav-key" aria-hidden="true">{s.key}</kbd>
          </button>
        ))}
        <div className="sidebar-foot">{info ? `版本 ${info.version}` : ''}</div>
      </nav>
      <main className="content" ref={content}>
        {fatal !== null && <div className="banner error" role="alert">{fatal}</div>}
        {info !== null && SCREENS.map(({ id }) => (KEPT.includes(id) ? visited.includes(id) : screen === id) && (
          <div key={id} data-screen={id} hidden={screen !== id} className="screen-slot">
            <ErrorBoundary resetKey={screen} onBack={() => go('import')}>{shown(id)}</ErrorBoundary>
          </div>
        ))}
      </main>
    </div>
  );
}

/** What a screen may need from the shell. */
interface ScreenContext {
  readonly info: AppInfo;
  readonly importState: ReturnType<typeof useImportState>;
  readonly go: (s: ScreenId) => void;
  readonly refresh: () => void;
  /** The screen is the one on view (kept screens stay mounted while hidden). */
  readonly active: boolean;
  readonly markDirty: (id: ScreenId, dirty: boolean) => void;
}

function renderScreen(screen: ScreenId, c: ScreenContext): ReactNode {
  switch (screen) {
    case 'import': return <ImportScreen info={c.info} state={c.importState} go={c.go} />;
    case 'overview': return <OverviewScreen info={c.info} />;
    case 'profile': return <ProfileScreen onSaved={c.refresh} onDirty={(d) => c.markDirty('profile', d)} />;
    case 'briefing': return <BriefingScreen info={c.info} go={c.go} active={c.active} onDirty={(d) => c.markDirty('briefing', d)} />;
    case 'templates': return <TemplatesScreen />;
    case 'data': return <DataScreen />;
    case 'help': return <HelpScreen />;
    default: return assertNever(screen);
  }
}

function assertNever(value: never): never {
  throw new Error(`未知的页面：${String(value)}`);
}

/** After a screen change, focus moves to its heading, so keyboard and screen-reader users start there. */
function useFocusHeading(content: RefObject<HTMLElement | null>, screen: ScreenId, ready: boolean): void {
  useEffect(() => {
    const heading = content.current?.querySelector(`[data-screen="${screen}"] h1`) as HTMLElement | null | undefined;
    if (!ready || !heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [content, screen, ready]);
}

/** Alt+1 … Alt+6 switch screens and F1 opens 帮助, for keyboard users (the keys are shown in the menu). */
function useShortcuts(go: (s: ScreenId) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = SCREENS.find((s) => s.key === (event.altKey && !event.ctrlKey ? `Alt+${event.key}` : event.key));
      if (target !== undefined) {
        event.preventDefault();
        go(target.id);
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
