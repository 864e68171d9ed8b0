import type { host as zh } from '../zh-CN/host';

// English strings for the host domain; the keys must match zh-CN.
export const host: Record<keyof typeof zh, string> = {
};
