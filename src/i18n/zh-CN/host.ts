// zh-CN strings for the host domain. Placeholders are written {name}.
export const host = {
} as const;
