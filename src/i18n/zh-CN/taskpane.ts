// zh-CN strings for the taskpane domain. Placeholders are written {name}.
export const taskpane = {
} as const;
