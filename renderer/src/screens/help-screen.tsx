/** 帮助: first steps, the import errors staff meet most and how to fix the file, and the keyboard shortcuts. */

/** The shortcuts the window answers to (app.tsx binds them). */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['Alt+1 … Alt+6', '切换到数据导入、数据总览、基础信息、生成简报、模板下载、数据管理'],
  ['F1', '打开本帮助'],
  ['方向键', '在数据总览的报送表中移动；回车或空格查看该格'],
  ['Home / End', '在报送表中跳到该行第一个 / 最后一个月'],
  ['Tab', '在按钮和输入框之间移动'],
];

const STEPS: readonly string[] = [
  '在“基础信息”页填写血站、各区县（含别名和常住人口）、医院和年度任务，点击“保存”。也可“导入 JSON…”后核对保存。',
  '在“数据导入”页拖入或选择各区县报来的月度采血报表和供血科的供血报表（可整个文件夹）。',
  '逐个文件查看 ✓（已导入）、✗（有错误，未保存任何数据）、⚠（与已有数据不同，需选择替换或保留）。',
  '在“数据总览”页核对每个区县每月是否已报送、是否逾期，点开格子可看到数字来自哪个文件、工作表和单元格。',
  '在“生成简报”页选择季度，补充形势分析，点击“生成预览”，核对后导出简报 PDF 或打印。',
];

/** The messages staff meet most, as the importer words them, and what to change in the file. */
const FIXES: readonly (readonly [string, string])[] = [
  ['无法确定区县', '文件名、标题或工作表名中没有“基础信息”里的区县名称或别名。请在文件名中写明区县，或在“基础信息”中为该区县添加别名后重新导入。'],
  ['表头无法识别', '表中有数字，但找不到“全血人次”“全血量（U）”“单采血小板人次”“治疗量”等表头。请对照“模板下载”中的模板改正表头。'],
  ['……不是数字，请只填写数字（没有请填0）', '错误信息写明了工作表和单元格（如 C5）。请把该格改为数字，不要写“—”“无”或文字说明。'],
  ['合计与各行之和不符', '合计单元格与各采血点（或各医院）之和不一致。请核对报表改正后重新导入；程序不会自行改动任何数字。'],
  ['文件已损坏或不完整 / 无法读取该工作簿', '请用 Excel 或 WPS 打开后另存为 .xlsx 再导入，或请报送单位重新发送。'],
  ['文件设置了打开密码', '请在 Excel 或 WPS 中取消打开密码后再导入。'],
  ['有冲突（⚠）', '同一区县同一月份已有不同的数字。核对两份来源后选择“替换为本文件数据”或“保留已有数据”；处理之前，简报仍按已有数据生成。'],
];

/** The help screen. */
export function HelpScreen() {
  return (
    <section className="screen help" aria-labelledby="help-title">
      <header className="screen-head">
        <h1 id="help-title">帮助</h1>
        <p>按 F1 随时打开本页。</p>
      </header>
      <div className="panel">
        <h2>第一次使用</h2>
        <ol className="steps">{STEPS.map((s) => <li key={s}>{s}</li>)}</ol>
      </div>
      <div className="panel">
        <h2>常见导入错误及修改方法</h2>
        <dl className="fixes">{FIXES.map(([error, fix]) => <div key={error}><dt>{error}</dt><dd>{fix}</dd></div>)}</dl>
      </div>
      <div className="panel">
        <h2>快捷键</h2>
        <table className="list shortcuts">
          <tbody>{SHORTCUTS.map(([keys, what]) => <tr key={keys}><th scope="row"><kbd>{keys}</kbd></th><td>{what}</td></tr>)}</tbody>
        </table>
      </div>
    </section>
  );
}
