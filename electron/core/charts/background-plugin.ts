import type { Plugin } from 'chart.js';

/** Paints the whole canvas white before drawing: a transparent PNG shows as black in some viewers and PDFs. */
export function backgroundPlugin(colour = '#ffffff'): Plugin<'bar'> {
  return {
    id: 'briefBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}
