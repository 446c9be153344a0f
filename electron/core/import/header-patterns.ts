/**
 * Header vocabulary, matched against normalised labels (see normalize-label.ts). Gathered from county
 * report forms: the same column is called 献血人数, 全血人次, 采血人次…; units appear as (U), (单位), U, ml, 毫升.
 */

/** Columns that break a figure down or compare it (first-time donors, 400 ml share, blood groups, last year…): never the figure itself. */
export const NOT_A_FIGURE = /首次|初次|重复|再次|多次|固定|其中|[234]00|团体|个人|街头|单位献血|rh|阴性|血型|^(a|b|o|ab)型?(\(.*\))?$|男|女|比例|比重|占比|率|%|‰|同比|环比|累计|计划|任务|目标|去年|上年|同期|上月|增减|增长|减少|备注|说明|合计|总计|小计|总人次|总数|平均|人均|金额|费用|报废|库存|检测|不合格/;

/** Counts of people: 人次, 人数, 例. */
export const PERSONS = /人次|人数|例数|人\)?$/;
/** The unit U (单位): "(U)", "全血量U", "(单位)", "全血单位" — but not 献血单位/用血单位 (an organisation). */
export const UNIT_U = /\(u\)|\(单位\)|(^|[^a-z])u($|[^a-z])|单位数/;
/** Ends in 单位 meaning the unit rather than an organisation. */
export const ENDS_IN_UNIT = /单位$/;
/** 单位 naming an organisation (献血单位, 用血单位), not the unit U. */
export const ORGANISATION = /(献血|采血|用血|填报|报送|工作|医疗|临床)单位$/;
/** Volume in millilitres. */
export const MILLILITRES = /ml|毫升/;
/** Counted in bags: not convertible (a bag holds 200, 300 or 400 ml). */
export const BAGS = /袋/;
/** Platelet therapeutic doses (治疗量, 人份). */
export const DOSES = /治疗量|人份|份/;

/** Apheresis platelets (机采 / 单采 血小板). */
export const PLATELET = /血小板|机采|单采/;
/** Whole-blood collection. */
export const WHOLE_BLOOD = /全血|献血|采血/;
/** Red-cell products (悬浮红细胞, 洗涤红细胞, 去白细胞悬浮红细胞…). */
export const RED_CELLS = /红细胞|红悬|悬红|rbc/;
/** Plasma products (新鲜冰冻血浆, 病毒灭活血浆…). */
export const PLASMA = /血浆/;
/** Cryoprecipitate. */
export const CRYO = /冷沉淀/;

/** A county column: 区县, 县区, 县(市、区), 地区… */
export const COUNTY_COLUMN = /区县|县区|县市|县\(|地区|县别|县名|行政区/;
/** A month column: 月份, 统计月份, 年月, 时间… */
export const MONTH_COLUMN = /^(统计|报表|填报|所属|数据)?(月份|月|年月|时间|日期|期间)$/;
/** A hospital column on supply sheets: 医院名称, 用血单位, 医疗机构… */
export const HOSPITAL_COLUMN = /医院|医疗机构|用血单位|单位名称|机构名称|^单位$/;

/** True when a label names the unit U (and not an organisation such as 献血单位). */
export function saysUnitU(label: string): boolean {
  return UNIT_U.test(label) || (ENDS_IN_UNIT.test(label) && !ORGANISATION.test(label));
}
