import type { Command } from '../command';
import { info } from './info';

/** Every CLI command, by its first word. Add yours here (one line each). */
export const commands: Command[] = [info];
