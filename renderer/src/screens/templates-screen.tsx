/** 模板下载: saves the blank county and supply input workbooks into a folder. */
import { useState } from 'react';
import type { TemplatesWritten } from '../../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from '../api.ts';
import { Banner } from '../components/banner.tsx';
import { Icon } from '../components/icon.tsx';

/** The templates screen. */
export function TemplatesScreen() {
  const [written, setWritten] = useState<TemplatesWritten | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    setError(null);
    bridge().saveTemplates({}).then(setWritten, (e) => setError(errorText(e)));
  };
  return (
    <section className="screen" aria-labelledby="templates-title">
      <header className="screen-head">
        <h1 id="templates-title">模板下载</h1>
        <p>把空白报表模板发给各区县和供血科，按模板填写的报表可以直接导入。</p>
      </header>
      <div className="template-cards">
        <div className="panel template-card">
          <Icon name="file" size={28} />
          <h2>区县月度采血报表</h2>
          <p>每个区县每月一份：各采血点（献血屋、流动采血车、团体献血等）的全血人次、全血量（U）、单采血小板人次和治疗量，以及合计行。</p>
        </div>
        <div className="panel template-card">
          <Icon name="file" size={28} />
          <h2>医院月度供血报表</h2>
          <p>供血科每月一份：各医院的红细胞（U）、血浆（ml）、单采血小板（治疗量）和冷沉淀（U），以及合计行。</p>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={save}><Icon name="download" />保存模板到文件夹…</button>
      </div>
      {error !== null && <Banner kind="error">{error}</Banner>}
      {written?.folder && (
        <Banner kind="success">
          已保存到 {written.folder}：
          <ul>{written.files.map((f) => <li key={f}>{f}</li>)}</ul>
        </Banner>
      )}
    </section>
  );
}
