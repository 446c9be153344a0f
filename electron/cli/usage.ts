/** The help text: the public CLI contract, in Chinese. */
export const USAGE = `用法：
  blood-brief import   --profile 基础信息.json [--db 数据库.sqlite] [--replace] 文件或文件夹...
  blood-brief report   --profile 基础信息.json --quarter 2025Q1 --out 简报.pdf [--json 汇总.json]
                       [--db 数据库.sqlite] [--settings 简报设置.json] [--issue 期号] [--date 2025-04-11] [文件或文件夹...]
  blood-brief tables   --profile 基础信息.json --quarter 2025Q1 --out 汇总表.pdf|汇总表.xlsx [--db 数据库.sqlite] [文件或文件夹...]
  blood-brief template --out 文件夹 [--profile 基础信息.json]
  blood-brief settings --out 简报设置.json [--profile 基础信息.json]
  blood-brief demo     --out 简报.pdf
  blood-brief backup   --db 数据库.sqlite --out 备份.sqlite
  blood-brief restore  --db 数据库.sqlite --from 备份.sqlite
  blood-brief imports  --db 数据库.sqlite
  blood-brief delete-import --db 数据库.sqlite --import 编号 [--yes]
  blood-brief versions --db 数据库.sqlite (--county 区县 | --hospital 医院) --month 2025-03
  blood-brief restore-version --db 数据库.sqlite --version 编号 [--supply] [--yes]
  blood-brief undo     --db 数据库.sqlite
  blood-brief redo     --db 数据库.sqlite
  blood-brief acts     --db 数据库.sqlite
  blood-brief archive  --db 数据库.sqlite
  blood-brief reissue  --db 数据库.sqlite --issue 存档编号 --out 简报.pdf

  settings 写出一份待填的简报设置文件（期号、编印单位、报送发、印数、人口数据来源、下一步工作）；report 时缺少的设置会逐项提示。
  import 不带 --db 时只检查文件、不保存；report/tables 不带 --db 时只在内存中汇总所给文件。
  report/tables 同时给出 --db 和文件时，先把文件导入数据库（同 import），再从数据库汇总。
  import/report/tables 向已有的 --db 导入文件前，先自动备份到“数据库.sqlite-备份”文件夹（保留最近 10 份）；
  restore 先备份当前数据库，再用备份文件的内容替换它。
  delete-import 不带 --yes 时只列出将删除的内容；带 --yes 时先自动备份，再删除该次导入（被它替换的旧数据恢复为当前数据）并记录。
  versions 列出某区县（或医院）某月存过的各版数据；restore-version 把其中一版恢复为当前数据（医院数据加 --supply；不带 --yes 时只预览）。
  delete-import 与 restore-version 都记入数据库内的操作记录（acts 查看）：undo 撤销最近一项操作，redo 重做刚撤销的操作。
  report 带 --db 时，生成的简报连同所用数据版本、基础信息、设置、措辞版本和 PDF 的 SHA-256 存档（archive 查看）；
  reissue 按存档原样重新生成（即使之后又导入了新数据），并核对与存档时逐字节相同。
  所有命令都接受 --now 2025-04-11T09:00:00+08:00（或环境变量 SOURCE_DATE_EPOCH）固定时钟，使输出可重现。
退出码：0 成功；1 有输入被拒绝（逐条列出问题）；2 用法错误。`;
