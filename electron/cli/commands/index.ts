import type { Command } from '../command';
import { bsn } from './bsn';
import { info } from './info';
import { hl7 } from './hl7';
import { log } from './log';
import { policy } from './policy';
import { query } from './query';
import { demo } from './demo';
import { outbox } from './outbox';
import { live } from './live';

/** Every CLI command, by its first word. Add yours here (one line each). */
export const commands: Command[] = [info, log, bsn, policy, hl7, query, demo, outbox, live];
