import { claims } from './claims';
import { cli } from './cli';
import { host } from './host';
import { identity } from './identity';
import { names } from './names';
import { oneDrive } from './oneDrive';
import { register } from './register';
import { rules } from './rules';
import { store } from './store';
import { summary } from './summary';
import { taskpane } from './taskpane';
import { team } from './team';
import { wps } from './wps';

/** Every user-visible string, zh-CN first: the catalogue that defines the keys. */
export const zhCN = { ...names, ...claims, ...register, ...summary, ...cli, ...store, ...host, ...taskpane, ...team, ...wps, ...identity, ...oneDrive, ...rules };
