/** The proposal's own customers and the people around them, by name (light: no matcher behind it). */
export const GELIN = '深圳市格林电子有限公司';
export const YAMAXI = '雅玛西电子有限公司';
export const EXAMPLE_OWNERS = { gelin: '王芳', yamaxi: '杨磊' } as const;
/** The rep the sandbox opens as: a new hire, as in the end-to-end story. */
export const NEW_REP = '刘洋';
/** A manager of the sample team, for trying transfers and settings. */
export const SAMPLE_MANAGER = '张伟';
/** The sample team's company (handover scripts: "我是博蓝科技的"). */
export const SAMPLE_COMPANY = '博蓝科技';
