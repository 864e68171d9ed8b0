import type { taskpane as zh } from '../zh-CN/taskpane';

// English strings for the taskpane domain; the keys must match zh-CN.
export const taskpane: Record<keyof typeof zh, string> = {
};
