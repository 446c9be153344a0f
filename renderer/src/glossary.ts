/**
 * One name per figure on every screen, as the briefing's own wording (templates/briefing/wording.json) and
 * domain.md call them: platelet apheresis is 单采血小板, never 机采血小板 or a bare 血小板.
 */
export const TERMS = {
  /** Platelet apheresis donations (人次) and the product issued (治疗量). */
  plateletDonation: '单采血小板',
  plateletDoses: '单采血小板治疗量',
} as const;
